"""The timeline store: a month's marks by local day, the id list, batches of rows, jumping to a day."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.records import EntryDraft, EntryKind
from app.domain.timeline import DayMarks
from app.domain.workbench import CheckIn, MoodCheck
from app.store.journal import Journal
from app.store.timeline import _NEWEST_FIRST_IDS
from tests.extreme_journal import build_extreme_journal, local_zone

EAST_AND_WEST = ["Asia/Tokyo", "America/New_York"]


def add(journal: Journal, when: datetime, body: str = "words") -> str:
    key = str(uuid.uuid4())
    journal.save_entry(EntryDraft(key, EntryKind.FREE, body), when=when)
    return key


def mood(journal: Journal, when: datetime, value: int) -> None:
    journal.feelings.save_mood_check(MoodCheck(str(uuid.uuid4()), when, value))


def meeting(journal: Journal, when: datetime, held: bool = False) -> None:
    journal.checkins.save_checkin(CheckIn(str(uuid.uuid4()), when, "", "", None, held, "", when, when))


def test_month_marks_count_entries_moods_and_meetings_by_day(journal: Journal,
                                                             local_timezone: Callable[[str], None]) -> None:
    local_timezone("UTC0")
    add(journal, datetime(2026, 3, 3, 9, tzinfo=UTC))
    add(journal, datetime(2026, 3, 3, 18, tzinfo=UTC))
    gone = add(journal, datetime(2026, 3, 3, 19, tzinfo=UTC))
    journal.delete_entry(gone)
    add(journal, datetime(2026, 2, 28, 23, tzinfo=UTC))  # the month before: not counted
    add(journal, datetime(2026, 4, 1, 0, tzinfo=UTC))  # the month after
    mood(journal, datetime(2026, 3, 3, 8, tzinfo=UTC), 4)
    mood(journal, datetime(2026, 3, 3, 20, tzinfo=UTC), 2)  # the day's latest wins
    mood(journal, datetime(2026, 3, 10, 12, tzinfo=UTC), 5)
    meeting(journal, datetime(2026, 3, 10, 15, tzinfo=UTC), held=True)
    meeting(journal, datetime(2026, 3, 31, 23, 30, tzinfo=UTC))

    marks = journal.timeline.month_marks(2026, 3)

    assert set(marks) == {date(2026, 3, 3), date(2026, 3, 10), date(2026, 3, 31)}
    third = marks[date(2026, 3, 3)]
    assert (third.entries, third.mood, third.meetings) == (2, 2, 0)
    tenth = marks[date(2026, 3, 10)]
    assert (tenth.entries, tenth.mood, tenth.meetings) == (0, 5, 1)
    assert marks[date(2026, 3, 31)].meetings == 1
    assert journal.timeline.month_marks(2025, 3) == {}


def test_month_marks_use_the_local_day_across_a_dst_change(journal: Journal,
                                                           local_timezone: Callable[[str], None]) -> None:
    # Central Europe: UTC+1 until 29 March 2026 01:00 UTC, UTC+2 after.
    local_timezone("CET-1CEST,M3.5.0,M10.5.0/3")
    add(journal, datetime(2026, 3, 28, 23, 30, tzinfo=UTC))  # 00:30 on the 29th, local (UTC+1)
    add(journal, datetime(2026, 3, 29, 22, 30, tzinfo=UTC))  # 00:30 on the 30th, local (UTC+2)
    add(journal, datetime(2026, 3, 31, 22, 30, tzinfo=UTC))  # 00:30 on 1 April, local: next month
    marks = journal.timeline.month_marks(2026, 3)
    assert {day: m.entries for day, m in marks.items()} == {date(2026, 3, 29): 1, date(2026, 3, 30): 1}
    assert journal.timeline.month_marks(2026, 4)[date(2026, 4, 1)].entries == 1


def test_entry_ids_are_newest_first_and_live_only(journal: Journal) -> None:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    keys = [add(journal, base + timedelta(hours=n)) for n in range(5)]
    same_moment = [add(journal, base + timedelta(hours=9)) for _ in range(2)]
    journal.delete_entry(keys[2])
    ids = journal.timeline.entry_ids()
    by_uuid = {journal.get_entry(key).id: key for key in keys if key != keys[2]}
    by_uuid.update({journal.get_entry(key).id: key for key in same_moment})
    assert [by_uuid[i] for i in ids] == [same_moment[1], same_moment[0], keys[4], keys[3], keys[1], keys[0]]


def test_entry_ids_walk_the_live_index(journal: Journal) -> None:
    with journal._engine.connect() as connection:  # the plan is what is tested
        plan = " ".join(row[3] for row in connection.execute(text("EXPLAIN QUERY PLAN " + _NEWEST_FIRST_IDS)))
    assert "ix_entries_live_created_at_id" in plan
    assert "TEMP B-TREE" not in plan


def test_summaries_keep_the_order_asked_and_skip_missing(journal: Journal) -> None:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    keys = [add(journal, base + timedelta(hours=n), f"entry {n}") for n in range(4)]
    ids = [journal.get_entry(key).id for key in keys]
    journal.delete_entry(keys[1])
    rows = journal.timeline.summaries([ids[3], ids[1], 99_999, ids[0]])
    assert [row.preview for row in rows] == ["entry 3", "entry 0"]
    assert rows[0].uuid == keys[3] and rows[0].created_at == base + timedelta(hours=3)
    assert journal.timeline.summaries([]) == []


def test_first_index_on_or_before_a_day(journal: Journal, local_timezone: Callable[[str], None]) -> None:
    local_timezone("UTC0")
    for day in (1, 3, 3, 7):
        add(journal, datetime(2026, 5, day, 12, tzinfo=UTC))
    timeline = journal.timeline
    # Newest first: 7th (row 0), 3rd (rows 1-2), 1st (row 3).
    assert timeline.first_index_on_or_before(date(2026, 5, 9)) == 0
    assert timeline.first_index_on_or_before(date(2026, 5, 7)) == 0
    assert timeline.first_index_on_or_before(date(2026, 5, 5)) == 1
    assert timeline.first_index_on_or_before(date(2026, 5, 3)) == 1
    assert timeline.first_index_on_or_before(date(2026, 5, 2)) == 3
    assert timeline.first_index_on_or_before(date(2026, 4, 30)) == 4  # nothing that old


SANTIAGO = "<-04>4<-03>,M9.1.6/24,M4.1.6/24"  # clocks skip from Saturday 24:00 to Sunday 01:00


def test_a_day_whose_midnight_never_happens_starts_at_the_jump(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    """Chile, 6 September 2026: there is no 00:00, so 23:30 the evening before stays on the 5th."""
    from app.domain.search import SearchFilters
    from app.domain.timeline import local_day_start

    local_timezone(SANTIAGO)
    assert local_day_start(date(2026, 9, 6)) == datetime(2026, 9, 6, 4, 0, tzinfo=UTC)  # 01:00, UTC-3
    assert local_day_start(date(2026, 9, 5)) == datetime(2026, 9, 5, 4, 0, tzinfo=UTC)  # 00:00, UTC-4
    late = datetime(2026, 9, 6, 3, 30, tzinfo=UTC)  # Saturday 5 September, 23:30 local
    add(journal, late, "late saturday words")
    assert late.astimezone().date() == date(2026, 9, 5)
    marks = journal.timeline.month_marks(2026, 9)
    assert {day: m.entries for day, m in marks.items()} == {date(2026, 9, 5): 1}
    found = journal.search.search("saturday", SearchFilters(since=date(2026, 9, 5), until=date(2026, 9, 5)))
    assert len(found) == 1
    assert journal.search.search("saturday", SearchFilters(since=date(2026, 9, 6))) == []


def test_a_page_of_ids_and_the_live_count(journal: Journal) -> None:
    keys = [add(journal, datetime(2026, 3, 1, tzinfo=UTC) + timedelta(hours=n)) for n in range(7)]
    journal.delete_entry(keys[3])
    everything = journal.timeline.entry_ids()
    assert journal.timeline.live_count() == len(everything) == 6
    assert journal.timeline.entry_ids(limit=2) == everything[:2]
    assert journal.timeline.entry_ids(limit=2, offset=3) == everything[3:5]
    assert journal.timeline.entry_ids(offset=4) == everything[4:]


@pytest.mark.parametrize("zone", EAST_AND_WEST)
def test_the_calendar_reaches_the_ends_of_the_calendar(tmp_path: Path, zone: str) -> None:
    """December 9999 has no day after its last (OverflowError); the first and last days of the
    calendar take in the moments local time puts off its ends (they are shown in UTC)."""
    build_extreme_journal(tmp_path / "journal")
    journal = Journal.open(tmp_path / "journal")
    try:
        with local_zone(zone):
            timeline = journal.timeline
            first, last = date.min, date.max
            assert timeline.month_marks(1, 1) == {first: DayMarks(first, entries=1, mood=3)}
            assert timeline.month_marks(9999, 12) == {last: DayMarks(last, entries=1, meetings=1)}
            march = date(2026, 3, 2)
            assert timeline.month_marks(2026, 3) == {march: DayMarks(march, entries=1)}
            # Newest first: the end of 9999, the ordinary entry, year one.
            assert [timeline.first_index_on_or_before(day) for day in
                    (last, date(9999, 12, 30), march, date(2026, 3, 1), first)] == [0, 1, 1, 2, 2]
    finally:
        journal.close()
