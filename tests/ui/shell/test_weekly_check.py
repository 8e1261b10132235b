"""The journal file's full check runs in the background once a week after the window is usable:
when it is due (by the gateway's clock), never when it is not, and damage is told with the way back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.paths import database_path
from app.store.health import last_check_passed, record_check_passed
from app.ui.data.journal_events import SaveTiming
from app.ui.shell.integrity_watch import check_if_due
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import JournalSession
from tests.store.test_damaged_journal import break_an_index_page, write_journal

NOW = datetime(2026, 3, 9, 21, 30, tzinfo=UTC)
WAIT_MS = 30_000


@pytest.fixture
def opened(
    qtbot: QtBot, data_dir: Path, save_timing: SaveTiming
) -> Iterator[tuple[MainWindow, JournalSession]]:
    """A window and its session on the test's journal, with the clock at NOW."""
    write_journal(data_dir, 400)
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    session = JournalSession(window, data_dir, save_timing=save_timing, clock=FixedClock(NOW))
    window.show()
    with qtbot.waitSignal(session.opened, timeout=WAIT_MS):
        session.start()
    yield window, session
    window.close()
    QThreadPool.globalInstance().waitForDone()
    if session.journal is not None:
        session.journal.close()


def damage_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_not_due_within_a_week_of_the_last_passed_check(opened: tuple[MainWindow, JournalSession],
                                                         data_dir: Path) -> None:
    window, session = opened
    record_check_passed(data_dir, NOW - timedelta(days=6, hours=23))
    assert check_if_due(window, session) is None
    assert last_check_passed(data_dir) == NOW - timedelta(days=6, hours=23)


def test_due_after_a_week_runs_in_a_worker_and_records_the_pass(
    qtbot: QtBot, opened: tuple[MainWindow, JournalSession], data_dir: Path
) -> None:
    window, session = opened
    record_check_passed(data_dir, NOW - timedelta(days=7))
    call = check_if_due(window, session)
    assert call is not None
    with qtbot.waitSignal(call.finished, timeout=WAIT_MS) as finished:
        pass
    assert finished.args == [[]]
    recorded = last_check_passed(data_dir)
    assert recorded is not None and recorded > NOW  # this pass, by the computer's clock
    assert damage_boxes() == []


def test_damage_found_by_the_weekly_check_is_told_with_open_backups(
    qtbot: QtBot, opened: tuple[MainWindow, JournalSession], data_dir: Path
) -> None:
    window, session = opened
    break_an_index_page(database_path(data_dir))
    before = database_path(data_dir).read_bytes()
    opened_backups: list[bool] = []
    window.open_backups = lambda: opened_backups.append(True)  # type: ignore[method-assign]
    call = check_if_due(window, session)  # never checked: due
    assert call is not None
    qtbot.waitUntil(lambda: bool(damage_boxes()), timeout=WAIT_MS)
    box = damage_boxes()[0]
    assert "quick_check" in box.informativeText() and "Nothing has been changed" in box.informativeText()
    assert [button.text() for button in box.buttons()] == ["Open backups…", "Not now"]
    assert box.defaultButton().text() == "Not now"  # Enter while typing never leaves the writing
    box.buttons()[0].click()
    assert opened_backups == [True]
    assert database_path(data_dir).read_bytes() == before
    assert last_check_passed(data_dir) is None  # a failed check is still due next time
