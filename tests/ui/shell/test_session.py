"""The session behind the window: locking closes the journal and clears every widget of entry text,
unlocking comes back to the same place; encryption turned on and off and a backup restored under an
open window, each saving first and reopening where the person was. Real files, real Argon2id.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.paths import database_path
from app.store import encryption
from app.store.backups import BEFORE_RESTORE, backups_dir, list_backups, make_backup
from app.store.journal import Journal
from app.store.preferences import load_preferences
from app.ui.journal.journal_page import JournalPage
from app.ui.shell.main_window import JOURNAL, TODAY
from tests.files import snapshot
from tests.ui.conftest import SESSION_PASSPHRASE, MessageLog, SessionFactory, unlock
from tests.ui.helpers import type_and_wait_for_save

CANARY = "periwinkle-canary-5521"
WAIT_MS = 20_000  # encrypting, Argon2id and reopening on a loaded two-core machine
PLAIN_HEADER = b"SQLite format 3\x00"


UI_STATE = {"trustbridge.log", "window-state.ini"}  # the window's own files, written on Qt's schedule



def visible_text(root: QWidget) -> str:
    """Every bit of text the window's widgets hold (shown or not)."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, (QLineEdit, QLabel)):
            parts.append(widget.text())
    return "\n".join(parts)


def modal_over(window: QWidget) -> QDialog:
    """A modal dialog over the window, as a mood check or an export dialog is."""
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    assert QApplication.activeModalWidget() is dialog
    return dialog


def write_in_journal(qtbot: QtBot, window: object, text: str) -> str:
    """A new free entry typed into the Journal page; returns its uuid once saved."""
    window.new_entry()  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(page, JournalPage)
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, text)
    uuid = page.autosaver.entry_uuid
    assert uuid is not None
    return uuid


def test_locking_closes_the_journal_clears_the_window_and_unlocking_returns_to_the_entry(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session(encrypted=True)
    uuid = write_in_journal(qtbot, window, f"Tonight I noticed {CANARY}")
    assert CANARY in visible_text(window)

    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert session.journal is None and session.data_key is None
    assert window.pages == {} and window.journal is None
    assert window.unlock_page is not None and window.stack.currentWidget() is window.unlock_page
    QApplication.processEvents()  # deleteLater'd pages go
    assert CANARY not in visible_text(window)
    assert not any(button.isEnabled() for button in window.nav_buttons.values())
    assert not window.menu_actions["new_entry"].isEnabled() and window.menu_actions["quit"].isEnabled()

    unlock(qtbot, window)
    assert window.current_key == JOURNAL
    page = window.current_page()
    assert isinstance(page, JournalPage)
    assert page.current_entry is not None and page.current_entry.uuid == uuid
    assert CANARY in page.current_entry.body


def test_idle_time_locks_an_encrypted_journal_and_never_is_never(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window, session = open_session(encrypted=True)
    session.set_preferences(session.preferences.with_changes(lock_after_minutes=0))
    session.idle_for_test(24 * 3600)
    assert session.is_open
    session.set_preferences(session.preferences.with_changes(lock_after_minutes=5))
    session.idle_for_test(4 * 60)
    assert session.is_open
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        session.idle_for_test(5 * 60 + 1)
    assert not session.is_open
    unlock(qtbot, window)
    assert window.current_key == TODAY


def test_the_computer_locking_locks_the_journal_unless_turned_off(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    _window, session = open_session(encrypted=True)
    session.set_preferences(session.preferences.with_changes(lock_when_session_locks=False))
    session.session_locked()
    assert session.is_open
    session.set_preferences(session.preferences.with_changes(lock_when_session_locks=True))
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        session.session_locked()


def test_a_plain_journal_can_not_lock_and_ctrl_l_says_why(
    qtbot: QtBot, open_session: SessionFactory, message_log: MessageLog
) -> None:
    window, session = open_session()
    assert not session.lock()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert message_log.names() == ["confirm"]
    assert session.is_open and window.journal is not None


def test_turning_encryption_on_under_an_open_window_keeps_the_place_and_hides_the_text(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session()
    uuid = write_in_journal(qtbot, window, f"Before the review: {CANARY}")
    codes: list[str] = []
    session.recovery_code_ready.connect(codes.append)
    with qtbot.waitSignal(session.encryption_changed, timeout=WAIT_MS) as changed:
        session.turn_on_encryption(SESSION_PASSPHRASE)
    assert changed.args == [True]
    assert len(codes) == 1 and session.encrypted and session.data_key is not None
    assert not session.busy
    assert database_path(data_dir).read_bytes()[:16] != PLAIN_HEADER
    assert encryption.unlock_with_recovery(data_dir, codes[0]) == session.data_key
    page = window.current_page()
    assert isinstance(page, JournalPage) and page.current_entry is not None
    assert page.current_entry.uuid == uuid
    hits = [p for p in data_dir.rglob("*") if p.is_file() and CANARY.encode() in p.read_bytes()]
    assert hits == []


def test_turning_encryption_off_needs_the_current_passphrase(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session(encrypted=True)
    before = snapshot(data_dir, skip=UI_STATE)
    with qtbot.waitSignal(session.operation_failed, timeout=WAIT_MS) as failed:
        session.turn_off_encryption("not the passphrase")
    assert "Nothing was changed" in failed.args[0]
    assert snapshot(data_dir, skip=UI_STATE) == before and session.is_open and not session.busy

    with qtbot.waitSignal(session.encryption_changed, timeout=WAIT_MS) as changed:
        session.turn_off_encryption(SESSION_PASSPHRASE)
    assert changed.args == [False]
    assert not session.encrypted and session.data_key is None and session.is_open
    assert database_path(data_dir).read_bytes()[:16] == PLAIN_HEADER
    assert window.journal is not None


def test_changing_the_passphrase_and_making_a_new_recovery_code(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    _window, session = open_session(encrypted=True)
    key = session.data_key
    journal_bytes = database_path(data_dir).read_bytes()
    with qtbot.waitSignal(session.passphrase_changed, timeout=WAIT_MS):
        session.change_passphrase(SESSION_PASSPHRASE, "the new words I will remember")
    assert encryption.unlock(data_dir, "the new words I will remember") == key
    with qtbot.waitSignal(session.recovery_code_ready, timeout=WAIT_MS) as ready:
        session.new_recovery_code("the new words I will remember")
    assert encryption.unlock_with_recovery(data_dir, ready.args[0]) == key
    assert session.is_open
    with qtbot.waitSignal(session.operation_failed, timeout=WAIT_MS):
        session.change_passphrase(SESSION_PASSPHRASE, "anything")  # the old one no longer works
    assert database_path(data_dir).read_bytes()[:4096] == journal_bytes[:4096]


def test_one_operation_at_a_time(qtbot: QtBot, open_session: SessionFactory) -> None:
    _window, session = open_session(encrypted=True)
    failures: list[str] = []
    session.operation_failed.connect(failures.append)
    with qtbot.waitSignal(session.passphrase_changed, timeout=WAIT_MS):
        session.change_passphrase(SESSION_PASSPHRASE, "another long passphrase")
        assert session.busy
        session.new_recovery_code(SESSION_PASSPHRASE)
    assert len(failures) == 1 and "still running" in failures[0]


def test_restoring_a_backup_reopens_the_journal_on_it(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session()
    write_in_journal(qtbot, window, "kept in the backup")
    backup = make_backup(database_path(data_dir), backups_dir(data_dir))
    write_in_journal(qtbot, window, "written after the backup")
    window.show_page(TODAY)
    with qtbot.waitSignal(session.backup_restored, timeout=WAIT_MS) as restored:
        session.restore_backup(backup.path)
    assert restored.args[0].entries == 1
    assert window.current_key == TODAY and session.is_open
    journal = session.journal
    assert isinstance(journal, Journal)
    bodies = [journal.get_entry(s.uuid).body for s in journal.list_entries(limit=10)]
    assert bodies == ["kept in the backup"]
    assert [i.reason for i in list_backups(backups_dir(data_dir))].count(BEFORE_RESTORE) == 1


def test_a_backup_that_does_not_check_out_is_refused_and_the_journal_stays(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, tmp_path: Path
) -> None:
    window, session = open_session()
    write_in_journal(qtbot, window, "still here")
    bad = tmp_path / "journal-20260101T000000Z.sqlite3"
    bad.write_bytes(b"not a journal at all" * 100)
    with qtbot.waitSignal(session.operation_failed, timeout=WAIT_MS) as failed:
        session.restore_backup(bad)
    assert "as it was" in failed.args[0]
    qtbot.waitUntil(lambda: session.is_open, timeout=WAIT_MS)
    assert window.current_key == JOURNAL
    journal = session.journal
    assert journal is not None
    assert [journal.get_entry(s.uuid).body for s in journal.list_entries(limit=5)] == ["still here"]


def test_settings_are_saved_beside_the_journal(open_session: SessionFactory, data_dir: Path) -> None:
    _window, session = open_session()
    session.set_preferences(session.preferences.with_changes(backups_kept=9))
    assert load_preferences(data_dir).backups_kept == 9
    with pytest.raises(ValueError):
        session.set_preferences(session.preferences.with_changes(backups_kept=0))
    assert load_preferences(data_dir).backups_kept == 9


def test_no_lock_while_a_new_recovery_code_is_on_screen(qtbot: QtBot, open_session: SessionFactory) -> None:
    from app.ui.privacy.recovery_code_dialog import RecoveryCodeDialog

    window, session = open_session(encrypted=True)
    dialog = RecoveryCodeDialog("0123456789ABCDEFGHJKMNPQRSTVWX", window)
    dialog.show()
    assert not session.lock() and session.is_open
    dialog.hide()
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        assert session.lock()


def test_a_damaged_journal_is_never_opened_and_the_newest_good_backup_comes_back(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    from app.ui.privacy.damaged_page import DamagedPage
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session import JournalSession
    from tests.store.test_damaged_journal import break_an_index_page, write_journal
    from tests.store.unclean import left_open_by_a_crash

    write_journal(data_dir, 400)
    make_backup(database_path(data_dir), backups_dir(data_dir))
    break_an_index_page(database_path(data_dir))
    left_open_by_a_crash(data_dir)  # a page only the full check reads: an open runs it after a crash
    damaged_bytes = database_path(data_dir).read_bytes()
    before = snapshot(data_dir, skip=UI_STATE)

    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    session = JournalSession(window, data_dir)
    window.show()
    session.start()
    qtbot.waitUntil(lambda: isinstance(window.unlock_page, DamagedPage), timeout=WAIT_MS)
    assert snapshot(data_dir, skip=UI_STATE) == before and not session.is_open
    page = window.unlock_page
    assert isinstance(page, DamagedPage)

    with qtbot.waitSignal(session.opened, timeout=WAIT_MS):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    journal = session.journal
    assert journal is not None
    assert len(journal.list_entries(limit=1000)) == 400
    kept = [p for p in data_dir.iterdir() if p.name.startswith("journal.damaged-")]
    assert [p.read_bytes() for p in kept if p.suffix == ".sqlite3"] == [damaged_bytes]
    window.close()
    QThreadPool.globalInstance().waitForDone()
    journal.close()


def open_on_damaged(qtbot: QtBot, data_dir: Path) -> tuple[Any, Any, Any]:
    """A window and its session started on a damaged journal, showing the damaged page."""
    from app.ui.privacy.damaged_page import DamagedPage
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session import JournalSession

    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    session = JournalSession(window, data_dir)
    window.show()
    session.start()
    qtbot.waitUntil(lambda: isinstance(window.unlock_page, DamagedPage), timeout=WAIT_MS)
    return window, session, window.unlock_page


def test_an_emptied_journal_file_is_damaged_and_its_backup_comes_back(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    """A journal cut to zero bytes once opened as a new, empty journal and its backups rotated out."""
    from tests.store.test_damaged_journal import write_journal

    write_journal(data_dir, 5)
    make_backup(database_path(data_dir), backups_dir(data_dir))
    database_path(data_dir).write_bytes(b"")
    before = snapshot(data_dir, skip=UI_STATE)

    window, session, page = open_on_damaged(qtbot, data_dir)
    assert snapshot(data_dir, skip=UI_STATE) == before and not session.is_open
    assert page.restore_button.isVisibleTo(page)

    with qtbot.waitSignal(session.opened, timeout=WAIT_MS):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    journal = session.journal
    assert journal is not None and journal.count_entries() == 5
    window.close()
    QThreadPool.globalInstance().waitForDone()
    journal.close()


def test_another_program_s_database_in_the_journal_s_place_brings_up_the_damaged_page(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    import sqlite3

    from tests.store.test_damaged_journal import write_journal

    write_journal(data_dir, 5)
    make_backup(database_path(data_dir), backups_dir(data_dir))
    database_path(data_dir).unlink()
    with sqlite3.connect(database_path(data_dir)) as other:
        other.execute("CREATE TABLE songs (title TEXT)")
    other.close()
    before = snapshot(data_dir, skip=UI_STATE)

    window, session, page = open_on_damaged(qtbot, data_dir)
    assert snapshot(data_dir, skip=UI_STATE) == before and not session.is_open
    assert page.restore_button.isVisibleTo(page) and message_log.names() == []
    window.close()


def test_with_no_backup_a_damaged_file_is_set_aside_and_a_new_journal_starts(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    foreign = b"not a journal at all\n" * 300
    database_path(data_dir).write_bytes(foreign)

    window, session, page = open_on_damaged(qtbot, data_dir)
    assert not page.restore_button.isVisibleTo(page) and page.start_new_button.isVisibleTo(page)

    with qtbot.waitSignal(session.opened, timeout=WAIT_MS):
        page.start_new_button.setFocus()
        qtbot.keyClick(page.start_new_button, Qt.Key.Key_Space)
    journal = session.journal
    assert journal is not None and journal.count_entries() == 0
    kept = [p for p in data_dir.iterdir() if p.name.startswith("journal.damaged-")]
    assert [p.read_bytes() for p in kept] == [foreign]  # renamed, never written
    window.close()
    QThreadPool.globalInstance().waitForDone()
    journal.close()


def test_typing_anywhere_counts_as_not_idle(qtbot: QtBot, open_session: SessionFactory) -> None:
    window, session = open_session(encrypted=True)
    session.set_preferences(session.preferences.with_changes(lock_after_minutes=1))
    session.watch_input()
    try:
        session.locking.last_input = time.monotonic() - 61  # a minute and a second without input…
        qtbot.keyClick(window, Qt.Key.Key_Shift)  # …then a key press anywhere restarts the count
        session.locking.check_idle()
        assert session.is_open
        with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
            session.idle_for_test(61)  # and without one, the same minute locks
    finally:
        session.stop_watching()


def test_quitting_while_encryption_runs_is_refused_until_it_is_done(
    qtbot: QtBot, open_session: SessionFactory, message_log: MessageLog
) -> None:
    window, session = open_session()
    with qtbot.waitSignal(session.recovery_code_ready, timeout=WAIT_MS):
        session.turn_on_encryption(SESSION_PASSPHRASE)
        assert session.busy
        assert not window.close()  # the code would otherwise never be seen
        assert message_log.names() == ["show_error"]
    assert window.isVisible() and session.is_open


def test_encrypted_but_not_reopened_still_shows_the_recovery_code(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: the reopening after a finished encryption fails once (as a full disk would)."""
    from app.ui.shell import session_open as session_module

    window, session = open_session()
    real_open = session_module.open_journal_and_catalogue
    calls: list[bool] = []

    def fail_once(data_dir: Path, key: bytes | None = None) -> object:
        if not calls:
            calls.append(True)
            raise OSError(28, "No space left on device")
        return real_open(data_dir, key)

    monkeypatch.setattr(session_module, "open_journal_and_catalogue", fail_once)
    codes: list[str] = []
    failures: list[str] = []
    session.recovery_code_ready.connect(codes.append)
    session.operation_failed.connect(failures.append)
    with qtbot.waitSignal(session.encryption_changed, timeout=WAIT_MS):
        session.turn_on_encryption(SESSION_PASSPHRASE)
    assert len(codes) == 1 and encryption.unlock_with_recovery(data_dir, codes[0])
    assert failures and "now encrypted" in failures[0]
    qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=WAIT_MS)
    unlock(qtbot, window)
    assert session.is_open and session.encrypted


def test_a_lock_waits_while_a_dialog_holds_typed_text_then_happens(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window, session = open_session(encrypted=True)
    dialog = modal_over(window)
    session.session_locked()
    assert session.is_open  # not under a dialog that may hold what was just typed…
    assert window.curtain is not None and window.curtain.hidden  # …but nothing of it shows meanwhile
    dialog.close()
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        session.locking.check_idle()  # the next tick of the idle timer
    assert not session.is_open


def test_locking_makes_the_days_backup_first(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session(encrypted=True)
    write_in_journal(qtbot, window, "worth a backup")
    key = session.data_key
    assert key is not None
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        session.lock()
    listed = list_backups(backups_dir(data_dir), encryption.keyed_connect(key))
    assert [info.entries for info in listed] == [1]


def test_no_lock_while_an_import_or_export_is_running(qtbot: QtBot, open_session: SessionFactory) -> None:
    class Working(QDialog):
        running = True

    window, session = open_session(encrypted=True)
    working = Working(window)
    window._keep(working)
    session.session_locked()
    assert session.is_open  # waiting, not stalling the window on the import's transaction
    working.running = False
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        session.locking.check_idle()


def test_the_computer_locking_during_a_restore_locks_once_the_journal_is_back(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session(encrypted=True)
    backup = make_backup(database_path(data_dir), backups_dir(data_dir), connect=session.connect_factory())
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        session.restore_backup(backup.path)
        assert not session.is_open  # closed for the restore…
        session.session_locked()  # …when the computer locks
    assert not session.is_open and window.unlock_page is not None


def test_idle_time_with_an_export_dialog_open_hides_the_window_then_locks(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window, session = open_session(encrypted=True)
    dialog = modal_over(window)
    session.idle_for_test(16 * 60)
    assert session.is_open and window.curtain is not None and window.curtain.hidden
    dialog.close()
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        session.locking.check_idle()
