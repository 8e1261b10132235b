"""Trustbridge JSON: lossless round trips, idempotent import, and strict all-or-nothing checks."""

from __future__ import annotations

import dataclasses
import io
import json
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import (
    BundleReport,
    EmotionRating,
    Goal,
    GoalMilestone,
    GoalStatus,
    ImportBundle,
    MoodCheck,
    StatementDraft,
    StatementParts,
)
from app.io.json_format import NotTrustbridgeJson, export_json, import_json, read_json, report_summary
from app.store.errors import InvalidImport
from app.store.journal import Journal

STAGE_SECTIONS = (
    "mood_checks", "forgiveness", "decisions", "plans", "goals", "alignments", "evidence", "checkins",
    "actions", "feedback",
)


def comparable(entry: Entry) -> Entry:
    """An entry without its row id, which is local to each journal file."""
    return dataclasses.replace(entry, id=0)


def export_to_file(journal: Journal, path: Path) -> int:
    with path.open("w", encoding="utf-8", newline="") as stream:
        return export_json(journal, stream)


def valid_entry(**changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "uuid": "11111111-1111-4111-8111-111111111111",
        "kind": "reflection",
        "stage": "feelings",
        "prompt": "feelings.first_reaction",
        "title": "",
        "body": "Angry, then relieved.",
        "tags": [],
        "created_at": "2026-03-01T10:00:00+00:00",
        "updated_at": "2026-03-01T10:05:00+00:00",
    }
    entry.update(changes)
    return entry


def document(*entries: Any, **changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "trustbridge",
        "version": 1,
        "exported_at": "2026-03-04T12:00:00+01:00",
        "entries": list(entries),
    }
    doc.update(changes)
    return doc


def write_json(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


# -- export --------------------------------------------------------------------------------


def test_export_writes_the_documented_shape(
    written_in_berlin: None, journal: Journal, sample_entries: list[Entry]
) -> None:
    stream = io.StringIO()

    count = export_json(journal, stream)

    doc = json.loads(stream.getvalue())
    assert count == len(sample_entries) == len(doc["entries"])
    assert doc["format"] == "trustbridge"
    assert doc["version"] == 1
    assert datetime.fromisoformat(doc["exported_at"]).utcoffset() is not None
    first = next(e for e in doc["entries"] if e["uuid"] == sample_entries[0].uuid)
    assert first == {
        "uuid": "00000000-0000-4000-8000-000000000001",
        "kind": "reflection",
        "stage": "ownership",
        "prompt": "ownership.what_happened",
        "title": "The deadline",
        "body": "I missed the **deadline**.\n\n- what happened\n- what I'll change\n",
        "tags": ["honesty", "work"],
        "created_at": "2026-03-02T09:15:30.123456+00:00",
        "updated_at": "2026-03-02T09:15:30.123456+00:00",
        "time_zone": "Europe/Berlin",  # where it was written (after 0.1; a 0.1 reader ignores it)
    }


def test_export_keeps_unicode_readable(journal: Journal, sample_entries: list[Entry]) -> None:
    stream = io.StringIO()
    export_json(journal, stream)
    text = stream.getvalue()
    assert "🧭" in text and "שלום" in text  # ensure_ascii=False
    assert "\\u0000" in text and "\x00" not in text  # NUL is escaped, as JSON requires


def test_export_of_an_empty_journal_is_valid(journal: Journal) -> None:
    stream = io.StringIO()
    assert export_json(journal, stream) == 0
    doc = json.loads(stream.getvalue())
    assert doc["entries"] == []
    assert doc["statement"] == {"draft": None, "versions": []}
    assert all(doc[key] == [] for key in (*STAGE_SECTIONS, "plan_milestones"))
    assert doc["leaving_plan"] is None and doc["waiting_answers"] == [] and doc["personal_words"] == []
    sections = [*STAGE_SECTIONS[:5], "plan_milestones", *STAGE_SECTIONS[5:]]
    head = ["format", "version", "exported_at", "entries", "statement"]
    assert list(doc) == [*head, *sections, "leaving_plan", "waiting_answers", "personal_words"]


# -- round trip ----------------------------------------------------------------------------


def test_round_trip_into_a_fresh_journal_is_identical(
    journal: Journal, other_journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    export_to_file(journal, path)

    report = import_json(other_journal, path)

    assert report.added["entries"] == report.total_added == len(sample_entries)
    assert report.total_skipped == 0
    imported = [other_journal.get_entry(entry.uuid) for entry in sample_entries]
    assert [comparable(e) for e in imported] == [comparable(e) for e in sample_entries]


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    journal: Journal, other_journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    export_to_file(journal, path)
    import_json(other_journal, path)

    second = import_json(other_journal, path)

    assert (second.total_added, second.skipped["entries"]) == (0, len(sample_entries))
    assert other_journal.count_entries() == len(sample_entries)


def test_import_back_into_the_source_journal_changes_nothing(
    journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    export_to_file(journal, path)

    assert import_json(journal, path).total_added == 0
    assert [journal.get_entry(e.uuid) for e in sample_entries] == sample_entries


def test_read_json_accepts_a_stream_a_path_and_a_byte_order_mark(tmp_path: Path) -> None:
    doc = document(valid_entry())
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode())

    from_path = read_json(path)
    from_str = read_json(str(path))
    from_stream = read_json(io.StringIO(json.dumps(doc)))

    assert from_path == from_str == from_stream
    assert from_path.entries[0].id == 0
    assert from_path.entries[0].stage is Stage.FEELINGS


def test_an_offset_other_than_utc_is_the_same_instant(tmp_path: Path) -> None:
    doc = document(valid_entry(created_at="2026-03-01T11:30:00+01:30"))
    [entry] = read_json(io.StringIO(json.dumps(doc))).entries
    assert entry.created_at == datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def test_unknown_keys_are_ignored_for_forward_compatibility() -> None:
    doc = document(valid_entry(mood=3), plan={"length_days": 60})
    assert len(read_json(io.StringIO(json.dumps(doc))).entries) == 1


# -- invalid files -------------------------------------------------------------------------

INVALID_DOCUMENTS: dict[str, tuple[Any, str]] = {
    "not an object": ([1, 2, 3], "format"),
    "wrong format": (document(valid_entry(), format="jrnl"), "format"),
    "no format": ({"version": 1, "entries": []}, "format"),
    "newer version": (document(valid_entry(), version=2), "newer Trustbridge"),
    "version as text": (document(valid_entry(), version="1"), "version"),
    "no entries": ({"format": "trustbridge", "version": 1}, "entries"),
    "entry not an object": (document("hello"), "Entry 1 of 1"),
    "missing uuid": (document({k: v for k, v in valid_entry().items() if k != "uuid"}), '"uuid"'),
    "empty uuid": (document(valid_entry(uuid="")), "uuid"),
    "missing body": (document({k: v for k, v in valid_entry().items() if k != "body"}), '"body"'),
    "naive datetime": (document(valid_entry(created_at="2026-03-01T10:00:00")), "no UTC offset"),
    "date only": (document(valid_entry(updated_at="2026-03-01")), "no UTC offset"),
    "not a datetime": (document(valid_entry(created_at="yesterday")), "ISO 8601"),
    "datetime as number": (document(valid_entry(created_at=1767225600)), '"created_at" must be a string'),
    "unknown kind": (document(valid_entry(kind="dream")), "unknown kind 'dream'"),
    "unknown stage": (document(valid_entry(stage="anger")), "unknown stage 'anger'"),
    "tags not a list": (document(valid_entry(tags="work")), '"tags"'),
    "tag not a string": (document(valid_entry(tags=["ok", 3])), '"tags"'),
    "title null": (document(valid_entry(title=None)), '"title" must be a string'),
    "lone surrogate": (document(valid_entry(body="broken \ud800 text")), "lone surrogate"),
}


@pytest.mark.parametrize("case", sorted(INVALID_DOCUMENTS))
def test_invalid_files_are_rejected_and_change_nothing(
    case: str, journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    value, expected = INVALID_DOCUMENTS[case]
    path = write_json(tmp_path / "bad.json", value)

    with pytest.raises(InvalidImport, match=expected):
        import_json(journal, path)

    assert journal.count_entries() == len(sample_entries)
    assert [journal.get_entry(e.uuid) for e in sample_entries] == sample_entries


def test_one_bad_entry_imports_nothing_and_names_the_entry(journal: Journal, tmp_path: Path) -> None:
    good = valid_entry(uuid="22222222-2222-4222-8222-222222222222")
    bad = valid_entry(created_at="2026-03-01 10:00")
    path = write_json(tmp_path / "half.json", document(good, good | {"uuid": "3"}, bad))

    with pytest.raises(InvalidImport, match=r"Entry 3 of 3 \(11111111-1111-4111-8111-111111111111\)"):
        import_json(journal, path)

    assert journal.count_entries() == 0


def test_a_repeated_uuid_is_an_error(tmp_path: Path) -> None:
    path = write_json(tmp_path / "twice.json", document(valid_entry(), valid_entry()))
    with pytest.raises(InvalidImport, match="Entry 2 of 2 repeats the uuid of entry 1"):
        read_json(path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not valid JSON"),
        (b"date: 2026-03-01\nI wrote this in jrnl.", "not valid JSON"),
        (b'{"format": "trustbridge", "entries": [', "not valid JSON"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
    ],
)
def test_files_that_are_not_json_say_so(content: bytes, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(NotTrustbridgeJson, match=expected):
        read_json(path)


def test_a_missing_file_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_json(tmp_path / "missing.json")


# -- property: any text survives save → export → import ------------------------------------

UNICODE = st.characters(exclude_categories=["Cs"])  # every code point a str can encode to UTF-8


@settings(max_examples=50, deadline=None)
@given(
    title=st.text(alphabet=UNICODE),
    body=st.text(alphabet=UNICODE),
    tags=st.lists(st.text(alphabet=UNICODE, max_size=20), max_size=5),
    prompt_key=st.none() | st.text(alphabet=UNICODE, max_size=30),
    kind=st.sampled_from(EntryKind),
    stage=st.none() | st.sampled_from(Stage),
)
def test_arbitrary_text_round_trips_unchanged(
    title: str, body: str, tags: list[str], prompt_key: str | None, kind: EntryKind, stage: Stage | None
) -> None:
    # A fresh folder per example: function-scoped fixtures are shared by all of them.
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = Journal.open(root / "source")
        target = Journal.open(root / "target")
        try:
            draft = EntryDraft(
                uuid="33333333-3333-4333-8333-333333333333",
                kind=kind,
                body=body,
                stage=stage,
                prompt_key=prompt_key,
                title=title,
                tags=tuple(tags),
            )
            source.save_entry(draft)
            saved = source.get_entry(draft.uuid)
            assert saved.body == body and saved.title == title

            path = root / "export.json"
            export_to_file(source, path)
            assert import_json(target, path).added["entries"] == 1

            assert comparable(target.get_entry(draft.uuid)) == comparable(saved)
        finally:
            source.close()
            target.close()


# -- the stage tools' sections ---------------------------------------------------------------

PLAN_UUID = "aaaaaaaa-0000-4000-8000-00000000000a"
GOAL_UUID = "aaaaaaaa-0000-4000-8000-00000000000b"
CHECKIN_UUID = "aaaaaaaa-0000-4000-8000-00000000000c"
ACTION_UUID = "aaaaaaaa-0000-4000-8000-00000000000d"
PARTS = {
    "what_is_true": "I missed two deadlines.",
    "what_i_own": "Not asking for help.",
    "what_i_commit_to": "Weekly updates.",
    "what_i_need": "Clear priorities.",
}
AT = "2026-03-02T12:00:00+00:00"


def stage_document() -> dict[str, Any]:
    """A valid export holding one record of every kind, each with every field."""
    versions = [
        {"uuid": "v1", "number": 1, "parts": PARTS, "text": "First.", "is_final": False, "created_at": AT},
        {"uuid": "v2", "number": 2, "parts": PARTS, "text": "Second.", "is_final": True, "created_at": AT},
    ]
    draft = {"parts": PARTS, "text": "I own this.", "updated_at": "2026-03-03T10:00:00+01:00"}
    mood = {
        "uuid": "m1",
        "at": "2026-03-02T21:00:00+00:00",
        "mood": 2,
        "emotions": [{"name": "Anxious", "intensity": 4}],
        "note": "Long day.",
    }
    forgiveness = {
        "uuid": "f1",
        "whom": "myself",
        "what_happened": "Froze in the meeting.",
        "status": "working_on_it",
        "notes": "",
        "created_at": AT,
        "updated_at": AT,
    }
    decision = {
        "uuid": "d1",
        "reasons_to_stay": "The team.",
        "reasons_to_leave": "",
        "conditions_to_stay": "",
        "decision": "stay",
        "decided_on": "2026-03-04",
        "created_at": AT,
    }
    plan = {
        "uuid": PLAN_UUID,
        "start": "2026-03-02",
        "length_days": 60,
        "manager": "Dana",
        "stakeholders": ["HR"],
        "status": "active",
        "created_at": AT,
        "updated_at": AT,
    }
    goal = {
        "uuid": GOAL_UUID,
        "plan_uuid": PLAN_UUID,
        "title": "Reports on time",
        "success": "All on time",
        "measure": "Count",
        "milestones": ["2026-03-31", "2026-04-30"],
        "status": "on_track",
        "notes": "",
        "position": 0,
        "created_at": "2026-03-02T12:01:00+00:00",
        "updated_at": "2026-03-02T12:01:00+00:00",
    }
    alignment = {
        "uuid": "al1",
        "plan_uuid": PLAN_UUID,
        "who": "Dana",
        "agreed_on": "2026-03-02",
        "how": "meeting",
        "about": "the plan",
        "created_at": AT,
    }
    evidence = {
        "uuid": "e1",
        "goal_uuid": GOAL_UUID,
        "happened_on": "2026-03-05",
        "text": "Sent early.",
        "entry_uuid": valid_entry()["uuid"],
        "created_at": AT,
    }
    checkin = {
        "uuid": CHECKIN_UUID,
        "scheduled_at": "2026-03-09T14:00:00+00:00",
        "agenda": "- progress",
        "notes": "Went well.",
        "rating": 4,
        "held": True,
        "follow_up": "Thanks, Dana.",
        "created_at": AT,
        "updated_at": AT,
    }
    action = {
        "uuid": ACTION_UUID,
        "text": "Share the draft",
        "goal_uuid": GOAL_UUID,
        "due_on": "2026-03-12",
        "checkin_uuid": CHECKIN_UUID,
        "done_on": None,
        "created_at": AT,
    }
    feedback = {
        "uuid": "fb1",
        "checkin_uuid": CHECKIN_UUID,
        "text": "Share drafts sooner.",
        "goal_uuid": GOAL_UUID,
        "action_uuid": ACTION_UUID,
        "created_at": AT,
    }
    return document(
        valid_entry(),
        statement={"draft": draft, "versions": versions},
        mood_checks=[mood],
        forgiveness=[forgiveness],
        decisions=[decision],
        plans=[plan],
        goals=[goal],
        alignments=[alignment],
        evidence=[evidence],
        checkins=[checkin],
        actions=[action],
        feedback=[feedback],
    )


def changed(section: str, **changes: Any) -> dict[str, Any]:
    """The stage document with the first record of `section` changed ("versions" is the statement's)."""
    doc = stage_document()
    records = doc["statement"]["versions"] if section == "versions" else doc[section]
    records[0].update(changes)
    return doc


def without(section: str, key: str) -> dict[str, Any]:
    doc = stage_document()
    del doc[section][0][key]
    return doc


def read(value: Any) -> ImportBundle:
    return read_json(io.StringIO(json.dumps(value)))


def test_every_section_reads_into_the_bundle() -> None:
    bundle = read(stage_document())

    assert [len(getattr(bundle, key)) for key in STAGE_SECTIONS] == [1] * len(STAGE_SECTIONS)
    assert bundle.statement_draft == StatementDraft(
        parts=StatementParts(**PARTS), text="I own this.", updated_at=datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    )
    assert [(v.number, v.is_final) for v in bundle.statement_versions] == [(1, False), (2, True)]
    assert bundle.mood_checks == (
        MoodCheck(
            uuid="m1",
            at=datetime(2026, 3, 2, 21, 0, tzinfo=UTC),
            mood=2,
            emotions=(EmotionRating("Anxious", 4),),
            note="Long day.",
        ),
    )
    assert bundle.goals == (
        Goal(
            uuid=GOAL_UUID,
            plan_uuid=PLAN_UUID,
            title="Reports on time",
            success="All on time",
            measure="Count",
            milestones=(GoalMilestone(date(2026, 3, 31)), GoalMilestone(date(2026, 4, 30))),
            status=GoalStatus.ON_TRACK,
            notes="",
            position=0,
            created_at=datetime(2026, 3, 2, 12, 1, tzinfo=UTC),
            updated_at=datetime(2026, 3, 2, 12, 1, tzinfo=UTC),
        ),
    )
    assert bundle.actions[0].done_on is None and bundle.actions[0].due_on == date(2026, 3, 12)
    assert bundle.checkins[0].held is True and bundle.checkins[0].rating == 4


def test_moments_with_any_offset_come_back_in_utc() -> None:
    bundle = read(changed("mood_checks", at="2026-03-02T22:30:00+01:30"))
    at = bundle.mood_checks[0].at
    assert at == datetime(2026, 3, 2, 21, 0, tzinfo=UTC)
    assert at.utcoffset() == timedelta(0)


def test_a_0_1_export_without_stage_sections_still_reads() -> None:
    bundle = read(document(valid_entry()))
    assert len(bundle.entries) == 1
    assert bundle == ImportBundle(entries=bundle.entries)


def test_a_0_1_export_still_imports(journal: Journal, tmp_path: Path) -> None:
    path = write_json(tmp_path / "old.json", document(valid_entry()))
    report = import_json(journal, path)
    assert (report.added["entries"], report.total_added) == (1, 1)
    assert journal.plans.current_plan() is None and journal.statements.versions() == []


def test_fields_with_a_default_may_be_missing() -> None:
    doc = stage_document()
    doc["mood_checks"][0] = {"uuid": "m2", "at": "2026-03-02T21:00:00+00:00", "mood": 3}
    expected = MoodCheck(uuid="m2", at=datetime(2026, 3, 2, 21, 0, tzinfo=UTC), mood=3)
    assert read(doc).mood_checks[0] == expected


def test_a_link_to_an_entry_may_point_outside_the_file() -> None:
    # Entries in the trash are not exported, and evidence keeps naming them: not a damaged file.
    bundle = read(changed("evidence", entry_uuid="no-such-entry"))
    assert bundle.evidence[0].entry_uuid == "no-such-entry"


def test_the_statement_draft_may_be_null() -> None:
    doc = stage_document()
    doc["statement"]["draft"] = None
    assert read(doc).statement_draft is None


INVALID_STAGE_DOCUMENTS: dict[str, tuple[Any, str]] = {
    "section not a list": (stage_document() | {"plans": {}}, '"plans" must be a list'),
    "record not an object": (
        stage_document() | {"goals": ["x"]},
        'Goal 1 of 1 in "goals" is not a JSON object',
    ),
    "missing field": (
        without("goals", "title"),
        rf'Goal 1 of 1 in "goals" \({GOAL_UUID}\) is missing "title"',
    ),
    "missing uuid": (without("checkins", "uuid"), 'Check-in 1 of 1 in "checkins" is missing "uuid"'),
    "empty uuid": (changed("plans", uuid=""), 'Plan 1 of 1 in "plans" has an invalid uuid'),
    "uuid too long": (changed("forgiveness", uuid="x" * 37), "invalid uuid"),
    "blank reference": (changed("evidence", goal_uuid=" "), 'invalid "goal_uuid"'),
    "unknown enum value": (
        changed("goals", status="late"),
        "\"status\" is 'late'; expected one of not_started, on_track, at_risk, done",
    ),
    "enum by label": (
        changed("decisions", decision="Stay and commit"),
        "expected one of undecided, stay, leave",
    ),
    "enum as number": (changed("alignments", how=1), '"how" is 1; expected one of meeting'),
    "date with a time": (
        changed("goals", milestones=["2026-03-31T00:00"]),
        r'"milestones\[0\]" is not a date',
    ),
    "basic ISO date": (changed("evidence", happened_on="20260305"), '"happened_on" is not a date'),
    "impossible date": (changed("actions", due_on="2026-02-30"), '"due_on" is not a date'),
    "date as number": (changed("decisions", decided_on=20260304), '"decided_on" must be a string'),
    "mood too high": (changed("mood_checks", mood=6), '"mood" is 6; it must be from 1 to 5'),
    "intensity too low": (
        changed("mood_checks", emotions=[{"name": "Calm", "intensity": 0}]),
        r'"emotions\[0\].intensity" is 0',
    ),
    "emotion not an object": (
        changed("mood_checks", emotions=["Calm"]),
        r'"emotions\[0\]" must be a JSON object',
    ),
    "mood as a boolean": (changed("mood_checks", mood=True), '"mood" must be a whole number'),
    "rating as a float": (changed("checkins", rating=4.0), '"rating" must be a whole number'),
    "rating out of range": (changed("checkins", rating=0), '"rating" is 0'),
    "no days": (changed("plans", length_days=0), '"length_days" is 0; it must be 1 or more'),
    "held as a number": (changed("checkins", held=1), '"held" must be true or false'),
    "naive moment": (changed("checkins", scheduled_at="2026-03-09T14:00:00"), "no UTC offset"),
    "moment as number": (changed("feedback", created_at=1767225600), '"created_at" must be a string'),
    "text null": (changed("evidence", text=None), '"text" must not be null'),
    "list not a list": (changed("plans", stakeholders="HR"), '"stakeholders" must be a list'),
    "lone surrogate": (changed("checkins", agenda="a \ud800 b"), '"agenda" contains an invalid character'),
    "repeated uuid": (
        stage_document() | {"plans": stage_document()["plans"] * 2},
        r'Plan 2 of 2 in "plans" repeats the uuid of plan 1 \(aaaaaaaa-',
    ),
    "statement not an object": (stage_document() | {"statement": []}, '"statement" must be a JSON object'),
    "draft without parts": (
        stage_document() | {"statement": {"draft": {"text": "", "updated_at": None}, "versions": []}},
        'The statement "draft" is missing "parts"',
    ),
    "part not a string": (
        stage_document() | {"statement": {"draft": {"parts": PARTS | {"what_i_own": 3}, "text": ""}}},
        '"parts.what_i_own" must be a string',
    ),
    "version without number": (
        changed("versions", number=None),
        r'Statement version 1 of 2 in "statement.versions" \(v1\): "number" must not be null',
    ),
    "two finals": (changed("versions", is_final=True), "2 statement versions are marked final"),
    "repeated number": (changed("versions", number=2), "repeats the number 2 of statement version 1"),
    "goal of an unknown plan": (
        changed("goals", plan_uuid="gone"),
        "points to a plan that is not in the file",
    ),
    "alignment of an unknown plan": (
        changed("alignments", plan_uuid="gone"),
        r'Alignment 1 of 1 in "alignments" \(al1\) points to a plan',
    ),
    "evidence for an unknown goal": (
        changed("evidence", goal_uuid="gone"),
        r'Evidence 1 of 1 in "evidence" \(e1\) points to a goal that is not in the file'
        r' \("goal_uuid": "gone"\)',
    ),
    "action for an unknown goal": (
        changed("actions", goal_uuid="gone"),
        'Action 1 of 1 in "actions".*a goal',
    ),
    "action from an unknown check-in": (changed("actions", checkin_uuid="gone"), "points to a check-in"),
    "feedback at an unknown check-in": (changed("feedback", checkin_uuid="gone"), "points to a check-in"),
    "feedback about an unknown goal": (changed("feedback", goal_uuid="gone"), "points to a goal"),
    "feedback that became an unknown action": (
        changed("feedback", action_uuid="gone"),
        "points to an? action",
    ),
}


@pytest.mark.parametrize("case", sorted(INVALID_STAGE_DOCUMENTS))
def test_invalid_stage_sections_are_rejected_and_change_nothing(
    case: str, journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    value, expected = INVALID_STAGE_DOCUMENTS[case]
    path = write_json(tmp_path / "bad.json", value)

    with pytest.raises(InvalidImport, match=expected):
        import_json(journal, path)

    assert journal.count_entries() == len(sample_entries)
    assert journal.plans.current_plan() is None
    assert journal.statements.versions() == [] and journal.statements.draft().updated_at is None
    assert journal.feelings.mood_checks() == [] and journal.checkins.checkins() == []


def test_a_null_field_without_a_null_value_names_the_key() -> None:
    with pytest.raises(InvalidImport, match=r'Plan 1 of 1 in "plans" \(.*\): "start" must not be null'):
        read(changed("plans", start=None))


# -- the summary the person reads --------------------------------------------------------------


@pytest.mark.parametrize(
    ("added", "skipped", "expected"),
    [
        ({}, {}, "Imported 0 entries."),
        ({"entries": 1}, {}, "Imported 1 entry."),
        ({"entries": 0}, {"entries": 2}, "Imported 0 entries (2 already present)."),
        (
            {"plans": 1, "goals": 3, "entries": 12, "alignments": 0},
            {"entries": 4, "goals": 1},
            "Imported 12 entries, 1 plan and 3 goals (5 already present).",
        ),
        (
            {"entries": 0, "statement_draft": 1, "evidence": 1, "feedback": 2, "checkins": 1},
            {},
            "Imported 0 entries, 1 statement draft, 1 piece of evidence, 1 check-in"
            " and 2 pieces of feedback.",
        ),
        ({"entries": 2, "mood_checks": 2}, {}, "Imported 2 entries and 2 mood check-ins."),
    ],
)
def test_report_summary(added: dict[str, int], skipped: dict[str, int], expected: str) -> None:
    assert report_summary(BundleReport(added=added, skipped=skipped)) == expected


def test_a_hand_written_stage_document_imports(journal: Journal, tmp_path: Path) -> None:
    report = import_json(journal, write_json(tmp_path / "stage.json", stage_document()))

    # Written before plan checkpoints, the leaving plan and the own dictionary had sections: none of those.
    newer = {"plan_milestones": 0, "leaving_plan": 0, "linked_answers": 0, "personal_words": 0}
    assert report.added == {key: 1 for key in report.added} | {"statement_versions": 2} | newer
    assert report.total_skipped == 0
    final = journal.statements.final()
    assert final is not None and final.number == 2
    assert journal.plans.evidence()[0].entry_uuid == valid_entry()["uuid"]
