"""The backups' files: where they live, how they are named and listed by name, and the small
connection helpers every backup step shares.

Connections come from a `connect` factory, so an encrypted journal can pass its keyed one and
its backups stay encrypted.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path

from app.paths import KEY_FILE_NAME as KEY_FILE_NAME  # re-exported for the backup modules
from app.store.backup_info import AUTOMATIC, BEFORE_RESTORE, BEFORE_UPGRADE, BackupInfo

try:  # an encrypted journal's errors come from SQLCipher's own module, not sqlite3's
    from sqlcipher3 import dbapi2 as _sqlcipher

    DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, _sqlcipher.Error)
except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
    DB_ERRORS = (sqlite3.Error,)
DB_OR_OS_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, OSError)

Connect = Callable[[Path], sqlite3.Connection]

BACKUPS_DIR_NAME = "backups"
DEFAULT_KEEP = 30
BUSY_TIMEOUT_MS = 5000
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"

# reason -> file name prefix; only AUTOMATIC backups are rotated.
PREFIXES = {AUTOMATIC: "journal", BEFORE_RESTORE: "before-restore", BEFORE_UPGRADE: "before-upgrade"}
REASONS = {prefix: reason for reason, prefix in PREFIXES.items()}
_NAME = re.compile(
    r"^(?P<prefix>journal|before-restore|before-upgrade)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.sqlite3$"
)


def plain_connect(path: Path) -> sqlite3.Connection:
    """The default factory: an unencrypted journal."""
    return sqlite3.connect(path)


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_DIR_NAME


def rows_held(path: Path, connect: Connect) -> int | None:
    """How many of the backup's own tables hold a row (0: an empty journal); None when it can't be read."""
    try:
        with closing(open_read_only(path, connect)) as connection:
            tables = [str(row[0]) for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'entries_fts%' AND name NOT IN ('alembic_version', 'stage_positions')"
            )]
            if "entries" not in tables:
                return None  # not a journal
            return sum(_table_has_rows(connection, name) for name in tables)
    except DB_OR_OS_ERRORS:
        return None


def _table_has_rows(connection: sqlite3.Connection, table: str) -> int:
    quoted = table.replace('"', '""')
    return 1 if connection.execute(f'SELECT 1 FROM "{quoted}" LIMIT 1').fetchone() else 0


def parse_name(path: Path) -> tuple[str, datetime, int] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return REASONS[match["prefix"]], made_at, int(match["n"] or 1)


def named_backups(folder: Path) -> list[BackupInfo]:
    """The backup files by name alone (no file opened), newest first; sizes 0 if unreadable."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        candidates = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for path in candidates:
        parsed = parse_name(path)
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


def count_entries(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()
    return int(row[0])


def open_read_only(path: Path, connect: Connect) -> sqlite3.Connection:
    connection = connect(path)
    connection.execute("PRAGMA query_only=ON")
    return connection


def remove_quietly(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def describe_error(error: BaseException) -> str:
    if isinstance(error, OSError):
        return os_reason(error)
    return str(error) or type(error).__name__


def os_reason(error: OSError) -> str:
    return error.strerror or str(error)
