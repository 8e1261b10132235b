"""Backups of the journal file: made, checked, listed, rotated and restored.

Every copy goes through SQLite's online backup API (a raw file copy of a live WAL database can
miss what is still in the -wal file), lands in a private temporary file first, and counts only
once it passes `quick_check` and its entries can be read. Only then are older automatic backups
rotated out, so a failed backup never costs a good one.

Files in `<data dir>/backups/` (folder 0700, files 0600):
- `journal-YYYYMMDDTHHMMSSZ.sqlite3`: the automatic (daily, on close) and command-line backups;
  only these are rotated, keeping the newest `keep`.
- `before-upgrade-…` (made by the schema upgrade) and `before-restore-…` (made here before a
  restore overwrites the journal): listed, never rotated, because each is the only copy of the
  journal as it was before a step that can't be undone.

A journal that failed its check at open is never restored over in place: `restore_over_damaged`
renames it (with its -wal and -shm) to `journal.damaged-<stamp>.sqlite3` in the data folder, where
it stays, and copies the chosen backup in beside it.

Connections come from a `connect` factory, so an encrypted journal can pass its keyed one and
its backups stay encrypted. The data folder's lock file is read and written here in the format
Qt's QLockFile uses, so the command line can tell when the app holds the journal without Qt.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.paths import DATABASE_NAME, database_path
from app.store.errors import StorageUnavailable, StoreError
from app.store.private_file import sync_folder

try:  # an encrypted journal's errors come from SQLCipher's own module, not sqlite3's
    from sqlcipher3 import dbapi2 as _sqlcipher

    _DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, _sqlcipher.Error)
except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
    _DB_ERRORS = (sqlite3.Error,)
_DB_OR_OS_ERRORS: tuple[type[Exception], ...] = (*_DB_ERRORS, OSError)

try:  # POSIX: QLockFile holds an flock on its file, which is how "in use" is told from "stale"
    import fcntl
except ImportError:  # Windows: no flock here; an existing lock file is taken as held (see _can_lock)
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

Connect = Callable[[Path], sqlite3.Connection]

BACKUPS_DIR_NAME = "backups"
DEFAULT_KEEP = 30
LOCK_NAME = ".trustbridge.lock"  # the app's QLockFile in the data folder
COMMAND_PURPOSE = "a trustbridge command"  # what a command's lock says when it names nothing
KEY_FILE_NAME = "journal.key"  # app/store/keys.py's file, named here so backups load no crypto
BUSY_TIMEOUT_MS = 5000
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"

AUTOMATIC = "automatic"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"
# reason -> file name prefix; only AUTOMATIC backups are rotated.
_PREFIXES = {AUTOMATIC: "journal", BEFORE_RESTORE: "before-restore", BEFORE_UPGRADE: "before-upgrade"}
_REASONS = {prefix: reason for reason, prefix in _PREFIXES.items()}
_NAME = re.compile(
    r"^(?P<prefix>journal|before-restore|before-upgrade)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.sqlite3$"
)


class BackupFailed(StoreError):
    """A backup could not be made or did not pass its check; older backups are untouched."""


class RestoreRefused(StoreError):
    """The chosen backup is damaged or unreadable; the journal was not changed."""


class JournalInUse(StoreError):
    """Another process (the app) holds the data folder, so the journal must not be replaced now."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed: `entries` is None (with a `problem`) when it can't be read."""

    path: Path
    made_at: datetime  # UTC, from the file name
    size: int
    entries: int | None
    reason: str  # AUTOMATIC, BEFORE_RESTORE or BEFORE_UPGRADE
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class CheckReport:
    """What `check` found: no problems means the file is sound."""

    path: Path
    problems: tuple[str, ...]
    entries: int | None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the copy of the journal taken first (None if there was no journal)."""

    restored_from: Path
    safety_backup: BackupInfo | None
    entries: int
    damaged_kept_at: Path | None = None  # where restore_over_damaged moved the damaged file


def plain_connect(path: Path) -> sqlite3.Connection:
    """The default factory: an unencrypted journal."""
    return sqlite3.connect(path)


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_DIR_NAME


# -- making ---------------------------------------------------------------------------------


def make_backup(
    journal_path: Path,
    backups_dir: Path,
    *,
    reason: str = AUTOMATIC,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    connect: Connect = plain_connect,
) -> BackupInfo:
    """Back the journal up into `backups_dir`, check the copy, then rotate automatic backups.

    Raises BackupFailed (the temporary copy removed, nothing else touched) when the journal
    can't be read, the folder can't be written or the copy does not check out.
    """
    if reason not in _PREFIXES:
        raise ValueError(f"unknown backup reason {reason!r}")
    if keep < 1:
        raise ValueError("keep at least one backup")
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(
            f"Trustbridge can't create the backups folder {backups_dir}: {_reason(error)}."
        ) from error
    name = _free_name(backups_dir, _PREFIXES[reason], moment)
    info = _copy_checked(journal_path, backups_dir, name, connect)
    info = BackupInfo(info.path, moment.replace(microsecond=0), info.size, info.entries, reason)
    log.info("made a %s backup %s (%d entries)", reason, info.path.name, info.entries or 0)
    if reason == AUTOMATIC:
        _rotate(backups_dir, keep, info.path, connect)
    return info


def backup_to(journal_path: Path, destination: Path, *, connect: Connect = plain_connect) -> BackupInfo:
    """Back the journal up to a file of the person's choosing, which must not exist yet."""
    destination = destination.expanduser()
    if destination.exists() or destination.is_symlink():
        raise BackupFailed(f"{destination} already exists; choose a new file name so nothing is overwritten.")
    if not destination.parent.is_dir():
        raise BackupFailed(f"the folder {destination.parent} does not exist.")
    info = _copy_checked(journal_path, destination.parent, destination, connect)
    return BackupInfo(info.path, datetime.now(UTC).replace(microsecond=0), info.size, info.entries, AUTOMATIC)


def _free_name(folder: Path, prefix: str, moment: datetime) -> Path:
    """`prefix-STAMP.sqlite3`, or `prefix-STAMP-N.sqlite3` when one was made this same second.

    N is one more than the highest number of that second ever still present, never a gap left
    by rotation: a reused lower number would sort as older and could be rotated out first.
    """
    stamp = moment.strftime(STAMP_FORMAT)
    taken = [parsed[2] for path in folder.glob(f"{prefix}-{stamp}*.sqlite3")
             if (parsed := _parse(path)) is not None]
    if not taken:
        return folder / f"{prefix}-{stamp}.sqlite3"
    return folder / f"{prefix}-{stamp}-{max(taken) + 1}.sqlite3"


def _copy_checked(journal_path: Path, folder: Path, final: Path, connect: Connect) -> BackupInfo:
    """Copy through the backup API into a 0600 temporary file in `folder`, check it, rename it."""
    if not journal_path.exists():
        raise BackupFailed(f"there is no journal at {journal_path} to back up.")
    _refuse_unsound_source(journal_path, connect)
    try:
        handle, name = tempfile.mkstemp(prefix=".incoming-", suffix=".sqlite3", dir=folder)  # mode 0600
    except OSError as error:
        raise BackupFailed(f"Trustbridge can't write in {folder}: {_reason(error)}.") from error
    os.close(handle)
    temporary = Path(name)
    try:
        try:
            with closing(connect(journal_path)) as source, closing(connect(temporary)) as target:
                source.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                source.backup(target)
                # A backup is one self-contained file: no -wal beside it when it is copied elsewhere.
                target.execute("PRAGMA journal_mode=DELETE")
        except _DB_OR_OS_ERRORS as error:
            said = _describe(error)
            what = "is damaged, so it could" if "malformed" in said or "not a database" in said else "could"
            raise BackupFailed(
                f"the journal {what} not be copied: {said}. Your older backups were kept."
            ) from error
        problems, entries = _inspect(temporary, connect, fts=False)
        if problems:
            raise BackupFailed(
                f"the new backup did not pass its check ({'; '.join(problems)}), so it was removed; "
                "your older backups were kept."
            )
        temporary.replace(final)
        sync_folder(folder)
    except BaseException:
        _remove_quietly(temporary)
        raise
    return BackupInfo(final, datetime.now(UTC), final.stat().st_size, entries, AUTOMATIC)


def _refuse_unsound_source(journal_path: Path, connect: Connect) -> None:
    """A journal that would fail its check at open is never copied (nor rotated after).

    What the file itself shows is checked here, before SQLite opens it: SQLite takes an empty
    file as a new database and deletes the -wal beside it. Anything deeper is found by the
    check of the copy. An encrypted journal whose key file is gone is said as that.
    """
    key_file = journal_path.parent / KEY_FILE_NAME
    missing = missing_key_problem(journal_path)
    if missing is not None:
        raise BackupFailed(missing)
    plain = connect in (plain_connect, sqlite3.connect) and not key_file.exists()  # encrypted: a noise header
    problem = file_problem(journal_path, plain=plain)
    if problem is not None:
        raise BackupFailed(
            f"the journal at {journal_path} is damaged: {problem}. It was not backed up, and your "
            "backups were kept as they are."
        )


def _rotate(folder: Path, keep: int, newest: Path, connect: Connect) -> None:
    """Drop automatic backups beyond the newest `keep` good ones; called only after `newest` checked out.

    Good means it opens and its entries can be counted (each was fully checked when made); one
    that can't be read is not counted, and is dropped only once `keep` good ones are newer.
    The newest backup that holds anything at all is never dropped while every kept one holds an
    empty journal: a journal emptied by mistake must not rotate the last real copy away.
    """
    automatic = [info for info in _named(folder) if info.reason == AUTOMATIC]
    kept: list[Path] = []
    kept_holds_something = False
    doomed: list[BackupInfo] = []
    for info in automatic:
        if len(kept) >= keep and info.path != newest:
            doomed.append(info)
            continue
        held = _rows_held(info.path, connect)
        if held is None and info.path != newest:
            continue  # unreadable: kept for now, not counted
        kept.append(info.path)
        kept_holds_something = kept_holds_something or bool(held)
    if not kept_holds_something:
        spared = next((info for info in doomed if _rows_held(info.path, connect)), None)
        if spared is not None:
            log.info("kept backup %s: the newest one that holds more than an empty journal", spared.path.name)
            doomed.remove(spared)
    for info in doomed:
        try:
            info.path.unlink()
            log.info("rotated out backup %s", info.path.name)
        except OSError as error:
            log.warning("could not remove old backup %s: %s", info.path.name, _reason(error))


def _rows_held(path: Path, connect: Connect) -> int | None:
    """How many of the backup's own tables hold a row (0: an empty journal); None when it can't be read."""
    try:
        with closing(_open_read_only(path, connect)) as connection:
            tables = [str(row[0]) for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'entries_fts%' AND name NOT IN ('alembic_version', 'stage_positions')"
            )]
            if "entries" not in tables:
                return None  # not a journal
            return sum(_table_has_rows(connection, name) for name in tables)
    except _DB_OR_OS_ERRORS:
        return None


def _table_has_rows(connection: sqlite3.Connection, table: str) -> int:
    quoted = table.replace('"', '""')
    return 1 if connection.execute(f'SELECT 1 FROM "{quoted}" LIMIT 1').fetchone() else 0


# -- listing --------------------------------------------------------------------------------


def _parse(path: Path) -> tuple[str, datetime, int] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return _REASONS[match["prefix"]], made_at, int(match["n"] or 1)


def _named(folder: Path) -> list[BackupInfo]:
    """The backup files by name alone (no file opened), newest first; sizes 0 if unreadable."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        candidates = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for path in candidates:
        parsed = _parse(path)
        if parsed is None or not path.is_file():
            continue
        reason, made_at, number = parsed
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        found.append((made_at, number, BackupInfo(path, made_at, size, None, reason)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def list_backups(backups_dir: Path, connect: Connect = plain_connect) -> list[BackupInfo]:
    """Every backup, newest first, with its entry count read from the file.

    A file that can't be read is still listed, with `entries` None and the `problem`. Only a
    count is read (through the index of live entries), not a full check: listing stays quick.
    """
    listed: list[BackupInfo] = []
    for info in _named(backups_dir):
        try:
            with closing(_open_read_only(info.path, connect)) as connection:
                entries = _count_entries(connection)
        except _DB_OR_OS_ERRORS as error:
            listed.append(BackupInfo(info.path, info.made_at, info.size, None, info.reason, _describe(error)))
            continue
        listed.append(BackupInfo(info.path, info.made_at, info.size, entries, info.reason))
    return listed


def backup_due(backups_dir: Path, now: datetime) -> bool:
    """True unless an automatic backup was already made on `now`'s local day."""
    from app.domain.timeline import local_date

    today = local_date(now)
    return not any(
        info.reason == AUTOMATIC and local_date(info.made_at) == today for info in _named(backups_dir)
    )


# -- checking -------------------------------------------------------------------------------


SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_BYTES = 100
_SMALLEST_PAGE = 512


def file_problem(database: Path, *, plain: bool = True) -> str | None:
    """What the file shows before any database code opens it: None when it may be a journal.

    Not a regular file, empty, shorter than one page; and for a plain journal (an encrypted
    file's header is encrypted too) not starting with SQLite's header, or shorter than the
    size its own header records. Raises StorageUnavailable when the file can't be looked at
    (a link to something not there, permissions): the machine's fault, not the file's.
    """
    try:
        status = database.stat()
    except FileNotFoundError as error:  # only a link can exist and still not be found
        raise StorageUnavailable(
            f"The journal at {database} is a link to {_link_target(database)}, which isn't there "
            "(a drive not connected?). Nothing was changed."
        ) from error
    except OSError as error:
        raise _unreadable(database, error) from error
    if stat.S_ISDIR(status.st_mode):
        return "the journal file is a folder, not a file"
    if not stat.S_ISREG(status.st_mode):
        return "the journal file is not a regular file (a pipe, a device or a socket)"
    if status.st_size == 0:
        return "the file is empty (0 bytes)" + wal_note(database)
    if status.st_size < _SMALLEST_PAGE:
        return f"the file is cut short: it holds only {status.st_size} bytes, less than one page"
    if not plain:
        return None
    try:
        with database.open("rb") as stream:
            header = stream.read(_HEADER_BYTES)
    except OSError as error:
        raise _unreadable(database, error) from error
    if not header.startswith(SQLITE_HEADER):
        return "the file is not a database: it does not start with SQLite's header"
    if _companion_holds_pages(database):
        return None  # a checkpoint or a transaction cut short: SQLite finishes or undoes it from there
    return _cut_short(header, status.st_size)


def _companion_holds_pages(database: Path) -> bool:
    """A -wal or hot -journal beside the file can legitimately hold pages past its end."""
    for suffix in ("-wal", "-journal"):
        with suppress(OSError):
            if Path(f"{database}{suffix}").stat().st_size > 0:
                return True
    return False


def _unreadable(database: Path, error: OSError) -> StorageUnavailable:
    return StorageUnavailable(f"Trustbridge can't read the journal at {database}: {error.strerror or error}.")


def _cut_short(header: bytes, size: int) -> str | None:
    """The header's own page count against the file's size (trusted only when SQLite marks it
    valid: the change counter at 24 equals the version-valid-for number at 92)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] != header[92:96] or pages == 0 or page_size < _SMALLEST_PAGE:
        return None
    expected = pages * page_size
    if expected > size:
        return f"the file is cut short: its header records {expected:,} bytes, but it holds only {size:,}"
    return None


def wal_note(database: Path) -> str:
    wal = Path(f"{database}-wal")
    try:
        size = wal.stat().st_size
    except OSError:
        return ""
    return f"; the {wal.name} beside it ({size:,} bytes of recent changes) is kept with it" if size else ""


def _link_target(path: Path) -> str:
    try:
        return str(path.readlink())
    except OSError:
        return "a file"


def missing_key_problem(database: Path) -> str | None:
    """A sentence when the journal looks encrypted but its key file is gone; None otherwise.

    An encrypted journal's first bytes are random, not SQLite's header, and so are a file of
    noise's: the signs that tell them apart are its encrypted backups (same key) or sealed
    damaged copies beside it. Without such signs the caller reports damage and names the key
    file as a possibility.
    """
    data_dir, key_file = database.parent, database.parent / KEY_FILE_NAME
    if database.name != DATABASE_NAME or key_file.exists() or not _looks_encrypted(database):
        return None  # (a backup's file is not a journal in its data folder: its key is the caller's)
    if not _encrypted_siblings(data_dir, database):
        return None
    return (
        f"Your journal is encrypted, but its key file is missing: {key_file}. Your passphrase and your "
        "recovery code both open the journal only through that file, so put it back (from the trash or "
        "a copy of this folder) and try again. Nothing was changed."
    )


def _looks_encrypted(path: Path) -> bool:
    """A regular file at least a page long whose first bytes are not SQLite's header."""
    try:
        if not path.is_file() or path.stat().st_size < _SMALLEST_PAGE:
            return False
        with path.open("rb") as stream:
            return not stream.read(len(SQLITE_HEADER)).startswith(SQLITE_HEADER)
    except OSError:
        return False


def _encrypted_siblings(data_dir: Path, database: Path) -> bool:
    sealed = any(data_dir.glob(f"{database.stem}.damaged-*.sealed"))
    backups = data_dir / "backups"
    return sealed or (backups.is_dir() and any(_looks_encrypted(path) for path in backups.glob("*.sqlite3")))


def check(journal_path: Path, connect: Connect = plain_connect) -> CheckReport:
    """`quick_check`, the entries readable, and the search index consistent with the entries."""
    if not journal_path.exists() and not journal_path.is_symlink():
        return CheckReport(journal_path, (f"there is no journal at {journal_path}",), None)
    first = missing_key_problem(journal_path)
    first = first or file_problem(journal_path, plain=False)  # before SQLite opens (and empties) it
    if first is not None:
        return CheckReport(journal_path, (first,), None)
    problems, entries = _inspect(journal_path, connect, fts=True)
    return CheckReport(journal_path, tuple(problems), entries)


def _inspect(path: Path, connect: Connect, *, fts: bool) -> tuple[list[str], int | None]:
    """Problems found in the file at `path` (empty when sound) and its count of live entries."""
    problems: list[str] = []
    entries: int | None = None
    try:
        with closing(connect(path)) as connection:
            connection.isolation_level = None  # explicit BEGIN/ROLLBACK below
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            results = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if results != ["ok"]:
                problems.append("quick_check: " + "; ".join(str(line) for line in results[:5]))
                return problems, None
            # SQLCipher checks every page's authentication code; plain SQLite ignores the pragma.
            faults = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
            if faults:
                problems.append("cipher_integrity_check: " + "; ".join(faults[:5]))
                return problems, None
            try:
                entries = _count_entries(connection)
            except _DB_ERRORS as error:
                problems.append(f"the entries can't be read: {_describe(error)}")
            if fts and entries is not None:
                problems.extend(_fts_problems(connection))
    except _DB_OR_OS_ERRORS as error:
        problems.append(f"the file can't be read: {_describe(error)}")
    return problems, entries


def _fts_problems(connection: sqlite3.Connection) -> list[str]:
    """FTS5's own integrity check, also against the entries (rank 1); rolled back, so it writes nothing."""
    connection.execute("BEGIN")
    try:
        connection.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    except _DB_ERRORS as error:
        return [f"the search index does not match the entries ({_describe(error)}); it can be rebuilt"]
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
    return []


def _count_entries(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()
    return int(row[0])


def _open_read_only(path: Path, connect: Connect) -> sqlite3.Connection:
    connection = connect(path)
    connection.execute("PRAGMA query_only=ON")
    return connection


# -- restoring ------------------------------------------------------------------------------


def restore(
    backup_path: Path,
    journal_path: Path,
    *,
    backups_dir: Path | None = None,
    now: datetime | None = None,
    connect: Connect = plain_connect,
) -> RestoreReport:
    """Replace the journal's contents with a backup's, after checking it and backing up the journal.

    The caller makes sure no other process has the journal open (`holding_data_dir`), and that
    its own connections are closed. The copy goes INTO the live file through the backup API, so
    its -wal and -shm stay consistent; if the copy fails part-way, SQLite rolls it back.
    """
    backup_path = backup_path.expanduser()
    if not backup_path.is_file():
        raise RestoreRefused(f"there is no backup at {backup_path}.")
    if backup_path.resolve() == journal_path.resolve():
        raise RestoreRefused("that file is the journal itself, not a backup of it.")
    problems, entries = _inspect(backup_path, connect, fts=False)
    if problems or entries is None:
        raise RestoreRefused(
            f"the backup {backup_path.name} is damaged or is not a Trustbridge journal "
            f"({'; '.join(problems)}). Your journal was not changed."
        )
    safety: BackupInfo | None = None
    if journal_path.is_file():
        folder = backups_dir if backups_dir is not None else journal_path.parent / BACKUPS_DIR_NAME
        try:
            safety = make_backup(journal_path, folder, reason=BEFORE_RESTORE, now=now, connect=connect)
        except BackupFailed as error:
            raise RestoreRefused(
                f"your current journal could not be backed up first ({error}), so nothing was restored."
            ) from error
    try:
        with closing(connect(backup_path)) as source, closing(connect(journal_path)) as target:
            target.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            source.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except _DB_OR_OS_ERRORS as error:
        saved = f" A copy of it as it was is at {safety.path}." if safety else ""
        raise StoreError(
            f"the backup could not be copied into the journal: {_describe(error)}.{saved}"
        ) from error
    after, restored = _inspect(journal_path, connect, fts=False)
    if after or restored != entries:
        saved = f" Your journal as it was is at {safety.path}." if safety else ""
        raise StoreError(f"the restored journal did not check out ({'; '.join(after)}).{saved}")
    log.info("restored the journal from %s (%d entries)", backup_path.name, entries)
    return RestoreReport(backup_path, safety, entries)


def newest_good_backup(backups_dir: Path, connect: Connect = plain_connect) -> BackupInfo | None:
    """The newest backup that passes its check (quick_check, readable entries) and holds anything;
    failing that, the newest that passes; or None.

    Looked at newest first, stopping at the first good one that holds something, so a damaged
    newer copy is passed over without opening every older file, and backups made of an empty
    journal are never offered in place of an older one that holds what the person wrote.
    """
    empty: BackupInfo | None = None
    for info in _named(backups_dir):
        problems, entries = _inspect(info.path, connect, fts=False)
        if not problems and entries is not None:
            good = BackupInfo(info.path, info.made_at, info.size, entries, info.reason)
            if _rows_held(info.path, connect):
                return good
            empty = empty or good
            continue
        log.info("backup %s did not pass its check: %s", info.path.name, "; ".join(problems))
    return empty


def restore_over_damaged(data_dir: Path, backup: Path, connect: Connect = plain_connect) -> RestoreReport:
    """Put a backup in place of a journal that failed its check, keeping the damaged file.

    The damaged file is never opened, let alone written: it (with any -wal and -shm beside it)
    is only renamed to `journal.damaged-<stamp>.sqlite3`, so whatever can still be saved from it
    stays there. The backup, checked first, is then copied in through the backup API and
    checked again. All or nothing: if any step fails, the new file is removed and the damaged
    one is moved back, and RestoreRefused says why. The caller holds the data folder.
    """
    backup = backup.expanduser()
    journal = database_path(data_dir)
    if not backup.is_file():
        raise RestoreRefused(f"there is no backup at {backup}. Your journal file was not changed.")
    problems, entries = _inspect(backup, connect, fts=False)
    if problems or entries is None:
        raise RestoreRefused(
            f"the backup {backup.name} is damaged or is not a Trustbridge journal "
            f"({'; '.join(problems)}). Your journal file was not changed."
        )
    try:
        kept, moved = _move_aside(data_dir)
    except OSError as error:
        raise RestoreRefused(
            f"the damaged journal could not be moved aside ({_reason(error)}), so nothing was restored."
        ) from error
    try:
        os.close(os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private before a byte
        with closing(connect(backup)) as source_db, closing(connect(journal)) as target_db:
            source_db.backup(target_db)
            target_db.execute("PRAGMA journal_mode=DELETE")  # one file, until the app opens it in WAL
        after, restored = _inspect(journal, connect, fts=False)
        if after or restored != entries:
            raise RestoreRefused(f"the restored journal did not check out ({'; '.join(after)}).")
    except BaseException as error:
        _remove_quietly(journal)
        _move_back(moved)
        if isinstance(error, RestoreRefused):
            raise RestoreRefused(f"{error} The damaged journal file was put back as it was.") from error
        if isinstance(error, _DB_OR_OS_ERRORS):
            raise RestoreRefused(
                f"the backup could not be copied in ({_describe(error)}). "
                "The damaged journal file was put back as it was."
            ) from error
        raise
    sync_folder(data_dir)
    log.info("restored over a damaged journal from %s (%d entries); kept %s", backup.name, entries, kept.name)
    return RestoreReport(backup, None, entries, damaged_kept_at=kept)


def set_damaged_aside(data_dir: Path) -> Path:
    """Rename a journal that failed its check (with its -wal and -shm) out of the way, unopened.

    The way on when no backup can be put in place: the next opening starts a new, empty journal,
    and the damaged file stays in the data folder as `journal.damaged-<stamp>.sqlite3` for
    whatever can still be saved from it. Returns where it went. The caller holds the data folder.
    """
    journal = database_path(data_dir)
    if not journal.exists() and not journal.is_symlink() and not Path(f"{journal}-wal").exists():
        raise RestoreRefused(f"there is no journal file in {data_dir} to set aside.")
    try:
        kept, _moved = _move_aside(data_dir)
    except OSError as error:
        raise RestoreRefused(
            f"the damaged journal could not be moved aside ({_reason(error)}); it was left as it was."
        ) from error
    log.info("set a damaged journal aside as %s; a new journal starts at the next opening", kept.name)
    return kept


def _move_aside(data_dir: Path) -> tuple[Path, list[tuple[Path, Path]]]:
    """Rename the journal and its companions to a free `journal.damaged-…` name; all or none."""
    journal = database_path(data_dir)
    kept = _free_damaged_name(data_dir)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm", "-journal"):
            source = Path(f"{journal}{suffix}")
            if source.exists() or source.is_symlink():
                target = Path(f"{kept}{suffix}")
                source.rename(target)
                moved.append((source, target))
        sync_folder(data_dir)
    except OSError:
        _move_back(moved)
        raise
    return kept, moved


def _free_damaged_name(data_dir: Path) -> Path:
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    path = data_dir / f"journal.damaged-{stamp}.sqlite3"
    number = 1
    while any(Path(f"{path}{suffix}").exists() for suffix in ("", "-wal", "-shm", "-journal")):
        number += 1
        path = data_dir / f"journal.damaged-{stamp}-{number}.sqlite3"
    return path


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    if not moved:
        return
    for original, aside in reversed(moved):
        try:
            aside.rename(original)
        except OSError as error:  # left under its new name, which the log and the message give
            log.error("could not move %s back to %s: %s", aside.name, original.name, _reason(error))
    sync_folder(moved[0][0].parent)


# -- the data folder's lock (Qt's QLockFile format, without Qt) ----------------------------


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def data_dir_in_use(data_dir: Path) -> bool:
    """True while a live process (the app) holds the data folder's lock file.

    QLockFile keeps an flock on the file while it holds it, and the kernel drops that lock when
    the process ends; a file left by a crash is therefore stale, as QLockFile itself decides.
    """
    path = lock_path(data_dir)
    try:
        handle = os.open(path, os.O_RDONLY)
    except (FileNotFoundError, NotADirectoryError):  # no lock there, or no folder at all
        return False
    try:
        if not _can_lock(handle):
            return True
        _unlock(handle)
    finally:
        os.close(handle)
    return False


LOCK_FILE_MODE = 0o600  # the lock names this computer and the process: for this account only


@contextmanager
def holding_data_dir(data_dir: Path, purpose: str = COMMAND_PURPOSE) -> Iterator[None]:
    """Hold the data folder's lock (as the app would) for a step that replaces the journal.

    Raises JournalInUse while the app or another command has it, saying which. A lock left by
    a crashed process is taken over. Written as QLockFile writes it, with an flock, so an app
    started meanwhile sees it as held; `purpose` (say "trustbridge import") goes on a line of
    its own after the five QLockFile reads, so whoever finds the lock can say who holds it.
    """
    path = lock_path(data_dir)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle = -1
    for _attempt in range(3):
        try:
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, LOCK_FILE_MODE)  # host, machine
            break
        except FileExistsError:
            if not _remove_stale_lock(path):
                raise JournalInUse(in_use_message(data_dir)) from None
    else:
        raise JournalInUse(in_use_message(data_dir))
    try:
        if fcntl is not None and not _can_lock(handle):  # another process opened it in between
            raise JournalInUse(in_use_message(data_dir))
        os.write(handle, _lock_contents(purpose))
        os.fsync(handle)
        yield
    finally:
        with suppress(FileNotFoundError):
            path.unlink()
        os.close(handle)


def _can_lock(handle: int) -> bool:
    """Take the lock file's flock if nobody holds it. Without flock (Windows) we cannot tell a
    live lock from a stale one, so we say it is held: refusing is safe, overwriting is not."""
    if fcntl is None:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: int) -> None:
    if fcntl is not None:
        fcntl.flock(handle, fcntl.LOCK_UN)


_IN_USE = "Trustbridge is open on this journal. Close the app first, then try again; nothing was changed."
_LOCK_READ_LIMIT = 4096


def in_use_message(data_dir: Path) -> str:
    """Who holds the data folder, from its lock file, in one sentence that says nothing changed.

    The app's lock is written by QLockFile (five lines); a command's by `holding_data_dir`, with
    its purpose on a sixth. A lock that can't be read is taken as the app's, as before.
    """
    try:
        with lock_path(data_dir).open("rb") as stream:
            lines = stream.read(_LOCK_READ_LIMIT).decode("utf-8", "replace").split("\n")
    except OSError:
        return _IN_USE
    pid = lines[0].strip() if lines[0].strip().isdigit() else ""
    host = lines[2].strip() if len(lines) > 2 else ""
    where = f" on the computer {_printable(host)}" if host and host != socket.gethostname() else ""
    process = f", process {pid}{where}" if pid else where
    purpose = _printable(lines[5].strip()) if len(lines) > 5 else ""
    if purpose:
        return (f"another Trustbridge command is using this journal ({purpose}{process}). Wait for it to "
                "finish, then try again; nothing was changed.")
    return (f"Trustbridge is open on this journal (the app{process}). Close the app first, then try "
            "again; nothing was changed.")


def _printable(text: str) -> str:
    """At most 80 characters, without control characters: a lock file is anyone's to write."""
    return "".join(char for char in text if char.isprintable())[:80]


def _remove_stale_lock(path: Path) -> bool:
    """Remove a lock file nobody holds; False when a live process holds it."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    try:
        if not _can_lock(handle):
            return False
        try:
            same = os.fstat(handle).st_ino == path.stat().st_ino
        except FileNotFoundError:
            return True
        if same:
            log.info("taking over a stale lock left in %s", path.parent)
            path.unlink()
        return True
    finally:
        os.close(handle)


def _lock_contents(purpose: str = COMMAND_PURPOSE) -> bytes:
    """pid, program name (as /proc/<pid>/exe names it), host name: the lines QLockFile reads; its
    machine and boot ids left empty (so it judges the lock by the process, as before); then ours."""
    try:
        program = Path("/proc/self/exe").readlink().name
    except OSError:
        program = Path(sys.executable).resolve().name
    said = _printable(purpose) or COMMAND_PURPOSE
    return f"{os.getpid()}\n{program}\n{socket.gethostname()}\n\n\n{said}\n".encode()


# -- helpers --------------------------------------------------------------------------------


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError):
        return _reason(error)
    return str(error) or type(error).__name__


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
