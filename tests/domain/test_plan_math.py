"""Plan arithmetic by calendar day: day X of N, milestones, overdue goals, across clock changes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.plan_math import (
    PlanDay,
    checkpoint_day,
    days_until,
    default_goal_milestones,
    default_milestones,
    is_overdue,
    local_day,
    milestone_days,
    missed_milestone,
    next_milestone,
    overdue,
    pending_days,
    plan_day,
    plan_end,
    shown_checkpoints,
    unconfirmed,
)
from app.domain.workbench import (
    Goal,
    GoalMilestone,
    GoalStatus,
    MilestoneMark,
    Plan,
    PlanMilestone,
    PlanStatus,
    Stakeholder,
)


@pytest.fixture(params=["America/New_York", "Europe/Berlin"])
def local_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test with the computer's clock in a zone that changes to and from summer time."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


_CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def _goal(title: str, milestones: tuple[date | GoalMilestone, ...], status: GoalStatus = GoalStatus.ON_TRACK
          ) -> Goal:
    return Goal(
        uuid=title,
        plan_uuid="plan",
        title=title,
        success="",
        measure="",
        milestones=tuple(m if isinstance(m, GoalMilestone) else GoalMilestone(m) for m in milestones),
        status=status,
        notes="",
        position=0,
        created_at=_CREATED,
        updated_at=_CREATED,
    )


# -- end and day X of N --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "end"),
    [
        (1, date(2026, 3, 1)),
        (30, date(2026, 3, 30)),
        (45, date(2026, 4, 14)),
        (60, date(2026, 4, 29)),
        (90, date(2026, 5, 29)),
    ],
)
def test_plan_end_is_the_last_day(length: int, end: date) -> None:
    assert plan_end(date(2026, 3, 1), length) == end


def test_a_plan_needs_at_least_a_day() -> None:
    for bad in (0, -5):
        with pytest.raises(ValueError):
            plan_end(date(2026, 3, 1), bad)
        with pytest.raises(ValueError):
            plan_day(date(2026, 3, 1), bad, date(2026, 3, 1))
        with pytest.raises(ValueError):
            default_milestones(date(2026, 3, 1), bad)


def test_day_one_is_the_start_date() -> None:
    start = date(2026, 3, 1)
    assert plan_day(start, 90, start) == PlanDay(1, 90, before_start=False, after_end=False)
    assert plan_day(start, 90, date(2026, 3, 2)) == PlanDay(2, 90, False, False)
    assert plan_day(start, 90, plan_end(start, 90)) == PlanDay(90, 90, False, False)


def test_before_the_start_and_after_the_end_are_clamped_and_flagged() -> None:
    start = date(2026, 3, 1)
    assert plan_day(start, 30, date(2026, 2, 20)) == PlanDay(1, 30, before_start=True, after_end=False)
    assert plan_day(start, 30, date(2026, 2, 28)) == PlanDay(1, 30, True, False)
    assert plan_day(start, 30, date(2026, 3, 31)) == PlanDay(30, 30, before_start=False, after_end=True)
    assert plan_day(start, 30, date(2027, 1, 1)) == PlanDay(30, 30, False, True)


def test_a_one_day_plan() -> None:
    start = date(2026, 3, 1)
    assert plan_day(start, 1, start) == PlanDay(1, 1, False, False)
    assert default_milestones(start, 1) == (start,)


def test_leap_day_counts() -> None:
    assert plan_day(date(2028, 2, 1), 30, date(2028, 3, 1)).day == 30  # 29 days in Feb 2028
    assert plan_end(date(2028, 2, 1), 30) == date(2028, 3, 1)


# -- milestones ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "expected"),
    [
        (30, (date(2026, 3, 30),)),
        (45, (date(2026, 3, 30), date(2026, 4, 14))),
        (60, (date(2026, 3, 30), date(2026, 4, 29))),
        (90, (date(2026, 3, 30), date(2026, 4, 29), date(2026, 5, 29))),
        (120, (date(2026, 3, 30), date(2026, 4, 29), date(2026, 5, 29), date(2026, 6, 28))),
        (14, (date(2026, 3, 14),)),
    ],
)
def test_default_milestones(length: int, expected: tuple[date, ...]) -> None:
    start = date(2026, 3, 1)
    milestones = default_milestones(start, length)
    assert milestones == expected
    assert milestones[-1] == plan_end(start, length)  # the end day is always a milestone
    for day in milestones[:-1]:
        assert plan_day(start, length, day).day in (30, 60, 90)  # "day 30 of 90" on the milestone


def test_next_milestone() -> None:
    milestones = (date(2026, 5, 29), date(2026, 3, 30), date(2026, 4, 29))  # in any order
    assert next_milestone(milestones, date(2026, 3, 1)) == date(2026, 3, 30)
    assert next_milestone(milestones, date(2026, 3, 30)) == date(2026, 3, 30)  # today still counts
    assert next_milestone(milestones, date(2026, 3, 31)) == date(2026, 4, 29)
    assert next_milestone(milestones, date(2026, 5, 29)) == date(2026, 5, 29)  # on the end day
    assert next_milestone(milestones, date(2026, 5, 30)) is None
    assert next_milestone((), date(2026, 5, 30)) is None


def test_days_until() -> None:
    today = date(2026, 3, 10)
    assert days_until(today, today) == 0
    assert days_until(date(2026, 3, 11), today) == 1
    assert days_until(date(2026, 4, 10), today) == 31
    assert days_until(date(2026, 3, 1), today) == -9


# -- overdue -------------------------------------------------------------------------------------


def test_overdue_means_a_milestone_passed_that_the_goal_should_have_met() -> None:
    today = date(2026, 4, 15)
    late = _goal("late", (date(2026, 3, 30), date(2026, 4, 14)))
    due_today = _goal("due today", (date(2026, 4, 15),))
    still_time = _goal("still time", (date(2026, 3, 30), date(2026, 4, 29)))  # first passed, last ahead
    done = _goal("done", (date(2026, 3, 30),), GoalStatus.DONE)
    at_risk = _goal("at risk", (date(2026, 4, 1),), GoalStatus.AT_RISK)
    not_started = _goal("not started", (date(2026, 4, 1),), GoalStatus.NOT_STARTED)
    no_dates = _goal("no dates", ())
    goals = [late, due_today, still_time, done, at_risk, not_started, no_dates]
    assert overdue(goals, today) == [late, at_risk, not_started]
    assert not is_overdue(due_today, today)
    assert is_overdue(due_today, today + timedelta(days=1))
    assert overdue([], today) == []
    # Not started, or at risk, is worth raising once any milestone has passed.
    slow_start = _goal("slow start", (date(2026, 3, 30), date(2026, 5, 29)), GoalStatus.NOT_STARTED)
    wobbling = _goal("wobbling", (date(2026, 3, 30), date(2026, 5, 29)), GoalStatus.AT_RISK)
    assert overdue([still_time, slow_start, wobbling], today) == [slow_start, wobbling]


def test_each_milestone_says_how_it_went() -> None:
    """A milestone with a status of its own is met (done, on track) or missed (at risk) by it;
    one still "not started" is judged by the goal's status, as before milestones had one."""
    today = date(2026, 4, 15)
    first, last = date(2026, 3, 30), date(2026, 5, 29)
    # The goal says "not started", but the passed milestone was met: nothing is overdue.
    met = _goal("met", (GoalMilestone(first, status=GoalStatus.DONE), last), GoalStatus.NOT_STARTED)
    on_track = _goal("on track", (GoalMilestone(first, status=GoalStatus.ON_TRACK), last), GoalStatus.AT_RISK)
    # The goal says "on track", but its passed milestone was at risk: that is worth raising.
    missed = GoalMilestone(first, "Ten tickets a day", GoalStatus.AT_RISK)
    slipped = _goal("slipped", (missed, last), GoalStatus.ON_TRACK)
    assert overdue([met, on_track, slipped], today) == [slipped]
    assert missed_milestone(slipped, today) == missed
    assert missed_milestone(met, today) is None
    # Not yet passed, whatever its status: not overdue.
    ahead = _goal("ahead", (GoalMilestone(last, status=GoalStatus.AT_RISK),), GoalStatus.AT_RISK)
    assert not is_overdue(ahead, today)
    # A done goal never is, whatever its milestones say.
    assert not is_overdue(_goal("done", (missed,), GoalStatus.DONE), today)
    # On track with a passed last milestone that says nothing of its own: overdue, the old rule.
    ended = _goal("ended", (first, date(2026, 4, 14)), GoalStatus.ON_TRACK)
    assert missed_milestone(ended, today) == GoalMilestone(date(2026, 4, 14))
    # ...and not once that last milestone is marked done.
    closed = _goal("closed", (first, GoalMilestone(date(2026, 4, 14), status=GoalStatus.DONE)))
    assert not is_overdue(closed, today)


def test_milestone_days_and_what_is_still_ahead() -> None:
    goal = _goal("g", (date(2026, 5, 29), GoalMilestone(date(2026, 3, 30), status=GoalStatus.DONE),
                       date(2026, 4, 29)))
    assert milestone_days(goal) == (date(2026, 3, 30), date(2026, 4, 29), date(2026, 5, 29))
    assert pending_days(goal) == (date(2026, 4, 29), date(2026, 5, 29))  # the done one is behind
    assert next_milestone(pending_days(goal), date(2026, 3, 1)) == date(2026, 4, 29)
    start = date(2026, 3, 1)
    expected = tuple(GoalMilestone(d) for d in default_milestones(start, 60))
    assert default_goal_milestones(start, 60) == expected
    nine = default_goal_milestones(start, 9)
    blank = [m.success == "" and m.status == GoalStatus.NOT_STARTED for m in nine]
    assert blank and all(blank)


# -- who has confirmed ---------------------------------------------------------------------------


def test_unconfirmed_lists_who_has_not_confirmed_in_order() -> None:
    priya = Stakeholder("Priya", "Weekly updates", confirmed_on=date(2026, 3, 3))
    sam, lee = Stakeholder("Sam from HR"), Stakeholder("Lee", "Fewer escalations")
    plan = Plan("p", date(2026, 3, 1), 90, "Dana", (sam, priya, lee), PlanStatus.ACTIVE, _CREATED, _CREATED)
    assert unconfirmed(plan) == [sam, lee]
    assert unconfirmed(replace(plan, stakeholders=())) == []
    everyone = tuple(replace(p, confirmed_on=date(2026, 3, 4)) for p in plan.stakeholders)
    assert unconfirmed(replace(plan, stakeholders=everyone)) == []


# -- the plan's checkpoints ----------------------------------------------------------------------


def _checkpoints(length: int, **words: str) -> list[PlanMilestone]:
    start = date(2026, 3, 1)
    return [
        PlanMilestone("p", mark, checkpoint_day(start, length, int(mark)), words.get(f"d{mark.value}", ""))
        for mark in MilestoneMark
    ]


@pytest.mark.parametrize(("length", "marks"), [(90, ["30", "60", "90"]), (120, ["30", "60", "90"]),
                                               (60, ["30", "60"]), (45, ["30", "60"]), (30, ["30"]),
                                               (1, ["30"])])
def test_checkpoints_on_one_day_show_once(length: int, marks: list[str]) -> None:
    assert [c.mark.value for c in shown_checkpoints(_checkpoints(length))] == marks


def test_a_checkpoint_with_words_always_shows() -> None:
    shown = shown_checkpoints(_checkpoints(30, d90="Trusted with the release"))
    assert [c.mark.value for c in shown] == ["30", "90"]
    assert shown[1].success == "Trusted with the release"
    assert [c.mark.value for c in shown_checkpoints(_checkpoints(30, d60=" ", d90=""))] == ["30"]


# -- across daylight-saving changes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "today", "day"),
    [
        (date(2026, 3, 1), date(2026, 3, 8), 8),  # New York springs forward on 8 March 2026
        (date(2026, 3, 1), date(2026, 3, 29), 29),  # Berlin springs forward on 29 March 2026
        (date(2026, 3, 1), date(2026, 3, 30), 30),
        (date(2026, 10, 1), date(2026, 10, 25), 25),  # Berlin falls back on 25 October 2026
        (date(2026, 10, 1), date(2026, 11, 1), 32),  # New York falls back on 1 November 2026
        (date(2026, 10, 1), date(2026, 12, 29), 90),
    ],
)
def test_day_numbers_are_calendar_days_across_clock_changes(
    local_zone: str, start: date, today: date, day: int
) -> None:
    assert plan_day(start, 90, today).day == day
    assert days_until(today, start) == day - 1


def test_a_plan_spanning_both_changes_has_one_day_per_date(local_zone: str) -> None:
    start = date(2026, 2, 15)
    length = 300  # spring and autumn changes both inside
    seen = [plan_day(start, length, start + timedelta(days=n)).day for n in range(length)]
    assert seen == list(range(1, length + 1))
    assert plan_end(start, length) == date(2026, 12, 11)
    assert default_milestones(start, length)[:3] == (date(2026, 3, 16), date(2026, 4, 15), date(2026, 5, 15))


def test_local_day_follows_the_local_calendar_through_a_change(local_zone: str) -> None:
    """Noon on each local day maps back to that day, even on the 23- and 25-hour days."""
    first = datetime(2026, 3, 1, 12, 0)  # naive: local wall-clock time
    for n in range(0, 250):
        wall_clock = first + timedelta(days=n)
        moment = wall_clock.astimezone(UTC)
        assert local_day(moment) == wall_clock.date()


def test_local_day_late_in_the_evening(local_zone: str) -> None:
    """23:30 local on the night the clocks change is still that day, not the next one."""
    for night in (date(2026, 3, 8), date(2026, 3, 29), date(2026, 10, 25), date(2026, 11, 1)):
        moment = datetime(night.year, night.month, night.day, 23, 30).astimezone(UTC)
        assert local_day(moment) == night
        start = night - timedelta(days=9)
        assert plan_day(start, 30, local_day(moment)).day == 10
