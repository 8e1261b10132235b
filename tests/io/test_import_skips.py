"""A folder or zip import skips a file it cannot read and names it; a single file stays strict (issue 13).

Each hostile file sits beside a good entry: the good one is read, the bad one is named with its
reason in the bundle's `skipped`; given alone, the same file is refused with that reason.
"""

from __future__ import annotations

import json
import os
import plistlib
import re
import shutil
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.records import Entry
from app.io.import_files import ReadLimits
from app.io.importers import DAYONE, JRNL, MARKDOWN_FOLDER, read_import, skipped_sentence
from app.io.markdown_folder import export_markdown_folder
from app.store.errors import InvalidImport
from app.store.journal import Journal

CLASSIC = Path(__file__).parent / "fixtures" / "dayone" / "dayone.dayone"
SMALL = ReadLimits(max_file_bytes=4096)


def good_entry(uuid: str = "A") -> bytes:
    return plistlib.dumps({"Creation Date": datetime(2020, 1, 1), "Entry Text": "Kept.", "UUID": uuid})


def dayone_folder(root: Path) -> Path:
    (root / "entries").mkdir(parents=True)
    (root / "entries" / "A.doentry").write_bytes(good_entry())
    return root / "entries"


def a_folder(path: Path) -> str:
    path.mkdir()
    return "it is a folder, not a file Trustbridge can import"


def a_link_out(path: Path) -> str:
    secret = path.parents[2] / "secret.doentry"
    secret.write_bytes(good_entry("SECRET"))
    path.symlink_to(secret)
    return rf"it is a link to {re.escape(str(secret))}, outside the folder being imported; .*"


def a_fifo(path: Path) -> str:
    os.mkfifo(path)
    return r"it is a pipe \(FIFO\), not a file Trustbridge can import"


def an_empty_file(path: Path) -> str:
    path.write_bytes(b"")
    return "it is empty"


def a_binary_plist(path: Path) -> str:
    document = {"Creation Date": datetime(2020, 1, 2), "Entry Text": "Binary.", "UUID": "B"}
    path.write_bytes(plistlib.dumps(document, fmt=plistlib.FMT_BINARY))
    return "it is a binary property list; Day One Classic entries are XML, so it is not one of them"


def a_huge_file(path: Path) -> str:
    path.write_bytes(b"<?xml version='1.0'?>" + b" " * 5000)
    return "it is larger than 4096 bytes, too large to import"


HOSTILE: dict[str, Callable[[Path], str]] = {
    "folder": a_folder, "link out": a_link_out, "fifo": a_fifo, "empty": an_empty_file,
    "binary plist": a_binary_plist, "huge": a_huge_file,
}  # fmt: skip


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX")
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_each_hostile_doentry_is_skipped_in_a_folder_and_refused_alone(tmp_path: Path, kind: str) -> None:
    root = tmp_path / "in" / "journal.dayone"
    bad = dayone_folder(root) / "X.doentry"
    said = HOSTILE[kind](bad)

    bundle = read_import(root, limits=SMALL)
    assert [entry.body for entry in bundle.entries] == ["Kept."]
    ((name, reason),) = bundle.skipped
    assert name == "entries/X.doentry"
    assert re.fullmatch(said, reason), reason

    if kind != "link out":  # alone, a link is just the file it leads to
        with pytest.raises(InvalidImport, match=re.escape(str(bad))):
            read_import(bad, DAYONE, limits=SMALL)


def test_a_damaged_folder_is_imported_with_the_rest_and_says_which(tmp_path: Path) -> None:
    folder = tmp_path / "Journal.dayone"
    shutil.copytree(CLASSIC, folder)
    (folder / "entries" / "ABC.doentry").write_text("<?xml version='1.0'?><plist><dict>", encoding="utf-8")
    journal = Journal.open(tmp_path / "journal")
    try:
        bundle = read_import(folder)
        report = journal.import_bundle(bundle)
    finally:
        journal.close()
    assert report.added["entries"] == 4
    sentence = skipped_sentence(bundle.skipped, DAYONE)
    assert sentence.startswith(
        "skipped 1 file that is not a Day One entry: entries/ABC.doentry (it is not a readable Day One entry"
    )


def test_many_skipped_files_are_counted_after_the_first_few(tmp_path: Path) -> None:
    entries = dayone_folder(tmp_path / "many.dayone")
    for number in range(7):
        (entries / f"BAD{number}.doentry").write_bytes(b"")
    bundle = read_import(tmp_path / "many.dayone")
    assert len(bundle.entries) == 1 and len(bundle.skipped) == 7
    assert skipped_sentence(bundle.skipped, DAYONE) == (
        "skipped 7 files that are not Day One entries: entries/BAD0.doentry (it is empty), "
        "entries/BAD1.doentry (it is empty), entries/BAD2.doentry (it is empty) and 4 more"
    )
    assert skipped_sentence((), DAYONE) == ""


def test_a_folder_where_nothing_could_be_read_is_refused(tmp_path: Path) -> None:
    entries = tmp_path / "none.dayone" / "entries"
    entries.mkdir(parents=True)
    (entries / "A.doentry").write_bytes(b"")
    (entries / "B.doentry").write_text("not a plist", encoding="utf-8")
    with pytest.raises(InvalidImport, match=(
        r"none\.dayone holds nothing Trustbridge could read: entries/A\.doentry \(it is empty\) and "
        r"entries/B\.doentry \(it is not a readable Day One entry"
    )):
        read_import(tmp_path / "none.dayone")


def test_a_directory_named_like_an_entry_is_refused_alone(tmp_path: Path) -> None:
    lone = tmp_path / "x.doentry"
    lone.mkdir()
    with pytest.raises(InvalidImport, match="is a folder Trustbridge can't import"):
        read_import(lone)
    with pytest.raises(InvalidImport, match="holds no Day One entries"):
        read_import(lone, DAYONE)


def dayone_json(uuid: str) -> str:
    return json.dumps({"entries": [{"uuid": uuid, "creationDate": "2020-01-01T00:00:00Z", "text": "Kept."}]})


def test_a_zip_skips_a_bad_member_and_names_it(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as stream:
        stream.writestr("Journal.json", dayone_json("A"))
        stream.writestr("Empty.json", b"")
        stream.writestr("Broken.json", '{"entries": [')
        stream.writestr("Work/Large.json", dayone_json("B") + " " * 5000)
    bundle = read_import(archive, limits=SMALL)
    assert [entry.body for entry in bundle.entries] == ["Kept."]
    assert dict(bundle.skipped) == {
        "Empty.json": "it is empty",
        "Broken.json": "line 1: this is not valid JSON (Expecting value)",
        "Work/Large.json": "it expands to more than 4096 bytes, too large to import",
    }
    sentence = skipped_sentence(bundle.skipped, DAYONE)
    assert sentence.startswith("skipped 3 files that are not Day One exports: ")

    only_bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(only_bad, "w") as stream:
        stream.writestr("Journal.json", b"")
    with pytest.raises(InvalidImport, match=r"bad\.zip holds nothing Trustbridge could read: Journal\.json "):
        read_import(only_bad)


def test_a_single_json_export_stays_strict(tmp_path: Path) -> None:
    export = tmp_path / "Journal.json"
    export.write_text('{"entries": [{"uuid": "A", "creationDate": "2020-01-01T00:00:00Z"}, 7]}')
    with pytest.raises(InvalidImport, match=r"Journal\.json, entry 2: an entry must be a JSON object"):
        read_import(export)


def test_a_jrnl_folder_skips_a_bad_day_and_says_so(tmp_path: Path) -> None:
    month = tmp_path / "jrnl" / "2024" / "05"
    month.mkdir(parents=True)
    (month / "01.txt").write_text("[2024-05-01 09:00] Kept.\n", encoding="utf-8")
    (month / "02.txt").write_bytes(b"\xff\xfe not text")
    bundle = read_import(tmp_path / "jrnl")
    assert [entry.title for entry in bundle.entries] == ["Kept."]
    assert skipped_sentence(bundle.skipped, JRNL) == (
        "skipped 1 file that is not a jrnl day file: 2024/05/02.txt (line 1: this is not UTF-8 text, "
        "so it is not a jrnl journal)"
    )


def test_a_markdown_folder_skips_a_repeated_uuid(
    tmp_path: Path, journal: Journal, sample_entries: list[Entry]
) -> None:
    target = tmp_path / "export"
    export_markdown_folder(journal, target)
    first, second = sorted(target.glob("*/*/*.md"))[:2]
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    bundle = read_import(target)
    assert len(bundle.entries) == len(sample_entries) - 1
    ((name, reason),) = bundle.skipped
    assert name == second.relative_to(target).as_posix()
    assert reason.startswith(f"it repeats the uuid of {first}")
    assert skipped_sentence(bundle.skipped, MARKDOWN_FOLDER).startswith(
        "skipped 1 file that is not a Trustbridge entry file: "
    )
