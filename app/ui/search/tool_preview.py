"""The right side of Search for words found in a tool: where they were written, the words around
them, and a way to open them there."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.search import SearchHit, where_written
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.search.search_model import snippet_runs, tidy_snippet
from app.ui.widgets.form_fields import wrapped_label

OPEN_WORDS = QT_TRANSLATE_NOOP("ToolPreview", "Open where it was written")


def marked_html(snippet: str) -> str:
    """The snippet as escaped rich text, the matched words in bold."""
    runs = snippet_runs(tidy_snippet(snippet))
    return "".join(f"<b>{html.escape(text)}</b>" if strong else html.escape(text) for text, strong in runs)


class ToolHitPreview(QWidget):
    """Signals: open_requested() when the person asks to go to the words in their tool."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hit: SearchHit | None = None
        self.where_label = wrapped_label("", "promptText")
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.where_label.setAccessibleName(translate("ToolPreview", "Where it was written"))
        self.words_label = QLabel()
        self.words_label.setWordWrap(True)
        self.words_label.setTextFormat(Qt.TextFormat.RichText)
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_label.setAccessibleName(translate("ToolPreview",
                                                     "The words found, with your search words in bold"))
        self.hint_label = wrapped_label(translate(
            "ToolPreview", "Open it to read the rest, or change it, where you wrote it."),
                                        "muted")
        self.open_button = QPushButton(translate("ToolPreview", OPEN_WORDS))
        self.open_button.setAccessibleName(translate("ToolPreview", OPEN_WORDS))
        self.open_button.clicked.connect(self.open_requested)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.where_label)
        layout.addWidget(self.words_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_hit(self, hit: SearchHit, today: date | None) -> None:
        self.hit = hit
        self.where_label.setText(where_written(hit, today))
        self.words_label.setText(marked_html(hit.snippet))
