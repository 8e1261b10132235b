"""Bring a journal file to the current schema: create it, leave it, or back it up and upgrade.

Checking the version is a single query, so a journal already at head never imports Alembic.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from app.store.errors import JournalTooNew, StorageUnavailable, UpgradeFailed

log = logging.getLogger(__name__)

HEAD_REVISION = "0011"  # tests check this equals Alembic's head
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar() == 0


def known_revisions() -> set[str]:
    return {p.stem.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py")}


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in ONE transaction: all of them happen, or none does.

    SQLite's DDL is transactional, but Python's sqlite3 driver only opens a transaction before
    INSERT/UPDATE/DELETE, so a CREATE or DROP run first would commit on its own. For this one
    connection the driver's own handling is switched off and BEGIN is sent by hand; a failing
    step then rolls back every step before it, and the file is as it was.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        managed = driver.isolation_level
        driver.isolation_level = None  # we say where the transaction begins and ends
        # Foreign keys off for the upgrade (the pragma is ignored inside a transaction): a table
        # rebuilt by a migration is dropped first, and its rows must not cascade away with it.
        # Every reference is checked before the commit instead.
        driver.execute("PRAGMA foreign_keys = OFF")  # on the driver: no SQLAlchemy transaction begun
        try:
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise UpgradeFailed(
                        f"The upgrade would leave {len(broken)} broken references, so it was not made. "
                        "Your journal is as it was."
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")
            driver.isolation_level = managed


Connect = Callable[[Path], sqlite3.Connection]


def backup_copy(database: Path, destination: Path, connect: Connect = sqlite3.connect) -> Path:
    """A consistent copy through SQLite's online backup API (never a raw file copy).

    The copy is the person's whole journal: its folder is 0700 and the file 0600, made so before
    SQLite writes a byte into it.
    """
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    source = connect(database)
    try:
        target = connect(destination)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return destination


def ensure_schema(engine: Engine, database: Path, connect: Connect = sqlite3.connect) -> None:
    """Create a new file at head, leave one at head alone, or back an older one up and upgrade it.

    The before-upgrade backup is a checked one (app/store/backups.py); if it can't be made or
    does not check out, the upgrade does not start and the file stays exactly as it was.
    """
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is None and _is_empty(engine):
        log.info("creating a new journal at %s", database)
        upgrade_to_head(engine)
        return
    if revision is not None and revision not in known_revisions():
        raise JournalTooNew(
            f"This journal was saved by a newer version of Trustbridge (schema {revision}). "
            "Please update Trustbridge to open it; the file has not been changed."
        )
    from app.store.backups import BEFORE_UPGRADE, BackupFailed, make_backup

    try:
        backup = make_backup(
            database, database.parent / "backups", reason=BEFORE_UPGRADE, connect=connect
        )
    except BackupFailed as error:
        raise UpgradeFailed(
            "This journal needs a small update to open in this version of Trustbridge, and Trustbridge "
            f"backs it up first. That backup failed ({error}), so the update did not start and the "
            "journal has not been changed."
        ) from error
    log.info("upgrading journal schema %s -> %s (backup at %s)", revision, HEAD_REVISION, backup.path.name)
    try:
        upgrade_to_head(engine)
    except Exception as error:
        raise UpgradeFailed(
            f"Updating this journal to the current version did not work ({_describe(error)}). It was "
            f"undone, so the journal is as it was; a copy made just before is at {backup.path}."
        ) from error


def find_damage(database: Path, key: bytes | None = None, *, full: bool = True) -> list[str]:
    """What a read-only look at an existing journal file finds wrong with it; empty when sound.

    Only a missing file is a new journal: an empty, cut-short or foreign file is damage, found
    from the file itself before SQLite opens it (SQLite would take an empty file as a new
    database, and deletes a -wal it finds beside one). Then the file is opened read-only; when
    there is no -wal beside it, as immutable, which keeps SQLite from creating -wal and -shm
    files or taking locks. (With a -wal there, its pages are part of the journal and must be
    read, so those files are used.) With `full`, the full check (app/store/health.py: each table's
    `quick_check` by name, never FTS5's own full check, then, when encrypted,
    `cipher_integrity_check`); without it only the cheap checks an open makes every time: the
    file's header, that the key opens it, that it is one of ours. Failing to read the file at all
    (permissions, an I/O error) is the machine's fault, not the file's: StorageUnavailable.
    """
    from app.store.backups import file_problem, wal_note  # here: backups.py loads SQLCipher's module too

    if not database.exists() and not database.is_symlink():
        left = wal_note(database)  # the file gone but its recent changes there: not a new journal
        return [f"the journal file is missing{left}"] if left else []
    problem = file_problem(database, plain=key is None)
    if problem is not None:
        return [problem]
    options = "mode=ro" if Path(f"{database}-wal").exists() else "mode=ro&immutable=1"
    uri = f"{database.absolute().as_uri()}?{options}"
    module: Any = sqlite3
    if key is not None:
        import sqlcipher3

        module = sqlcipher3.dbapi2
    try:
        with closing(module.connect(uri, uri=True)) as connection:
            return _problems(connection, key, full=full)
    except module.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) in _DAMAGE_CODES or _says_damaged(error):
            return [str(error)]
        raise StorageUnavailable(f"Trustbridge can't read the journal at {database}: {error}.") from error
    except (module.Error, OSError) as error:
        raise StorageUnavailable(f"Trustbridge can't read the journal at {database}: {error}.") from error


def _problems(connection: Any, key: bytes | None, *, full: bool) -> list[str]:
    if key is not None:
        from app.store.keys import sqlcipher_key

        connection.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')  # a raw hex key: no user text
    if full:
        from app.store.health import table_problems

        found = table_problems(connection, encrypted=key is not None)
        if found:
            return found
    problem = _not_ours(connection)  # reads page 1: a wrong key or a foreign header fails here
    return [problem] if problem else []


_FOREIGN = "it is not a Trustbridge journal but an SQLite file of another program"


def _not_ours(connection: Any) -> str | None:
    """Whether a sound SQLite file is one of our journals; None when it is (or is a new one).

    Every journal records its schema in `alembic_version`, stamped in the same transaction that
    creates its tables (upgrade_to_head), so a file without it is someone else's. The one
    exception is a file with nothing in it at all, as a first creation cut short leaves it (the
    first connection switches it to WAL, then the crash): no schema, user_version and
    application_id 0. A file that has our `entries` table but no version record is ours, made by
    an older Trustbridge whose creation was cut short or damaged since: damaged, not foreign.
    """
    names = {str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" in names:
        if connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 0:
            return "its record of which version of Trustbridge made it is empty"
        return None
    if "entries" in names:
        return ("its record of which version of Trustbridge made it is missing (it was never finished "
                "being set up, or has been changed outside Trustbridge)")
    if names or connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        return _FOREIGN
    user_version = connection.execute("PRAGMA user_version").fetchone()[0]
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if user_version or application_id:
        return _FOREIGN
    return None


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_DAMAGE_CODES = frozenset({_SQLITE_CORRUPT, _SQLITE_NOTADB})


def _says_damaged(error: Exception) -> bool:
    """For a driver whose errors carry no SQLite result code: the messages of those two codes."""
    message = str(error).lower()
    return "malformed" in message or "not a database" in message


def _describe(error: BaseException) -> str:
    return str(getattr(error, "orig", None) or error) or type(error).__name__
