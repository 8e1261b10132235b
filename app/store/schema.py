"""Bring a journal file to the current schema: create it, leave it, or back it up and upgrade.

Checking the version is a single query, so a journal already at head never imports Alembic.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text

from app.store.errors import JournalTooNew

log = logging.getLogger(__name__)

HEAD_REVISION = "0004"  # tests check this equals Alembic's head
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
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


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
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = backup_copy(database, database.parent / "backups" / f"before-upgrade-{stamp}.sqlite3", connect)
    log.info("upgrading journal schema %s -> %s (backup at %s)", revision, HEAD_REVISION, backup)
    upgrade_to_head(engine)
