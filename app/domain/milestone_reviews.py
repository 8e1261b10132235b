"""When the plan's checkpoints arrive: which reviews are due, and what each one looks back on.

A review is taken when a checkpoint's day comes, not at the end of the plan: what was met, the
evidence logged by then, and what to raise at the next check-in. It is kept on the checkpoint
(`PlanMilestone.met`, `to_raise`, `reviewed_at`).

A plan shorter than 90 days ends its later checkpoints on its last day (plan_math.checkpoint_day),
so two or three marks can share a day. They are one review: the day is offered once, under its
first mark, and a review kept under any of them covers the day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.workbench import Goal, GoalMilestone, GoalStatus, PlanMilestone
from app.i18n import translate
from app.i18n_dates import date_words


def _by_day(milestones: Sequence[PlanMilestone]) -> dict[date, list[PlanMilestone]]:
    """The checkpoints grouped by their day, days in order and marks in order within a day."""
    days: dict[date, list[PlanMilestone]] = {}
    for milestone in sorted(milestones, key=lambda m: (m.due_on, int(m.mark))):
        days.setdefault(milestone.due_on, []).append(milestone)
    return days


def is_reviewed(milestone: PlanMilestone) -> bool:
    return milestone.reviewed_at is not None


def has_words(milestone: PlanMilestone) -> bool:
    """Whether anything was written in the checkpoint's review (done or not)."""
    return bool(milestone.met.strip() or milestone.to_raise.strip())


def sharing_day(milestones: Sequence[PlanMilestone], milestone: PlanMilestone) -> list[PlanMilestone]:
    """The checkpoints on the same day as `milestone` (itself among them), in mark order."""
    return _by_day(milestones).get(milestone.due_on, [milestone])


def review_of(milestones: Sequence[PlanMilestone], milestone: PlanMilestone) -> PlanMilestone:
    """The checkpoint that holds the review for `milestone`'s day: one already reviewed, else one
    with words in it, else the day's first mark."""
    day = sharing_day(milestones, milestone)
    return (next((m for m in day if is_reviewed(m)), None)
            or next((m for m in day if has_words(m)), None)
            or day[0])


def reviews_due(milestones: Sequence[PlanMilestone], today: date) -> list[PlanMilestone]:
    """Checkpoints whose day has arrived (due on or before `today`) with no review yet, oldest
    first; checkpoints sharing a day come once, as the one that holds (or will hold) its review."""
    return [review_of(day, day[0]) for due_on, day in _by_day(milestones).items()
            if due_on <= today and not any(is_reviewed(m) for m in day)]


def reviews_kept(milestones: Sequence[PlanMilestone]) -> list[PlanMilestone]:
    """The reviews done so far, oldest first, one per day."""
    days = _by_day(milestones).values()
    return [review_of(day, day[0]) for day in days if any(is_reviewed(m) for m in day)]


def checkpoints(milestones: Sequence[PlanMilestone]) -> list[PlanMilestone]:
    """One checkpoint per day, oldest first, each the one that holds (or will hold) its review."""
    return [review_of(day, day[0]) for day in _by_day(milestones).values()]


def success_words(milestones: Sequence[PlanMilestone], milestone: PlanMilestone) -> list[str]:
    """What success was meant to look like on `milestone`'s day, from every mark on that day, each once."""
    found: list[str] = []
    for m in sharing_day(milestones, milestone):
        text = m.success.strip()
        if text and text not in found:
            found.append(text)
    return found


def plan_day_number(start: date, day: date) -> int:
    """Which day of the plan `day` is: the start date is day 1."""
    return (day - start).days + 1


def checkpoint_title(start: date, milestone: PlanMilestone) -> str:
    """'Day 30 — 31 March' (the plan's own day, so a 45-day plan's last checkpoint is day 45)."""
    day = milestone.due_on
    return translate("MilestoneReviews", "Day {number} — {day}").format(
        number=plan_day_number(start, day), day=date_words(day, translate("Dates", "%-d %B")))


def offer_text(start: date, due: Sequence[PlanMilestone]) -> str:
    """What Today says when reviews are due (the oldest first); empty when none is."""
    if not due:
        return ""
    day = plan_day_number(start, due[0].due_on)
    text = translate("MilestoneReviews", "Day {day} of your plan has arrived — take ten minutes to review "
                     "it").format(day=day)
    more = len(due) - 1
    if more:
        text += (translate("MilestoneReviews", " (and one more after it)") if more == 1
                 else translate("MilestoneReviews", " (and {more} more after it)").format(more=more))
    return text + "."


@dataclass(frozen=True, slots=True)
class GoalAtCheckpoint:
    """A goal as it stood at one checkpoint: what success meant then, and its status."""

    title: str
    success: str
    status: GoalStatus


def goal_at(goal: Goal, day: date) -> GoalAtCheckpoint:
    """The goal at the checkpoint on `day`: its own milestone nearest that day when it has any
    (its success then, falling back to the goal's overall success, and its status then); else
    the goal's overall success and status."""
    marks = [m for m in goal.milestones if isinstance(m, GoalMilestone)]
    if not marks:
        return GoalAtCheckpoint(goal.title, goal.success, goal.status)
    nearest = min(marks, key=lambda m: (abs((m.due_on - day).days), m.due_on))
    return GoalAtCheckpoint(goal.title, nearest.success.strip() or goal.success, nearest.status)
