"""When the statement will be said, in words: the suggested day, and the countdown to it.

Plain Python (no Qt), shared by the workshop's date card and Today's tile.
"""

from __future__ import annotations

from datetime import date, timedelta

SUGGEST_AFTER_DAYS = 2  # owning it quickly: a day soon, with a night or two to prepare


def suggested_day(today: date) -> date:
    """A working day a couple of days from now (a weekend moves on to the Monday)."""
    day = today + timedelta(days=SUGGEST_AFTER_DAYS)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def long_day(day: date, today: date) -> str:
    """'Thursday 5 March', with the year when it is not this year."""
    text = f"{day:%A} {day.day} {day:%B}"
    return text if day.year == today.year else f"{text} {day.year}"


def short_day(day: date, today: date) -> str:
    """'Thu 5 Mar', with the year when it is not this year."""
    text = f"{day:%a} {day.day} {day:%b}"
    return text if day.year == today.year else f"{text} {day.year}"


def in_days(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    return f"in {days} days" if days > 0 else f"{-days} days ago"


def countdown(say_on: date, today: date) -> tuple[str, str]:
    """What Today says about the planned day: a headline, and a kind line under it."""
    days = (say_on - today).days
    when = long_day(say_on, today)
    if days > 1:
        return f"You plan to say your statement in {days} days — {when}", \
            "Reading it aloud once a day until then helps it sound like you."
    if days == 1:
        return f"You plan to say your statement tomorrow — {when}", \
            "One calm read-through tonight is enough."
    if days == 0:
        return "Today is the day you planned to say your statement", \
            "Take a breath. You wrote it; you know what you mean."
    ago = "Yesterday" if days == -1 else f"{-days} days ago"
    return f"{ago} you planned to say your statement: did it happen?", \
        "Either way is all right. Mark it said, or pick a new day."


def plan_sentence(say_on: date, today: date) -> str:
    """The workshop's line for a chosen day."""
    days = (say_on - today).days
    when = long_day(say_on, today)
    if days > 0:
        return f"You plan to say it on {when}, {in_days(days)}."
    if days == 0:
        return f"You plan to say it today, {when}."
    return (f"You planned to say it on {when}, {in_days(days)}. Did it happen? Either way is "
            "all right: mark it said, or pick a new day.")


def said_sentence(said_on: date, today: date) -> str:
    when = "today" if said_on == today else f"on {long_day(said_on, today)}"
    return f"You said your statement {when}. That was the hard part, and you did it."
