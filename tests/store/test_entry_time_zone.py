"""Each entry keeps the zone it was written in: a new entry the computer's zone at the time, an edit
made later anywhere keeps it, an older entry (none kept) stays without one, and an import keeps
what the file said. The zone here is set by each test (TZ), never the machine's."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.records import Entry, EntryDraft, EntryKind
from app.store.errors import StoreError
from app.store.journal import Journal

WRITTEN = datetime(2026, 3, 1, 21, 40, tzinfo=UTC)


def imported(uuid: str, zone: str | None, moment: datetime = WRITTEN) -> Entry:
    return Entry(id=0, uuid=uuid, kind=EntryKind.IMPORTED, stage=None, prompt_key=None, title="",
                 body=f"written in {zone}", tags=(), created_at=moment, updated_at=moment, time_zone=zone)


def test_a_new_entry_keeps_the_zone_it_was_written_in(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("Europe/Berlin")
    saved = journal.save_entry(EntryDraft("e1", EntryKind.FREE, "in Berlin"), when=WRITTEN)
    assert saved.time_zone == "Europe/Berlin"
    assert journal.get_entry("e1").time_zone == "Europe/Berlin"
    local_timezone("UTC0")  # a zone with no name: its offset is kept
    assert journal.save_entry(EntryDraft("e2", EntryKind.FREE, "nowhere"), when=WRITTEN).time_zone == "+00:00"


def test_an_edit_made_in_another_zone_keeps_the_zone_it_was_written_in(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("Europe/Berlin")
    journal.save_entry(EntryDraft("e1", EntryKind.FREE, "in Berlin"), when=WRITTEN)
    local_timezone("America/New_York")
    edited = journal.save_entry(EntryDraft("e1", EntryKind.FREE, "in Berlin, read in New York"),
                                when=WRITTEN + timedelta(days=3))
    assert edited.time_zone == "Europe/Berlin" and edited.created_at == WRITTEN
    journal.delete_entry("e1")
    assert journal.restore_entry("e1").time_zone == "Europe/Berlin"


def test_an_entry_from_before_zones_stays_without_one_when_edited(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("Europe/Berlin")
    journal.save_entry(EntryDraft("old", EntryKind.FREE, "from 0.1"), when=WRITTEN)
    with closing(sqlite3.connect(journal.path)) as connection:  # as revision 0008 left it
        connection.execute("UPDATE entries SET time_zone = NULL")
        connection.commit()
    local_timezone("Asia/Tokyo")
    edited = journal.save_entry(EntryDraft("old", EntryKind.FREE, "edited now"))
    assert edited.time_zone is None  # where it was written is not known: it is never guessed


def test_lists_carry_the_zone(journal: Journal, local_timezone: Callable[[str], None]) -> None:
    local_timezone("Europe/Berlin")
    journal.save_entry(EntryDraft("e1", EntryKind.FREE, "in Berlin"), when=WRITTEN)
    journal.add_entries([imported("e2", "+05:30", WRITTEN - timedelta(days=7)),
                         imported("e3", None, WRITTEN)])
    zones = {summary.uuid: summary.time_zone for summary in journal.list_entries()}
    assert zones == {"e1": "Europe/Berlin", "e2": "+05:30", "e3": None}
    by_id = journal.timeline.summaries(journal.timeline.entry_ids())
    assert {summary.uuid: summary.time_zone for summary in by_id} == zones
    looked_back = journal.on_this_day(date(2026, 3, 1))
    assert [(summary.uuid, summary.time_zone) for _, rows in looked_back for summary in rows] == \
        [("e2", "+05:30")]
    assert {entry.uuid: entry.time_zone for entry in journal.iter_entries()} == zones


def test_an_import_keeps_each_entrys_zone_and_drops_one_that_is_not(journal: Journal) -> None:
    journal.add_entries([
        imported("berlin", "Europe/Berlin"),
        imported("offset", "-03:30"),
        imported("none", None),
        imported("unknown-here", "Mars/Olympus_Mons"),  # well formed: kept, shown here until known
        imported("hostile", "../../etc/passwd\x00"),
        imported("long", "A" * 200),
    ])
    zones = {entry.uuid: entry.time_zone for entry in journal.iter_entries()}
    assert zones == {"berlin": "Europe/Berlin", "offset": "-03:30", "none": None,
                     "unknown-here": "Mars/Olympus_Mons", "hostile": None, "long": None}


def test_a_failed_import_leaves_no_zone_behind(journal: Journal) -> None:
    journal.add_entries([imported("first", "Europe/Berlin")])
    repeated = [imported("second", "Asia/Tokyo"), imported("third", "+01:00")]
    with closing(sqlite3.connect(journal.path)) as connection:
        connection.execute("CREATE TRIGGER refuse_third BEFORE INSERT ON entries WHEN NEW.uuid = 'third' "
                           "BEGIN SELECT RAISE(ABORT, 'injected'); END")
        connection.commit()
    with pytest.raises(StoreError):
        journal.add_entries(repeated)
    assert {entry.uuid: entry.time_zone for entry in journal.iter_entries()} == {"first": "Europe/Berlin"}
