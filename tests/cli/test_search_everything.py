"""`trustbridge search` finds the tools' words too: a where-line in text, source, uuid and field in JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import parse_args, run
from app.domain.records import EntryDraft, EntryKind
from app.domain.search import SourceKind
from app.store.journal import Journal
from tests.store.tool_words import CHECKIN, GOAL, PLAN, WHEN, WORDS, fill_every_tool, word


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        fill_every_tool(journal)
        journal.save_entry(EntryDraft("aaaaaaaa-0000-4000-8000-000000000001", EntryKind.FREE,
                                      "written in an entry as well"), when=WHEN)
    finally:
        journal.close()
    return folder


def test_text_lists_a_tools_words_with_where_they_were_written(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", word(SourceKind.CHECKIN, "notes")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2026-03-04  Check-in, 4 March") and lines[0].endswith(": notes")
    assert f"[{word(SourceKind.CHECKIN, 'notes')}]" in lines[1]
    assert cli(["--data-dir", str(journal_dir), "search", word(SourceKind.EVIDENCE, "text")]) == 0
    assert capsys.readouterr().out.startswith("2026-03-12  Evidence, 12 March")


def test_json_gives_every_hit_its_source_uuid_and_field(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "written", "--json", "--limit", "100"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert all({"source", "uuid", "field", "title", "snippet"} <= record.keys() for record in records)
    by_place = {(record["source"], record["field"]): record for record in records}
    entry = by_place[("entry", "")]
    assert entry["uuid"] == "aaaaaaaa-0000-4000-8000-000000000001"
    assert (entry["kind"], entry["created_at"]) == ("free", "2026-03-04T10:00:00+00:00")
    notes = by_place[("checkin", "notes")]
    assert (notes["uuid"], notes["when"]) == (CHECKIN, "2026-03-04T10:00:00+00:00")
    assert notes["stage"] == "checkins"
    assert notes["where"].startswith("Check-in, 4 March") and "**written**" in notes["snippet"].lower()
    assert by_place[("goal_milestone", "success:1")]["uuid"] == GOAL
    assert by_place[("goal_milestone", "success:1")]["when"] == "2026-05-01"
    assert by_place[("stakeholder", "expectations:0")]["uuid"] == PLAN
    assert by_place[("statement_draft", "what_i_own")]["uuid"] == ""
    assert by_place[("statement_draft", "what_i_own")]["where"] == "Statement draft: what I own"


def test_every_tool_word_is_found_from_the_command_line(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = []
    for (kind, field), written in WORDS.items():
        assert cli(["--data-dir", str(journal_dir), "search", written, "--json"]) == 0
        places = [(record["source"], record["field"]) for record in json.loads(capsys.readouterr().out)]
        if places != [(kind.value, field)]:
            wrong.append((kind, field, places))
    assert wrong == []


def test_entry_only_filters_leave_the_tools_out(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "written", "--json", "--kind", "free"]) == 0
    assert [record["source"] for record in json.loads(capsys.readouterr().out)] == ["entry"]
    assert cli(["--data-dir", str(journal_dir), "search", "written", "--json", "--stage", "feelings",
                "--limit", "100"]) == 0
    sources = {record["source"] for record in json.loads(capsys.readouterr().out)}
    assert sources == {"mood", "forgiveness", "decision", "leaving_plan"}


def test_drafts_are_not_found_and_nothing_says_so(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "draftonlyword"]) == 0
    assert capsys.readouterr().out == "Nothing matches.\n"
