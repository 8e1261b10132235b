"""The tables of the one journey (revision 0006): the plan's checkpoints and the leaving plan."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import MILESTONE_MARKS, Base
from app.store.models.base import in_ as _in


class PlanMilestoneRow(Base):
    """One checkpoint of a plan (30, 60, 90 days): what success looks like, and its review."""

    __tablename__ = "plan_milestones"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    mark: Mapped[str] = mapped_column(String(8), primary_key=True)
    due_on: Mapped[date]
    success: Mapped[str] = mapped_column(Text, default="")
    met: Mapped[str] = mapped_column(Text, default="")
    to_raise: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[datetime | None]

    __table_args__ = (CheckConstraint(_in("mark", MILESTONE_MARKS), name="mark"),)


class LeavingPlanRow(Base):
    """The leaving plan (a single row, id 1): what a decision to leave leads to."""

    __tablename__ = "leaving_plan"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    finish: Mapped[str] = mapped_column(Text, default="")
    notice: Mapped[str] = mapped_column(Text, default="")
    people: Mapped[str] = mapped_column(Text, default="")
    job_search: Mapped[str] = mapped_column(Text, default="")
    leave_on: Mapped[date | None]
    updated_at: Mapped[datetime]

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
