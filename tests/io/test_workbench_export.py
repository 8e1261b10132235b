"""The stage tools in the exports: lossless through Trustbridge JSON, readable in Markdown.

A journal is filled through the services as the pages would fill it, exported, imported into a
fresh journal, and every service must then hand back exactly what it handed back before.
"""

from __future__ import annotations

import dataclasses
import io
import json
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import Entry
from app.domain.workbench import (
    Action,
    AgreementChannel,
    Alignment,
    CheckIn,
    Decision,
    EmotionRating,
    Evidence,
    Feedback,
    ForgivenessItem,
    ForgivenessStatus,
    Goal,
    GoalMilestone,
    GoalStatus,
    LeavingPlan,
    MilestoneMark,
    MoodCheck,
    Plan,
    PlanMilestone,
    PlanOutcome,
    PlanStatus,
    Stakeholder,
    StatementParts,
    StayOrGo,
)
from app.io.json_format import export_json, import_json
from app.io.markdown_export import export_markdown
from app.store.errors import InvalidImport
from app.store.journal import Journal

OLD_PLAN = "b0000000-0000-4000-8000-000000000001"
PLAN = "b0000000-0000-4000-8000-000000000002"
OLD_GOAL = "c0000000-0000-4000-8000-000000000001"
GOAL_REPORTS = "c0000000-0000-4000-8000-000000000002"
GOAL_REVIEWS = "c0000000-0000-4000-8000-000000000003"
FIRST_CHECKIN = "d0000000-0000-4000-8000-000000000001"
NEXT_CHECKIN = "d0000000-0000-4000-8000-000000000002"
ACTION_SHARE = "e0000000-0000-4000-8000-000000000001"
ENTRY = "00000000-0000-4000-8000-000000000001"  # "The deadline", from the sample entries


def moment(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def fill(journal: Journal) -> None:
    """Everything the four stage tools store, saved through their services."""
    _fill_statement(journal)
    _fill_feelings(journal)
    _fill_plans(journal)
    _fill_checkins(journal)


def _fill_statement(journal: Journal) -> None:
    statements = journal.statements
    first = statements.save_version(
        StatementParts(
            what_is_true="I missed two deadlines.",
            what_i_own="I didn't ask for help.",
            what_i_commit_to="Weekly updates.",
            what_i_need="Clear priorities.",
        ),
        "I missed two deadlines and I didn't ask for help.\n\nFrom now on I'll send weekly updates.",
    )
    statements.save_version(StatementParts(what_i_own="Not asking for help."), "A second, shorter try.")
    statements.mark_final(first.uuid)
    statements.save_draft(
        StatementParts(what_is_true="Still thinking."), "A third draft, not kept as a version."
    )
    statements.set_say_on(date(2026, 3, 4))
    statements.mark_said(date(2026, 3, 5))


def _fill_feelings(journal: Journal) -> None:
    feelings = journal.feelings
    feelings.save_mood_check(
        MoodCheck(
            uuid="mood-1",
            at=moment(2, 21),
            mood=2,
            emotions=(EmotionRating("Anxious", 4), EmotionRating("Embarrassed", 3)),
            note="Hard day.\nTalked to Sam.",
        )
    )
    feelings.save_mood_check(
        MoodCheck(uuid="mood-2", at=moment(5, 20, 30), mood=4, emotions=(EmotionRating("Hopeful", 2),))
    )
    for uuid, whom, status in (
        ("forgive-1", "Dana", ForgivenessStatus.WORKING_ON_IT),
        ("forgive-2", "Myself", ForgivenessStatus.NOT_YET),
    ):
        feelings.save_forgiveness(
            ForgivenessItem(
                uuid=uuid,
                whom=whom,
                what_happened="The review came out of nowhere.",
                status=status,
                notes="Give it time.",
                created_at=moment(3, 9),
                updated_at=moment(3, 9),
            )
        )
    feelings.save_decision(
        StayOrGo(
            uuid="decide-1",
            reasons_to_stay="The team.",
            reasons_to_leave="The hours.",
            conditions_to_stay="",
            decision=Decision.UNDECIDED,
            decided_on=None,
            created_at=moment(3, 22),
        )
    )
    feelings.save_decision(
        StayOrGo(
            uuid="decide-2",
            reasons_to_stay="The team.\nThe work.",
            reasons_to_leave="",
            conditions_to_stay="A fair plan.",
            decision=Decision.STAY,
            decided_on=date(2026, 3, 6),
            created_at=moment(6, 8),
            reflection="I stay while the plan is fair.",
        )
    )
    feelings.save_leaving_plan(LeavingPlan(
        "Hand over the reports.", "Ask HR about notice and a reference.", "Sam, my old mentor",
        "Update my CV\nTell three people", date(2026, 6, 30),
    ))


def _plan(uuid: str, start: date, length: int, manager: str, stakeholders: tuple[str, ...]) -> Plan:
    status = PlanStatus.ACTIVE if uuid == PLAN else PlanStatus.ENDED
    people = tuple(Stakeholder(name) for name in stakeholders)
    plan = Plan(uuid, start, length, manager, people, status, moment(1, 7), moment(1, 7))
    if uuid == PLAN:
        return plan
    return dataclasses.replace(
        plan, outcome=PlanOutcome.EXTENDED, closing_reflection="It ran long; a new plan follows.",
        ended_on=date(2025, 12, 2),
    )


def _goal(uuid: str, plan: str, title: str, position: int, **fields: Any) -> Goal:
    values: dict[str, Any] = {
        "success": "",
        "measure": "",
        "milestones": (),
        "status": GoalStatus.NOT_STARTED,
        "notes": "",
        "created_at": moment(2, 12, position),
        "updated_at": moment(2, 12, position),
    }
    values.update(fields)
    return Goal(uuid=uuid, plan_uuid=plan, title=title, position=position, **values)


def _fill_plans(journal: Journal) -> None:
    plans = journal.plans
    plans.save_plan(_plan(OLD_PLAN, date(2025, 11, 3), 30, "Lee", ()))
    plans.save_goal(_goal(OLD_GOAL, OLD_PLAN, "Old goal", 0, status=GoalStatus.DONE))
    plans.save_plan(_plan(PLAN, date(2026, 3, 2), 60, "Dana Reyes", ("Sam (HR)", "Priya")))
    plans.save_goal(
        _goal(
            GOAL_REPORTS,
            PLAN,
            "Reports on time",
            0,
            success="Every weekly report in by Friday noon",
            measure="Count of late reports",
            milestones=(GoalMilestone(date(2026, 3, 31)), GoalMilestone(date(2026, 4, 30))),
            status=GoalStatus.ON_TRACK,
            notes="Dana checks on Mondays.",
        )
    )
    plans.save_goal(_goal(GOAL_REVIEWS, PLAN, "Code reviews", 1, status=GoalStatus.AT_RISK))
    journal.milestones.save_milestone(PlanMilestone(
        PLAN, MilestoneMark.DAY_30, date(2026, 3, 31), "Every report on time.", "Four of four reports.",
        "Ask about the review rota.", moment(31, 18),
    ))
    journal.milestones.save_milestone(
        PlanMilestone(OLD_PLAN, MilestoneMark.DAY_90, date(2025, 12, 2), "Done."))
    for uuid, who, day, how, about in (
        ("align-1", "Dana Reyes", 2, AgreementChannel.MEETING, "the plan"),
        ("align-2", "Sam (HR)", 3, AgreementChannel.EMAIL, "goal 2's measure"),
    ):
        plans.save_alignment(Alignment(uuid, PLAN, who, date(2026, 3, day), how, about, moment(day, 13)))
    for uuid, goal, day, text, entry in (
        ("evid-1", GOAL_REPORTS, date(2026, 3, 6), "Report in on Thursday.", None),
        ("evid-2", GOAL_REVIEWS, date(2026, 3, 4), "Reviewed three pull requests.", ENTRY),
        ("evid-3", None, date(2026, 3, 5), "Dana thanked me in standup.", None),
        ("evid-4", OLD_GOAL, date(2025, 11, 20), "Closed the old goal.", None),
    ):
        plans.save_evidence(Evidence(uuid, goal, day, text, entry, moment(6, 18)))


def _fill_checkins(journal: Journal) -> None:
    checkins = journal.checkins
    checkins.save_checkin(
        CheckIn(
            uuid=FIRST_CHECKIN,
            scheduled_at=moment(9, 14),
            agenda="# Check-in\n\n## Progress\n- reports on time\n\n```\n# a shell comment\n```",
            notes="Dana was pleased.",
            rating=4,
            held=True,
            follow_up="Hi Dana,\nthanks for today.",
            created_at=moment(6, 9),
            updated_at=moment(9, 15),
            thanks="The hour on my estimates.",
            lessons="Flag slips the same day.",
            questions=("progress-view",),
        )
    )
    checkins.save_checkin(
        CheckIn(
            NEXT_CHECKIN,
            moment(16, 14),
            "- ask about reviews",
            "",
            None,
            False,
            "",
            moment(9, 15),
            moment(9, 15),
            own_questions="How am I doing on reviews?\nWhat does good look like?",
        )
    )
    for uuid, text, goal, due, checkin, done in (
        (ACTION_SHARE, "Share the draft early", GOAL_REPORTS, date(2026, 3, 12), FIRST_CHECKIN, None),
        ("act-2", "Book a review slot", GOAL_REVIEWS, date(2026, 3, 11), FIRST_CHECKIN, date(2026, 3, 10)),
        ("act-3", "Read the style guide", None, None, None, None),
    ):
        checkins.save_action(Action(uuid, text, goal, due, checkin, done, moment(9, 15)))
    checkins.save_feedback(
        Feedback("fb-1", FIRST_CHECKIN, "Share drafts sooner.", GOAL_REPORTS, ACTION_SHARE, moment(9, 15))
    )
    checkins.save_feedback(
        Feedback("fb-2", FIRST_CHECKIN, "Good tone in reviews.", None, None, moment(9, 16))
    )


def snapshot(journal: Journal) -> dict[str, Any]:
    """What every service hands out, entries included (without their local row ids)."""
    plans = journal.plans.plans()
    return {
        "entries": [dataclasses.replace(entry, id=0) for entry in journal.iter_entries()],
        "draft": journal.statements.draft(),
        "versions": journal.statements.versions(),
        "final": journal.statements.final(),
        "mood_checks": journal.feelings.mood_checks(),
        "latest_mood": journal.feelings.latest_mood_check(),
        "forgiveness": journal.feelings.forgiveness(),
        "decisions": journal.feelings.decisions(),
        "plans": plans,
        "current_plan": journal.plans.current_plan(),
        "goals": {plan.uuid: journal.plans.goals(plan.uuid) for plan in plans},
        "alignments": {plan.uuid: journal.plans.alignments(plan.uuid) for plan in plans},
        "evidence": journal.plans.evidence(),
        "checkins": journal.checkins.checkins(),
        "actions": journal.checkins.actions(),
        "open_actions": journal.checkins.actions(open_only=True),
        "feedback": journal.checkins.feedback(),
        "milestones": {plan.uuid: journal.milestones.milestones(plan.uuid) for plan in plans},
        "written_milestones": journal.milestones.written_milestones(),
        "leaving_plan": journal.feelings.leaving_plan(),
    }


@pytest.fixture
def filled(journal: Journal, sample_entries: list[Entry]) -> Journal:
    fill(journal)
    return journal


def export_to(journal: Journal, path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        export_json(journal, stream)
    return path


# -- JSON ----------------------------------------------------------------------------------


def test_round_trip_gives_every_service_identical_records(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    before = snapshot(filled)
    path = export_to(filled, tmp_path / "export.json")

    report = import_json(other_journal, path)

    assert snapshot(other_journal) == before
    assert report.total_skipped == 0
    assert report.added == {
        "entries": 4,
        "statement_versions": 2,
        "mood_checks": 2,
        "forgiveness": 2,
        "decisions": 2,
        "plans": 2,
        "goals": 3,
        "alignments": 2,
        "evidence": 4,
        "checkins": 2,
        "actions": 3,
        "feedback": 2,
        "statement_draft": 1,
        "plan_milestones": 2,
        "leaving_plan": 1,
        "linked_answers": 0,
        "personal_words": 0,  # tests/io/test_personal_words_export.py carries words
    }


def test_the_round_trip_is_not_vacuous(filled: Journal) -> None:
    shown = snapshot(filled)
    assert shown["final"] is not None and shown["final"].number == 1
    assert shown["draft"].text == "A third draft, not kept as a version."
    assert [plan.uuid for plan in shown["plans"]] == [OLD_PLAN, PLAN]
    assert shown["current_plan"].uuid == PLAN
    assert {e.entry_uuid for e in shown["evidence"]} == {ENTRY, None}
    assert [a.uuid for a in shown["open_actions"]] == [ACTION_SHARE, "act-3"]
    assert shown["feedback"][0].action_uuid == ACTION_SHARE
    # What issue 12 added: each of these must come back through the export too.
    assert (shown["draft"].say_on, shown["draft"].said_on) == (date(2026, 3, 4), date(2026, 3, 5))
    assert shown["decisions"][0].reflection == "I stay while the plan is fair."
    old_plan = shown["plans"][0]
    assert (old_plan.outcome, old_plan.ended_on) == (PlanOutcome.EXTENDED, date(2025, 12, 2))
    assert old_plan.closing_reflection
    assert [(m.plan_uuid, m.mark) for m in shown["written_milestones"]] == [
        (OLD_PLAN, MilestoneMark.DAY_90), (PLAN, MilestoneMark.DAY_30)]
    assert shown["written_milestones"][1].reviewed_at == moment(31, 18)
    assert shown["leaving_plan"].finish == "Hand over the reports."
    assert shown["checkins"][-1].own_questions.startswith("How am I doing")


def test_importing_twice_adds_nothing_the_second_time(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    path = export_to(filled, tmp_path / "export.json")
    first = import_json(other_journal, path)
    once = snapshot(other_journal)

    second = import_json(other_journal, path)

    assert second.total_added == 0
    assert second.skipped == first.added  # the draft too: the journal's own draft is kept
    assert snapshot(other_journal) == once


def test_importing_into_the_source_changes_nothing(filled: Journal, tmp_path: Path) -> None:
    before = snapshot(filled)
    path = export_to(filled, tmp_path / "export.json")

    assert import_json(filled, path).total_added == 0
    assert snapshot(filled) == before


def test_every_record_carries_every_field_in_plain_json(filled: Journal) -> None:
    stream = io.StringIO()
    export_json(filled, stream)
    doc = json.loads(stream.getvalue())

    records = snapshot(filled)
    for key, dto_class in (
        ("mood_checks", MoodCheck),
        ("forgiveness", ForgivenessItem),
        ("decisions", StayOrGo),
        ("plans", Plan),
        ("goals", Goal),
        ("alignments", Alignment),
        ("evidence", Evidence),
        ("checkins", CheckIn),
        ("actions", Action),
        ("feedback", Feedback),
    ):
        names = [field.name for field in dataclasses.fields(dto_class)]
        assert doc[key], key
        assert all(list(record) == names for record in doc[key]), key
    assert len(doc["goals"]) == 3 and len(doc["evidence"]) == 4

    goal = next(g for g in doc["goals"] if g["uuid"] == GOAL_REPORTS)
    assert goal["plan_uuid"] == PLAN
    assert goal["milestones"] == [{"due_on": "2026-03-31", "success": "", "status": "not_started"},
                                  {"due_on": "2026-04-30", "success": "", "status": "not_started"}]
    assert goal["status"] == "on_track"
    assert goal["created_at"] == "2026-03-02T12:00:00+00:00"
    assert doc["plans"][1]["stakeholders"] == [{"name": "Sam (HR)", "expectations": "", "confirmed_on": None},
                                               {"name": "Priya", "expectations": "", "confirmed_on": None}]
    assert doc["mood_checks"][0]["emotions"] == [
        {"name": "Anxious", "intensity": 4},
        {"name": "Embarrassed", "intensity": 3},
    ]
    assert next(d for d in doc["decisions"] if d["uuid"] == "decide-1")["decided_on"] is None
    assert doc["statement"]["draft"]["parts"]["what_is_true"] == "Still thinking."
    assert datetime.fromisoformat(doc["statement"]["draft"]["updated_at"]).utcoffset() is not None
    assert [(v["number"], v["is_final"]) for v in doc["statement"]["versions"]] == [(1, True), (2, False)]
    assert records["versions"][0].parts == StatementParts(what_i_own="Not asking for help.")


def test_a_bad_reference_rejects_the_whole_file_and_changes_nothing(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    other_journal.feelings.save_mood_check(MoodCheck(uuid="mine", at=moment(1, 9), mood=3))
    before = snapshot(other_journal)
    path = export_to(filled, tmp_path / "export.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    index = next(i for i, e in enumerate(doc["evidence"]) if e["uuid"] == "evid-2")
    doc["evidence"][index]["goal_uuid"] = "f0000000-0000-4000-8000-00000000dead"
    path.write_text(json.dumps(doc), encoding="utf-8")

    with pytest.raises(
        InvalidImport, match=rf'Evidence {index + 1} of 4 in "evidence" \(evid-2\) points to a goal'
    ):
        import_json(other_journal, path)

    assert snapshot(other_journal) == before


# -- any text survives ---------------------------------------------------------------------

UNICODE = st.characters(exclude_categories=["Cs"])  # every code point a str can encode to UTF-8
FREE_TEXT = (
    "what_is_true", "what_i_own", "what_i_commit_to", "what_i_need", "draft", "version", "emotion", "note",
    "whom", "what_happened", "forgiveness_notes", "reasons_to_stay", "reasons_to_leave", "conditions_to_stay",
    "manager", "stakeholder_1", "stakeholder_2", "title", "success", "measure", "goal_notes", "who", "about",
    "evidence", "agenda", "checkin_notes", "follow_up", "action", "feedback",
)  # fmt: skip


@settings(max_examples=20, deadline=None)
@given(w=st.fixed_dictionaries({name: st.text(alphabet=UNICODE, max_size=40) for name in FREE_TEXT}))
def test_arbitrary_text_in_every_free_text_field_round_trips(w: dict[str, str]) -> None:
    # A fresh folder per example: function-scoped fixtures are shared by all of them.
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = Journal.open(root / "source")
        target = Journal.open(root / "target")
        try:
            # "Fact: " keeps the draft from being blank: a blank draft is, by design, not imported.
            parts = StatementParts(
                "Fact: " + w["what_is_true"], w["what_i_own"], w["what_i_commit_to"], w["what_i_need"]
            )
            source.statements.save_draft(parts, w["draft"])
            source.statements.save_version(parts, w["version"])
            feelings = source.feelings
            feelings.save_mood_check(
                MoodCheck("m", moment(2, 21), 3, (EmotionRating(w["emotion"], 2),), w["note"])
            )
            feelings.save_forgiveness(
                ForgivenessItem(
                    "f", w["whom"], w["what_happened"], ForgivenessStatus.FORGIVEN, w["forgiveness_notes"],
                    moment(2, 9), moment(2, 9),
                )
            )  # fmt: skip
            feelings.save_decision(
                StayOrGo(
                    "d", w["reasons_to_stay"], w["reasons_to_leave"], w["conditions_to_stay"], Decision.LEAVE,
                    None, moment(2, 9),
                )
            )  # fmt: skip
            source.plans.save_plan(
                _plan(PLAN, date(2026, 3, 2), 90, w["manager"], (w["stakeholder_1"], w["stakeholder_2"]))
            )
            source.plans.save_goal(
                _goal(
                    "g",
                    PLAN,
                    w["title"],
                    0,
                    success=w["success"],
                    measure=w["measure"],
                    notes=w["goal_notes"],
                )
            )
            source.plans.save_alignment(
                Alignment(
                    "a", PLAN, w["who"], date(2026, 3, 2), AgreementChannel.CHAT, w["about"], moment(2, 9)
                )
            )
            source.plans.save_evidence(
                Evidence("e", "g", date(2026, 3, 3), w["evidence"], None, moment(3, 9))
            )
            source.checkins.save_checkin(
                CheckIn(
                    "c", moment(9, 14), w["agenda"], w["checkin_notes"], 5, True, w["follow_up"],
                    moment(2, 9), moment(2, 9),
                )
            )  # fmt: skip
            source.checkins.save_action(Action("x", w["action"], "g", None, "c", None, moment(9, 15)))
            source.checkins.save_feedback(Feedback("fb", "c", w["feedback"], "g", "x", moment(9, 15)))
            before = snapshot(source)

            import_json(target, export_to(source, root / "export.json"))

            assert snapshot(target) == before
        finally:
            source.close()
            target.close()


# -- Markdown ------------------------------------------------------------------------------


@pytest.fixture
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pin the local zone so dates and times in the document are predictable."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset (POSIX) to change the local time zone")
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def markdown(journal: Journal) -> str:
    stream = io.StringIO()
    export_markdown(journal, stream)
    return stream.getvalue()


def section(text: str, title: str) -> str:
    """One `## ` part of the document, up to the next one."""
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


@pytest.mark.usefixtures("utc_local_time")
def test_markdown_adds_the_four_parts_after_the_entries(filled: Journal) -> None:
    text = markdown(filled)

    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[-4:] == ["## Ownership statement", "## Feelings", "## Plan", "## Check-ins"]
    assert text.index("## Tuesday 3 March 2026") < text.index("## Ownership statement")


@pytest.mark.usefixtures("utc_local_time")
def test_markdown_ownership_shows_the_final_version_then_the_history(filled: Journal) -> None:
    part = section(markdown(filled), "Ownership statement")

    assert "### Final version\n\nVersion 1, saved " in part
    assert (
        "I missed two deadlines and I didn't ask for help.\n\nFrom now on I'll send weekly updates.\n" in part
    )
    assert "A third draft" not in part  # the final version wins over the draft
    history = part[part.index("### Versions") :]
    lines = [line for line in history.splitlines() if line.startswith("- ")]
    assert len(lines) == 2
    assert lines[0].startswith("- Version 2 · ") and lines[0].endswith(" · 4 words")
    assert lines[1].startswith("- Version 1 · ") and lines[1].endswith(" · final")


@pytest.mark.usefixtures("utc_local_time")
def test_markdown_ownership_without_a_final_shows_the_latest_draft(journal: Journal) -> None:
    journal.statements.save_version(StatementParts(), "Version text.")
    journal.statements.save_draft(StatementParts(what_i_own="Owning the misses."), "")

    part = section(markdown(journal), "Ownership statement")

    assert "### Latest draft\n\nSaved " in part
    assert "\n**What I own**\n\nOwning the misses.\n" in part  # only parts written: shown by name
    assert "**What is true**" not in part


@pytest.mark.usefixtures("utc_local_time")
def test_markdown_feelings(filled: Journal) -> None:
    part = section(markdown(filled), "Feelings")

    assert (
        "- Monday 2 March 2026 at 21:00 · mood 2 of 5 · Anxious (4 of 5), Embarrassed (3 of 5)\n"
        "  Hard day.\n  Talked to Sam.\n"
    ) in part
    assert "- Thursday 5 March 2026 at 20:30 · mood 4 of 5 · Hopeful (2 of 5)\n" in part
    assert (
        "- **Dana** · Working on it\n"
        "  What happened: The review came out of nowhere.\n"
        "  Notes: Give it time.\n" in part
    )
    assert "- **Myself** · Not yet\n" in part
    stay = part.index("#### Stay and commit · decided Friday 6 March 2026")
    undecided = part.index("#### Not decided yet · thought through Tuesday 3 March 2026 at 22:00")
    assert stay < undecided  # newest first
    assert "\n**Reasons to stay**\n\nThe team.\nThe work.\n" in part
    assert "**What would have to be true to stay**\n\nA fair plan.\n" in part


@pytest.mark.usefixtures("utc_local_time")
def test_markdown_plan(filled: Journal) -> None:
    part = section(markdown(filled), "Plan")

    current = part[part.index("### The plan from Monday 2 March 2026") :]
    assert part.index("### The plan from Monday 3 November 2025") < part.index(
        "### The plan from Monday 2 March"
    )
    assert (
        "- Start: Monday 2 March 2026\n- Length: 60 days\n- End: Thursday 30 April 2026\n"
        "- Status: Active\n- Manager: Dana Reyes\n- Stakeholders: Sam (HR), Priya\n"
    ) in current
    assert (
        "**1. Reports on time** · On track\n\n"
        "- What success looks like: Every weekly report in by Friday noon\n" in current
    )
    assert "- How it is measured: Count of late reports\n" in current
    assert (
        "- Milestones: Tuesday 31 March 2026, Thursday 30 April 2026\n- Notes: Dana checks on Mondays.\n"
        in current
    )
    assert "**2. Code reviews** · At risk\n" in current
    assert "- Monday 2 March 2026 · Dana Reyes · In a meeting: the plan\n" in current
    assert "- Tuesday 3 March 2026 · Sam (HR) · By email: goal 2's measure\n" in current
    evidence = current[current.index("#### Evidence") :]
    assert evidence.index("**Reports on time**") < evidence.index("**Code reviews**")
    assert evidence.index("**Code reviews**") < evidence.index("**For the plan as a whole**")
    assert (
        "- Wednesday 4 March 2026: Reviewed three pull requests."
        " (from your entry “The deadline” of Monday 2 March 2026)\n" in evidence
    )
    assert "- Thursday 5 March 2026: Dana thanked me in standup.\n" in evidence
    assert "Closed the old goal." not in current  # it belongs to the old plan
    assert "Closed the old goal." in part


@pytest.mark.usefixtures("utc_local_time")
def test_markdown_check_ins(filled: Journal) -> None:
    part = section(markdown(filled), "Check-ins")

    held = part[part.index("### Monday 9 March 2026 at 14:00 · held") : part.index("### Monday 16 March")]
    order = [
        "**Agenda**",
        "**To thank your manager for**",
        "**Lessons learned**",
        "**Notes**",
        "**Feedback received**",
        "**Agreed actions**",
        "**How it went:**",
        "**Follow-up message**",
    ]
    assert [held.index(label) for label in order] == sorted(held.index(label) for label in order)
    # The agenda's own headings sit below the meeting's heading; a code block is left alone.
    assert (
        "**Agenda**\n\n#### Check-in\n\n##### Progress\n- reports on time\n\n```\n# a shell comment\n```\n"
        in held
    )
    assert (
        "- Share drafts sooner. (about “Reports on time”) → became the action “Share the draft early”\n"
        in held
    )
    assert "- Good tone in reviews.\n" in held
    assert "**To thank your manager for**\n\nThe hour on my estimates.\n" in held
    assert "**Lessons learned**\n\nFlag slips the same day.\n" in held
    assert "- [ ] Share the draft early · for “Reports on time” · due Thursday 12 March 2026\n" in held
    assert (
        "- [x] Book a review slot · for “Code reviews”"
        " · due Wednesday 11 March 2026 · done Tuesday 10 March 2026\n" in held
    )
    assert "**How it went:** 4 of 5\n" in held
    assert "**Follow-up message**\n\nHi Dana,\nthanks for today.\n" in held
    planned = part[part.index("### Monday 16 March 2026 at 14:00 · planned") :]
    assert "**Notes**" not in planned.split("### Other actions")[0]  # nothing written yet: no empty label
    assert "### Other actions\n\n- [ ] Read the style guide\n" in part


@pytest.mark.usefixtures("utc_local_time")
def test_markdown_leaves_out_empty_parts(journal: Journal) -> None:
    journal.plans.save_plan(
        Plan("p", date(2026, 3, 2), 30, "", (), PlanStatus.ACTIVE, moment(2, 9), moment(2, 9))
    )

    text = markdown(journal)

    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Plan"]
    assert "- Manager:" not in text and "- Stakeholders:" not in text
    assert "### Goals" not in text and "### Evidence" not in text
    assert "- End: Tuesday 31 March 2026\n" in text
