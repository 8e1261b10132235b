"""The stage workbenches (revision 0003): statement, feelings, plan, check-ins.

Every record carries the uuid its DTO has, unique per table, so an import can tell what it
already holds. Ordered lists of plain values (emotions, stakeholders, milestones) live in child
tables keyed by (parent id, position): they round-trip exactly, in order, whatever they contain.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.models.base import (
    AGREEMENT_CHANNELS,
    DECISIONS,
    FORGIVENESS_STATUSES,
    GOAL_STATUSES,
    PLAN_OUTCOMES,
    PLAN_STATUSES,
    Base,
)
from app.store.models.base import in_ as _in
from app.store.models.base import one_to_five as _one_to_five

_FINAL_ONLY = text("is_final = 1")  # named outside the class: its `text` column shadows the function


class StatementDraftRow(Base):
    """The one working draft of the ownership statement (a single row, id 1)."""

    __tablename__ = "statement_draft"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    what_is_true: Mapped[str] = mapped_column(Text)
    what_i_own: Mapped[str] = mapped_column(Text)
    what_i_commit_to: Mapped[str] = mapped_column(Text)
    what_i_need: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    say_on: Mapped[date | None]  # revision 0006
    said_on: Mapped[date | None]

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class StatementVersionRow(Base):
    __tablename__ = "statement_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[int]
    what_is_true: Mapped[str] = mapped_column(Text)
    what_i_own: Mapped[str] = mapped_column(Text)
    what_i_commit_to: Mapped[str] = mapped_column(Text)
    what_i_need: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    is_final: Mapped[bool]
    created_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint("number >= 1", name="number"),
        Index("ix_statement_versions_number", "number"),  # newest first
        # At most one final version, kept by the file itself.
        Index(
            "ux_statement_versions_final", "is_final", unique=True, sqlite_where=_FINAL_ONLY
        ),
    )


class MoodCheckRow(Base):
    __tablename__ = "mood_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime]
    mood: Mapped[int]
    note: Mapped[str] = mapped_column(Text)

    emotions: Mapped[list[MoodEmotionRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="MoodEmotionRow.position"
    )

    __table_args__ = (
        CheckConstraint(_one_to_five("mood"), name="mood"),
        Index("ix_mood_checks_at", "at"),
    )


class MoodEmotionRow(Base):
    __tablename__ = "mood_check_emotions"

    mood_check_id: Mapped[int] = mapped_column(
        ForeignKey("mood_checks.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    intensity: Mapped[int]

    __table_args__ = (CheckConstraint(_one_to_five("intensity"), name="intensity"),)


class ForgivenessRow(Base):
    __tablename__ = "forgiveness_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    whom: Mapped[str] = mapped_column(Text)
    what_happened: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint(_in("status", FORGIVENESS_STATUSES), name="status"),
        Index("ix_forgiveness_items_created_at", "created_at"),
    )


class DecisionRow(Base):
    """One sitting of the stay-or-go reflection."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    reasons_to_stay: Mapped[str] = mapped_column(Text)
    reasons_to_leave: Mapped[str] = mapped_column(Text)
    conditions_to_stay: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(16))
    decided_on: Mapped[date | None]
    created_at: Mapped[datetime]
    reflection: Mapped[str] = mapped_column(Text, default="")  # revision 0006

    __table_args__ = (
        CheckConstraint(_in("decision", DECISIONS), name="decision"),
        Index("ix_decisions_created_at", "created_at"),
    )


class PlanRow(Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    start: Mapped[date]
    length_days: Mapped[int]
    manager: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    outcome: Mapped[str | None] = mapped_column(String(24))  # revision 0006, from here on
    closing_reflection: Mapped[str] = mapped_column(Text, default="")
    ended_on: Mapped[date | None]

    stakeholders: Mapped[list[PlanStakeholderRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PlanStakeholderRow.position"
    )

    __table_args__ = (
        CheckConstraint("length_days >= 1", name="length_days"),
        CheckConstraint(_in("status", PLAN_STATUSES), name="status"),
        CheckConstraint(f"outcome IS NULL OR {_in('outcome', PLAN_OUTCOMES)}", name="outcome"),
        Index("ix_plans_status_created_at", "status", "created_at"),  # the current plan
    )


class PlanStakeholderRow(Base):
    __tablename__ = "plan_stakeholders"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    expectations: Mapped[str] = mapped_column(Text, default="")  # revision 0006, from here on
    confirmed_on: Mapped[date | None]


class GoalRow(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    success: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text)
    position: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    milestones: Mapped[list[GoalMilestoneRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="GoalMilestoneRow.position"
    )

    __table_args__ = (
        CheckConstraint(_in("status", GOAL_STATUSES), name="status"),
        Index("ix_goals_plan_id_position", "plan_id", "position"),
    )


class GoalMilestoneRow(Base):
    __tablename__ = "goal_milestones"

    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    due_on: Mapped[date]
    success: Mapped[str] = mapped_column(Text, default="")  # revision 0006, from here on
    status: Mapped[str] = mapped_column(String(16), default="not_started")

    __table_args__ = (CheckConstraint(_in("status", GOAL_STATUSES), name="status"),)


class AlignmentRow(Base):
    __tablename__ = "alignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    who: Mapped[str] = mapped_column(Text)
    agreed_on: Mapped[date]
    how: Mapped[str] = mapped_column(String(16))
    about: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint(_in("how", AGREEMENT_CHANNELS), name="how"),
        Index("ix_alignments_plan_id_agreed_on", "plan_id", "agreed_on"),
    )


class EvidenceRow(Base):
    """Dated evidence. `entry_uuid` names a journal entry without a foreign key: entries get purged."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id", ondelete="SET NULL"))
    happened_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    entry_uuid: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_evidence_goal_id_happened_on", "goal_id", "happened_on"),
        Index("ix_evidence_happened_on", "happened_on"),
    )


class CheckInRow(Base):
    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    scheduled_at: Mapped[datetime]
    agenda: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    rating: Mapped[int | None]
    held: Mapped[bool]
    follow_up: Mapped[str] = mapped_column(Text)
    thanks: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="")  # ticked question keys, one per line
    own_questions: Mapped[str] = mapped_column(Text, default="")  # revision 0006
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint(_one_to_five("rating", nullable=True), name="rating"),
        Index("ix_checkins_scheduled_at", "scheduled_at"),
    )


class ActionRow(Base):
    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    text: Mapped[str] = mapped_column(Text)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id", ondelete="SET NULL"))
    due_on: Mapped[date | None]
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id", ondelete="SET NULL"))
    done_on: Mapped[date | None]
    created_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_actions_goal_id", "goal_id"),  # the SET NULL when a goal goes
        Index("ix_actions_checkin_id", "checkin_id"),  # the SET NULL when a check-in goes
    )


class FeedbackRow(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id", ondelete="SET NULL"))
    action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_feedback_checkin_id_created_at", "checkin_id", "created_at"),
        Index("ix_feedback_goal_id", "goal_id"),
        Index("ix_feedback_action_id", "action_id"),
    )
