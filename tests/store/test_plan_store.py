"""Plan storage on real files: the plan, goals and milestones, alignment, evidence, delete rules."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.workbench import (
    AgreementChannel,
    Alignment,
    Evidence,
    Goal,
    GoalMilestone,
    GoalStatus,
    MilestoneMark,
    Plan,
    PlanStatus,
    Stakeholder,
)
from app.store.errors import NotFound, Rejected, StorageUnavailable
from app.store.journal import Journal

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
START = date(2026, 3, 2)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def people(*names: str) -> tuple[Stakeholder, ...]:
    return tuple(Stakeholder(name) for name in names)


def days(*dates: date) -> tuple[GoalMilestone, ...]:
    return tuple(GoalMilestone(day) for day in dates)


def make_plan(
    status: PlanStatus = PlanStatus.ACTIVE, created_at: datetime = T0, uuid: str = "", **fields: object
) -> Plan:
    plan = Plan(
        uuid=uuid or new_uuid(),
        start=START,
        length_days=90,
        manager="Dana",
        stakeholders=people("Sam from HR", "Priya"),
        status=status,
        created_at=created_at,
        updated_at=created_at,
    )
    return replace(plan, **fields)  # type: ignore[arg-type]


def make_goal(plan_uuid: str, position: int = 0, uuid: str = "", **fields: object) -> Goal:
    goal = Goal(
        uuid=uuid or new_uuid(),
        plan_uuid=plan_uuid,
        title=f"Goal {position}",
        success="Reports go out on Fridays.",
        measure="Twelve of twelve on time.",
        milestones=days(START + timedelta(days=30), START + timedelta(days=60), START + timedelta(days=90)),
        status=GoalStatus.NOT_STARTED,
        notes="",
        position=position,
        created_at=T0,
        updated_at=T0,
    )
    return replace(goal, **fields)  # type: ignore[arg-type]


def make_alignment(plan_uuid: str, agreed_on: date = START, uuid: str = "") -> Alignment:
    return Alignment(
        uuid=uuid or new_uuid(),
        plan_uuid=plan_uuid,
        who="Dana",
        agreed_on=agreed_on,
        how=AgreementChannel.MEETING,
        about="the plan",
        created_at=T0,
    )


def make_evidence(
    goal_uuid: str | None, happened_on: date = START, uuid: str = "", text: str = ""
) -> Evidence:
    return Evidence(
        uuid=uuid or new_uuid(),
        goal_uuid=goal_uuid,
        happened_on=happened_on,
        text=text or "Shipped the report a day early.",
        entry_uuid=None,
        created_at=T0,
    )


def count(journal: Journal, table: str) -> int:
    with closing(sqlite3.connect(journal.path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def file_rows(journal: Journal) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the plan's tables, straight from the file."""
    tables = ("plans", "goals", "goal_milestones", "alignments", "evidence")
    with closing(sqlite3.connect(journal.path)) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def fail_on_call(monkeypatch: pytest.MonkeyPatch, target: object, name: str, call: int) -> list[int]:
    """Make `target.name` raise StorageUnavailable on its `call`-th call (the earlier ones work)."""
    real = getattr(target, name)
    calls: list[int] = []

    def failing(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == call:
            raise StorageUnavailable("The journal could not be saved: the disk is full.")
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, failing)
    return calls


# -- the plan ------------------------------------------------------------------------------------


def test_no_plan_yet(journal: Journal) -> None:
    assert journal.plans.current_plan() is None


def test_save_plan_keeps_every_field_and_stamps_updated_at(journal: Journal) -> None:
    plan = make_plan()
    saved = journal.plans.save_plan(plan)
    assert replace(saved, updated_at=T0) == plan
    assert saved.updated_at > T0
    assert journal.plans.current_plan() == saved
    assert saved.stakeholders == people("Sam from HR", "Priya")


def test_save_plan_again_updates_it_and_keeps_created_at(journal: Journal) -> None:
    saved = journal.plans.save_plan(make_plan())
    changed = journal.plans.save_plan(
        replace(saved, length_days=60, manager="Dana K.", stakeholders=people("Lee"),
                created_at=T0 + timedelta(1))
    )
    assert changed.created_at == T0
    assert (changed.length_days, changed.manager, changed.stakeholders) == (60, "Dana K.", people("Lee"))
    assert changed.updated_at >= saved.updated_at
    assert journal.plans.current_plan() == changed
    assert count(journal, "plans") == 1
    assert count(journal, "plan_stakeholders") == 1


def test_stakeholder_names_round_trip_exactly(journal: Journal) -> None:
    odd = people("", "two\nlines", "  spaced  ", "Zoë 🧭", "Priya")
    saved = journal.plans.save_plan(make_plan(stakeholders=odd))
    assert saved.stakeholders == odd
    assert journal.plans.current_plan().stakeholders == odd  # type: ignore[union-attr]
    assert journal.plans.save_plan(replace(saved, stakeholders=())).stakeholders == ()


def test_stakeholders_keep_their_expectations_and_confirmation(journal: Journal) -> None:
    priya = Stakeholder("Priya", "A weekly note on the three goals.\nNo surprises.", date(2026, 3, 4))
    sam = Stakeholder("Sam from HR", "The plan on file, signed.")
    saved = journal.plans.save_plan(make_plan(stakeholders=(priya, sam)))
    assert saved.stakeholders == (priya, sam)
    assert journal.plans.current_plan() == saved
    # Confirming later, and changing what one expects, is an update of the same plan.
    confirmed = replace(sam, confirmed_on=date(2026, 3, 9))
    changed = journal.plans.save_plan(
        replace(saved, stakeholders=(replace(priya, expectations=""), confirmed)))
    assert changed.stakeholders == (Stakeholder("Priya", "", date(2026, 3, 4)), confirmed)
    assert journal.plans.plans() == [changed]
    assert count(journal, "plan_stakeholders") == 2
    with closing(sqlite3.connect(journal.path)) as conn:
        rows = conn.execute(
            "SELECT name, expectations, confirmed_on FROM plan_stakeholders ORDER BY position")
        assert rows.fetchall() == [("Priya", "", "2026-03-04"), ("Sam from HR", "The plan on file, signed.",
                                                                   "2026-03-09")]


def test_a_new_plan_takes_the_checkpoint_answers_written_before_it(journal: Journal) -> None:
    """What the prompts asked about day 30 before there was a plan moves into the new plan's
    checkpoint, in the same unit of work; saving the plan again takes nothing more."""
    journal.drafts.put("prompt-answer:plan.checkpoint_30", "Tickets answered within a day.")
    plan = journal.plans.save_plan(make_plan())
    day_30 = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30)
    assert day_30.success == "Tickets answered within a day."
    assert journal.drafts.get("prompt-answer:plan.checkpoint_30") == ""
    journal.drafts.put("prompt-answer:plan.checkpoint_60", "Written after the plan existed.")
    journal.plans.save_plan(replace(plan, manager="Dana K."))
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_60).success == ""
    assert journal.drafts.get("prompt-answer:plan.checkpoint_60") == "Written after the plan existed."


def test_current_plan_prefers_the_newest_active_plan(journal: Journal) -> None:
    old_active = journal.plans.save_plan(make_plan(created_at=T0))
    new_active = journal.plans.save_plan(make_plan(created_at=T0 + timedelta(days=5)))
    journal.plans.save_plan(make_plan(PlanStatus.ENDED, created_at=T0 + timedelta(days=9)))
    assert journal.plans.current_plan() == new_active

    journal.plans.save_plan(replace(new_active, status=PlanStatus.COMPLETED))
    assert journal.plans.current_plan() == old_active


def test_plans_lists_every_plan_oldest_first(journal: Journal) -> None:
    assert journal.plans.plans() == []
    newer = journal.plans.save_plan(make_plan(PlanStatus.ACTIVE, created_at=T0 + timedelta(days=40)))
    older = journal.plans.save_plan(make_plan(PlanStatus.ENDED, created_at=T0))
    assert journal.plans.plans() == [older, newer]


def test_current_plan_falls_back_to_the_newest_plan_of_all(journal: Journal) -> None:
    journal.plans.save_plan(make_plan(PlanStatus.COMPLETED, created_at=T0))
    newest = journal.plans.save_plan(make_plan(PlanStatus.ENDED, created_at=T0 + timedelta(days=1)))
    assert journal.plans.current_plan() == newest


def test_a_plan_needs_at_least_one_day(journal: Journal) -> None:
    with pytest.raises(Rejected, match="CHECK constraint"):
        journal.plans.save_plan(make_plan(length_days=0))
    assert journal.plans.current_plan() is None


# -- goals ---------------------------------------------------------------------------------------


def test_goals_are_listed_by_position_with_their_milestones(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    other = journal.plans.save_plan(make_plan())
    third = journal.plans.save_goal(make_goal(plan.uuid, 2))
    first = journal.plans.save_goal(make_goal(plan.uuid, 0))
    second = journal.plans.save_goal(make_goal(plan.uuid, 1, milestones=()))
    journal.plans.save_goal(make_goal(other.uuid, 0))

    assert journal.plans.goals(plan.uuid) == [first, second, third]
    assert first.milestones == days(date(2026, 4, 1), date(2026, 5, 1), date(2026, 5, 31))
    assert second.milestones == ()
    assert len(journal.plans.goals(other.uuid)) == 1
    assert journal.plans.goals("no-such-plan") == []


def test_save_goal_updates_and_keeps_created_at(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    assert goal.updated_at > T0 and goal.created_at == T0
    later = days(date(2026, 3, 20), date(2026, 3, 10))  # kept in the order given
    changed = journal.plans.save_goal(
        replace(
            goal, status=GoalStatus.AT_RISK, milestones=later, notes="Slipping.", created_at=T0 + timedelta(1)
        )
    )
    assert changed.created_at == T0
    assert (changed.status, changed.milestones, changed.notes) == (GoalStatus.AT_RISK, later, "Slipping.")
    assert journal.plans.goals(plan.uuid) == [changed]
    assert count(journal, "goal_milestones") == 2


def test_each_milestone_keeps_what_success_looks_like_then_and_its_status(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    first = GoalMilestone(date(2026, 4, 1), "Half the backlog answered.\n\nDana agrees.", GoalStatus.DONE)
    second = GoalMilestone(date(2026, 5, 1), "All of it, within a day.", GoalStatus.AT_RISK)
    last = GoalMilestone(date(2026, 5, 31))
    goal = journal.plans.save_goal(make_goal(plan.uuid, milestones=(first, second, last)))
    assert goal.milestones == (first, second, last)
    assert journal.plans.goals(plan.uuid) == [goal]
    updated = replace(second, status=GoalStatus.ON_TRACK, success="All of it.")
    changed = journal.plans.save_goal(replace(goal, milestones=(first, updated)))
    assert journal.plans.goals(plan.uuid)[0].milestones == (first, updated) == changed.milestones
    with closing(sqlite3.connect(journal.path)) as conn:
        query = "SELECT due_on, success, status FROM goal_milestones ORDER BY position"
        rows = conn.execute(query).fetchall()
    assert rows == [("2026-04-01", first.success, "done"), ("2026-05-01", "All of it.", "on_track")]


def test_a_goal_for_an_unknown_plan_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound, match="plan"):
        journal.plans.save_goal(make_goal("no-such-plan"))
    assert count(journal, "goals") == 0


def test_delete_goal_keeps_its_evidence_without_a_goal(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    win = journal.plans.save_evidence(make_evidence(goal.uuid))

    journal.plans.delete_goal(goal.uuid)

    assert journal.plans.goals(plan.uuid) == []
    assert journal.plans.evidence() == [replace(win, goal_uuid=None)]
    assert count(journal, "goal_milestones") == 0
    with pytest.raises(NotFound):
        journal.plans.delete_goal(goal.uuid)


def test_deleting_a_plan_takes_its_goals_and_alignments(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    journal.plans.save_alignment(make_alignment(plan.uuid))
    win = journal.plans.save_evidence(make_evidence(goal.uuid))
    with closing(sqlite3.connect(journal.path)) as conn, conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("DELETE FROM plans")
    assert [count(journal, t) for t in ("goals", "alignments", "goal_milestones", "plan_stakeholders")] == [
        0, 0, 0, 0,
    ]
    assert journal.plans.evidence() == [replace(win, goal_uuid=None)]


def test_reorder_goals_numbers_them_in_the_order_given(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    first, second, third = (journal.plans.save_goal(make_goal(plan.uuid, n)) for n in range(3))

    placed = journal.plans.reorder_goals(plan.uuid, [third.uuid, first.uuid])

    assert [g.uuid for g in placed] == [third.uuid, first.uuid, second.uuid]  # the unnamed one goes last
    assert [g.position for g in placed] == [0, 1, 2]
    assert journal.plans.goals(plan.uuid) == placed
    assert placed[0].updated_at > third.updated_at and placed[0].created_at == T0
    with pytest.raises(NotFound, match="goal"):
        journal.plans.reorder_goals(plan.uuid, [first.uuid, "no-such-goal"])
    assert journal.plans.goals(plan.uuid) == placed


def test_reorder_goals_is_one_commit(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = journal.plans.save_plan(make_plan())
    goals = [journal.plans.save_goal(make_goal(plan.uuid, n)) for n in range(3)]
    before = file_rows(journal)
    calls = fail_on_call(monkeypatch, journal.plans, "place_goal", 2)

    with pytest.raises(StorageUnavailable):
        journal.plans.reorder_goals(plan.uuid, [g.uuid for g in reversed(goals)])

    assert len(calls) == 2  # the first goal was placed before the second failed
    assert file_rows(journal) == before
    assert journal.plans.goals(plan.uuid) == goals


def test_restore_goal_brings_back_its_wins_in_place(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    keep, doomed, last = (journal.plans.save_goal(make_goal(plan.uuid, n)) for n in range(3))
    wins = [journal.plans.save_evidence(make_evidence(doomed.uuid, text=f"Win {n}")) for n in range(2)]
    journal.plans.delete_goal(doomed.uuid)
    journal.plans.reorder_goals(plan.uuid, [keep.uuid, last.uuid])

    restored = journal.plans.restore_goal(doomed, wins, [keep.uuid, doomed.uuid, last.uuid])

    assert restored.uuid == doomed.uuid and restored.position == 1
    assert [g.uuid for g in journal.plans.goals(plan.uuid)] == [keep.uuid, doomed.uuid, last.uuid]
    assert sorted(journal.plans.evidence(doomed.uuid), key=lambda e: e.text) == wins


def test_restore_goal_is_one_commit(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = journal.plans.save_plan(make_plan())
    keep, doomed = (journal.plans.save_goal(make_goal(plan.uuid, n)) for n in range(2))
    wins = [journal.plans.save_evidence(make_evidence(doomed.uuid, text=f"Win {n}")) for n in range(2)]
    journal.plans.delete_goal(doomed.uuid)
    before = file_rows(journal)
    calls = fail_on_call(monkeypatch, journal.plans, "save_evidence", 2)

    with pytest.raises(StorageUnavailable):
        journal.plans.restore_goal(doomed, wins, [doomed.uuid, keep.uuid])

    assert len(calls) == 2  # the goal and its first win were written before the failure
    assert file_rows(journal) == before
    assert [g.uuid for g in journal.plans.goals(plan.uuid)] == [keep.uuid]
    assert {e.goal_uuid for e in journal.plans.evidence()} == {None}


# -- alignment -----------------------------------------------------------------------------------


def test_alignments_by_the_day_they_were_agreed(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    later = journal.plans.save_alignment(make_alignment(plan.uuid, START + timedelta(days=20)))
    first = journal.plans.save_alignment(make_alignment(plan.uuid, START))
    assert journal.plans.alignments(plan.uuid) == [first, later]
    assert journal.plans.alignments("no-such-plan") == []


def test_save_alignment_updates_and_keeps_created_at(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    saved = journal.plans.save_alignment(make_alignment(plan.uuid))
    changed = replace(saved, how=AgreementChannel.EMAIL, about="goal 2's new measure")
    assert journal.plans.save_alignment(replace(changed, created_at=T0 + timedelta(days=1))) == changed
    assert journal.plans.alignments(plan.uuid) == [changed]


def test_delete_alignment(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    saved = journal.plans.save_alignment(make_alignment(plan.uuid))
    journal.plans.delete_alignment(saved.uuid)
    assert journal.plans.alignments(plan.uuid) == []
    with pytest.raises(NotFound):
        journal.plans.delete_alignment(saved.uuid)
    with pytest.raises(NotFound, match="plan"):
        journal.plans.save_alignment(make_alignment("no-such-plan"))


# -- evidence ------------------------------------------------------------------------------------


def test_evidence_by_day_for_one_goal_all_goals_and_since(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    one = journal.plans.save_goal(make_goal(plan.uuid, 0))
    two = journal.plans.save_goal(make_goal(plan.uuid, 1))
    late = journal.plans.save_evidence(make_evidence(one.uuid, START + timedelta(days=10)))
    early = journal.plans.save_evidence(make_evidence(two.uuid, START))
    general = journal.plans.save_evidence(make_evidence(None, START + timedelta(days=5)))

    assert journal.plans.evidence() == [early, general, late]
    assert journal.plans.evidence(one.uuid) == [late]
    assert journal.plans.evidence(two.uuid) == [early]
    assert journal.plans.evidence(since=START + timedelta(days=5)) == [general, late]
    assert journal.plans.evidence(two.uuid, since=START + timedelta(days=1)) == []
    assert journal.plans.evidence("no-such-goal") == []


def test_save_evidence_keeps_fields_updates_and_keeps_created_at(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    win = replace(make_evidence(goal.uuid), entry_uuid="entry-123")
    assert journal.plans.save_evidence(win) == win
    moved = replace(win, goal_uuid=None, text="For the plan in general.", happened_on=START + timedelta(1))
    assert journal.plans.save_evidence(replace(moved, created_at=T0 + timedelta(days=2))) == moved
    assert journal.plans.evidence() == [moved]


def test_evidence_for_an_unknown_goal_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound, match="goal"):
        journal.plans.save_evidence(make_evidence("no-such-goal"))
    assert journal.plans.evidence() == []


def test_delete_evidence(journal: Journal) -> None:
    win = journal.plans.save_evidence(make_evidence(None))
    journal.plans.delete_evidence(win.uuid)
    assert journal.plans.evidence() == []
    with pytest.raises(NotFound):
        journal.plans.delete_evidence(win.uuid)
