"""A plan as a person would have kept it, on a real journal: two goals, wins, check-ins held,
actions agreed, who agreed, a checkpoint reviewed, and (when asked) its end."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from app.domain.plan_closing import closed
from app.domain.workbench import (
    Action,
    AgreementChannel,
    Alignment,
    CheckIn,
    Evidence,
    Goal,
    GoalStatus,
    MilestoneMark,
    Plan,
    PlanOutcome,
    PlanStatus,
)
from app.store.journal import Journal

START = date(2026, 3, 2)
MADE = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
REFLECTION = "I learned to say early when something slips.\nAsking for help was not weakness."


def new_uuid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Story:
    plan: Plan
    goals: tuple[Goal, ...]


def _goal(plan: Plan, position: int, title: str, success: str, measure: str, status: GoalStatus,
          notes: str = "") -> Goal:
    return Goal(uuid=new_uuid(), plan_uuid=plan.uuid, title=title, success=success, measure=measure,
                milestones=(), status=status, notes=notes, position=position, created_at=MADE,
                updated_at=MADE)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


def kept_plan(journal: Journal, length_days: int = 90, start: date = START) -> Story:
    """The plan, still running: everything but its end."""
    plan = journal.plans.save_plan(Plan(
        uuid=new_uuid(), start=start, length_days=length_days, manager="Dana Whitfield", stakeholders=(),
        status=PlanStatus.ACTIVE, created_at=MADE, updated_at=MADE))
    updates = journal.plans.save_goal(_goal(
        plan, 0, "Weekly status update by Friday noon", "Every Friday by noon, with risks named early.",
        "Twelve of twelve weeks on time.", GoalStatus.DONE))
    reviews = journal.plans.save_goal(_goal(
        plan, 1, "Code reviews within one working day", "No pull request waits more than a day for me.",
        "The review dashboard, checked each Monday.", GoalStatus.ON_TRACK,
        "Paired with Priya on the hardest ones."))
    for goal_uuid, day, text in (
        (updates.uuid, date(2026, 3, 6), "Sent the first update at 11:40, risks listed."),
        (reviews.uuid, date(2026, 3, 20), "Reviewed nine pull requests within the day."),
        (None, date(2026, 4, 2), "Dana thanked me in the team meeting for the release notes."),
        (None, date(2026, 2, 20), "Before the plan: fixed the build."),
    ):
        journal.plans.save_evidence(Evidence(uuid=new_uuid(), goal_uuid=goal_uuid, happened_on=day, text=text,
                                             entry_uuid=None, created_at=_at(day, 18)))
    first = journal.checkins.save_checkin(CheckIn(
        uuid=new_uuid(), scheduled_at=_at(date(2026, 3, 16)), agenda="", notes="Went through the updates.",
        rating=3, held=True, follow_up="", created_at=MADE, updated_at=MADE))
    second = journal.checkins.save_checkin(CheckIn(
        uuid=new_uuid(), scheduled_at=_at(date(2026, 4, 13)), agenda="", notes="", rating=4, held=True,
        follow_up="", created_at=MADE, updated_at=MADE))
    journal.checkins.save_checkin(CheckIn(
        uuid=new_uuid(), scheduled_at=_at(date(2026, 6, 15)), agenda="", notes="", rating=None, held=False,
        follow_up="", created_at=MADE, updated_at=MADE))
    journal.checkins.save_action(Action(
        uuid=new_uuid(), text="Send the weekly update by Friday noon", goal_uuid=updates.uuid, due_on=None,
        checkin_uuid=first.uuid, done_on=date(2026, 3, 20), created_at=_at(date(2026, 3, 16), 11)))
    journal.checkins.save_action(Action(
        uuid=new_uuid(), text="Ask Dana which reviews matter most", goal_uuid=None, due_on=date(2026, 4, 20),
        checkin_uuid=second.uuid, done_on=None, created_at=_at(date(2026, 4, 13), 11)))
    journal.plans.save_alignment(Alignment(
        uuid=new_uuid(), plan_uuid=plan.uuid, who="Dana Whitfield", agreed_on=date(2026, 3, 3),
        how=AgreementChannel.MEETING, about="the plan", created_at=MADE))
    day_30 = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30)
    journal.milestones.save_milestone(replace(
        day_30, success="Updates on time four weeks running.", met="Four of four updates on time.",
        to_raise="Ask about the review backlog.", reviewed_at=_at(date(2026, 3, 31), 18)))
    return Story(plan, (updates, reviews))


def ended_plan(journal: Journal, outcome: PlanOutcome = PlanOutcome.COMPLETED) -> Story:
    story = kept_plan(journal)
    plan = journal.plans.save_plan(closed(story.plan, outcome, REFLECTION, date(2026, 5, 30)))
    return Story(plan, story.goals)
