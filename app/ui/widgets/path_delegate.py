"""Draws the prompts of a stage with their answers, wrapped to the list's real width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_PAD_X = 10
_PAD_Y = 7
_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class PathDelegate(QStyledItemDelegate):
    """The default delegate guesses wrapped heights and then elides; this one measures."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        """The same width for measuring and drawing, with room for the list's own padding."""
        return max(self._view.viewport().width() - 2 * _PAD_X - 16, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(option.font)
        bounds = metrics.boundingRect(QRect(0, 0, self._text_width(), 100_000), int(_FLAGS), text)
        return QSize(self._text_width() + 2 * _PAD_X, bounds.height() + 2 * _PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(rect.adjusted(2, 1, -2, -1), 6, 6)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        area = QRect(rect.left() + _PAD_X, rect.top() + _PAD_Y, self._text_width(), rect.height())
        painter.drawText(area, int(_FLAGS), text)
        painter.restore()
