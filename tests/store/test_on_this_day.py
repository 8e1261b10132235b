"""On this day: the entries written weeks, months and a year before a given day."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time

from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal


def _write(journal: Journal, day: date, body: str, hour: int = 12, stage: Stage | None = None) -> str:
    """An entry written at `hour` local time on `day`; returns its uuid."""
    when = datetime.combine(day, time(hour)).astimezone().astimezone(UTC)
    kind = EntryKind.REFLECTION if stage else EntryKind.FREE
    entry = journal.save_entry(EntryDraft(uuid=str(uuid.uuid4()), kind=kind, body=body, stage=stage),
                               when=when)
    return entry.uuid


def test_finds_entries_weeks_months_and_a_year_back(journal: Journal) -> None:
    today = date(2025, 6, 15)
    week = _write(journal, date(2025, 6, 8), "a week ago", stage=Stage.OWNERSHIP)
    fortnight = _write(journal, date(2025, 6, 1), "two weeks ago")
    month = _write(journal, date(2025, 5, 15), "a month ago")
    year = _write(journal, date(2024, 6, 15), "a year ago")
    _write(journal, date(2025, 6, 10), "not an anniversary")
    _write(journal, today, "today itself")

    found = journal.on_this_day(today)

    assert [(days_ago, [s.uuid for s in summaries]) for days_ago, summaries in found] == [
        (7, [week]), (14, [fortnight]), (31, [month]), (365, [year]),
    ]
    assert found[0][1][0].stage is Stage.OWNERSHIP
    assert found[0][1][0].preview == "a week ago"


def test_newest_first_and_capped_per_day(journal: Journal) -> None:
    today = date(2025, 6, 15)
    day = date(2025, 6, 8)
    uuids = [_write(journal, day, f"entry {hour}", hour=hour) for hour in (8, 10, 12, 14)]

    found = journal.on_this_day(today, limit_per_day=3)

    assert found == [(7, found[0][1])]
    assert [s.uuid for s in found[0][1]] == [uuids[3], uuids[2], uuids[1]]


def test_months_clamp_to_the_last_day_of_a_shorter_month(journal: Journal) -> None:
    leap_day = _write(journal, date(2024, 2, 29), "end of February, leap year")
    plain = _write(journal, date(2025, 2, 28), "end of February")
    _write(journal, date(2025, 3, 1), "first of March is not a month before 31 March")

    found = journal.on_this_day(date(2024, 3, 31))
    assert [(days_ago, [s.uuid for s in summaries]) for days_ago, summaries in found] == [(31, [leap_day])]
    found = journal.on_this_day(date(2025, 3, 31))
    assert [(days_ago, [s.uuid for s in summaries]) for days_ago, summaries in found] == [(31, [plain])]


def test_deleted_entries_are_left_out(journal: Journal) -> None:
    today = date(2025, 6, 15)
    gone = _write(journal, date(2025, 6, 8), "deleted")
    kept = _write(journal, date(2025, 6, 1), "kept")
    journal.delete_entry(gone)

    found = journal.on_this_day(today)

    assert [(days_ago, [s.uuid for s in summaries]) for days_ago, summaries in found] == [(14, [kept])]


def test_nothing_written_gives_nothing(journal: Journal) -> None:
    assert journal.on_this_day(date(2025, 6, 15)) == []


def test_local_day_bounds_decide_the_day(journal: Journal, local_timezone: Callable[[str], None]) -> None:
    local_timezone("UTC-10")  # POSIX sign: ten hours ahead of UTC
    late = _write(journal, date(2025, 6, 8), "just before local midnight", hour=23)
    _write(journal, date(2025, 6, 9), "just after local midnight", hour=0)

    found = journal.on_this_day(date(2025, 6, 15))

    assert [(days_ago, [s.uuid for s in summaries]) for days_ago, summaries in found] == [(7, [late])]
