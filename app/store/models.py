"""The database schema as typed ORM classes. Changed only together with an Alembic revision."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
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
    type_annotation_map = {datetime: UTCDateTime()}


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
