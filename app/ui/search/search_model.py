"""Search results as a list model, and the delegate that draws each hit with its snippet.

An entry's hit is headed by its label, day and title; a tool's hit by where it was written
("Check-in, 4 March: notes").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.records import EntryKind, entry_label
from app.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, where_written
from app.domain.text import first_line
from app.domain.timeline import local_time
from app.i18n import translate
from app.i18n_dates import date_words
from app.ui.widgets import override_guard

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_LINES = 2

Index = QModelIndex | QPersistentModelIndex


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into (text, is_match) runs; unbalanced markers never lose text."""
    runs: list[tuple[str, bool]] = []
    bold = False
    current = ""
    for char in snippet:
        if char in (HIGHLIGHT_START, HIGHLIGHT_END):
            if current:
                runs.append((current, bold))
            current = ""
            bold = char == HIGHLIGHT_START
        else:
            current += char
    if current:
        runs.append((current, bold))
    return runs


_MARKUP = re.compile(r"\*\*|__|~~|`+|(?:(?<=\s)|^)#{1,6}(?=\s)|(?:(?<=\s)|^)>(?=\s)")


def tidy_snippet(snippet: str) -> str:
    """One line, without the Markdown signs that read as noise outside the rendered entry."""
    return " ".join(_MARKUP.sub(" ", snippet).split())


def plain_snippet(snippet: str) -> str:
    """The snippet without its markers, on one line, for screen readers and fallbacks."""
    return tidy_snippet(snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, ""))


Today = Callable[[], date | None]


def _no_today() -> date | None:
    return None


def hit_headline(hit: SearchHit, today: date | None = None) -> str:
    """An entry's title (or first words); for a tool's words, where they were written."""
    if not hit.is_entry:
        return where_written(hit, today)
    return hit.title.strip() or first_line(plain_snippet(hit.snippet)) or translate("SearchModel", "(empty)")


def _moment(hit: SearchHit) -> datetime:
    assert isinstance(hit.when, datetime)  # an entry's hit always has its moment
    return hit.when


def hit_meta(hit: SearchHit, today: date | None = None) -> str:
    """The line above the snippet: an entry's label and day, or where a tool's words were written."""
    if not hit.is_entry:
        return where_written(hit, today)
    when = local_time(_moment(hit))  # in UTC where local time would leave the calendar
    day = date_words(when.date(), translate("SearchModel", "%a %d %b %Y"))
    return f"{entry_label(hit.kind or EntryKind.FREE, hit.stage)}  ·  {day}"


def hit_said(hit: SearchHit, today: date | None = None) -> str:
    """The whole row for a screen reader."""
    if not hit.is_entry:
        return f"{where_written(hit, today)}: {plain_snippet(hit.snippet)}"
    when = local_time(_moment(hit))
    day = date_words(when.date(), translate("SearchModel", "%d %B %Y"))
    return (f"{entry_label(hit.kind or EntryKind.FREE, hit.stage)}, {day}: {hit_headline(hit)}. "
            f"{plain_snippet(hit.snippet)}")


class SearchResultsModel(QAbstractListModel):
    """Holds one search's hits; the page replaces them all when a newer search answers.

    `today` says which year goes without saying in a where-line (the journal's clock on the page).
    """

    def __init__(self, parent: Any = None, today: Today = _no_today) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.today = today

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        try:
            return _hit_data(hit, role, self.today())
        except Exception:  # raised out of data(), it would end the process: the row shows plainly
            override_guard.report(f"search result, row {index.row()}")
            return _PLAIN_HIT if role in _WORDS else None


_WORDS = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})
_PLAIN_HIT = f"A result that can't be shown here, {override_guard.NOT_VALID}"


def _hit_data(hit: SearchHit, role: int, today: date | None) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return hit_headline(hit, today)
    if role == HIT_ROLE:
        return hit
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return hit_said(hit, today)
    if role == Qt.ItemDataRole.ToolTipRole:
        if not hit.is_entry:
            return where_written(hit, today)
        return hit.title or None
    return None


class SearchHitDelegate(QStyledItemDelegate):
    """Label and date on top, then the snippet with the matched words in bold, at most two lines."""

    PAD_X = 12
    PAD_Y = 9
    GAP = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        lines = 1 + SNIPPET_LINES
        return QSize(200, self.PAD_Y * 2 + metrics.lineSpacing() * lines + self.GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        override_guard.paint_or_plain(
            painter, lambda: self._paint_hit(painter, option, index),
            lambda: self._paint_plain(painter, option, index), f"search result row {index.row()}'s drawing",
        )

    def _paint_plain(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """The hit's headline (or "date not valid") in plain text, never an error."""
        try:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or override_guard.NOT_VALID)
            rect = QRect(option.rect).adjusted(self.PAD_X, 0, -self.PAD_X, 0)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            text = QFontMetrics(option.font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        except Exception:  # the last resort draws nothing rather than end the process
            override_guard.report("a plain search result row")

    def _paint_hit(self, painter: QPainter, option: QStyleOptionViewItem,
                   index: QModelIndex | QPersistentModelIndex) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            if index.data(Qt.ItemDataRole.DisplayRole):  # not readable: said in plain words
                self._paint_plain(painter, option, index)
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(rect.adjusted(2, 1, -2, -1), 6, 6)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        inner = rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)

        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        top = QRect(inner.left(), inner.top(), inner.width(), metrics.lineSpacing())
        model = index.model()
        today = model.today() if isinstance(model, SearchResultsModel) else None
        meta = hit_meta(hit, today)
        if hit.is_entry and hit.title.strip():
            meta = f"{meta}  ·  {hit.title.strip()}"
        meta = QFontMetrics(small).elidedText(meta, Qt.TextElideMode.ElideRight, top.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, meta)

        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        runs = snippet_runs(tidy_snippet(hit.snippet)) or [(hit_headline(hit, today), False)]
        self._paint_runs(painter, runs, font, inner.left(), top.bottom() + self.GAP, inner.width())

    @staticmethod
    def _paint_runs(painter: QPainter, runs: list[tuple[str, bool]], font: QFont,
                    left: int, top: int, width: int) -> None:
        """Word-wrap the runs over SNIPPET_LINES lines, ending with an ellipsis if text is left over."""
        bold = QFont(font)
        bold.setBold(True)
        fonts = {False: font, True: bold}
        measures = {False: QFontMetrics(font), True: QFontMetrics(bold)}
        line_height = measures[False].lineSpacing()
        words: list[tuple[str, bool]] = []
        for text, strong in runs:
            pieces = text.split(" ")
            for position, piece in enumerate(pieces):
                word = piece + (" " if position < len(pieces) - 1 else "")
                if word:
                    words.append((word, strong))
        lines: list[list[tuple[str, bool]]] = [[]]
        x = 0
        overflow = False
        for word, strong in words:
            if x and x + measures[strong].horizontalAdvance(word.rstrip()) > width:
                if len(lines) == SNIPPET_LINES:
                    overflow = True
                    break
                lines.append([])
                x = 0
            lines[-1].append((word, strong))
            x += measures[strong].horizontalAdvance(word)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for number, line in enumerate(lines):
            x = 0
            y = top + number * line_height
            for word, strong in line:
                room = max(width - x, 0)
                shown = word
                if measures[strong].horizontalAdvance(word.rstrip()) > room:
                    shown = measures[strong].elidedText(word.rstrip(), Qt.TextElideMode.ElideRight, room)
                painter.setFont(fonts[strong])
                painter.drawText(QRect(left + x, y, room, line_height), align, shown)
                x += measures[strong].horizontalAdvance(word)
            if overflow and number == len(lines) - 1:
                painter.setFont(font)
                ellipsis_x = min(x, max(width - measures[False].horizontalAdvance("…"), 0))
                painter.drawText(QRect(left + ellipsis_x, y, width - ellipsis_x, line_height), align, "…")
