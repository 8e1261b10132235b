"""Check-in schedules: repeats that keep their local time across clock changes, the next one, countdowns."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest

from app.domain.schedule import (
    GRACE,
    Cadence,
    countdown_text,
    local_to_utc,
    next_checkin,
    occurrences,
    short_day,
)
from app.domain.workbench import CheckIn


def _set_zone(name: str | None) -> None:
    if name is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = name
    time.tzset()


@pytest.fixture
def berlin() -> Iterator[None]:
    before = os.environ.get("TZ")
    _set_zone("Europe/Berlin")
    try:
        yield
    finally:
        _set_zone(before)


@pytest.fixture
def new_york() -> Iterator[None]:
    before = os.environ.get("TZ")
    _set_zone("America/New_York")
    try:
        yield
    finally:
        _set_zone(before)


def _checkin(uuid: str, at: datetime, *, held: bool = False, created: datetime | None = None) -> CheckIn:
    made = created or datetime(2026, 1, 1, tzinfo=UTC)
    return CheckIn(uuid, at, "", "", None, held, "", made, made)


# -- cadence -------------------------------------------------------------------------------------


def test_cadence_values_and_labels() -> None:
    assert [c.value for c in Cadence] == ["once", "weekly", "fortnightly"]
    assert Cadence("weekly") is Cadence.WEEKLY
    assert {c.label for c in Cadence} == {"Just once", "Every week", "Every two weeks"}
    assert [c.step_days for c in Cadence] == [0, 7, 14]


# -- occurrences ---------------------------------------------------------------------------------


def test_weekly_across_the_spring_change_keeps_ten_o_clock(berlin: None) -> None:
    # Berlin moves from +01:00 to +02:00 on Sunday 29 March 2026
    meetings = occurrences(datetime(2026, 3, 17, 10, 0), Cadence.WEEKLY, date(2026, 4, 7))
    assert meetings == [
        datetime(2026, 3, 17, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 24, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 31, 8, 0, tzinfo=UTC),
        datetime(2026, 4, 7, 8, 0, tzinfo=UTC),  # `until` is inclusive
    ]
    assert all(m.tzinfo is UTC for m in meetings)
    assert [m.astimezone().strftime("%a %H:%M") for m in meetings] == ["Tue 10:00"] * 4


def test_weekly_across_the_autumn_change_keeps_ten_o_clock(berlin: None) -> None:
    # Berlin moves from +02:00 back to +01:00 on Sunday 25 October 2026
    meetings = occurrences(datetime(2026, 10, 18, 10, 0), Cadence.WEEKLY, date(2026, 11, 1))
    assert meetings == [
        datetime(2026, 10, 18, 8, 0, tzinfo=UTC),
        datetime(2026, 10, 25, 9, 0, tzinfo=UTC),  # on the very day of the change
        datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
    ]
    assert {m.astimezone().strftime("%H:%M") for m in meetings} == {"10:00"}


def test_fortnightly_over_a_year_keeps_its_weekday_and_time(berlin: None) -> None:
    meetings = occurrences(datetime(2026, 1, 8, 14, 30), Cadence.FORTNIGHTLY, date(2026, 12, 31))
    assert len(meetings) == 26
    local = [m.astimezone() for m in meetings]
    assert {m.strftime("%a %H:%M") for m in local} == {"Thu 14:30"}
    assert all((b.date() - a.date()).days == 14 for a, b in pairwise(local))
    offsets = {m.utcoffset() for m in local}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # both winter and summer time seen


def test_weekly_in_new_york_too(new_york: None) -> None:
    # New York springs forward on 8 March and falls back on 1 November 2026
    spring = occurrences(datetime(2026, 3, 2, 9, 30), Cadence.WEEKLY, date(2026, 3, 16))
    assert [m.hour for m in spring] == [14, 13, 13]
    autumn = occurrences(datetime(2026, 10, 26, 9, 30), Cadence.WEEKLY, date(2026, 11, 2))
    assert [m.hour for m in autumn] == [13, 14]
    assert {m.astimezone().strftime("%H:%M") for m in spring + autumn} == {"09:30"}


def test_once_is_one_meeting_whatever_the_end(berlin: None) -> None:
    first = datetime(2026, 5, 4, 11, 0)
    assert occurrences(first, Cadence.ONCE, date(2026, 12, 31)) == [datetime(2026, 5, 4, 9, 0, tzinfo=UTC)]
    assert occurrences(first, Cadence.ONCE, date(2026, 1, 1)) == [datetime(2026, 5, 4, 9, 0, tzinfo=UTC)]


def test_repeats_end_on_or_before_until(berlin: None) -> None:
    first = datetime(2026, 5, 4, 11, 0)
    assert occurrences(first, Cadence.WEEKLY, date(2026, 5, 3)) == []
    assert len(occurrences(first, Cadence.WEEKLY, date(2026, 5, 4))) == 1
    assert len(occurrences(first, Cadence.WEEKLY, date(2026, 5, 10))) == 1
    assert len(occurrences(first, Cadence.WEEKLY, date(2026, 5, 11))) == 2


def test_an_aware_first_meeting_is_read_as_local_time(berlin: None) -> None:
    aware = datetime(2026, 3, 24, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
    meetings = occurrences(aware, Cadence.WEEKLY, date(2026, 3, 31))
    assert [m.astimezone().strftime("%d %H:%M") for m in meetings] == ["24 10:00", "31 10:00"]


def test_times_the_clock_skips_or_repeats(berlin: None) -> None:
    # 02:30 does not exist on 29 March: it moves forward to 03:30 summer time
    assert local_to_utc(datetime(2026, 3, 29, 2, 30)) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    # 02:30 happens twice on 25 October: the first one is meant
    assert local_to_utc(datetime(2026, 10, 25, 2, 30)) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert local_to_utc(datetime(2026, 7, 1, 12, 0)) == datetime(2026, 7, 1, 10, 0, tzinfo=UTC)


# -- next check-in -------------------------------------------------------------------------------


def test_next_checkin_is_the_earliest_not_held_and_not_long_past() -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    long_past = _checkin("long past", now - timedelta(days=3))
    held = _checkin("held", now + timedelta(hours=1), held=True)
    later = _checkin("later", now + timedelta(days=7))
    soon = _checkin("soon", now + timedelta(days=1))
    assert next_checkin([long_past, later, held, soon], now) == soon
    assert next_checkin([long_past, held], now) is None
    assert next_checkin([], now) is None


def test_a_meeting_that_just_started_is_still_next() -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    running = _checkin("running", now - timedelta(minutes=90))
    edge = _checkin("edge", now - GRACE)
    over = _checkin("over", now - GRACE - timedelta(seconds=1))
    tomorrow = _checkin("tomorrow", now + timedelta(days=1))
    assert next_checkin([tomorrow, running], now) == running
    assert next_checkin([tomorrow, edge], now) == edge
    assert next_checkin([tomorrow, over], now) == tomorrow


def test_two_at_the_same_time_pick_the_older_one() -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    at = now + timedelta(days=2)
    newer = _checkin("newer", at, created=datetime(2026, 3, 2, tzinfo=UTC))
    older = _checkin("older", at, created=datetime(2026, 3, 1, tzinfo=UTC))
    assert next_checkin([newer, older], now) == older


# -- countdown -----------------------------------------------------------------------------------


def _berlin_time(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """A local wall-clock time (the fixture's zone) as the UTC moment the store would hold."""
    return datetime(year, month, day, hour, minute).astimezone(UTC)


def test_countdown_words(berlin: None) -> None:
    now = _berlin_time(2026, 3, 9, 8, 0)  # a Monday morning
    assert countdown_text(_berlin_time(2026, 3, 9, 14, 0), now) == "today at 14:00"
    assert countdown_text(_berlin_time(2026, 3, 10, 9, 30), now) == "tomorrow at 09:30"
    assert countdown_text(_berlin_time(2026, 3, 12, 10, 0), now) == "in 3 days (Thu 12 Mar, 10:00)"
    assert countdown_text(_berlin_time(2026, 3, 9, 7, 0), now) == "today at 07:00"
    assert countdown_text(_berlin_time(2026, 3, 8, 16, 0), now) == "yesterday at 16:00"
    assert countdown_text(_berlin_time(2026, 3, 5, 16, 0), now) == "4 days ago (Thu 5 Mar, 16:00)"


def test_countdown_counts_calendar_days_not_hours(berlin: None) -> None:
    late = _berlin_time(2026, 3, 9, 23, 50)
    assert countdown_text(_berlin_time(2026, 3, 10, 0, 10), late) == "tomorrow at 00:10"
    # across the spring change (a 23-hour Sunday) the week is still seven days
    assert countdown_text(_berlin_time(2026, 4, 2, 10, 0), _berlin_time(2026, 3, 26, 10, 0)) == (
        "in 7 days (Thu 2 Apr, 10:00)"
    )
    assert countdown_text(_berlin_time(2026, 3, 30, 10, 0), _berlin_time(2026, 3, 28, 11, 0)) == (
        "in 2 days (Mon 30 Mar, 10:00)"
    )


def test_countdown_uses_local_time(new_york: None) -> None:
    now = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)  # still 9 March, 23:00, in New York
    when = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)  # 10 March, 10:00 in New York
    assert countdown_text(when, now) == "tomorrow at 10:00"


def test_countdown_names_another_year(berlin: None) -> None:
    now = _berlin_time(2026, 12, 28, 9, 0)
    assert countdown_text(_berlin_time(2027, 1, 4, 9, 0), now) == "in 7 days (Mon 4 Jan 2027, 09:00)"


def test_short_day() -> None:
    assert short_day(date(2026, 3, 12)) == "Thu 12 Mar"
    assert short_day(date(2026, 3, 1), with_year=True) == "Sun 1 Mar 2026"
    assert short_day(date(2026, 12, 31)) == "Thu 31 Dec"
