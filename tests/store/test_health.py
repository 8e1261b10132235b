"""The integrity check's policy (app/store/health.py): cheap checks at every open, the full check
after an unclean shutdown (a real process killed with the journal open), on demand, and weekly."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.paths import database_path
from app.store import encryption
from app.store.errors import JournalDamaged, StorageUnavailable
from app.store.health import CHECK_EVERY, MARKER_PREFIX, checked_path, checked_tables, stale_markers
from app.store.journal import Journal
from app.store.schema import find_damage
from tests.store.test_damaged_journal import PAGE, break_an_index_page, write_journal

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 9, 21, 30, tzinfo=UTC)
PASSPHRASE = "a long walk before the review"

# A process that opens the journal, says so, and holds it until it is killed (the app, or a
# command): it blocks on its standard input, which the test keeps open, so no timer is involved.
_HOLDER = """
import sys
from pathlib import Path
from app.store.journal import Journal
journal = Journal.open(Path(sys.argv[1]))
journal.count_entries()
print("open", flush=True)
sys.stdin.read()
"""


class Holder:
    """A real child process with the journal open; `kill` sends SIGKILL, as a crash would."""

    def __init__(self, data_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(data_dir)], cwd=PROJECT_ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.strip() == "open", self.process.stderr.read() if self.process.stderr else line

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.close_pipes()

    def close_pipes(self) -> None:
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def markers(data_dir: Path) -> list[Path]:
    return sorted(path for path in data_dir.iterdir() if path.name.startswith(MARKER_PREFIX))


def test_a_kill_leaves_a_marker_and_the_next_open_runs_the_full_check(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    holder = Holder(data_dir)
    assert len(markers(data_dir)) == 1 and stale_markers(data_dir) == []  # held while it lives
    holder.kill()
    assert stale_markers(data_dir) == markers(data_dir) != []  # the kernel let its lock go
    break_an_index_page(database_path(data_dir))  # a page only the full check reads

    with pytest.raises(JournalDamaged) as caught:
        Journal.open(data_dir)
    assert any(problem.startswith("quick_check") for problem in caught.value.problems)
    assert stale_markers(data_dir) != []  # refused: the next open checks again


def test_after_a_kill_a_sound_journal_is_checked_opened_and_the_marker_goes(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    holder = Holder(data_dir)
    holder.kill()
    journal = Journal.open(data_dir)
    try:
        assert journal.count_entries() == 400
        assert [path for path in markers(data_dir) if path in stale_markers(data_dir)] == []
        assert len(markers(data_dir)) == 1  # ours alone
        assert not journal.integrity_check_due(datetime.now(UTC))  # the check at open is recorded
    finally:
        journal.close()
    assert markers(data_dir) == []


def test_a_clean_close_leaves_no_marker_and_the_next_open_skips_the_full_check(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    assert markers(data_dir) == []
    break_an_index_page(database_path(data_dir))  # planted while the journal was closed cleanly

    journal = Journal.open(data_dir)  # the cheap checks pass: the damaged page is not read
    try:
        problems = journal.check_integrity()  # the on-demand check finds it
        assert any(problem.startswith("quick_check") for problem in problems)
        assert journal.integrity_check_due(datetime.now(UTC))  # a failed check is no pass
    finally:
        journal.close()


def test_a_command_closing_beside_the_app_keeps_the_app_s_marker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import parse_args, run

    data_dir = tmp_path / "journal"
    write_journal(data_dir, 20)
    app = Holder(data_dir)
    try:
        [app_marker] = markers(data_dir)
        assert run(parse_args(["--data-dir", str(data_dir), "export", "--format", "markdown"])) == 0
        assert run(parse_args(["--data-dir", str(data_dir), "search", "Thoughts"])) == 0
        capsys.readouterr()
        assert markers(data_dir) == [app_marker] and stale_markers(data_dir) == []
    finally:
        app.kill()
    assert stale_markers(data_dir) == [app_marker]  # and the app's crash is still seen


def test_a_command_killed_beside_the_app_is_found_at_the_next_open(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    app = Journal.open(data_dir)
    command = Holder(data_dir)
    command.kill()
    app.close()  # the app closes cleanly, taking only its own marker
    assert len(stale_markers(data_dir)) == 1
    break_an_index_page(database_path(data_dir))
    with pytest.raises(JournalDamaged):
        Journal.open(data_dir)


def test_the_marker_is_private_and_names_the_process(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    journal = Journal.open(data_dir)
    try:
        [marker] = markers(data_dir)
        assert stat.S_IMODE(marker.stat().st_mode) == 0o600
        assert marker.read_text(encoding="ascii").split("\n")[0] == str(os.getpid())
        second = Journal.open(data_dir)  # a second open in one process has a marker of its own
        assert len(markers(data_dir)) == 2 and stale_markers(data_dir) == []
        second.close()
        assert markers(data_dir) == [marker]
    finally:
        journal.close()


def test_the_full_check_reads_fts5_s_shadow_tables_but_never_its_virtual_tables(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    data_dir = tmp_path / "journal"
    write_journal(data_dir, 5)
    with closing(sqlite3.connect(database_path(data_dir))) as connection:
        tables = checked_tables(connection)
        virtual = {str(row[0]) for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")}
    assert {"entries_fts", "entries_fts_tools"} <= virtual
    assert not virtual & set(tables)
    assert {"entries", "entries_fts_data", "entries_fts_idx", "entries_fts_tools_content"} <= set(tables)


def test_check_integrity_runs_from_a_worker_while_the_journal_is_open_and_records_a_pass(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 50)
    journal = Journal.open(data_dir)
    try:
        assert journal.integrity_check_due(NOW)  # never checked
        found: list[list[str]] = []
        worker = threading.Thread(target=lambda: found.append(journal.check_integrity()))
        worker.start()
        worker.join(timeout=60)
        assert found == [[]]
        passed = datetime.fromisoformat(checked_path(data_dir).read_text(encoding="ascii"))
        assert stat.S_IMODE(checked_path(data_dir).stat().st_mode) == 0o600
        assert not journal.integrity_check_due(passed + CHECK_EVERY - timedelta(seconds=1))
        assert journal.integrity_check_due(passed + CHECK_EVERY)
        assert journal.integrity_check_due(passed - timedelta(days=1))  # a clock set back: check
        assert journal.count_entries() == 50  # the journal stays open and usable
    finally:
        journal.close()
    with pytest.raises(StorageUnavailable):
        journal.check_integrity()


def test_an_unreadable_record_means_a_check_is_due(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    journal = Journal.open(data_dir)
    try:
        checked_path(data_dir).write_bytes(b"\xff not a time")
        assert journal.integrity_check_due(NOW)
    finally:
        journal.close()


def test_an_encrypted_journal_is_checked_with_its_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 300)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, PASSPHRASE)
    journal = Journal.open(data_dir, key)
    try:
        assert journal.check_integrity() == []
        assert not journal.integrity_check_due(datetime.now(UTC))
    finally:
        journal.close()
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 100] ^= 0x01
    path.write_bytes(bytes(data))
    assert find_damage(path, key, full=False) == []  # the cheap checks at open don't read that page
    assert find_damage(path, key) != []
