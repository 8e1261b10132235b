"""Every test gets its own data folder; nothing touches the real user's journal or settings.

Two session-wide savings keep the suite fast without changing what any test checks:
- A new journal is made from a template: Alembic runs once per session (per xdist worker) into
  a template file, and every later new file gets the same schema and rows in one transaction
  (checked equal to the migrated template, table by table, when the template is made).
  tests/store/test_migrations.py always runs the real migrations.
- Argon2id results are remembered for the session by (secret, salt, parameters): the same inputs
  give the same key. Key wraps made in a test use one salt per session (data keys, nonces and
  recovery codes stay random), so the test passphrase's key is derived once, not in every test.
  The parameters (the production strength) are untouched; tests/store/test_keys.py always runs
  the real derivation with fresh salts.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Test files that check the real thing, so they get it whatever the session's savings.
REAL_MIGRATIONS = frozenset({"test_migrations.py"})
REAL_KEY_DERIVATION = frozenset({"test_keys.py"})

Statement = tuple[str, tuple[Any, ...]]


def _schema_of(database: Path) -> tuple[Statement, ...]:
    """What a migrated, empty journal holds, as statements: tables and virtual tables, then
    indexes, views and triggers (shadow tables and SQLite's own come with them), then the rows
    of every table, the full-text index's own included."""
    with closing(sqlite3.connect(database)) as connection:
        kinds = {row[1]: row[2] for row in connection.execute("PRAGMA main.table_list")}
        order = {"table": 0, "index": 1, "view": 2, "trigger": 3}
        objects = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
        statements: list[Statement] = [
            (sql, ())
            for kind, name, sql in sorted(objects, key=lambda row: order[row[0]])
            if not name.startswith("sqlite_") and kinds.get(name) != "shadow"
        ]
        for name, kind in kinds.items():
            if kind not in ("table", "shadow") or name.startswith("sqlite_"):
                continue
            if kind == "shadow":  # the full-text index as the migrations left it (settings, structure)
                statements.append((f'DELETE FROM "{name}"', ()))
            for row in connection.execute(f'SELECT * FROM "{name}"'):
                marks = ", ".join("?" * len(row))
                statements.append((f'INSERT INTO "{name}" VALUES ({marks})', tuple(row)))
    return tuple(statements)


def _contents(database: Path) -> dict[str, object]:
    """Everything that tells two journal files' schema and rows apart (not their page numbers)."""
    with closing(sqlite3.connect(database)) as connection:
        found: dict[str, object] = {
            "objects": sorted(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")),
            "pragmas": [connection.execute(f"PRAGMA {name}").fetchall()
                        for name in ("user_version", "application_id", "encoding", "auto_vacuum")],
            "integrity": connection.execute("PRAGMA integrity_check").fetchall(),
        }
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            if name != "entries_fts":  # its shadow tables hold what it holds
                found[name] = sorted(connection.execute(f'SELECT * FROM "{name}"'), key=repr)
    return found


class TemplateJournal:
    """The statements that make a new journal at head, from one migrated by Alembic."""

    def __init__(self, folder: Path) -> None:
        from app.store.journal import Journal, database_path

        self.folder = folder
        Journal.open(folder / "migrated").close()  # the real migrations, once
        migrated = database_path(folder / "migrated")
        self.statements = _schema_of(migrated)
        real = _real_upgrade()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("app.store.schema.upgrade_to_head", self.upgrade_wrapping(real))
            Journal.open(folder / "copied").close()
        copied = database_path(folder / "copied")
        assert _contents(copied) == _contents(migrated), "the template does not make the migrated journal"

    def upgrade_wrapping(self, real: Callable[[Any], None]) -> Callable[[Any], None]:
        """upgrade_to_head, except that an empty file gets the template in one transaction."""
        from app.store.schema import _is_empty, current_revision

        def upgrade_to_head(engine: Any) -> None:
            if current_revision(engine) is not None or not _is_empty(engine):
                real(engine)  # an older journal is upgraded by its migrations, as ever
                return
            with engine.connect() as connection:
                driver = connection.connection.driver_connection
                managed = driver.isolation_level
                driver.isolation_level = None
                try:
                    driver.execute("BEGIN IMMEDIATE")
                    try:
                        for sql, parameters in self.statements:
                            driver.execute(sql, parameters)
                    except BaseException:
                        driver.execute("ROLLBACK")
                        raise
                    driver.execute("COMMIT")
                finally:
                    driver.isolation_level = managed

        return upgrade_to_head


def _real_upgrade() -> Callable[[Any], None]:
    from app.store import schema

    return schema.upgrade_to_head


@pytest.fixture(scope="session")
def template_journal(tmp_path_factory: pytest.TempPathFactory) -> TemplateJournal:
    return TemplateJournal(tmp_path_factory.mktemp("template-journal"))


_DERIVED: dict[tuple[bytes, bytes, object], bytes] = {}


def remembered_derivation(real: Callable[[bytes, bytes, Any], bytes]) -> Callable[[bytes, bytes, Any], bytes]:
    def derive(secret: bytes, salt: bytes, params: Any) -> bytes:
        key = (bytes(secret), bytes(salt), params)
        if key not in _DERIVED:
            _DERIVED[key] = real(secret, salt, params)
        return _DERIVED[key]

    return derive


class _OneSaltPerSession:
    """app.store.keys' `secrets`, except that a salt is the session's one (see the module's doc)."""

    def __init__(self, salt_bytes: int) -> None:
        self._salt_bytes = salt_bytes
        self._salt = secrets.token_bytes(salt_bytes)

    def __getattr__(self, name: str) -> Any:
        return getattr(secrets, name)

    def token_bytes(self, nbytes: int) -> bytes:
        return self._salt if nbytes == self._salt_bytes else secrets.token_bytes(nbytes)


_SESSION_SALT: list[_OneSaltPerSession] = []


def _one_salt_per_session() -> _OneSaltPerSession:
    from app.store import keys

    # Only the salt is drawn with this length, so nothing else comes out fixed.
    assert keys.SALT_BYTES not in (keys.DATA_KEY_BYTES, keys.NONCE_BYTES)
    if not _SESSION_SALT:
        _SESSION_SALT.append(_OneSaltPerSession(keys.SALT_BYTES))
    return _SESSION_SALT[0]


@pytest.fixture(autouse=True)
def _session_savings(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = request.node.path.name
    if name not in REAL_MIGRATIONS:
        template: TemplateJournal = request.getfixturevalue("template_journal")
        monkeypatch.setattr("app.store.schema.upgrade_to_head", template.upgrade_wrapping(_real_upgrade()))
    if name not in REAL_KEY_DERIVATION:
        from app.store import keys

        monkeypatch.setattr(keys, "_derive", remembered_derivation(keys._derive))
        monkeypatch.setattr(keys, "secrets", _one_salt_per_session())


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TRUSTBRIDGE_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return folder


@pytest.fixture
def journal(data_dir: Path) -> Iterator[object]:
    from app.store.journal import Journal

    opened = Journal.open(data_dir)
    yield opened
    if "PySide6.QtCore" in sys.modules:  # a UI test may leave a worker reading: it finishes first
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
    opened.close()


@pytest.fixture
def _root_logging() -> Iterator[None]:
    """run_gui sets up logging to the data folder; its handlers go again afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


# -- pytest-xdist ---------------------------------------------------------------------------------


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With workers, the files that spawn processes (marked slow) are handed out first, so the
    longest ones do not start last and leave one worker running alone. Order within a file stays."""
    if not getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput"):
        return
    slow_files = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow_files)  # stable: otherwise as collected


# The kill harness's figures come back from whichever worker ran it.

_WORKER_FIGURES = pytest.StashKey[dict[str, object]]()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    figures = getattr(node, "workeroutput", {}).get("kill_figures")
    if figures:
        node.config.stash.setdefault(_WORKER_FIGURES, {}).update(figures)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = terminalreporter.config.stash.get(_WORKER_FIGURES, {})
    if figures:
        from tests.reliability.conftest import kill_summary

        terminalreporter.write_line(kill_summary(figures))


@pytest.fixture
def local_timezone() -> Iterator[Callable[[str | None], None]]:
    """Switch the process's local time zone (TZ and tzset; None: no TZ, the system's files rule),
    put back afterwards: the zone a new entry keeps and the zone "here", never the machine's own."""
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset (POSIX) to change the local time zone")
    before = os.environ.get("TZ")

    def switch(spec: str | None) -> None:
        if spec is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = spec
        time.tzset()

    yield switch
    switch(before)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty home folder as $HOME, without $XDG_CONFIG_HOME: only what a test puts there (a
    jrnl configuration) is found, never the developer's own."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    yield folder
