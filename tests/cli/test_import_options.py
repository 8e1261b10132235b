"""`trustbridge import`: skipped files named, --date-format, --tag-symbols, jrnl's own settings (issue 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import parse_args, run
from app.store.journal import Journal

FIXTURES = Path(__file__).resolve().parents[1] / "io" / "fixtures"
LITTLE_ENDIAN = FIXTURES / "jrnl" / "little_endian_dates.journal"


def imported(data_dir: Path, path: Path, *options: str) -> int:
    return run(parse_args(["--data-dir", str(data_dir), "import", str(path), *options]))


def stored(data_dir: Path) -> list[tuple[str, tuple[str, ...]]]:
    if not data_dir.exists():
        return []
    journal = Journal.open(data_dir)
    try:
        return sorted((entry.title, entry.tags) for entry in journal.iter_entries())
    finally:
        journal.close()


def jrnl_config(home: Path, text: str) -> Path:
    path = home / ".config" / "jrnl" / "jrnl.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_damaged_day_one_folder_imports_the_rest_and_names_the_file(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Journal.dayone"
    shutil.copytree(FIXTURES / "dayone" / "dayone.dayone", folder)
    (folder / "entries" / "ABC.doentry").write_text("<?xml version='1.0'?><plist><dict>", encoding="utf-8")
    assert imported(tmp_path / "data", folder) == 0
    output = capsys.readouterr()
    assert output.err == ""
    assert output.out.startswith(
        "Imported 4 entries; skipped 1 file that is not a Day One entry: entries/ABC.doentry "
        "(it is not a readable Day One entry (a property list): "
    )
    assert output.out.count("\n") == 1
    assert len(stored(tmp_path / "data")) == 4


def test_a_date_format_reads_a_journal_written_with_it(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    assert imported(data_dir, LITTLE_ENDIAN) == 1
    assert "Give it with --date-format FMT. Nothing was imported." in capsys.readouterr().err
    assert imported(data_dir, LITTLE_ENDIAN, "--date-format", "%d.%m.%Y %H:%M", "--tag-symbols", "@") == 0
    assert capsys.readouterr().out == "Imported 2 entries.\n"
    assert stored(data_dir) == [("Life is good.", ()), ("My first entry.", ())]


def test_jrnls_settings_are_read_said_and_overridden_by_the_options(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "work.txt"
    journal.write_text("[09.06.2013 15:39] Notes for #team with @dana.\n", encoding="utf-8")
    jrnl_config(home, f'journals:\n  work:\n    journal: {journal}\n    tagsymbols: "@"\n'
                      'timeformat: "%d.%m.%Y %H:%M"\n')

    assert imported(tmp_path / "first", journal) == 0
    assert capsys.readouterr().out == (
        "Read jrnl's settings for this journal from ~/.config/jrnl/jrnl.yaml: time format %d.%m.%Y %H:%M, "
        "tags start with @.\nImported 1 entry.\n"
    )
    assert stored(tmp_path / "first") == [("Notes for #team with @dana.", ("@dana",))]

    assert imported(tmp_path / "second", journal, "--tag-symbols", "#") == 0
    assert capsys.readouterr().out.startswith(
        "Read jrnl's settings for this journal from ~/.config/jrnl/jrnl.yaml: time format %d.%m.%Y %H:%M, "
        "tags start with #.\n"
    )
    assert stored(tmp_path / "second") == [("Notes for #team with @dana.", ("#team",))]


def test_a_configuration_that_cant_be_read_is_ignored_in_one_line(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jrnl_config(home, "journals: [unclosed\n")
    assert imported(tmp_path / "data", FIXTURES / "jrnl" / "simple.journal") == 0
    output = capsys.readouterr()
    assert output.err == (
        "jrnl's settings in ~/.config/jrnl/jrnl.yaml were not used: "
        "it is not YAML jrnl could read (ParserError)\n"
    )
    assert output.out == "Imported 2 entries.\n"


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--date-format", "%Y-%m %H:%M"], "The time format %Y-%m %H:%M has no day (%d), so it can't date"),
        (["--date-format", "%Q"], "Trustbridge can't read dates in the time format %Q ("),
        (["--date-format", ""], "The time format is empty"),
        (["--tag-symbols", ""], "Tag symbols can't be empty"),
        (["--tag-symbols", "ab"], "Tag symbols can't be letters, digits or _ (a)"),
    ],
)
def test_a_bad_value_is_one_line_and_changes_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], said: str
) -> None:
    data_dir = tmp_path / "data"
    assert imported(data_dir, FIXTURES / "jrnl" / "simple.journal") == 0
    before = stored(data_dir)
    capsys.readouterr()
    other = tmp_path / "other.txt"
    other.write_text("[2024-05-01 09:00] New words.\n", encoding="utf-8")
    assert imported(data_dir, other, *options) == 1
    output = capsys.readouterr()
    (line,) = output.err.splitlines()
    assert line.startswith(f"trustbridge: error: can't import {other}: {said}")
    assert line.endswith("Nothing was imported.") and output.out == ""
    assert stored(data_dir) == before


def test_the_options_are_for_jrnl_journals_only(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = FIXTURES / "dayone" / "Journal.json"
    assert imported(tmp_path / "data", export, "--tag-symbols", "@") == 1
    assert capsys.readouterr().err == (
        f"trustbridge: error: can't import {export}: --date-format and --tag-symbols are for jrnl journals; "
        "this is a Day One export. Nothing was imported.\n"
    )
    assert imported(tmp_path / "data", export, "--format", "dayone", "--date-format", "%d.%m.%Y") == 1
    assert "are for jrnl journals, not dayone" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()
