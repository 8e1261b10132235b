"""The command line's quick search: the app's own statement, read with the standard sqlite3 module.

`trustbridge search` is a whole process per search, and most of what `Journal.open` costs
(SQLAlchemy, the models, the stores, the schema check) buys nothing for one read. This path opens
the file read-only with `sqlite3` (SQLCipher's module when encrypted), runs the statements from
`app/store/search_sql.py` (the same text the app runs through SQLAlchemy) and closes it. It writes
nothing: no WAL switch, no marker, no upgrade, no log of its own.

It only answers for a journal in the plain, settled state; for anything else it returns None and
the caller opens the journal the normal way, which knows how to settle, upgrade, refuse or
explain: no journal file yet, an encryption or decryption cut short (files beside the journal), a
key file without a key (or a key that is not this journal's), another process that died with the
journal open (its full check is due), a schema other than this version's head, or any error the
driver raises (damage, a file that is not a database, a locked or unreadable file).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from app.domain.search import RANK_ALL, RANK_WINDOW, SearchFilters, SearchHit, SearchOrder
from app.paths import KEY_FILE_NAME, database_path
from app.store.search_hits import search_with
from app.store.search_sql import ANY, Statement

log = logging.getLogger(__name__)

_MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"


def head_revision() -> str:
    """This version's newest schema revision, from the migrations' file names ("0009_…" → "0009"),
    without importing Alembic or SQLAlchemy; `app.store.schema.HEAD_REVISION` names the same one
    (a test keeps them equal)."""
    return max(path.name.split("_", 1)[0] for path in _MIGRATIONS.glob("[0-9]*_*.py"))


def quick_search(
    data_dir: Path, key: bytes | None, text: str, filters: SearchFilters = ANY,
    order: SearchOrder = SearchOrder.RANKED, limit: int = 50, window: int = RANK_WINDOW,
    rank_all: int = RANK_ALL,
) -> list[SearchHit] | None:
    """The hits `Journal.search.search` would give, or None: then open the journal the normal way."""
    path = database_path(data_dir)
    if not _settled(data_dir, path, key):
        return None
    connection = _connect(path, key)
    if connection is None:
        return None
    with closing(connection):
        try:
            if _revision(connection) != head_revision():
                return None

            def run(statement: Statement) -> Sequence[Sequence[Any]]:
                return connection.execute(statement.sql, statement.params).fetchall()  # type: ignore[no-any-return]

            return search_with(run, text, filters, order, limit, window, rank_all)
        except _errors(key) as error:  # even FTS5 refusing an expression: the app's path decides
            log.info("the quick search read path gave way to the normal open: %s", error)
            return None


def _settled(data_dir: Path, path: Path, key: bytes | None) -> bool:
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


def _connect(path: Path, key: bytes | None) -> Any:
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
        connection.execute("PRAGMA query_only = ON")
        return connection
    except Exception as error:
        log.info("the quick search read path could not open the journal: %s", error)
        return None


def _revision(connection: Any) -> str | None:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _errors(key: bytes | None) -> tuple[type[Exception], ...]:
    if key is None:
        return (sqlite3.Error,)
    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.dbapi2.Error)
