"""The one shape of an entry in lists: the columns to read and how a row becomes an EntrySummary.

The journal list, its batches by id and "On this day" all read summaries; keeping the columns here
means a list never loads whole bodies and every list shows the same preview length.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, func, select

from app.domain.records import EntryKind, EntrySummary
from app.domain.stages import Stage
from app.store.models import EntryRow, EntryTagRow

PREVIEW_CHARS = 240


def select_summaries() -> Select[Any]:
    """SELECT of the summary columns; add WHERE/ORDER BY to taste."""
    return select(
        EntryRow.id,
        EntryRow.uuid,
        EntryRow.kind,
        EntryRow.stage,
        EntryRow.title,
        func.substr(EntryRow.body, 1, PREVIEW_CHARS),
        EntryRow.created_at,
        EntryRow.prompt_key,
        select(func.json_group_array(EntryTagRow.name))  # JSON: any character may be in a tag
        .where(EntryTagRow.entry_id == EntryRow.id)
        .correlate(EntryRow)
        .scalar_subquery(),
        EntryRow.time_zone,
    )


def to_summary(row: Any) -> EntrySummary:
    return EntrySummary(
        id=row[0],
        uuid=row[1],
        kind=EntryKind(row[2]),
        stage=Stage(row[3]) if row[3] else None,
        title=row[4],
        preview=row[5] or "",
        created_at=row[6],
        prompt_key=row[7],
        tags=tuple(sorted(json.loads(row[8]))) if row[8] else (),
        time_zone=row[9],
    )
