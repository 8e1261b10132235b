"""Mood over time, painted by hand: the overall mood as a line, the strongest feelings as dots.

Everything that depends on the data or the size is worked out once in `_layout()` (on new data,
a resize or a font change); `paintEvent` only draws what was laid out, so a repaint stays
proportional to the number of check-ins and never re-reads anything.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.emotions import EmotionCatalogue, strongest
from app.domain.timeline import local_date, local_day_start, shift_day
from app.domain.workbench import EmotionRating, MoodCheck
from app.i18n import translate
from app.ui.feelings.mood_words import (
    CANT_DRAW,
    EMPTY_NONE,
    EMPTY_ONE,
    MOOD_WORDS,
    describe_check,
    short_date,
    trend_summary,
)
from app.ui.widgets import override_guard
from app.ui.widgets.theme import Palette, current_palette

DOTS_PER_CHECK = 3

# One hue per family, in a deeper shade for light backgrounds and a lighter one for dark.
_FAMILY_COLOURS: dict[str, tuple[str, str]] = {
    "anger": ("#c0392b", "#f08a7e"),
    "fear": ("#8e5bb5", "#c6a2e6"),
    "sadness": ("#2f6fb0", "#7fb3e8"),
    "shame": ("#b0527e", "#e79abf"),
    "overwhelm": ("#8a7a2e", "#d9c56c"),
    "hope": ("#2e8b57", "#7dd3a0"),
    "relief": ("#1f8a8a", "#76d1d1"),
    "determination": ("#c0701f", "#f0b070"),
}
_OTHER_FAMILY = "other"


def is_dark(palette: Palette) -> bool:
    return QColor(palette.window).lightness() < 128


def family_colour(key: str, palette: Palette) -> QColor:
    """The colour of a family's dots, readable on this palette's background."""
    pair = _FAMILY_COLOURS.get(key)
    if pair is None:
        return QColor(palette.muted)
    return QColor(pair[1] if is_dark(palette) else pair[0])


# Days between date labels: as many as fit, up to one label a millennium for check-ins that
# span the whole calendar (an old import).
_DATE_STEPS = (1, 2, 3, 7, 14, 28, 56, 91, 182, 365, 730, 1826, 3652, 18262, 36524, 365242)
_FIRST_INSTANT = datetime.min.replace(tzinfo=UTC)
_LAST_INSTANT = datetime.max.replace(tzinfo=UTC)


def _moved(moment: datetime, by: timedelta) -> datetime:
    """`moment` moved by `by`, held at the first or last instant the calendar has."""
    try:
        return moment + by
    except OverflowError:
        return _LAST_INSTANT if by > timedelta(0) else _FIRST_INSTANT


@dataclass(frozen=True, slots=True)
class _Dot:
    centre: QPointF
    radius: float
    family: str


@dataclass(frozen=True, slots=True)
class _Label:
    rect: QRectF
    text: str


@dataclass(frozen=True, slots=True)
class _LegendItem:
    rect: QRectF  # the whole item: sample then words
    kind: str  # "line", "meeting" or a family key
    text: str


class MoodChart(QWidget):
    """The feelings chart: no signals; feed it with `set_data` whenever the journal changes."""

    def __init__(self, emotions: EmotionCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emotions = emotions
        self._checks: list[MoodCheck] = []
        self._strong: list[list[EmotionRating]] = []  # each check-in's strongest feelings
        self._meetings: list[datetime] = []
        self._meetings_in_view: list[datetime] = []
        self.setAccessibleName(translate("MoodChart", "Mood over time chart"))
        self.setAccessibleDescription(trend_summary([]))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader can read it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._plot = QRectF()  # this and what follows: laid out by _layout()
        self._band = QRectF()
        self._points: list[QPointF] = []
        self._xs: list[float] = []
        self._line = QPainterPath()
        self._dots: list[_Dot] = []
        self._dot_labels: list[_Label] = []
        self._meeting_xs: list[float] = []
        self._meeting_labels: list[_Label] = []
        self._x_labels: list[_Label] = []
        self._x_ticks: list[float] = []
        self._y_labels: list[_Label] = []
        self._band_label = _Label(QRectF(), "")
        self._legend: list[_LegendItem] = []
        self._empty_text = EMPTY_NONE
        self._broken = False  # the data could not be laid out: CANT_DRAW is shown instead

    # -- data ------------------------------------------------------------------------------

    def set_data(self, checks: Sequence[MoodCheck], meetings: Sequence[datetime]) -> None:
        """Show these check-ins (any order) and mark these meeting moments (any order)."""
        self._checks = sorted(checks, key=lambda c: c.at)
        self._strong = [strongest(check.emotions, DOTS_PER_CHECK) for check in self._checks]
        self._meetings = sorted(meetings)
        self._layout()
        self.setAccessibleDescription(trend_summary(self._checks, self._meetings_in_view))
        self.update()

    @property
    def check_count(self) -> int:
        return len(self._checks)

    @property
    def meetings_shown(self) -> int:
        """How many meeting lines fall inside the chart's dates (and so are drawn)."""
        return len(self._meetings_in_view)

    @property
    def points(self) -> list[QPointF]:
        """Where each check-in's mood is drawn, oldest first (empty until there is a line)."""
        return list(self._points)

    @property
    def is_empty(self) -> bool:
        return len(self._checks) < 2 or self._broken

    @property
    def empty_text(self) -> str:
        return translate("MoodWords", self._empty_text) if self.is_empty else ""

    # -- Qt --------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        height = round(QFontMetricsF(self.font()).height())
        return QSize(40 * height, 20 * height)

    def minimumSizeHint(self) -> QSize:
        height = round(QFontMetricsF(self.font()).height())
        return QSize(12 * height, 12 * height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self._layout()
            self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = current_palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.surface))
        if self.hasFocus():
            painter.setPen(QPen(QColor(palette.focus), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        try:
            if self.is_empty:  # the mood scale with no line yet; nothing when the data can't be laid out
                if not self._broken:
                    self._paint_scale(painter, palette)
            else:
                self._paint_axes(painter, palette)
                self._paint_meetings(painter, palette)
                self._paint_line(painter, palette)
                self._paint_dots(painter, palette)
                self._paint_legend(painter, palette)
        except Exception:  # raised out of paintEvent, it would end the process
            override_guard.report("the mood chart's drawing")
        finally:
            painter.end()

    # -- layout (runs on data, size or font changes; painting only reads what it leaves) ---

    def _layout(self) -> None:
        """Lay out, or, if the data can't be laid out, say so in place of the chart (never raise:
        this runs inside Qt's resize and change events, where an exception ends the process)."""
        try:
            self._lay_out()
        except Exception:
            override_guard.report("the mood chart")
            self._clear_layout()
            self._empty_text = CANT_DRAW
            self._broken = True

    def _clear_layout(self) -> None:
        self._points, self._xs, self._dots, self._dot_labels = [], [], [], []
        self._meeting_xs, self._meeting_labels, self._x_labels, self._x_ticks = [], [], [], []
        self._y_labels, self._legend = [], []
        self._line = QPainterPath()
        self._meetings_in_view = []

    def _lay_out(self) -> None:
        self._clear_layout()
        self._broken = False
        self._empty_text = EMPTY_ONE if len(self._checks) == 1 else EMPTY_NONE
        if self.is_empty:
            self._lay_out_empty()
            return
        start, end = self._time_range()
        self._meetings_in_view = [m for m in self._meetings if start <= m <= end]
        metrics = QFontMetricsF(self.font())
        line_h = metrics.height()
        pad = max(12.0, line_h * 0.8)
        dot_r = max(3.5, line_h * 0.22)
        row_h = 2 * dot_r + 3

        legend_bottom = self._layout_legend(metrics, pad, dot_r)
        band_word = translate("MoodChart", "Strongest")
        y_label_w = max(metrics.horizontalAdvance(w) for w in (*MOOD_WORDS.values(), band_word)) + 10
        left, right = pad + y_label_w, self.width() - pad
        if right - left < 40:
            return
        span = (end - start).total_seconds()

        def x_of(moment: datetime) -> float:
            return left + (moment - start).total_seconds() / span * (right - left)

        self._xs = [x_of(check.at) for check in self._checks]
        labelled = self._dot_labels_fit(metrics)
        band_h = DOTS_PER_CHECK * row_h + (line_h + 2 if labelled else 0) + 4
        band_bottom = self.height() - pad - (line_h + 8)  # the dates go under the band
        band_top = band_bottom - band_h
        plot_top = legend_bottom + line_h + 6  # room for the meeting labels above the plot
        plot_bottom = band_top - line_h  # the band's own label sits clear of "Very low"
        if plot_bottom - plot_top < 40:
            self._xs = []
            return
        self._plot = QRectF(left, plot_top, right - left, plot_bottom - plot_top)
        self._band = QRectF(left, band_top, right - left, band_h)

        def y_of(mood: int) -> float:
            return plot_bottom - (max(1, min(5, mood)) - 1) / 4 * (plot_bottom - plot_top)

        for mood, word in MOOD_WORDS.items():
            y = y_of(mood)
            text = word if mood in (1, 5) else str(mood)
            self._y_labels.append(_Label(QRectF(pad, y - line_h / 2, y_label_w - 10, line_h), text))
        self._band_label = _Label(QRectF(pad, band_top + 2, y_label_w - 10, line_h), band_word)

        for check, x, strong in zip(self._checks, self._xs, self._strong, strict=True):
            point = QPointF(x, y_of(check.mood))
            if self._points:
                self._line.lineTo(point)
            else:
                self._line.moveTo(point)
            self._points.append(point)
            for row, rating in enumerate(strong):
                radius = dot_r * (0.6 + 0.1 * max(1, min(5, rating.intensity)))
                centre = QPointF(x, band_top + 2 + dot_r + row * row_h)
                self._dots.append(_Dot(centre, radius, self._family_key(rating.name)))
            if labelled and strong:
                width = metrics.horizontalAdvance(strong[0].name)
                top = band_top + 2 + DOTS_PER_CHECK * row_h
                self._dot_labels.append(_Label(QRectF(x - width / 2, top, width, line_h), strong[0].name))

        self._layout_meetings(metrics, x_of, plot_top - line_h - 4)
        self._layout_dates(metrics, start, end, x_of, band_bottom + 6)

    def _lay_out_empty(self) -> None:
        """Only the mood scale, where the line will go. What to do first is said once, in words, by
        whoever shows the chart (its `empty_text`), never painted here a second time."""
        line_h = QFontMetricsF(self.font()).height()
        pad = max(12.0, line_h * 0.8)
        label_w = max(QFontMetricsF(self.font()).horizontalAdvance(w) for w in MOOD_WORDS.values())
        plot = QRectF(pad + label_w + 10, pad + line_h / 2, 0, 0)
        plot.setBottomRight(QPointF(self.width() - pad, self.height() - pad - line_h / 2))
        if plot.width() >= 40 and plot.height() >= 40:
            self._plot = plot
            for mood, word in MOOD_WORDS.items():
                y = plot.bottom() - (mood - 1) / 4 * plot.height()
                text = word if mood in (1, 5) else str(mood)
                self._y_labels.append(_Label(QRectF(pad, y - line_h / 2, label_w, line_h), text))

    def _family_key(self, name: str) -> str:
        family = self._emotions.family_of(name)
        return family.key if family else _OTHER_FAMILY

    def _time_range(self) -> tuple[datetime, datetime]:
        """From the first check-in to the last, with a little air on both sides."""
        start, end = self._checks[0].at, self._checks[-1].at
        air = max(end - start, timedelta(hours=12)) * 0.04
        return _moved(start, -air), _moved(end, air)

    def _layout_legend(self, metrics: QFontMetricsF, pad: float, dot_r: float) -> float:
        """Legend items flow left to right and wrap; returns the y where the legend ends."""
        families_seen = {self._family_key(r.name) for strong in self._strong for r in strong}
        items: list[tuple[str, str]] = [("line", translate("MoodChart", "Overall mood"))]
        if self._meetings_in_view:
            items.append(("meeting", translate("MoodChart", "Check-in meeting")))
        names = {family.key: family.name for family in self._emotions.families}
        for key in sorted(families_seen, key=lambda k: list(names).index(k) if k in names else len(names)):
            items.append((key, names.get(key, "Other feelings")))
        sample_w = max(18.0, dot_r * 4)
        x, y = pad, pad
        line_h = metrics.height()
        for kind, text in items:
            width = sample_w + 6 + metrics.horizontalAdvance(text)
            if x > pad and x + width > self.width() - pad:
                x, y = pad, y + line_h + 4
            self._legend.append(_LegendItem(QRectF(x, y, width, line_h), kind, text))
            x += width + 18
        return y + line_h + 8

    def _dot_labels_fit(self, metrics: QFontMetricsF) -> bool:
        """Name each check-in's strongest feeling under its dots only when every name fits."""
        widest = max((metrics.horizontalAdvance(s[0].name) for s in self._strong if s), default=0.0)
        if widest == 0:
            return False
        return all(b - a >= widest + 8 for a, b in zip(self._xs, self._xs[1:], strict=False))

    def _layout_meetings(self, metrics: QFontMetricsF, x_of: Callable[[datetime], float],
                         label_y: float) -> None:
        last_right = -1e9
        for moment in self._meetings_in_view:
            x = x_of(moment)
            self._meeting_xs.append(x)
            width = metrics.horizontalAdvance(translate("MoodChart", "Check-in"))
            rect = QRectF(x - width / 2, label_y, width, metrics.height())
            rect.moveLeft(max(self._plot.left(), min(rect.left(), self._plot.right() - width)))
            if rect.left() > last_right + 6:  # skip labels that would overlap; the line stays
                self._meeting_labels.append(_Label(rect, translate("MoodChart", "Check-in")))
                last_right = rect.right()

    def _layout_dates(self, metrics: QFontMetricsF, start: datetime, end: datetime,
                      x_of: Callable[[datetime], float], y: float) -> None:
        """Date labels along the bottom at local midnights, as many as fit without touching."""
        first, last = local_date(start), local_date(end)
        years = first.year != last.year
        gap = metrics.horizontalAdvance("  ")
        sample = metrics.horizontalAdvance(short_date(date(2000, 12, 28), years)) + gap
        fits = max(1, int(self._plot.width() // sample))
        days = (last - first).days + 1
        step = next((c for c in _DATE_STEPS if days / c <= fits), _DATE_STEPS[-1])
        day: date | None = first
        last_right = -1e9
        while day is not None and day <= last:
            shown, moment = day, local_day_start(day)  # local midnight, DST-aware
            following = shift_day(day, step)
            day = following if following > shown else None  # None past the calendar's last day
            if not start <= moment <= end:
                continue
            x = x_of(moment)
            text = short_date(shown, years)
            width = metrics.horizontalAdvance(text)
            left = min(max(x - width / 2, 0.0), self.width() - width - 2)  # kept inside, not dropped
            if left < last_right + gap:
                continue
            self._x_ticks.append(x)
            self._x_labels.append(_Label(QRectF(left, y, width, metrics.height()), text))
            last_right = left + width

    # -- painting --------------------------------------------------------------------------

    def _paint_scale(self, painter: QPainter, palette: Palette) -> None:
        painter.setPen(QPen(QColor(palette.border), 1))
        for label in self._y_labels:
            y = label.rect.center().y()
            painter.drawLine(QPointF(self._plot.left(), y), QPointF(self._plot.right(), y))
        painter.setPen(QColor(palette.muted))
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in self._y_labels:
            painter.drawText(label.rect, right, label.text)

    def _paint_axes(self, painter: QPainter, palette: Palette) -> None:
        self._paint_scale(painter, palette)
        painter.setPen(QPen(QColor(palette.border_strong), 1))
        painter.drawLine(self._band.topLeft(), self._band.topRight())
        painter.drawLine(self._band.bottomLeft(), self._band.bottomRight())
        for x in self._x_ticks:
            painter.drawLine(QPointF(x, self._band.bottom()), QPointF(x, self._band.bottom() + 4))
        painter.setPen(QColor(palette.muted))
        painter.drawText(self._band_label.rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         self._band_label.text)
        centre = int(Qt.AlignmentFlag.AlignCenter)
        for label in self._x_labels:
            painter.drawText(label.rect, centre, label.text)

    def _paint_meetings(self, painter: QPainter, palette: Palette) -> None:
        pen = QPen(QColor(palette.accent_text), 1.4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for x in self._meeting_xs:
            painter.drawLine(QPointF(x, self._plot.top() - 2), QPointF(x, self._band.bottom()))
        painter.setPen(QColor(palette.accent_text))
        for label in self._meeting_labels:
            painter.drawText(label.rect, int(Qt.AlignmentFlag.AlignCenter), label.text)

    def _paint_line(self, painter: QPainter, palette: Palette) -> None:
        accent = QColor(palette.accent)
        painter.setPen(QPen(accent, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._line)
        radius = 4.0 if len(self._points) <= 60 else 2.5
        painter.setPen(QPen(QColor(palette.surface), 1.5))
        painter.setBrush(accent)
        for point in self._points:
            painter.drawEllipse(point, radius, radius)

    def _paint_dots(self, painter: QPainter, palette: Palette) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        colours: dict[str, QColor] = {}
        for dot in self._dots:
            colour = colours.get(dot.family)
            if colour is None:
                colour = colours[dot.family] = family_colour(dot.family, palette)
            painter.setBrush(colour)
            painter.drawEllipse(dot.centre, dot.radius, dot.radius)
        painter.setPen(QColor(palette.text_soft))
        for label in self._dot_labels:
            painter.drawText(label.rect, int(Qt.AlignmentFlag.AlignCenter), label.text)

    def _paint_legend(self, painter: QPainter, palette: Palette) -> None:
        for item in self._legend:
            rect = item.rect
            mid = rect.center().y()
            sample = QRectF(rect.left(), rect.top(), max(18.0, rect.height() * 0.9), rect.height())
            if item.kind == "line":
                painter.setPen(QPen(QColor(palette.accent), 2.4))
                painter.drawLine(QPointF(sample.left(), mid), QPointF(sample.right(), mid))
            elif item.kind == "meeting":
                painter.setPen(QPen(QColor(palette.accent_text), 1.4, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(sample.center().x(), rect.top()), QPointF(sample.center().x(),
                                                                                  rect.bottom()))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(family_colour(item.kind, palette))
                radius = rect.height() * 0.22
                painter.drawEllipse(QPointF(sample.center().x(), mid), radius, radius)
            painter.setPen(QColor(palette.text_soft))
            text_rect = QRectF(sample.right() + 6, rect.top(), rect.right() - sample.right() - 6 + 2,
                               rect.height())
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             item.text)

    # -- tooltips --------------------------------------------------------------------------

    def _tooltip_at(self, x: float, y: float) -> str:
        """The check-in nearest the pointer, in words; found by bisection, not by scanning."""
        if self.is_empty or not self._xs or not self._plot.top() - 8 <= y <= self._band.bottom() + 4:
            return ""
        index = bisect.bisect_left(self._xs, x)
        candidates = [i for i in (index - 1, index) if 0 <= i < len(self._xs)]
        nearest = min(candidates, key=lambda i: abs(self._xs[i] - x))
        if abs(self._xs[nearest] - x) > 14:
            return ""
        return describe_check(self._checks[nearest])

