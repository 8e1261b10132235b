"""The bounds every value in a journal keeps, in one place: imports, forms and the store share them.

A value outside them once imported cleanly and then broke every export and the app's start
(a plan of 10^18 days, a date in year 1 shown in a time zone west of UTC). Each check returns
why a value can't be kept, in words that fit after the record's name, or None when it can.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

MIN_YEAR = 1900
MAX_YEAR = 2200
YEARS = f"{MIN_YEAR}–{MAX_YEAR}"

MIN_PLAN_DAYS = 1
MAX_PLAN_DAYS = 730  # two years: the plan form's own ceiling

SQLITE_MIN_INTEGER = -(2**63)
SQLITE_MAX_INTEGER = 2**63 - 1

MAX_UUID_CHARS = 36  # the width of every uuid column


def day_problem(day: date) -> str | None:
    """Why a calendar day can't be kept: outside MIN_YEAR..MAX_YEAR."""
    if MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    return f"the date {day.isoformat()} is outside {YEARS}"


def moment_problem(moment: datetime) -> str | None:
    """Why a moment can't be kept: outside MIN_YEAR..MAX_YEAR, in UTC when it has an offset.

    The year is checked before any conversion, so year 1 or 9999 with an offset can't overflow.
    A naive moment (jrnl's wall-clock time) is taken as this machine's local time, as the
    importers store it: what is kept must be what our own export can bring back.
    """
    if not MIN_YEAR - 1 <= moment.year <= MAX_YEAR + 1:
        return f"the date {moment.date().isoformat()} is outside {YEARS}"
    utc = moment.astimezone(UTC)
    if MIN_YEAR <= utc.year <= MAX_YEAR:
        return None
    return f"the date {utc.date().isoformat()} (in UTC) is outside {YEARS}"


def integer_problem(value: int, lowest: int | None = None, highest: int | None = None) -> str | None:
    """Why a whole number can't be kept: outside [lowest, highest], or beyond SQLite's 64 bits."""
    low = SQLITE_MIN_INTEGER if lowest is None else max(lowest, SQLITE_MIN_INTEGER)
    high = SQLITE_MAX_INTEGER if highest is None else min(highest, SQLITE_MAX_INTEGER)
    if low <= value <= high:
        return None
    if not SQLITE_MIN_INTEGER <= value <= SQLITE_MAX_INTEGER:
        return "is too large a number to keep"  # never printed: it may have thousands of digits
    if value < low:
        return f"is {value}; it must be {low} or more"
    if lowest is None:
        return f"is {value}; it must be {high} or less"
    return f"is {value}; it must be from {low} to {high}"


def text_problem(value: str) -> str | None:
    """Why text can't be kept: JSON can spell lone surrogates that no database or file can store."""
    if value.isascii():
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "contains an invalid character (a lone surrogate)"
    return None


def uuid_problem(value: str) -> str | None:
    """Why a uuid can't be kept: empty, wider than the column, padded with spaces, or not text.

    Every import path asks this one question, so whatever one format accepts, our own JSON
    export (which asks it too) can read back.
    """
    if not value or len(value) > MAX_UUID_CHARS or value != value.strip() or text_problem(value):
        return f"has an invalid uuid {value!r}"
    return None


MAX_TAGS_PER_ENTRY = 1_000  # no one tags an entry a thousand ways; 200,000 once stalled an import


def tags_problem(tags: Sequence[str]) -> str | None:
    """Why an entry's tags can't be kept ("has …", after the entry's name): more than anyone gives one.

    Repeats count once, as the journal keeps them; the set is built only past the cap.
    """
    if len(tags) <= MAX_TAGS_PER_ENTRY:
        return None
    count = len(set(tags))
    if count <= MAX_TAGS_PER_ENTRY:
        return None
    return f"has {count:,} different tags, more than the {MAX_TAGS_PER_ENTRY:,} Trustbridge keeps on an entry"


MAX_PERSONAL_WORD_CHARS = 64  # a personal dictionary's word: far beyond any real word; the column's width


def checked_personal_word(word: str) -> str:
    """The word as the personal dictionary keeps it; ValueError for one no spelling check would offer."""
    if not word or len(word) > MAX_PERSONAL_WORD_CHARS or any(char.isspace() for char in word):
        raise ValueError(f"a personal word is 1 to {MAX_PERSONAL_WORD_CHARS} characters without spaces")
    return word
