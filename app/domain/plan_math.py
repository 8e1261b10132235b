"""The plan's arithmetic, in the person's calendar days: day X of N, milestones, what is overdue.

Everything here works on `date`, never on clock time, so a plan that crosses a daylight-saving
change still has exactly one day per calendar day. Moments (aware datetimes) become days only
through `local_day`, in the computer's own time zone.

A stored plan may be absurd (a length of 10**18 days, a start on 31 December 9999): its days are
held at the ends of the calendar rather than overflowing, so the plan still shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.timeline import local_date, shift_day
from app.domain.workbench import Goal, GoalStatus

MILESTONE_DAYS = (30, 60, 90)


@dataclass(frozen=True, slots=True)
class PlanDay:
    """Where today falls in the plan. `day` is clamped to 1..total; the flags say when it was."""

    day: int
    total: int
    before_start: bool
    after_end: bool


def _check_length(length_days: int) -> None:
    if length_days < 1:
        raise ValueError(f"a plan lasts at least one day, not {length_days}")


def local_day(moment: datetime) -> date:
    """The calendar day a moment falls on for the person (their computer's time zone)."""
    return local_date(moment)


def plan_end(start: date, length_days: int) -> date:
    """The plan's last day: a 30-day plan starting on 1 March ends on 30 March (at most 31 Dec 9999)."""
    _check_length(length_days)
    return shift_day(start, length_days - 1)


def plan_day(start: date, length_days: int, today: date) -> PlanDay:
    """Day 1 is the start date. Before the start it reads day 1, after the end day N, flagged."""
    _check_length(length_days)
    day = (today - start).days + 1
    return PlanDay(
        day=min(max(day, 1), length_days),
        total=length_days,
        before_start=day < 1,
        after_end=day > length_days,
    )


def default_milestones(start: date, length_days: int) -> tuple[date, ...]:
    """Plan days 30, 60 and 90 that fall within the plan, and always its last day.

    Milestone "30" is plan day 30, the last day of the first thirty, so a 30-, 60- or 90-day plan's
    final milestone is its end date and never one day past it.
    """
    end = plan_end(start, length_days)
    days = {shift_day(start, n - 1) for n in MILESTONE_DAYS if n <= length_days}
    days.add(end)
    return tuple(sorted(days))


def checkpoint_day(start: date, length_days: int, days: int) -> date:
    """Plan day `days` (30, 60, 90), or the plan's last day when the plan is shorter."""
    _check_length(length_days)
    return shift_day(start, min(days, length_days) - 1)


def next_milestone(milestones: Sequence[date], today: date) -> date | None:
    """The earliest milestone today or later; None when all of them are past (or there are none)."""
    upcoming = [day for day in milestones if day >= today]
    return min(upcoming) if upcoming else None


def days_until(day: date, today: date) -> int:
    """Calendar days from today to `day`: 0 today, 1 tomorrow, negative once it has passed."""
    return (day - today).days


def is_overdue(goal: Goal, today: date) -> bool:
    """A goal is past a milestone it should have met: worth raising before the next check-in.

    Done goals never are; nor are goals without milestones. A goal still not started, or at risk,
    is overdue once any of its milestones has passed; a goal on track only once its last one has
    (the earlier milestones were checkpoints it is meeting).
    """
    if goal.status == GoalStatus.DONE or not goal.milestones:
        return False
    if goal.status in (GoalStatus.NOT_STARTED, GoalStatus.AT_RISK):
        return min(goal.milestones) < today
    return max(goal.milestones) < today


def overdue(goals: Sequence[Goal], today: date) -> list[Goal]:
    """The overdue goals (see `is_overdue`), in the order given."""
    return [goal for goal in goals if is_overdue(goal, today)]
