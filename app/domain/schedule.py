"""When check-ins happen: repeating schedules, the next one, and how far away it is.

A meeting is set in local wall-clock time ("Tuesdays at 10:00") and must stay at 10:00 when the
clocks change, so repeats step through local calendar days and only then become UTC moments,
using the computer's own time-zone rules for each date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from app.domain.timeline import local_time
from app.domain.workbench import CheckIn
from app.i18n import QT_TRANSLATE_NOOP, Plural, translate
from app.i18n_dates import date_words

GRACE = timedelta(hours=2)  # a check-in that started less than this ago is still "the next one"

_CADENCE_LABELS = {
    "once": QT_TRANSLATE_NOOP("Schedule", "Just once"),
    "weekly": QT_TRANSLATE_NOOP("Schedule", "Every week"),
    "fortnightly": QT_TRANSLATE_NOOP("Schedule", "Every two weeks"),
}
_CADENCE_STEPS = {"once": 0, "weekly": 7, "fortnightly": 14}


class Cadence(StrEnum):
    ONCE = "once"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"

    @property
    def label(self) -> str:
        """The words the person sees for this cadence."""
        return translate("Schedule", _CADENCE_LABELS[self.value])

    @property
    def step_days(self) -> int:
        """Calendar days between meetings; 0 for a single meeting."""
        return _CADENCE_STEPS[self.value]


def short_day(day: date, *, with_year: bool = False) -> str:
    """A day as "Thu 12 Mar" (or "Thu 12 Mar 2026"), the same in every locale."""
    if with_year:
        return date_words(day, translate("Dates", "%a %-d %b %Y"))
    return date_words(day, translate("Dates", "%a %-d %b"))


def _local(moment: datetime) -> datetime:
    """A moment in the computer's time zone; a naive datetime is taken as local already."""
    return local_time(moment)


def local_to_utc(wall_clock: datetime) -> datetime:
    """A naive local wall-clock time as an aware UTC moment, by that date's local rules.

    In the hour the clocks go back, the first of the two 02:30s is meant; a time that does not
    exist (skipped when the clocks go forward) moves forward by the gap, like a wall clock would.
    At the ends of the calendar, where the UTC moment would fall outside years 1 to 9999, the wall
    clock is read as UTC.
    """
    try:
        candidates = [wall_clock.replace(fold=fold).astimezone(UTC) for fold in (0, 1)]
    except (OverflowError, OSError, ValueError):
        return wall_clock.replace(tzinfo=UTC, fold=0)
    for candidate in candidates:
        if local_time(candidate).replace(tzinfo=None) == wall_clock.replace(fold=0):
            return candidate
    return max(candidates)


def occurrences(first_local: datetime, cadence: Cadence, until: date) -> list[datetime]:
    """The meetings from `first_local` (naive local time) on, every step, up to `until` inclusive.

    Each keeps the first one's wall-clock time, whatever the clocks do in between, and is returned
    as an aware UTC datetime. A single meeting is returned whatever `until` says: `until` only
    bounds repeats. An aware `first_local` is first read as local wall-clock time.
    """
    if first_local.tzinfo is not None:
        first_local = local_time(first_local).replace(tzinfo=None)
    step = cadence.step_days
    if step == 0:
        return [local_to_utc(first_local)]
    result: list[datetime] = []
    wall_clock = first_local
    while wall_clock.date() <= until:
        result.append(local_to_utc(wall_clock))
        if wall_clock.date() > date.max - timedelta(days=step):
            break  # the next one would be past the last day the calendar has
        wall_clock += timedelta(days=step)
    return result


def next_checkin(checkins: Sequence[CheckIn], now: datetime) -> CheckIn | None:
    """The earliest check-in not yet held that is still ahead, or began less than two hours ago."""
    pending = [c for c in checkins if not c.held and c.scheduled_at >= now - GRACE]
    return min(pending, key=lambda c: (c.scheduled_at, c.created_at), default=None)


def countdown_text(when: datetime, now: datetime) -> str:
    """How far off a moment is, in local time: "today at 14:00", "in 3 days (Thu 12 Mar, 10:00)"."""
    local_when, local_now = _local(when), _local(now)
    days = (local_when.date() - local_now.date()).days
    clock = local_when.strftime("%H:%M")
    day = short_day(local_when.date(), with_year=local_when.year != local_now.year)
    if days == 0:
        return translate("Schedule", "today at {time}").format(time=clock)
    if days == 1:
        return translate("Schedule", "tomorrow at {time}").format(time=clock)
    if days == -1:
        return translate("Schedule", "yesterday at {time}").format(time=clock)
    if days > 1:
        return Plural.tr("in %n days ({day}, {time})", "", days).format(day=day, time=clock)
    return Plural.tr("%n days ago ({day}, {time})", "", -days).format(day=day, time=clock)
