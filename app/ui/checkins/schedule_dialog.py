"""Schedule check-ins: the first meeting, how often, until when, and the dates that makes.

The person sees every date before anything is saved, so a repeating schedule never surprises them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.schedule import Cadence, occurrences, short_day
from app.domain.timeline import local_time
from app.i18n import Plural, translate
from app.ui.widgets.form_fields import field_label, make_date_edit, name_parts, pydate, qdate, wrapped_label

DEFAULT_HOUR = 10
DEFAULT_REPEAT_WEEKS = 8  # how far a repeat runs when there is no plan to end it
MAX_SCHEDULE_DAYS = 366  # a year of meetings is plenty; it keeps a slip of the date from making hundreds
DIALOG_WIDTH_CHARS = 52
PREVIEW_LIMIT = 6  # dates listed in full before the rest are summed up


def default_first(now: datetime) -> datetime:
    """The next working day at ten in the morning, local wall-clock time (naive); `now` is local."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(DEFAULT_HOUR))


def schedule_summary(moments: list[datetime]) -> str:
    """The dates a schedule makes, in words, as the person will see them in the list."""
    if not moments:
        return translate("ScheduleDialog", "No check-ins fall in that range: the last day is before the "
                         "first meeting.")
    local = [local_time(moment) for moment in moments]
    clock = f"{local[0]:%H:%M}"
    if len(local) == 1:
        return translate("ScheduleDialog", "One check-in: {day} at {time}.").format(
            day=short_day(local[0].date(), with_year=True), time=clock)
    shown = ", ".join(short_day(moment.date()) for moment in local[:PREVIEW_LIMIT])
    more = len(local) - PREVIEW_LIMIT
    rest = translate("ScheduleDialog", " and {more} more, to {day}").format(
        more=more, day=short_day(local[-1].date(), with_year=True)) if more > 0 else ""
    return Plural.tr("%n check-ins at {time}: {days}{rest}.", "", len(local)).format(time=clock, days=shown,
                                                                                    rest=rest)


class ScheduleDialog(QDialog):
    """The first meeting's date and time, a cadence, and the last day repeats may fall on."""

    def __init__(self, default_until: date | None, parent: QWidget | None = None, *,
                 now: datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ScheduleDialog", "Schedule check-ins"))
        self.setAccessibleName(translate("ScheduleDialog", "Schedule check-ins"))
        first = default_first(local_time(now))  # `now` is the journal's clock, read by the caller

        intro = wrapped_label(
            translate("ScheduleDialog", "Pick when you meet first and how often. Regular, short meetings "
                                        "keep your manager in the loop; you can delete any single one "
                                        "later.")
        )

        self.first_date = make_date_edit(translate("ScheduleDialog", "Day of the first check-in"),
                                         first.date())
        self.first_time = QTimeEdit(QTime(first.hour, first.minute))
        self.first_time.setDisplayFormat("HH:mm")
        name_parts(self.first_time, translate("ScheduleDialog", "Time of the first check-in"))

        self.cadence_group = QButtonGroup(self)
        self.cadence_buttons: dict[Cadence, QRadioButton] = {}
        for index, cadence in enumerate(Cadence):
            button = QRadioButton(cadence.label)
            button.setAccessibleName(translate("ScheduleDialog",
                                               "How often: {lower}").format(label=cadence.label,
                                                                             lower=cadence.label.lower()))
            self.cadence_group.addButton(button, index)
            self.cadence_buttons[cadence] = button
        self.cadence_buttons[Cadence.WEEKLY].setChecked(True)

        until = default_until if default_until and default_until >= first.date() else (
            first.date() + timedelta(weeks=DEFAULT_REPEAT_WEEKS)
        )
        self.until_edit = make_date_edit(translate("ScheduleDialog", "Repeat until (the last possible day)"),
                                         until)
        self.until_hint = wrapped_label(
            translate("ScheduleDialog", "Your plan ends on {short_day}.").format(short_day=short_day(
                default_until, with_year=True)) if default_until else
            translate("ScheduleDialog",
                      "There is no plan yet, so this runs eight weeks; change it as you like."),
            "muted",
        )

        self.summary_label = wrapped_label("", "promptHint")
        self.summary_label.setAccessibleName(translate("ScheduleDialog", "The check-ins this makes"))

        self.buttons = QDialogButtonBox()
        self.schedule_button = QPushButton(translate("ScheduleDialog", "Schedule"))
        self.schedule_button.setObjectName("primary")
        self.schedule_button.setAccessibleName(translate("ScheduleDialog", "Schedule these check-ins"))
        self.schedule_button.setDefault(True)
        cancel = QPushButton(translate("ScheduleDialog", "Cancel"))
        cancel.setAccessibleName(translate("ScheduleDialog", "Cancel scheduling"))
        self.buttons.addButton(self.schedule_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)

        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(24, 20, 24, 8)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addSpacing(6)
        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.first_date, 1)
        when.addWidget(field_label("at", self.first_time))
        when.addWidget(self.first_time)
        layout.addWidget(field_label(translate("ScheduleDialog", "&First check-in"), self.first_date))
        layout.addLayout(when)
        layout.addSpacing(6)
        layout.addWidget(wrapped_label(translate("ScheduleDialog", "How often")))
        for button in self.cadence_buttons.values():
            layout.addWidget(button)
        layout.addSpacing(6)
        self.until_label = field_label(translate("ScheduleDialog", "Repeat &until"), self.until_edit)
        layout.addWidget(self.until_label)
        layout.addWidget(self.until_edit)
        layout.addWidget(self.until_hint)
        layout.addSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        # The form scrolls if large text makes it taller than the screen; the buttons never do.
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.form_scroll, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(24, 8, 24, 20)
        footer.addWidget(self.buttons)
        outer.addLayout(footer)

        self._wire()
        self._update()
        self._fit(form)

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.first_date.dateChanged.connect(self._update)
        self.first_time.timeChanged.connect(self._update)
        self.until_edit.dateChanged.connect(self._update)
        self.cadence_group.idToggled.connect(self._on_cadence)

    @classmethod
    def ask(cls, parent: QWidget | None, default_until: date | None, now: datetime
            ) -> tuple[list[datetime], bool]:
        """The moments (aware, UTC) to schedule, and whether the person chose Schedule."""
        dialog = cls(default_until, parent, now=now)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.moments(), True) if accepted else ([], False)

    # -- values ----------------------------------------------------------------------------

    def cadence(self) -> Cadence:
        return next(c for c, button in self.cadence_buttons.items() if button.isChecked())

    def first_local(self) -> datetime:
        """The first meeting as naive local wall-clock time, to the minute."""
        clock = self.first_time.time()
        return datetime.combine(pydate(self.first_date.date()), time(clock.hour(), clock.minute()))

    def until(self) -> date:
        return pydate(self.until_edit.date())

    def moments(self) -> list[datetime]:
        """Every check-in the current choices make, as aware UTC datetimes."""
        return occurrences(self.first_local(), self.cadence(), self.until())

    def set_values(self, first_local: datetime, cadence: Cadence, until: date | None = None) -> None:
        """Fill the form (the keyboard does the same, one field at a time)."""
        self.first_date.setDate(qdate(first_local.date()))
        self.first_time.setTime(QTime(first_local.hour, first_local.minute))
        self.cadence_buttons[cadence].setChecked(True)
        if until is not None:
            self.until_edit.setDate(qdate(until))
        self._update()

    # -- drawing ---------------------------------------------------------------------------

    def _fit(self, form: QWidget) -> None:
        """Wide enough to read the summary at any text size; as tall as the form, within the screen."""
        width = self.fontMetrics().averageCharWidth() * DIALOG_WIDTH_CHARS
        self.setMinimumWidth(width)
        layout = form.layout()
        assert layout is not None
        wanted = layout.totalHeightForWidth(width) + self.buttons.sizeHint().height() + 28
        screen = self.screen().availableGeometry().height()
        self.resize(width, min(wanted, int(screen * 0.9)))

    def _on_cadence(self, _id: int, checked: bool) -> None:
        if checked:
            self._update()

    def _update(self) -> None:
        first_day = self.first_local().date()
        self.until_edit.setDateRange(qdate(first_day), qdate(first_day + timedelta(days=MAX_SCHEDULE_DAYS)))
        repeats = self.cadence() is not Cadence.ONCE
        for widget in (self.until_label, self.until_edit, self.until_hint):
            widget.setEnabled(repeats)
        moments = self.moments()
        self.summary_label.setText(schedule_summary(moments))
        self.schedule_button.setEnabled(bool(moments))
