"""Draws a journal row, grouped by day: the day's name in a gutter on the first row of each day.

A row reads: what it is, when, and its tags (small, muted); the question it answers (muted,
italic), or a free entry's title; then two lines of its words, wrapped, the second cut with "…".

Every row has the same height, so the list view lays out 100,000 rows without asking the model
for any of them (a Python model answers each question at ~1 µs: a view that measures rows of
different heights, such as a day header above the first row of a day, would ask 100,000 times
and miss the first-paint budget). The gutter carries the grouping instead: the first row of a
day shows "Today", "Yesterday" or "Tue" over "24 Nov", and the rows after it continue a thin line; the
topmost row on screen always repeats its day, so the date never scrolls out of sight. The height
depends on the font alone. Wrapping the words is the costly part of a paint, so the two lines are
kept per entry text and width (`_wrapped`), and the prompt comes from the model's dict.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.clock import Clock, SystemClock
from app.domain.records import EntrySummary, entry_label
from app.domain.timeline import gutter_day, written_clock
from app.ui.journal.entry_list_model import DAY_ROLE, PROMPT_ROLE, SUMMARY_ROLE, TAGS_ROLE
from app.ui.journal.entry_words import plain_preview
from app.ui.widgets import override_guard

_PAD_X = 12
_PAD_Y = 8
_GAP = 3
_PREVIEW_LINES = 2
_KEPT_WRAPS = 2000  # the wrapped lines of this many rows are kept: several screens either way
_GUTTER_NAME = "Yesterday"  # the widest name the gutter shows (bold)
_GUTTER_DATE = "30 Sep 2026"  # and the widest date (small)

Index = QModelIndex | QPersistentModelIndex


def starts_day(index: Index) -> bool:
    """Whether this row is the first (newest) of its local day, so it carries the day's name."""
    if index.row() == 0:
        return True
    day: date | None = index.data(DAY_ROLE)
    above = index.model().index(index.row() - 1, 0, index.parent())
    return day is None or above.data(DAY_ROLE) != day


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(font.pointSizeF() - 1, 7))
    return small


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic


def wrap_lines(text: str, font: QFont, width: int, lines: int = _PREVIEW_LINES) -> list[str]:
    """`text` wrapped at word boundaries into at most `lines` lines of `width` pixels, the last cut
    with "…" when there is more."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    try:
        while len(starts) < lines - 1:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart() + line.textLength())
    finally:
        layout.endLayout()
    shown: list[str] = []
    begin = 0
    for end in starts:
        shown.append(text[begin:end].rstrip())
        begin = end
        if begin >= len(text):
            break
    rest = text[begin:].strip()
    if rest:
        shown.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return shown


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None, today: date | None = None, *,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._today = today  # a fixed day (tests); otherwise the clock's today at paint time
        self._clock: Clock = clock or SystemClock()
        self._wraps: dict[tuple[str, int, str], list[str]] = {}  # (words, width, font) -> lines

    def gutter_width(self, option: QStyleOptionViewItem) -> int:
        name = QFontMetrics(_bold(option.font)).horizontalAdvance(_GUTTER_NAME)
        when = QFontMetrics(_small_font(option.font)).horizontalAdvance(_GUTTER_DATE)
        return max(name, when) + _PAD_X

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """One height for every row, from the font alone: the meta line, the prompt line and two
        lines of words (a list of 100,000 rows is laid out without asking any row)."""
        small = QFontMetrics(_small_font(option.font)).height()
        lines = QFontMetrics(option.font).lineSpacing() * _PREVIEW_LINES
        height = _PAD_Y * 2 + small + _GAP + small + _GAP + lines
        # The width is only a floor: the view stretches rows to its own width and elides the text.
        return QSize(self.gutter_width(option) + 80, height)

    def _wrapped(self, preview: str, font: QFont, width: int) -> list[str]:
        """The preview's words in lines, wrapped once per text, width and font."""
        text = preview
        key = (text, width, font.key())
        lines = self._wraps.get(key)
        if lines is None:
            if len(self._wraps) >= _KEPT_WRAPS:
                self._wraps.clear()
            lines = self._wraps[key] = wrap_lines(plain_preview(text) or "(empty)", font, width)
        return lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        override_guard.paint_or_plain(
            painter, lambda: self._paint_row(painter, option, index),
            lambda: _paint_plain(painter, option, index), f"journal list row {index.row()}'s drawing",
        )

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary: EntrySummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            if index.data(Qt.ItemDataRole.DisplayRole):  # gone, or not readable: said in plain words
                _paint_plain(painter, option, index)
            return
        rect = QRect(option.rect)
        palette: QPalette = option.palette
        font = QFont(option.font)
        gutter = QRect(rect.left(), rect.top(), self.gutter_width(option), rect.height())
        first = starts_day(index)
        self._paint_gutter(painter, option, gutter, index.data(DAY_ROLE), first, top_row=rect.top() <= 4)
        rect.setLeft(gutter.right() + 1)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(rect.adjusted(2, 1, -2, -1), 6, 6)
        inner = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        small = _small_font(font)
        small_metrics = QFontMetrics(small)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        text_color = palette.color(QPalette.ColorRole.Text)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # As written: "22:40", else "22:40 (Berlin)", "Tue 00:30 (Berlin)" under another day here.
        when = written_clock(summary, shown_day=index.data(DAY_ROLE))
        label = entry_label(summary.kind, summary.stage)
        tags = index.data(TAGS_ROLE)
        top = QRect(inner.left(), inner.top(), inner.width(), small_metrics.height())
        meta = _meta_line(label, when, tags, small_metrics, top.width())
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(top, left, small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, top.width()))

        second = QRect(inner.left(), top.bottom() + 1 + _GAP, inner.width(), small_metrics.height())
        prompt = index.data(PROMPT_ROLE)
        title = " ".join(summary.title.split())
        if prompt or title:
            line_font = _italic(small) if prompt else _bold(small)
            painter.setFont(line_font)
            painter.setPen(muted if prompt else text_color)
            painter.drawText(second, left, QFontMetrics(line_font).elidedText(
                prompt or title, Qt.TextElideMode.ElideRight, second.width()))

        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(text_color)
        y = second.bottom() + 1 + _GAP if prompt or title else second.top()  # no blank line above the words
        for text in self._wrapped(summary.preview, font, inner.width()):
            painter.drawText(QRect(inner.left(), y, inner.width(), metrics.height()), left, text)
            y += metrics.lineSpacing()

    def _paint_gutter(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                      day: date | None, first: bool, top_row: bool) -> None:
        if day is None:
            return
        palette = option.palette
        rule = palette.color(QPalette.ColorRole.PlaceholderText)
        rule.setAlpha(80)
        line_x = rect.left() + _PAD_X // 2
        if first and rect.top() > 4:  # a hairline above the day: where one day ends and the next begins
            painter.setPen(rule)
            painter.drawLine(rect.left() + 2, rect.top(), option.rect.right() - 2, rect.top())
        if not (first or top_row):  # the day goes on: a thin line down the gutter
            painter.setPen(rule)
            painter.drawLine(line_x, rect.top(), line_x, rect.bottom())
            return
        today = self._today or self._clock.today()
        name, when = gutter_day(day, today)
        bold = _bold(option.font)
        metrics = QFontMetrics(bold)
        area = QRect(rect.left() + 2, rect.top() + _PAD_Y, rect.width() - 4, metrics.height())
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, area.width()))
        small = _small_font(option.font)
        below = QRect(area.left(), area.bottom() + 1 + _GAP, area.width(), QFontMetrics(small).height())
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(small).elidedText(when, Qt.TextElideMode.ElideRight, below.width()))


def _meta_line(label: str, when: str, tags: str, metrics: QFontMetrics, width: int) -> str:
    """"Evening  ·  22:40 (Berlin)  ·  #tags"; where that is too wide (large text, a narrow list) the
    kind's name gives way before the time it was written ("Ev…  ·  Mon 00:30 (Berlin)", else
    "Mon 00:30 (Berlin)" alone)."""
    after = f"  ·  {when}" + (f"  ·  {tags}" if tags else "")
    meta = label + after
    if metrics.horizontalAdvance(meta) <= width:
        return meta
    room = width - metrics.horizontalAdvance(f"  ·  {when}")
    if room < metrics.horizontalAdvance("Ev…"):  # not even that: the time alone (the entry says what it is)
        return when + (f"  ·  {tags}" if tags else "")
    return metrics.elidedText(label, Qt.TextElideMode.ElideRight, room) + after


def _paint_plain(painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
    """A row that can't be drawn as usual: its plain words (or "date not valid"), never an error."""
    try:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or override_guard.NOT_VALID)
        rect = QRect(option.rect).adjusted(_PAD_X, 0, -_PAD_X, 0)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        text = QFontMetrics(option.font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    except Exception:  # the last resort draws nothing rather than end the process
        override_guard.report("a plain journal list row")
