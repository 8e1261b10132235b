"""The real start-up on a brand-new journal offers a passphrase once; an existing journal is not asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.store.journal import Journal
from app.ui.privacy.encryption_offer import EncryptionOffer
from app.ui.shell import application
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import MessageLog

pytestmark = pytest.mark.usefixtures("_root_logging")  # run_gui logs to the data folder


def start_and_watch(qtbot: QtBot) -> list[str]:
    """Run the app; once the journal is open, note whether the offer is up, say "Not now", quit."""
    seen: list[str] = []

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w.journal is not None]
        if not windows or seen:
            return
        offers = [w for w in QApplication.topLevelWidgets() + windows[0].findChildren(EncryptionOffer)
                  if isinstance(w, EncryptionOffer) and w.isVisible()]
        seen.append("offered" if offers else "not offered")
        for offer in offers:
            offer.form.cancel_button.click()
        windows[0].close()

    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(100)  # long enough for the offer to follow the journal's opening on the same turn
    try:
        assert application.run_gui(None, ["trustbridge"]) == 0
    finally:
        watcher.stop()
    return seen


def test_a_new_journal_is_offered_a_passphrase_and_not_now_keeps_it_plain(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    assert start_and_watch(qtbot) == ["offered"]
    assert message_log.calls == []
    assert not (data_dir / "journal.key").exists()
    assert (data_dir / "journal.sqlite3").is_file()


def test_an_existing_journal_is_not_asked(qtbot: QtBot, data_dir: Path, message_log: MessageLog) -> None:
    Journal.open(data_dir).close()
    assert start_and_watch(qtbot) == ["not offered"]
    assert message_log.calls == []


def start_and_look_for_the_welcome(qtbot: QtBot) -> list[str]:
    """Run the app; once the journal is open, say "Not now" to any passphrase offer, note whether
    the welcome is what the window shows, and quit."""
    seen: list[str] = []

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w.journal is not None]
        if not windows or seen:
            return
        window = windows[0]
        for offer in QApplication.topLevelWidgets() + window.findChildren(EncryptionOffer):
            if isinstance(offer, EncryptionOffer) and offer.isVisible():
                offer.form.cancel_button.click()
        welcome = window.welcome.page
        seen.append("welcome" if welcome is not None and window.stack.currentWidget() is welcome
                    else str(window.current_key))
        window.close()

    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(100)
    try:
        assert application.run_gui(None, ["trustbridge"]) == 0
    finally:
        watcher.stop()
    return seen


def test_the_first_start_opens_on_the_welcome_and_an_existing_journal_on_today(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    assert start_and_look_for_the_welcome(qtbot) == ["welcome"]  # under the passphrase offer, "Not now"
    assert start_and_look_for_the_welcome(qtbot) == ["welcome"]  # quit from it: still to be read
    from app.store.preferences import load_preferences, save_preferences

    save_preferences(data_dir, load_preferences(data_dir).with_changes(welcome_pending=False))  # seen
    assert start_and_look_for_the_welcome(qtbot) == ["today"]
    assert message_log.calls == []


def test_a_journal_made_before_the_first_start_never_sees_the_welcome(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    Journal.open(data_dir).close()
    assert start_and_look_for_the_welcome(qtbot) == ["today"]
