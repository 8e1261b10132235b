"""TimelineStore.days_of: the local days holding a live entry of one kind, newest first, at most as
many as asked (the reminder offer counts evenings with it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal

Zone = Callable[[str | None], None]


def write(journal: Journal, kind: EntryKind, moment: datetime) -> str:
    entry = journal.save_entry(EntryDraft(str(uuid.uuid4()), kind, "words"), when=moment)
    return entry.uuid


def test_days_with_an_evening_entry_by_local_day(journal: Journal, local_timezone: Zone) -> None:
    local_timezone("Europe/Berlin")
    write(journal, EntryKind.EVENING, datetime(2025, 6, 1, 20, tzinfo=UTC))
    write(journal, EntryKind.EVENING, datetime(2025, 6, 1, 22, 30, tzinfo=UTC))  # 00:30 on 2 June in Berlin
    write(journal, EntryKind.FREE, datetime(2025, 6, 3, 20, tzinfo=UTC))  # another kind: not counted
    gone = write(journal, EntryKind.EVENING, datetime(2025, 6, 4, 20, tzinfo=UTC))
    journal.delete_entry(gone)  # deleted: not counted
    assert journal.timeline.days_of(EntryKind.EVENING, 10) == {date(2025, 6, 1), date(2025, 6, 2)}


def test_it_stops_at_the_number_asked_taking_the_newest(journal: Journal) -> None:
    for day in range(1, 8):
        write(journal, EntryKind.EVENING, datetime(2025, 6, day, 12, tzinfo=UTC))
        write(journal, EntryKind.EVENING, datetime(2025, 6, day, 13, tzinfo=UTC))  # two the same day: one day
    newest = {date(2025, 6, 7), date(2025, 6, 6), date(2025, 6, 5)}
    assert journal.timeline.days_of(EntryKind.EVENING, 3) == newest
    assert journal.timeline.days_of(EntryKind.REFLECTION, 3) == set()
