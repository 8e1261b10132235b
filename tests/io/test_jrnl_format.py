"""jrnl import: the real fixture journals against jrnl's own parser, folders, repeats, bad files."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain.records import Entry, EntryKind
from app.domain.workbench import ImportBundle
from app.io.importers import detect_format, read_import
from app.io.jrnl_format import STARRED_TAG, read_jrnl
from app.io.json_format import export_json
from app.store.errors import InvalidImport
from app.store.journal import Journal

FIXTURES = Path(__file__).parent / "fixtures" / "jrnl"


@pytest.fixture
def away_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A local zone that is not UTC (with daylight saving), so the conversion really is tested."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _oracle(name: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))["entries"]
    return entries


def _assert_matches_oracle(entries: list[Entry], oracle: list[dict[str, Any]]) -> None:
    assert len(entries) == len(oracle)
    for entry, expected in zip(entries, oracle, strict=True):
        assert entry.title == expected["title"]
        assert entry.body == expected["body"]
        # jrnl keeps tags as a set; starred is our tag, jrnl's flag.
        assert set(entry.tags) - {STARRED_TAG} == set(expected["tags"])
        assert (STARRED_TAG in entry.tags) is expected["starred"]
        # jrnl exports local wall-clock date and minute; we keep the moment in UTC.
        assert entry.created_at.tzinfo is UTC
        local = entry.created_at.astimezone()
        assert local.strftime("%Y-%m-%d") == expected["date"]
        assert local.strftime("%H:%M") == expected["time"]
        assert entry.kind is EntryKind.IMPORTED
        assert entry.stage is None
        assert entry.updated_at == entry.created_at


@pytest.mark.parametrize("name", ["simple", "tags"])
def test_single_file_matches_jrnls_own_parser(name: str, away_from_utc: None) -> None:
    entries = read_jrnl(FIXTURES / f"{name}.journal")
    _assert_matches_oracle(entries, _oracle(f"{name}.jrnl-export.json"))


def test_local_times_become_utc(away_from_utc: None) -> None:
    first = read_jrnl(FIXTURES / "simple.journal")[0]
    # 2013-06-09 15:39 in New York (daylight saving time, UTC-4).
    assert first.created_at == datetime(2013, 6, 9, 19, 39, tzinfo=UTC)


def test_tags_keep_their_place_in_the_text() -> None:
    first = read_jrnl(FIXTURES / "tags.journal")[0]
    assert first.tags == ("@idea", "@journal")
    assert "@journal" in first.body


def test_folder_journal_matches_jrnl_and_ignores_stray_files(away_from_utc: None) -> None:
    entries = read_jrnl(FIXTURES / "basic_folder")
    _assert_matches_oracle(entries, _oracle("basic_folder.jrnl-export.json"))
    assert not any("should be ignored" in entry.title for entry in entries)
    starred = entries[1]
    assert starred.title == "A second entry in what I hope to be a long series."
    assert STARRED_TAG in starred.tags


def test_uuids_are_deterministic_and_distinct() -> None:
    first = read_jrnl(FIXTURES / "basic_folder")
    again = read_jrnl(FIXTURES / "basic_folder")
    assert [entry.uuid for entry in first] == [entry.uuid for entry in again]
    assert len({entry.uuid for entry in first}) == len(first)
    # A different journal with different entries gets different uuids.
    others = {entry.uuid for entry in read_jrnl(FIXTURES / "simple.journal")}
    assert others.isdisjoint(entry.uuid for entry in first)


def test_repeated_entry_in_one_file_is_kept_twice(tmp_path: Path) -> None:
    source = tmp_path / "twice.txt"
    source.write_text("[2024-05-01 09:00] Same words.\n\n[2024-05-01 09:00] Same words.\n", encoding="utf-8")
    entries = read_jrnl(source)
    assert len(entries) == 2
    assert entries[0].uuid != entries[1].uuid


def test_importing_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal")
    try:
        first = journal.import_bundle(read_import(FIXTURES / "basic_folder"))
        second = journal.import_bundle(read_import(FIXTURES / "basic_folder"))
        assert first.added["entries"] == 3
        assert second.added["entries"] == 0
        assert second.skipped["entries"] == 3
        stored = journal.get_entry(read_jrnl(FIXTURES / "basic_folder")[0].uuid)
        assert stored.kind is EntryKind.IMPORTED
        assert stored.title == "Entry the first."
        assert set(stored.tags) == {"@ipsum", "@tagone", "@tagtwo"}
    finally:
        journal.close()


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("", 1),
        ("Dear diary, no dates here.\nNone at all.\n", 1),
        ("[not a date] Hello\n", 1),
        ("\n\nA stray note first.\n[2024-05-01 09:00] Then an entry.\n", 3),
    ],
)
def test_not_a_jrnl_journal_is_refused(tmp_path: Path, text: str, line: int) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidImport, match=rf"notes\.txt, line {line}:"):
        read_jrnl(source)


def test_undecodable_bytes_name_the_line(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("[2024-05-01 09:00] Fine.\nCaf\u00e9 au lait\n".encode("latin-1"))
    with pytest.raises(InvalidImport, match=r"latin1\.txt, line 2: .*not UTF-8"):
        read_jrnl(source)


def test_bad_day_file_in_a_folder_is_skipped_and_named(tmp_path: Path) -> None:
    """Issue 13: one bad day file once refused the whole folder journal; now the rest is imported
    and the bad one named with its reason. Read strictly, it still refuses the folder."""
    folder = tmp_path / "folder"
    shutil.copytree(FIXTURES / "basic_folder", folder)
    bad = folder / "2020" / "09" / "25.txt"
    bad.write_text("no header in this day file\n", encoding="utf-8")
    journal = Journal.open(tmp_path / "journal")
    try:
        bundle = read_import(folder)
        assert bundle.skipped == (("2020/09/25.txt", "line 1: this is not a jrnl journal; no line starts "
                                   "with a date and time like [2024-05-31 09:30]"),)
        assert journal.import_bundle(bundle).added["entries"] == 3
        with pytest.raises(InvalidImport, match=r"25\.txt, line 1:"):
            read_jrnl(folder)
        assert journal.import_bundle(ImportBundle()).added.get("entries", 0) == 0
    finally:
        journal.close()


def test_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidImport, match=r"YYYY/MM/DD\.txt"):
        read_jrnl(tmp_path)


def test_other_date_formats(tmp_path: Path) -> None:
    source = tmp_path / "older.txt"
    source.write_text(
        "2012-01-02 08:05 Bare header. With a body line.\n"
        "2012-01-03 09:15:30 PM Evening, with seconds and a clock. *\n"
        "body @Work\n",
        encoding="utf-8",
    )
    first, second = read_jrnl(source)
    assert (first.title, first.body) == ("Bare header.", "With a body line.")
    assert second.title == "Evening, with seconds and a clock."
    assert second.body == "body @Work"
    assert second.tags == ("@work", STARRED_TAG)
    assert second.created_at.astimezone().replace(tzinfo=None) == datetime(2012, 1, 3, 21, 15, 30)


def test_one_line_entries_split_like_jrnl(tmp_path: Path) -> None:
    """jrnl 4.2's output on this text: a one-line entry splits at the sentence end unless it is
    the last one and ends with a line break."""
    source = tmp_path / "j.txt"
    source.write_text("[2024-05-01 09:00] One. Two\n[2024-05-02 09:00] Three. Four\n", encoding="utf-8")
    first, last = read_jrnl(source)
    assert (first.title, first.body) == ("One.", "Two")
    assert (last.title, last.body) == ("Three. Four", "")


def test_bare_date_inside_a_bracketed_journal_is_text(tmp_path: Path) -> None:
    source = tmp_path / "j.txt"
    source.write_text("[2024-05-01 09:00] Notes\n2024-04-30 10:00 was the deadline.\n", encoding="utf-8")
    (entry,) = read_jrnl(source)
    assert entry.body == "2024-04-30 10:00 was the deadline."


def test_detect_format_on_each_kind(tmp_path: Path) -> None:
    assert detect_format(FIXTURES / "simple.journal") == "jrnl"
    assert detect_format(FIXTURES / "basic_folder") == "jrnl"
    exported = tmp_path / "export.json"
    journal = Journal.open(tmp_path / "journal")
    try:
        with exported.open("w", encoding="utf-8") as stream:
            export_json(journal, stream)
    finally:
        journal.close()
    assert detect_format(exported) == "trustbridge"
    assert read_import(exported) == read_import(exported, format="trustbridge")

    notes = tmp_path / "notes.md"
    notes.write_text("# My notes\n", encoding="utf-8")
    with pytest.raises(InvalidImport, match="not a format Trustbridge can import"):
        detect_format(notes)
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    with pytest.raises(InvalidImport, match="no jrnl day files"):
        detect_format(empty_folder)
    with pytest.raises(InvalidImport, match="could not be read"):
        detect_format(tmp_path / "missing.txt")


def test_read_import_format_override_and_unknown(tmp_path: Path) -> None:
    bundle = read_import(FIXTURES / "simple.journal", format="jrnl")
    assert [entry.title for entry in bundle.entries] == ["My first entry.", "Life is good."]
    with pytest.raises(InvalidImport, match="Unknown import format 'dayone-ish'"):
        read_import(FIXTURES / "simple.journal", format="dayone-ish")
    with pytest.raises(InvalidImport):
        read_import(FIXTURES / "simple.journal", format="trustbridge")


def test_a_bracketed_date_inside_a_bare_journal_is_text(tmp_path: Path) -> None:
    source = tmp_path / "j.txt"
    source.write_text(
        "2024-04-29 08:00 First\nbody\n[2024-04-30 10:00] was the deadline.\n2024-05-01 09:00 Second\n",
        encoding="utf-8",
    )
    first, second = read_jrnl(source)
    assert (first.title, first.body) == ("First", "body\n[2024-04-30 10:00] was the deadline.")
    assert second.title == "Second"


def test_header_dates_read_like_strptime(tmp_path: Path) -> None:
    """The quick path for jrnl's default spelling refuses and accepts what strptime does."""
    source = tmp_path / "j.txt"
    source.write_text(
        "[2024-02-29 23:59] Leap day\n[2023-02-29 10:00] not a date, so text\n[2024-5-1 9:05] Short fields\n",
        encoding="utf-8",
    )
    leap, short = read_jrnl(source)
    assert leap.created_at.astimezone().replace(tzinfo=None) == datetime(2024, 2, 29, 23, 59)
    assert leap.body == "[2023-02-29 10:00] not a date, so text"
    assert short.created_at.astimezone().replace(tzinfo=None) == datetime(2024, 5, 1, 9, 5)


def test_a_tag_needs_a_letter_or_digit_after_its_symbol(tmp_path: Path) -> None:
    source = tmp_path / "j.txt"
    source.write_text(
        "[2024-05-01 09:00] Weekly notes\n## Wins\n### What slipped @ # #_ #-- @2024 #team-a @Dana\n",
        encoding="utf-8",
    )
    (entry,) = read_jrnl(source)
    assert entry.tags == ("@2024", "#team-a", "@dana")
    assert "## Wins" in entry.body


def test_partial_dates_start_an_entry_as_jrnl_reads_them(tmp_path: Path) -> None:
    source = tmp_path / "j.txt"
    source.write_text(
        "[2019-06-30 21:00] June ends.\n[2019-07 14:23] Some day in July.\n[2020 08:05] Some day in 2020.\n",
        encoding="utf-8",
    )
    june, july, year = read_jrnl(source)
    assert june.title == "June ends."
    assert july.title == "Some day in July."
    assert july.created_at.astimezone().replace(tzinfo=None) == datetime(2019, 7, 1, 14, 23)
    assert year.created_at.astimezone().replace(tzinfo=None) == datetime(2020, 1, 1, 8, 5)
