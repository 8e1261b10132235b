"""When the statement will be said, in words: the suggested day, and the countdown to it.

Plain Python (no Qt), shared by the workshop's date card and Today's tile.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.i18n import Plural, translate
from app.i18n_dates import date_words

SUGGEST_AFTER_DAYS = 2  # owning it quickly: a day soon, with a night or two to prepare


def suggested_day(today: date) -> date:
    """A working day a couple of days from now (a weekend moves on to the Monday)."""
    day = today + timedelta(days=SUGGEST_AFTER_DAYS)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def long_day(day: date, today: date) -> str:
    """'Thursday 5 March', with the year when it is not this year."""
    if day.year == today.year:
        return date_words(day, translate("SayOnWords", "%A %-d %B"))
    return date_words(day, translate("SayOnWords", "%A %-d %B %Y"))


def short_day(day: date, today: date) -> str:
    """'Thu 5 Mar', with the year when it is not this year."""
    if day.year == today.year:
        return date_words(day, translate("SayOnWords", "%a %-d %b"))
    return date_words(day, translate("SayOnWords", "%a %-d %b %Y"))


def in_days(days: int) -> str:
    if days == 0:
        return translate("SayOnWords", "today")
    if days == 1:
        return translate("SayOnWords", "tomorrow")
    if days == -1:
        return translate("SayOnWords", "yesterday")
    return Plural.tr("in %n days", "", days) if days > 0 else Plural.tr("%n days ago", "", -days)


def countdown(say_on: date, today: date) -> tuple[str, str]:
    """What Today says about the planned day: a headline, and a kind line under it."""
    days = (say_on - today).days
    when = long_day(say_on, today)
    if days > 1:
        return (Plural.tr("You plan to say your statement in %n days — {day}", "", days).format(day=when),
                translate("SayOnWords", "Reading it aloud once a day until then helps it sound like you."))
    if days == 1:
        return (translate("SayOnWords", "You plan to say your statement tomorrow — {day}").format(day=when),
                translate("SayOnWords", "One calm read-through tonight is enough."))
    if days == 0:
        return (translate("SayOnWords", "Today is the day you planned to say your statement"),
                translate("SayOnWords", "Take a breath. You wrote it; you know what you mean."))
    if days == -1:
        headline = translate("SayOnWords", "Yesterday you planned to say your statement: did it happen?")
    else:
        headline = Plural.tr("%n days ago you planned to say your statement: did it happen?", "", -days)
    return headline, translate("SayOnWords", "Either way is all right. Mark it said, or pick a new day.")


def plan_sentence(say_on: date, today: date) -> str:
    """The workshop's line for a chosen day."""
    days = (say_on - today).days
    when = long_day(say_on, today)
    if days > 0:
        return translate("SayOnWords", "You plan to say it on {day}, {when}.").format(day=when,
                                                                                      when=in_days(days))
    if days == 0:
        return translate("SayOnWords", "You plan to say it today, {day}.").format(day=when)
    return translate("SayOnWords", "You planned to say it on {day}, {when}. Did it happen? Either way is "
                     "all right: mark it said, or pick a new day.").format(day=when, when=in_days(days))


def said_sentence(said_on: date, today: date) -> str:
    if said_on == today:
        return translate("SayOnWords", "You said your statement today. That was the hard part, and you did "
                         "it.")
    return translate("SayOnWords", "You said your statement on {day}. That was the hard part, and you did "
                     "it.").format(day=long_day(said_on, today))
