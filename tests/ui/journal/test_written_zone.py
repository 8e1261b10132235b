"""An entry written in another zone shows the time as written there, quietly marked ("00:30
(Berlin)"), in the list row, in what a screen reader hears, and above the open entry, whose tip
says the time here too. Rows stay under the day as seen here. The zones are set by the test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.journal.entry_list_model import DAY_ROLE
from tests.ui.journal.journal_helpers import make_page, open_row
from tests.ui.journal.test_journal_rows import _painted

LATE = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # Berlin: 00:30 on Monday 2 March; New York: 18:30 on Sunday


@pytest.fixture
def travelled(
    journal: Journal, save_timing: SaveTiming, local_timezone: Callable[[str], None]
) -> ObservedJournal:
    """One entry written in Berlin, one later in New York, where the journal is read now."""
    local_timezone("Europe/Berlin")
    journal.save_entry(EntryDraft("berlin", EntryKind.FREE, "After the flight, in Berlin."), when=LATE)
    local_timezone("America/New_York")
    journal.save_entry(EntryDraft("home", EntryKind.FREE, "Back home."), when=LATE + timedelta(minutes=30))
    return ObservedJournal(journal, save_timing=save_timing, clock=FixedClock(LATE + timedelta(hours=2)))


def test_a_row_written_in_another_zone_shows_the_time_as_written(
    qtbot: QtBot, travelled: ObservedJournal
) -> None:
    page = make_page(qtbot, travelled)
    assert page.model.index(1).data(DAY_ROLE) == date(2026, 3, 1)  # grouped under the day as seen here
    assert "Free writing  ·  Mon 00:30 (Berlin)" in _painted(page, 1)
    assert "Free writing  ·  19:00" in _painted(page, 0)  # written here: no mark
    spoken = page.model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Free writing, 00:30 Berlin time, 02 March 2026: After the flight, in Berlin."
    here = page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert here == "Free writing, 01 March 2026: Back home."


def test_the_open_entry_says_when_it_was_written_there_and_here(
    qtbot: QtBot, travelled: ObservedJournal
) -> None:
    page = make_page(qtbot, travelled)
    open_row(page, 1)
    assert page.meta_label.text() == "Free writing · Mon 02 Mar 2026, 00:30 (Berlin)"
    assert page.meta_label.toolTip() == (
        "Written at 00:30 Berlin time on Monday; that was 18:30 on Sunday here.")
    open_row(page, 0)
    assert page.meta_label.text() == "Free writing · Sun 01 Mar 2026, 19:00"
    assert page.meta_label.toolTip() == ""


def test_an_edit_here_keeps_the_time_as_written(
    qtbot: QtBot, travelled: ObservedJournal, journal: Journal
) -> None:
    page = make_page(qtbot, travelled)
    open_row(page, 1)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.card.editor.text_edit.moveCursor(page.card.editor.text_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(page.autosaver.saved, timeout=3000):
        qtbot.keyClicks(page.card.editor.text_edit, " Read again in New York.")
    edited = journal.get_entry("berlin")
    assert edited.body.endswith("Read again in New York.") and edited.time_zone == "Europe/Berlin"
    assert page.meta_label.text() == "Free writing · Mon 02 Mar 2026, 00:30 (Berlin)"
    assert "Free writing  ·  Mon 00:30 (Berlin)" in _painted(page, 1)
