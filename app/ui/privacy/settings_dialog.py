"""File → Settings…: privacy (encryption, passphrase, recovery code, locking), appearance, language
and spelling, reminders, and backups, each a section of its own.

Everything here goes through the session (PrivacyControls, passed in): the dialog asks, checks what
it can (the new passphrase rule, a confirmation before the encryption comes off), shows progress
while the session works, and says the outcome in place, beside the form that asked. Settings that
are not secret are saved the moment they change; if the disk refuses, the control goes back to the
saved value and says so. The dialog is not modal, so the person can look at their journal while it
is open; it stays open while the journal is closed and reopened under it, and refuses to close
while an operation it started is running (its recovery code must have somewhere to be shown).
Its layout is in settings_layout.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app.store.backups import backups_dir
from app.store.preferences import Preferences
from app.ui.data.worker import BackgroundCall
from app.ui.privacy import journal_check
from app.ui.privacy.passphrase_form import PassphraseForm
from app.ui.privacy.recovery_code_dialog import RecoveryCodeDialog
from app.ui.privacy.settings_layout import (
    ENCRYPTED_STATUS,
    PLAIN_STATUS,
    STILL_WORKING,
    TURN_OFF_DETAILS,
    SettingsLayout,
)
from app.ui.widgets import messages
from app.ui.widgets.form_fields import announce, restyle

if TYPE_CHECKING:
    from app.ui.privacy.controls import PrivacyControls

__all__ = ["STILL_WORKING", "SettingsDialog", "open_settings", "show_recovery_code"]


class SettingsDialog(SettingsLayout):
    """Signals: backups_requested() — the person pressed "Backups…" (the window opens that dialog)."""

    backups_requested = Signal()

    def __init__(
        self, session: PrivacyControls, parent: QWidget | None = None,
        check: journal_check.CheckSource | None = None,
    ) -> None:
        super().__init__(backups_dir(session.data_dir), parent)
        self._session = session
        self._check = check  # the journal's full check, from the window (None: the card is hidden)
        self.check_call: BackgroundCall | None = None  # while "Check the journal now" runs
        self._pending: PassphraseForm | None = None  # the form whose operation the session is running
        self.recovery_dialog: RecoveryCodeDialog | None = None  # while a new code is on screen
        self._wire()
        self._show_state()
        self._on_busy(session.busy)

    def _wire(self) -> None:
        self.close_button.clicked.connect(self.reject)
        for form, start in (
            (self.turn_on_form, self._turn_on),
            (self.change_form, self._change),
            (self.recovery_form, self._new_code),
            (self.turn_off_form, self._turn_off),
        ):
            self.opened_by[form].clicked.connect(lambda _checked=False, form=form: self._open_form(form))
            form.submitted.connect(start)
            form.cancelled.connect(lambda form=form: self._close_form(form))
        self.lock_combo.currentIndexChanged.connect(self._lock_after_chosen)
        self.lock_with_computer.toggled.connect(self._lock_with_computer_toggled)
        self.backups_button.clicked.connect(self.backups_requested)
        self.backups_spin.valueChanged.connect(self._backups_kept_chosen)
        for page in self.preference_pages:
            page.change_requested.connect(lambda change, page=page: self._save(change, page.message))
        self.check_button.clicked.connect(self.check_now)
        self.check_card.setVisible(self._check is not None)
        session = self._session
        session.busy_changed.connect(self._on_busy)
        session.operation_failed.connect(self._on_failed)
        session.encryption_changed.connect(self._on_encryption_changed)
        session.recovery_code_ready.connect(self._on_recovery_code)
        session.passphrase_changed.connect(self._on_passphrase_changed)

    # -- state -------------------------------------------------------------------------------

    @property
    def session(self) -> PrivacyControls:
        return self._session

    @property
    def pending(self) -> bool:
        """True while an operation this dialog started is running."""
        return self._pending is not None

    def _show_state(self) -> None:
        """Show the parts that fit the journal as it is now, and the saved settings."""
        encrypted = self._session.encrypted
        self.privacy_status.setText(ENCRYPTED_STATUS if encrypted else PLAIN_STATUS)
        self.plain_part.setVisible(not encrypted)
        self.encrypted_part.setVisible(encrypted)
        self.lock_explain.setVisible(not encrypted)
        self.lock_combo.setEnabled(encrypted)
        self.lock_with_computer.setEnabled(encrypted)
        self._show_preferences(self._session.preferences)

    def _show_preferences(self, preferences: Preferences) -> None:
        for widget in (self.lock_combo, self.lock_with_computer, self.backups_spin):
            widget.blockSignals(True)
        index = self.lock_combo.findData(preferences.lock_after_minutes)
        self.lock_combo.setCurrentIndex(max(index, 0))
        self.lock_with_computer.setChecked(preferences.lock_when_session_locks)
        self.backups_spin.setValue(preferences.backups_kept)
        for widget in (self.lock_combo, self.lock_with_computer, self.backups_spin):
            widget.blockSignals(False)
        for page in self.preference_pages:
            page.show_preferences(preferences)

    # -- the forms -----------------------------------------------------------------------------

    def _open_form(self, form: PassphraseForm) -> None:
        """Show one form under its button (any other closes), the cursor in its first field."""
        for other in self.opened_by:
            if other is not form and other.isVisible():
                self._close_form(other, refocus=False)
        self.result_label.hide()
        self.show_section("privacy")
        form.clear()
        form.show()
        form.focus_first()
        self.settle_layout()
        self.scroll_area.ensureWidgetVisible(form)

    def settle_layout(self) -> None:
        """Lay the cards out now for what was just shown (a form, a message, a larger font), so the
        scroll to it and every wrapped label's height are right before the next paint, not after it."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _close_form(self, form: PassphraseForm, refocus: bool = True) -> None:
        form.clear()
        form.hide()
        if refocus:
            self.opened_by[form].setFocus(Qt.FocusReason.OtherFocusReason)

    def _turn_on(self) -> None:
        form = self.turn_on_form
        self._start(form, "Encrypting…", "Encrypting your journal. This can take a little while for a "
                    "large journal; keep Trustbridge open until it is done.",
                    lambda: self._session.turn_on_encryption(form.new_passphrase()))

    def _change(self) -> None:
        form = self.change_form
        self._start(form, "Changing…", "Changing your passphrase…",
                    lambda: self._session.change_passphrase(form.current_passphrase(), form.new_passphrase()))

    def _new_code(self) -> None:
        form = self.recovery_form
        self._start(form, "Making a code…", "Checking your passphrase and making a new recovery code…",
                    lambda: self._session.new_recovery_code(form.current_passphrase()))

    def _turn_off(self) -> None:
        form = self.turn_off_form
        if not messages.confirm(
            self,
            "Turn off encryption?",
            "Your journal will be stored as a plain file again.",
            TURN_OFF_DETAILS,
            "Turn off encryption",
        ):
            form.say("Encryption stays on.", error=False)
            return
        self._start(form, "Turning off…", "Removing the encryption from your journal and its backups…",
                    lambda: self._session.turn_off_encryption(form.current_passphrase()))

    def _start(self, form: PassphraseForm, caption: str, progress: str, call: Callable[[], None]) -> None:
        """Mark the form as waiting before calling: the session may answer at once."""
        self._pending = form
        form.set_busy(True, caption)
        self.progress_label.setText(progress)
        self.result_label.hide()
        call()

    def _finish(self, text: str) -> None:
        """An operation this dialog started went well: forget what was typed, say so."""
        form = self._pending
        self._pending = None
        if form is not None:
            form.set_busy(False)
            self._close_form(form, refocus=False)
        self._show_state()
        self._say_result(text)

    # -- what the session says ------------------------------------------------------------------

    def _on_busy(self, busy: bool) -> None:
        """While anything runs (from here or elsewhere), nothing here can start another."""
        for button in (self.turn_on_button, self.change_button, self.recovery_button, self.turn_off_button):
            button.setEnabled(not busy)
        ours = busy and self._pending is not None
        self.progress_label.setVisible(ours)
        self.progress_bar.setVisible(ours)
        if not busy and self._pending is not None:
            self._pending.set_busy(False)

    def _on_failed(self, text: str) -> None:
        form = self._pending
        if form is None:
            return  # another window's or dialog's operation: it says so itself
        self._pending = None
        form.set_busy(False)
        self._on_busy(self._session.busy)
        form.say(text, form.fields()[0])

    def _on_encryption_changed(self, encrypted: bool) -> None:
        if encrypted and self._pending is self.turn_on_form:
            self._show_state()  # the recovery code comes next; the form closes with it
            return
        if not encrypted and self._pending is self.turn_off_form:
            self._finish("Encryption is off. Your journal and its backups are plain files again.")
            self.turn_on_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_state()

    def _on_recovery_code(self, code: str) -> None:
        form = self._pending
        if form not in (self.turn_on_form, self.recovery_form):
            return
        if form is self.turn_on_form:
            text = ("Your journal is encrypted. From now on, Trustbridge asks for your passphrase "
                    "when it starts.")
            focus: QPushButton = self.change_button
        else:
            text = "Your new recovery code is ready. The old one no longer works."
            focus = self.recovery_button
        self._finish(text)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.recovery_dialog = show_recovery_code(code, self, self._recovery_dialog_closed)

    def _recovery_dialog_closed(self) -> None:
        self.recovery_dialog = None
        self.activateWindow()  # back to where the person was, the keyboard with it

    def _on_passphrase_changed(self) -> None:
        if self._pending is self.change_form:
            self._finish("Your passphrase is changed. Use the new one from now on; your recovery code still "
                         "works.")
            self.change_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_result(self, text: str) -> None:
        self.result_label.setText(text)
        restyle(self.result_label, state="saved")
        self.result_label.show()
        announce(self.result_label, text)  # once shown: a hidden widget's alert is dropped

    # -- checking the journal file -------------------------------------------------------------------

    def check_now(self) -> None:
        """Run the journal's full check in a worker and say what it found, under the button."""
        if self.check_call is not None or self._check is None:
            return
        work = self._check()
        if work is None:
            self._say_check(journal_check.NOT_OPEN, "error")
            return
        self.check_button.setEnabled(False)
        self._say_check(journal_check.CHECKING, "")
        call = BackgroundCall(work, self)
        call.finished.connect(self._checked)
        call.failed.connect(self._check_failed)
        self.check_call = call
        call.start()

    def _checked(self, problems: object) -> None:
        self._check_done()
        found = [str(problem) for problem in problems] if isinstance(problems, list) else []
        if found:
            self._say_check(journal_check.damage_message(found), "error")
        else:
            self._say_check(journal_check.SOUND, "saved")

    def _check_failed(self, error: object) -> None:
        self._check_done()
        self._say_check(journal_check.failed_message(error), "error")

    def _check_done(self) -> None:
        self.check_call = None
        self.check_button.setEnabled(True)

    def _say_check(self, text: str, state: str) -> None:
        self.check_message.setText(text)
        restyle(self.check_message, state=state)
        self.check_message.show()
        announce(self.check_message, text)
        self.settle_layout()

    # -- settings saved as they change ------------------------------------------------------------

    def _lock_after_chosen(self, index: int) -> None:
        minutes = self.lock_combo.itemData(index)
        if isinstance(minutes, int):
            self._save(lambda saved: saved.with_changes(lock_after_minutes=minutes), self.lock_message)

    def _lock_with_computer_toggled(self, checked: bool) -> None:
        self._save(lambda saved: saved.with_changes(lock_when_session_locks=checked), self.lock_message)

    def _backups_kept_chosen(self, kept: int) -> None:
        self._save(lambda saved: saved.with_changes(backups_kept=kept), self.backups_message)

    def _save(self, change: Callable[[Preferences], Preferences], message: QLabel) -> None:
        """Save at once; if that fails, say why and put the control back to what is saved."""
        saved = self._session.preferences
        try:
            self._session.set_preferences(change(saved))
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            message.setText(self.tr("That setting could not be saved (%s), so it is back to what it was.")
                            % reason)
            restyle(message, state="error")
            message.show()
            self._show_preferences(saved)
            return
        message.hide()

    # -- closing ------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (Escape, the Close button) unless an operation from here is running: its answer,
        perhaps a recovery code, must have somewhere to be shown."""
        if self._pending is not None and self._session.busy:
            self._pending.say(STILL_WORKING, error=False)
            return
        for form in self.opened_by:
            form.clear()
        super().reject()


def show_recovery_code(code: str, parent: QWidget, closed: Callable[[], None]) -> RecoveryCodeDialog:
    """The recovery code over `parent` (modal to it, not to the app); gone from memory once closed."""
    dialog = RecoveryCodeDialog(code, parent)

    def finished() -> None:
        closed()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def open_settings(
    session: PrivacyControls, parent: QWidget, check: journal_check.CheckSource | None = None,
    section: str = "privacy",
) -> SettingsDialog:
    """Show the settings over `parent` without blocking it, at one section ("reminders", …)."""
    dialog = SettingsDialog(session, parent, check)
    dialog.show_section(section)
    dialog.setModal(False)
    dialog.show()
    dialog.activateWindow()
    return dialog
