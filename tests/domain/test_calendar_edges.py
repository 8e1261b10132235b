"""Moments and days at the ends of the calendar (year 1, year 9999) and absurd plan lengths.

A journal may already hold them (an old import, a file edited by hand). Local time, plan days,
schedules and streaks must give an answer for them in every time zone, never OverflowError.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.plan_math import default_milestones, local_day, plan_day, plan_end
from app.domain.schedule import Cadence, countdown_text, local_to_utc, occurrences
from app.domain.streaks import streak_length
from app.domain.timeline import (
    local_date,
    local_day_bounds,
    local_day_start,
    local_time,
    month_days,
    month_of,
    shift_day,
)
from tests.extreme_journal import ZONES, local_zone

FIRST = datetime.min.replace(tzinfo=UTC)
LAST = datetime.max.replace(tzinfo=UTC)
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    with local_zone(request.param):
        yield request.param


def test_local_time_at_the_ends_of_the_calendar_stays_in_utc_where_it_must(zone: str) -> None:
    for moment in (FIRST, LAST):
        local = local_time(moment)
        assert local.tzinfo is not None
        assert local == moment  # the same instant, whichever zone it could be shown in
        assert local_date(moment) in (moment.date(), local.date())
        assert local_day(moment).year in (1, 9999)


def test_local_time_of_an_ordinary_moment_is_the_local_clock(zone: str) -> None:
    assert local_time(NOW) == NOW.astimezone() and local_time(NOW).utcoffset() == NOW.astimezone().utcoffset()


def test_shifting_a_day_stops_at_the_ends_of_the_calendar() -> None:
    assert shift_day(date(9999, 12, 30), 5) == date.max
    assert shift_day(date(2026, 3, 1), 10**18) == date.max
    assert shift_day(date(1, 1, 2), -5) == date.min
    assert shift_day(date(2026, 3, 1), -(10**18)) == date.min
    assert shift_day(date(2026, 3, 1), 29) == date(2026, 3, 30)


def test_local_days_at_the_ends_of_the_calendar_have_bounds(zone: str) -> None:
    for day in (date.min, date.max):
        start, end = local_day_bounds(day)
        assert start < end
    assert local_day_bounds(date.max)[1] == LAST
    assert local_day_start(date(2026, 3, 2)) == datetime(2026, 3, 2).astimezone().astimezone(UTC)


def test_months_at_the_ends_of_the_calendar() -> None:
    assert month_days(9999, 12)[-1] == date.max
    assert month_days(1, 1)[0] == date.min
    assert month_of(date.max, 1) == (9999, 12)
    assert month_of(date.min, -1) == (1, 1)
    assert month_of(date(2026, 12, 5), 1) == (2027, 1)


@pytest.mark.parametrize("start", [date(9999, 12, 31), date(1, 1, 1), date(2026, 3, 2)])
def test_an_absurdly_long_plan_ends_on_the_calendars_last_day(start: date) -> None:
    length = 10**18
    assert plan_end(start, length) == date.max
    milestones = default_milestones(start, length)
    assert milestones[-1] == date.max and all(start <= day <= date.max for day in milestones)
    where = plan_day(start, length, date(2026, 3, 2))
    assert where.total == length and 1 <= where.day <= length


def test_a_plan_starting_on_the_last_day_still_counts_its_days() -> None:
    where = plan_day(date.max, 30, date(2026, 3, 2))
    assert where.before_start and where.day == 1
    assert plan_end(date.max, 30) == date.max


def test_schedules_near_the_end_of_the_calendar_stop_at_it(zone: str) -> None:
    first = datetime(9999, 12, 1, 10, 0)
    meetings = occurrences(first, Cadence.WEEKLY, date.max)
    assert len(meetings) == 5 and all(moment.tzinfo is not None for moment in meetings)
    assert local_to_utc(datetime(9999, 12, 31, 23, 30)).year == 9999
    assert local_to_utc(datetime(1, 1, 1, 0, 30)).year == 1
    assert occurrences(LAST, Cadence.ONCE, date.max)  # an aware moment read as local time


def test_a_countdown_to_the_end_of_the_calendar_is_words(zone: str) -> None:
    assert countdown_text(LAST, NOW).startswith("in ")
    assert countdown_text(FIRST, NOW).endswith(")")
    assert "days ago" in countdown_text(FIRST, NOW)


def test_a_streak_reaching_back_to_the_first_day_ends_there() -> None:
    days = {date.min + timedelta(days=n) for n in range(3)}
    assert streak_length(days, date.min + timedelta(days=2)) == 3
    assert streak_length({date.min}, date.min) == 1
