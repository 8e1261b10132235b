"""Is this file a sound journal? What the file shows before SQLite opens it (empty, cut short,
not a database, an encrypted journal without its key file), and the full check after.

The sentences here are what the person reads when a journal or a backup fails its check.
"""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing, suppress
from pathlib import Path

from app.paths import DATABASE_NAME
from app.store.backup_files import (
    BUSY_TIMEOUT_MS,
    DB_ERRORS,
    DB_OR_OS_ERRORS,
    KEY_FILE_NAME,
    Connect,
    count_entries,
    describe_error,
    plain_connect,
)
from app.store.backup_info import CheckReport
from app.store.errors import StorageUnavailable

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
    """The journal's full check (app/store/health.py: each table's `quick_check` by name, then
    `cipher_integrity_check`), the entries readable, and the search index consistent with the
    entries (FTS5's own check: on demand only, never when a journal opens)."""
    if not journal_path.exists() and not journal_path.is_symlink():
        return CheckReport(journal_path, (f"there is no journal at {journal_path}",), None)
    first = missing_key_problem(journal_path)
    first = first or file_problem(journal_path, plain=False)  # before SQLite opens (and empties) it
    if first is not None:
        return CheckReport(journal_path, (first,), None)
    problems, entries = inspect_file(journal_path, connect, fts=True)
    return CheckReport(journal_path, tuple(problems), entries)


def inspect_file(path: Path, connect: Connect, *, fts: bool) -> tuple[list[str], int | None]:
    """Problems found in the file at `path` (empty when sound) and its count of live entries.

    `fts`: the journal's own check (its tables one by one, then the search index against the
    entries); without it, a backup's: one `quick_check` of the whole copy, pages counted across
    tables too.
    """
    problems: list[str] = []
    entries: int | None = None
    try:
        with closing(connect(path)) as connection:
            connection.isolation_level = None  # explicit BEGIN/ROLLBACK below
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if fts:
                from app.store.health import table_problems

                # SQLCipher checks every page's authentication code; plain SQLite ignores the pragma.
                problems.extend(table_problems(connection, encrypted=True))
                if problems:
                    return problems, None
            else:
                results = [row[0] for row in connection.execute("PRAGMA quick_check")]
                if results != ["ok"]:
                    problems.append("quick_check: " + "; ".join(str(line) for line in results[:5]))
                    return problems, None
                faults = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
                if faults:
                    problems.append("cipher_integrity_check: " + "; ".join(faults[:5]))
                    return problems, None
            try:
                entries = count_entries(connection)
            except DB_ERRORS as error:
                problems.append(f"the entries can't be read: {describe_error(error)}")
            if fts and entries is not None:
                problems.extend(_fts_problems(connection))
    except DB_OR_OS_ERRORS as error:
        problems.append(f"the file can't be read: {describe_error(error)}")
    return problems, entries


def _fts_problems(connection: sqlite3.Connection) -> list[str]:
    """FTS5's own integrity check, also against the entries (rank 1); rolled back, so it writes nothing."""
    connection.execute("BEGIN")
    try:
        connection.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    except DB_ERRORS as error:
        return [f"the search index does not match the entries ({describe_error(error)}); it can be rebuilt"]
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
    return []
