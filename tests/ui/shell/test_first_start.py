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
