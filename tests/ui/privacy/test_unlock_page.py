"""The unlock page, on a real encrypted journal: wrong answers change nothing, right ones open it.

Typed from the keyboard only (keys and Enter), waiting on the page's own signals, never on time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.paths import database_path
from app.store import encryption
from app.store.backups import AUTOMATIC, list_backups
from app.store.errors import WrongPassphrase
from app.store.journal import Journal
from app.ui.privacy.unlock_page import NEW_PASSPHRASE, RECOVERY, UnlockPage
from app.ui.shell.application import back_up_if_due
from app.ui.shell.main_window import TODAY, MainWindow
from app.ui.shell.session import JournalSession
from tests.files import snapshot
from tests.ui.conftest import MessageLog

PASSPHRASE = "lantern over the quiet harbour"
NEW = "a fresh start for a new month"
WAIT_MS = 15000  # Argon2id at 64 MiB on a busy two-core machine



@pytest.fixture
def recovery_code(data_dir: Path) -> str:
    """An encrypted journal with one entry in it; returns its recovery code."""
    journal = Journal.open(data_dir)
    journal.save_entry(EntryDraft(uuid="kept", kind=EntryKind.FREE, body="what I want to keep"))
    journal.close()
    return encryption.encrypt_journal(data_dir, PASSPHRASE)


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path, recovery_code: str) -> Iterator[UnlockPage]:
    unlock = UnlockPage(data_dir)
    qtbot.addWidget(unlock)
    unlock.resize(1024, 700)
    with qtbot.waitActive(unlock):
        unlock.show()
        unlock.activateWindow()
    unlock.focus_first()
    yield unlock
    QThreadPool.globalInstance().waitForDone()


def type_and_enter(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def answer(qtbot: QtBot, page: UnlockPage, field: QLineEdit, text: str) -> None:
    """Type into a field, press Enter, and wait until the worker has answered."""
    type_and_enter(qtbot, field, text)
    assert page.busy and not page.unlock_button.isEnabled()  # one answer at a time, button off meanwhile
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)


def test_a_wrong_passphrase_says_so_in_the_page_and_changes_no_file(
    qtbot: QtBot, page: UnlockPage, data_dir: Path, message_log: MessageLog
) -> None:
    before = snapshot(data_dir)
    got: list[bytes] = []
    page.unlocked.connect(got.append)
    answer(qtbot, page, page.field, "not my passphrase")
    assert page.message.isVisible() and "does not open" in page.message.text()
    assert QApplication.focusWidget() is page.field and page.field.hasSelectedText()
    assert page.field.selectionLength() == len("not my passphrase")  # retyping replaces it
    assert page.unlock_button.isEnabled() and page.unlock_button.text() == "Unlock"
    assert got == [] and message_log.calls == []  # inline, never a modal box
    assert snapshot(data_dir) == before

    qtbot.keyClick(page.field, Qt.Key.Key_Backspace)  # the selected text goes in one key
    assert page.field.text() == ""
    qtbot.keyClick(page.field, Qt.Key.Key_Return)  # an empty field is caught before any work
    assert not page.busy and "Type your passphrase" in page.message.text()
    assert snapshot(data_dir) == before


def test_the_right_passphrase_unlocks_and_the_window_attaches(
    qtbot: QtBot, data_dir: Path, recovery_code: str, message_log: MessageLog
) -> None:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    session = JournalSession(window, data_dir)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    session.start()
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=WAIT_MS)
    page = window.unlock_page
    assert isinstance(page, UnlockPage)
    assert window.stack.currentWidget() is page and QApplication.focusWidget() is page.field
    assert window.journal is None and not window.nav_buttons[TODAY].isEnabled()
    try:
        with qtbot.waitSignal(session.opened, timeout=WAIT_MS):
            type_and_enter(qtbot, page.field, PASSPHRASE)
        assert session.data_key == encryption.unlock(data_dir, PASSPHRASE)
        assert window.journal is not None and window.unlock_page is None
        assert window.current_key == TODAY and window.stack.currentWidget() is window.current_page()
        assert window.journal.get_entry("kept").body == "what I want to keep"
        assert page.field.text() == ""
        assert message_log.calls == []
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone()
        if session.journal is not None:
            session.journal.close()


def test_the_recovery_code_works_once_then_a_new_passphrase_replaces_the_old(
    qtbot: QtBot, page: UnlockPage, data_dir: Path, recovery_code: str
) -> None:
    key = encryption.unlock(data_dir, PASSPHRASE)
    page.switch_button.setFocus()
    qtbot.keyClick(page.switch_button, Qt.Key.Key_Space)  # the toggle, from the keyboard
    assert page.mode == RECOVERY and QApplication.focusWidget() is page.field
    assert page.field.echoMode() == QLineEdit.EchoMode.Password

    before = snapshot(data_dir)
    answer(qtbot, page, page.field, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    assert page.mode == RECOVERY and "does not open" in page.message.text()
    assert snapshot(data_dir) == before
    page.field.clear()

    answer(qtbot, page, page.field, recovery_code.lower().replace("-", " "))
    assert page.mode == NEW_PASSPHRASE and not page.switch_button.isVisible()
    assert page.again.isVisible() and QApplication.focusWidget() is page.field
    assert snapshot(data_dir) == before  # the code alone changes nothing yet

    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert not page.busy and "Choose a passphrase" in page.message.text()
    qtbot.keyClicks(page.field, "short")  # the same rule as everywhere a passphrase is chosen
    qtbot.keyClick(page.field, Qt.Key.Key_Tab)
    type_and_enter(qtbot, page.again, "short")
    assert not page.busy and "at least 8" in page.message.text()
    assert QApplication.focusWidget() is page.field and page.field.hasSelectedText()
    page.again.clear()
    qtbot.keyClicks(page.field, NEW)
    qtbot.keyClick(page.field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.again
    type_and_enter(qtbot, page.again, "a fresh start for a new mouth")
    assert not page.busy and "not the same" in page.message.text()
    assert QApplication.focusWidget() is page.again and page.again.hasSelectedText()
    assert snapshot(data_dir) == before

    got: list[bytes] = []
    page.unlocked.connect(got.append)
    with qtbot.waitSignal(page.unlocked, timeout=WAIT_MS):
        type_and_enter(qtbot, page.again, NEW)
    assert got == [key]
    assert page.field.text() == "" and page.again.text() == ""
    with pytest.raises(WrongPassphrase):
        encryption.unlock(data_dir, PASSPHRASE)
    assert encryption.unlock(data_dir, NEW) == key
    assert encryption.unlock_with_recovery(data_dir, recovery_code) == key


def test_the_recovery_code_is_masked_until_the_person_asks_to_see_it(
    qtbot: QtBot, page: UnlockPage
) -> None:
    assert not page.show_button.isVisible()  # a passphrase has no Show: nobody copies it from paper
    page.toggle_recovery()
    assert page.show_button.isVisible() and page.field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(page.field, "7K2QM")
    page.show_button.setFocus()
    qtbot.keyClick(page.show_button, Qt.Key.Key_Space)
    assert page.field.echoMode() == QLineEdit.EchoMode.Normal and page.field.displayText() == "7K2QM"
    assert page.show_button.text() == "Hide" and page.show_button.accessibleName() == "Hide the recovery code"
    qtbot.keyClick(page.show_button, Qt.Key.Key_Space)
    assert page.field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(page.show_button, Qt.Key.Key_Space)
    page.toggle_recovery()  # back to the passphrase: masked again, whatever was chosen
    assert page.field.echoMode() == QLineEdit.EchoMode.Password and not page.show_button.isChecked()


def test_every_control_has_an_accessible_name_in_every_step(
    qtbot: QtBot, page: UnlockPage, recovery_code: str
) -> None:
    def unnamed() -> list[str]:
        controls: list[QWidget] = [*page.findChildren(QLineEdit), *page.findChildren(QPushButton)]
        return [type(c).__name__ for c in controls if c.isVisible() and not c.accessibleName()]

    assert page.accessibleName() and unnamed() == []
    page.toggle_recovery()
    assert unnamed() == []
    answer(qtbot, page, page.field, recovery_code)
    assert page.mode == NEW_PASSPHRASE and unnamed() == []
    assert page.field.accessibleName() == "New passphrase"
    assert page.again.accessibleName() == "New passphrase again"


def test_the_page_fits_a_small_window_at_double_text_size(
    qtbot: QtBot, page: UnlockPage
) -> None:
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    page.setFont(font)
    page.resize(1024 - 208, 700)
    page.toggle_recovery()
    qtbot.waitUntil(lambda: page.intro.height() > 0)
    for widget in (page.title, page.intro, page.switch_button, page.unlock_button, page.field):
        assert widget.isVisible()
        assert widget.geometry().right() <= widget.parentWidget().width()
        assert widget.width() >= min(widget.sizeHint().width(), widget.parentWidget().width() - 56)


def test_the_backup_at_close_of_an_encrypted_journal_is_made_with_its_key(
    data_dir: Path, recovery_code: str
) -> None:
    key = encryption.unlock(data_dir, PASSPHRASE)
    connect = encryption.keyed_connect(key)
    back_up_if_due(database_path(data_dir), data_dir, datetime(2026, 3, 2, 21, 0, tzinfo=UTC), connect)
    listed = list_backups(data_dir / "backups", connect)
    assert [(info.reason, info.entries) for info in listed] == [(AUTOMATIC, 1)]
    assert b"what I want to keep" not in listed[0].path.read_bytes()
    with closing(connect(listed[0].path)) as opened:
        assert opened.execute("PRAGMA quick_check").fetchone()[0] == "ok"


@pytest.mark.usefixtures("_root_logging")
def test_the_app_starts_on_the_unlock_page_and_backs_up_encrypted_at_close(
    qtbot: QtBot, data_dir: Path, recovery_code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start-up: locked, unlocked by typing, attached (the probe then quits), backed up."""
    from PySide6.QtCore import QTimer

    from app.ui.shell import application

    monkeypatch.setenv(application.STARTUP_PROBE, "1")  # quit as soon as the journal is attached
    key = encryption.unlock(data_dir, PASSPHRASE)
    typed: list[UnlockPage] = []

    def type_when_shown() -> None:
        """Acts as the person does: when the unlock page is on screen, type and press Enter."""
        pages = [w for w in QApplication.allWidgets() if isinstance(w, UnlockPage) and w.isVisible()]
        if pages and not typed:
            typed.append(pages[0])
            type_and_enter(qtbot, pages[0].field, PASSPHRASE)

    watcher = QTimer()
    watcher.timeout.connect(type_when_shown)
    watcher.start(20)
    try:
        assert application.run_gui(None, ["trustbridge"]) == 0
    finally:
        watcher.stop()
    assert len(typed) == 1
    listed = list_backups(data_dir / "backups", encryption.keyed_connect(key))
    assert [(info.reason, info.entries) for info in listed] == [(AUTOMATIC, 1)]
    from app.paths import LOG_NAME, log_dir

    logged = (log_dir(data_dir) / LOG_NAME).read_bytes()  # the log the app wrote this session
    assert logged
    assert PASSPHRASE.encode() not in logged and key.hex().encode() not in logged
