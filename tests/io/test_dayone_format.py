"""Day One import: Classic .doentry fixtures, the JSON export in every shape, escapes, bad files."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.records import EntryKind
from app.domain.workbench import ImportBundle
from app.io.dayone_format import STARRED_TAG, note_media, read_dayone, unescape_markdown
from app.io.importers import FORMATS, detect_format, read_import
from app.io.json_format import export_json
from app.store.errors import InvalidImport
from app.store.journal import Journal

FIXTURES = Path(__file__).parent / "fixtures" / "dayone"
CLASSIC = FIXTURES / "dayone.dayone"
EXPORT = FIXTURES / "Journal.json"


def _zip_export(tmp_path: Path, member: str = "Journal.json", data: bytes | None = None) -> Path:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as stream:
        stream.writestr(member, EXPORT.read_bytes() if data is None else data)
        stream.writestr("photos/0cc175b9c0f1b6a831c399e269772661.jpeg", b"\xff\xd8not really a jpeg")
    return archive


def _export_with_entries(tmp_path: Path, entries: list[object]) -> Path:
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps({"metadata": {"version": "1.0"}, "entries": entries}), encoding="utf-8")
    return path


def test_classic_entries_keep_dates_text_tags_and_stars() -> None:
    entries = read_dayone(CLASSIC)
    assert [entry.body for entry in entries] == [
        "This is a DayOne entry without Timezone.",
        "This entry has tags!",
        "This entry has a location.",
        "This entry is starred!",
    ]
    assert [entry.created_at for entry in entries] == [
        datetime(2013, 1, 17, 18, 37, 50, tzinfo=UTC),
        datetime(2013, 5, 17, 18, 39, 20, tzinfo=UTC),
        datetime(2013, 6, 17, 18, 38, 29, tzinfo=UTC),
        datetime(2013, 7, 17, 18, 38, 8, tzinfo=UTC),
    ]
    assert [entry.tags for entry in entries] == [(), ("work", "PLaY"), (), (STARRED_TAG,)]
    for entry in entries:
        assert entry.created_at.tzinfo is UTC
        assert entry.updated_at == entry.created_at
        assert entry.kind is EntryKind.IMPORTED
        assert entry.stage is None
        assert entry.title == ""
    assert len({entry.uuid for entry in entries}) == 4


def test_classic_entries_folder_and_single_file_read_the_same() -> None:
    whole = read_dayone(CLASSIC)
    assert read_dayone(CLASSIC / "entries") == whole
    (single,) = read_dayone(CLASSIC / "entries" / "422BC895507944A291E6FC44FC6B8BFC.doentry")
    assert single == whole[3]


def test_json_export_file() -> None:
    first, second = read_dayone(EXPORT)
    assert first.created_at == datetime(2024, 3, 1, 21, 30, 45, tzinfo=UTC)
    assert first.body == "A quiet evening.\n\nNo tags on this one."
    assert first.tags == ()
    assert first.updated_at == datetime(2024, 3, 1, 21, 31, tzinfo=UTC)
    assert second.created_at == datetime(2024, 3, 4, 8, 15, tzinfo=UTC)
    assert second.tags == ("work", "check-in", STARRED_TAG)
    assert second.title == ""
    assert second.kind is EntryKind.IMPORTED
    assert second.body == (
        "Talked with my manager. It went better than I feared!\n\n"
        "\\- not a list, just a dash\n"
        "1\\. not a numbered list either\n"
        "The plan (week 3) is on track - mostly.\n\n"
        "[photo not imported]\n\n"
        "Keep \\*these\\* stars literal."
    )
    assert "dayone-moment" not in second.body


def test_json_export_folder_and_zip_read_the_same(tmp_path: Path) -> None:
    expected = read_dayone(EXPORT)
    folder = tmp_path / "Day One export"
    folder.mkdir()
    shutil.copy(EXPORT, folder / "Journal.json")
    assert read_dayone(folder) == expected
    assert read_dayone(_zip_export(tmp_path)) == expected
    assert read_import(_zip_export(tmp_path)).entries == tuple(expected)


def test_zip_is_never_unpacked_to_disk(tmp_path: Path) -> None:
    archive = _zip_export(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    read_dayone(archive)
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Done\\. Really\\!", "Done. Really!"),
        ("\\(aside\\) and a\\-dash, 50\\% \\{x\\} \\#1", "(aside) and a-dash, 50% {x} #1"),
        ("\\# not a heading", "\\# not a heading"),
        ("  \\> not a quote", "  \\> not a quote"),
        ("\\+ not a list", "\\+ not a list"),
        ("12\\. not a numbered list", "12\\. not a numbered list"),
        ("in 2024\\. fine", "in 2024. fine"),
        (
            "\\*literal\\* \\_also\\_ \\`code\\` \\[x\\] \\<b\\> \\\\",
            "\\*literal\\* \\_also\\_ \\`code\\` \\[x\\] \\<b> \\\\",
        ),
        ("line\n\\- dash\nmid \\- dash", "line\n\\- dash\nmid - dash"),
        ("no escapes at all", "no escapes at all"),
    ],
)
def test_unescape_markdown(text: str, expected: str) -> None:
    assert unescape_markdown(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a ![](dayone-moment://ABC123) b", "a [photo not imported] b"),
        ("![](dayone-moment:/video/ABC123)", "[video not imported]"),
        ("![](dayone-moment:/audio/ABC123)", "[audio recording not imported]"),
        ("![](dayone-moment:/pdfAttachment/ABC123)", "[PDF not imported]"),
        ("![a](dayone-moment://X)![](dayone-moment://Y)", "[photo not imported][photo not imported]"),
        ("[a link](https://example.org)", "[a link](https://example.org)"),
    ],
)
def test_media_references_become_notes(text: str, expected: str) -> None:
    assert note_media(text) == expected


def test_uuids_come_from_day_ones_own(tmp_path: Path) -> None:
    (entry,) = read_dayone(
        _export_with_entries(
            tmp_path,
            [{"uuid": "9b7a1d3c-5e2f-4a6b-8c0d-1e2f3a4b5c6d", "creationDate": "2024-03-04T08:15:00Z"}],
        )
    )
    # Same Day One UUID, spelled in another case and with dashes: the same entry.
    assert entry.uuid == read_dayone(EXPORT)[1].uuid
    assert entry.body == ""


@pytest.mark.parametrize("source", [CLASSIC, EXPORT])
def test_importing_twice_adds_nothing_the_second_time(tmp_path: Path, source: Path) -> None:
    journal = Journal.open(tmp_path / "journal")
    try:
        first = journal.import_bundle(read_import(source))
        second = journal.import_bundle(read_import(source))
        expected = len(read_dayone(source))
        assert first.added["entries"] == expected
        assert second.added.get("entries", 0) == 0
        assert second.skipped["entries"] == expected
        stored = journal.get_entry(read_dayone(source)[-1].uuid)
        assert stored.kind is EntryKind.IMPORTED
        assert STARRED_TAG in stored.tags
    finally:
        journal.close()


def test_zip_and_file_of_the_same_export_are_one_import(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal")
    try:
        assert journal.import_bundle(read_import(EXPORT)).added["entries"] == 2
        assert journal.import_bundle(read_import(_zip_export(tmp_path))).added.get("entries", 0) == 0
    finally:
        journal.close()


def test_malformed_plist_is_skipped_and_named_in_a_folder_and_refused_alone(tmp_path: Path) -> None:
    """Issue 13: a folder import once refused all 4 good entries for one damaged file (jrnl imports
    the rest); the damaged file is named with its reason, and given alone it is still refused."""
    folder = tmp_path / "broken.dayone"
    shutil.copytree(CLASSIC, folder)
    bad = folder / "entries" / "FFFF.doentry"
    bad.write_text("<?xml version='1.0'?><plist><dict><key>Creation", encoding="utf-8")
    journal = Journal.open(tmp_path / "journal")
    try:
        bundle = read_import(folder)
        assert len(bundle.entries) == 4
        ((name, reason),) = bundle.skipped
        assert name == "entries/FFFF.doentry"
        assert reason.startswith("it is not a readable Day One entry (a property list)")
        assert journal.import_bundle(bundle).added["entries"] == 4
        with pytest.raises(InvalidImport, match=r"FFFF\.doentry is not a readable Day One entry"):
            read_import(bad)
        assert journal.import_bundle(ImportBundle()).added.get("entries", 0) == 0
    finally:
        journal.close()


def test_plist_without_a_date_is_refused(tmp_path: Path) -> None:
    entry = tmp_path / "x.doentry"
    entry.write_bytes(
        b'<?xml version="1.0"?><plist version="1.0"><dict><key>Entry Text</key>'
        b"<string>hi</string></dict></plist>"
    )
    with pytest.raises(InvalidImport, match=r'x\.doentry .*"Creation Date"'):
        read_dayone(entry)


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            [{"uuid": "A", "creationDate": "2024-01-01T00:00:00Z"}, {"uuid": "B"}],
            r"entry 2: \"creationDate\"",
        ),
        ([{"uuid": "A", "creationDate": "yesterday"}], r"entry 1: \"creationDate\" is not a date"),
        ([{"creationDate": "2024-01-01T00:00:00Z"}], r"entry 1: the entry has no \"uuid\""),
        ([{"uuid": "A", "creationDate": "2024-01-01T00:00:00Z", "tags": "work"}], r"entry 1: \"tags\""),
        ([{"uuid": "A", "creationDate": "2024-01-01T00:00:00Z", "starred": "yes"}], r"entry 1: \"starred\""),
        (["just text"], r"entry 1: an entry must be a JSON object"),
    ],
)
def test_malformed_json_entry_names_file_and_entry(
    tmp_path: Path, entries: list[object], message: str
) -> None:
    path = _export_with_entries(tmp_path, entries)
    with pytest.raises(InvalidImport, match=rf"Journal\.json, {message}"):
        read_dayone(path)


def test_broken_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(
        '{"entries": [\n{"uuid": "A", "creationDate": "2024-01-01T00:00:00Z",,}\n]}', encoding="utf-8"
    )
    with pytest.raises(InvalidImport, match=r"Journal\.json, line 2: this is not valid JSON"):
        read_import(path)
    with pytest.raises(InvalidImport, match=r"export\.zip:Journal\.json, line 2"):
        read_dayone(_zip_export(tmp_path, data=path.read_bytes()))


def test_not_a_zip_or_an_empty_folder_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "export.zip"
    fake.write_bytes(b"not a zip")
    with pytest.raises(InvalidImport, match=r"export\.zip could not be opened as a zip"):
        read_dayone(fake)
    empty = tmp_path / "empty.dayone"
    empty.mkdir()
    with pytest.raises(InvalidImport, match=r"empty\.dayone holds no Day One entries"):
        read_dayone(empty)


def test_detect_format_on_each_shape(tmp_path: Path) -> None:
    assert "dayone" in FORMATS
    assert detect_format(CLASSIC) == "dayone"
    assert detect_format(CLASSIC / "entries") == "dayone"
    assert detect_format(CLASSIC / "entries" / "044F3747A38546168B572C2E3F217FA2.doentry") == "dayone"
    assert detect_format(EXPORT) == "dayone"
    folder = tmp_path / "unzipped"
    folder.mkdir()
    shutil.copy(EXPORT, folder / "Journal.json")
    assert detect_format(folder) == "dayone"
    renamed = tmp_path / "Work journal.json"
    shutil.copy(EXPORT, renamed)
    assert detect_format(renamed) == "dayone"
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    shutil.copy(renamed, other_folder / "Work journal.json")
    assert detect_format(other_folder) == "dayone"
    assert detect_format(_zip_export(tmp_path, member="Work journal.json")) == "dayone"

    empty_zip = tmp_path / "nothing.zip"
    with zipfile.ZipFile(empty_zip, "w") as stream:
        stream.writestr("notes.txt", "hello")
    with pytest.raises(InvalidImport, match="no Day One JSON export"):
        detect_format(empty_zip)

    # Our own export stays ours, even when an entry's text mentions Day One's field names.
    exported = tmp_path / "export.json"
    journal = Journal.open(tmp_path / "journal")
    try:
        with exported.open("w", encoding="utf-8") as stream:
            export_json(journal, stream)
    finally:
        journal.close()
    assert detect_format(exported) == "trustbridge"
    mentions = tmp_path / "mentions.json"
    mentions.write_text(
        '{"format": "trustbridge", "entries": [{"body": "\\"creationDate\\""}]}', encoding="utf-8"
    )
    assert detect_format(mentions) == "trustbridge"


def test_format_override(tmp_path: Path) -> None:
    assert read_import(EXPORT, format="dayone").entries == tuple(read_dayone(EXPORT))
    with pytest.raises(InvalidImport):
        read_import(EXPORT, format="trustbridge")
