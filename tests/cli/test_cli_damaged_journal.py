"""Issue 10: a journal file that is empty, cut short or not a database, through the command line.

Only a missing file is a new journal. Every command refuses a damaged one in one line, names the
newest good backup, backs nothing up (so rotates nothing out) and leaves every file as it was;
`restore` then brings the backup back with the damaged file kept aside.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from app.cli import parse_args, run
from app.paths import ENV_DATA_DIR, database_path
from app.store.backups import holding_data_dir, list_backups
from tests.files import snapshot

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "a long walk by the river at dusk"


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))


def five_entries(tmp_path: Path) -> Path:
    """A Trustbridge JSON export of five entries, as the issue imports."""
    made = [
        {"uuid": f"1111111{n}-1111-4111-8111-111111111111", "kind": "free", "stage": None, "prompt": None,
         "title": f"Day {n}", "body": f"entry number {n}", "tags": [],
         "created_at": "2026-03-01T09:00:00+00:00", "updated_at": "2026-03-01T09:00:00+00:00"}
        for n in range(5)
    ]
    path = tmp_path / "five.json"
    path.write_text(json.dumps({"format": "trustbridge", "version": 1,
                                "exported_at": "2026-03-02T09:00:00+00:00", "entries": made}))
    return path


@pytest.fixture
def backed_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The issue's steps: import 5 entries; backup; settings --backups-kept 1. Returns (data dir, backup)."""
    folder = tmp_path / "data"
    assert cli(["--data-dir", str(folder), "import", str(five_entries(tmp_path))]) == 0
    assert cli(["--data-dir", str(folder), "backup"]) == 0
    backup = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert cli(["--data-dir", str(folder), "settings", "--backups-kept", "1"]) == 0
    capsys.readouterr()
    return folder, backup


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("trustbridge: error: "), err
    assert "Traceback" not in err
    return lines[0]


def empty(path: Path) -> None:
    path.write_bytes(b"")


def empty_with_its_wal(path: Path) -> None:
    Path(f"{path}-wal").write_bytes(b"recent pages " * 400)
    path.write_bytes(b"")


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(4096 * 8))


def first_page_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:4096])


def a_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "note.txt").write_text("not a journal")


DAMAGE: list[Callable[[Path], None]] = [empty, empty_with_its_wal, random_bytes, first_page_only, a_folder]


def test_the_issue_s_scenario_loses_nothing(
    backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, backup = backed_up
    journal = database_path(folder)
    empty(journal)
    before = snapshot(folder)

    for command in (["export"], ["export", "--format", "markdown"], ["backup"], ["search", "entry"]):
        assert cli(["--data-dir", str(folder), *command]) == 1, command
        line = one_line_error(capsys)
        assert "empty" in line and "not" in line, line
    assert snapshot(folder) == before  # no new journal, no new backup, nothing rotated out
    assert [(info.path, info.entries) for info in list_backups(folder / "backups")] == [(backup, 5)]

    assert cli(["--data-dir", str(folder), "export"]) == 1
    line = one_line_error(capsys)
    assert str(backup) in line and "5 entries" in line  # the way back is named

    assert cli(["--data-dir", str(folder), "check"]) == 1
    assert "empty" in capsys.readouterr().out

    assert cli(["--data-dir", str(folder), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "(5 entries)" in out and "kept at" in out
    assert [path.read_bytes() for path in folder.glob("journal.damaged-*.sqlite3")] == [b""]
    assert cli(["--data-dir", str(folder), "check"]) == 0
    assert "5 entries" in capsys.readouterr().out


@pytest.mark.parametrize("damage", DAMAGE, ids=[damage.__name__ for damage in DAMAGE])
def test_every_kind_of_damage_is_refused_in_one_line_and_nothing_is_backed_up(
    backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str], damage: Callable[[Path], None]
) -> None:
    folder, backup = backed_up
    damage(database_path(folder))
    before = snapshot(folder)
    assert cli(["--data-dir", str(folder), "export"]) == 1
    line = one_line_error(capsys)
    assert "damaged" in line and "has not changed it" in line and str(backup) in line, line
    assert cli(["--data-dir", str(folder), "backup"]) == 1
    line = one_line_error(capsys)
    assert "damaged" in line and "backups were kept" in line, line
    assert snapshot(folder) == before
    assert [info.path for info in list_backups(folder / "backups")] == [backup]


def test_a_real_process_refuses_an_empty_journal_in_one_line(backed_up: tuple[Path, Path]) -> None:
    """As the issue ran it: `python -m app --data-dir DIR export`, nothing on stderr but the one line."""
    folder, backup = backed_up
    empty(database_path(folder))
    environment = {key: value for key, value in os.environ.items() if key != ENV_DATA_DIR}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "export"],
        cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "empty" in lines[0] and str(backup) in lines[0], result.stderr
    assert database_path(folder).read_bytes() == b""


def test_a_deleted_key_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    monkeypatch.setenv("TRUSTBRIDGE_PASSPHRASE", PASSPHRASE)
    assert cli(["--data-dir", str(folder), "import", str(five_entries(tmp_path))]) == 0
    assert cli(["--data-dir", str(folder), "encrypt"]) == 0
    assert cli(["--data-dir", str(folder), "backup"]) == 0
    capsys.readouterr()
    key_file = folder / "journal.key"
    key_file.unlink()
    before = snapshot(folder)
    a_backup = str(next((folder / "backups").iterdir()))
    commands = (["export"], ["backup"], ["check"], ["decrypt", "--yes"], ["passwd"], ["restore", a_backup])
    for command in commands:
        assert cli(["--data-dir", str(folder), *command]) == 1
        line = one_line_error(capsys)
        assert f"key file is missing: {key_file}" in line and "recovery code" in line, (command, line)
    assert snapshot(folder) == before


def test_a_command_holding_the_journal_is_named(backed_up: tuple[Path, Path],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder, backup = backed_up
    with holding_data_dir(folder, "trustbridge import"):
        assert cli(["--data-dir", str(folder), "restore", str(backup)]) == 1
    line = one_line_error(capsys)
    assert "another Trustbridge command" in line and "trustbridge import" in line
    assert "Close the app" not in line


def test_the_one_line_says_how_to_put_the_backup_back(
    backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, backup = backed_up
    empty(database_path(folder))
    assert cli(["--data-dir", str(folder), "export"]) == 1
    line = one_line_error(capsys)
    assert f"`trustbridge restore {backup}` puts it back" in line, line


def test_with_no_backup_the_one_line_points_to_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    database_path(folder).write_bytes(b"")
    assert cli(["--data-dir", str(folder), "search", "anything"]) == 1
    line = one_line_error(capsys)
    assert "no backup" in line and "start a new journal" in line, line
    assert database_path(folder).read_bytes() == b"" and not (folder / "backups").exists()


@pytest.mark.parametrize("command", [["encrypt"], ["settings", "--backups-kept", "3"]])
def test_every_refusal_names_the_command_that_holds_the_journal(
    backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str], command: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _backup = backed_up
    monkeypatch.setenv("TRUSTBRIDGE_PASSPHRASE", PASSPHRASE)
    before = snapshot(folder, skip={".trustbridge.lock"})
    with holding_data_dir(folder, "trustbridge import"):
        assert cli(["--data-dir", str(folder), *command]) == 1
    line = one_line_error(capsys)
    assert "trustbridge import" in line and "Close the app" not in line, line
    assert snapshot(folder, skip={".trustbridge.lock"}) == before


def another_program_s_file(path: Path) -> None:
    """The attack review's file: a sound SQLite database with one table of its own."""
    path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("create table foo(x)")


def test_an_sqlite_file_of_another_program_is_refused_in_one_line_and_left_as_it_was(
    backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, backup = backed_up
    another_program_s_file(database_path(folder))
    before = snapshot(folder)
    for command in (["search", "entry"], ["export"], ["import", str(five_entries(tmp_path))]):
        assert cli(["--data-dir", str(folder), *command]) == 1, command
        line = one_line_error(capsys)
        assert "another program" in line and "has not changed it" in line and str(backup) in line, line
        assert "small update" not in line
    assert cli(["--data-dir", str(folder), "backup"]) == 1
    assert "backups were kept" in one_line_error(capsys)
    assert snapshot(folder) == before  # header bytes, change counter: all as they were
    assert [info.path for info in list_backups(folder / "backups")] == [backup]
