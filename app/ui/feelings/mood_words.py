"""What the mood chart says in words: its empty and broken states, the trend a screen reader
hears instead of the picture, and one check-in as a tooltip. Plain Python, no painting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from app.domain.emotions import strongest
from app.domain.timeline import local_date, local_time
from app.domain.workbench import MOOD_WORDS as WORKBENCH_MOOD_WORDS
from app.domain.workbench import MoodCheck
from app.i18n import QT_TRANSLATE_NOOP, Plural, translate
from app.i18n_dates import date_words, day_name, number

MOOD_WORDS = WORKBENCH_MOOD_WORDS  # the one table (app/domain/workbench.py), in the language spoken

EMPTY_NONE = QT_TRANSLATE_NOOP(
    "MoodWords",
    "Your chart starts with your check-ins. Save one in “Check in” today and another in a day "
    "or two: the line shows how your mood moves, and the dots show which feelings were strongest.",
)
EMPTY_ONE = QT_TRANSLATE_NOOP(
    "MoodWords",
    "One check-in so far. After your next one, a line appears here showing how your mood moves "
    "from one to the next.",
)
CANT_DRAW = QT_TRANSLATE_NOOP(
    "MoodWords",
    "The chart can't be drawn: a check-in's date is not valid. Your check-ins are kept as they are.",
)


def short_date(day: date, with_year: bool = False) -> str:
    if with_year:
        return date_words(day, translate("MoodWords", "%-d %b %Y"))
    return date_words(day, translate("MoodWords", "%-d %b"))


def trend_summary(checks: Sequence[MoodCheck], meetings: Sequence[datetime] = ()) -> str:
    """One sentence a screen reader (or anyone) can take in instead of the picture."""
    count = len(checks)
    if count == 0:
        text = translate("MoodWords", "No check-ins yet")
    elif count == 1:
        only = checks[0]
        text = translate("MoodWords", "1 check-in on {day}, mood {mood} of 5").format(
            day=short_date(local_date(only.at)), mood=only.mood)
    else:
        ordered = sorted(checks, key=lambda c: c.at)
        first, last = local_date(ordered[0].at), local_date(ordered[-1].at)
        years = first.year != last.year
        text = Plural.tr("%n check-ins from {first} to {last}; mood went from {start} to {end}", "",
                         count).format(
            first=short_date(first, years), last=short_date(last, years), start=ordered[0].mood,
            end=ordered[-1].mood)
        average = sum(c.mood for c in ordered) / count
        text += translate("MoodWords", ", {average} on average").format(average=number(average, 1))
    if meetings:
        if len(meetings) == 1:
            text += translate("MoodWords", "; 1 check-in meeting marked")
        else:
            text += Plural.tr("; %n check-in meetings marked", "", len(meetings))
    return text + "."


def describe_check(check: MoodCheck) -> str:
    """A check-in in one or two lines: when, the mood, and the feelings by strength."""
    when = local_time(check.at)  # in UTC where local time would leave the calendar
    mood = translate("MoodWords", "mood {mood} of 5 ({word})").format(mood=check.mood,
                                                                    word=MOOD_WORDS.get(check.mood, ""))
    text = translate("MoodWords", "{weekday} {day}, {time}: {mood}").format(
        weekday=day_name(when.date(),
                         short=True), day=short_date(when.date()), time=f"{when:%H:%M}", mood=mood)
    if check.emotions:
        ordered = strongest(check.emotions, len(check.emotions))
        feelings = ", ".join(f"{r.name} {r.intensity}" for r in ordered)
        text += f"\n{feelings}"
    return text
