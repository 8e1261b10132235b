"""The plan's arithmetic, in the person's calendar days: day X of N, milestones, what is overdue,
who has not confirmed the plan yet.

Everything here works on `date`, never on clock time, so a plan that crosses a daylight-saving
change still has exactly one day per calendar day. Moments (aware datetimes) become days only
through `local_day`, in the computer's own time zone.

A stored plan may be absurd (a length of 10**18 days, a start on 31 December 9999): its days are
held at the ends of the calendar rather than overflowing, so the plan still shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from app.domain.timeline import local_date, shift_day
from app.domain.workbench import Goal, GoalMilestone, GoalStatus, Plan, PlanMilestone, Stakeholder

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


def default_goal_milestones(start: date, length_days: int) -> tuple[GoalMilestone, ...]:
    """A new goal's milestones: the default days, each with nothing written and not started."""
    return tuple(GoalMilestone(day) for day in default_milestones(start, length_days))


def checkpoint_day(start: date, length_days: int, days: int) -> date:
    """Plan day `days` (30, 60, 90), or the plan's last day when the plan is shorter."""
    _check_length(length_days)
    return shift_day(start, min(days, length_days) - 1)


def milestone_days(goal: Goal) -> tuple[date, ...]:
    """The goal's milestone dates, earliest first (a day twice is listed twice)."""
    return tuple(sorted(milestone.due_on for milestone in goal.milestones))


def pending_days(goal: Goal) -> tuple[date, ...]:
    """The dates of the goal's milestones not marked done, earliest first: what is still ahead."""
    return tuple(sorted(m.due_on for m in goal.milestones if m.status != GoalStatus.DONE))


def next_milestone(milestones: Sequence[date], today: date) -> date | None:
    """The earliest milestone today or later; None when all of them are past (or there are none)."""
    upcoming = [day for day in milestones if day >= today]
    return min(upcoming) if upcoming else None


def days_until(day: date, today: date) -> int:
    """Calendar days from today to `day`: 0 today, 1 tomorrow, negative once it has passed."""
    return (day - today).days


def missed_milestone(goal: Goal, today: date) -> GoalMilestone | None:
    """The earliest milestone whose day has passed without being met, or None.

    Done goals have none. A milestone says how it went by its own status: done or on track is
    met, at risk is missed. One still "not started" has not been given a status of its own, so
    the goal's status speaks for it: a goal not started or at risk has missed it; a goal on track
    has missed only its last milestone (the earlier ones were checkpoints it is meeting).
    """
    if goal.status == GoalStatus.DONE or not goal.milestones:
        return None
    last = max(milestone.due_on for milestone in goal.milestones)
    for milestone in sorted(goal.milestones, key=lambda m: m.due_on):
        if milestone.due_on >= today:
            break
        if milestone.status == GoalStatus.NOT_STARTED:
            missed = goal.status != GoalStatus.ON_TRACK or milestone.due_on == last
        else:
            missed = milestone.status == GoalStatus.AT_RISK
        if missed:
            return milestone
    return None


def is_overdue(goal: Goal, today: date) -> bool:
    """A goal is past a milestone it has not met (see `missed_milestone`): worth raising before
    the next check-in."""
    return missed_milestone(goal, today) is not None


def overdue(goals: Sequence[Goal], today: date) -> list[Goal]:
    """The overdue goals (see `is_overdue`), in the order given."""
    return [goal for goal in goals if is_overdue(goal, today)]


def unconfirmed(plan: Plan) -> list[Stakeholder]:
    """The plan's stakeholders who have not confirmed it yet, in the plan's order."""
    return [person for person in plan.stakeholders if person.confirmed_on is None]


def shown_checkpoints(checkpoints: Sequence[PlanMilestone]) -> list[PlanMilestone]:
    """The checkpoints worth a row of their own, in order: each day once, however many marks fall
    on it (a 30-day plan's 30, 60 and 90 are all its last day), and any mark with words written
    for it, so nothing written is ever hidden."""
    seen: set[date] = set()
    shown: list[PlanMilestone] = []
    for checkpoint in sorted(checkpoints, key=lambda c: int(c.mark)):
        if checkpoint.due_on not in seen or checkpoint.success.strip():
            shown.append(checkpoint)
        seen.add(checkpoint.due_on)
    return shown


def moved_checkpoints(
    checkpoints: Sequence[PlanMilestone], start: date, length_days: int
) -> list[PlanMilestone]:
    """The checkpoints to move when the plan's start or length changed: each one not reviewed yet
    goes to its day in the plan as it is now (one already reviewed keeps the day it was reviewed
    for). Checkpoints with nothing written already read as the plan's days."""
    moved = []
    for checkpoint in checkpoints:
        day = checkpoint_day(start, length_days, int(checkpoint.mark))
        if checkpoint.reviewed_at is None and checkpoint.due_on != day:
            moved.append(replace(checkpoint, due_on=day))
    return moved
