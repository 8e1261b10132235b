"""File → Settings…: privacy (encryption, passphrase, recovery code, locking) and backups.

Everything here goes through the JournalSession: the dialog asks, checks what it can (the new
passphrase rule, a confirmation before the encryption comes off), shows progress while the session
works, and says the outcome in place, beside the form that asked. Settings that are not secret are
saved the moment they change; if the disk refuses, the control goes back to the saved value and
says so. The dialog is not modal, so the person can look at their journal while it is open; it
stays open while the journal is closed and reopened under it, and refuses to close while an
operation it started is running (its recovery code must have somewhere to be shown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.store.backups import backups_dir
from app.store.preferences import LOCK_AFTER_CHOICES, MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT, Preferences
from app.ui.privacy.passphrase_form import PassphraseForm
from app.ui.privacy.recovery_code_dialog import RecoveryCodeDialog
from app.ui.widgets import messages
from app.ui.widgets.flow_layout import WrapGrid, card
from app.ui.widgets.form_fields import announce, field_label, name_parts, push_button, restyle, wrapped_label

if TYPE_CHECKING:
    from app.ui.shell.session import JournalSession

TITLE = "Settings"
DIALOG_WIDTH = 640
DIALOG_HEIGHT = 640
PLAIN_STATUS = ("Your journal is not encrypted. Anyone who can use this computer's account, or gets a copy "
                "of its files, can read what you wrote.")
ENCRYPTED_STATUS = ("Your journal is encrypted. Without your passphrase or your recovery code, its files "
                    "and its backups can't be read.")
PLAIN_ABOUT = (
    "Encryption turns the journal file and its backups into unreadable data that only your passphrase "
    "opens. What it asks of you: you type the passphrase each time Trustbridge starts, and if you forget "
    "it, the only way back in is the recovery code you get when you turn it on. Exports stay plain files."
)
ENCRYPTED_ABOUT = (
    "You can change your passphrase at any time; it takes a moment, whatever the size of your journal. "
    "A new recovery code replaces the old one, which stops working."
)
LOCK_NEEDS_PASSPHRASE = ("Locking needs a passphrase to unlock with, so these settings work once your "
                         "journal is encrypted.")
TURN_OFF_DETAILS = ("After this, anyone with access to this computer's account can open the journal file "
                    "and its backups and read them. You can turn encryption on again later.")


def minutes_text(minutes: int) -> str:
    """How a lock-after choice reads in the list."""
    if minutes == 0:
        return "Never"
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


STILL_WORKING = "Still working on it. This window can close once it has finished."


class SettingsDialog(QDialog):
    """Signals: backups_requested() — the person pressed "Backups…" (the window opens that dialog)."""

    backups_requested = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pending: PassphraseForm | None = None  # the form whose operation the session is running
        self._opened_by: dict[PassphraseForm, QPushButton] = {}
        self.recovery_dialog: RecoveryCodeDialog | None = None  # while a new code is on screen
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.resize(DIALOG_WIDTH, DIALOG_HEIGHT)

        body = QWidget()
        body.setObjectName("settingsBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 20, 20, 20)
        column.setSpacing(16)
        column.addWidget(self._privacy_card())
        column.addWidget(self._locking_card())
        column.addWidget(self._backups_card())
        column.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.scroll_area.setAccessibleName("Settings")

        self.close_button = push_button("Close", "Close settings")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(20, 8, 20, 16)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the field it is typed in, never to a button
        session.busy_changed.connect(self._on_busy)
        session.operation_failed.connect(self._on_failed)
        session.encryption_changed.connect(self._on_encryption_changed)
        session.recovery_code_ready.connect(self._on_recovery_code)
        session.passphrase_changed.connect(self._on_passphrase_changed)
        self._show_state()
        self._on_busy(session.busy)

    # -- building ----------------------------------------------------------------------------

    def _privacy_card(self) -> QFrame:
        section, layout = _card("Privacy")
        self.privacy_status = wrapped_label("", "settingsStatus")
        self.privacy_status.setAccessibleName("Encryption status")
        layout.addWidget(self.privacy_status)

        self.plain_part = QWidget()
        plain = QVBoxLayout(self.plain_part)
        plain.setContentsMargins(0, 0, 0, 0)
        plain.setSpacing(10)
        plain.addWidget(wrapped_label(PLAIN_ABOUT, "muted"))
        self.turn_on_button = push_button("Turn on encryption…", "Turn on encryption")
        self.turn_on_form = PassphraseForm(
            name="Turn on encryption", action="Encrypt my journal", ask_current=False, ask_new=True,
            new_label="&Passphrase",
        )
        plain.addWidget(_left(self.turn_on_button))
        plain.addWidget(self.turn_on_form)
        layout.addWidget(self.plain_part)

        self.encrypted_part = QWidget()
        encrypted = QVBoxLayout(self.encrypted_part)
        encrypted.setContentsMargins(0, 0, 0, 0)
        encrypted.setSpacing(10)
        encrypted.addWidget(wrapped_label(ENCRYPTED_ABOUT, "muted"))
        self.change_button = push_button("Change passphrase…", "Change passphrase")
        self.recovery_button = push_button("New recovery code…", "Make a new recovery code")
        self.turn_off_button = push_button("Turn off encryption…", "Turn off encryption")
        actions = WrapGrid(spacing=10, max_columns=3)
        for button in (self.change_button, self.recovery_button, self.turn_off_button):
            actions.add(button)
        encrypted.addWidget(actions)
        self.change_form = PassphraseForm(
            name="Change passphrase", action="Change passphrase", ask_current=True, ask_new=True)
        self.recovery_form = PassphraseForm(
            name="New recovery code", action="Make a new code", ask_current=True, ask_new=False)
        self.turn_off_form = PassphraseForm(
            name="Turn off encryption", action="Turn off encryption", ask_current=True, ask_new=False)
        for form in (self.change_form, self.recovery_form, self.turn_off_form):
            encrypted.addWidget(form)
        layout.addWidget(self.encrypted_part)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: the session can't tell how far along it is
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName("Working")
        self.progress_bar.hide()
        self.progress_label = wrapped_label("", "muted")
        self.progress_label.setAccessibleName("Progress")
        self.progress_label.hide()
        self.result_label = wrapped_label("", "saveStatus")
        self.result_label.setAccessibleName("Privacy result")
        self.result_label.hide()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)

        for button, form, start in (
            (self.turn_on_button, self.turn_on_form, self._turn_on),
            (self.change_button, self.change_form, self._change),
            (self.recovery_button, self.recovery_form, self._new_code),
            (self.turn_off_button, self.turn_off_form, self._turn_off),
        ):
            self._opened_by[form] = button
            button.clicked.connect(lambda _checked=False, form=form: self._open_form(form))
            form.submitted.connect(start)
            form.cancelled.connect(lambda form=form: self._close_form(form))
            form.hide()
        return section

    def _locking_card(self) -> QFrame:
        section, layout = _card("Locking")
        self.lock_explain = wrapped_label(LOCK_NEEDS_PASSPHRASE, "muted")
        self.lock_explain.setAccessibleName("Why locking is off")
        self.lock_combo = QComboBox()
        for minutes in LOCK_AFTER_CHOICES:
            self.lock_combo.addItem(minutes_text(minutes), minutes)
        name_parts(self.lock_combo, "Lock after this long without typing or clicking")
        lock_label = field_label("&Lock after this long without typing or clicking", self.lock_combo)
        self.lock_with_computer = QCheckBox("Lock &when this computer locks")
        self.lock_with_computer.setAccessibleName("Lock when this computer locks")
        self.lock_message = wrapped_label("", "saveStatus")
        self.lock_message.setAccessibleName("Locking settings message")
        self.lock_message.hide()
        layout.addWidget(self.lock_explain)
        layout.addWidget(lock_label)
        layout.addWidget(_left(self.lock_combo))
        layout.addWidget(self.lock_with_computer)
        layout.addWidget(wrapped_label("Ctrl+L locks the journal at any time.", "muted"))
        layout.addWidget(self.lock_message)
        self.lock_combo.currentIndexChanged.connect(self._lock_after_chosen)
        self.lock_with_computer.toggled.connect(self._lock_with_computer_toggled)
        return section

    def _backups_card(self) -> QFrame:
        section, layout = _card("Backups")
        layout.addWidget(wrapped_label(
            "Trustbridge backs your journal up when you close it, at most once a day, and checks each "
            "backup before older ones are let go.", "muted"))
        self.backups_spin = QSpinBox()
        self.backups_spin.setRange(MIN_BACKUPS_KEPT, MAX_BACKUPS_KEPT)
        self.backups_spin.setKeyboardTracking(False)  # saved when typing is done, not at every digit
        name_parts(self.backups_spin, "Keep the newest automatic backups, how many")
        keep_label = field_label("&Keep the newest", self.backups_spin)
        keep_label.setWordWrap(False)  # three words beside the box: wrapping only stacks them
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(keep_label)
        row.addWidget(self.backups_spin)
        row.addWidget(QLabel("automatic backups"))
        row.addStretch(1)
        layout.addLayout(row)
        where = backups_dir(self._session.data_dir)
        layout.addWidget(wrapped_label("They are kept in this folder:", "cardHeading"))
        self.backups_path = wrapped_label(str(where), "backupsPath")
        self.backups_path.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.backups_path.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.backups_path.setAccessibleName("Backups folder")
        layout.addWidget(self.backups_path)
        self.backups_message = wrapped_label("", "saveStatus")
        self.backups_message.setAccessibleName("Backups settings message")
        self.backups_message.hide()
        layout.addWidget(self.backups_message)
        self.backups_button = push_button("&Backups…", "See and restore backups")
        self.backups_button.clicked.connect(self.backups_requested)
        layout.addWidget(_left(self.backups_button))
        self.backups_spin.valueChanged.connect(self._backups_kept_chosen)
        return section

    # -- state -------------------------------------------------------------------------------

    @property
    def session(self) -> JournalSession:
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

    # -- the forms -----------------------------------------------------------------------------

    def _open_form(self, form: PassphraseForm) -> None:
        """Show one form under its button (any other closes), the cursor in its first field."""
        for other in self._opened_by:
            if other is not form and other.isVisible():
                self._close_form(other, refocus=False)
        self.result_label.hide()
        form.clear()
        form.show()
        form.focus_first()
        self.scroll_area.ensureWidgetVisible(form)

    def _close_form(self, form: PassphraseForm, refocus: bool = True) -> None:
        form.clear()
        form.hide()
        if refocus:
            self._opened_by[form].setFocus(Qt.FocusReason.OtherFocusReason)

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
            message.setText(f"That setting could not be saved ({reason}), so it is back to what it was.")
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
        for form in self._opened_by:
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


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A settings section: a card with its heading."""
    frame, layout = card((20, 18, 20, 18))
    heading = wrapped_label(title, "cardHeading")
    heading.setAccessibleName(title)
    layout.addWidget(heading)
    return frame, layout


def _left(widget: QWidget) -> QWidget:
    """A control at its own width on the left (a stretched button or list reads oddly)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return holder


def open_settings(session: JournalSession, parent: QWidget) -> SettingsDialog:
    """Show the settings over `parent` without blocking it."""
    dialog = SettingsDialog(session, parent)
    dialog.setModal(False)
    dialog.show()
    dialog.activateWindow()
    return dialog
