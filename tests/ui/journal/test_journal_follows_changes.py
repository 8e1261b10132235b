"""The Journal list, the open entry and the calendar follow changes made anywhere, as announced:
nothing waits for the page to be shown again."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.journal_page import JournalPage

NOW = datetime.now(UTC)


def _fill(journal: Journal, count: int) -> list[str]:
    keys = []
    for n in range(count):
        key = str(uuid.uuid4())
        draft = EntryDraft(key, EntryKind.FREE, f"entry {n}")
        journal.save_entry(draft, when=NOW - timedelta(minutes=60 - n))
        keys.append(key)
    return keys


def _page(qtbot: QtBot, observed: ObservedJournal) -> JournalPage:
    page = JournalPage(observed)
    qtbot.addWidget(page)
    return page


def test_an_entry_saved_elsewhere_updates_its_row_and_the_open_entry(qtbot: QtBot, journal: Journal) -> None:
    keys = _fill(journal, 3)
    observed = ObservedJournal(journal)
    page = _page(qtbot, observed)
    page.list_view.setCurrentIndex(page.model.index(0))
    assert page.model.data(page.model.index(0)) == "entry 2"
    assert page.reader.toPlainText() == "entry 2"
    reads = page.model.batches_read

    draft = EntryDraft(keys[-1], EntryKind.FREE, "rewritten on another page")
    with qtbot.waitSignal(page.model.dataChanged, timeout=1000):
        observed.act(Area.ENTRY, lambda j: j.save_entry(draft), origin=object())
    assert page.model.data(page.model.index(0)) == "rewritten on another page"
    assert page.model.batches_read == reads + 1  # its batch read again, not the whole list
    assert page.reader.toPlainText() == "rewritten on another page"
    assert page.current_entry is not None and page.current_entry.uuid == keys[-1]

    fresh = EntryDraft(str(uuid.uuid4()), EntryKind.EVENING, "written on Today")
    observed.act(Area.ENTRY, lambda j: j.save_entry(fresh), origin=object())
    assert page.model.rowCount() == 4 and page.count_label.text() == "4 entries"
    assert page.model.data(page.model.index(0)) == "written on Today"
    assert page.list_view.currentIndex().row() == page.model.row_of(keys[-1])  # still on the open one

    observed.act(Area.ENTRY, lambda j: j.delete_entry(fresh.uuid), origin=object(), uuids={fresh.uuid})
    assert page.model.rowCount() == 3 and page.count_label.text() == "3 entries"
    assert page.current_entry is not None and page.current_entry.uuid == keys[-1]


def test_an_import_reloads_the_list_and_the_calendar(qtbot: QtBot, journal: Journal) -> None:
    _fill(journal, 2)
    observed = ObservedJournal(journal)
    page = _page(qtbot, observed)
    today = NOW.astimezone().date()
    page.calendar.show_day(today)
    assert page.model.rowCount() == 2
    for n in range(5):  # written in bulk, as an import does: no change is announced per record
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.IMPORTED, f"imported {n}"))
    assert page.model.rowCount() == 2
    observed.announce(Change.everything())
    assert page.model.rowCount() == 7 and page.count_label.text() == "7 entries"
    assert page.model.data(page.model.index(0)) == "imported 4"
    assert page.calendar.marks[today].entries >= 5
