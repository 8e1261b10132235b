"""Tonight's entry as SQL text, read the same way by the store and by the first page's quick read.

`Journal.entry_for_day` runs these statements through SQLAlchemy; at start-up the window's first
page runs them through sqlite3 before SQLAlchemy has loaded (first_read.py), so the person can
type while the store loads. Written once, so the two readers can't disagree about which entry is
tonight's. Instants are kept as SQLAlchemy keeps `UTCDateTime` in SQLite: naive UTC text with
microseconds, which sorts and compares as text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.domain.timeline import local_day_bounds
from app.store.stored_time import read_moment, stored_moment

# The newest live entry of one kind written within a local day (ix_entries_kind_created_at).
DAY_ENTRY_SQL = (
    "SELECT id, uuid, kind, stage, prompt_key, title, body, created_at, updated_at, time_zone "
    "FROM entries WHERE kind = :kind AND deleted_at IS NULL "
    "AND created_at >= :start AND created_at < :end "
    "ORDER BY created_at DESC LIMIT 1"
)
ENTRY_TAGS_SQL = "SELECT name FROM entry_tags WHERE entry_id = :entry_id ORDER BY name"
# Whether any plan exists: exactly when PlanStore.current_plan() is not None (a test says so).
HAS_PLAN_SQL = "SELECT EXISTS (SELECT 1 FROM plans)"

# Runs one statement with its named parameters and returns every row.
Run = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]


def day_entry(run: Run, kind: EntryKind, day: date) -> Entry | None:
    """The entry of a once-a-day kind (evening, free) written on a local calendar day."""
    start, end = local_day_bounds(day)
    bounds = {"start": stored_moment(start), "end": stored_moment(end)}
    rows = run(DAY_ENTRY_SQL, {"kind": kind.value, **bounds})
    if not rows:
        return None
    (entry_id, uuid, stored_kind, stage, prompt_key, title, body, created_at, updated_at, zone) = rows[0]
    tags = tuple(str(name) for (name,) in run(ENTRY_TAGS_SQL, {"entry_id": entry_id}))
    return Entry(
        id=int(entry_id), uuid=str(uuid), kind=EntryKind(stored_kind), stage=Stage(stage) if stage else None,
        prompt_key=prompt_key, title=title, body=body, tags=tags,
        created_at=read_moment(created_at), updated_at=read_moment(updated_at), time_zone=zone,
    )


def has_plan(run: Run) -> bool:
    return bool(run(HAS_PLAN_SQL, {})[0][0])
