"""The journal's entries, their tags, where each stage's prompts were left, and drafts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.models.base import ENTRY_KINDS, STAGES, Base
from app.store.models.base import in_ as _in


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
    # The zone the entry was written in (revision 0008): an IANA name, or "+02:00"; NULL for older entries.
    time_zone: Mapped[str | None] = mapped_column(String(64))

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
        # The few entries moved out of sight, which the app removes as it opens (revision 0010).
        Index("ix_entries_deleted_at", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
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
