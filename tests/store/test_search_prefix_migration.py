"""Revision 0009: the entries' search index keeps one- and two-letter prefix lists, not three.

An upgrade from 0008 keeps every word findable (whole, and by each prefix as it is typed), the
triggers keep the index following edits, and a downgrade puts the three-letter lists back.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.records import EntryDraft, EntryKind
from app.paths import database_path
from app.store import schema
from app.store.journal import Journal
from tests.store.test_migrations import migrate, trigger_sql, versions_in
from tests.store.test_tool_search_migration import table_sql

WORDS = ("kintsugi", "standup", "apricot", "zebra", "quietly", "ab", "x")
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _filled(folder: Path) -> Path:
    journal = Journal.open(folder)
    try:
        for index, written in enumerate(WORDS):
            journal.save_entry(EntryDraft(f"w{index}", EntryKind.FREE, f"Today {written} came up."),
                               when=START + timedelta(days=index))
        journal.delete_entry("w1")  # a deleted entry stays out of every search
        journal.restore_entry("w1")
    finally:
        journal.close()
    return database_path(folder)


def _found(folder: Path) -> dict[str, list[str]]:
    """For each word, who is found by the whole word and by each of its prefixes being typed."""
    journal = Journal.open(folder)
    try:
        found: dict[str, list[str]] = {}
        for written in WORDS:
            for typed in [written + " "] + [written[:size] for size in range(1, len(written) + 1)]:
                found[typed] = sorted(hit.uuid for hit in journal.search.search(typed, limit=100))
        return found
    finally:
        journal.close()


def _prefixes(path: Path, table: str = "entries_fts") -> str:
    sql = table_sql(path, table) or ""
    return sql.split("prefix='")[1].split("'")[0] if "prefix='" in sql else ""


def _entry_triggers(path: Path) -> dict[str, str]:
    return {name: sql for name, sql in trigger_sql(path).items() if name.startswith("entries_fts_")}


def _rows(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM entries_fts").fetchone()[0])


def test_upgrade_from_0008_keeps_every_word_and_prefix_found_and_downgrade_restores(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    path = _filled(folder)
    at_head = _found(folder)
    assert at_head["kintsugi "] == ["w0"] and at_head["k"] == ["w0"] and at_head["zeb"] == ["w3"]
    assert _prefixes(path) == _prefixes(path, "entries_fts_tools") == "1 2"
    triggers = _entry_triggers(path)
    assert set(triggers) == {"entries_fts_ai", "entries_fts_ad", "entries_fts_au"}

    migrate(path, "0008", down=True)
    assert _prefixes(path) == _prefixes(path, "entries_fts_tools") == "1 2 3"
    assert _rows(path) == len(WORDS)
    assert _entry_triggers(path) == triggers

    assert _found(folder) == at_head  # opening upgrades it (a backup first) and nothing is lost
    assert versions_in(path) == [(schema.HEAD_REVISION,)]
    assert _prefixes(path) == _prefixes(path, "entries_fts_tools") == "1 2"
    assert _entry_triggers(path) == triggers
    assert any((folder / "backups").iterdir())

    journal = Journal.open(folder)  # the triggers keep the rebuilt index following edits
    try:
        journal.save_entry(EntryDraft("w3", EntryKind.FREE, "Now about a giraffe."), when=START)
        assert [hit.uuid for hit in journal.search.search("gir")] == ["w3"]
        assert journal.search.search("zebra") == []
    finally:
        journal.close()
