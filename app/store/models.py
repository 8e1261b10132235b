"""The database schema as typed ORM classes. Changed only together with an Alembic revision."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.domain.workbench import AgreementChannel, Decision, ForgivenessStatus, GoalStatus, PlanStatus

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ENTRY_KINDS = ("reflection", "evening", "free", "imported")
STAGES = ("ownership", "feelings", "expectations", "checkins")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC as naive ISO text (sortable) and always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), date: Date()}


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class EntryRow(Base):
    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str | None] = mapped_column(String(16))
    prompt_key: Mapped[str | None] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]

    tags: Mapped[list[EntryTagRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="EntryTagRow.name"
    )

    __table_args__ = (
        CheckConstraint(_in("kind", ENTRY_KINDS), name="kind"),
        CheckConstraint(f"stage IS NULL OR {_in('stage', STAGES)}", name="stage"),
        Index("ix_entries_created_at_id", "created_at", "id"),
        Index("ix_entries_stage_prompt_key", "stage", "prompt_key"),
        # Live entries newest first, and their count, without reading a single body.
        Index("ix_entries_live_created_at_id", "created_at", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_entries_kind_created_at", "kind", "created_at"),  # the day's evening entry
        Index("ix_entries_kind_updated_at", "kind", "updated_at"),  # the newest answer
    )


class EntryTagRow(Base):
    __tablename__ = "entry_tags"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(100), primary_key=True)


class StagePositionRow(Base):
    """Where the person stopped in a stage's guided flow, so they come back to that prompt."""

    __tablename__ = "stage_positions"

    stage: Mapped[str] = mapped_column(String(16), primary_key=True)
    prompt_key: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime]

    __table_args__ = (CheckConstraint(_in("stage", STAGES), name="stage"),)



class DraftRow(Base):
    """Words typed into a form that is not a record yet, by where they were typed (revision 0005)."""

    __tablename__ = "drafts"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]

# -- The stage workbenches (revision 0003) -------------------------------------------------------
#
# Every record carries the uuid its DTO has, unique per table, so an import can tell what it
# already holds. Ordered lists of plain values (emotions, stakeholders, milestones) live in child
# tables keyed by (parent id, position): they round-trip exactly, in order, whatever they contain.

GOAL_STATUSES = tuple(status.value for status in GoalStatus)
FORGIVENESS_STATUSES = tuple(status.value for status in ForgivenessStatus)
DECISIONS = tuple(decision.value for decision in Decision)
AGREEMENT_CHANNELS = tuple(channel.value for channel in AgreementChannel)
PLAN_STATUSES = tuple(status.value for status in PlanStatus)


def _one_to_five(column: str, *, nullable: bool = False) -> str:
    check = f"{column} BETWEEN 1 AND 5"
    return f"{column} IS NULL OR {check}" if nullable else check


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

    stakeholders: Mapped[list[PlanStakeholderRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PlanStakeholderRow.position"
    )

    __table_args__ = (
        CheckConstraint("length_days >= 1", name="length_days"),
        CheckConstraint(_in("status", PLAN_STATUSES), name="status"),
        Index("ix_plans_status_created_at", "status", "created_at"),  # the current plan
    )


class PlanStakeholderRow(Base):
    __tablename__ = "plan_stakeholders"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)


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
    """A dated win. `entry_uuid` names a journal entry without a foreign key: entries get purged."""

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
