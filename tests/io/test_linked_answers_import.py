"""An export made before the prompts wrote the tools (revision 0006) holds the answers to those
prompts as entries. Imported, their words go into the tools exactly as the upgrade moved them in
existing journals: nothing is kept twice, and importing the same file again adds nothing.
"""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain.plan_math import checkpoint_day
from app.domain.prompt_links import ToolField
from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import BundleReport, Decision, MilestoneMark, StatementParts
from app.io.importers import read_import
from app.io.json_format import export_json, import_json, read_json, report_summary
from app.io.markdown_folder import export_markdown_folder
from app.store import prompt_absorb
from app.store.errors import InvalidImport, NotFound
from app.store.journal import Journal
from app.ui.journal.import_dialog import result_text

PLAN = "a1000000-0000-4000-8000-000000000001"
CHECKIN = "a1000000-0000-4000-8000-000000000002"
OWN, OWN_MORE, STATEMENT, STAY, SUCCESS, ASK, THANK, TAGGED, BLANK, FREE = (
    f"e1000000-0000-4000-8000-0000000000{n:02d}" for n in range(1, 11)
)
MOVED = (OWN, OWN_MORE, STATEMENT, STAY, SUCCESS, ASK, THANK)
TABLES = ("entries", "entry_tags", "statement_draft", "decisions", "plan_milestones", "checkins", "drafts")


def at(day: int, hour: int = 21) -> str:
    return datetime(2026, 3, day, hour, tzinfo=UTC).isoformat()


def answer(
    uuid: str, stage: str, prompt: str, body: str, day: int, tags: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "uuid": uuid,
        "kind": "reflection",
        "stage": stage,
        "prompt": prompt,
        "title": "",
        "body": body,
        "tags": list(tags),
        "created_at": at(day),
        "updated_at": at(day),
    }


def older_export(*, with_plan: bool = True) -> dict[str, Any]:
    """As Trustbridge wrote it before revision 0006: no checkpoints, no leaving plan, answers as entries."""
    plan = {
        "uuid": PLAN,
        "start": "2026-03-02",
        "length_days": 90,
        "manager": "Dana",
        "stakeholders": [],
        "status": "active",
        "created_at": at(1),
        "updated_at": at(1),
    }
    checkin = {
        "uuid": CHECKIN,
        "scheduled_at": at(9, 14),
        "agenda": "",
        "notes": "",
        "rating": None,
        "held": False,
        "follow_up": "",
        "created_at": at(2),
        "updated_at": at(2),
    }
    entries = [
        answer(OWN, "ownership", "my-part", "I didn't ask for help.", 2),
        answer(OWN_MORE, "ownership", "my-part", "I also missed the handover.", 3),
        answer(STATEMENT, "ownership", "ownership-statement", "I missed two deadlines. I own that.", 3),
        answer(STAY, "feelings", "stay-or-leave", "Staying, for now.", 4),
        answer(SUCCESS, "expectations", "success-30-days", "Every report on time.", 4),
        answer(ASK, "checkins", "questions-to-ask", "How am I doing?", 5),
        answer(THANK, "checkins", "thank-manager", "The hour she gave me.", 10),  # after the check-in
        answer(TAGGED, "ownership", "my-part", "Kept as an entry.", 6, ("mine",)),
        answer(BLANK, "ownership", "what-is-true", " \n", 6),
        {
            **answer(FREE, "ownership", "my-part", "An evening note.", 7),
            "kind": "evening",
            "stage": None,
            "prompt": None,
        },
    ]
    return {
        "format": "trustbridge",
        "version": 1,
        "exported_at": at(11),
        "entries": entries,
        "statement": {"draft": None, "versions": []},
        "decisions": [],
        "plans": [plan] if with_plan else [],
        "checkins": [checkin],
    }


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def rows(journal: Journal) -> dict[str, list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(journal.path)) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}


def test_the_answers_go_into_their_tools_and_are_not_kept_as_entries(
    journal: Journal, tmp_path: Path
) -> None:
    report = import_json(journal, write(tmp_path / "older.json", older_export()))

    draft = journal.statements.draft()
    assert draft.parts == StatementParts(what_i_own="I didn't ask for help.\n\nI also missed the handover.")
    assert draft.text == "I missed two deadlines. I own that."
    (sitting,) = journal.feelings.decisions()
    assert (sitting.reflection, sitting.decision, sitting.created_at) == (
        "Staying, for now.",
        Decision.UNDECIDED,
        datetime(2026, 3, 4, 21, tzinfo=UTC),
    )
    checkpoint = journal.milestones.milestone(PLAN, MilestoneMark.DAY_30)
    assert (checkpoint.success, checkpoint.due_on) == (
        "Every report on time.",
        checkpoint_day(date(2026, 3, 2), 90, 30),
    )
    assert journal.checkins.checkins()[0].own_questions == "How am I doing?"
    assert journal.checkins.checkins()[0].thanks == ""
    assert journal.drafts.get(ToolField.CHECKIN_THANKS.draft_key) == "The hour she gave me."
    # The app reads them where the prompts show them.
    assert journal.prompt_fields.get(ToolField.STATEMENT_OWN).startswith("I didn't ask for help.")
    assert journal.prompt_fields.get(ToolField.STAY_OR_GO) == "Staying, for now."

    for uuid in MOVED:
        with pytest.raises(NotFound):
            journal.get_entry(uuid)
    assert {entry.uuid for entry in journal.iter_entries()} == {TAGGED, BLANK, FREE}
    assert (report.added["entries"], report.added["linked_answers"]) == (3, 7)
    assert report.total_skipped == 0


def test_importing_the_same_file_again_adds_nothing(journal: Journal, tmp_path: Path) -> None:
    path = write(tmp_path / "older.json", older_export())
    import_json(journal, path)
    before = rows(journal)

    again = import_json(journal, path)

    assert again.total_added == 0
    assert again.skipped["linked_answers"] == len(MOVED)
    assert rows(journal) == before
    assert result_text(again).startswith("Everything in it was already here")


def test_words_join_after_what_the_tool_holds_unless_already_there(journal: Journal, tmp_path: Path) -> None:
    journal.statements.save_draft(
        StatementParts(what_i_own="My own words first."), "I missed two deadlines. I own that."
    )
    import_json(journal, write(tmp_path / "older.json", older_export()))
    draft = journal.statements.draft()
    assert draft.parts.what_i_own == (
        "My own words first.\n\nI didn't ask for help.\n\nI also missed the handover."
    )
    assert draft.text == "I missed two deadlines. I own that."  # identical: not doubled


def test_without_an_active_plan_the_checkpoint_answer_waits_as_a_draft(
    journal: Journal, tmp_path: Path
) -> None:
    import_json(journal, write(tmp_path / "older.json", older_export(with_plan=False)))
    assert journal.drafts.get(ToolField.CHECKPOINT_30.draft_key) == "Every report on time."
    assert journal.prompt_fields.get(ToolField.CHECKPOINT_30) == "Every report on time."


def test_an_answer_the_journal_already_has_by_uuid_is_left_alone(journal: Journal, tmp_path: Path) -> None:
    journal.save_entry(
        EntryDraft(
            uuid=OWN,
            kind=EntryKind.REFLECTION,
            body="Mine, kept.",
            stage=Stage.OWNERSHIP,
            prompt_key="my-part",
        )
    )
    journal.delete_entry(OWN)  # in the trash: still the journal's

    report = import_json(journal, write(tmp_path / "older.json", older_export()))

    assert journal.statements.draft().parts.what_i_own == "I also missed the handover."
    assert (report.added["linked_answers"], report.skipped["linked_answers"]) == (6, 1)


def test_the_report_says_where_the_answers_went(journal: Journal, tmp_path: Path) -> None:
    report = import_json(journal, write(tmp_path / "older.json", older_export()))
    assert report_summary(report) == (
        "Imported 3 entries, 1 plan and 1 check-in; 7 answers to guided prompts went into their tools."
    )
    assert result_text(report) == (
        "Added 3 entries and 2 records from the stage tools; "
        "7 answers to guided prompts went into their tools."
    )
    one = BundleReport(added={"entries": 0, "linked_answers": 1})
    assert report_summary(one) == "Imported 0 entries; 1 answer to a guided prompt went into its tool."
    assert result_text(one) == "Added 0 entries; 1 answer to a guided prompt went into its tool."


def test_a_new_export_holds_the_words_in_the_tools_and_round_trips(
    journal: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    import_json(journal, write(tmp_path / "older.json", older_export()))
    stream = io.StringIO()
    export_json(journal, stream)
    document = json.loads(stream.getvalue())
    assert {entry["uuid"] for entry in document["entries"]} == {TAGGED, BLANK, FREE}
    assert document["plan_milestones"][0]["success"] == "Every report on time."
    # The thanks wait for a check-in ahead: the export keeps them, by the prompt field they answer.
    assert document["waiting_answers"] == [{"field": "checkin.thanks", "text": "The hour she gave me."}]

    report = import_json(other_journal, write(tmp_path / "new.json", document))

    assert report.added["linked_answers"] == 1  # the waiting thanks, waiting again
    assert other_journal.drafts.get(ToolField.CHECKIN_THANKS.draft_key) == "The hour she gave me."
    assert other_journal.statements.draft() == journal.statements.draft()
    assert other_journal.feelings.decisions() == journal.feelings.decisions()
    assert import_json(other_journal, tmp_path / "new.json").total_added == 0


def test_a_waiting_answer_goes_into_the_record_that_exists_now(
    journal: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    journal.prompt_fields.put(ToolField.CHECKPOINT_60, "Half the backlog gone.")  # no plan yet: a draft
    stream = io.StringIO()
    export_json(journal, stream)
    path = write(tmp_path / "export.json", json.loads(stream.getvalue()))
    document = older_export()
    document["entries"] = []
    import_json(other_journal, write(tmp_path / "plan.json", document))  # this journal has a plan

    import_json(other_journal, path)

    assert other_journal.milestones.milestone(PLAN, MilestoneMark.DAY_60).success == "Half the backlog gone."
    assert other_journal.drafts.get(ToolField.CHECKPOINT_60.draft_key) == ""


@pytest.mark.parametrize(
    ("waiting", "message"),
    [
        ({"field": "plan.checkpoint_45", "text": "x"}, r'"field" is \'plan.checkpoint_45\'; expected one of'),
        ({"field": "checkin.thanks"}, r'Waiting answer 1 of 1 in "waiting_answers" is missing "text"'),
        ("checkin.thanks", r"Waiting answer 1 of 1 .* is not a JSON object"),
    ],
)
def test_a_bad_waiting_answer_is_refused(waiting: object, message: str) -> None:
    document = older_export() | {"waiting_answers": [waiting]}
    with pytest.raises(InvalidImport, match=message):
        read_json(io.StringIO(json.dumps(document)))


def test_only_trustbridge_json_moves_answers(
    journal: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    journal.save_entry(
        EntryDraft(
            uuid=OWN, kind=EntryKind.REFLECTION, body="Mine.", stage=Stage.OWNERSHIP, prompt_key="my-part"
        )
    )
    export_markdown_folder(journal, tmp_path / "folder")
    bundle = read_import(tmp_path / "folder")
    assert bundle.linked_answers == () and [entry.uuid for entry in bundle.entries] == [OWN]
    assert read_json(io.StringIO(json.dumps(older_export()))).linked_answers[0].uuid == OWN


def test_a_failure_while_moving_changes_nothing(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "older.json", older_export())
    before = rows(journal)
    real = prompt_absorb._put_answer
    calls: list[str] = []

    def fail_on_the_fourth(*args: Any) -> bool:
        calls.append("put")
        if len(calls) == 4:
            raise InvalidImport("The disk is full. Nothing was imported.")
        return real(*args)

    monkeypatch.setattr(prompt_absorb, "_put_answer", fail_on_the_fourth)
    with pytest.raises(InvalidImport, match="disk is full"):
        import_json(journal, path)

    assert rows(journal) == before
    assert journal.plans.plans() == [] and journal.count_entries() == 0
