"""The plan's checkpoints (30, 60, 90 days): what success looks like at each, and its review.

A checkpoint has a row only once something was written for it; until then it is shown with its
default day and empty words, so reading never writes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.plan_math import checkpoint_day
from app.domain.workbench import MilestoneMark, PlanMilestone
from app.store.errors import NotFound
from app.store.models import PlanMilestoneRow, PlanRow
from app.store.unit import SessionFactory, find, unit_of_work


def to_milestone(row: PlanMilestoneRow, plan: PlanRow) -> PlanMilestone:
    return PlanMilestone(
        plan_uuid=plan.uuid, mark=MilestoneMark(row.mark), due_on=row.due_on, success=row.success,
        met=row.met, to_raise=row.to_raise, reviewed_at=row.reviewed_at,
    )


def default_milestone(plan: PlanRow, mark: MilestoneMark) -> PlanMilestone:
    return PlanMilestone(
        plan_uuid=plan.uuid, mark=mark, due_on=checkpoint_day(plan.start, plan.length_days, int(mark))
    )


class MilestoneStore:
    """Storage for the plan's checkpoints and their reviews."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def milestones(self, plan_uuid: str) -> list[PlanMilestone]:
        """All three checkpoints of a plan, in order (written or not)."""
        with unit_of_work(self._sessions) as session:
            plan = _plan(session, plan_uuid)
            query = select(PlanMilestoneRow).where(PlanMilestoneRow.plan_id == plan.id)
            rows = {row.mark: row for row in session.scalars(query)}
            return [
                to_milestone(rows[mark.value], plan) if mark.value in rows else default_milestone(plan, mark)
                for mark in MilestoneMark
            ]

    def written_milestones(self) -> list[PlanMilestone]:
        """Every checkpoint that has a row (something was written for it), of every plan: plans
        oldest first, each plan's checkpoints in order. What the export holds."""
        with unit_of_work(self._sessions) as session:
            query = (
                select(PlanMilestoneRow, PlanRow)
                .join(PlanRow, PlanRow.id == PlanMilestoneRow.plan_id)
                .order_by(PlanRow.created_at, PlanRow.id, PlanMilestoneRow.mark)
            )
            return [to_milestone(row, plan) for row, plan in session.execute(query).all()]

    def milestone(self, plan_uuid: str, mark: MilestoneMark) -> PlanMilestone:
        return next(m for m in self.milestones(plan_uuid) if m.mark == mark)

    def save_milestone(self, milestone: PlanMilestone) -> PlanMilestone:
        """Create or replace one checkpoint of a plan that exists."""
        with unit_of_work(self._sessions) as session:
            plan = _plan(session, milestone.plan_uuid)
            row = session.get(PlanMilestoneRow, (plan.id, milestone.mark.value))
            if row is None:
                row = PlanMilestoneRow(plan_id=plan.id, mark=milestone.mark.value)
                session.add(row)
            row.due_on = milestone.due_on
            row.success = milestone.success
            row.met = milestone.met
            row.to_raise = milestone.to_raise
            row.reviewed_at = milestone.reviewed_at
            session.flush()
            return to_milestone(row, plan)

    def save_review(
        self,
        plan_uuid: str,
        mark: MilestoneMark,
        *,
        met: str | None = None,
        to_raise: str | None = None,
        reviewed_at: datetime | None = None,
    ) -> PlanMilestone:
        """Write a checkpoint's review: the words given (None keeps what is there) and, when given,
        the moment it was done. Its day and what success looks like stay as they are."""
        with unit_of_work(self._sessions) as session:
            plan = _plan(session, plan_uuid)
            row = session.get(PlanMilestoneRow, (plan.id, mark.value))
            if row is None:
                default = default_milestone(plan, mark)
                row = PlanMilestoneRow(plan_id=plan.id, mark=mark.value, due_on=default.due_on, success="",
                                       met="", to_raise="", reviewed_at=None)
                session.add(row)
            if met is not None:
                row.met = met
            if to_raise is not None:
                row.to_raise = to_raise
            if reviewed_at is not None:
                row.reviewed_at = reviewed_at
            session.flush()
            return to_milestone(row, plan)


def _plan(session: Session, plan_uuid: str) -> PlanRow:
    plan = find(session, PlanRow, plan_uuid)
    if plan is None:
        raise NotFound(f"no plan {plan_uuid}")
    return plan
