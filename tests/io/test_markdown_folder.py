"""The Markdown folder export: one file per entry with front matter, written whole or not at all,
and read back exactly (it is re-importable)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.workbench import Plan, PlanStatus
from app.io.export_range import DateRange
from app.io.importers import MARKDOWN_FOLDER, detect_format, read_import
from app.io.markdown_folder import (
    FIELDS,
    OPTIONAL_FIELDS,
    FolderNotEmpty,
    entry_markdown,
    entry_path,
    export_markdown_folder,
    read_entry_file,
    read_markdown_folder,
)
from app.store.errors import InvalidImport
from app.store.journal import Journal
from tests.extreme_journal import ORDINARY, build_extreme_journal, local_zone

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
SAFE_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-./")


def fields(entry: Entry) -> tuple[object, ...]:
    return (entry.uuid, entry.kind, entry.stage, entry.prompt_key, entry.title, entry.body, entry.tags,
            entry.created_at, entry.updated_at)


def test_every_entry_gets_a_file_with_front_matter(
    journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    target = tmp_path / "export"
    assert export_markdown_folder(journal, target) == len(sample_entries)
    files = sorted(target.glob("*/*/*.md"))
    assert len(files) == len(sample_entries)
    for path in files:
        relative = path.relative_to(target).as_posix()
        assert set(relative) <= SAFE_NAME_CHARS, relative
        year, month, name = relative.split("/")
        assert name.startswith(f"{year}-{month}-")
        text = path.read_text(encoding="utf-8")
        head = text.split("\n---\n", 1)[0].split("\n")
        assert head[0] == "---"
        assert [line.split(":", 1)[0] for line in head[1:]] == [*FIELDS, *OPTIONAL_FIELDS]
    assert (target / "README.md").read_text(encoding="utf-8").count("not encrypted") == 1


def test_the_folder_reads_back_exactly(
    journal: Journal, other_journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    target = tmp_path / "export"
    export_markdown_folder(journal, target)
    assert detect_format(target) == MARKDOWN_FOLDER
    bundle = read_import(target)
    assert sorted(map(fields, bundle.entries), key=str) == sorted(map(fields, sample_entries), key=str)
    assert other_journal.import_bundle(bundle).added["entries"] == len(sample_entries)
    assert other_journal.import_bundle(read_import(target)).total_added == 0  # twice adds nothing
    assert [fields(e) for e in other_journal.iter_entries()] == [fields(e) for e in journal.iter_entries()]


def test_names_are_unique_case_blind_and_plain(journal: Journal) -> None:
    when = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    base = Entry(id=1, uuid="u", kind=EntryKind.FREE, stage=None, prompt_key=None, title="Ça va? <CON>:*|",
                 body="", tags=(), created_at=when, updated_at=when)
    taken: set[str] = set()
    first = entry_path(base, taken)
    second = entry_path(base, taken)
    assert first.endswith("-ca-va-con.md")
    assert second.endswith("-ca-va-con-2.md")
    untitled = entry_path(Entry(**{**_as_dict(base), "title": "", "body": "🙂🙂"}), taken)
    assert untitled.endswith("-free.md")
    long_title = entry_path(Entry(**{**_as_dict(base), "title": "word " * 40}), taken)
    assert len(long_title.rsplit("/", 1)[1]) <= len("2026-03-02-0915-") + 48 + len(".md")


def _as_dict(entry: Entry) -> dict[str, object]:
    return {name: getattr(entry, name) for name in entry.__slots__}  # type: ignore[attr-defined]


def test_front_matter_values_are_json_so_any_text_survives(tmp_path: Path) -> None:
    when = datetime(2026, 3, 2, 9, 15, 30, 5, tzinfo=UTC)
    entry = Entry(id=0, uuid="x-1", kind=EntryKind.EVENING, stage=None, prompt_key=None,
                  title='Line\nbreak "quoted" \x00 ---', body="---\nnot front matter\r\n", tags=("a b", "é"),
                  created_at=when, updated_at=when)
    path = tmp_path / "2026" / "03" / "2026-03-02-0915-x.md"
    path.parent.mkdir(parents=True)
    path.write_text(entry_markdown(entry), encoding="utf-8", newline="")
    assert fields(read_entry_file(path)) == fields(entry)
    assert json.loads(path.read_text(encoding="utf-8").split("\n")[5].split(": ", 1)[1]) == entry.title


def test_a_range_exports_only_those_days(
    journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    target = tmp_path / "march"
    days = sorted({entry.created_at.astimezone().date() for entry in sample_entries})
    count = export_markdown_folder(journal, target, DateRange(since=days[-1], until=days[-1]))
    expected = [e for e in sample_entries if e.created_at.astimezone().date() == days[-1]]
    assert count == len(expected)
    assert sorted(e.uuid for e in read_markdown_folder(target)) == sorted(e.uuid for e in expected)


def test_the_workbench_goes_in_its_own_file(journal: Journal, tmp_path: Path) -> None:
    journal.plans.save_plan(Plan(uuid="p1", start=date(2026, 3, 1), length_days=60, manager="Sam",
                                 stakeholders=(), status=PlanStatus.ACTIVE, created_at=NOW, updated_at=NOW))
    target = tmp_path / "export"
    assert export_markdown_folder(journal, target) == 0
    workbench = (target / "workbench.md").read_text(encoding="utf-8")
    assert workbench.startswith("# Your stage tools\n") and "## Plan" in workbench and "Sam" in workbench


def test_a_folder_with_files_is_refused_and_left_alone(
    journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FolderNotEmpty, match="already holds files"):
        export_markdown_folder(journal, target)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["busy", "source"]


def test_an_empty_folder_is_used(journal: Journal, sample_entries: list[Entry], tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    assert export_markdown_folder(journal, target) == len(sample_entries)
    assert len(list(target.glob("*/*/*.md"))) == len(sample_entries)


def test_a_failure_midway_leaves_no_folder(
    journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    target = tmp_path / "export"

    def fail(_count: int) -> None:
        raise OSError(28, "No space left on device")

    for index in range(100):  # enough entries for the progress callback to fire
        journal.save_entry(EntryDraft(uuid=f"00000000-0000-4000-9000-{index:012d}", kind=EntryKind.FREE,
                                      body=f"entry {index}"))
    with pytest.raises(OSError, match="No space"):
        export_markdown_folder(journal, target, progress=fail)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source"]


def test_a_damaged_file_names_itself_and_the_rest_is_read(
    journal: Journal, sample_entries: list[Entry], tmp_path: Path
) -> None:
    """Issue 13: a folder import skips the damaged file, naming it and why; read strictly (no
    `skipped` list), the same file still refuses the whole folder."""
    target = tmp_path / "export"
    export_markdown_folder(journal, target)
    victim = sorted(target.glob("*/*/*.md"))[0]
    name = victim.relative_to(target).as_posix()
    lines = victim.read_text(encoding="utf-8").split("\n")
    lines[2] = 'kind: "diary"'
    victim.write_text("\n".join(lines), encoding="utf-8")
    bundle = read_import(target)
    assert len(bundle.entries) == len(sample_entries) - 1
    assert [skipped for skipped, _ in bundle.skipped] == [name]
    assert "'diary' is not a valid EntryKind" in bundle.skipped[0][1]
    with pytest.raises(InvalidImport, match=victim.name):
        read_markdown_folder(target)
    victim.write_text("no front matter", encoding="utf-8")
    with pytest.raises(InvalidImport, match=rf"{victim.name}, line 1"):
        read_markdown_folder(target)
    assert read_import(target).skipped == ((name, "line 1: expected the front matter to start with ---"),)


def test_files_are_private_and_a_range_leaves_the_stage_tools_out(journal: Journal, tmp_path: Path) -> None:
    journal.save_entry(EntryDraft(uuid="00000000-0000-4000-8000-0000000000dd", kind=EntryKind.FREE,
                                  body="private words"), when=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    journal.plans.save_plan(Plan(uuid="p1", start=date(2026, 3, 1), length_days=60, manager="Sam",
                                 stakeholders=(), status=PlanStatus.ACTIVE, created_at=NOW, updated_at=NOW))
    whole, ranged = tmp_path / "whole", tmp_path / "ranged"
    export_markdown_folder(journal, whole)
    export_markdown_folder(journal, ranged, DateRange(date(2026, 2, 1), date(2026, 3, 31)))
    files = [path for path in whole.rglob("*") if path.is_file()]
    assert len(files) >= 3 and all(path.stat().st_mode & 0o077 == 0 for path in files)
    assert all(path.stat().st_mode & 0o077 == 0 for path in whole.rglob("*") if path.is_dir())
    assert (whole / "workbench.md").exists() and not (ranged / "workbench.md").exists()
    assert len(read_markdown_folder(ranged)) == 1


def _front_matter(path: Path) -> dict[str, object]:
    head = path.read_text(encoding="utf-8").split("\n---\n", 1)[0].split("\n")[1:]
    return {key: json.loads(value) for key, value in (line.split(": ", 1) for line in head)}


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York"])
def test_entries_at_the_ends_of_the_calendar_export(tmp_path: Path, zone: str) -> None:
    """Year 1 west of Greenwich and the end of 9999 east of it have no local time (OverflowError
    stopped the whole export): they are written in UTC, under four-digit year folders."""
    build_extreme_journal(tmp_path / "journal")
    journal = Journal.open(tmp_path / "journal")
    target = tmp_path / "export"
    try:
        with local_zone(zone):
            assert export_markdown_folder(journal, target) == 3
    finally:
        journal.close()
    files = sorted(path.relative_to(target).as_posix() for path in target.glob("*/*/*.md"))
    folders_and_days = ["0001/01/0001-01-01-", "2026/03/2026-03-02-", "9999/12/9999-12-31-"]
    assert [name[:19] for name in files] == folders_and_days
    moments = [datetime.fromisoformat(str(_front_matter(target / name)["created"])) for name in files]
    assert moments == [datetime.min.replace(tzinfo=UTC), datetime(2026, 3, 2, 12, tzinfo=UTC),
                       datetime.max.replace(tzinfo=UTC)]  # the same instants, wherever they are shown
    ordinary = read_entry_file(target / files[1])
    assert ordinary.body == ORDINARY and ordinary.created_at == datetime(2026, 3, 2, 12, tzinfo=UTC)
    assert "3 entries" in (target / "README.md").read_text(encoding="utf-8")
