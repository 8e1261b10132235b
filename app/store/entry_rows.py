"""An entry's row as the frozen Entry the store hands out, and the tags as the journal keeps them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC

from app.domain.limits import MAX_TAGS_PER_ENTRY
from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.store.errors import Rejected
from app.store.models import EntryRow


def to_entry(row: EntryRow) -> Entry:
    return Entry(
        id=row.id,
        uuid=row.uuid,
        kind=EntryKind(row.kind),
        stage=Stage(row.stage) if row.stage else None,
        prompt_key=row.prompt_key,
        title=row.title,
        body=row.body,
        tags=tuple(tag.name for tag in row.tags),
        # A row just written still holds the caller's datetimes; hand back UTC like a loaded one.
        created_at=row.created_at.astimezone(UTC),
        updated_at=row.updated_at.astimezone(UTC),
        time_zone=row.time_zone,
    )


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Stripped, non-empty, unique and sorted: the order the tag relationship loads them in.

    Rejected beyond MAX_TAGS_PER_ENTRY."""
    seen: set[str] = set()
    for tag in tags:
        name = tag.strip()[:100].strip()  # cut, then strip again: a re-import must not change it
        if name:
            seen.add(name)
    if len(seen) > MAX_TAGS_PER_ENTRY:  # what imports refuse: an export of it must import back
        raise Rejected(f"An entry can hold at most {MAX_TAGS_PER_ENTRY:,} tags; this one would have "
                       f"{len(seen):,}. Nothing was saved.")
    return sorted(seen)
