"""The settings dialog, driven from the keyboard through a real JournalSession on a temp data folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.paths import database_path
from app.store import encryption
from app.store.errors import WrongPassphrase, WrongRecoveryCode
from app.store.keys import key_file_path
from app.store.preferences import load_preferences, settings_path
from app.ui.privacy.passphrase_form import PassphraseForm
from app.ui.privacy.recovery_code_dialog import RecoveryCodeDialog
from app.ui.privacy.settings_dialog import SettingsDialog, open_settings
from tests.files import snapshot
from tests.ui.conftest import SESSION_PASSPHRASE, MessageLog, SessionFactory

NEW = "a fresh start for a new month"
WAIT_MS = 20_000  # Argon2id at 64 MiB, and a whole journal copied, on a busy two-core machine
PLAIN_HEADER = b"SQLite format 3\x00"
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)



def settings(qtbot: QtBot, open_session: SessionFactory, encrypted: bool = False) -> SettingsDialog:
    window, session = open_session(encrypted=encrypted)
    dialog = open_settings(session, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press(qtbot: QtBot, button: QAbstractButton) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def fill(qtbot: QtBot, form: PassphraseForm, *texts: str) -> None:
    """Type into the form's fields in order, Tab between them, Enter at the end, like a person."""
    assert QApplication.focusWidget() is form.fields()[0]
    for index, text in enumerate(texts):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        if index < len(texts) - 1:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def answered(qtbot: QtBot, dialog: SettingsDialog, start: Callable[[], None]) -> None:
    """Start an operation and wait until the session is done with it."""
    start()
    qtbot.waitUntil(lambda: not dialog.pending and not dialog.session.busy, timeout=WAIT_MS)


def test_turning_on_encrypts_the_folder_and_the_code_shown_unlocks_it(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, message_log: MessageLog
) -> None:
    dialog = settings(qtbot, open_session)
    assert dialog.plain_part.isVisible() and not dialog.encrypted_part.isVisible()
    assert not dialog.lock_combo.isEnabled() and dialog.lock_explain.isVisible()
    press(qtbot, dialog.turn_on_button)
    form = dialog.turn_on_form
    assert form.isVisible()

    fill(qtbot, form, "short", "short")  # the rule is checked before anything starts
    assert not dialog.session.busy and "at least 8" in form.message.text()
    assert QApplication.focusWidget() is form.new_field and form.new_field.hasSelectedText()
    form.clear()
    form.focus_first()
    fill(qtbot, form, NEW, NEW + "!")
    assert not dialog.session.busy and "not the same" in form.message.text()
    assert QApplication.focusWidget() is form.again_field
    assert not key_file_path(data_dir).exists()

    form.clear()
    form.focus_first()
    with qtbot.waitSignal(dialog.session.recovery_code_ready, timeout=WAIT_MS):
        fill(qtbot, form, NEW, NEW)
        assert dialog.session.busy and dialog.progress_label.isVisible() and not form.new_field.isEnabled()
    assert key_file_path(data_dir).exists()
    assert not database_path(data_dir).read_bytes().startswith(PLAIN_HEADER)
    code_dialog = dialog.recovery_dialog
    assert isinstance(code_dialog, RecoveryCodeDialog) and code_dialog.isVisible()
    key = encryption.unlock(data_dir, NEW)
    assert encryption.unlock_with_recovery(data_dir, code_dialog.code) == key
    assert dialog.encrypted_part.isVisible() and not dialog.plain_part.isVisible()
    assert dialog.lock_combo.isEnabled() and not dialog.lock_explain.isVisible()
    assert form.new_field.text() == "" and form.again_field.text() == ""  # nothing typed is kept
    assert "encrypted" in dialog.result_label.text()
    assert message_log.calls == []

    code_dialog.kept_box.setChecked(True)
    with qtbot.waitSignal(code_dialog.finished):
        press(qtbot, code_dialog.done_button)
    assert dialog.recovery_dialog is None and dialog.isVisible()


def test_a_wrong_current_passphrase_changes_no_file_and_says_so_beside_the_field(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, message_log: MessageLog
) -> None:
    dialog = settings(qtbot, open_session, encrypted=True)
    before = snapshot(data_dir)
    for button, form, typed in (
        (dialog.change_button, dialog.change_form, ("not it at all", NEW, NEW)),
        (dialog.recovery_button, dialog.recovery_form, ("not it at all",)),
    ):
        press(qtbot, button)
        answered(qtbot, dialog, lambda form=form, typed=typed: fill(qtbot, form, *typed))
        assert form.message.isVisible() and "Nothing was changed" in form.message.text()
        assert QApplication.focusWidget() is form.current_field and form.current_field.hasSelectedText()
        assert snapshot(data_dir) == before
    message_log.confirm = True
    press(qtbot, dialog.turn_off_button)
    answered(qtbot, dialog, lambda: fill(qtbot, dialog.turn_off_form, "not it at all"))
    assert "Nothing was changed" in dialog.turn_off_form.message.text()
    assert snapshot(data_dir) == before
    assert dialog.recovery_dialog is None and encryption.is_encrypted(data_dir)


def test_change_passphrase_the_old_one_stops_working_and_the_new_one_opens(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    dialog = settings(qtbot, open_session, encrypted=True)
    key = encryption.unlock(data_dir, SESSION_PASSPHRASE)
    press(qtbot, dialog.change_button)
    with qtbot.waitSignal(dialog.session.passphrase_changed, timeout=WAIT_MS):
        fill(qtbot, dialog.change_form, SESSION_PASSPHRASE, NEW, NEW)
    with pytest.raises(WrongPassphrase):
        encryption.unlock(data_dir, SESSION_PASSPHRASE)
    assert encryption.unlock(data_dir, NEW) == key
    assert not dialog.change_form.isVisible() and dialog.change_form.current_field.text() == ""
    assert "passphrase is changed" in dialog.result_label.text()
    assert QApplication.focusWidget() is dialog.change_button


def test_a_new_recovery_code_replaces_the_old_one(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    # The fixture's encrypted journal has a code nobody saw: start plain and turn it on here instead.
    dialog = settings(qtbot, open_session)
    session = dialog.session
    press(qtbot, dialog.turn_on_button)
    with qtbot.waitSignal(session.recovery_code_ready, timeout=WAIT_MS) as first:
        fill(qtbot, dialog.turn_on_form, NEW, NEW)
    old_code = str(first.args[0])
    assert dialog.recovery_dialog is not None
    dialog.recovery_dialog.kept_box.setChecked(True)
    dialog.recovery_dialog.accept()
    qtbot.waitUntil(dialog.isActiveWindow)

    press(qtbot, dialog.recovery_button)
    with qtbot.waitSignal(session.recovery_code_ready, timeout=WAIT_MS) as second:
        fill(qtbot, dialog.recovery_form, NEW)
    new_code = str(second.args[0])
    assert dialog.recovery_dialog is not None and dialog.recovery_dialog.code == new_code != old_code
    key = encryption.unlock(data_dir, NEW)
    assert encryption.unlock_with_recovery(data_dir, new_code) == key
    with pytest.raises(WrongRecoveryCode):
        encryption.unlock_with_recovery(data_dir, old_code)


def test_turning_off_asks_first_and_needs_the_right_passphrase(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, message_log: MessageLog
) -> None:
    dialog = settings(qtbot, open_session, encrypted=True)
    before = snapshot(data_dir)
    press(qtbot, dialog.turn_off_button)
    fill(qtbot, dialog.turn_off_form, SESSION_PASSPHRASE)  # the confirmation is answered "Cancel"
    assert message_log.names() == ["confirm"] and not dialog.session.busy
    assert "anyone with access to this computer's account" in message_log.calls[0][1][3]
    assert "stays on" in dialog.turn_off_form.message.text()
    assert snapshot(data_dir) == before

    message_log.confirm = True
    dialog.turn_off_form.focus_first()
    with qtbot.waitSignal(dialog.session.encryption_changed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.turn_off_form.current_field, Qt.Key.Key_Return)
    assert not key_file_path(data_dir).exists()
    assert database_path(data_dir).read_bytes().startswith(PLAIN_HEADER)
    assert dialog.plain_part.isVisible() and not dialog.lock_combo.isEnabled()
    assert dialog.turn_off_form.current_field.text() == ""


def test_settings_are_saved_as_they_change(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    dialog = settings(qtbot, open_session, encrypted=True)
    dialog.lock_combo.setFocus()
    qtbot.keyClick(dialog.lock_combo, Qt.Key.Key_End)  # the longest choice, from the keyboard
    assert load_preferences(data_dir).lock_after_minutes == 60
    assert dialog.session.preferences.lock_after_minutes == 60
    press(qtbot, dialog.lock_with_computer)
    assert load_preferences(data_dir).lock_when_session_locks is False

    dialog.show_section("backups")
    dialog.backups_spin.setFocus()
    dialog.backups_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.backups_spin, "12")
    qtbot.keyClick(dialog.backups_spin, Qt.Key.Key_Return)
    assert load_preferences(data_dir).backups_kept == 12
    assert not dialog.backups_message.isVisible()


def test_a_setting_that_cannot_be_saved_goes_back_and_says_why(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    dialog = settings(qtbot, open_session)
    blocker = settings_path(data_dir)
    blocker.unlink(missing_ok=True)  # the first start may have saved settings already (the welcome seen)
    blocker.mkdir()  # a folder where the settings file goes: the rename over it fails
    (blocker / "keep").write_text("x")
    dialog.show_section("backups")
    dialog.backups_spin.setFocus()
    qtbot.keyClick(dialog.backups_spin, Qt.Key.Key_Up)
    assert dialog.backups_message.isVisible() and "could not be saved" in dialog.backups_message.text()
    assert dialog.backups_spin.value() == 30 and dialog.session.preferences.backups_kept == 30


def test_backups_shows_the_folder_and_asks_for_the_backups_dialog(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    dialog = settings(qtbot, open_session)
    dialog.show_section("backups")
    assert dialog.backups_path.text() == str(data_dir / "backups")
    with qtbot.waitSignal(dialog.backups_requested):
        press(qtbot, dialog.backups_button)


def test_every_control_is_named_and_escape_closes(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    dialog = settings(qtbot, open_session, encrypted=True)

    def unnamed() -> list[str]:
        return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
                for w in dialog.findChildren(QWidget)
                if isinstance(w, INTERACTIVE) and not w.accessibleName().strip()]

    assert unnamed() == []
    for button in (dialog.change_button, dialog.recovery_button, dialog.turn_off_button):
        press(qtbot, button)
        assert unnamed() == []
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.turn_off_form.current_field.text() == ""


def test_it_fits_a_small_window_at_double_text_size(qtbot: QtBot, open_session: SessionFactory) -> None:
    dialog = settings(qtbot, open_session)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    dialog.resize(1024, 700)
    press(qtbot, dialog.turn_on_button)
    body = dialog.scroll_area.widget()
    qtbot.waitUntil(lambda: body.width() > 0)
    assert body.width() <= dialog.scroll_area.viewport().width()  # no sideways scrolling: text wraps
    for label in (dialog.privacy_status, dialog.backups_path, dialog.lock_explain):
        assert label.height() >= label.heightForWidth(label.width())


def test_escape_while_encrypting_says_why_the_window_stays(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    dialog = settings(qtbot, open_session)
    session = dialog.session
    press(qtbot, dialog.turn_on_button)
    with qtbot.waitSignal(session.recovery_code_ready, timeout=WAIT_MS):
        fill(qtbot, dialog.turn_on_form, NEW, NEW)
        assert session.busy
        dialog.reject()  # what Escape does
        assert dialog.isVisible()
        assert "Still working" in dialog.turn_on_form.message.text()
