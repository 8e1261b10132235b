"""A prompt and the place to answer it: the card every writing page is built around."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.form_fields import restyle
from app.ui.writing.autosave import Autosaver
from app.ui.writing.editor import MarkdownEditor

_STATUS_TEXT = {
    "saved": QT_TRANSLATE_NOOP("WritingCard", "Saved"),
    "empty": QT_TRANSLATE_NOOP("WritingCard", "Nothing written yet"),
    "editing": QT_TRANSLATE_NOOP("WritingCard", "Saving…"),
}


class WritingCard(QFrame):
    """Layout only; the Autosaver beside it decides what and when to save."""

    def __init__(self, journal: ObservedJournal, editor_name: str, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.kicker = QLabel()
        self.kicker.setObjectName("muted")
        self.kicker.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setObjectName("promptText")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("promptHint")
        self.hint.setWordWrap(True)
        self.editor = MarkdownEditor(editor_name, placeholder)
        self.prompt.setBuddy(self.editor.text_edit)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setAccessibleName(translate("WritingCard", "Save status"))
        self.status.setWordWrap(True)
        self.autosaver = Autosaver(journal, self.editor, self)
        self.autosaver.state_changed.connect(self.show_state)
        self.autosaver.failed.connect(self.show_failure)

        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.kicker)
        self.header.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addLayout(self.header)
        layout.addWidget(self.prompt)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)

    def set_prompt(self, kicker: str, text: str, hint: str = "") -> None:
        self.kicker.setText(kicker)
        self.prompt.setText(text)
        self.prompt.setAccessibleName(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def show_state(self, state: str) -> None:
        if state == "error":
            return
        self.status.setProperty("state", state)
        self.status.setText(translate("WritingCard", _STATUS_TEXT[state]) if state in _STATUS_TEXT else "")
        self._repolish()

    def show_failure(self, message: str) -> None:
        self.status.setProperty("state", "error")
        self.status.setText(translate(
            "WritingCard",
            "Not saved yet: {message} Your text is safe in this window; Trustbridge keeps trying.",
        ).format(message=message))
        self._repolish()

    def _repolish(self) -> None:
        restyle(self.status)
