"""Hostile imports refused with one InvalidImport, whatever the format: bombs, endless files, values
the journal can't keep, uuids our export would refuse, links out of an imported folder."""

from __future__ import annotations

import json
import os
import plistlib
import re
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.domain.limits import (
    MAX_PLAN_DAYS,
    MAX_TAGS_PER_ENTRY,
    day_problem,
    integer_problem,
    moment_problem,
    text_problem,
    uuid_problem,
)
from app.domain.records import Entry, EntryKind
from app.domain.workbench import ImportBundle, Plan, PlanStatus
from app.io.import_files import ReadLimits
from app.io.importers import check_bundle, detect_format, read_import
from app.io.markdown_folder import entry_markdown
from app.store.errors import InvalidImport

MOMENT = datetime(2026, 3, 1, 9, tzinfo=UTC)
UUID = "00000000-0000-4000-8000-0000000000aa"


def entry(**changes: object) -> Entry:
    values: dict[str, object] = {
        "id": 0, "uuid": UUID, "kind": EntryKind.FREE, "stage": None, "prompt_key": None, "title": "t",
        "body": "b", "tags": (), "created_at": MOMENT, "updated_at": MOMENT,
    }  # fmt: skip
    values.update(changes)
    return Entry(**values)  # type: ignore[arg-type]


def plan(**changes: object) -> Plan:
    values: dict[str, object] = {
        "uuid": "plan-1", "start": date(2026, 3, 1), "length_days": 90, "manager": "Sam",
        "stakeholders": (), "status": PlanStatus.ACTIVE, "created_at": MOMENT, "updated_at": MOMENT,
    }  # fmt: skip
    values.update(changes)
    return Plan(**values)  # type: ignore[arg-type]


# -- the bounds ----------------------------------------------------------------------------


def test_the_bounds_take_the_edges_and_refuse_beyond_them() -> None:
    assert day_problem(date(1900, 1, 1)) is None and day_problem(date(2200, 12, 31)) is None
    assert day_problem(date(1899, 12, 31)) == "the date 1899-12-31 is outside 1900–2200"
    assert day_problem(date(1, 1, 1)) and day_problem(date(9999, 12, 31))
    assert moment_problem(datetime(1900, 1, 1, tzinfo=UTC)) is None
    west = timezone(-timedelta(hours=5))
    assert moment_problem(datetime(1899, 12, 31, 19, tzinfo=west)) is None  # 1900-01-01 in UTC
    assert moment_problem(datetime(2200, 12, 31, 23, tzinfo=west)) == (
        "the date 2201-01-01 (in UTC) is outside 1900–2200"
    )
    # No overflow at the ends of the calendar, with any offset.
    assert moment_problem(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))))
    assert moment_problem(datetime(9999, 12, 31, 23, 59, tzinfo=west))
    assert moment_problem(datetime(1, 1, 1))  # naive, as jrnl gives it


def test_integers_stay_within_sqlite_and_their_own_range() -> None:
    assert integer_problem(2**63 - 1) is None and integer_problem(-(2**63)) is None
    assert integer_problem(2**63) == "is too large a number to keep"
    assert integer_problem(-(2**63) - 1) == "is too large a number to keep"
    assert integer_problem(10**4000) == "is too large a number to keep"  # never printed whole
    assert integer_problem(731, 1, MAX_PLAN_DAYS) == "is 731; it must be from 1 to 730"
    assert integer_problem(0, 1, MAX_PLAN_DAYS) == "is 0; it must be 1 or more"


@pytest.mark.parametrize("value", ["", " x", "x ", "x" * 37, "\ud800", "\t"])
def test_uuid_problems(value: str) -> None:
    assert uuid_problem(value) is not None


def test_text_problem_finds_only_lone_surrogates() -> None:
    assert text_problem("NUL \x00 RTL \u200f emoji 🧭") is None
    assert text_problem("a \udfff b") is not None


# -- one check for every bundle --------------------------------------------------------------


@pytest.mark.parametrize(
    ("bundle", "expected"),
    [
        (ImportBundle(plans=(plan(length_days=10**18),)), r'Plan 1 of 1 \(plan-1\): "length_days" is 1'),
        (ImportBundle(plans=(plan(start=date(9999, 12, 31)),)), '"start": the date 9999-12-31'),
        (ImportBundle(entries=(entry(uuid=" padded"),)), 'Entry 1 of 1: "uuid" has an invalid uuid'),
        (ImportBundle(entries=(entry(tags=("\ud800",)),)), r'Entry 1 of 1 \(0000.*\): "tags" contains'),
        (ImportBundle(entries=(entry(created_at=datetime(1, 1, 1, tzinfo=UTC)),)), '"created": the date 00'),
    ],
)
def test_check_bundle_refuses_what_no_format_should_let_through(bundle: ImportBundle, expected: str) -> None:
    with pytest.raises(InvalidImport, match=expected):
        check_bundle(bundle)


def test_check_bundle_takes_values_at_the_edges() -> None:
    edge = datetime(2200, 12, 31, 23, 59, 59, tzinfo=UTC)
    check_bundle(
        ImportBundle(
            entries=(entry(uuid="x" * 36, created_at=datetime(1900, 1, 1, tzinfo=UTC), updated_at=edge),),
            plans=(plan(length_days=MAX_PLAN_DAYS, start=date(2200, 12, 31)),),
        )
    )


# -- zips, endless and special files ----------------------------------------------------------


def write_zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    bomb = write_zip(tmp_path / "bomb.zip", {"Journal.json": '{"entries": [' + " " * (4 << 20) + "]}"})
    assert bomb.stat().st_size < 64 * 1024

    with pytest.raises(InvalidImport, match=r"expands more than 200 times.*zip bomb"):
        read_import(bomb)


def test_zip_members_are_capped_by_size_and_count(tmp_path: Path) -> None:
    raw = {"uuid": "A", "creationDate": "2020-01-01T00:00:00Z", "text": "x" * 5000}
    document = json.dumps({"entries": [raw]})
    archive = write_zip(tmp_path / "export.zip", {"Journal.json": document, "photos/a.jpg": "jpeg"})
    assert len(read_import(archive).entries) == 1

    with pytest.raises(InvalidImport, match="expands to more than 4096 bytes, too large"):
        read_import(archive, limits=ReadLimits(max_file_bytes=4096))
    with pytest.raises(InvalidImport, match="holds 2 files, more than the 1"):
        read_import(archive, limits=ReadLimits(max_zip_members=1))


def test_a_plain_file_is_read_only_up_to_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text("[2026-03-01 09:00] Hello.\n" + "words " * 1000, encoding="utf-8")
    assert len(read_import(path).entries) == 1

    with pytest.raises(InvalidImport, match="larger than 1024 bytes, too large to import"):
        read_import(path, limits=ReadLimits(max_file_bytes=1024))


@pytest.mark.parametrize("format", ["auto", "jrnl", "trustbridge", "dayone", "markdown-folder"])
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path, format: str) -> None:
    pipe = tmp_path / "journal.json"
    os.mkfifo(pipe)

    with pytest.raises(InvalidImport, match=r"is a pipe \(FIFO\), not a file Trustbridge can import"):
        read_import(pipe, format)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("format", ["auto", "jrnl", "trustbridge", "dayone"])
def test_an_endless_device_is_refused_even_behind_a_link(tmp_path: Path, format: str) -> None:
    link = tmp_path / "journal.txt"
    link.symlink_to("/dev/zero")

    for path in (Path("/dev/zero"), link):
        with pytest.raises(InvalidImport, match="is a device, not a file"):
            read_import(path, format)


# -- links out of an imported folder (refused, never followed) ---------------------------------


def markdown_folder(root: Path, uuid: str = UUID) -> Path:
    """A one-entry Markdown folder export; the uuid is spelt as JSON escapes, as a hostile file may."""
    month = root / "2026" / "03"
    month.mkdir(parents=True)
    text = entry_markdown(entry()).replace(json.dumps(UUID), json.dumps(uuid))
    (month / "2026-03-01-0900-t.md").write_text(text, encoding="utf-8")
    return root


def test_a_link_out_of_a_markdown_folder_is_refused(tmp_path: Path) -> None:
    outside = next(markdown_folder(tmp_path / "elsewhere").rglob("*.md"))
    root = tmp_path / "export"
    (root / "2026" / "03").mkdir(parents=True)
    (root / "2026" / "03" / outside.name).symlink_to(outside)

    with pytest.raises(InvalidImport, match="outside the folder being imported"):
        read_import(root, "markdown-folder")


def test_a_linked_month_folder_leading_out_is_refused(tmp_path: Path) -> None:
    outside = markdown_folder(tmp_path / "elsewhere")
    root = tmp_path / "export"
    (root / "2026").mkdir(parents=True)
    (root / "2026" / "03").symlink_to(outside / "2026" / "03")

    assert detect_format(root) == "markdown-folder"
    with pytest.raises(InvalidImport, match="outside the folder being imported"):
        read_import(root)


def test_a_link_that_stays_inside_the_folder_is_read(tmp_path: Path) -> None:
    root = markdown_folder(tmp_path / "export")
    spare = root / "spare"
    spare.mkdir()
    original = next(root.rglob("*.md"))
    moved = spare / "kept.md"
    original.rename(moved)
    original.symlink_to(moved)

    assert [item.uuid for item in read_import(root).entries] == [UUID]


def test_a_link_out_of_a_jrnl_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("[2026-03-01 09:00] Not part of the journal.\n", encoding="utf-8")
    root = tmp_path / "jrnl"
    (root / "2026" / "03").mkdir(parents=True)
    (root / "2026" / "03" / "01.txt").symlink_to(secret)

    with pytest.raises(InvalidImport, match="outside the folder being imported"):
        read_import(root)


def test_a_link_out_of_a_dayone_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "Journal.json"
    secret.write_text(json.dumps({"entries": [{"uuid": "A", "creationDate": "2020-01-01T00:00:00Z"}]}))
    root = tmp_path / "export"
    root.mkdir()
    (root / "Journal.json").symlink_to(secret)

    with pytest.raises(InvalidImport, match="outside the folder being imported"):
        read_import(root, "dayone")


# -- uuids: one rule on every path ------------------------------------------------------------


@pytest.mark.parametrize("uuid", ["x" * 37, " " + UUID[1:], UUID[:-1] + " ", "x\ud800"])
def test_a_markdown_folder_uuid_is_held_to_the_json_rule(tmp_path: Path, uuid: str) -> None:
    root = markdown_folder(tmp_path / "export", uuid=uuid)
    with pytest.raises(InvalidImport, match="invalid uuid"):
        read_import(root)
    document = {"format": "trustbridge", "version": 1, "entries": [
        {"uuid": uuid, "kind": "free", "stage": None, "prompt": None, "title": "", "body": "", "tags": [],
         "created_at": MOMENT.isoformat(), "updated_at": MOMENT.isoformat()}]}  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidImport, match=r"invalid (uuid|character)"):
        read_import(path)


# -- values Python or SQLite can't hold, per format -------------------------------------------

DEEP = 50_000


def dayone(tmp_path: Path, text: str, created: str = "2020-01-01T00:00:00Z") -> Path:
    path = tmp_path / "Journal.json"
    path.write_text(f'{{"entries": [{{"uuid": "A", "creationDate": "{created}", "text": {text}}}]}}')
    return path


@pytest.mark.parametrize(
    ("text", "created", "expected"),
    [
        ("9" * 5000, "2020-01-01T00:00:00Z", "a number too long"),
        ("[" * DEEP + "]" * DEEP, "2020-01-01T00:00:00Z", "nested too deeply"),
        ('"a \\ud800 b"', "2020-01-01T00:00:00Z", '"text" contains an invalid character'),
        ('"old"', "0001-01-01T00:00:00+01:00", '"creationDate": the date 0001-01-01 is outside'),
        ('"far"', "9999-12-31T23:59:59-05:00", '"creationDate": the date 9999-12-31 is outside'),
    ],
)
def test_dayone_hostile_values(tmp_path: Path, text: str, created: str, expected: str) -> None:
    with pytest.raises(InvalidImport, match=expected):
        read_import(dayone(tmp_path, text, created))


@pytest.mark.parametrize("header", ["[0001-01-01 00:00]", "[9999-12-31 23:59]", "[1899-12-30 12:00]"])
def test_jrnl_dates_beyond_the_bounds_name_the_line(tmp_path: Path, header: str) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(f"[2026-03-01 09:00] Fine.\n\n{header} Not fine.\n", encoding="utf-8")
    with pytest.raises(InvalidImport, match=r"journal.txt, line 3: the date .* is outside 1900–2200"):
        read_import(path)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('uuid: ' + "[" * DEEP + "]" * DEEP, "the value of uuid is damaged"),
        ('uuid: ' + "9" * 5000, "the value of uuid is damaged"),
        ('created: "0001-01-01T00:00:00+05:00"', "created: the date 0001-01-01 is outside"),
    ],
)
def test_markdown_folder_hostile_values(tmp_path: Path, line: str, expected: str) -> None:
    root = markdown_folder(tmp_path / "export")
    path = next(root.rglob("*.md"))
    key = line.split(":", 1)[0]
    lines = [line if text.startswith(f"{key}:") else text for text in path.read_text().split("\n")]
    path.write_text("\n".join(lines), encoding="utf-8")

    with pytest.raises(InvalidImport, match=expected):
        read_import(root)


# -- tags: repeats found at once, and a cap per entry ----------------------------------------


def test_a_jrnl_entry_with_200000_tags_is_refused_at_once(tmp_path: Path) -> None:
    """A 1.5 MB file like this did not finish in 120 s while repeats were searched in a list."""
    path = tmp_path / "journal.txt"
    tags = " ".join(f"@t{number}" for number in range(200_000))
    path.write_text(f"[2026-03-01 09:00] Many tags.\n{tags}\n", encoding="utf-8")

    with pytest.raises(InvalidImport, match=(
        r"journal.txt, line 1: the entry here has 200,000 different tags, "
        rf"more than the {MAX_TAGS_PER_ENTRY:,} Trustbridge keeps on an entry\.$"
    )):  # fmt: skip
        read_import(path)


def test_a_dayone_entry_with_40000_tags_is_refused_at_once(tmp_path: Path) -> None:
    raw = {"uuid": "A", "creationDate": "2020-01-01T00:00:00Z", "tags": [f"t{n}" for n in range(40_000)]}
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps({"entries": [{"uuid": "B", "creationDate": "2020-01-01T00:00:00Z"}, raw]}))

    with pytest.raises(InvalidImport, match=r"Journal.json, entry 2 has 40,000 different tags, more than"):
        read_import(path)


def test_tags_up_to_the_cap_keep_their_order_and_lose_their_repeats(tmp_path: Path) -> None:
    names = [f"t{n}" for n in range(MAX_TAGS_PER_ENTRY)]
    path = tmp_path / "journal.txt"
    spelled = " ".join(f"@{name} @{name.upper()}" for name in names)  # jrnl lower-cases: one tag each
    path.write_text(f"[2026-03-01 09:00] Every tag.\n{spelled}\n", encoding="utf-8")
    assert read_import(path).entries[0].tags == tuple(f"@{name}" for name in names)

    raw = {"uuid": "A", "creationDate": "2020-01-01T00:00:00Z", "tags": [*names, " ", *reversed(names)]}
    export = tmp_path / "Journal.json"
    export.write_text(json.dumps({"entries": [raw]}))
    assert read_import(export).entries[0].tags == tuple(names)


def test_every_format_is_held_to_the_tag_cap(tmp_path: Path) -> None:
    tags = tuple(f"t{n}" for n in range(MAX_TAGS_PER_ENTRY + 1))
    check_bundle(ImportBundle(entries=(entry(tags=tags[:-1] * 3),)))  # repeats count once

    with pytest.raises(InvalidImport, match=(
        rf"Entry 1 of 1 \({UUID}\): the entry has {MAX_TAGS_PER_ENTRY + 1:,} different tags, more than"
    )):  # fmt: skip
        check_bundle(ImportBundle(entries=(entry(tags=tags),)))


# -- special files where a folder's entry files belong: refused, naming them, never opened ------


def make_special(path: Path, kind: str) -> str:
    """Put a `kind` of non-file at `path`; return what the refusal must say about it."""
    if kind == "fifo":
        os.mkfifo(path)
        return r"is a pipe \(FIFO\), not a file Trustbridge can import"
    if kind == "loop":
        path.symlink_to(path.name)
        return r"could not be read \(it is a link that loops back on itself\)"
    if kind == "dangling":
        path.symlink_to(path.parent / "gone.txt")
        return r"could not be read \(it is a link to something that is not there\)"
    if kind == "folder":
        path.mkdir()
        return "is a folder, not a file Trustbridge can import"
    path.symlink_to("/dev/null")
    return "is a device, not a file Trustbridge can import"


def jrnl_folder(root: Path) -> Path:
    (root / "2026" / "03").mkdir(parents=True)
    (root / "2026" / "03" / "01.txt").write_text("[2026-03-01 09:00] Kept.\n", encoding="utf-8")
    return root / "2026" / "03" / "02.txt"


def markdown_folder_with_spare(root: Path) -> Path:
    markdown_folder(root)
    return root / "2026" / "03" / "2026-03-02-0900-t.md"


def dayone_classic_folder(root: Path) -> Path:
    (root / "entries").mkdir(parents=True)
    document = {"Creation Date": datetime(2020, 1, 1), "Entry Text": "Kept.", "UUID": "A"}
    (root / "entries" / "A.doentry").write_bytes(plistlib.dumps(document))
    return root / "entries" / "B.doentry"


def dayone_json_folder(root: Path) -> Path:
    root.mkdir()
    document = {"entries": [{"uuid": "A", "creationDate": "2020-01-01T00:00:00Z", "text": "Kept."}]}
    (root / "Journal.json").write_text(json.dumps(document), encoding="utf-8")
    return root / "Other.json"


FOLDERS = {
    "jrnl": jrnl_folder,
    "markdown-folder": markdown_folder_with_spare,
    "dayone": dayone_classic_folder,
    "dayone-json": dayone_json_folder,
}


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/null").exists(), reason="needs POSIX")
@pytest.mark.parametrize("kind", ["fifo", "loop", "dangling", "folder", "device"])
@pytest.mark.parametrize("layout", list(FOLDERS))
def test_a_special_file_among_a_folders_entries_is_skipped_and_named(
    tmp_path: Path, layout: str, kind: str
) -> None:
    """Skipping it silently once reported "Imported 0 entries (5 already present)": it is named, with
    why, in the bundle's `skipped` (issue 13), the rest is read, and a FIFO is never opened. A
    folder holding nothing else is refused, naming it."""
    root = tmp_path / "import"
    bad = FOLDERS[layout](root)
    said = make_special(bad, kind)
    name = bad.relative_to(root).as_posix()

    for format in ("auto", layout.removesuffix("-json")):
        bundle = read_import(root, format)
        assert len(bundle.entries) == 1
        ((skipped_name, reason),) = bundle.skipped
        assert skipped_name == name
        assert re.fullmatch(rf"it {said}", reason), reason

    for kept in [path for path in root.rglob("*") if path.is_file() and not path.is_symlink()]:
        kept.unlink()
    with pytest.raises(InvalidImport, match=rf"^{re.escape(str(root))} holds nothing Trustbridge could read: "
                                            rf"{re.escape(name)} \(it {said}\)"):
        read_import(root, layout.removesuffix("-json"))
