"""The plan in words: the headline and summary over the tool, and the lines under goals and records.

Plain functions of the plan's records and today's date, so they read the same wherever they show.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.domain.plan_math import (
    days_until,
    missed_milestone,
    next_milestone,
    overdue,
    pending_days,
    plan_day,
    plan_end,
    unconfirmed,
)
from app.domain.workbench import (
    Alignment,
    Evidence,
    Goal,
    GoalStatus,
    Plan,
    PlanMilestone,
    PlanStatus,
    Stakeholder,
)
from app.i18n import Plural, translate
from app.ui.plan.evidence_dialog import PLAN_IN_GENERAL
from app.ui.widgets.day_words import relative_days, short_date


def day_count(days: int) -> str:
    """'1 day', '90 days': a custom plan may be a single day long."""
    return f"{days} day" if days == 1 else f"{days} days"


def plan_next_milestone(goals: Sequence[Goal], today: date) -> date | None:
    """The nearest milestone, not marked done, of any goal that is not done yet."""
    upcoming = [next_milestone(pending_days(goal), today) for goal in goals if goal.status != GoalStatus.DONE]
    days = [day for day in upcoming if day is not None]
    return min(days) if days else None


def plan_headline(plan: Plan, goals: Sequence[Goal], today: date) -> str:
    """'Day 12 of 90 · ends Thu 12 Mar · next milestone in 9 days', or what fits before and after."""
    end = plan_end(plan.start, plan.length_days)
    if plan.status != PlanStatus.ACTIVE:
        return f"{plan.status.label} · {short_date(plan.start, today)} to {short_date(end, today)}"
    where = plan_day(plan.start, plan.length_days, today)
    if where.before_start:
        parts = [f"Starts {relative_days(days_until(plan.start, today))}, {short_date(plan.start, today)}",
                 day_count(plan.length_days), f"ends {short_date(end, today)}"]
    elif where.after_end:
        behind = "The one day is" if where.total == 1 else f"All {where.total} days are"
        return f"{behind} behind you · the plan ended {short_date(end, today)}"
    else:
        parts = [f"Day {where.day} of {where.total}", f"ends {short_date(end, today)}"]
    upcoming = plan_next_milestone(goals, today)
    if upcoming is not None:
        parts.append(f"next milestone {relative_days(days_until(upcoming, today))}")
    return " · ".join(parts)


def plan_summary(plan: Plan, goals: Sequence[Goal], today: date) -> str:
    """Who is involved and how the goals stand, in one line under the headline."""
    parts = [f"{plan.status.label} plan"]
    if plan.manager.strip():
        parts.append(f"with {plan.manager.strip()}")
    names = [person.name for person in plan.stakeholders if person.name]
    if names:
        parts.append("also " + ", ".join(names))
    waiting = unconfirmed(plan)
    if waiting:
        parts.append(not_confirmed_words(waiting))
    if goals:
        counts = [f"{sum(1 for g in goals if g.status == s)} {s.label.lower()}"
                  for s in (GoalStatus.DONE, GoalStatus.ON_TRACK, GoalStatus.AT_RISK)
                  if any(g.status == s for g in goals)]
        goal_word = "goal" if len(goals) == 1 else "goals"
        parts.append(f"{len(goals)} {goal_word}" + (f" ({', '.join(counts)})" if counts else ""))
        late = len(overdue(goals, today))
        if late:
            parts.append(f"{late} overdue")
    else:
        parts.append("no goals yet")
    return " · ".join(parts)


def goal_line(goal: Goal, today: date, wins: int = 0) -> str:
    """The line under a goal's title: where its dates stand, and how much evidence it has."""
    if goal.status == GoalStatus.DONE:
        text = "Done"
    elif (missed := missed_milestone(goal, today)) is not None:
        text = f"Overdue: the milestone of {short_date(missed.due_on, today)} is not met yet"
    else:
        upcoming = next_milestone(pending_days(goal), today)
        if upcoming is None:
            text = "All milestones met" if goal.milestones else "No milestone dates yet"
        else:
            when = relative_days(days_until(upcoming, today))
            text = f"Next milestone {short_date(upcoming, today)}, {when}"
    if wins:
        text += f" · {wins} {'piece' if wins == 1 else 'pieces'} of evidence"
    return text


def not_confirmed_words(waiting: Sequence[Stakeholder]) -> str:
    """'Sam has not confirmed yet', 'Sam and Lee have not…', '3 people have not…'."""
    names = [person.name or translate("PlanWords", "someone") for person in waiting]
    if len(names) == 1:
        return translate("PlanWords", "{name} has not confirmed yet").format(name=names[0])
    if len(names) == 2:
        return translate("PlanWords", "{first} and {second} have not confirmed yet").format(
            first=names[0], second=names[1])
    return Plural.tr("%n people have not confirmed yet", "", len(names))


def checkpoint_heading(checkpoint: PlanMilestone, length_days: int, today: date, *,
                       shared: bool = False) -> str:
    """'Day 30 — Tue 31 Mar', 'Day 90 / the end — Fri 29 May'; for a mark past a shorter plan's
    end, 'The end, day 45 — Wed 15 Apr', or when an earlier row already holds that day (`shared`),
    what was written for it: 'For day 90 (the plan ends on day 45) — Wed 15 Apr'."""
    mark = int(checkpoint.mark)
    when = short_date(checkpoint.due_on, today)
    if mark < length_days:
        return f"Day {mark} — {when}"
    if shared:
        return f"For day {mark} (the plan ends on day {length_days}) — {when}"
    if mark == length_days:
        return f"Day {mark} / the end — {when}"
    return f"The end, day {length_days} — {when}"


def parse_people(text: str) -> tuple[str, ...]:
    """One name a line; blank lines and repeats dropped, the order kept."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        name = line.strip()
        if name:
            seen.setdefault(name, None)
    return tuple(seen)


def alignment_text(alignment: Alignment, today: date) -> str:
    who = alignment.who or "Someone"
    about = alignment.about.strip().splitlines()[0] if alignment.about.strip() else "the plan"
    return f"{who} · {short_date(alignment.agreed_on, today)} · {alignment.how.label.lower()}\n{about}"


def evidence_text(evidence: Evidence, goal_names: dict[str, str], today: date) -> str:
    goal = goal_names.get(evidence.goal_uuid or "", PLAN_IN_GENERAL)
    origin = " · from your journal" if evidence.entry_uuid else ""
    return f"{short_date(evidence.happened_on, today)} · {goal}{origin}\n{evidence.text}"
