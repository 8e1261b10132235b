"""What a calendar day holds, and the plain date arithmetic the calendar and the list share.

Also the one place a moment becomes local time. A journal may hold moments at the very ends of
the calendar (year 1, year 9999: imported, or written by hand); their local time can fall outside
what `datetime` holds, and Python raises OverflowError. `local_time` and `shift_day` never do, so
one odd record can't stop a page, a search or an export.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

log = logging.getLogger(__name__)

# What a moment's local time can fail with at the ends of the calendar: OverflowError from
# datetime, OSError or ValueError from the C library's localtime on some platforms.
_OUT_OF_RANGE = (OverflowError, OSError, ValueError)


@dataclass(frozen=True, slots=True)
class DayMarks:
    """One local day's marks: how many entries, the latest overall mood, how many check-ins."""

    day: date
    entries: int = 0
    mood: int | None = None
    meetings: int = 0

    @property
    def empty(self) -> bool:
        return self.entries == 0 and self.mood is None and self.meetings == 0


def month_days(year: int, month: int) -> list[date]:
    """Every day of a calendar month, first to last."""
    return [date(year, month, day) for day in range(1, calendar.monthrange(year, month)[1] + 1)]


def next_month(year: int, month: int) -> date:
    """The first day of the month after (year, month)."""
    return date(year + month // 12, month % 12 + 1, 1)


def month_of(day: date, months: int) -> tuple[int, int]:
    """The (year, month) `months` calendar months away from `day`'s month (negative goes back).

    Held within January of year 1 and December 9999, the months a `date` can name.
    """
    count = min(max(day.year * 12 + day.month - 1 + months, 12), 9999 * 12 + 11)
    year, index = divmod(count, 12)
    return year, index + 1


def day_heading(day: date, today: date) -> str:
    """A day header in the journal list: "Today", "Yesterday", or "Tuesday 24 November 2026"."""
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    return f"{day:%A} {day.day} {day:%B %Y}"


def gutter_day(day: date, today: date) -> tuple[str, str]:
    """A day's two short lines for the journal list's gutter: its name, then its date.

    ("Today", "26 Nov"), ("Yesterday", "25 Nov"), ("Tue", "24 Nov"), ("Fri", "3 Jan 2025").
    """
    if day == today:
        name = "Today"
    elif day == today - timedelta(days=1):
        name = "Yesterday"
    else:
        name = f"{day:%a}"
    when = f"{day.day} {day:%b}" + ("" if day.year == today.year else f" {day.year}")
    return name, when


def marks_words(marks: DayMarks | None, day: date) -> str:
    """A day and its marks in words, for screen readers and tooltips.

    "Tuesday 24 November: 3 entries, mood 2 of 5, check-in meeting".
    """
    heading = f"{day:%A} {day.day} {day:%B}"
    parts: list[str] = []
    if marks is not None:
        if marks.entries:
            parts.append("1 entry" if marks.entries == 1 else f"{marks.entries} entries")
        if marks.mood is not None:
            parts.append(f"mood {marks.mood} of 5")
        if marks.meetings:
            parts.append("check-in meeting" if marks.meetings == 1 else f"{marks.meetings} check-in meetings")
    return f"{heading}: {', '.join(parts)}" if parts else f"{heading}: nothing written"


def local_time(moment: datetime) -> datetime:
    """The moment on the computer's clock (an aware datetime in the local zone).

    Where that would fall outside years 1 to 9999 (a moment at the very end of 9999 east of
    Greenwich, say), the moment is kept in UTC instead: shown a few hours off, never a crash.
    """
    try:
        return moment.astimezone()
    except _OUT_OF_RANGE:
        _note_out_of_range(moment)
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local_date(moment: datetime) -> date:
    """The calendar day a moment falls on for the person (see `local_time`)."""
    return local_time(moment).date()


def shift_day(day: date, days: int) -> date:
    """`day` moved by `days` calendar days, held at the first or last day the calendar has."""
    try:
        return day + timedelta(days=days)
    except OverflowError:  # also from timedelta itself, beyond a billion days
        return date.max if days > 0 else date.min


@lru_cache(maxsize=32)
def _note_out_of_range(moment: datetime) -> None:
    """Logged once per moment: an export of many such entries says it once each, not per page."""
    log.info("a moment at the edge of the calendar (%s) is shown in UTC: its local time is out of range",
             moment.isoformat())


def local_day_start(day: date) -> datetime:
    """The first instant (UTC) of a calendar day in the machine's time zone.

    Where clocks jump forward at midnight (Santiago, Havana, Asunción…) that day has no 00:00; it
    starts at the jump, and reading the missing midnight with the wrong offset would put the last
    hour of the day before into this one. Both readings of midnight are tried and the earliest
    that really falls on `day` wins (also right for a midnight that happens twice).

    At the ends of the calendar, where local midnight has no UTC instant datetime can hold, the
    day starts at its UTC midnight.
    """
    try:
        readings = [datetime.combine(day, time.min).replace(fold=fold).astimezone() for fold in (0, 1)]
        on_the_day = [moment for moment in readings if moment.date() == day]
        if not on_the_day:  # no reading lands on the day: take the later one, just past the jump
            on_the_day = [max(readings)]
        return min(on_the_day).astimezone(UTC)
    except _OUT_OF_RANGE:
        return datetime.combine(day, time.min, tzinfo=UTC)


def local_day_end(day: date) -> datetime:
    """Where the local day after `day` starts (UTC); after 31 December 9999, the last instant there is."""
    if day == date.max:
        return datetime.max.replace(tzinfo=UTC)
    return local_day_start(day + timedelta(days=1))


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """Where a local calendar day starts and the next one starts, as UTC instants."""
    return local_day_start(day), local_day_end(day)
