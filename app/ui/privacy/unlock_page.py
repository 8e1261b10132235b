"""The unlock page: an encrypted journal opens only once its passphrase (or recovery code) is typed.

The slow key derivation (Argon2id) runs in a worker so the window stays responsive; the button
and fields are disabled meanwhile, so one answer is ever in flight. A wrong answer is said here,
in the page, and the cursor stays in the field with the text selected for retyping. A recovery
code is a one-off way back in: once it works, the page asks for a new passphrase and stores it
before the journal opens. Nothing typed here is ever logged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.passphrase import new_passphrase_problem
from app.ui.data.worker import BackgroundCall
from app.ui.widgets.centred_card import centre_card, page_card

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
NEW_PASSPHRASE = "new passphrase"
CARD_MAX_WIDTH = 560  # a reading width, not a fixed one: the card narrows with the window


class UnlockPage(QWidget):
    """Asks for the passphrase (or the recovery code, then a new passphrase). Signal: unlocked(bytes)."""

    unlocked = Signal(bytes)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAccessibleName("Unlock your journal")
        self._data_dir = data_dir
        self._mode = PASSPHRASE
        self._recovered_key: bytes | None = None  # held only between a working code and the new passphrase
        self._call: BackgroundCall | None = None

        self._build()
        self._wire()
        self._show_mode(PASSPHRASE)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel("Your journal is locked")
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)

        self.field_label = QLabel()
        self.field_label.setObjectName("cardHeading")
        self.field_label.setWordWrap(True)
        self.field = QLineEdit()
        self.field_label.setBuddy(self.field)
        # A recovery code is 30 symbols copied from paper: masked by default like the passphrase (it
        # opens the journal just the same), with a deliberate "Show" so the person can check what
        # they typed against the paper. Echo-on-edit would reveal it to anyone behind them while
        # they type, and hide it again exactly when they want to compare.
        self.show_button = QPushButton("Show")
        self.show_button.setObjectName("linkButton")
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)
        self.show_button.setAccessibleName("Show the recovery code as you type it")
        self.again_label = QLabel("&Type it again")
        self.again_label.setObjectName("cardHeading")
        self.again_label.setWordWrap(True)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName("New passphrase again")
        self.again_label.setBuddy(self.again)

        self.message = QLabel()
        self.message.setObjectName("saveStatus")
        self.message.setProperty("state", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Unlock message")
        self.message.hide()

        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("linkButton")

        card, inside = page_card(CARD_MAX_WIDTH)
        inside.addWidget(self.title)
        inside.addWidget(self.intro)
        inside.addSpacing(6)
        inside.addWidget(self.field_label)
        field_row = QHBoxLayout()
        field_row.setSpacing(8)
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.show_button)
        inside.addLayout(field_row)
        inside.addWidget(self.again_label)
        inside.addWidget(self.again)
        inside.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        inside.addLayout(buttons)

        centre_card(self, card)

    def _wire(self) -> None:
        self.field.returnPressed.connect(self.submit)
        self.show_button.toggled.connect(self._reveal)
        self.again.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button.clicked.connect(self.toggle_recovery)

    # -- what the person does --------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def busy(self) -> bool:
        return self._call is not None

    def focus_first(self) -> None:
        # setFocus() is OtherFocusReason; naming it would build every Qt enum before the first paint.
        self.field.setFocus()

    def toggle_recovery(self) -> None:
        """Swap between the passphrase and the recovery code (not once a new passphrase is due)."""
        if self.busy or self._mode == NEW_PASSPHRASE:
            return
        self._show_mode(RECOVERY if self._mode == PASSPHRASE else PASSPHRASE)
        self.focus_first()

    def submit(self) -> None:
        """Unlock (or store the new passphrase) with what is typed; the slow part runs in a worker."""
        if self.busy:
            return
        typed = self.field.text()
        if self._mode == NEW_PASSPHRASE:
            self._save_new_passphrase(typed, self.again.text())
            return
        if not typed.strip():
            what = "passphrase" if self._mode == PASSPHRASE else "recovery code"
            self._say(f"Type your {what} first.", self.field)
            return
        from app.store import encryption

        data_dir = self._data_dir
        if self._mode == PASSPHRASE:
            self._start(lambda: encryption.unlock(data_dir, typed), self._on_key, "Unlocking…")
        else:
            self._start(lambda: encryption.unlock_with_recovery(data_dir, typed), self._on_key, "Checking…")

    # -- answers ---------------------------------------------------------------------------

    def _on_key(self, result: object) -> None:
        if not isinstance(result, bytes):
            self._on_failed(TypeError("the unlock gave no key"))
            return
        if self._mode == RECOVERY:
            self._recovered_key = result
            self._show_mode(NEW_PASSPHRASE)
            self.focus_first()
            return
        self._finish(result)

    def _save_new_passphrase(self, first: str, second: str) -> None:
        problem = new_passphrase_problem(first, second)
        if problem:
            first_is_fine = not new_passphrase_problem(first, first)
            self._say(problem, self.again if first_is_fine else self.field)
            return
        key = self._recovered_key
        if key is None:  # cannot happen through the page: a new passphrase is asked only after a code
            self._show_mode(RECOVERY)
            return
        from app.store import encryption

        data_dir = self._data_dir
        self._start(lambda: encryption.change_passphrase(data_dir, key, first),
                    lambda _result: self._finish(key), "Saving…")

    def _reveal(self, shown: bool) -> None:
        """Show or mask the recovery code; the cursor stays in the field."""
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText("Hide" if shown else "Show")
        self.show_button.setAccessibleName("Hide the recovery code" if shown
                                           else "Show the recovery code as you type it")

    def _finish(self, key: bytes) -> None:
        """Forget what was typed, then hand the key on."""
        self._recovered_key = None
        self.show_button.setChecked(False)
        for field in (self.field, self.again):
            field.clear()
        self.message.hide()
        self.unlock_button.setText("Opening…")
        self.unlock_button.setEnabled(False)
        self.switch_button.setEnabled(False)
        self.field.setEnabled(False)
        self.again.setEnabled(False)
        self.unlocked.emit(key)

    def _on_failed(self, error: object) -> None:
        from app.store.errors import StoreError

        if isinstance(error, StoreError) and str(error):
            text = str(error)  # the store's own plain words: wrong passphrase, damaged key file…
        elif self._mode == NEW_PASSPHRASE:
            text = "Your new passphrase could not be saved. Your journal is unchanged; try again."
        else:
            text = "Trustbridge could not check that. Your journal is unchanged; try again."
        field = self.again if self._mode == NEW_PASSPHRASE and self.again.text() else self.field
        self._say(text, field)

    # -- the mechanics ---------------------------------------------------------------------

    def _start(self, work: Callable[[], object], done: Callable[[object], None], caption: str) -> None:
        call = BackgroundCall(work, self)
        call.finished.connect(lambda result: self._settle(call, done, result))
        call.failed.connect(lambda error: self._settle(call, self._on_failed, error))
        self._call = call
        self._set_busy(True, caption)
        call.start()

    def _settle(self, call: BackgroundCall, then: Callable[[object], None], answer: object) -> None:
        if call is not self._call:
            return
        self._call = None
        call.deleteLater()
        self._set_busy(False)
        then(answer)

    def _set_busy(self, busy: bool, caption: str = "") -> None:
        for widget in (self.field, self.again, self.switch_button, self.show_button):
            widget.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(caption if busy else self._button_text())
        if busy:
            self.message.hide()

    def _say(self, text: str, field: QLineEdit) -> None:
        """An inline message; the cursor goes back to the field, its text selected to retype."""
        self.message.setText(text)
        self.message.show()
        from app.ui.widgets.form_fields import announce  # not before the page's first paint

        announce(self.message, text)  # once shown: a hidden widget's alert is dropped
        field.setFocus()
        field.selectAll()

    def _button_text(self) -> str:
        return "Save and open" if self._mode == NEW_PASSPHRASE else "Unlock"

    def _show_mode(self, mode: str) -> None:
        self._mode = mode
        self.message.hide()
        self.field.clear()
        self.again.clear()
        self.show_button.setChecked(False)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)  # a code opens the journal too: hidden at first
        if mode == PASSPHRASE:
            self.intro.setText("Type your passphrase to open it. Until then, nothing you wrote can be read.")
            self.field_label.setText("&Passphrase")
            self.field.setAccessibleName("Passphrase")
            self.field.setPlaceholderText("")
            self.switch_button.setText("Forgot it? Use your recovery code")
            self.switch_button.setAccessibleName("Use your recovery code instead")
        elif mode == RECOVERY:
            self.intro.setText("Type the recovery code you wrote down when you turned encryption on. "
                               "Spaces, dashes and capitals do not matter. "
                               "After it works, you will choose a new passphrase.")
            self.field_label.setText("&Recovery code")
            self.field.setAccessibleName("Recovery code")
            self.field.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
            self.switch_button.setText("Use my passphrase instead")
            self.switch_button.setAccessibleName("Use your passphrase instead")
        else:
            self.intro.setText("That code worked. Now choose a new passphrase: your old one will "
                               "no longer open the journal. Your recovery code keeps working.")
            self.field_label.setText("&New passphrase")
            self.field.setAccessibleName("New passphrase")
            self.field.setPlaceholderText("")
        new = mode == NEW_PASSPHRASE
        self.again_label.setVisible(new)
        self.again.setVisible(new)
        self.switch_button.setVisible(not new)
        self.show_button.setVisible(mode == RECOVERY)
        self.unlock_button.setText(self._button_text())
        self.unlock_button.setAccessibleName(self._button_text())
