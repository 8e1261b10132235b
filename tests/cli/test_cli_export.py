"""The export formats beyond JSON: Markdown (a file or a folder), HTML and PDF, with a date range.

Every export says on standard error that the file is not encrypted; a failed export says why,
changes nothing and leaves no partial file or folder behind.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import NOT_ENCRYPTED_WARNING, parse_args, run
from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal
from tests.extreme_journal import ORDINARY, YEAR_9999, YEAR_ONE, build_extreme_journal, local_zone

PROJECT_ROOT = Path(__file__).resolve().parents[2]

ENTRIES = (
    (EntryDraft(uuid="bbbbbbbb-0000-4000-8000-000000000001", kind=EntryKind.REFLECTION,
                body="I own the **missed** review.\n", stage=Stage.OWNERSHIP,
                prompt_key="ownership.what_happened", title="Owning it", tags=("work",)),
     datetime(2026, 2, 10, 12, 0, tzinfo=UTC)),
    (EntryDraft(uuid="bbbbbbbb-0000-4000-8000-000000000002", kind=EntryKind.EVENING,
                body="A calmer day in March. 🧭 \u200fשלום"),
     datetime(2026, 3, 5, 12, 0, tzinfo=UTC)),
    (EntryDraft(uuid="bbbbbbbb-0000-4000-8000-000000000003", kind=EntryKind.FREE,
                body="April thoughts <script>alert(1)</script>", title="Later"),
     datetime(2026, 4, 20, 12, 0, tzinfo=UTC)),
)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        for draft, when in ENTRIES:
            journal.save_entry(draft, when=when)
    finally:
        journal.close()
    return folder


def cli(*argv: str) -> int:
    return run(parse_args(list(argv)))


def uuids(folder: Path) -> list[str]:
    journal = Journal.open(folder)
    try:
        return [entry.uuid for entry in journal.iter_entries()]
    finally:
        journal.close()


def test_html_export_to_a_file_is_self_contained_and_warns(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "journal.html"
    assert cli("--data-dir", str(journal_dir), "export", "--format", "html", "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "<script" not in text and "&lt;script&gt;" in text
    assert "Owning it" in text and "A calmer day in March." in text
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("Exported a readable copy of the journal (3 entries,")
    assert err[1] == NOT_ENCRYPTED_WARNING


def test_html_export_to_stdout_warns_on_stderr_only(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("--data-dir", str(journal_dir), "export", "--format", "html") == 0
    output = capsys.readouterr()
    assert output.out.startswith("<!DOCTYPE html>")
    assert output.err == f"{NOT_ENCRYPTED_WARNING}\n"


def test_range_limits_markdown_to_the_chosen_days(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("--data-dir", str(journal_dir), "export", "--format", "markdown")
    assert cli(*argv, "--since", "2026-03-01", "--until", "2026-03-31") == 0
    text = capsys.readouterr().out
    assert "A calmer day in March." in text
    assert "Owning it" not in text and "April thoughts" not in text
    assert "from 1 March 2026 to 31 March 2026" in text


def test_range_limits_html_from_one_side(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("--data-dir", str(journal_dir), "export", "--format", "html", "--since", "2026-03-01") == 0
    text = capsys.readouterr().out
    assert "Owning it" not in text and "A calmer day in March." in text and "Later" in text
    assert text.count('<div class="entry"') == 2


def test_json_refuses_a_range(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("--data-dir", str(journal_dir), "export", "--since", "2026-03-01") == 1
    err = capsys.readouterr().err
    assert err.startswith("trustbridge: error: a json export always holds everything")
    assert err.count("\n") == 1


def test_an_empty_range_is_refused(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("--data-dir", str(journal_dir), "export", "--format", "html")
    assert cli(*argv, "--since", "2026-04-01", "--until", "2026-03-01") == 1
    assert "--since is after --until" in capsys.readouterr().err


@pytest.mark.parametrize("format_name", ["pdf", "markdown-folder"])
def test_whole_file_formats_need_out(
    journal_dir: Path, format_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("--data-dir", str(journal_dir), "export", "--format", format_name) == 1
    output = capsys.readouterr()
    assert output.out == ""
    assert f"a {format_name} export needs --out PATH" in output.err


def test_markdown_folder_round_trip_through_the_command_line(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "exported"
    argv = ("--data-dir", str(journal_dir), "export", "--format", "markdown-folder", "--out", str(out))
    assert cli(*argv) == 0
    err = capsys.readouterr().err
    assert "as a folder of Markdown files (3 entries" in err and NOT_ENCRYPTED_WARNING in err
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == [
        "2026/02/2026-02-10-" + f"{datetime(2026, 2, 10, 12, 0, tzinfo=UTC).astimezone():%H%M}-owning-it.md",
        "2026/03/2026-03-05-" + f"{datetime(2026, 3, 5, 12, 0, tzinfo=UTC).astimezone():%H%M}"
        "-a-calmer-day-in-march.md",
        "2026/04/2026-04-20-" + f"{datetime(2026, 4, 20, 12, 0, tzinfo=UTC).astimezone():%H%M}-later.md",
        "README.md",
    ]
    target = tmp_path / "target"
    assert cli("--data-dir", str(target), "import", str(out)) == 0
    assert capsys.readouterr().out == "Imported 3 entries.\n"
    assert cli("--data-dir", str(target), "import", str(out), "--format", "markdown-folder") == 0
    assert capsys.readouterr().out == "Imported 0 entries (3 already present).\n"
    assert uuids(target) == uuids(journal_dir)


def test_markdown_folder_refuses_a_folder_with_files(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "busy"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    argv = ("--data-dir", str(journal_dir), "export", "--format", "markdown-folder", "--out", str(out))
    assert cli(*argv) == 1
    err = capsys.readouterr().err
    assert "already holds files" in err and "Nothing was exported." in err
    assert [p.name for p in out.iterdir()] == ["mine.txt"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.slow
def test_pdf_export_in_a_process_without_a_display(journal_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "journal.pdf"
    environment = {"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(journal_dir), "export", "--format", "pdf",
         "--since", "2026-03-01", "--out", str(out)],
        cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "(2 entries, from 1 March 2026 on," in result.stderr
    assert result.stderr.rstrip("\n").splitlines()[-1] == NOT_ENCRYPTED_WARNING
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_json_export_still_holds_everything(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("--data-dir", str(journal_dir), "export", "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert [entry["uuid"] for entry in doc["entries"]] == [draft.uuid for draft, _ in ENTRIES]


# -- a journal holding values at the ends of the calendar ------------------------------------


EDGE_ZONES = ("Asia/Tokyo", "America/New_York")


@pytest.mark.parametrize("zone", EDGE_ZONES)
@pytest.mark.parametrize("format_name", ["markdown", "html", "json"])
def test_every_export_of_a_journal_at_the_ends_of_the_calendar_finishes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], zone: str, format_name: str
) -> None:
    """A plan of 10**18 days from 31 December 9999 and entries in years 1 and 9999 used to make
    every readable export fail with OverflowError."""
    folder = tmp_path / "journal"
    build_extreme_journal(folder)
    out = tmp_path / f"journal.{format_name}"
    with local_zone(zone):
        assert cli("--data-dir", str(folder), "export", "--format", format_name, "--out", str(out)) == 0
    assert "Exported " in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert all(body in text for body in (ORDINARY, YEAR_ONE, YEAR_9999))


@pytest.mark.slow
@pytest.mark.parametrize("zone", EDGE_ZONES)
def test_the_pdf_of_a_journal_at_the_ends_of_the_calendar_finishes(tmp_path: Path, zone: str) -> None:
    """In a process of its own, as the other PDF test: Qt's application object stays out of this one."""
    folder = tmp_path / "journal"
    build_extreme_journal(folder)
    out = tmp_path / "journal.pdf"
    environment = {"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8", "HOME": str(tmp_path), "TZ": zone}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "export", "--format", "pdf",
         "--out", str(out)],
        cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "(3 entries, with everything the stage tools hold)" in result.stderr
