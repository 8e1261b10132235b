"""What issue 12 added, through every export: the day to say the statement and the day it was said,
stay-or-go in one's own words, one's own questions for a check-in, how a plan ended with its closing
reflection, the plan's checkpoints with their reviews, and the leaving plan.

JSON writes each and reads it back equal; an older export without them still imports, each taking
its default; what a journal already holds is kept by the rules below; the Markdown and HTML exports
show the words; values the journal can't keep are refused with a clear message, changing nothing.
"""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain.workbench import (
    LeavingPlan,
    MilestoneMark,
    PlanMilestone,
    StatementParts,
)
from app.io.html_export import export_html
from app.io.import_files import ReadLimits
from app.io.json_format import export_json, import_json, read_json, report_summary
from app.io.markdown_export import export_markdown
from app.store.errors import InvalidImport
from app.store.journal import Journal
from tests.io.test_workbench_export import OLD_PLAN, PLAN, export_to, fill, snapshot

NEW_WORDS = (
    "I stay while the plan is fair.",  # stay or go, in my own words
    "How am I doing on reviews?",  # my own questions
    "It ran long; a new plan follows.",  # closing reflection
    "Every report on time.", "Four of four reports.", "Ask about the review rota.",  # a checkpoint
    "Hand over the reports.", "Ask HR about notice and a reference.", "Sam, my old mentor",  # leaving
    "Update my CV",
)


@pytest.fixture
def filled(journal: Journal) -> Journal:
    fill(journal)
    return journal


def document_of(journal: Journal) -> dict[str, Any]:
    stream = io.StringIO()
    export_json(journal, stream)
    document: dict[str, Any] = json.loads(stream.getvalue())
    return document


def read(document: dict[str, Any]) -> Any:
    return read_json(io.StringIO(json.dumps(document)))


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# -- JSON ----------------------------------------------------------------------------------


def test_json_writes_every_new_field_under_its_own_name(filled: Journal) -> None:
    document = document_of(filled)
    draft = document["statement"]["draft"]
    assert (draft["say_on"], draft["said_on"]) == ("2026-03-04", "2026-03-05")
    assert next(d for d in document["decisions"] if d["uuid"] == "decide-2")["reflection"] == NEW_WORDS[0]
    assert document["checkins"][1]["own_questions"].startswith(NEW_WORDS[1])
    old = next(plan for plan in document["plans"] if plan["uuid"] == OLD_PLAN)
    assert (old["outcome"], old["closing_reflection"], old["ended_on"]) == (
        "extended", NEW_WORDS[2], "2025-12-02")
    assert document["plan_milestones"] == [
        {"plan_uuid": OLD_PLAN, "mark": "90", "due_on": "2025-12-02", "success": "Done.", "met": "",
         "to_raise": "", "reviewed_at": None},
        {"plan_uuid": PLAN, "mark": "30", "due_on": "2026-03-31", "success": NEW_WORDS[3],
         "met": NEW_WORDS[4], "to_raise": NEW_WORDS[5], "reviewed_at": "2026-03-31T18:00:00+00:00"},
    ]  # only the checkpoints something was written for
    leaving = document["leaving_plan"]
    assert leaving["finish"] == NEW_WORDS[6] and leaving["leave_on"] == "2026-06-30"
    assert datetime.fromisoformat(leaving["updated_at"]).utcoffset() is not None


def test_a_new_journal_gets_every_field_back_equal(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    before = snapshot(filled)
    report = import_json(other_journal, export_to(filled, tmp_path / "export.json"))
    assert snapshot(other_journal) == before
    assert (report.added["plan_milestones"], report.added["leaving_plan"]) == (2, 1)
    assert document_of(other_journal)["plan_milestones"] == document_of(filled)["plan_milestones"]

    again = import_json(other_journal, tmp_path / "export.json")
    assert again.total_added == 0
    assert (again.skipped["plan_milestones"], again.skipped["leaving_plan"]) == (2, 1)
    assert snapshot(other_journal) == before


OLDER_KEYS = {
    "decisions": ("reflection",), "checkins": ("own_questions",),
    "plans": ("outcome", "closing_reflection", "ended_on"),
}


def test_an_export_from_before_these_fields_still_imports_with_defaults(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    document = document_of(filled)
    for section, keys in OLDER_KEYS.items():
        for record in document[section]:
            for key in keys:
                del record[key]
    del document["statement"]["draft"]["say_on"], document["statement"]["draft"]["said_on"]
    del document["plan_milestones"], document["leaving_plan"]

    report = import_json(other_journal, write(tmp_path / "older.json", document))

    assert report.added["plans"] == 2 and report.added["statement_draft"] == 1
    draft = other_journal.statements.draft()
    assert (draft.say_on, draft.said_on) == (None, None)
    assert all(d.reflection == "" for d in other_journal.feelings.decisions())
    assert all(c.own_questions == "" for c in other_journal.checkins.checkins())
    assert all((p.outcome, p.closing_reflection, p.ended_on) == (None, "", None)
               for p in other_journal.plans.plans())
    assert other_journal.milestones.written_milestones() == []
    assert other_journal.feelings.leaving_plan() == LeavingPlan()
    assert (report.added["plan_milestones"], report.skipped["plan_milestones"]) == (0, 0)


def test_null_sections_read_as_none_written(filled: Journal) -> None:
    document = document_of(filled)
    document["plan_milestones"], document["leaving_plan"] = None, None
    bundle = read(document)
    assert (bundle.plan_milestones, bundle.leaving_plan) == ((), None)
    assert read({**document, "leaving_plan": {}}).leaving_plan == LeavingPlan()  # every field has a default


# -- what the journal already holds ------------------------------------------------------------


def test_the_draft_brings_its_days_but_the_journals_own_day_stays(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    path = export_to(filled, tmp_path / "export.json")
    other_journal.statements.set_say_on(date(2026, 3, 10))  # a day chosen, nothing written yet

    assert import_json(other_journal, path).added["statement_draft"] == 1

    draft = other_journal.statements.draft()
    assert draft.text == "A third draft, not kept as a version."
    assert (draft.say_on, draft.said_on) == (date(2026, 3, 10), date(2026, 3, 5))


def test_a_journal_with_its_own_words_keeps_its_draft_and_days(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    path = export_to(filled, tmp_path / "export.json")
    other_journal.statements.save_draft(StatementParts(what_i_own="My own words."), "")
    mine = other_journal.statements.draft()

    report = import_json(other_journal, path)

    assert (report.added["statement_draft"], report.skipped["statement_draft"]) == (0, 1)
    assert other_journal.statements.draft() == mine
    assert (mine.say_on, mine.said_on) == (None, None)  # the file's days belong to the file's draft


def test_a_draft_with_only_its_days_round_trips(
    journal: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    journal.statements.set_say_on(date(2026, 3, 4))
    import_json(other_journal, export_to(journal, tmp_path / "export.json"))
    assert other_journal.statements.draft().say_on == date(2026, 3, 4)
    assert import_json(other_journal, tmp_path / "export.json").total_added == 0


def test_a_checkpoint_with_words_in_the_journal_is_kept(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    path = export_to(filled, tmp_path / "export.json")
    import_json(other_journal, path)
    mine = other_journal.milestones.save_milestone(
        dataclasses.replace(other_journal.milestones.milestone(PLAN, MilestoneMark.DAY_30), success="Mine."))
    blank = other_journal.milestones.save_milestone(
        PlanMilestone(OLD_PLAN, MilestoneMark.DAY_90, date(2025, 12, 1)))
    assert blank.success == ""

    report = import_json(other_journal, path)

    assert (report.added["plan_milestones"], report.skipped["plan_milestones"]) == (1, 1)
    assert other_journal.milestones.milestone(PLAN, MilestoneMark.DAY_30) == mine  # words: the journal's stay
    old = other_journal.milestones.milestone(OLD_PLAN, MilestoneMark.DAY_90)
    assert (old.due_on, old.success) == (date(2025, 12, 2), "Done.")  # no words: the file's is taken


def test_the_leaving_plan_is_taken_only_into_an_empty_one(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    path = export_to(filled, tmp_path / "export.json")
    other_journal.feelings.save_leaving_plan(LeavingPlan(people="  "))  # saved, but empty
    assert import_json(other_journal, path).added["leaving_plan"] == 1
    assert other_journal.feelings.leaving_plan() == filled.feelings.leaving_plan()

    mine = other_journal.feelings.save_leaving_plan(LeavingPlan(finish="My own list."))
    report = import_json(other_journal, path)
    assert (report.added["leaving_plan"], report.skipped["leaving_plan"]) == (0, 1)
    assert other_journal.feelings.leaving_plan() == mine


def test_the_summary_names_checkpoints_and_the_leaving_plan(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    report = import_json(other_journal, export_to(filled, tmp_path / "export.json"))
    summary = report_summary(report)
    assert "2 plan checkpoints" in summary and "1 leaving plan" in summary


# -- Markdown and HTML ---------------------------------------------------------------------


def test_markdown_and_html_show_every_new_word(filled: Journal) -> None:
    stream = io.StringIO()
    export_markdown(filled, stream)
    text = stream.getvalue()
    page = io.StringIO()
    export_html(filled, page)
    html_text = page.getvalue()
    for words in NEW_WORDS:
        assert words in text, words
        assert words.replace("'", "&#x27;") in html_text, words
    assert "- When I plan to say it: Wednesday 4 March 2026\n" in text
    assert "- When I said it: Thursday 5 March 2026\n" in text
    assert "- How it ended: Extended\n- Ended on: Tuesday 2 December 2025\n" in text
    assert "**Day 30 · Tuesday 31 March 2026**\n\n- What success looks like: Every report on time.\n" in text
    assert "**For day 90 (the plan ends on day 30) · Tuesday 2 December 2025**" in text
    assert "- The day I plan to leave: Tuesday 30 June 2026\n" in text
    assert "**Your own questions**\n\nHow am I doing on reviews?\nWhat does good look like?\n" in text
    assert "#### Closing reflection\n\nIt ran long; a new plan follows.\n" in text
    assert "**In my own words**\n\nI stay while the plan is fair.\n" in text


def test_markdown_leaves_out_what_was_never_written(journal: Journal) -> None:
    journal.feelings.save_leaving_plan(LeavingPlan())
    stream = io.StringIO()
    export_markdown(journal, stream)
    assert "Leaving plan" not in stream.getvalue() and "## Feelings" not in stream.getvalue()


# -- values the journal can't keep ---------------------------------------------------------

CHECKPOINT = {"plan_uuid": PLAN, "mark": "30", "due_on": "2026-03-31"}


@pytest.mark.parametrize(("change", "message"), [
    ({"plan_milestones": [{**CHECKPOINT, "mark": "45"}]},
     r'Plan checkpoint 1 of 1 in "plan_milestones": "mark" is \'45\'; expected one of 30, 60, 90\.'),
    ({"plan_milestones": [{**CHECKPOINT, "due_on": "0001-01-01"}]}, r'"due_on": the date 0001-01-01 is out'),
    ({"plan_milestones": [{**CHECKPOINT, "due_on": "9999-12-31"}]}, r'"due_on": the date 9999-12-31 is out'),
    ({"plan_milestones": [{**CHECKPOINT, "reviewed_at": "9999-12-31T23:59:59-05:00"}]}, r'"reviewed_at": '),
    ({"plan_milestones": [{**CHECKPOINT, "success": None}]}, r'"success" must not be null'),
    ({"plan_milestones": [{"mark": "30", "due_on": "2026-03-31"}]}, r'is missing "plan_uuid"'),
    ({"plan_milestones": [CHECKPOINT, {**CHECKPOINT, "success": "again"}]},
     r"Plan checkpoint 2 of 2 .* repeats the plan and mark of plan checkpoint 1 \(.*, 30\)\."),
    ({"plan_milestones": [{**CHECKPOINT, "plan_uuid": "f0000000-0000-4000-8000-00000000dead"}]},
     r"Plan checkpoint 1 of 1 .* points to a plan that is not in the file"),
    ({"plan_milestones": {"30": CHECKPOINT}}, r'"plan_milestones" must be a list'),
    ({"leaving_plan": ["Hand over"]}, r'The "leaving_plan" is not a JSON object'),
    ({"leaving_plan": {"leave_on": "9999-12-31"}}, r'The "leaving_plan": "leave_on": the date 9999-12-31'),
    ({"leaving_plan": {"finish": "\ud800"}}, r'"finish"'),
])
def test_a_bad_new_value_is_refused_and_nothing_changes(
    filled: Journal, other_journal: Journal, tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    document = document_of(filled) | change
    before = snapshot(other_journal)
    with pytest.raises(InvalidImport, match=message) as refused:
        import_json(other_journal, write(tmp_path / "bad.json", document))
    assert "\n" not in str(refused.value)
    assert snapshot(other_journal) == before


@pytest.mark.parametrize(("where", "key", "value"), [
    ("draft", "say_on", "0001-01-01"), ("draft", "said_on", "9999-12-31"),
    ("plans", "ended_on", "2201-01-01"), ("plans", "outcome", "fired"), ("plans", "closing_reflection", 5),
    ("decisions", "reflection", ["words"]), ("checkins", "own_questions", None),
])
def test_a_bad_new_field_names_its_record(filled: Journal, where: str, key: str, value: object) -> None:
    document = document_of(filled)
    record = document["statement"]["draft"] if where == "draft" else document[where][0]
    record[key] = value
    with pytest.raises(InvalidImport, match=f'"{key}"'):
        read(document)


def test_the_ends_of_the_calendar_the_journal_keeps_come_back(
    journal: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    document = document_of(journal)
    document["statement"]["draft"]["say_on"] = "1900-01-01"
    document["statement"]["draft"]["said_on"] = "2200-12-31"
    document["plans"][0]["ended_on"] = "2200-12-31"
    document["plan_milestones"][0]["due_on"] = "1900-01-01"
    document["plan_milestones"][1]["reviewed_at"] = "2200-12-31T23:59:59.999999+00:00"
    document["leaving_plan"]["leave_on"] = "2200-12-31"

    import_json(other_journal, write(tmp_path / "edges.json", document))

    assert other_journal.statements.draft().say_on == date(1900, 1, 1)
    assert other_journal.milestones.written_milestones()[1].reviewed_at == datetime(
        2200, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
    assert other_journal.feelings.leaving_plan().leave_on == date(2200, 12, 31)
    stream = io.StringIO()
    export_markdown(other_journal, stream)
    assert "Monday 1 January 1900" in stream.getvalue() and "Wednesday 31 December 2200" in stream.getvalue()
    export_html(other_journal, io.StringIO())
    assert document_of(other_journal)["plan_milestones"] == document["plan_milestones"]


def test_huge_words_round_trip_and_a_file_past_the_limit_is_refused(
    filled: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    huge = "I will ask for help sooner. " * 40_000  # about a megabyte of one reflection
    document = document_of(filled)
    document["plans"][0]["closing_reflection"] = huge
    document["leaving_plan"]["job_search"] = huge
    path = write(tmp_path / "huge.json", document)
    with pytest.raises(InvalidImport, match="too large to import"):
        read_json(path, ReadLimits(max_file_bytes=1024 * 1024))
    assert other_journal.plans.plans() == [] and other_journal.count_entries() == 0

    import_json(other_journal, path)
    assert other_journal.plans.plans()[0].closing_reflection == huge
    assert other_journal.feelings.leaving_plan().job_search == huge
