"""What the mood chart says in words: its empty and broken states, the trend a screen reader
hears instead of the picture, and one check-in as a tooltip. Plain Python, no painting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from app.domain.emotions import strongest
from app.domain.timeline import local_date, local_time
from app.domain.workbench import MoodCheck

MOOD_WORDS = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"}

EMPTY_NONE = (
    "Your chart starts with your check-ins. Save one in “Check in” today and another in a day "
    "or two: the line shows how your mood moves, and the dots show which feelings were strongest."
)
EMPTY_ONE = (
    "One check-in so far. After your next one, a line appears here showing how your mood moves "
    "from one to the next."
)
CANT_DRAW = "The chart can't be drawn: a check-in's date is not valid. Your check-ins are kept as they are."


def short_date(day: date, with_year: bool = False) -> str:
    return f"{day.day} {day:%b}" + (f" {day.year}" if with_year else "")


def trend_summary(checks: Sequence[MoodCheck], meetings: Sequence[datetime] = ()) -> str:
    """One sentence a screen reader (or anyone) can take in instead of the picture."""
    count = len(checks)
    if count == 0:
        text = "No check-ins yet"
    elif count == 1:
        only = checks[0]
        text = f"1 check-in on {short_date(local_date(only.at))}, mood {only.mood} of 5"
    else:
        ordered = sorted(checks, key=lambda c: c.at)
        first, last = local_date(ordered[0].at), local_date(ordered[-1].at)
        years = first.year != last.year
        text = (
            f"{count} check-ins from {short_date(first, years)} to {short_date(last, years)}; "
            f"mood went from {ordered[0].mood} to {ordered[-1].mood}"
        )
        average = sum(c.mood for c in ordered) / count
        text += f", {average:.1f} on average"
    if meetings:
        count_text = "1 check-in meeting" if len(meetings) == 1 else f"{len(meetings)} check-in meetings"
        text += f"; {count_text} marked"
    return text + "."


def describe_check(check: MoodCheck) -> str:
    """A check-in in one or two lines: when, the mood, and the feelings by strength."""
    when = local_time(check.at)  # in UTC where local time would leave the calendar
    mood = f"mood {check.mood} of 5 ({MOOD_WORDS.get(check.mood, '')})"
    text = f"{when:%a} {short_date(when.date())}, {when:%H:%M}: {mood}"
    if check.emotions:
        ordered = strongest(check.emotions, len(check.emotions))
        feelings = ", ".join(f"{r.name} {r.intensity}" for r in ordered)
        text += f"\n{feelings}"
    return text
