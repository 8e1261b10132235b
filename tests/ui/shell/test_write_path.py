"""The shell's side of the one write path: the gateway's problems on the window's status line, and
every pending edit saved (journal.flush_all) on a page change, a lock, a hide and close.

Real journals on temp folders; a Saver with a long delay holds the edit, so only the flush saves it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from app.catalogue import load_catalogue
from app.domain.changes import Area, Change
from app.domain.clock import FixedClock
from app.domain.records import EntryDraft, EntryKind
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.data.saver import Saver
from app.ui.shell.main_window import JOURNAL, SEARCH, TODAY, MainWindow
from tests.ui.conftest import MessageLog, SessionFactory

HELD = SaveTiming(delay_ms=600_000, max_wait_ms=600_000, retry_ms=600_000)  # only a flush saves
UUID = "held-edit"
FULL = "No space left on the disk: nothing was changed."


@pytest.fixture
def window_and_store(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[MainWindow, Journal]]:
    journal = Journal.open(data_dir)
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.attach(ObservedJournal(journal, save_timing=HELD), load_catalogue())
    with qtbot.waitActive(window):
        window.show()
    yield window, journal
    if window.isVisible():
        window.close()
    QThreadPool.globalInstance().waitForDone()
    journal.close()


def held_edit(observed: ObservedJournal, text: str, owner: QObject) -> Saver:
    """An entry edit waiting in a Saver (as any page's field would be)."""
    saver = Saver(observed, owner)
    saver.watch("body", Area.ENTRY,
                lambda j: j.save_entry(EntryDraft(uuid=UUID, kind=EntryKind.FREE, body=text)))
    saver.touch("body")
    assert saver.pending
    return saver


def refuse(*_args: object, **_kwargs: object) -> object:
    """A store call on a full disk."""
    raise StorageUnavailable(FULL)


# -- the status line --------------------------------------------------------------------------


def test_a_failed_action_says_its_problem_on_the_status_line_and_a_later_change_clears_it(
    window_and_store: tuple[MainWindow, Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store = window_and_store
    observed = window.journal
    assert observed is not None and not window.status_line.isVisible()

    real = store.save_entry
    monkeypatch.setattr(store, "save_entry", refuse)  # the real store object refuses
    draft = EntryDraft(uuid=UUID, kind=EntryKind.FREE, body="x")
    assert observed.act(Area.ENTRY, lambda j: j.save_entry(draft)) is None
    assert window.status_line.isVisible() and window.status_line.text() == FULL

    monkeypatch.setattr(store, "save_entry", real)
    assert observed.act(Area.ENTRY, lambda j: j.save_entry(draft)) is not None
    assert not window.status_line.isVisible()


def test_a_saver_that_cannot_save_says_so_on_the_status_line(
    window_and_store: tuple[MainWindow, Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store = window_and_store
    assert window.journal is not None
    saver = held_edit(window.journal, "kept on screen", window)
    monkeypatch.setattr(store, "save_entry", refuse)
    assert not saver.flush() and saver.pending  # the edit stays, to be tried again
    assert window.status_line.isVisible() and window.status_line.text() == FULL


def test_a_many_line_problem_reads_as_one_line(window_and_store: tuple[MainWindow, Journal]) -> None:
    window, _store = window_and_store
    assert window.journal is not None
    window.journal.problem.emit("The disk is full.\nNothing was changed.")
    assert window.status_line.text() == "The disk is full. Nothing was changed."


def test_an_import_or_restore_refreshes_the_page_in_view(
    window_and_store: tuple[MainWindow, Journal],
) -> None:
    window, _store = window_and_store
    assert window.journal is not None
    window.show_page(SEARCH)
    page = window.current_page()
    assert page is not None
    refreshed: list[bool] = []
    page.refresh = lambda: refreshed.append(True)  # type: ignore[method-assign]
    window.journal.announce(Change.of(Area.GOAL))
    assert refreshed == []  # an ordinary change: each view updates itself
    window.journal.announce(Change.everything())
    assert refreshed == [True]


# -- flush_all on page change, hide, close and lock ---------------------------------------------


def test_changing_page_saves_every_pending_edit(
    window_and_store: tuple[MainWindow, Journal], data_dir: Path
) -> None:
    window, store = window_and_store
    assert window.journal is not None and window.current_key == TODAY
    saver = held_edit(window.journal, "saved on the way out", window)
    window.show_page(JOURNAL)
    assert not saver.pending and store.get_entry(UUID).body == "saved on the way out"


def test_hiding_the_screen_saves_every_pending_edit(window_and_store: tuple[MainWindow, Journal]) -> None:
    window, store = window_and_store
    assert window.journal is not None and window.curtain is not None
    saver = held_edit(window.journal, "saved before the curtain", window)
    window.curtain.hide_all()
    assert not saver.pending and store.get_entry(UUID).body == "saved before the curtain"
    window.curtain.reveal()


def test_hiding_the_window_saves_every_pending_edit(window_and_store: tuple[MainWindow, Journal]) -> None:
    window, store = window_and_store
    assert window.journal is not None
    saver = held_edit(window.journal, "saved when minimised", window)
    window.hide()
    assert not saver.pending and store.get_entry(UUID).body == "saved when minimised"


def test_closing_saves_every_pending_edit(
    window_and_store: tuple[MainWindow, Journal], message_log: MessageLog
) -> None:
    window, store = window_and_store
    assert window.journal is not None
    saver = held_edit(window.journal, "saved at close", window)
    assert window.close()
    assert not saver.pending and store.get_entry(UUID).body == "saved at close"
    assert message_log.names() == []  # nothing unsaved to ask about


def test_closing_with_an_edit_that_cannot_be_saved_asks_first(
    window_and_store: tuple[MainWindow, Journal], message_log: MessageLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store = window_and_store
    assert window.journal is not None
    saver = held_edit(window.journal, "not savable", window)
    real = store.save_entry
    monkeypatch.setattr(store, "save_entry", refuse)
    message_log.quit_unsaved = False
    assert not window.close()  # the person chose to stay: the words are still on screen
    assert saver.pending and message_log.names() == ["confirm_quit_unsaved"]
    monkeypatch.setattr(store, "save_entry", real)


def test_locking_saves_every_pending_edit_first(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session(encrypted=True)
    assert window.journal is not None
    key = session.data_key
    saver = held_edit(window.journal, "saved before the lock", window)
    with qtbot.waitSignal(session.locked, timeout=20_000):
        assert session.lock()
    assert not saver.pending
    journal = Journal.open(data_dir, key)
    try:
        assert journal.get_entry(UUID).body == "saved before the lock"
    finally:
        journal.close()


# -- the session passes the save timing and the clock on -----------------------------------------


def test_the_session_gives_the_journal_its_save_timing_and_clock(qtbot: QtBot, data_dir: Path) -> None:
    from app.ui.shell.session import JournalSession

    clock = FixedClock(datetime(2026, 3, 2, 21, 0, tzinfo=UTC))
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    session = JournalSession(window, data_dir, save_timing=HELD, clock=clock)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.start()
    try:
        assert window.journal is not None and window.journal is session.observed
        assert window.journal.save_timing is HELD and window.journal.clock is clock
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone()
        if session.journal is not None:
            session.journal.close()
