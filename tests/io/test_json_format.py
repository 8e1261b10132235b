"""Trustbridge JSON: lossless round trips, idempotent import, and strict all-or-nothing checks."""

from __future__ import annotations

import dataclasses
import io
import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import Entry, EntryDraft, EntryKind, ImportReport
from app.domain.stages import Stage
from app.io.json_format import NotTrustbridgeJson, export_json, import_json, read_json
from app.store.errors import InvalidImport
from app.store.journal import Journal


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


def test_export_writes_the_documented_shape(journal: Journal, sample_entries: list[Entry]) -> None:
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
    assert json.loads(stream.getvalue())["entries"] == []


# -- round trip ----------------------------------------------------------------------------


def test_round_trip_into_a_fresh_journal_is_identical(
    journal: Journal, other_journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    export_to_file(journal, path)

    report = import_json(other_journal, path)

    assert report == ImportReport(added=len(sample_entries), skipped=0)
    imported = [other_journal.get_entry(entry.uuid) for entry in sample_entries]
    assert [comparable(e) for e in imported] == [comparable(e) for e in sample_entries]


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    journal: Journal, other_journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    export_to_file(journal, path)
    import_json(other_journal, path)

    second = import_json(other_journal, path)

    assert second == ImportReport(added=0, skipped=len(sample_entries))
    assert other_journal.count_entries() == len(sample_entries)


def test_import_back_into_the_source_journal_changes_nothing(
    journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    export_to_file(journal, path)

    assert import_json(journal, path).added == 0
    assert [journal.get_entry(e.uuid) for e in sample_entries] == sample_entries


def test_read_json_accepts_a_stream_a_path_and_a_byte_order_mark(tmp_path: Path) -> None:
    doc = document(valid_entry())
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode())

    from_path = read_json(path)
    from_str = read_json(str(path))
    from_stream = read_json(io.StringIO(json.dumps(doc)))

    assert from_path == from_str == from_stream
    assert from_path[0].id == 0
    assert from_path[0].stage is Stage.FEELINGS


def test_an_offset_other_than_utc_is_the_same_instant(tmp_path: Path) -> None:
    doc = document(valid_entry(created_at="2026-03-01T11:30:00+01:30"))
    [entry] = read_json(io.StringIO(json.dumps(doc)))
    assert entry.created_at == datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def test_unknown_keys_are_ignored_for_forward_compatibility() -> None:
    doc = document(valid_entry(mood=3), plan={"length_days": 60})
    assert len(read_json(io.StringIO(json.dumps(doc)))) == 1


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
            assert import_json(target, path).added == 1

            assert comparable(target.get_entry(draft.uuid)) == comparable(saved)
        finally:
            source.close()
            target.close()
