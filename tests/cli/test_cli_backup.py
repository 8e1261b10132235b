"""`trustbridge backup`, `backups`, `check` and `restore`, and restore refusing while the app runs."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.cli import parse_args, run
from app.domain.records import EntryDraft, EntryKind
from app.paths import ENV_DATA_DIR, database_path
from app.store.backups import LOCK_NAME, holding_data_dir, list_backups
from app.store.journal import Journal

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))


def _write(folder: Path, *bodies: str) -> None:
    journal = Journal.open(folder)
    try:
        for body in bodies:
            journal.save_entry(EntryDraft(uuid=f"uuid-{body}", kind=EntryKind.FREE, body=body))
    finally:
        journal.close()


def _bodies(folder: Path) -> list[str]:
    journal = Journal.open(folder)
    try:
        return sorted(summary.preview for summary in journal.list_entries())
    finally:
        journal.close()


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    _write(folder, "a first entry", "a second entry")
    return folder


def test_backup_makes_a_checked_copy_and_prints_its_path(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "backup"]) == 0
    out, err = capsys.readouterr()
    made = Path(out.strip())
    assert made.parent == journal_dir / "backups" and made.name.startswith("journal-")
    assert "2 entries" in err and "checked" in err
    assert [(info.path, info.entries) for info in list_backups(journal_dir / "backups")] == [(made, 2)]


def test_backup_out_writes_a_new_file_and_never_overwrites(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.sqlite3"
    assert cli(["--data-dir", str(journal_dir), "backup", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert _entries_in(out) == 2
    before = out.read_bytes()
    assert cli(["--data-dir", str(journal_dir), "backup", "--out", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == before


def _entries_in(path: Path) -> int:
    import sqlite3

    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])


def test_backup_of_a_missing_journal_fails_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty"
    assert cli(["--data-dir", str(folder), "backup"]) == 1
    assert "there is no journal" in capsys.readouterr().err
    assert not folder.exists()


def test_backups_lists_them_with_counts(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--data-dir", str(journal_dir), "backups"]) == 0
    assert "No backups yet" in capsys.readouterr().out
    assert cli(["--data-dir", str(journal_dir), "backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    (journal_dir / "backups" / "journal-20200101T000000Z.sqlite3").write_bytes(b"not a database" * 100)
    assert cli(["--data-dir", str(journal_dir), "backups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "automatic" in lines[0] and "2 entries" in lines[0] and str(made) in lines[0]
    assert lines[1].startswith("2020-01-0") and "can't be read" in lines[1]


def test_check_says_ok_or_what_is_wrong(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--data-dir", str(journal_dir), "check"]) == 0
    assert capsys.readouterr().out.startswith("The journal passed its check.\n")
    import sqlite3

    with closing(sqlite3.connect(database_path(journal_dir))) as raw, raw:
        raw.execute("DROP TRIGGER entries_fts_au")
        raw.execute("UPDATE entries SET body = 'words the index never saw'")
    assert cli(["--data-dir", str(journal_dir), "check"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("problem: the search index")
    assert "did not pass its check" in err and "trustbridge restore" in err


def test_restore_brings_back_the_backup_and_keeps_the_journal_as_it_was(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "backup"]) == 0
    chosen = capsys.readouterr().out.strip()
    _write(journal_dir, "written after the backup")
    assert cli(["--data-dir", str(journal_dir), "restore", chosen]) == 0
    out = capsys.readouterr().out
    assert f"Restored the journal from {chosen} (2 entries)." in out
    assert "before-restore-" in out
    assert _bodies(journal_dir) == ["a first entry", "a second entry"]
    safety = [info for info in list_backups(journal_dir / "backups") if info.reason == "before-restore"]
    assert [info.entries for info in safety] == [3]
    assert not (journal_dir / LOCK_NAME).exists()  # the lock is let go afterwards
    assert cli(["--data-dir", str(journal_dir), "check"]) == 0


def test_restore_refuses_a_damaged_backup(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    before = database_path(journal_dir).read_bytes()
    assert cli(["--data-dir", str(journal_dir), "restore", str(damaged)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert database_path(journal_dir).read_bytes() == before


def test_restore_refuses_while_the_app_holds_the_journal(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QLockFile

    from app.ui.shell.application import LOCK_NAME as APP_LOCK_NAME

    assert APP_LOCK_NAME == LOCK_NAME
    assert cli(["--data-dir", str(journal_dir), "backup"]) == 0
    chosen = capsys.readouterr().out.strip()
    _write(journal_dir, "written after the backup")
    app_lock = QLockFile(str(journal_dir / APP_LOCK_NAME))  # exactly what the running app holds
    assert app_lock.tryLock(0)
    try:
        before = database_path(journal_dir).read_bytes()
        assert cli(["--data-dir", str(journal_dir), "restore", chosen]) == 1
        assert "Trustbridge is open on this journal" in capsys.readouterr().err
        assert database_path(journal_dir).read_bytes() == before
    finally:
        app_lock.unlock()
    assert len(_bodies(journal_dir)) == 3
    assert [info.reason for info in list_backups(journal_dir / "backups")] == ["automatic"]


def test_the_app_can_not_start_while_a_restore_holds_the_lock(journal_dir: Path) -> None:
    from PySide6.QtCore import QLockFile

    with holding_data_dir(journal_dir):
        app_lock = QLockFile(str(journal_dir / LOCK_NAME))
        app_lock.setStaleLockTime(0)  # as the app sets it
        assert not app_lock.tryLock(0)
    assert app_lock.tryLock(0)
    app_lock.unlock()


def test_restore_takes_over_the_lock_a_crashed_app_left(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "backup"]) == 0
    chosen = capsys.readouterr().out.strip()
    with subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
         "print(lock.tryLock(0), flush=True); sys.stdin.readline()",
         str(journal_dir / LOCK_NAME)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        holder.kill()
        holder.wait(timeout=30)
    assert (journal_dir / LOCK_NAME).exists()  # left behind, as after a crash
    assert cli(["--data-dir", str(journal_dir), "restore", chosen]) == 0
    assert not (journal_dir / LOCK_NAME).exists()


def test_check_as_a_real_process_exits_zero_then_one(journal_dir: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k != ENV_DATA_DIR}
    command = [sys.executable, "-m", "app", "--data-dir", str(journal_dir), "check"]
    good = subprocess.run(command, cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True,
                          timeout=60, check=False)
    assert good.returncode == 0, good.stderr
    data = bytearray(database_path(journal_dir).read_bytes())
    data[100:] = b"\x5a" * (len(data) - 100)  # everything past the header scribbled over
    database_path(journal_dir).write_bytes(bytes(data))
    bad = subprocess.run(command, cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True,
                         timeout=60, check=False)
    assert bad.returncode == 1
    assert bad.stdout.startswith("problem: ") and "trustbridge: error:" in bad.stderr


def test_import_refuses_while_the_app_holds_the_journal(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One writer: a command that writes never runs beside the open app."""
    from PySide6.QtCore import QLockFile

    source = tmp_path / "other.journal"
    source.write_text("[2026-03-01 09:00] A day.\nWritten elsewhere.\n", encoding="utf-8")
    app_lock = QLockFile(str(journal_dir / LOCK_NAME))
    assert app_lock.tryLock(0)
    try:
        before = database_path(journal_dir).read_bytes()
        assert cli(["--data-dir", str(journal_dir), "import", str(source)]) == 1
        assert "Trustbridge is open on this journal" in capsys.readouterr().err
        assert database_path(journal_dir).read_bytes() == before
    finally:
        app_lock.unlock()
    assert cli(["--data-dir", str(journal_dir), "import", str(source)]) == 0  # and works once it is closed
    assert not (journal_dir / LOCK_NAME).exists()


def test_restore_over_a_damaged_journal_moves_it_aside_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.store.test_damaged_journal import break_an_index_page, write_journal

    folder = tmp_path / "journal"
    write_journal(folder, 400)
    assert cli(["--data-dir", str(folder), "backup"]) == 0
    chosen = capsys.readouterr().out.strip()
    break_an_index_page(database_path(folder))
    damaged = database_path(folder).read_bytes()
    assert cli(["--data-dir", str(folder), "check"]) == 1
    capsys.readouterr()
    assert cli(["--data-dir", str(folder), "restore", chosen]) == 0
    out = capsys.readouterr().out
    assert "(400 entries)" in out and "The damaged journal was not changed" in out
    kept = [p for p in folder.iterdir() if p.name.startswith("journal.damaged-") and p.suffix == ".sqlite3"]
    assert [p.read_bytes() for p in kept] == [damaged]
    assert cli(["--data-dir", str(folder), "check"]) == 0
