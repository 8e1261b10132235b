"""The values that cross the storage boundary: frozen, plain, safe to hand to any thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.domain.stages import Stage
from app.i18n import QT_TRANSLATE_NOOP, Words


class EntryKind(StrEnum):
    REFLECTION = "reflection"  # an answer to a stage prompt
    EVENING = "evening"  # the evening entry, one per day
    FREE = "free"  # free writing
    IMPORTED = "imported"  # came from another journal


_KIND_LABELS = Words("EntryKind", {
    EntryKind.REFLECTION: QT_TRANSLATE_NOOP("EntryKind", "Reflection"),
    EntryKind.EVENING: QT_TRANSLATE_NOOP("EntryKind", "Evening"),
    EntryKind.FREE: QT_TRANSLATE_NOOP("EntryKind", "Free writing"),
    EntryKind.IMPORTED: QT_TRANSLATE_NOOP("EntryKind", "Imported"),
})


MEETING_TAG = "for-check-in"
"""The tag that marks an entry to bring to the next check-in (the brief offers these first)."""


def entry_label(kind: EntryKind, stage: Stage | None) -> str:
    """What to call an entry in lists: its stage if it has one, else its kind."""
    return stage.label if stage is not None else _KIND_LABELS[kind]


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """What the editor hands to the store; `uuid` decides whether it creates or updates."""

    uuid: str
    kind: EntryKind
    body: str
    stage: Stage | None = None
    prompt_key: str | None = None
    title: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    uuid: str
    kind: EntryKind
    stage: Stage | None
    prompt_key: str | None
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    # The zone whose wall clock the person saw when writing it (app/domain/timeline.py,
    # `written_time`): an IANA name ("Europe/Berlin") or a fixed offset ("+02:00"); None for
    # entries written before the journal kept it (shown in the computer's zone).
    time_zone: str | None = None


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """One row of the journal list: enough to draw it without loading the body."""

    id: int
    uuid: str
    kind: EntryKind
    stage: Stage | None
    title: str
    preview: str
    created_at: datetime
    prompt_key: str | None = None  # the prompt it answers, if any
    tags: tuple[str, ...] = ()
    time_zone: str | None = None  # the zone it was written in, as in Entry


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int = 0
    skipped: int = 0
    problems: tuple[str, ...] = field(default_factory=tuple)
