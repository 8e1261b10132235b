"""Revision 0007: the tools' words get a full-text index, filled from what a journal already holds,
kept by triggers, and taken away again on a downgrade."""

from __future__ import annotations

import importlib.util
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from app.domain.search import SourceKind
from app.domain.workbench import GoalMilestone, Stakeholder
from app.paths import database_path
from app.store import schema
from app.store.journal import Journal
from tests.store.test_migrations import migrate, trigger_sql, versions_in
from tests.store.tool_words import CHECKIN, WORDS, checkin, fill_every_tool, goal, plan, word

TABLE = "entries_fts_tools"
DATES = "entries_fts_tools_at"
ROWS = f"SELECT rowid, body, kind, uuid, field, at, detail FROM {TABLE} ORDER BY rowid"
DATE_ROWS = f"SELECT id, kind, at, sort_at FROM {DATES} ORDER BY id"
# What the dates' table must hold: each index row's kind and date under its rowid, a day at noon.
MIRRORED = (f"SELECT rowid, kind, at, CASE WHEN length(at) = 10 THEN at || ' 12:00:00' ELSE at END "
            f"FROM {TABLE} ORDER BY rowid")


def revision() -> ModuleType:
    path = schema.MIGRATIONS_DIR / "versions" / "0007_tool_search.py"
    spec = importlib.util.spec_from_file_location("tool_search_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def index_rows(path: Path) -> list[tuple[object, ...]]:
    """The index's rows, then the dates' table's (kept by the same triggers, by the same rowids)."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(ROWS).fetchall() + conn.execute(DATE_ROWS).fetchall()


def afresh(path: Path) -> list[tuple[object, ...]]:
    """Both as the migration would fill them from the tables now (in a transaction rolled back)."""
    module = revision()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("BEGIN")
        conn.execute(f"DELETE FROM {TABLE}")
        conn.execute(f"DELETE FROM {DATES}")
        for source in module.SOURCES:
            for statement in module.fill(source):
                conn.execute(statement)
        rows = conn.execute(ROWS).fetchall() + conn.execute(DATE_ROWS).fetchall()
        conn.execute("ROLLBACK")
    return rows


def dates_mirror_the_index(path: Path) -> bool:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(DATE_ROWS).fetchall() == conn.execute(MIRRORED).fetchall()


def integrity_ok(path: Path) -> bool:
    with closing(sqlite3.connect(path)) as conn:
        try:
            conn.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            return False
    return True


def table_sql(path: Path, name: str) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row[0])


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    folder = tmp_path / "filled"
    journal = Journal.open(folder)
    try:
        fill_every_tool(journal)
    finally:
        journal.close()
    return folder


def hits_of_every_word(folder: Path) -> dict[str, list[tuple[str, str, str]]]:
    journal = Journal.open(folder)
    try:
        return {written: [(hit.source.value, hit.uuid, hit.field) for hit in journal.search.search(written)]
                for written in WORDS.values()}
    finally:
        journal.close()


def test_a_journal_at_0006_with_tool_rows_is_backed_up_and_its_words_become_searchable(filled: Path) -> None:
    path = database_path(filled)
    before = hits_of_every_word(filled)
    assert all(len(hits) == 1 for hits in before.values())
    migrate(path, "0006", down=True)  # as the previous version left it: the tools' rows, no index of them
    assert table_sql(path, TABLE) is None
    assert not [name for name in trigger_sql(path) if "_search_" in name]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM checkins").fetchone() == (1,)

    assert hits_of_every_word(filled) == before  # opening upgrades it: every word is found where it was
    assert versions_in(path) == [(schema.HEAD_REVISION,)] and schema.HEAD_REVISION == "0011"
    assert index_rows(path) == afresh(path) and len(index_rows(path)) == 2 * len(WORDS)
    assert dates_mirror_the_index(path)
    assert integrity_ok(path)
    backups = list((filled / "backups").glob("before-upgrade-*.sqlite3"))
    assert len(backups) == 1 and versions_in(backups[0]) == [("0006",)]
    assert table_sql(backups[0], TABLE) is None


def test_the_index_is_made_like_the_entries_index(filled: Path) -> None:
    path = database_path(filled)
    tools, entries = table_sql(path, TABLE), table_sql(path, "entries_fts")
    assert tools is not None and entries is not None
    for setting in ("tokenize='unicode61 remove_diacritics 2'", "prefix='1 2'"):
        assert setting in tools and setting in entries
    with closing(sqlite3.connect(path)) as conn:
        settings = dict(conn.execute(f"SELECT k, v FROM {TABLE}_config").fetchall())
    assert settings["hashsize"] == 64 * 1024 * 1024


def test_every_trigger_is_there_at_head(filled: Path) -> None:
    """A later migration that rebuilds a source table drops its triggers: this says so."""
    expected = revision().every_trigger()
    present = trigger_sql(database_path(filled))
    assert {name: present.get(name) for name in expected} == expected
    assert {source.table for source in revision().SOURCES} == {
        "checkins", "feedback", "actions", "goals", "goal_milestones", "plans", "plan_stakeholders",
        "plan_milestones", "evidence", "statement_draft", "statement_versions", "forgiveness_items",
        "decisions", "mood_checks", "leaving_plan",
    }
    slots = [slot for source in revision().SOURCES for _column, slot in source.fields]
    assert sorted(slots) == list(range(len(slots))) and len(slots) < revision().SLOTS


def test_after_many_edits_the_index_equals_one_made_afresh(filled: Path) -> None:
    journal = Journal.open(filled)
    try:
        journal.checkins.save_checkin(checkin(notes="", agenda="a new agenda"))
        journal.plans.save_goal(replace(goal(title="Renamed"), milestones=(
            GoalMilestone(date(2026, 4, 3), success="first"), GoalMilestone(date(2026, 5, 3)))))
        journal.plans.save_plan(replace(plan(), closing_reflection="", stakeholders=(
            Stakeholder("Ana", expectations="clear notes"), Stakeholder("Lee"))))
        journal.feelings.delete_mood_check("mood-1")
        journal.checkins.delete_checkin(CHECKIN)
        journal.statements.save_version(journal.statements.draft().parts, "a second version")
    finally:
        journal.close()
    path = database_path(filled)
    assert index_rows(path) == afresh(path)
    assert dates_mirror_the_index(path)
    assert integrity_ok(path)
    assert not [row for row in index_rows(path) if row[1] == ""]  # an empty field has no row


def test_a_list_position_beyond_its_room_is_left_out_rather_than_clash(filled: Path) -> None:
    path = database_path(filled)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("UPDATE goal_milestones SET position = position + 5000 WHERE position = 1")
    assert not [row for row in index_rows(path) if "goal_milestone" in row[1:3]]
    assert index_rows(path) == afresh(path)
    assert dates_mirror_the_index(path)
    journal = Journal.open(filled)
    try:
        assert journal.search.search(word(SourceKind.GOAL_MILESTONE, "success:1")) == []
        assert len(journal.search.search(word(SourceKind.GOAL, "notes"))) == 1
    finally:
        journal.close()


def test_downgrade_takes_the_index_and_its_triggers_away_and_keeps_the_tools(filled: Path) -> None:
    path = database_path(filled)
    migrate(path, "0006", down=True)
    with closing(sqlite3.connect(path)) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert not {name for name in names if TABLE in name or "_search_" in name}
        assert conn.execute("SELECT notes FROM checkins").fetchone() == (
            f"Written here: {word(SourceKind.CHECKIN, 'notes')} and more.",)
        conn.execute("UPDATE checkins SET notes = 'still writable at 0006'")  # no trigger left behind
        conn.commit()
    migrate(path, "0007")
    assert index_rows(path) == afresh(path)
    journal = Journal.open(filled)
    try:
        assert [hit.field for hit in journal.search.search("writable")] == ["notes"]
    finally:
        journal.close()
