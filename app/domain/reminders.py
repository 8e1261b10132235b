"""When Trustbridge reminds the person, worked out from the clock alone (no Qt, no storage).

Three reminders, each off until the person turns it on:
- the evening one, every day at a chosen time (21:00 unless changed), for tonight's prompt;
- the evening before each scheduled check-in, at the same time, to prepare the brief;
- the morning of the day the person chose to say their statement, at a morning time (09:00).

Times are local wall-clock times and stay so when the clocks change (schedule.local_to_utc: in the
hour that happens twice the first one counts, a time the clocks skip comes at the end of the gap).
The app asks `due(…, since, now)` whenever its timer fires or the computer wakes: a reminder whose
time fell between the last look and now is given once. After a sleep over several of them only the
newest of each kind comes, never a burst, and one more than LATE_LIMIT late is left out: an evening
prompt at breakfast helps nobody. Nothing a reminder says comes from what was written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.domain.schedule import local_to_utc
from app.domain.timeline import local_date, shift_day
from app.i18n import QT_TRANSLATE_NOOP, translate

LATE_LIMIT = timedelta(hours=3)
OFFER_AFTER_EVENINGS = 3  # reminders are offered once, after the third evening written
EVENING_AT = time(21, 0)
MORNING_AT = time(9, 0)


class ReminderKind(StrEnum):
    EVENING = "evening"
    CHECKIN_EVE = "checkin-eve"
    STATEMENT_DAY = "statement-day"


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """Which reminders the person turned on, and when they come."""

    evening: bool = False
    checkin_eve: bool = False
    statement_morning: bool = False
    evening_at: time = EVENING_AT
    morning_at: time = MORNING_AT

    @property
    def any_on(self) -> bool:
        return self.evening or self.checkin_eve or self.statement_morning


@dataclass(frozen=True, slots=True)
class Coming:
    """What the journal says lies ahead: the days of scheduled check-ins, and the day the person
    chose to say their statement (None until they chose one)."""

    checkin_days: tuple[date, ...] = ()
    statement_day: date | None = None


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    at: datetime  # aware, UTC
    day: date  # the local day it is about: tonight, the check-in's day, the statement's day

    @property
    def title(self) -> str:
        return translate("Reminder", _WORDS[self.kind][0])

    @property
    def body(self) -> str:
        return translate("Reminder", _WORDS[self.kind][1])


# Our own words, calm and short; never anything the person wrote (a lock screen may show them).
_WORDS = {
    ReminderKind.EVENING: (QT_TRANSLATE_NOOP("Reminder", "A few minutes for tonight"),
                           QT_TRANSLATE_NOOP("Reminder",
                                             "Tonight's prompt is waiting whenever you are ready.")),
    ReminderKind.CHECKIN_EVE: (QT_TRANSLATE_NOOP("Reminder", "Your check-in is tomorrow"),
                               QT_TRANSLATE_NOOP("Reminder", "A good evening to look over your brief.")),
    ReminderKind.STATEMENT_DAY: (QT_TRANSLATE_NOOP("Reminder", "Today is the day you chose"),
                                 QT_TRANSLATE_NOOP("Reminder", "Your statement is in Trustbridge if you want "
                                                   "to read it once more first.")),
}


def _at(day: date, wall: time) -> datetime:
    return local_to_utc(datetime.combine(day, wall))


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        if day == date.max:
            return
        day = shift_day(day, 1)


def between(settings: ReminderSettings, coming: Coming, start: datetime, end: datetime) -> list[Reminder]:
    """Every reminder whose time is after `start` and at or before `end`, oldest first."""
    found: list[Reminder] = []
    if end <= start:
        return found
    first, last = shift_day(local_date(start), -1), shift_day(local_date(end), 1)  # zones at the edges
    if settings.evening:
        found += [Reminder(ReminderKind.EVENING, _at(day, settings.evening_at), day)
                  for day in _days(first, last)]
    if settings.checkin_eve:
        found += [Reminder(ReminderKind.CHECKIN_EVE, _at(shift_day(day, -1), settings.evening_at), day)
                  for day in sorted(set(coming.checkin_days)) if first <= shift_day(day, -1) <= last]
    if settings.statement_morning and coming.statement_day is not None:
        day = coming.statement_day
        found.append(Reminder(ReminderKind.STATEMENT_DAY, _at(day, settings.morning_at), day))
    return sorted((r for r in found if start < r.at <= end), key=_order)


def due(settings: ReminderSettings, coming: Coming, since: datetime, now: datetime) -> list[Reminder]:
    """What to show now, having last looked at `since`: the newest of each kind whose time has
    come since then, if it is no more than LATE_LIMIT late. One per kind at most."""
    oldest = now - LATE_LIMIT
    newest: dict[ReminderKind, Reminder] = {}
    # Nothing older than LATE_LIMIT is looked at: it would be left out anyway.
    for reminder in between(settings, coming, max(since, oldest - timedelta(microseconds=1)), now):
        if reminder.at >= oldest:
            newest[reminder.kind] = reminder
    return sorted(newest.values(), key=_order)


def _order(reminder: Reminder) -> tuple[datetime, int]:
    """By time; at the same time, in the order the kinds are listed (the evening's first)."""
    return reminder.at, list(ReminderKind).index(reminder.kind)


def next_time(settings: ReminderSettings, coming: Coming, now: datetime) -> datetime | None:
    """When the next reminder comes (to set a timer to), or None when none is ahead."""
    ahead: list[datetime] = []
    if settings.evening:
        ahead += [r.at for r in between(settings, Coming(), now, now + timedelta(days=2))][:1]
    if settings.checkin_eve or settings.statement_morning:
        only = ReminderSettings(checkin_eve=settings.checkin_eve,
                                statement_morning=settings.statement_morning,
                                evening_at=settings.evening_at, morning_at=settings.morning_at)
        days = [*coming.checkin_days, *([coming.statement_day] if coming.statement_day else [])]
        if days:
            horizon = _at(shift_day(max(days), 1), time(23, 59))
            ahead += [r.at for r in between(only, coming, now, horizon)][:1]
    return min(ahead) if ahead else None


def offer_due(evenings_written: int, offered_before: bool, settings: ReminderSettings) -> bool:
    """Whether to offer reminders now: once, after the third evening, to someone without any."""
    return evenings_written >= OFFER_AFTER_EVENINGS and not offered_before and not settings.any_on


def upcoming_checkin_days(moments: Sequence[datetime], now: datetime) -> tuple[date, ...]:
    """The local days of check-ins still ahead (their eve may still be to come)."""
    today = local_date(now)
    return tuple(sorted({local_date(moment) for moment in moments if local_date(moment) >= today}))
