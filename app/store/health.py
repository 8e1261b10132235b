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
A `.part` is removed only once PART_GRACE old: a younger one may be another process's, not yet locked.

Only a regular file is a marker. A link, a pipe or a folder under a marker's name is no marker:
ignored, never removed, never followed, never waited on (every open is O_NONBLOCK|O_NOFOLLOW).
The temporary name is made with O_EXCL|O_NOFOLLOW: a name already there is passed over.

An interrupted encryption is settled only by a process nobody else may be converting under:
`changing_elsewhere` is any other process's live marker, or the data folder's lock held by another
process (the app holds it for its whole life; `encrypt`, `decrypt` and the app's own conversion run
with the journal closed, holding the folder). Then an open, and the command line's quick search,
refuse with "Trustbridge is changing this journal just now (...); try again in a moment. Nothing
was changed." The process holding the folder settles its own interrupted work at its next open.

The last full check that passed is recorded in a small private file beside the journal,
`.trustbridge-checked` (an ISO-8601 time in UTC), not in the journal: the check runs on a
read-only connection (a command's `check` must write nothing to the journal), and a record in the
journal would need a write transaction, a lock and a WAL frame of its own for a check that reads.
A missing or unreadable record means a check is due; so does a link there, which is never read
or written through.

Where flock does not exist (Windows) a marker can't be told held from stale: every other
process's marker is taken as possibly stale, so the full check runs (safe, slower), and Windows
itself refuses to delete a file another process holds open, so a live marker stays. Where flock
exists but does not work (ENOLCK, EOPNOTSUPP: a network folder without a lock service) the open
goes ahead all the same, and markers are judged by the host and process their names give: this
process's are its own; another on this computer that still runs is live (the check runs, the
marker stays); one whose process is gone, or another computer's, is stale (checked, removed).
"""

from __future__ import annotations

import errno
import itertools
import logging
import os
import socket
import stat
import time
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
        write_private_bytes(checked_path(data_dir), moment.isoformat().encode("ascii"), follow_links=False)
    except OSError:
        log.warning("could not record the journal's passed check in %s", data_dir, exc_info=True)


def last_check_passed(data_dir: Path) -> datetime | None:
    try:  # never through a link, never waiting on a pipe: anything but a plain file is no record
        handle = os.open(checked_path(data_dir), _READ)
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                return None
            said = os.read(handle, 64).decode("ascii").strip()
        finally:
            os.close(handle)
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


# How a marker is judged: "held" by a live process's flock; "alive" (no working flock, but the
# process its name gives runs on this computer); "unsure" (unreadable: take it as unclean);
# "stale" (its process is gone); "none" (gone meanwhile, or not a regular file: no marker at all).
_LIVE = ("held", "alive")
_CHECK = ("stale", "unsure", "alive")


def _markers(data_dir: Path) -> Iterator[Path]:
    try:
        names = list(data_dir.iterdir())
    except OSError:
        return
    for path in names:
        if path.name.startswith(MARKER_PREFIX) and not path.name.endswith(".part") and _regular(path):
            yield path


def stale_markers(data_dir: Path) -> list[Path]:
    """Markers whose process may be gone: each one an unclean shutdown, so the full check runs.
    Without a working flock (Windows, a network folder without locks) every marker not known to
    be this process's or a running one's is taken as possibly stale: the check is the safe side."""
    return [path for path in _markers(data_dir) if _judge(path) in _CHECK]


def live_markers(data_dir: Path) -> list[Path]:
    """Markers a live process holds (this one's other opens included): it has the journal open."""
    return [path for path in _markers(data_dir) if _judge(path) in _LIVE]


def changing_elsewhere(data_dir: Path) -> str | None:
    """Why another live process may be changing the journal's files just now, or None.

    Files an encryption or decryption leaves beside the journal are settled (finished or undone)
    only when no other process has the journal open (a live marker) and none holds the data
    folder (the app for its whole life, a command that converts the journal for its run): the one
    doing the conversion holds the folder, with its own journal closed. The process itself is
    never "elsewhere": the app settles its own interrupted work at its next open.
    """
    for path in live_markers(data_dir):
        if not _ours(path):
            return f"another Trustbridge process has it open, {_who(_named(path))}"
    holder = _folder_holder(data_dir)
    if holder is not None:
        return f"the app or a command holds it, {_who(holder)}"
    return None


def refuse_if_changing(data_dir: Path) -> None:
    """StorageUnavailable, nothing changed, while another process may be changing the journal."""
    why = changing_elsewhere(data_dir)
    if why is not None:
        from app.store.errors import StorageUnavailable

        raise StorageUnavailable(
            f"Trustbridge is changing this journal just now ({why}); try again in a moment. "
            "Nothing was changed."
        )


def write_marker(data_dir: Path) -> OpenMarker:
    """This process's marker, locked before it is visible under its name. OSError when the folder
    refuses it (the caller refuses to open: an open no crash could be told from is not safe).

    The temporary name is created new (O_EXCL) and never through a link (O_NOFOLLOW): something
    already there, planted or left, is passed over for the next number, never truncated or followed.
    """
    host = _host()
    for _attempt in range(_MOST_ATTEMPTS):
        name = f"{MARKER_PREFIX}{host}-{os.getpid()}-{next(_numbers)}"
        temporary = data_dir / f"{name}.part"
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
        except FileExistsError:
            continue
        break
    else:
        raise FileExistsError(f"no free name for this process's marker in {data_dir}")
    final = data_dir / name
    try:
        if os.name == "posix":
            os.fchmod(handle, FILE_MODE)
        if _try_lock(handle) is False:  # our own new file: only a name planted and held races here
            raise BlockingIOError(f"{temporary} is held by another process")
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
    Also any `.part` a kill left before its rename (that process never opened the journal), once
    it is PART_GRACE old: a younger one may be another process's, made and not yet locked."""
    for path in [*paths, *_leftover_parts(data_dir)]:
        if fcntl is None:  # pragma: no cover - Windows refuses to delete a file held open
            with suppress(OSError):
                path.unlink()
            continue
        try:
            handle = os.open(path, _READ)
        except OSError:
            continue
        try:
            found = os.fstat(handle)
            if not stat.S_ISREG(found.st_mode):
                continue
            try:
                locked = _try_lock(handle)
            except OSError:  # the lock could not be asked: left for a later open
                continue
            if locked is False or (locked is None and _by_name(path) != "stale"):
                continue  # a live process's, or no flock to tell and not known dead: left
            with suppress(OSError):
                if found.st_ino == path.lstat().st_ino:
                    path.unlink()
        finally:
            os.close(handle)


def _leftover_parts(data_dir: Path) -> list[Path]:
    try:
        names = list(data_dir.iterdir())
    except OSError:
        return []
    now = time.time()
    parts = []
    for path in names:
        if not (path.name.startswith(MARKER_PREFIX) and path.name.endswith(".part")):
            continue
        try:
            found = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(found.st_mode) and not 0 <= now - found.st_mtime < PART_GRACE:
            parts.append(path)
    return parts


# -- telling a marker's state ----------------------------------------------------------------

_READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)  # never block, never follow
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP), errno.ENOSYS,
             errno.EINVAL}
_MOST_ATTEMPTS = 100
PART_GRACE = 10.0  # seconds a `.part` is left alone: its maker locks it within moments


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _judge(path: Path) -> str:
    if fcntl is None:  # pragma: no cover - Windows: can't tell, so check
        return "stale"
    try:
        handle = os.open(path, _READ)
    except FileNotFoundError:  # its owner closed cleanly meanwhile
        return "none"
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR, errno.EISDIR):
            return "none"  # a link or a folder put there meanwhile: no marker
        return "unsure"  # unreadable: take it as unclean (a check is the safe side)
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return "none"
        locked = _try_lock(handle)
        if locked is None:
            return _by_name(path)
        if not locked:
            return "held"
        fcntl.flock(handle, fcntl.LOCK_UN)
        return "stale"
    except OSError:
        return "unsure"
    finally:
        os.close(handle)


def _try_lock(handle: int) -> bool | None:
    """True: we took the flock (nobody held it); False: a live process holds it; None: no working
    flock here (Windows, or a network folder without locks: ENOLCK, EOPNOTSUPP), so we can't tell."""
    if fcntl is None:  # pragma: no cover - Windows
        return None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as error:
        if error.errno in _NO_LOCKS:
            return None
        raise
    return True


def _by_name(path: Path) -> str:
    """Without a working flock: judge by the host and process the name gives (POSIX only)."""
    host, pid = _named(path)
    if host != _host() or pid is None:
        return "stale"  # another computer's, or a name we never write: possibly stale
    if pid == os.getpid():
        return "held"  # another open in this process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return "stale"
    except OSError:  # running, under another account
        return "alive"
    return "alive"


def _named(path: Path) -> tuple[str, int | None]:
    """The host and process id in a marker's name (`<prefix><host>-<pid>-<n>`)."""
    parts = path.name[len(MARKER_PREFIX):].rsplit("-", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return "", None
    return parts[0], int(parts[1])


def _ours(path: Path) -> bool:
    return _named(path) == (_host(), os.getpid())


def _who(named: tuple[str, int | None]) -> str:
    host, pid = named
    where = f" on the computer {host}" if host and host != _host() else ""
    return f"process {pid}{where}" if pid is not None else f"a process{where}"


def _host() -> str:
    return _clean(socket.gethostname()) or "host"


def _clean(host: str) -> str:
    """A host name as a marker's name carries it (and as a message may say it)."""
    return "".join(char for char in host if char.isalnum() or char in "-_.")[:64]


def _folder_holder(data_dir: Path) -> tuple[str, int | None] | None:
    """The host and process holding the data folder's lock (app/store/data_dir_lock.py), when it
    is another process's and held (or can't be told held: no working flock); else None."""
    from app.store.data_dir_lock import lock_path

    path = lock_path(data_dir)
    if not _regular(path):
        return None
    try:
        handle = os.open(path, _READ)
    except OSError:
        return None
    try:
        try:
            locked = _try_lock(handle)
        except OSError:
            locked = None
        if locked:
            fcntl.flock(handle, fcntl.LOCK_UN)
            return None  # nobody holds it: left by a crash
        lines = os.read(handle, 512).decode("utf-8", "replace").split("\n")
    except OSError:
        return None
    finally:
        os.close(handle)
    pid = int(lines[0]) if lines[0].strip().isdigit() else None
    host = _clean(lines[2]) if len(lines) > 2 else ""
    if pid == os.getpid() and host in ("", _host()):
        return None  # this process holds it: its own conversion, its own settling
    return host, pid


def _sync(folder: Path) -> None:
    from app.store.private_file import sync_folder

    sync_folder(folder)
