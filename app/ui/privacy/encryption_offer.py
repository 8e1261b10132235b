"""The first-start offer: protect a brand-new journal with a passphrase, or not yet.

Shown once by the window, at the first start of a new journal, while there is nothing in it to
lose and turning encryption on takes a moment. Saying no is fine and costs nothing: the card says
where to find it later. Saying yes runs the same session operation as the settings dialog, with
the same passphrase form, and ends with the recovery code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QProgressBar, QVBoxLayout, QWidget

from app.ui.privacy.passphrase_form import PassphraseForm
from app.ui.privacy.recovery_code_dialog import RecoveryCodeDialog
from app.ui.privacy.settings_dialog import show_recovery_code
from app.ui.privacy.settings_layout import STILL_WORKING
from app.ui.widgets.fitted_dialog import DIALOG_MIN_WIDTH, FittedDialog, fit_to_text
from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import wrapped_label

if TYPE_CHECKING:
    from app.ui.privacy.controls import PrivacyControls

TITLE = "Protect this journal with a passphrase?"
OFFER_TEXT = (
    "What you write here can be private. With a passphrase, the journal file is unreadable to anyone "
    "who opens this computer's files or copies them; Trustbridge asks for the passphrase each time it "
    "starts. If you forget it, a recovery code you keep on paper gets you back in."
)
LATER_TEXT = "Not sure yet? That is fine. You can turn this on later in File → Settings."


class EncryptionOffer(FittedDialog):
    """Accepted once the journal is encrypted and its recovery code has been seen; rejected by "Not now"."""

    def __init__(self, session: PrivacyControls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._waiting = False
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self.setWindowTitle("Protect your journal")
        self.setAccessibleName(TITLE)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        panel, inside = card((24, 22, 24, 22), spacing=12)
        heading = wrapped_label(TITLE, "pageTitle")
        inside.addWidget(heading)
        inside.addWidget(wrapped_label(OFFER_TEXT))
        self.form = PassphraseForm(
            name="Choose a passphrase", action="Protect it", ask_current=False, ask_new=True,
            cancel="Not now", new_label="&Passphrase",
        )
        self.form.action_button.setAccessibleName("Protect it with this passphrase")
        self.form.cancel_button.setAccessibleName("Not now")
        inside.addWidget(self.form)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName("Encrypting")
        self.progress_bar.hide()
        inside.addWidget(self.progress_bar)
        self.later_label = wrapped_label(LATER_TEXT, "muted")
        self.later_label.setAccessibleName("You can turn it on later")
        inside.addWidget(self.later_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(panel)

        self.form.message_changed.connect(self._make_room)  # a message takes its own room, never the buttons
        self.form.submitted.connect(self._protect)
        self.form.cancelled.connect(self.reject)
        session.operation_failed.connect(self._on_failed)
        session.recovery_code_ready.connect(self._on_recovery_code)
        session.busy_changed.connect(self._on_busy)
        self.form.focus_first()

    def _make_room(self) -> None:
        """Grow to what the card needs now (a message, a larger text size), laid out at once so that
        nothing is ever painted over the buttons."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.setMinimumHeight(0)
        fit_to_text(self)
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed while the offer is open
            self._make_room()

    @property
    def session(self) -> PrivacyControls:
        return self._session

    @property
    def waiting(self) -> bool:
        """True while the journal is being encrypted from here."""
        return self._waiting

    def _protect(self) -> None:
        self._waiting = True
        self.form.set_busy(True, "Encrypting…")
        self.progress_bar.show()
        fit_to_text(self)
        self._session.turn_on_encryption(self.form.new_passphrase())

    def _on_busy(self, busy: bool) -> None:
        if not busy and self._waiting:
            self.form.set_busy(False)
            self.progress_bar.hide()

    def _on_failed(self, text: str) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self.form.set_busy(False)
        self.progress_bar.hide()
        self.form.say(text, self.form.new_field)
        fit_to_text(self)

    def _on_recovery_code(self, code: str) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self.form.clear()
        self.form.setEnabled(False)
        self.recovery_dialog = show_recovery_code(code, self, self._recovery_seen)

    def _recovery_seen(self) -> None:
        self.recovery_dialog = None
        self.accept()

    def reject(self) -> None:
        """"Not now", Escape or closing: only while nothing is running (its recovery code needs a home)."""
        if self._waiting:
            self.form.say(STILL_WORKING, error=False)
            return
        if self.recovery_dialog is not None:
            return
        self.form.clear()
        super().reject()


def offer_encryption(session: PrivacyControls, parent: QWidget) -> EncryptionOffer:
    """Show the offer over `parent`, modal to it, without blocking the event loop."""
    offer = EncryptionOffer(session, parent)
    offer.setWindowModality(Qt.WindowModality.WindowModal)
    offer.open()
    return offer
