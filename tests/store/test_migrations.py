"""The schema is Alembic's: head matches, new files are stamped, ORM and migrations agree."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, Table

from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import Plan, PlanStatus, Stakeholder, StatementParts
from app.paths import database_path
from app.store import schema
from app.store.backups import check
from app.store.engine import create_journal_engine
from app.store.errors import JournalTooNew, StorageUnavailable, UpgradeFailed
from app.store.journal import Journal
from app.store.models import Base

REPO_ROOT = Path(__file__).resolve().parents[2]
WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    return config


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """As in migrations/env.py: the FTS5 table and its shadow tables are managed by hand."""
    return not (type_ == "table" and name is not None and name.startswith("entries_fts"))


def versions_in(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchall()


def table_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    return {row[0] for row in rows}


def sample_draft(uuid: str, body: str = "a word or two") -> EntryDraft:
    return EntryDraft(
        uuid=uuid, kind=EntryKind.REFLECTION, body=body, stage=Stage.OWNERSHIP, prompt_key="my-part",
        title="Title", tags=("x", "y"),
    )


@pytest.fixture
def made_journal(tmp_path: Path) -> Iterator[Path]:
    """A data folder holding a closed journal with a couple of entries."""
    folder = tmp_path / "made"
    journal = Journal.open(folder)
    journal.save_entry(sample_draft("one"), when=WHEN)
    journal.save_entry(sample_draft("two", "second body"), when=WHEN)
    journal.set_stage_position(Stage.OWNERSHIP, "my-part")
    journal.close()
    yield folder


def test_head_revision_matches_the_alembic_scripts() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_heads() == [schema.HEAD_REVISION]
    assert scripts.get_current_head() == schema.HEAD_REVISION
    assert schema.known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_a_new_file_is_created_at_head(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "new")
    path = journal.path
    journal.close()
    assert versions_in(path) == [(schema.HEAD_REVISION,)]
    assert {"entries", "entry_tags", "stage_positions", "entries_fts", "alembic_version"} <= table_names(path)
    assert not (tmp_path / "new" / "backups").exists()


def test_current_revision_of_an_empty_file_is_none(tmp_path: Path) -> None:
    engine = create_journal_engine(tmp_path / "empty.sqlite3")
    try:
        assert schema.current_revision(engine) is None
    finally:
        engine.dispose()


def test_the_orm_metadata_matches_the_migrated_schema(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "compare")
    try:
        with journal._engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_object": include_object, "compare_type": True}
            )
            assert compare_metadata(context, Base.metadata) == []

            # The comparison is live: a table the migrations don't create shows up as a difference.
            extended = MetaData()
            for table in Base.metadata.tables.values():
                table.to_metadata(extended)
            Table("not_migrated", extended, Column("id", Integer, primary_key=True))
            diffs = compare_metadata(context, extended)
            assert [diff[0] for diff in diffs] == ["add_table"]
    finally:
        journal.close()


def test_a_journal_from_a_newer_version_is_refused_untouched(made_journal: Path) -> None:
    path = database_path(made_journal)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before = path.read_bytes()
    folder_before = sorted(p.name for p in made_journal.iterdir())

    with pytest.raises(JournalTooNew, match="newer"):
        Journal.open(made_journal)

    assert path.read_bytes() == before
    assert sorted(p.name for p in made_journal.iterdir()) == folder_before
    assert not (made_journal / "backups").exists()


@pytest.mark.slow
def test_opening_a_journal_at_head_does_not_import_alembic(made_journal: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from app.store.journal import Journal; "
        f"Journal.open(Path({str(made_journal)!r})).close(); print('alembic' in sys.modules)"
    )
    env = {**os.environ, "TRUSTBRIDGE_DATA_DIR": str(made_journal)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=50,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path) -> None:
    folder = tmp_path / "roundtrip"
    Journal.open(folder).close()
    path = database_path(folder)
    engine = create_journal_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert table_names(path) == {"alembic_version"}
        assert schema.current_revision(engine) is None

        schema.upgrade_to_head(engine)
        assert schema.current_revision(engine) == schema.HEAD_REVISION
    finally:
        engine.dispose()

    journal = Journal.open(folder)
    try:
        saved = journal.save_entry(sample_draft("after", "rebuilt schema works"), when=WHEN)
        assert journal.get_entry("after") == saved
        with closing(sqlite3.connect(path)) as conn:
            hits = conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'rebuilt'").fetchall()
        assert hits == [(saved.id,)]
    finally:
        journal.close()


def test_backup_copy_is_a_readable_copy_with_the_same_rows(tmp_path: Path) -> None:
    folder = tmp_path / "live"
    journal = Journal.open(folder)
    try:
        for index in range(5):
            journal.save_entry(sample_draft(f"e{index}", f"body number {index}"), when=WHEN)
        # The journal is still open in WAL mode: recent commits may sit in the -wal file only.
        copy = schema.backup_copy(journal.path, tmp_path / "nested" / "backups" / "copy.sqlite3")
    finally:
        journal.close()

    assert copy == tmp_path / "nested" / "backups" / "copy.sqlite3"
    assert copy.stat().st_mode & 0o777 == 0o600 and copy.parent.stat().st_mode & 0o777 == 0o700  # private
    query = (
        "SELECT uuid, kind, stage, prompt_key, title, body, created_at, updated_at FROM entries ORDER BY id"
    )
    with closing(sqlite3.connect(copy)) as backup, closing(sqlite3.connect(database_path(folder))) as source:
        assert backup.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert backup.execute(query).fetchall() == source.execute(query).fetchall()
        assert len(backup.execute(query).fetchall()) == 5
        tags = "SELECT entry_id, name FROM entry_tags ORDER BY entry_id, name"
        assert backup.execute(tags).fetchall() == source.execute(tags).fetchall()
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema.HEAD_REVISION,)
        ]

    # The copy opens as a journal in its own right, already at head.
    restored_folder = tmp_path / "restored"
    restored_folder.mkdir()
    database_path(restored_folder).write_bytes(copy.read_bytes())
    restored = Journal.open(restored_folder)
    try:
        assert restored.count_entries() == 5
        assert restored.get_entry("e3").body == "body number 3"
    finally:
        restored.close()


def index_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='index'").fetchall()
    return {row[0] for row in rows}


def test_a_journal_from_the_first_schema_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    """A 0001 file, as the very first build wrote it, opens at head with every word kept."""
    folder = tmp_path / "old"
    folder.mkdir()
    path = database_path(folder)
    engine = create_journal_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
        assert schema.current_revision(engine) == "0001"
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO entries (uuid, kind, stage, prompt_key, title, body, created_at, updated_at)"
            " VALUES ('old-1', 'reflection', 'ownership', 'did-not-know', 'Title', 'written in 0.1 ✓',"
            " '2026-03-02 09:00:00.000000', '2026-03-02 09:00:00.000000')"
        )
    assert "ix_entries_live_created_at_id" not in index_names(path)

    journal = Journal.open(folder)
    try:
        assert journal.get_entry("old-1").body == "written in 0.1 ✓"
        assert journal.get_entry("old-1").created_at == WHEN
        assert [s.uuid for s in journal.list_entries()] == ["old-1"]
    finally:
        journal.close()
    assert versions_in(path) == [(schema.HEAD_REVISION,)]
    assert {"ix_entries_live_created_at_id", "ix_entries_kind_created_at"} <= index_names(path)
    backups = list((folder / "backups").glob("before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert conn.execute("SELECT body FROM entries").fetchall() == [("written in 0.1 ✓",)]


WORKBENCH_TABLES = {
    "statement_draft", "statement_versions", "mood_checks", "mood_check_emotions", "forgiveness_items",
    "decisions", "plans", "plan_stakeholders", "goals", "goal_milestones", "alignments", "evidence",
    "checkins", "actions", "feedback",
}


def test_a_journal_from_the_guided_journal_schema_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    """A 0002 file, as the guided journal wrote it, opens at head with its entries and new tools."""
    folder = tmp_path / "guided"
    folder.mkdir()
    path = database_path(folder)
    engine = create_journal_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
        assert schema.current_revision(engine) == "0002"
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn, conn:
        for uuid, body in (("g-1", "first of two ✓"), ("g-2", "second of two")):
            conn.execute(
                "INSERT INTO entries (uuid, kind, stage, prompt_key, title, body, created_at, updated_at)"
                " VALUES (?, 'reflection', 'feelings', 'name-it', 'Title', ?,"
                " '2026-03-02 09:00:00.000000', '2026-03-02 09:00:00.000000')",
                (uuid, body),
            )
        conn.execute("INSERT INTO entry_tags (entry_id, name) VALUES (1, 'kept')")
    assert not WORKBENCH_TABLES & table_names(path)

    journal = Journal.open(folder)
    try:
        assert journal.get_entry("g-1").body == "first of two ✓"
        assert journal.get_entry("g-1").tags == ("kept",)
        assert journal.get_entry("g-2").created_at == WHEN
        assert [s.uuid for s in journal.list_entries()] == ["g-2", "g-1"]
        # The new tools work on the upgraded file.
        assert journal.statements.draft().updated_at is None
        assert journal.plans.current_plan() is None
        assert journal.statements.save_version(StatementParts(what_i_own="mine"), "text").number == 1
    finally:
        journal.close()
    assert versions_in(path) == [(schema.HEAD_REVISION,)]
    assert table_names(path) >= WORKBENCH_TABLES
    backups = list((folder / "backups").glob("before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
        assert conn.execute("SELECT body FROM entries ORDER BY id").fetchall() == [
            ("first of two ✓",), ("second of two",)
        ]
        assert not WORKBENCH_TABLES & {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}


def test_downgrade_from_the_workbenches_keeps_the_entries(made_journal: Path) -> None:
    path = database_path(made_journal)
    journal = Journal.open(made_journal)
    try:
        journal.statements.save_draft(StatementParts(what_is_true="true"), "draft")
        plan = Plan(
            uuid="p", start=date(2026, 3, 2), length_days=30, manager="Dana",
            stakeholders=(Stakeholder("Lee"),), status=PlanStatus.ACTIVE, created_at=WHEN, updated_at=WHEN,
        )
        journal.plans.save_plan(plan)
    finally:
        journal.close()
    engine = create_journal_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
        assert schema.current_revision(engine) == "0002"
    finally:
        engine.dispose()
    assert not WORKBENCH_TABLES & table_names(path)
    assert {"ix_entries_live_created_at_id", "ix_entries_kind_created_at"} <= index_names(path)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT uuid FROM entries ORDER BY id").fetchall() == [("one",), ("two",)]

    # Back up again: the tables come back empty, and the entries are untouched.
    journal = Journal.open(made_journal)
    try:
        assert journal.count_entries() == 2
        assert journal.plans.current_plan() is None
        assert journal.statements.draft().updated_at is None
    finally:
        journal.close()


def fts_sql(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'").fetchone()
    return str(row[0])


def trigger_sql(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    return {str(name): str(sql) for name, sql in rows}


def entries_index_triggers(path: Path) -> dict[str, str]:
    """The triggers that keep the entries index (on `entries`), not those of the tools' index."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries'"
        ).fetchall()
    return {str(name): str(sql) for name, sql in rows}


def fts_settings(path: Path) -> dict[str, object]:
    with closing(sqlite3.connect(path)) as conn:
        return dict(conn.execute("SELECT k, v FROM entries_fts_config").fetchall())


def fts_matches_entries(path: Path) -> bool:
    """FTS5's own check of an external-content index against every row of `entries`."""
    with closing(sqlite3.connect(path)) as conn:
        try:
            conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            return False
    return True


def migrate(path: Path, revision: str, *, down: bool = False) -> None:
    engine = create_journal_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
        assert schema.current_revision(engine) == revision
    finally:
        engine.dispose()


def test_a_journal_from_the_workbench_schema_gets_prefix_indexes(tmp_path: Path) -> None:
    """A 0003 file opens at head, backed up first, and one typed letter finds its entries."""
    folder = tmp_path / "workbench"
    folder.mkdir()
    path = database_path(folder)
    migrate(path, "0003")
    triggers_before = entries_index_triggers(path)
    with closing(sqlite3.connect(path)) as conn, conn:
        for uuid, title, body in (("w-1", "Weekly review", "written before prefixes ✓"),
                                  ("w-2", "Other", "nothing to see"), ("w-3", "Gone", "wistful and deleted")):
            conn.execute(
                "INSERT INTO entries (uuid, kind, stage, prompt_key, title, body, created_at, updated_at)"
                " VALUES (?, 'free', NULL, NULL, ?, ?, '2026-03-02 09:00:00.000000',"
                " '2026-03-02 09:00:00.000000')",
                (uuid, title, body),
            )
        conn.execute("UPDATE entries SET body = 'nothing to see here' WHERE uuid = 'w-2'")
        conn.execute("UPDATE entries SET deleted_at = '2026-03-03 09:00:00.000000' WHERE uuid = 'w-3'")
    assert "prefix" not in fts_sql(path)

    journal = Journal.open(folder)
    try:
        assert [hit.uuid for hit in journal.search.search("w")] == ["w-1"]
        assert [hit.uuid for hit in journal.search.search("h")] == ["w-2"]
        assert [hit.uuid for hit in journal.search.search("prefixes ✓")] == ["w-1"]
        # The remade triggers keep the index in step with later writes.
        journal.save_entry(sample_draft("w-4", "wonderful day"), when=WHEN)
        assert {hit.uuid for hit in journal.search.search("wo")} == {"w-4"}
        journal.delete_entry("w-4")
        journal.purge_deleted()
        assert journal.search.search("wo") == []
    finally:
        journal.close()
    assert versions_in(path) == [(schema.HEAD_REVISION,)]
    assert "prefix='1 2'" in fts_sql(path)
    assert fts_settings(path)["hashsize"] == 64 * 1024 * 1024  # big imports write few, large segments
    assert entries_index_triggers(path) == triggers_before
    assert fts_matches_entries(path)
    backups = list((folder / "backups").glob("before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert versions_in(backups[0]) == [("0003",)]
    assert "prefix" not in fts_sql(backups[0])


def test_downgrade_from_prefix_indexes_restores_the_plain_index(made_journal: Path) -> None:
    path = database_path(made_journal)
    triggers_at_head = entries_index_triggers(path)
    assert "prefix='1 2'" in fts_sql(path)
    migrate(path, "0003", down=True)
    assert "prefix" not in fts_sql(path)
    assert "hashsize" not in fts_settings(path)
    assert "tokenize='unicode61 remove_diacritics 2'" in fts_sql(path)
    assert "content='entries', content_rowid='id'" in fts_sql(path)
    assert entries_index_triggers(path) == triggers_at_head
    assert fts_matches_entries(path)
    with closing(sqlite3.connect(path)) as conn:
        found = conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'second'").fetchone()
        assert found == (1,)

    journal = Journal.open(made_journal)  # and up again, with a backup of the 0003 file
    try:
        assert [hit.uuid for hit in journal.search.search("s")] == ["two"]
        assert journal.count_entries() == 2
    finally:
        journal.close()
    assert "prefix='1 2'" in fts_sql(path)
    assert fts_matches_entries(path)


def test_the_integrity_check_sees_an_index_out_of_step(made_journal: Path) -> None:
    """The check the migration tests lean on does fail when the index and the entries disagree."""
    path = database_path(made_journal)
    assert fts_matches_entries(path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DROP TRIGGER entries_fts_au")
        conn.execute("UPDATE entries SET body = 'changed behind the index' WHERE uuid = 'one'")
    assert not fts_matches_entries(path)


def schema_objects(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute("SELECT type, name FROM sqlite_master").fetchall())


def entries_digest(path: Path) -> str:
    import hashlib

    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT * FROM entries ORDER BY id").fetchall()
        tags = conn.execute("SELECT * FROM entry_tags ORDER BY entry_id, name").fetchall()
    return hashlib.sha256(repr((rows, tags)).encode()).hexdigest()


def old_journal_with_entries(folder: Path, revision: str) -> Path:
    folder.mkdir()
    path = database_path(folder)
    migrate(path, revision)
    with closing(sqlite3.connect(path)) as conn, conn:
        for uuid, body in (("o-1", "kept through a failed upgrade ✓"), ("o-2", "and this one")):
            conn.execute(
                "INSERT INTO entries (uuid, kind, stage, prompt_key, title, body, created_at, updated_at)"
                " VALUES (?, 'free', NULL, NULL, 'Title', ?, '2026-03-02 09:00:00.000000',"
                " '2026-03-02 09:00:00.000000')",
                (uuid, body),
            )
        conn.execute("INSERT INTO entry_tags (entry_id, name) VALUES (1, 'kept')")
    return path


def test_a_migration_that_fails_midway_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    """Steps 0002 and 0003 run in one transaction: 0003 failing on its last table undoes them all."""
    folder = tmp_path / "failing"
    path = old_journal_with_entries(folder, "0001")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE feedback (id INTEGER PRIMARY KEY)")  # the last table 0003 makes
    objects, digest, data = schema_objects(path), entries_digest(path), path.read_bytes()

    with pytest.raises(UpgradeFailed, match="undone") as caught:
        Journal.open(folder)
    assert "feedback" in str(caught.value)  # says what went wrong

    assert versions_in(path) == [("0001",)]
    assert schema_objects(path) == objects  # no index from 0002, no table from 0003
    assert entries_digest(path) == digest
    assert path.read_bytes() == data
    assert sorted(p.name for p in folder.iterdir()) == ["backups", "journal.sqlite3"]  # no -wal left
    backups = list((folder / "backups").glob("before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert check(backups[0]).ok and check(backups[0]).entries == 2
    assert versions_in(backups[0]) == [("0001",)]
    assert entries_digest(backups[0]) == digest


def test_an_upgrade_whose_backup_fails_does_not_start(tmp_path: Path) -> None:
    folder = tmp_path / "no-backup"
    path = old_journal_with_entries(folder, "0003")
    (folder / "backups").write_text("a file where the backups folder should be")
    objects, data = schema_objects(path), path.read_bytes()

    with pytest.raises(UpgradeFailed, match="did not start") as caught:
        Journal.open(folder)
    assert isinstance(caught.value, StorageUnavailable)
    assert versions_in(path) == [("0003",)]
    assert schema_objects(path) == objects
    assert path.read_bytes() == data


def test_a_new_file_is_made_in_one_transaction(tmp_path: Path) -> None:
    """Even the first DDL is inside the transaction: a new journal is whole or not there."""
    engine = create_journal_engine(tmp_path / "fresh.sqlite3")
    try:
        schema.upgrade_to_head(engine)
        assert schema.current_revision(engine) == schema.HEAD_REVISION
        with engine.connect() as conn:  # the driver's own transaction handling is back for the pool
            assert conn.connection.driver_connection.isolation_level == ""  # type: ignore[union-attr]
    finally:
        engine.dispose()


def test_the_before_upgrade_backup_is_a_checked_one(tmp_path: Path) -> None:
    folder = tmp_path / "checked"
    path = old_journal_with_entries(folder, "0003")
    digest = entries_digest(path)
    Journal.open(folder).close()
    backups = list((folder / "backups").glob("before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert backups[0].stat().st_mode & 0o777 == 0o600
    assert check(backups[0]).ok
    assert entries_digest(backups[0]) == digest and versions_in(backups[0]) == [("0003",)]
