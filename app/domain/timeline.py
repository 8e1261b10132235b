"""What a calendar day holds, and the plain date arithmetic the calendar and the list share.

Also the one place a moment becomes local time. A journal may hold moments at the very ends of
the calendar (year 1, year 9999: imported, or written by hand); their local time can fall outside
what `datetime` holds, and Python raises OverflowError. `local_time` and `shift_day` never do, so
one odd record can't stop a page, a search or an export.

And the time an entry was written, as the person saw it then: each entry keeps the zone it was
written in (an IANA name such as "Europe/Berlin", else a fixed offset such as "+02:00"; None for
entries from before that, shown in the computer's zone). `written_time` is the wall clock as
written; `zone_mark` names the zone where it differs from the computer's clock ("Berlin",
"UTC+2"), so a time never silently means two things. Days that group or count entries (the journal
list's day headers, the calendar, streaks, a range export) stay the days as seen here. Only the
standard library's zoneinfo is used, with the system's time zone database: where there is none
(Windows without the tzdata package), named zones are unknown, new entries get a fixed offset and
entries from a named zone are shown in the computer's zone.
"""

from __future__ import annotations

import calendar
import logging
import os
import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from app.i18n import translate
from app.i18n_dates import date_words

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
        return translate("Dates", "Today")
    if day == today - timedelta(days=1):
        return translate("Dates", "Yesterday")
    return date_words(day, translate("Dates", "%A %-d %B %Y"))


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
    heading = date_words(day, translate("Dates", "%A %-d %B"))
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


# -- the zone an entry was written in ---------------------------------------------------------

MAX_ZONE_CHARS = 64  # entries.time_zone is String(64)
_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})", re.ASCII)
# The shape of a tz database name: "UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires",
# "Etc/GMT-2". No "..", no leading "/", nothing but letters, digits and _ + - between slashes.
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*", re.ASCII)
_LOCALTIME = Path("/etc/localtime")
_TIMEZONE_FILE = Path("/etc/timezone")


class Written(Protocol):
    """Anything written at a moment in a zone: an Entry, an EntrySummary."""

    @property
    def created_at(self) -> datetime: ...

    @property
    def time_zone(self) -> str | None: ...


def zone_problem(value: object) -> str | None:
    """Why `value` can't be kept as an entry's zone (for an import's message), or None if it can.

    A zone is a tz database name or a fixed offset "+HH:MM". A well-formed name this computer's
    database does not know (a newer zone) is kept: it is shown in the computer's zone until the
    database knows it.
    """
    if not isinstance(value, str):
        return "is not text"
    if len(value) > MAX_ZONE_CHARS:
        return f"is longer than {MAX_ZONE_CHARS} characters, so it is not a time zone"
    offset = _OFFSET.fullmatch(value)
    if offset is not None:
        if int(offset.group(2)) > 23 or int(offset.group(3)) > 59:
            return f"{value!r} is not an offset a clock can have"
        return None
    if not _ZONE_NAME.fullmatch(value):
        return f"{value!r} is not a time zone name (like Europe/Berlin) or offset (like +02:00)"
    return None


def clean_zone(value: object) -> str | None:
    """`value` if it can be kept as an entry's zone, else None (the entry is then shown here)."""
    return value if isinstance(value, str) and zone_problem(value) is None else None


@lru_cache(maxsize=256)
def zone_info(zone: str | None) -> tzinfo | None:
    """The tzinfo of a kept zone, or None if there is none, it is malformed or unknown here.

    Never raises, whatever the string holds: a journal or an import may hold anything.
    """
    if zone is None or zone_problem(zone) is not None:
        return None
    offset = _OFFSET.fullmatch(zone)
    if offset is not None:
        minutes = int(offset.group(2)) * 60 + int(offset.group(3))
        return timezone(timedelta(minutes=-minutes if offset.group(1) == "-" else minutes))
    try:
        return ZoneInfo(zone)
    except Exception:  # not found, a folder of the database, no database at all, unreadable
        return None


def offset_zone(offset: timedelta | None) -> str:
    """A fixed offset as an entry's zone: "+02:00", "-03:30" (whole minutes)."""
    minutes = round((offset or timedelta()).total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{min(hours, 23):02d}:{minutes:02d}"


def system_zone(now: datetime | None = None) -> str:
    """The computer's zone now, as an entry keeps it: its tz database name where one is known
    ($TZ, else where /etc/localtime links to, else /etc/timezone) and it agrees with the clock
    Python keeps; else the fixed offset of that clock at `now` ("+02:00")."""
    moment = now if now is not None else datetime.now(UTC)
    offset = local_time(moment).utcoffset()
    for name in _system_zone_names():
        info = zone_info(name)
        if info is None:
            continue
        try:
            if moment.astimezone(info).utcoffset() == offset:
                return name
        except _OUT_OF_RANGE:
            break
    return offset_zone(offset)


def _system_zone_names() -> list[str]:
    """The names the system gives for its zone, the one that rules first."""
    setting = os.environ.get("TZ")
    if setting is not None:  # $TZ rules over the files; a POSIX rule ("CET-1CEST") names no zone
        return [_after_zoneinfo(setting.removeprefix(":"))]
    names: list[str] = []
    with suppress(OSError):  # not a link (a copy), or no such file (Windows)
        names.append(_after_zoneinfo(str(_LOCALTIME.readlink())))
    with suppress(OSError):
        names.append(_TIMEZONE_FILE.read_text(encoding="utf-8", errors="replace")[:200].strip())
    return names


def _after_zoneinfo(path: str) -> str:
    """"Europe/Berlin" from "/usr/share/zoneinfo/Europe/Berlin" (and macOS's /var/db/timezone/zoneinfo/…)."""
    marker = "zoneinfo/"
    return path[path.rindex(marker) + len(marker):] if marker in path else path


def written_time(when: datetime | Written, zone: str | None = None) -> datetime:
    """The wall clock the person saw when writing: `when` (or an entry's moment) in its zone.

    An entry passed in brings its own zone. No zone, or one unknown here: the computer's zone
    (`local_time`), as for every entry before zones were kept. Never raises at the ends of the
    calendar: there the moment stays in UTC.
    """
    if not isinstance(when, datetime):
        zone = when.time_zone
        when = when.created_at
    info = zone_info(zone)
    if info is None:
        return local_time(when)
    try:
        return when.astimezone(info)
    except _OUT_OF_RANGE:
        _note_out_of_range(when)
        return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def written_date(when: datetime | Written, zone: str | None = None) -> date:
    """The calendar day it was written on, where it was written (see `written_time`)."""
    return written_time(when, zone).date()


def zone_mark(when: datetime | Written, zone: str | None = None) -> str:
    """A quiet name for the zone it was written in, where its clock differs from the computer's at
    that moment: "Berlin", "New York", "UTC", "UTC+5:30"; "" where the clocks agree or the zone is
    not known here (the time is then the computer's own)."""
    if not isinstance(when, datetime):
        zone = when.time_zone
        when = when.created_at
    info = zone_info(zone)
    if info is None or zone is None:
        return ""
    written = written_time(when, zone)
    if written.utcoffset() == local_time(when).utcoffset():
        return ""
    return zone_label(zone, written.utcoffset())


def zone_label(zone: str, offset: timedelta | None) -> str:
    """What to call a zone: a named place's last part ("America/New_York" → "New York"), else its
    offset ("UTC+2", "UTC-3:30", "UTC")."""
    if "/" in zone and not zone.startswith("Etc/"):
        return zone.rsplit("/", 1)[1].replace("_", " ")
    if zone in ("UTC", "GMT", "Etc/UTC", "Etc/GMT", "Zulu", "Etc/Zulu", "Universal", "Etc/Universal"):
        return "UTC"
    minutes = round((offset or timedelta()).total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours}" + (f":{rest:02d}" if rest else "")


def marked(text: str, mark: str) -> str:
    """A shown time with its zone mark, if any: "22:40 (Berlin)"."""
    return f"{text} ({mark})" if mark else text


def written_clock(when: datetime | Written, zone: str | None = None, *, shown_day: date | None = None) -> str:
    """The time it was written, as written, with its zone mark: "22:40", "22:40 (Berlin)".

    Under a day heading (`shown_day`, a day as seen here) an entry written on another day where it
    was written says which: "Tue 00:30 (Berlin)".
    """
    if not isinstance(when, datetime):
        zone = when.time_zone
        when = when.created_at
    written = written_time(when, zone)
    text = f"{written:%H:%M}"
    if shown_day is not None and written.date() != shown_day:
        text = f"{written:%a} {text}"
    return marked(text, zone_mark(when, zone))
