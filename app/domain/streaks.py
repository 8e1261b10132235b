"""Writing streaks, counted in the person's own calendar days."""

from __future__ import annotations

from collections.abc import Set
from datetime import date, timedelta

from app.domain.timeline import shift_day


def streak_length(days: Set[date], today: date) -> int:
    """Consecutive days with writing, ending today (or yesterday, if today is still blank)."""
    day = today if today in days else shift_day(today, -1)
    count = 0
    while day in days:
        count += 1
        if day == date.min:
            break  # the first day the calendar has
        day -= timedelta(days=1)
    return count
