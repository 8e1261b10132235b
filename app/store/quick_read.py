"""A read-only look at a journal with the standard sqlite3 module, before SQLAlchemy has loaded.

Two readers need a journal sooner than `Journal.open` can give it: `trustbridge search` (a whole
process per search) and the window's first page at start-up (tonight's entry, so the person can
type while the store loads). Both take this path, and only for a journal in the plain, settled
state; for anything else `open_settled` returns None and the caller opens the journal the normal
way, which knows how to settle, upgrade, refuse or explain: no journal file yet, an encryption or
decryption cut short (files beside the journal), a key file without a key (or a key that is not
this journal's), another process that died with the journal open (its full check is due), a
schema other than this version's head, or any error the driver raises.

It writes nothing: no WAL switch, no marker, no upgrade, no log of its own.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.paths import KEY_FILE_NAME, database_path

log = logging.getLogger(__name__)

_MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"


def head_revision() -> str:
    """This version's newest schema revision, from the migrations' file names ("0009_…" → "0009"),
    without importing Alembic or SQLAlchemy; `app.store.schema.HEAD_REVISION` names the same one
    (a test keeps them equal)."""
    return max(path.name.split("_", 1)[0] for path in _MIGRATIONS.glob("[0-9]*_*.py"))


def open_settled(data_dir: Path, key: bytes | None, prepare: Sequence[str] = ()) -> Any:
    """A read-only connection to a settled journal at this version's schema, or None.

    `prepare` runs first, before the connection turns read-only (the search's temporary tables).
    The caller closes it, and catches `reading_errors(key)` around its reads (a damaged page can
    still surface there): then it gives way to the normal open too.
    """
    path = database_path(data_dir)
    if not settled(data_dir, path, key):
        return None
    connection = _connect(path, key, prepare)
    if connection is None:
        return None
    try:
        if _revision(connection) == head_revision():
            return connection
    except reading_errors(key) as error:
        log.info("the quick read gave way to the normal open: %s", error)
    connection.close()
    return None


def settled(data_dir: Path, path: Path, key: bytes | None) -> bool:
    """Whether the data folder is in the one state this path reads: nothing to settle or check."""
    from app.store.health import refuse_if_changing, stale_markers

    if not path.is_file() or path.is_symlink():
        return False
    if any(data_dir.glob(f"{path.name}.*")) or any(data_dir.glob(f"{KEY_FILE_NAME}.*")):
        refuse_if_changing(data_dir)  # another process converting it just now: StorageUnavailable
        return False  # an encryption or decryption cut short: Journal.open finishes or undoes it
    key_file = data_dir / KEY_FILE_NAME
    if (key is None) == key_file.exists():
        return False  # encrypted without a key, or a key for a plain journal
    if key is not None:
        from app.store import keys

        try:
            if not keys.key_matches(keys.read_key_file(key_file), key):
                return False
        except Exception:  # a damaged key file: the normal open says what is wrong
            return False
    return not stale_markers(data_dir)  # a process died with it open: its full check is due


def _connect(path: Path, key: bytes | None, prepare: Sequence[str]) -> Any:
    """A read-only connection, or None. Without a -wal beside the file nobody has it open in WAL
    mode, and `immutable` keeps SQLite from creating -wal or -shm files (as `find_damage` does)."""
    options = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    uri = f"{path.absolute().as_uri()}?{options}"
    try:
        if key is None:
            connection: Any = sqlite3.connect(uri, uri=True)
        else:
            import sqlcipher3

            from app.store.keys import sqlcipher_key

            connection = sqlcipher3.dbapi2.connect(uri, uri=True)
            # A raw hex key: no user text. As the app's engine, without `cipher_memory_security`:
            # setting it costs ~150 ms at the first read, more than the whole search.
            connection.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
        for statement in prepare:
            connection.execute(statement)
        connection.execute("PRAGMA query_only = ON")
        return connection
    except Exception as error:
        log.info("the quick read could not open the journal: %s", error)
        return None


def _revision(connection: Any) -> str | None:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def reading_errors(key: bytes | None) -> tuple[type[Exception], ...]:
    """What the driver raises for a file it can't read as a journal."""
    if key is None:
        return (sqlite3.Error,)
    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.dbapi2.Error)
