"""Draws a journal row: the stage or kind and the date above the entry's first line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.records import EntrySummary, entry_label
from app.ui.entry_list_model import SUMMARY_ROLE, entry_headline

_PAD_X = 12
_PAD_Y = 9
_GAP = 4


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, _PAD_Y * 2 + metrics.height() * 2 + _GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        summary: EntrySummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(rect.adjusted(2, 1, -2, -1), 6, 6)
        font = option.font
        metrics = QFontMetrics(font)
        inner = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        when = summary.created_at.astimezone()
        meta = f"{entry_label(summary.kind, summary.stage)}  ·  {when:%a %d %b %Y, %H:%M}"
        small = font.__class__(font)
        small.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        top = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        meta = QFontMetrics(small).elidedText(meta, Qt.TextElideMode.ElideRight, top.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, meta)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line = QRect(inner.left(), top.bottom() + _GAP, inner.width(), metrics.height())
        text = metrics.elidedText(entry_headline(summary), Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
