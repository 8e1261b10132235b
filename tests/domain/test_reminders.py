"""Reminder timing with a fixed clock: local wall times across clock changes, one reminder after a
sleep (never a burst), nothing far too late, and nothing at all until turned on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest

from app.domain.reminders import (
    LATE_LIMIT,
    Coming,
    ReminderKind,
    ReminderSettings,
    between,
    due,
    next_time,
    offer_due,
    upcoming_checkin_days,
)

Zone = Callable[[str | None], None]
EVENINGS = ReminderSettings(evening=True)
ALL = ReminderSettings(evening=True, checkin_eve=True, statement_morning=True)


@pytest.fixture(autouse=True)
def berlin(local_timezone: Zone) -> None:
    local_timezone("Europe/Berlin")


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_nothing_comes_until_a_reminder_is_turned_on() -> None:
    coming = Coming((date(2025, 6, 18),), date(2025, 6, 20))
    assert due(ReminderSettings(), coming, utc(2025, 6, 1, 0), utc(2025, 6, 30, 0)) == []
    assert next_time(ReminderSettings(), coming, utc(2025, 6, 1, 0)) is None


def test_the_evening_reminder_comes_at_its_local_time_once() -> None:
    nine_pm = utc(2025, 6, 16, 19)  # 21:00 in Berlin in summer
    assert due(EVENINGS, Coming(), nine_pm - timedelta(minutes=1), nine_pm - timedelta(seconds=1)) == []
    [reminder] = due(EVENINGS, Coming(), nine_pm - timedelta(minutes=1), nine_pm)
    assert reminder.kind is ReminderKind.EVENING and reminder.at == nine_pm
    assert reminder.day == date(2025, 6, 16)
    assert due(EVENINGS, Coming(), nine_pm, nine_pm + timedelta(minutes=5)) == []  # given once


def test_a_computer_asleep_over_several_evenings_gets_one_reminder() -> None:
    [reminder] = due(EVENINGS, Coming(), utc(2025, 6, 16, 12), utc(2025, 6, 19, 20))
    assert reminder.day == date(2025, 6, 19)  # the newest, not four in a row


def test_a_reminder_far_too_late_is_left_out() -> None:
    nine_pm = utc(2025, 6, 16, 19)
    before = nine_pm - timedelta(hours=1)
    assert due(EVENINGS, Coming(), before, nine_pm + LATE_LIMIT) != []
    assert due(EVENINGS, Coming(), before, nine_pm + LATE_LIMIT + timedelta(minutes=1)) == []


def test_the_evening_stays_at_nine_when_the_clocks_change() -> None:
    times = [r.at for r in between(EVENINGS, Coming(), utc(2025, 3, 29, 0), utc(2025, 3, 31, 0))]
    assert times == [utc(2025, 3, 29, 20), utc(2025, 3, 30, 19)]  # CET, then CEST
    times = [r.at for r in between(EVENINGS, Coming(), utc(2025, 10, 25, 0), utc(2025, 10, 27, 0))]
    assert times == [utc(2025, 10, 25, 19), utc(2025, 10, 26, 20)]


def test_a_morning_time_the_clocks_skip_or_repeat_comes_once() -> None:
    early = ReminderSettings(statement_morning=True, morning_at=time(2, 30))
    spring, autumn = Coming(statement_day=date(2025, 3, 30)), Coming(statement_day=date(2025, 10, 26))
    skipped = between(early, spring, utc(2025, 3, 29, 0), utc(2025, 3, 31, 0))
    assert [r.at for r in skipped] == [utc(2025, 3, 30, 1, 30)]  # 03:30 CEST: the end of the gap
    twice = between(early, autumn, utc(2025, 10, 25, 0), utc(2025, 10, 27, 0))
    assert [r.at for r in twice] == [utc(2025, 10, 26, 0, 30)]  # the first 02:30 (CEST)


def test_a_check_in_is_announced_the_evening_before_and_the_statement_that_morning() -> None:
    coming = Coming(checkin_days=(date(2025, 6, 18), date(2025, 6, 18)), statement_day=date(2025, 6, 20))
    only_coming = ReminderSettings(checkin_eve=True, statement_morning=True)
    found = between(only_coming, coming, utc(2025, 6, 15, 0), utc(2025, 6, 22, 0))
    assert [(r.kind, r.at, r.day) for r in found] == [
        (ReminderKind.CHECKIN_EVE, utc(2025, 6, 17, 19), date(2025, 6, 18)),  # one, though listed twice
        (ReminderKind.STATEMENT_DAY, utc(2025, 6, 20, 7), date(2025, 6, 20)),
    ]
    both = due(ALL, coming, utc(2025, 6, 17, 18), utc(2025, 6, 17, 19, 1))
    assert [r.kind for r in both] == [ReminderKind.EVENING, ReminderKind.CHECKIN_EVE]


def test_the_next_reminder_is_the_nearest_one_ahead() -> None:
    coming = Coming(statement_day=date(2025, 9, 1))
    assert next_time(EVENINGS, coming, utc(2025, 6, 16, 12)) == utc(2025, 6, 16, 19)
    assert next_time(EVENINGS, coming, utc(2025, 6, 16, 19)) == utc(2025, 6, 17, 19)
    statement_only = ReminderSettings(statement_morning=True)
    assert next_time(statement_only, coming, utc(2025, 6, 16, 12)) == utc(2025, 9, 1, 7)
    assert next_time(statement_only, coming, utc(2025, 9, 2, 0)) is None  # that day has passed


def test_reminders_are_offered_once_after_the_third_evening() -> None:
    assert not offer_due(2, offered_before=False, settings=ReminderSettings())
    assert offer_due(3, offered_before=False, settings=ReminderSettings())
    assert not offer_due(5, offered_before=True, settings=ReminderSettings())
    assert not offer_due(5, offered_before=False, settings=EVENINGS)  # already on: nothing to offer


def test_only_check_ins_still_ahead_count() -> None:
    now = utc(2025, 6, 16, 12)
    days = upcoming_checkin_days([utc(2025, 6, 10, 8), utc(2025, 6, 16, 8), utc(2025, 6, 18, 8)], now)
    assert days == (date(2025, 6, 16), date(2025, 6, 18))


def test_what_a_reminder_says_is_ours_and_never_empty() -> None:
    coming = Coming((date(2025, 6, 18),), date(2025, 6, 20))
    for reminder in between(ALL, coming, utc(2025, 6, 15, 0), utc(2025, 6, 22, 0)):
        assert reminder.title and reminder.body
