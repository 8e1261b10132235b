"""When the journal's full integrity check runs, and what it is.

Opening a journal keeps only the cheap checks (the file's header, that it is one of our journals,
that the key opens it: app/store/schema.py `find_damage(..., full=False)`). The full check, which
reads every page of every table (~0.3-0.5 s at 100,000 entries, seconds when encrypted), runs:

- at the next open after an UNCLEAN SHUTDOWN (a crash, a kill, a power cut while it was open);
- on demand: `Journal.check_integrity()` (Settings, and the app's weekly check from a worker once
  the window is usable: `Journal.integrity_check_due(now)`), and `trustbridge check`.

The full check (`table_problems`) is `PRAGMA quick_check(<table>)` for each ordinary table by name,
FTS5's shadow tables included, never an FTS5 virtual table itself: SQLite 3.44 and later answer a
quick_check of one with FTS5's full rebuild-and-compare, seconds at 100k. Then, when encrypted,
`cipher_integrity_check` (every page's authentication code). A per-table check does not count
pages across tables (a page used twice, a page lost); a damaged page inside any table is found.

How an unclean shutdown is told: open markers
------------------------------------------------
Every process that opens the journal (the app, and a command such as `export` or `search` run
beside it) writes its OWN marker in the data folder, `.trustbridge-open-<host>-<pid>-<n>`, private
(0600), and holds an flock on it for as long as the journal is open; a clean close removes that
one marker and nothing else. The kernel drops an flock when its process ends however it ends, so a
marker nobody holds is one left by a process that died with the journal open: an unclean
shutdown. A marker that is held belongs to a live process (the app beside a command, or another
journal open in this process: flock is per open file, so a second open in one process sees the
first's as held) and is never touched by anyone else. So a command closing never erases the app's
marker, and a command killed beside the app leaves a marker the next open finds.

The order makes a kill at any step safe:
1. look for markers nobody holds (before anything else opens the file);
2. if there are any, run the full check; a journal that fails it is refused (JournalDamaged) and
   the markers stay, so every later open checks again;
3. write this process's marker: made under a temporary name, locked, then renamed into place, so
   a marker is never visible unlocked while its owner lives (another process would take it as
   stale and remove it);
4. only then remove the stale markers (each re-tested, and only if still the same file);
5. at close: dispose of every connection, then remove our marker.
A kill before 3 leaves the stale markers; between 3 and 5 our own; after 5 the journal is closed.

The last full check that passed is recorded in a small private file beside the journal,
`.trustbridge-checked` (an ISO-8601 time in UTC), not in the journal: the check runs on a
read-only connection (a command's `check` must write nothing to the journal), and a record in the
journal would need a write transaction, a lock and a WAL frame of its own for a check that reads.
A missing or unreadable record means a check is due.

Where flock does not exist (Windows) a marker can't be told held from stale: every other
process's marker is taken as possibly stale, so the full check runs (safe, slower), and Windows
itself refuses to delete a file another process holds open, so a live marker stays.
"""

from __future__ import annotations

import itertools
import logging
import os
import socket
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.store.private_file import FILE_MODE, write_private_bytes

try:  # POSIX: the kernel drops a dead process's flock, which is how stale is told from held
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

MARKER_PREFIX = ".trustbridge-open-"
CHECKED_NAME = ".trustbridge-checked"
CHECK_EVERY = timedelta(days=7)
_MOST_PROBLEMS = 10
_numbers = itertools.count(1)


# -- the full check --------------------------------------------------------------------------


def checked_tables(connection: Any) -> list[str]:
    """Every ordinary table of the main schema, FTS5's shadow tables included, virtual ones not."""
    rows = connection.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') "
        "ORDER BY name"
    )
    return [str(row[0]) for row in rows]


def table_problems(connection: Any, *, encrypted: bool) -> list[str]:
    """The full check on an open (keyed) connection: empty when every table and, when encrypted,
    every page's authentication code is sound. Lines read as `find_damage` has always said them."""
    found: list[str] = []
    for table in checked_tables(connection):
        quoted = table.replace('"', '""')
        results = [str(row[0]) for row in connection.execute(f'PRAGMA quick_check("{quoted}")')]
        if results != ["ok"]:
            found.extend(results)
            if len(found) >= _MOST_PROBLEMS:
                break
    if found:
        return ["quick_check: " + line for line in found[:_MOST_PROBLEMS]]
    if encrypted:
        faults = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        if faults:
            return ["cipher_integrity_check: " + line for line in faults[:_MOST_PROBLEMS]]
    return []


# -- when the last full check passed ---------------------------------------------------------


def checked_path(data_dir: Path) -> Path:
    return data_dir / CHECKED_NAME


def record_check_passed(data_dir: Path, when: datetime | None = None) -> None:
    """Note that the full check passed `when` (now); a disk that refuses only costs an early check."""
    moment = (when or datetime.now(UTC)).astimezone(UTC)
    try:
        write_private_bytes(checked_path(data_dir), moment.isoformat().encode("ascii"))
    except OSError:
        log.warning("could not record the journal's passed check in %s", data_dir, exc_info=True)


def last_check_passed(data_dir: Path) -> datetime | None:
    try:
        said = checked_path(data_dir).read_bytes()[:64].decode("ascii").strip()
        moment = datetime.fromisoformat(said)
    except (OSError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def check_due(data_dir: Path, now: datetime) -> bool:
    """True when the full check last passed CHECK_EVERY or longer before `now` (aware), or never
    (or the record is later than `now`: a clock set back is no reason to skip it)."""
    if now.tzinfo is None:  # a naive time is taken as UTC, as the store keeps every time
        now = now.replace(tzinfo=UTC)
    last = last_check_passed(data_dir)
    if last is None or last > now:
        return True
    return now - last >= CHECK_EVERY


# -- open markers ----------------------------------------------------------------------------


@dataclass
class OpenMarker:
    """This process's marker for one open journal; `release` at a clean close."""

    path: Path
    handle: int

    def release(self) -> None:
        if self.handle < 0:
            return
        handle, self.handle = self.handle, -1
        if fcntl is None:  # pragma: no cover - Windows deletes no file while it is held open
            with suppress(OSError):
                os.close(handle)
            with suppress(OSError):
                self.path.unlink()
            return
        with suppress(OSError):
            self.path.unlink()  # gone before its lock goes, so nobody ever sees it stale
        with suppress(OSError):
            os.close(handle)


def _markers(data_dir: Path) -> Iterator[Path]:
    try:
        names = list(data_dir.iterdir())
    except OSError:
        return
    for path in names:
        if path.name.startswith(MARKER_PREFIX) and not path.name.endswith(".part"):
            yield path


def stale_markers(data_dir: Path) -> list[Path]:
    """Markers whose process is gone (nobody holds their flock): each one an unclean shutdown."""
    return [path for path in _markers(data_dir) if _is_stale(path)]


def _is_stale(path: Path) -> bool:
    if fcntl is None:  # pragma: no cover - Windows: can't tell, so check
        return True
    try:
        handle = os.open(path, os.O_RDONLY)
    except FileNotFoundError:  # its owner closed cleanly meanwhile
        return False
    except OSError:
        return True  # unreadable: take it as unclean (a check is the safe side)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle, fcntl.LOCK_UN)
        return True
    finally:
        os.close(handle)


def write_marker(data_dir: Path) -> OpenMarker:
    """This process's marker, locked before it is visible under its name. OSError when the folder
    refuses it (the caller refuses to open: an open no crash could be told from is not safe)."""
    host = "".join(char for char in socket.gethostname() if char.isalnum() or char in "-_.")[:64] or "host"
    name = f"{MARKER_PREFIX}{host}-{os.getpid()}-{next(_numbers)}"
    final = data_dir / name
    temporary = data_dir / f"{name}.part"
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(handle, FILE_MODE)
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # our own new file: nobody else holds it
        os.write(handle, f"{os.getpid()}\n{host}\n{datetime.now(UTC).isoformat()}\n".encode("ascii"))
        os.fsync(handle)
        temporary.replace(final)
    except BaseException:
        os.close(handle)
        with suppress(OSError):
            temporary.unlink()
        raise
    _sync(data_dir)
    return OpenMarker(final, handle)


def remove_stale(data_dir: Path, paths: list[Path]) -> None:
    """Remove markers the full check has answered for: each only if still nobody's, still that file.
    Also any `.part` a kill left before its rename (that process never opened the journal)."""
    for path in [*paths, *(path for path in _leftover_parts(data_dir) if _is_stale(path))]:
        if fcntl is None:  # pragma: no cover - Windows refuses to delete a file held open
            with suppress(OSError):
                path.unlink()
            continue
        try:
            handle = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            with suppress(OSError):
                if os.fstat(handle).st_ino == path.stat().st_ino:
                    path.unlink()
        finally:
            os.close(handle)


def _leftover_parts(data_dir: Path) -> list[Path]:
    try:
        return [path for path in data_dir.iterdir()
                if path.name.startswith(MARKER_PREFIX) and path.name.endswith(".part")]
    except OSError:
        return []


def _sync(folder: Path) -> None:
    from app.store.private_file import sync_folder

    sync_folder(folder)
