"""What a calendar day holds, and the plain date arithmetic the calendar and the list share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta


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
    first = date(year, month, 1)
    return [first + timedelta(days=n) for n in range((next_month(year, month) - first).days)]


def next_month(year: int, month: int) -> date:
    """The first day of the month after (year, month)."""
    return date(year + month // 12, month % 12 + 1, 1)


def month_of(day: date, months: int) -> tuple[int, int]:
    """The (year, month) `months` calendar months away from `day`'s month (negative goes back)."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
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


def local_day_start(day: date) -> datetime:
    """The first instant (UTC) of a calendar day in the machine's time zone.

    Where clocks jump forward at midnight (Santiago, Havana, Asunción…) that day has no 00:00; it
    starts at the jump, and reading the missing midnight with the wrong offset would put the last
    hour of the day before into this one. Both readings of midnight are tried and the earliest
    that really falls on `day` wins (also right for a midnight that happens twice).
    """
    readings = (datetime.combine(day, time.min).replace(fold=fold).astimezone() for fold in (0, 1))
    on_the_day = [moment for moment in readings if moment.date() == day]
    if not on_the_day:  # no reading lands on the day: take the later one, just past the jump
        on_the_day = [max(datetime.combine(day, time.min).replace(fold=f).astimezone() for f in (0, 1))]
    return min(on_the_day).astimezone(UTC)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """Where a local calendar day starts and the next one starts, as UTC instants."""
    return local_day_start(day), local_day_start(day + timedelta(days=1))
