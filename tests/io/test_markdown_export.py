"""The Markdown export: one readable document, oldest day first, bodies untouched."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.records import Entry, EntryDraft, EntryKind
from app.io.export_range import DateRange, export_markdown_range
from app.io.markdown_export import export_markdown
from app.store.journal import Journal
from tests.extreme_journal import ORDINARY, YEAR_9999, YEAR_ONE, ZONES, build_extreme_journal, local_zone


@pytest.fixture
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pin the local zone so day headings and times are predictable."""
    yield from _local_zone(monkeypatch, "UTC0")


def _local_zone(monkeypatch: pytest.MonkeyPatch, zone: str) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset (POSIX) to change the local time zone")
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def export(journal: Journal) -> tuple[int, str]:
    stream = io.StringIO()
    count = export_markdown(journal, stream)
    return count, stream.getvalue()


@pytest.mark.usefixtures("utc_local_time")
def test_document_reads_like_a_book(journal: Journal, sample_entries: list[Entry]) -> None:
    count, text = export(journal)

    assert count == len(sample_entries)
    assert text.startswith("# Trustbridge journal\n\nExported ")
    days = [line for line in text.splitlines() if line.startswith("## ")]
    assert days == ["## Wednesday 31 December 2025", "## Monday 2 March 2026", "## Tuesday 3 March 2026"]
    assert "### 23:59 · Free writing · Mixed line endings\n" in text
    assert "### 09:15 · Ownership · The deadline\n\nTags: honesty, work\n\n" in text
    assert "### 21:00 · Evening\n" in text
    assert "### 08:00 · Check-ins\n" in text
    # Oldest first, across the whole journal (the oldest entry was saved last).
    markers = ("Mixed line endings", "The deadline", "Evening", "Check-ins")
    positions = [text.index(marker) for marker in markers]
    assert positions == sorted(positions)


@pytest.mark.usefixtures("utc_local_time")
def test_bodies_are_copied_verbatim(journal: Journal, sample_entries: list[Entry]) -> None:
    _, text = export(journal)
    for entry in sample_entries:
        assert entry.body in text


def test_days_and_times_are_local(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in _local_zone(monkeypatch, "EST+05"):  # five hours behind UTC, no daylight saving
        journal.save_entry(  # written there too (it keeps the zone it was written in: "-05:00")
            EntryDraft(uuid="late", kind=EntryKind.EVENING, body="Late evening in New York."),
            when=datetime(2026, 3, 2, 3, 30, tzinfo=UTC),
        )
        _, text = export(journal)

    assert "## Sunday 1 March 2026\n\n### 22:30 · Evening\n" in text
    assert "(UTC-05:00)" in text


@pytest.mark.usefixtures("utc_local_time")
def test_an_empty_journal_says_so(journal: Journal) -> None:
    count, text = export(journal)
    assert count == 0
    assert text.rstrip().endswith("No entries yet.")


def test_chronological_iteration_holds_across_pages(journal: Journal) -> None:
    # Ids ascend while times descend, so id order and time order disagree on every page.
    for minute in range(7):
        journal.save_entry(
            EntryDraft(uuid=f"e{minute}", kind=EntryKind.FREE, body=str(minute)),
            when=datetime(2026, 3, 1, 12, 59 - minute, tzinfo=UTC),
        )
    journal.save_entry(  # a tie on created_at is broken by id
        EntryDraft(uuid="tie", kind=EntryKind.FREE, body="tie"), when=datetime(2026, 3, 1, 12, 53, tzinfo=UTC)
    )

    ordered = list(journal.iter_entries(batch=3))

    assert [e.uuid for e in ordered] == ["e6", "tie", "e5", "e4", "e3", "e2", "e1", "e0"]


@pytest.mark.usefixtures("utc_local_time")
def test_a_journal_of_entries_only_has_no_stage_tool_parts(
    journal: Journal, sample_entries: list[Entry]
) -> None:
    _, text = export(journal)
    for part in ("Ownership statement", "Feelings", "Plan", "Check-ins"):
        assert f"## {part}\n" not in text
    assert text.endswith("### 08:00 · Check-ins\n")  # the last entry (an empty body) ends the document


# -- a journal holding values at the ends of the calendar ------------------------------------


@pytest.mark.parametrize("zone", ZONES)
def test_a_journal_at_the_ends_of_the_calendar_exports_whole(tmp_path: Path, zone: str) -> None:
    """A plan of 10**18 days from 31 December 9999 and moments in years 1 and 9999: every part
    is written, in every zone (where local time would leave the calendar it stays in UTC)."""
    build_extreme_journal(tmp_path / "journal")
    journal = Journal.open(tmp_path / "journal")
    try:
        with local_zone(zone):
            count, text = export(journal)
            ranged = io.StringIO()
            export_markdown_range(journal, ranged, DateRange(date.min, date.max))
    finally:
        journal.close()
    assert count == 3
    for body in (ORDINARY, YEAR_ONE, YEAR_9999):
        assert body in text and body in ranged.getvalue()
    assert "- Length: 1000000000000000000 days\n" in text
    assert "- End: Friday 31 December 9999\n" in text  # held at the calendar's last day
    assert "- Milestones: Friday 31 December 9999\n" in text
    assert "mood 3 of 5" in text and "Send the summary" in text and "I own it." in text
