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
from app.i18n_dates import relative_days, short_date
from app.ui.plan.evidence_dialog import PLAN_IN_GENERAL


def day_count(days: int) -> str:
    """'1 day', '90 days': a custom plan may be a single day long."""
    return translate("PlanWords", "1 day") if days == 1 else Plural.tr("%n days", "", days)


def plan_next_milestone(goals: Sequence[Goal], today: date) -> date | None:
    """The nearest milestone, not marked done, of any goal that is not done yet."""
    upcoming = [next_milestone(pending_days(goal), today) for goal in goals if goal.status != GoalStatus.DONE]
    days = [day for day in upcoming if day is not None]
    return min(days) if days else None


def plan_headline(plan: Plan, goals: Sequence[Goal], today: date) -> str:
    """'Day 12 of 90 · ends Thu 12 Mar · next milestone in 9 days', or what fits before and after."""
    end = plan_end(plan.start, plan.length_days)
    if plan.status != PlanStatus.ACTIVE:
        return translate("PlanWords", "{status} · {start} to {end}").format(
            status=plan.status.label, start=short_date(plan.start, today), end=short_date(end, today))
    where = plan_day(plan.start, plan.length_days, today)
    if where.before_start:
        starts = translate("PlanWords", "Starts {when}, {day}").format(
            when=relative_days(days_until(plan.start, today)), day=short_date(plan.start, today))
        parts = [starts, day_count(plan.length_days),
                 translate("PlanWords", "ends {day}").format(day=short_date(end, today))]
    elif where.after_end:
        if where.total == 1:
            behind = translate("PlanWords", "The one day is behind you · the plan ended {day}")
        else:
            behind = Plural.tr("All %n days are behind you · the plan ended {day}", "", where.total)
        return behind.format(day=short_date(end, today))
    else:
        parts = [translate("PlanWords", "Day {day} of {total}").format(day=where.day, total=where.total),
                 translate("PlanWords", "ends {day}").format(day=short_date(end, today))]
    upcoming = plan_next_milestone(goals, today)
    if upcoming is not None:
        parts.append(translate("PlanWords", "next milestone {relative_days}").format(
            relative_days=relative_days(days_until(upcoming, today))))
    return " · ".join(parts)


def plan_summary(plan: Plan, goals: Sequence[Goal], today: date) -> str:
    """Who is involved and how the goals stand, in one line under the headline."""
    parts = [translate("PlanWords", "{status} plan").format(status=plan.status.label)]
    if plan.manager.strip():
        parts.append(translate("PlanWords", "with {strip}").format(strip=plan.manager.strip()))
    names = [person.name for person in plan.stakeholders if person.name]
    if names:
        parts.append(translate("PlanWords", "also {names}").format(names=", ".join(names)))
    waiting = unconfirmed(plan)
    if waiting:
        parts.append(not_confirmed_words(waiting))
    if goals:
        counts = [translate("PlanWords", "{count} {status}").format(
                      count=sum(1 for g in goals if g.status == s), status=s.label.lower())
                  for s in (GoalStatus.DONE, GoalStatus.ON_TRACK, GoalStatus.AT_RISK)
                  if any(g.status == s for g in goals)]
        goal_words = (translate("PlanWords", "1 goal") if len(goals) == 1
                      else Plural.tr("%n goals", "", len(goals)))
        parts.append(goal_words + (f" ({', '.join(counts)})" if counts else ""))
        late = len(overdue(goals, today))
        if late:
            parts.append(translate("PlanWords", "{late} overdue").format(late=late))
    else:
        parts.append(translate("PlanWords", "no goals yet"))
    return " · ".join(parts)


def goal_line(goal: Goal, today: date, wins: int = 0) -> str:
    """The line under a goal's title: where its dates stand, and how much evidence it has."""
    if goal.status == GoalStatus.DONE:
        text = translate("PlanWords", "Done")
    elif (missed := missed_milestone(goal, today)) is not None:
        text = translate("PlanWords", "Overdue: the milestone of {day} is not met yet").format(
            day=short_date(missed.due_on, today))
    else:
        upcoming = next_milestone(pending_days(goal), today)
        if upcoming is None:
            text = (translate("PlanWords", "All milestones met") if goal.milestones
                    else translate("PlanWords", "No milestone dates yet"))
        else:
            when = relative_days(days_until(upcoming, today))
            text = translate("PlanWords",
                             "Next milestone {day}, {when}").format(day=short_date(upcoming, today),
                                                                                 when=when)
    if wins:
        text += (translate("PlanWords", " · 1 piece of evidence") if wins == 1
                 else Plural.tr(" · %n pieces of evidence", "", wins))
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
        return translate("PlanWords", "Day {mark} — {when}").format(mark=mark, when=when)
    if shared:
        return translate("PlanWords", "For day {mark} (the plan ends on day {length_days}) — {when}").format(
            mark=mark, length_days=length_days, when=when)
    if mark == length_days:
        return translate("PlanWords", "Day {mark} / the end — {when}").format(mark=mark, when=when)
    return translate("PlanWords", "The end, day {length_days} — {when}").format(length_days=length_days,
                                                                                when=when)


def parse_people(text: str) -> tuple[str, ...]:
    """One name a line; blank lines and repeats dropped, the order kept."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        name = line.strip()
        if name:
            seen.setdefault(name, None)
    return tuple(seen)


def alignment_text(alignment: Alignment, today: date) -> str:
    who = alignment.who or translate("PlanWords", "Someone")
    about = alignment.about.strip().splitlines()[0] if alignment.about.strip() else translate("PlanWords",
                                                                                                "the plan")
    return f"{who} · {short_date(alignment.agreed_on, today)} · {alignment.how.label.lower()}\n{about}"


def evidence_text(evidence: Evidence, goal_names: dict[str, str], today: date) -> str:
    goal = goal_names.get(evidence.goal_uuid or "", translate("EvidenceDialog", PLAN_IN_GENERAL))
    origin = translate("PlanWords", " · from your journal") if evidence.entry_uuid else ""
    return f"{short_date(evidence.happened_on, today)} · {goal}{origin}\n{evidence.text}"
