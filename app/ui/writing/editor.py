"""The Markdown editor: plain text with light highlighting, a rendered preview and a word count."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import word_count
from app.i18n import translate
from app.i18n_dates import number
from app.ui.widgets import editor_style
from app.ui.writing.markdown_highlighter import MarkdownHighlighter
from app.ui.writing.safe_browser import SafeMarkdownView

PREVIEW_DEBOUNCE_MS = 250
COUNT_DEBOUNCE_MS = 150


class MarkdownEditor(QWidget):
    """Signals: text_edited() — the person changed the text (not emitted by set_text)."""

    text_edited = Signal()

    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build(name, placeholder)
        self._wire()
        editor_style.follow(self, self._use_style, self._recolour)  # Settings → Appearance

    def _build(self, name: str, placeholder: str) -> None:
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("markdownEditor")
        self.text_edit.setAccessibleName(name)
        self.text_edit.setPlaceholderText(placeholder)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text_edit.setMinimumHeight(140)
        self._highlighter = MarkdownHighlighter(self.text_edit.document())

        self.preview = SafeMarkdownView()
        self.preview.setObjectName("markdownPreview")
        self.preview.setAccessibleName(translate("MarkdownEditor", "{name} (preview)").format(name=name))
        self.preview.setMinimumHeight(140)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.text_edit)
        self._stack.addWidget(self.preview)

        self.word_label = QLabel(translate("MarkdownEditor", "{count} words").format(count=0))
        self.word_label.setObjectName("wordCount")
        self.word_label.setAccessibleName(translate("MarkdownEditor", "Word count"))
        self.preview_button = QPushButton(translate("MarkdownEditor", "Preview"))
        self.preview_button.setObjectName("segment")
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(translate("MarkdownEditor", "Show the rendered preview"))
        self.preview_button.setToolTip(
            translate("MarkdownEditor", "Show how your Markdown reads (Ctrl+Shift+P)")
        )
        self._preview_key = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        self._preview_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.word_label)
        footer.addStretch(1)
        footer.addWidget(self.preview_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._stack, 1)
        layout.addLayout(footer)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DEBOUNCE_MS)
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DEBOUNCE_MS)

    def _wire(self) -> None:
        self.preview_button.toggled.connect(self._set_preview_visible)
        self._preview_key.activated.connect(self.preview_button.toggle)
        self._preview_timer.timeout.connect(self._render_preview)
        self._count_timer.timeout.connect(self._update_count)
        self.text_edit.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        """Exactly what was typed: toPlainText() would turn no-break spaces into plain ones."""
        return self.text_edit.document().toRawText().replace("\u2029", "\n")

    def set_text(self, text: str) -> None:
        """Load text without it counting as an edit; undo history starts fresh."""
        # blockSignals rather than QSignalBlocker: PySide6 6.12's context manager over-releases None.
        was_blocked = self.text_edit.blockSignals(True)
        try:
            self.text_edit.setPlainText(text)
        finally:
            self.text_edit.blockSignals(was_blocked)
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)  # carry on where the text ends
        self._update_count()
        if self.preview_button.isChecked():
            self._render_preview()

    def focus_editor(self) -> None:
        self.preview_button.setChecked(False)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text_changed(self) -> None:
        self._count_timer.start()
        if self.preview_button.isChecked():
            self._preview_timer.start()
        self.text_edited.emit()

    def _update_count(self) -> None:
        count = word_count(self.text())
        # Not Plural.tr: the count is grouped ("8,000"; German "8.000"), and German says "Wörter" for any
        # count but one, as English does.
        self.word_label.setText(
            translate("MarkdownEditor", "1 word") if count == 1
            else translate("MarkdownEditor", "{count} words").format(count=number(count, 0))
        )

    def _render_preview(self) -> None:
        self.preview.show_markdown(self.text())

    def _use_style(self, style: editor_style.EditorStyle) -> None:
        """The chosen font and size; without the preview, its button and key are gone."""
        editor_style.use_font(self.text_edit, style)
        editor_style.use_font(self.preview, style)
        if not style.preview:
            self.preview_button.setChecked(False)
        self.preview_button.setVisible(style.preview)
        self._preview_key.setEnabled(style.preview)

    def _recolour(self) -> None:
        """Light/dark switched: highlight again in the new colours (not an edit: nothing to save)."""
        was_blocked = self.text_edit.blockSignals(True)
        try:
            self._highlighter.rehighlight()
        finally:
            self.text_edit.blockSignals(was_blocked)

    def _set_preview_visible(self, visible: bool) -> None:
        if visible:
            self._render_preview()
            self._stack.setCurrentWidget(self.preview)
        else:
            self._stack.setCurrentWidget(self.text_edit)
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if visible:
            self.preview_button.setText(translate("MarkdownEditor", "Write"))
            self.preview_button.setAccessibleName(translate("MarkdownEditor", "Back to writing"))
        else:
            self.preview_button.setText(translate("MarkdownEditor", "Preview"))
            self.preview_button.setAccessibleName(translate("MarkdownEditor", "Show the rendered preview"))
