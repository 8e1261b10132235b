"""Whatever an import accepts, the journal keeps, every export writes, and the JSON export imports back equal.

Hypothesis builds Trustbridge JSON files from arbitrary Unicode (NUL, RTL marks, emoji, lone line
ends), every kind and stage, dates across the allowed years and just beyond them, and plan and goal
numbers at the edges of what the forms and SQLite allow; the statement draft with its days, a
stay-or-go sitting, a check-in, the plan's ending, its checkpoints and the leaving plan, each with or
without the fields newer exports write; and answers to the prompts that write a tool, which an older
export holds as entries and the import moves into the tools. A file the importer refuses is fine (it
must say so with InvalidImport, changing nothing); a file it accepts must import, export as JSON,
Markdown, a Markdown folder and HTML, and come back from the JSON export (and, for its entries,
from the Markdown folder) into fresh journals exactly as the first journal holds it. PDF is
covered elsewhere.
"""

from __future__ import annotations

import dataclasses
import io
import json
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.domain.limits import MAX_PLAN_DAYS, SQLITE_MAX_INTEGER, SQLITE_MIN_INTEGER
from app.domain.prompt_links import LINKS
from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import Decision, GoalStatus, MilestoneMark, PlanOutcome, PlanStatus
from app.io.html_export import export_html
from app.io.importers import read_import
from app.io.json_format import export_json
from app.io.markdown_export import export_markdown
from app.io.markdown_folder import export_markdown_folder
from app.store.errors import InvalidImport
from app.store.journal import Journal

CHARS = st.characters(exclude_categories=["Cs"])  # every code point a str can encode to UTF-8
SPECIAL = ["\x00", "\u200f", "\u200e", "\u202e", "🧭", "👩🏽‍💻", "e\u0301", "\r\n", "\r", "\n", " ", "---"]
TEXT = st.lists(st.text(CHARS, max_size=8) | st.sampled_from(SPECIAL), max_size=6).map("".join)
ZONES = st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(-timedelta(hours=12)),
                         timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(seconds=-1))])
EDGE_MOMENTS = [datetime(1900, 1, 1, tzinfo=UTC), datetime(2200, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)]
MOMENTS = st.one_of(
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30), timezones=ZONES),
    st.sampled_from(EDGE_MOMENTS),
)
DAYS = st.one_of(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    st.sampled_from([date(1900, 1, 1), date(2200, 12, 31)]),
)
# Any text a uuid column takes: 1 to 36 characters, not padded.
UUIDS = st.one_of(
    st.uuids().map(str), st.text(CHARS, min_size=1, max_size=36).filter(lambda uuid: uuid == uuid.strip())
)
WHOLE = st.one_of(
    st.integers(SQLITE_MIN_INTEGER, SQLITE_MAX_INTEGER),
    st.sampled_from([0, SQLITE_MAX_INTEGER, SQLITE_MIN_INTEGER]),
)
PLAN_DAYS = st.one_of(st.integers(1, MAX_PLAN_DAYS), st.sampled_from([1, MAX_PLAN_DAYS]))
# One value beyond the bounds, put into a document now and then: the file as a whole must be refused.
POISONS: list[tuple[str, str, object]] = [
    ("entries", "created_at", "0001-01-01T00:00:00+01:00"),
    ("entries", "updated_at", "9999-12-31T23:59:00-05:00"),
    ("entries", "created_at", "1899-12-31T23:59:59+00:00"),
    ("entries", "uuid", "x" * 37),
    ("entries", "uuid", " padded"),
    ("plans", "length_days", 10**18),
    ("plans", "length_days", MAX_PLAN_DAYS + 1),
    ("plans", "start", "9999-12-31"),
    ("goals", "position", SQLITE_MAX_INTEGER + 1),
    ("goals", "milestones", ["0001-01-01"]),
    ("plan_milestones", "due_on", "9999-12-31"),
    ("plan_milestones", "mark", "45"),
    ("plan_milestones", "reviewed_at", "0001-01-01T00:00:00+01:00"),
    ("plans", "ended_on", "0001-01-01"),
    ("decisions", "reflection", None),
    ("checkins", "own_questions", 5),
]
# The prompts whose answers are a tool's text: an older export holds them as entries.
LINKED = sorted((stage.value, key) for stage, key in LINKS)


def optional(draw: st.DrawFn, record: dict[str, Any], **newer: Any) -> dict[str, Any]:
    """`record` with the fields a newer export adds, or (now and then) without: an older export."""
    return {**record, **newer} if draw(st.booleans()) else record


def day_or_none(draw: st.DrawFn) -> str | None:
    day = draw(st.none() | DAYS)
    return day.isoformat() if day else None


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    stage: str | None
    prompt: str | None
    if draw(st.integers(0, 3)) == 0:  # an answer to a prompt that writes a tool, mostly untagged
        kind, (stage, prompt) = EntryKind.REFLECTION, draw(st.sampled_from(LINKED))
        tags = draw(st.lists(TEXT, max_size=1) | st.just([]))
    else:
        kind, tags = draw(st.sampled_from(EntryKind)), draw(st.lists(TEXT, max_size=4))
        stage = draw(st.none() | st.sampled_from(Stage).map(lambda stage: stage.value))
        prompt = draw(st.none() | TEXT)
    return {
        "uuid": draw(UUIDS),
        "kind": kind.value,
        "stage": stage,
        "prompt": prompt,
        "title": draw(TEXT),
        "body": draw(TEXT),
        "tags": tags,
        "created_at": draw(MOMENTS).isoformat(),
        "updated_at": draw(MOMENTS).isoformat(),
    }


@st.composite
def milestones(draw: st.DrawFn) -> object:
    """A goal's milestone as older exports wrote it (its day) or whole."""
    day = draw(DAYS).isoformat()
    if draw(st.booleans()):
        return day
    return {"due_on": day, "success": draw(TEXT), "status": draw(st.sampled_from(GoalStatus)).value}


@st.composite
def stakeholders(draw: st.DrawFn) -> object:
    """A plan's stakeholder as older exports wrote it (a name) or whole."""
    if draw(st.booleans()):
        return draw(TEXT)
    confirmed = draw(st.none() | DAYS)
    return {"name": draw(TEXT), "expectations": draw(TEXT),
            "confirmed_on": confirmed.isoformat() if confirmed else None}


@st.composite
def goal(draw: st.DrawFn, plan_uuid: str, number: int) -> dict[str, Any]:
    return {
        "uuid": f"{plan_uuid}-goal-{number}", "plan_uuid": plan_uuid, "title": draw(TEXT),
        "success": draw(TEXT), "measure": draw(TEXT),
        "milestones": draw(st.lists(milestones(), max_size=3)),
        "status": draw(st.sampled_from(GoalStatus)).value, "notes": draw(TEXT), "position": draw(WHOLE),
        "created_at": draw(MOMENTS).isoformat(), "updated_at": draw(MOMENTS).isoformat(),
    }  # fmt: skip


@st.composite
def checkpoint(draw: st.DrawFn, plan_uuid: str, mark: MilestoneMark) -> dict[str, Any]:
    reviewed = draw(st.none() | MOMENTS)
    return {
        "plan_uuid": plan_uuid, "mark": mark.value, "due_on": draw(DAYS).isoformat(), "success": draw(TEXT),
        "met": draw(TEXT), "to_raise": draw(TEXT), "reviewed_at": reviewed.isoformat() if reviewed else None,
    }  # fmt: skip


@st.composite
def statement(draw: st.DrawFn) -> dict[str, Any]:
    parts = {name: draw(TEXT) for name in ("what_is_true", "what_i_own", "what_i_commit_to", "what_i_need")}
    draft = {"parts": parts, "text": draw(TEXT), "updated_at": draw(MOMENTS).isoformat()}
    draft = optional(draw, draft, say_on=day_or_none(draw), said_on=day_or_none(draw))
    return {"draft": draft, "versions": []}


@st.composite
def sitting(draw: st.DrawFn) -> dict[str, Any]:
    record = {
        "uuid": draw(st.uuids()).hex[:8] + "-sitting", "reasons_to_stay": draw(TEXT), "reasons_to_leave": "",
        "conditions_to_stay": "", "decision": draw(st.sampled_from(Decision)).value,
        "decided_on": day_or_none(draw), "created_at": draw(MOMENTS).isoformat(),
    }  # fmt: skip
    return optional(draw, record, reflection=draw(TEXT))


@st.composite
def meeting(draw: st.DrawFn) -> dict[str, Any]:
    record = {
        "uuid": draw(st.uuids()).hex[:8] + "-checkin", "scheduled_at": draw(MOMENTS).isoformat(),
        "agenda": "", "notes": draw(TEXT), "rating": None, "held": draw(st.booleans()), "follow_up": "",
        "created_at": draw(MOMENTS).isoformat(), "updated_at": draw(MOMENTS).isoformat(),
    }  # fmt: skip
    return optional(draw, record, own_questions=draw(TEXT), thanks=draw(TEXT))


@st.composite
def leaving_plan(draw: st.DrawFn) -> dict[str, Any] | None:
    if draw(st.booleans()):
        return None
    return {"finish": draw(TEXT), "notice": draw(TEXT), "people": draw(TEXT), "job_search": draw(TEXT),
            "leave_on": day_or_none(draw), "updated_at": draw(MOMENTS).isoformat()}


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    plan_uuid = draw(st.uuids()).hex[:8] + "-plan"
    plan = {
        "uuid": plan_uuid, "start": draw(DAYS).isoformat(), "length_days": draw(PLAN_DAYS),
        "manager": draw(TEXT), "stakeholders": draw(st.lists(stakeholders(), max_size=3)),
        "status": draw(st.sampled_from(PlanStatus)).value,
        "created_at": draw(MOMENTS).isoformat(), "updated_at": draw(MOMENTS).isoformat(),
    }  # fmt: skip
    outcome = draw(st.none() | st.sampled_from(PlanOutcome).map(lambda outcome: outcome.value))
    plan = optional(draw, plan, outcome=outcome, closing_reflection=draw(TEXT), ended_on=day_or_none(draw))
    goals = [draw(goal(plan_uuid, number)) for number in range(draw(st.integers(0, 2)))]
    marks = draw(st.lists(st.sampled_from(MilestoneMark), max_size=3, unique=True))
    with_plan = draw(st.booleans())
    document: dict[str, Any] = {
        "format": "trustbridge",
        "version": 1,
        "exported_at": "2026-03-01T09:00:00+00:00",
        "entries": draw(st.lists(entries(), max_size=4, unique_by=lambda entry: entry["uuid"])),
        "plans": [plan] if with_plan else [],
        "goals": goals if with_plan else [],
        "plan_milestones": [draw(checkpoint(plan_uuid, mark)) for mark in marks] if with_plan else [],
        "statement": draw(st.none() | statement()),
        "decisions": draw(st.lists(sitting(), max_size=1)),
        "checkins": draw(st.lists(meeting(), max_size=1)),
        "leaving_plan": draw(leaving_plan()),
    }
    poison = draw(st.none() | st.none() | st.none() | st.sampled_from(POISONS))
    if poison is not None and document[poison[0]]:
        section, key, value = poison
        document[section][0][key] = value
        document["poisoned"] = True  # ignored by the reader: an unknown key
    return document


def comparable(entry: Entry) -> Entry:
    return dataclasses.replace(entry, id=0)


def snapshot(journal: Journal) -> dict[str, Any]:
    """The journal as its JSON export says it, minus the moment of exporting."""
    stream = io.StringIO()
    export_json(journal, stream)
    document: dict[str, Any] = json.loads(stream.getvalue())
    document.pop("exported_at")
    document["entries"].sort(key=lambda entry: entry["uuid"])
    return document


def entries_by_uuid(journal: Journal) -> dict[str, Entry]:
    return {entry.uuid: comparable(entry) for entry in journal.iter_entries()}


@pytest.mark.timeout(900)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents())
def test_whatever_an_import_accepts_every_export_writes_and_json_brings_back(
    document: dict[str, Any],
) -> None:
    with tempfile.TemporaryDirectory() as folder:  # a fresh folder per example
        root = Path(folder)
        source_file = root / "import.json"
        source_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        try:
            bundle = read_import(source_file)
        except InvalidImport as error:
            assert "\n" not in str(error)
            event("refused")
            return  # refused as a whole, with one line: nothing to carry further
        assert "poisoned" not in document, "a value beyond the bounds was accepted"
        event("accepted")

        original = Journal.open(root / "original")
        try:
            report = original.import_bundle(bundle)  # accepted by the reader, so the store must keep it
            if report.added["linked_answers"]:
                event("answers moved into their tools")
            expected = snapshot(original)
            expected_entries = entries_by_uuid(original)

            exported = root / "export.json"
            with exported.open("w", encoding="utf-8", newline="") as stream:
                export_json(original, stream)
            export_markdown(original, io.StringIO())
            export_html(original, io.StringIO())
            export_markdown_folder(original, root / "folder")
        finally:
            original.close()

        again = Journal.open(root / "again")
        try:
            again.import_bundle(read_import(exported))
            assert snapshot(again) == expected
            assert entries_by_uuid(again) == expected_entries
        finally:
            again.close()

        if expected_entries:
            from_folder = Journal.open(root / "from-folder")
            try:
                from_folder.import_bundle(read_import(root / "folder"))
                assert entries_by_uuid(from_folder) == expected_entries
            finally:
                from_folder.close()
