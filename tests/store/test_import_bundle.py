"""Journal.import_bundle on real files: everything or nothing, by uuid, references resolved."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import (
    Decision,
    EmotionRating,
    ForgivenessItem,
    ForgivenessStatus,
    ImportBundle,
    LeavingPlan,
    MilestoneMark,
    MoodCheck,
    PlanMilestone,
    PlanOutcome,
    PlanStatus,
    StatementDraft,
    StatementParts,
    StatementVersion,
    StayOrGo,
)
from app.store.errors import InvalidImport
from app.store.journal import IMPORT_KINDS, Journal
from tests.store.test_checkin_store import make_action, make_checkin, make_feedback
from tests.store.test_plan_store import make_alignment, make_evidence, make_goal, make_plan

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

TABLES = (
    "entries", "entry_tags", "statement_draft", "statement_versions", "mood_checks", "mood_check_emotions",
    "forgiveness_items", "decisions", "plans", "plan_stakeholders", "goals", "goal_milestones", "alignments",
    "evidence", "checkins", "actions", "feedback", "plan_milestones", "leaving_plan", "drafts",
)


def entry(uuid: str, body: str = "Imported words.") -> Entry:
    return Entry(
        id=0, uuid=uuid, kind=EntryKind.REFLECTION, stage=Stage.OWNERSHIP, prompt_key="my-part",
        title="Title", body=body, tags=("pip",), created_at=T0, updated_at=T0 + timedelta(minutes=1),
    )


def full_bundle() -> ImportBundle:
    """One of everything, cross-referenced the way an export writes it."""
    parts = StatementParts("true", "own", "commit", "need")
    plan = make_plan(
        PlanStatus.COMPLETED, uuid="plan-1", outcome=PlanOutcome.COMPLETED,
        closing_reflection="I asked for help sooner.", ended_on=date(2026, 5, 30),
    )
    goal = make_goal("plan-1", 0, uuid="goal-1")
    checkin = make_checkin(uuid="checkin-1", held=True, rating=5, own_questions="What does good look like?")
    action = make_action(
        uuid="action-1", goal_uuid="goal-1", checkin_uuid="checkin-1", due_on=date(2026, 3, 9)
    )
    feelings = (EmotionRating("shame", 3), EmotionRating("hope", 1))
    return ImportBundle(
        entries=(entry("entry-1"), entry("entry-2", "More.")),
        statement_draft=StatementDraft(
            parts=parts, text="The draft.", updated_at=T0, say_on=date(2026, 3, 4), said_on=date(2026, 3, 5)
        ),
        statement_versions=(
            StatementVersion("version-1", 1, parts, "first", False, T0),
            StatementVersion("version-2", 2, parts, "second", True, T0 + timedelta(hours=1)),
        ),
        mood_checks=(MoodCheck("mood-1", T0, 2, feelings, "note"),),
        forgiveness=(
            ForgivenessItem("forgive-1", "myself", "froze", ForgivenessStatus.WORKING_ON_IT, "", T0, T0),
        ),
        decisions=(
            StayOrGo("decision-1", "team", "commute", "clear goals", Decision.STAY, date(2026, 3, 5), T0,
                     "Staying, while the plan is fair."),
        ),
        plans=(plan,),
        goals=(goal,),
        alignments=(make_alignment("plan-1", uuid="alignment-1"),),
        evidence=(make_evidence("goal-1", uuid="evidence-1"), make_evidence(None, uuid="evidence-2")),
        checkins=(checkin,),
        actions=(action,),
        feedback=(make_feedback("checkin-1", uuid="feedback-1", goal_uuid="goal-1", action_uuid="action-1"),),
        plan_milestones=(
            PlanMilestone("plan-1", MilestoneMark.DAY_30, date(2026, 3, 31), "Reports on time.",
                          "Four of four.", "Ask about the review rota.", T0 + timedelta(days=29)),
            PlanMilestone("plan-1", MilestoneMark.DAY_90, date(2026, 5, 30), "Trusted with releases."),
        ),
        leaving_plan=LeavingPlan("Hand over the reports.", "Ask HR about notice.", "Sam", "Update my CV",
                                 date(2026, 6, 30), T0),
        personal_words=("Anja", "gaslighting"),
    )


def table_rows(journal: Journal) -> dict[str, list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(journal.path)) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}


def test_everything_in_a_bundle_arrives_as_it_was(journal: Journal) -> None:
    bundle = full_bundle()
    report = journal.import_bundle(bundle)

    assert set(report.added) == set(IMPORT_KINDS) == set(report.skipped)
    assert report.added == {
        "entries": 2, "statement_versions": 2, "mood_checks": 1, "forgiveness": 1, "decisions": 1,
        "plans": 1, "goals": 1, "alignments": 1, "evidence": 2, "checkins": 1, "actions": 1,
        "feedback": 1, "statement_draft": 1, "plan_milestones": 2, "leaving_plan": 1, "linked_answers": 0,
        "personal_words": 2,
    }
    assert report.total_skipped == 0

    assert journal.get_entry("entry-1").body == "Imported words."
    assert journal.get_entry("entry-1").tags == ("pip",)
    assert journal.statements.draft() == bundle.statement_draft
    assert journal.statements.versions() == list(reversed(bundle.statement_versions))
    assert journal.statements.final() == bundle.statement_versions[1]
    assert journal.feelings.mood_checks() == list(bundle.mood_checks)
    assert journal.feelings.forgiveness() == list(bundle.forgiveness)
    assert journal.feelings.decisions() == list(bundle.decisions)
    assert journal.plans.current_plan() == bundle.plans[0]
    assert journal.plans.goals("plan-1") == list(bundle.goals)
    assert journal.plans.alignments("plan-1") == list(bundle.alignments)
    assert journal.plans.evidence() == list(bundle.evidence)
    assert journal.checkins.checkins() == list(bundle.checkins)
    assert journal.checkins.actions() == list(bundle.actions)
    assert journal.checkins.feedback() == list(bundle.feedback)
    assert journal.milestones.written_milestones() == list(bundle.plan_milestones)
    assert journal.milestones.milestone("plan-1", MilestoneMark.DAY_60).success == ""  # not written: no row
    assert journal.feelings.leaving_plan() == bundle.leaving_plan


def test_importing_the_same_bundle_twice_adds_nothing_the_second_time(journal: Journal) -> None:
    journal.import_bundle(full_bundle())
    before = table_rows(journal)

    report = journal.import_bundle(full_bundle())

    assert report.total_added == 0
    assert report.skipped["entries"] == 2
    assert report.skipped["feedback"] == 1
    assert report.skipped["statement_draft"] == 1
    assert table_rows(journal) == before


def test_records_already_present_are_kept_as_the_journal_has_them(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan(uuid="plan-1", manager="Mine"))
    bundle = full_bundle()
    report = journal.import_bundle(bundle)
    assert (report.added["plans"], report.skipped["plans"]) == (0, 1)
    assert journal.plans.current_plan() == plan
    assert journal.plans.goals("plan-1") == list(bundle.goals)  # the new goal hangs off my plan


def test_references_resolve_to_records_the_journal_already_has(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    meeting = journal.checkins.save_checkin(make_checkin())
    bundle = ImportBundle(
        goals=(make_goal(plan.uuid, 1, uuid="goal-2"),),
        evidence=(make_evidence(goal.uuid, uuid="evidence-x"),),
        actions=(make_action(uuid="action-x", goal_uuid=goal.uuid, checkin_uuid=meeting.uuid),),
        feedback=(make_feedback(meeting.uuid, uuid="feedback-x", action_uuid="action-x"),),
    )
    report = journal.import_bundle(bundle)
    assert report.total_added == 4
    assert [g.uuid for g in journal.plans.goals(plan.uuid)] == [goal.uuid, "goal-2"]
    assert journal.plans.evidence(goal.uuid) == list(bundle.evidence)
    assert journal.checkins.feedback(meeting.uuid) == list(bundle.feedback)


def test_repeats_within_one_bundle_are_added_once(journal: Journal) -> None:
    item = full_bundle().forgiveness[0]
    report = journal.import_bundle(ImportBundle(forgiveness=(item, replace(item, notes="second copy"))))
    assert (report.added["forgiveness"], report.skipped["forgiveness"]) == (1, 1)
    assert journal.feelings.forgiveness() == [item]


@pytest.mark.parametrize(
    ("broken", "named"),
    [
        ({"goals": (make_goal("nowhere", uuid="g"),)}, "plan nowhere"),
        ({"alignments": (make_alignment("nowhere", uuid="a"),)}, "plan nowhere"),
        ({"evidence": (make_evidence("nowhere", uuid="e"),)}, "goal nowhere"),
        ({"actions": (make_action(uuid="x", checkin_uuid="nowhere"),)}, "check-in nowhere"),
        ({"actions": (make_action(uuid="x", goal_uuid="nowhere"),)}, "goal nowhere"),
        ({"feedback": (make_feedback("nowhere", uuid="f"),)}, "check-in nowhere"),
        ({"feedback": (make_feedback("checkin-1", uuid="f", action_uuid="nowhere"),)}, "action nowhere"),
        ({"plan_milestones": (PlanMilestone("nowhere", MilestoneMark.DAY_60, date(2026, 4, 30)),)},
         "plan nowhere"),
    ],
)
def test_a_dangling_reference_imports_nothing(
    journal: Journal, broken: dict[str, tuple[Any, ...]], named: str
) -> None:
    journal.plans.save_plan(make_plan(uuid="mine"))
    before = table_rows(journal)
    bundle = full_bundle()
    bad = replace(bundle, **{kind: getattr(bundle, kind) + records for kind, records in broken.items()})

    with pytest.raises(InvalidImport, match=named):
        journal.import_bundle(bad)

    assert table_rows(journal) == before
    assert journal.count_entries() == 0


def test_a_value_the_journal_cannot_keep_imports_nothing(journal: Journal) -> None:
    bundle = full_bundle()
    bad = replace(bundle, mood_checks=(MoodCheck("mood-bad", T0, 9),))
    with pytest.raises(InvalidImport, match="CHECK constraint"):
        journal.import_bundle(bad)
    assert all(rows == [] for rows in table_rows(journal).values())


def test_the_draft_is_taken_only_when_the_journals_is_blank(journal: Journal) -> None:
    mine = journal.statements.save_draft(StatementParts(what_i_own="My own words."), "")
    report = journal.import_bundle(full_bundle())
    assert (report.added["statement_draft"], report.skipped["statement_draft"]) == (0, 1)
    assert journal.statements.draft() == mine


def test_a_blank_draft_in_the_journal_is_filled(journal: Journal) -> None:
    journal.statements.save_draft(StatementParts(what_is_true="  "), "\n")
    bundle = full_bundle()
    journal.import_bundle(bundle)
    assert journal.statements.draft() == bundle.statement_draft


def test_the_journals_final_version_stays_final(journal: Journal) -> None:
    mine = journal.statements.save_version(StatementParts(), "mine")
    journal.statements.mark_final(mine.uuid)
    journal.import_bundle(full_bundle())
    final = journal.statements.final()
    assert final is not None and final.uuid == mine.uuid
    assert sum(v.is_final for v in journal.statements.versions()) == 1


def test_an_empty_bundle_reports_zeros(journal: Journal) -> None:
    report = journal.import_bundle(ImportBundle())
    assert report.added == dict.fromkeys(IMPORT_KINDS, 0) == report.skipped


def test_a_checkpoint_hangs_off_the_journals_own_plan_and_its_words_are_kept(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan(uuid="plan-1"))
    mine = journal.milestones.save_milestone(
        PlanMilestone(plan.uuid, MilestoneMark.DAY_30, date(2026, 3, 31), "My own words."))
    bundle = ImportBundle(plan_milestones=full_bundle().plan_milestones)

    report = journal.import_bundle(bundle)

    assert (report.added["plan_milestones"], report.skipped["plan_milestones"]) == (1, 1)
    assert journal.milestones.written_milestones() == [mine, bundle.plan_milestones[1]]
    assert journal.import_bundle(bundle).total_added == 0


def test_the_statement_days_come_with_the_draft_unless_the_journal_chose_one(journal: Journal) -> None:
    journal.statements.mark_said(date(2026, 3, 9))  # said, nothing written yet
    bundle = full_bundle()
    journal.import_bundle(bundle)
    draft = journal.statements.draft()
    assert draft.parts == bundle.statement_draft.parts  # type: ignore[union-attr]
    assert (draft.say_on, draft.said_on) == (date(2026, 3, 4), date(2026, 3, 9))


def test_a_failed_import_leaves_no_checkpoint_or_leaving_plan(journal: Journal) -> None:
    bundle = full_bundle()  # the last reference resolved, after the checkpoints and the leaving plan
    bad = replace(bundle, feedback=(make_feedback("checkin-1", uuid="f", action_uuid="nowhere"),))
    with pytest.raises(InvalidImport, match="action nowhere"):
        journal.import_bundle(bad)
    assert all(rows == [] for rows in table_rows(journal).values())
    assert journal.milestones.written_milestones() == []
    assert journal.feelings.leaving_plan() == LeavingPlan()
