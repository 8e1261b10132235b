"""Two texts of the ownership statement side by side, with what changed between them marked."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.text_diff import diff_html, word_diff
from app.i18n import translate
from app.ui.widgets.theme import current_palette

_MIN_WIDTH = 560
_SIDE_BY_SIDE_CHARS = 90  # narrower than this many average characters: one text above the other


def _diff_stylesheet() -> str:
    """Deleted words struck through on a warm tint, added words underlined on a cool one."""
    palette = current_palette()
    return (
        f".del {{ background-color: {palette.danger_soft}; color: {palette.text};"
        " text-decoration: line-through; }"
        f" .ins {{ background-color: {palette.accent_soft}; color: {palette.text};"
        " text-decoration: underline; }"
    )


class StatementCompareDialog(QDialog):
    """Shows an older text on the left and a newer one on the right; a plain window, never blocking."""

    def __init__(self, old_title: str, old_text: str, new_title: str, new_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StatementCompare", "Compare: {old_title} and {new_title}").format(
            old_title=old_title, new_title=new_title))
        self.setAccessibleName(translate("StatementCompare", "Compare two versions of your statement"))
        self.setMinimumWidth(_MIN_WIDTH)
        self.old_html, self.new_html = diff_html(word_diff(old_text, new_text))
        self._build(old_title, new_title)
        self._connect()
        self.resize(self._comfortable_size())
        self._arrange(self.width())

    def _build(self, old_title: str, new_title: str) -> None:
        """The widgets and their layout: the intro, the two texts, the Close button."""
        palette = current_palette()
        intro = QLabel(
            translate("StatementCompare", "Words taken out are <span "
                                          "style='background-color:{danger_soft}; "
                                          "text-decoration:line-through'>struck through</span> on the "
                                          "left; words added are <span "
                                          "style='background-color:{accent_soft}; "
                                          "text-decoration:underline'>underlined</span> on the right. "
                                          "Nothing here changes your statement.").format(
                                              danger_soft=palette.danger_soft,
                                              accent_soft=palette.accent_soft))
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setObjectName("muted")
        intro.setWordWrap(True)

        self.old_view = self._side(old_title, self.old_html)
        self.new_view = self._side(new_title, self.new_html)
        self.old_heading = self._heading(old_title, self.old_view)
        self.new_heading = self._heading(new_title, self.new_view)

        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(16)
        for heading, view in ((self.old_heading, self.old_view), (self.new_heading, self.new_view)):
            column = QVBoxLayout()
            column.setSpacing(6)
            column.addWidget(heading)
            column.addWidget(view, 1)
            self._columns.addLayout(column, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("StatementCompare", "Close the comparison"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(self._columns, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        """What the Close button and the platform's Close key do."""
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self).activated.connect(self.reject)

    @classmethod
    def show_for(cls, parent: QWidget | None, old_title: str, old_text: str, new_title: str,
                 new_text: str) -> StatementCompareDialog:
        """Open the comparison beside the workshop and return it; the person closes it when done."""
        dialog = cls(old_title, old_text, new_title, new_text, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.activateWindow()
        dialog.new_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.width())

    def _arrange(self, width: int) -> None:
        narrow = width < self.fontMetrics().averageCharWidth() * _SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def _comfortable_size(self) -> QSize:
        size = self.sizeHint()
        size.setWidth(max(size.width(), self.fontMetrics().averageCharWidth() * 130))
        size.setHeight(max(size.height(), self.fontMetrics().height() * 24))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            size.setWidth(min(size.width(), int(screen.width() * 0.9)))
            size.setHeight(min(size.height(), int(screen.height() * 0.85)))
        return size

    def _side(self, title: str, html_text: str) -> QTextBrowser:
        view = QTextBrowser()
        view.setObjectName("reader")
        view.setAccessibleName(title)
        view.setOpenLinks(False)
        view.document().setDefaultStyleSheet(_diff_stylesheet())
        view.setHtml(html_text)
        return view

    @staticmethod
    def _heading(title: str, buddy: QWidget) -> QLabel:
        label = QLabel(title)
        label.setObjectName("cardHeading")
        label.setWordWrap(True)
        label.setBuddy(buddy)
        return label
