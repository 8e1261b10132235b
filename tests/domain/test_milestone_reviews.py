"""When a checkpoint's review is due, and what it looks back on; how a plan ends and reopens."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from app.domain.milestone_reviews import (
    checkpoint_title,
    checkpoints,
    goal_at,
    offer_text,
    review_of,
    reviews_due,
    reviews_kept,
    success_words,
)
from app.domain.plan_closing import can_reopen, closed, past_plans, reopened, status_after
from app.domain.plan_math import checkpoint_day
from app.domain.workbench import (
    Goal,
    GoalMilestone,
    GoalStatus,
    MilestoneMark,
    Plan,
    PlanMilestone,
    PlanOutcome,
    PlanStatus,
)

START = date(2026, 3, 2)
DONE_AT = datetime(2026, 4, 1, 19, 0, tzinfo=UTC)


def marks(length_days: int = 90, start: date = START) -> list[PlanMilestone]:
    return [PlanMilestone("plan", mark, checkpoint_day(start, length_days, int(mark)))
            for mark in MilestoneMark]


def plan(uuid: str = "plan", created: int = 1, status: PlanStatus = PlanStatus.ACTIVE) -> Plan:
    made = datetime(2026, 1, created, tzinfo=UTC)
    return Plan(uuid, START, 90, "Dana", (), status, made, made)


def test_nothing_is_due_before_the_first_checkpoint() -> None:
    assert reviews_due(marks(), date(2026, 3, 30)) == []


def test_a_checkpoint_is_due_from_its_day_oldest_first() -> None:
    ms = marks()
    assert [m.mark for m in reviews_due(ms, date(2026, 3, 31))] == [MilestoneMark.DAY_30]
    assert [m.mark for m in reviews_due(ms, date(2026, 5, 1))] == [MilestoneMark.DAY_30, MilestoneMark.DAY_60]


def test_a_reviewed_checkpoint_is_no_longer_due_and_is_kept() -> None:
    ms = marks()
    ms[0] = replace(ms[0], met="Four updates on time.", reviewed_at=DONE_AT)
    assert [m.mark for m in reviews_due(ms, date(2026, 5, 1))] == [MilestoneMark.DAY_60]
    assert reviews_kept(ms) == [ms[0]]


def test_marks_sharing_a_day_are_one_review() -> None:
    ms = marks(length_days=30)
    assert {m.due_on for m in ms} == {date(2026, 3, 31)}
    due = reviews_due(ms, date(2026, 3, 31))
    assert [m.mark for m in due] == [MilestoneMark.DAY_30]
    assert checkpoints(ms) == due
    # Words begun under a later mark keep the review there; a review under any mark covers the day.
    ms[2] = replace(ms[2], to_raise="Ask for the next plan's dates.")
    assert review_of(ms, ms[0]) is ms[2]
    ms[2] = replace(ms[2], reviewed_at=DONE_AT)
    assert reviews_due(ms, date(2026, 4, 30)) == []
    assert reviews_kept(ms) == [ms[2]]


def test_what_success_meant_gathers_every_mark_of_the_day_once() -> None:
    ms = marks(length_days=45)
    ms[1] = replace(ms[1], success="The release ships.")
    ms[2] = replace(ms[2], success="The release ships.")
    assert success_words(ms, ms[2]) == ["The release ships."]
    assert success_words(ms, ms[0]) == []


def test_the_checkpoint_says_the_plans_own_day() -> None:
    assert checkpoint_title(START, marks()[0]) == "Day 30 — 31 March"
    assert checkpoint_title(START, marks(length_days=45)[2]) == "Day 45 — 15 April"


def test_the_offer_names_the_oldest_day_and_how_many_more() -> None:
    ms = marks()
    assert offer_text(START, []) == ""
    assert offer_text(START, ms[:1]) == "Day 30 of your plan has arrived — take ten minutes to review it."
    assert offer_text(START, ms) == ("Day 30 of your plan has arrived — take ten minutes to review it "
                                     "(and 2 more after it).")


def test_a_goal_at_a_checkpoint_uses_its_nearest_milestone_or_its_overall_words() -> None:
    made = datetime(2026, 3, 1, tzinfo=UTC)
    goal = Goal("g", "plan", "Weekly update", "Every Friday by noon.", "", (), GoalStatus.AT_RISK, "", 0,
                made, made)
    overall = goal_at(goal, date(2026, 3, 31))
    assert (overall.success, overall.status) == ("Every Friday by noon.", GoalStatus.AT_RISK)
    staged = replace(goal, milestones=(GoalMilestone(date(2026, 3, 31), "Four on time.", GoalStatus.DONE),
                                       GoalMilestone(date(2026, 4, 30), "", GoalStatus.ON_TRACK)))
    assert goal_at(staged, date(2026, 4, 1)) == goal_at(staged, date(2026, 3, 31))
    assert goal_at(staged, date(2026, 3, 31)).success == "Four on time."
    at_60 = goal_at(staged, date(2026, 4, 30))
    assert (at_60.success, at_60.status) == ("Every Friday by noon.", GoalStatus.ON_TRACK)


def test_ending_sets_the_status_from_the_outcome_and_reopening_keeps_the_words() -> None:
    assert status_after(PlanOutcome.COMPLETED) == PlanStatus.COMPLETED
    assert {status_after(o) for o in (PlanOutcome.EXTENDED, PlanOutcome.ENDED, PlanOutcome.LEFT)} == {
        PlanStatus.ENDED}
    ended = closed(plan(), PlanOutcome.LEFT, "I chose to go.", date(2026, 5, 1))
    assert (ended.status, ended.outcome) == (PlanStatus.ENDED, PlanOutcome.LEFT)
    assert ended.ended_on == date(2026, 5, 1)
    again = reopened(ended)
    assert (again.status, again.outcome, again.ended_on, again.closing_reflection) == (
        PlanStatus.ACTIVE, None, None, "I chose to go.")


def test_past_plans_are_all_but_the_running_one_and_only_the_latest_reopens() -> None:
    old = plan("old", 1, PlanStatus.ENDED)
    running = plan("now", 2)
    assert past_plans([old, running], running) == [old]
    ended_now = replace(running, status=PlanStatus.COMPLETED)
    assert past_plans([old, ended_now], ended_now) == [ended_now, old]
    assert can_reopen(ended_now, ended_now)
    assert not can_reopen(old, ended_now)
    assert not can_reopen(running, running)
