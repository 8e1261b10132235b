"""A month calendar for the journal: which days hold writing, a mood check-in or a check-in meeting.

Marks come from TimelineStore.month_marks, one grouped query bounded by the month (about 5 ms at
100,000 entries), so they are read directly when the month changes rather than in a worker.
Every mark is also said in words: in the legend, in the line under the calendar and in the
calendar's accessible description, so nothing depends on seeing a colour.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QLabel, QVBoxLayout, QWidget

from app.domain.changes import Area, Change
from app.domain.timeline import DayMarks, marks_words
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.mood_chart import is_dark
from app.ui.feelings.mood_words import MOOD_WORDS
from app.ui.widgets import override_guard
from app.ui.widgets.theme import current_palette

# Low to high, a deeper shade for light backgrounds and a lighter one for dark (as the mood chart).
_MOOD_COLOURS: dict[int, tuple[str, str]] = {
    1: ("#b5412f", "#f08a7e"),
    2: ("#c0701f", "#f0b070"),
    3: ("#8a7a2e", "#d9c56c"),
    4: ("#4f8a3a", "#9bd47f"),
    5: ("#2e8b57", "#7dd3a0"),
}

LEGEND = (
    "A dot under a day means you wrote that day (more dots, more entries). A bar at the left is "
    "your mood check-in, from warm (low) to green (high). A ring in the corner is a check-in "
    "meeting. Press Enter or click a day to show its entries."
)


def mood_colour(mood: int) -> QColor:
    """The mark colour for a 1–5 mood, readable on the current palette's background."""
    pair = _MOOD_COLOURS.get(mood, _MOOD_COLOURS[3])
    return QColor(pair[1] if is_dark(current_palette()) else pair[0])


def describe_day(marks: DayMarks | None, day: date) -> str:
    """The selected day's marks in words, with the mood's name: "…, mood 2 of 5 (low), …"."""
    text = marks_words(marks, day)
    if marks is not None and marks.mood is not None:
        word = MOOD_WORDS.get(marks.mood, "").lower()
        text = text.replace(f"mood {marks.mood} of 5", f"mood {marks.mood} of 5 ({word})")
    return text


# What the marks show: a day's entries, its mood check-in, a check-in meeting.
MARKED_AREAS = frozenset({Area.ENTRY, Area.MOOD, Area.CHECKIN})

_DATE_TROUBLE = (OverflowError, ValueError)
"""What date arithmetic at the ends of the calendar raises."""


def _to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _day_in_cell(day: QDate) -> date | None:
    """A grid cell's day, or None for the days before year 1 that January of year 1 shows."""
    return _to_date(day) if 1 <= day.year() <= 9999 else None


class MarkedCalendar(QCalendarWidget):
    """QCalendarWidget that paints each day's marks over the usual cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: dict[date, DayMarks] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # "M T W": three-letter names would make the calendar too wide for the column at large text.
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setNavigationBarVisible(True)
        self.setDateEditEnabled(False)
        # The days `date` can name (Qt's own range starts in 4714 BC): an entry from year 1 is
        # reachable, and no month before it can be asked for.
        self.setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31))
        self._calm_weekends()
        self._name_parts()

    def _calm_weekends(self) -> None:
        """Qt paints Saturdays and Sundays red; in a journal red reads as a warning, so they are
        drawn like any other day (a weekend is not something that went wrong)."""
        plain = QTextCharFormat()
        plain.setForeground(QColor(current_palette().text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, plain)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switch (Settings, or the system's light/dark) re-styles the whole app: the
        weekends' colour set above is redone, or they'd keep the old theme's text on the new."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._calm_weekends()

    def _name_parts(self) -> None:
        """QCalendarWidget's own buttons and grid come unnamed; a screen reader needs their names."""
        names = {
            "qt_calendar_calendarview": "Days of the month",
            "qt_calendar_prevmonth": "Previous month",
            "qt_calendar_nextmonth": "Next month",
            "qt_calendar_monthbutton": "Choose the month",
            "qt_calendar_yearbutton": "Choose the year",
            "qt_calendar_yearedit": "Year",
            "qt_spinbox_lineedit": "Year",
            "qt_tableview_cornerbutton": "Days of the month, corner",
        }
        for child in self.findChildren(QWidget):
            name = names.get(child.objectName())
            if name is None and isinstance(child, QHeaderView):
                name = "Day names"
            if name:
                child.setAccessibleName(name)

    def minimumSizeHint(self) -> QSize:
        """Cells tall enough to carry a mark above and below the day's number at any text size."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.fontMetrics().height() * 13))

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        super().paintCell(painter, rect, day)
        shown = _day_in_cell(day)
        marks = self.marks.get(shown) if shown is not None else None
        if marks is None or marks.empty:
            return
        painter.save()
        try:
            self._paint_marks(painter, rect, marks)
        except Exception:  # raised out of paintCell, it would end the process: the cell stays plain
            override_guard.report(f"the calendar's marks for {shown}")
        finally:
            painter.restore()

    def _paint_marks(self, painter: QPainter, rect: QRect, marks: DayMarks) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        unit = max(3.0, min(rect.width(), rect.height()) / 9)
        if marks.mood is not None:
            bar = QRectF(rect.left() + 3, rect.top() + rect.height() * 0.2, unit * 0.8, rect.height() * 0.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mood_colour(marks.mood))
            painter.drawRoundedRect(bar, unit * 0.35, unit * 0.35)
        if marks.entries:
            dots = min(marks.entries, 3)
            gap = unit * 1.5
            left = rect.center().x() - gap * (dots - 1) / 2
            y = rect.bottom() - unit * 0.9
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Link))
            for n in range(dots):
                painter.drawEllipse(QRectF(left + gap * n - unit / 2, y - unit / 2, unit, unit))
        if marks.meetings:
            size = unit * 2
            ring = QRectF(rect.right() - size - 3, rect.top() + 2, size, size)
            pen = QPen(palette.color(QPalette.ColorRole.Text))
            pen.setWidthF(max(1.2, unit / 3))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(ring)


class CalendarPanel(QWidget):
    """The calendar with its legend and the chosen day in words. Signal: day_chosen(date)."""

    day_chosen = Signal(object)

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.calendar = MarkedCalendar()
        self.calendar.setAccessibleName("Journal calendar")
        self.calendar.setToolTip("Arrow keys move between days, Page Up and Page Down between months")
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload_marks())
        self.calendar.selectionChanged.connect(self._describe_selection)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        self.day_label = QLabel()
        self.day_label.setObjectName("muted")
        self.day_label.setWordWrap(True)
        self.day_label.setAccessibleName("Chosen day")
        self.legend = QLabel()
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName("What the calendar's marks mean")
        self.legend.setAccessibleDescription(LEGEND)
        self.legend.setToolTip(LEGEND)
        self._draw_legend()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.calendar)
        layout.addWidget(self.day_label)
        layout.addWidget(self.legend)
        journal.changes.connect(self._on_change)
        self.reload_marks()

    def _on_change(self, change: Change) -> None:
        """An entry, a mood check-in or a meeting changed anywhere (or everything did): re-mark."""
        if change.wholesale or change.touches(MARKED_AREAS):
            self.reload_marks()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light and dark have their own mark colours
            self._draw_legend()

    def _draw_legend(self) -> None:
        """One line of keys drawn in the marks' own colours; the full sentence is its tooltip."""
        link = self.palette().color(QPalette.ColorRole.Link).name()
        low, high = mood_colour(1).name(), mood_colour(5).name()
        self.legend.setText(
            f"<span style='color:{link}'>●</span>&nbsp;you wrote &nbsp; "
            f"<span style='color:{low}'>▌</span><span style='color:{high}'>▌</span>&nbsp;mood, low to high"
            " &nbsp; ○&nbsp;check-in meeting"
        )

    @property
    def marks(self) -> dict[date, DayMarks]:
        return self.calendar.marks

    def selected_day(self) -> date:
        return _to_date(self.calendar.selectedDate())

    def show_day(self, day: date) -> None:
        """Follow the list: select the day (turning the month if needed) without choosing it."""
        wanted = QDate(day.year, day.month, day.day)
        if self.calendar.selectedDate() != wanted:
            self.calendar.setSelectedDate(wanted)

    def reload_marks(self) -> None:
        """Read the shown month's marks again (entries saved or deleted, a check-in changed)."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        try:
            marks = self._journal.read(lambda j: j.timeline.month_marks(year, month), None)
        except _DATE_TROUBLE:  # a month at the edge of the calendar: the list still shows every entry
            override_guard.report("the calendar's marks")
            self._no_marks(f"This month's marks couldn't be worked out ({override_guard.NOT_VALID}).")
            return
        if marks is None:  # the status line says why
            self._no_marks("The calendar's marks couldn't be read just now.")
            return
        self.calendar.marks = marks
        self.calendar.updateCells()
        self._describe_selection()

    def _no_marks(self, why: str) -> None:
        self.calendar.marks = {}
        self.day_label.setText(why)
        self.calendar.updateCells()

    def describe(self, day: date) -> str:
        if (day.year, day.month) == (self.calendar.yearShown(), self.calendar.monthShown()):
            return describe_day(self.calendar.marks.get(day), day)
        try:  # the selection can sit in another month than the one on show
            marks: dict[date, DayMarks] = self._journal.read(
                lambda j: j.timeline.month_marks(day.year, day.month), {})
        except _DATE_TROUBLE:
            return describe_day(None, day)
        return describe_day(marks.get(day), day)

    def _describe_selection(self) -> None:
        text = self.describe(self.selected_day())
        self.day_label.setText(text)
        self.calendar.setAccessibleDescription(text)

    def _choose(self, day: QDate) -> None:
        self.day_chosen.emit(_to_date(day))
