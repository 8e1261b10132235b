"""The passphrase fields every encryption step asks for: the current one, a new one twice, or both.

One widget for the settings dialog and the first-start offer, so a passphrase is asked for, checked
(app/domain/passphrase.py) and answered the same way everywhere. The form only checks and collects:
the host starts the slow work (through the session) and says how it went with `say`. Nothing typed
here is logged, and `clear` forgets it as soon as it has been used.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.passphrase import new_passphrase_problem
from app.ui.widgets.form_fields import announce, push_button, restyle, wrapped_label


class PassphraseForm(QWidget):
    """Signals: submitted() — Enter or the action button, and what is typed passes the checks;
    cancelled() — the cancel button (hidden when `cancel` is empty); message_changed() — the message
    under the fields appeared, changed or went: a host that does not scroll makes room for it.
    """

    submitted = Signal()
    cancelled = Signal()
    message_changed = Signal()

    def __init__(
        self,
        *,
        name: str,
        action: str,
        ask_current: bool,
        ask_new: bool,
        cancel: str = "Cancel",
        new_label: str = "&New passphrase",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseForm")
        self.setAccessibleName(name)
        self._action_text = action
        self._ask_current = ask_current
        self._ask_new = ask_new

        self._build(name, action, cancel, new_label)
        self._wire()

    # -- layout ----------------------------------------------------------------------------

    def _build(self, name: str, action: str, cancel: str, new_label: str) -> None:
        self.current_field = self._field("Current passphrase")
        self.new_field = self._field(new_label.replace("&", ""))
        self.again_field = self._field(f"{new_label.replace('&', '')} again")
        self.current_label = self._label("&Current passphrase", self.current_field)
        self.new_label = self._label(new_label, self.new_field)
        self.again_label = self._label("Type it &again", self.again_field)

        self.message = wrapped_label("", "saveStatus")
        self.message.setAccessibleName(f"{name}: message")
        self.message.hide()

        self.action_button = push_button(action, action)
        self.action_button.setObjectName("primary")
        self.cancel_button = push_button(cancel or "Cancel", cancel or "Cancel")
        self.cancel_button.setVisible(bool(cancel))
        for button in (self.action_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a field submits this form, never a dialog's default

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if self._ask_current:
            layout.addWidget(self.current_label)
            layout.addWidget(self.current_field)
        if self._ask_new:
            layout.addWidget(self.new_label)
            layout.addWidget(self.new_field)
            layout.addWidget(self.again_label)
            layout.addWidget(self.again_field)
        for unused in self._unused_fields():
            unused.hide()
        for label, field in ((self.current_label, self.current_field), (self.new_label, self.new_field),
                             (self.again_label, self.again_field)):
            label.setVisible(field in self.fields())
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        for first, second in zip(self.fields(), [*self.fields()[1:], self.action_button], strict=True):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.action_button, self.cancel_button)

    def _wire(self) -> None:
        for field in (self.current_field, self.new_field, self.again_field):
            field.returnPressed.connect(self.submit)
        self.action_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)

    # -- what the host reads and does --------------------------------------------------------

    def fields(self) -> list[QLineEdit]:
        """The fields this form asks for, in the order they are filled in."""
        shown: list[QLineEdit] = []
        if self._ask_current:
            shown.append(self.current_field)
        if self._ask_new:
            shown += [self.new_field, self.again_field]
        return shown

    def current_passphrase(self) -> str:
        return self.current_field.text()

    def new_passphrase(self) -> str:
        return self.new_field.text()

    def focus_first(self) -> None:
        self.fields()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        """Check what is typed; say the first problem beside its field, or emit submitted()."""
        if not self.action_button.isEnabled():
            return
        if self._ask_current and not self.current_field.text():
            self.say("Type your current passphrase first.", self.current_field)
            return
        if self._ask_new:
            problem = new_passphrase_problem(self.new_field.text(), self.again_field.text())
            if problem:
                first_is_fine = not new_passphrase_problem(self.new_field.text(), self.new_field.text())
                self.say(problem, self.again_field if first_is_fine else self.new_field)
                return
        self._hide_message()
        self.submitted.emit()

    def say(self, text: str, field: QLineEdit | None = None, error: bool = True) -> None:
        """A message under the fields; for an error the cursor goes back to the field, its text selected."""
        self.message.setText(text)
        restyle(self.message, state="error" if error else "saved")
        self.message.show()
        self.message_changed.emit()
        announce(self.message, text)  # once shown: a hidden widget's alert is dropped
        if field is not None and field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

    def set_busy(self, busy: bool, caption: str = "") -> None:
        """While the session works: nothing can be typed or pressed twice; the button says what happens."""
        for field in self.fields():
            field.setEnabled(not busy)
        self.action_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.action_button.setText(caption if busy and caption else self._action_text)
        if busy:
            self._hide_message()

    def clear(self) -> None:
        """Forget everything typed and any message left over."""
        for field in (self.current_field, self.new_field, self.again_field):
            field.clear()
        self._hide_message()
        self.message.setText("")

    def _hide_message(self) -> None:
        if self.message.isVisibleTo(self):
            self.message.hide()
            self.message_changed.emit()

    # -- the parts -------------------------------------------------------------------------

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    @staticmethod
    def _label(text: str, buddy: QLineEdit) -> QLabel:
        label = wrapped_label(text, "cardHeading")
        label.setBuddy(buddy)
        return label

    def _unused_fields(self) -> list[QLineEdit]:
        return [f for f in (self.current_field, self.new_field, self.again_field) if f not in self.fields()]

