"""Days and moments the way a person says them: "Thu 12 Mar", "in 3 days", "Tue 3 Mar, 21:04"."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.timeline import local_time


def short_date(day: date, today: date | None = None) -> str:
    """'Thu 12 Mar', with the year only when it is not this year."""
    text = f"{day:%a} {day.day} {day:%b}"
    if today is None or day.year != today.year:
        text += f" {day.year}"
    return text


def relative_days(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days > 1:
        return f"in {days} days"
    return f"{-days} days ago"


def when_text(moment: datetime, with_time: bool = True) -> str:
    """A moment in local time, the way a person says it: "Tue 3 Mar, 21:04"."""
    local = local_time(moment)  # in UTC where local time would leave the calendar
    text = f"{local:%a} {local.day} {local:%b}"
    if local.year != datetime.now().year:
        text += f" {local.year}"
    return text + (f", {local:%H:%M}" if with_time else "")


def day_text(day: date) -> str:
    """A day written out in full: "3 March 2026"."""
    return f"{day.day} {day:%B %Y}"
