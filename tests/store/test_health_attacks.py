"""Open markers and the check record under attack or on odd file systems (app/store/health.py):
a conversion another process is making is never settled under it, a planted link is never
followed, a pipe never blocks an open, a folder without working flock still opens, and a `.part`
another process has just made is left alone."""

from __future__ import annotations

import errno
import fcntl
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.paths import database_path
from app.store import health
from app.store.data_dir_lock import holding_data_dir
from app.store.errors import JournalDamaged, StorageUnavailable
from app.store.health import (
    MARKER_PREFIX,
    PART_GRACE,
    checked_path,
    last_check_passed,
    live_markers,
    remove_stale,
    stale_markers,
)
from app.store.journal import Journal
from app.store.search_read import quick_search
from tests.store.test_damaged_journal import break_an_index_page, write_journal
from tests.store.test_health import PROJECT_ROOT, Holder, markers

BUSY = "Trustbridge is changing this journal just now ("
NOTHING_CHANGED = "try again in a moment. Nothing was changed."

# A command run beside: it tries the quick search, then the normal open, and says what happened.
_COMMAND = """
import sys
from pathlib import Path
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.store.search_read import quick_search
data_dir = Path(sys.argv[1])
for attempt in ("search", "open"):
    try:
        if attempt == "search":
            quick_search(data_dir, None, "Thoughts")
        else:
            Journal.open(data_dir).close()
        print(attempt, "went ahead")
    except StorageUnavailable as error:
        print(attempt, "refused:", error)
"""


_FIRST_READ = """
import sys
from datetime import date
from pathlib import Path
from app.domain.records import EntryKind
from app.store.first_read import read_first_page
first = read_first_page(Path(sys.argv[1]), EntryKind.EVENING, date.today())
print("first read:", "none" if first is None else "read")
"""


def beside(data_dir: Path, code: str = _COMMAND) -> list[str]:
    """Run `code` as a process of its own (a command beside this one); its printed lines."""
    done = subprocess.run([sys.executable, "-c", code, str(data_dir)], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def encrypting_copy(data_dir: Path) -> Path:
    """What `encrypt_journal` is writing beside the journal while it runs."""
    journal = database_path(data_dir)
    copy = journal.with_name(journal.name + ".encrypting")
    copy.write_bytes(b"the half-written encrypted copy")
    return copy


# -- 1. a conversion in progress elsewhere is never settled under it -------------------------


def test_a_command_beside_a_process_converting_the_journal_refuses_and_leaves_its_copy(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 20)
    with holding_data_dir(data_dir, "the app"):  # as the app holds it, its journal closed to convert
        copy = encrypting_copy(data_dir)
        said = beside(data_dir)
        assert [line.split(":")[0] for line in said] == ["search refused", "open refused"], said
        assert all(BUSY in line and line.endswith(NOTHING_CHANGED) for line in said)
        assert f"process {os.getpid()}" in said[0]
        assert copy.read_bytes() == b"the half-written encrypted copy"
        assert markers(data_dir) == []  # the refused open left no marker either
        first = beside(data_dir, _FIRST_READ)  # the window's quick read leaves the saying to the open
        assert first == ["first read: none"], first

        # The process that holds the folder settles its own interrupted work at its next open.
        Journal.open(data_dir).close()
        assert not copy.exists()


def test_a_command_beside_an_open_journal_refuses_to_settle_and_a_crash_lets_the_next_open(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 20)
    app = Holder(data_dir)
    try:
        assert live_markers(data_dir) == markers(data_dir) != []
        copy = encrypting_copy(data_dir)
        with pytest.raises(StorageUnavailable, match="just now") as caught:
            Journal.open(data_dir)
        assert f"process {app.process.pid}" in str(caught.value)
        with pytest.raises(StorageUnavailable, match="just now"):
            quick_search(data_dir, None, "Thoughts")
        assert copy.exists()
    finally:
        app.kill()
    assert live_markers(data_dir) == []  # its marker is stale now: settled at the next open
    Journal.open(data_dir).close()
    assert not copy.exists() and markers(data_dir) == []


def test_a_journal_this_process_has_open_does_not_stop_it_settling(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 20)
    first = Journal.open(data_dir)
    try:
        assert live_markers(data_dir) != []  # ours: another open of this process
        copy = encrypting_copy(data_dir)
        Journal.open(data_dir).close()
        assert not copy.exists()
    finally:
        first.close()


# -- 2. links planted at the names Trustbridge writes -----------------------------------------


def test_a_link_planted_at_the_next_part_names_is_never_followed(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 5)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious words\n" * 100, encoding="utf-8")
    host = "".join(char for char in socket.gethostname() if char.isalnum() or char in "-_.")[:64]
    coming = next(health._numbers) + 1
    links = [data_dir / f"{MARKER_PREFIX}{host}-{os.getpid()}-{n}.part" for n in range(coming, coming + 3)]
    for link in links:
        link.symlink_to(victim)

    journal = Journal.open(data_dir)
    try:
        assert victim.read_text(encoding="utf-8") == "precious words\n" * 100
        assert all(link.is_symlink() for link in links)  # passed over, not replaced
        [marker] = [path for path in markers(data_dir) if not path.name.endswith(".part")]
        assert marker.name.endswith(f"-{coming + 3}") and not marker.is_symlink()
    finally:
        journal.close()


def test_a_link_at_the_check_record_is_refused_never_written_through(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 5)
    victim = tmp_path / "victim.txt"
    victim.write_text("2099-01-01T00:00:00+00:00", encoding="ascii")
    checked_path(data_dir).symlink_to(victim)

    journal = Journal.open(data_dir)
    try:
        assert journal.check_integrity() == []
    finally:
        journal.close()
    assert victim.read_text(encoding="ascii") == "2099-01-01T00:00:00+00:00"
    assert checked_path(data_dir).is_symlink()
    assert last_check_passed(data_dir) is None  # a link is no record: a check is due


# -- 3. a pipe named like a marker ------------------------------------------------------------


def test_a_pipe_named_like_a_marker_never_blocks_an_open_or_a_search(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 5)
    pipe = data_dir / f"{MARKER_PREFIX}elsewhere-1-1"
    os.mkfifo(pipe)
    os.mkfifo(data_dir / f"{MARKER_PREFIX}elsewhere-1-2.part")
    os.utime(data_dir / f"{MARKER_PREFIX}elsewhere-1-2.part", (0, 0))
    said = beside(data_dir)  # a blocked open would never print: the run's timeout ends it
    assert said == ["search went ahead", "open went ahead"]
    assert stale_markers(data_dir) == [] and live_markers(data_dir) == []  # no marker at all
    remove_stale(data_dir, [pipe])
    assert pipe.exists() and (data_dir / f"{MARKER_PREFIX}elsewhere-1-2.part").exists()  # left alone


# -- 4. a folder where flock does not work ----------------------------------------------------


@pytest.fixture(params=[errno.ENOLCK, errno.EOPNOTSUPP])
def no_flock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """flock refused as a network folder without a lock service refuses it."""
    code: int = request.param

    def refuse(handle: int, operation: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(fcntl, "flock", refuse)
    yield code


def gone_pid() -> int:
    """The id of a process that has ended."""
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(ended.stdout)


def test_without_flock_the_journal_opens_and_closes_cleanly(tmp_path: Path, no_flock: int) -> None:
    data_dir = tmp_path / "journal"
    journal = Journal.open(data_dir)
    try:
        assert len(markers(data_dir)) == 1
        assert stale_markers(data_dir) == []  # this process's own, by its name
    finally:
        journal.close()
    assert markers(data_dir) == []


def test_without_flock_a_dead_process_s_marker_runs_the_full_check(tmp_path: Path, no_flock: int) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    dead = data_dir / f"{MARKER_PREFIX}{health._host()}-{gone_pid()}-1"
    dead.write_text("x", encoding="ascii")
    assert stale_markers(data_dir) == [dead]
    break_an_index_page(database_path(data_dir))
    with pytest.raises(JournalDamaged):
        Journal.open(data_dir)
    assert dead.exists()  # refused: the next open checks again


def test_without_flock_a_running_process_s_marker_is_checked_for_but_kept(
    tmp_path: Path, no_flock: int
) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 20)
    # Alive until the test ends: it blocks on its standard input, closed with it below.
    running = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        alive = data_dir / f"{MARKER_PREFIX}{health._host()}-{running.pid}-1"
        dead = data_dir / f"{MARKER_PREFIX}{health._host()}-{gone_pid()}-1"
        for marker in (alive, dead):
            marker.write_text("x", encoding="ascii")
        assert sorted(stale_markers(data_dir)) == sorted([alive, dead])  # possibly stale: check
        assert live_markers(data_dir) == [alive]
        Journal.open(data_dir).close()
        assert alive.exists() and not dead.exists()  # a running one's never removed
    finally:
        running.kill()
        running.wait(timeout=30)
        if running.stdin is not None:
            running.stdin.close()


# -- 5. a `.part` another process has only just made -------------------------------------------


def test_a_young_unlocked_part_is_left_and_an_old_one_removed(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 5)
    young = data_dir / f"{MARKER_PREFIX}elsewhere-2-1.part"
    old = data_dir / f"{MARKER_PREFIX}elsewhere-2-2.part"
    for part in (young, old):
        part.write_text("", encoding="ascii")
    then = time.time() - PART_GRACE - 60
    os.utime(old, (then, then))
    remove_stale(data_dir, [])
    assert young.exists() and not old.exists()
