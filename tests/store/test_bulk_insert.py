"""The bulk insert behind every import (app/store/bulk_import.py): entries go into `entries` many
rows per statement, with the ids SQLite would give them, and the search index gets them in one
statement after (app/store/bulk_entries.py): exactly what a fresh build of the same entries makes.
No temporary table is left on the connection (an earlier version staged the rows in one)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.records import Entry, EntryDraft, EntryKind
from app.io.importers import read_import
from app.paths import database_path
from app.store import encryption
from app.store.errors import Rejected
from app.store.journal import Journal
from tests.store.bulk_setup import own_entries_newest_purged

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WORDS = ("standup", "feedback", "wörd", "emoji", "title", "manager", "s*", "st*", "fe*")


def imported(uuid: str, body: str, when: datetime, tags: tuple[str, ...] = ()) -> Entry:
    return Entry(id=0, uuid=uuid, kind=EntryKind.IMPORTED, stage=None, prompt_key=None, title=f"Title {uuid}",
                 body=body, tags=tags, created_at=when, updated_at=when)


def rows_with_ids(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        entries = conn.execute(
            "SELECT id, uuid, kind, title, body, created_at, updated_at, time_zone FROM entries ORDER BY id"
        ).fetchall()
        tags = conn.execute("SELECT entry_id, name FROM entry_tags ORDER BY entry_id, name").fetchall()
    return [*entries, *tags]


def hits(path: Path) -> dict[str, list[int]]:
    with closing(sqlite3.connect(path)) as conn:
        query = "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid"
        return {word: [row[0] for row in conn.execute(query, (word,))] for word in WORDS}


def vocabulary(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every term of the entries' index with its column, entry and position counts."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, entries_fts, 'col')")
    return conn.execute("SELECT term, col, doc, cnt FROM temp.words ORDER BY term, col").fetchall()


def index_is_a_fresh_build(path: Path) -> bool:
    """FTS5's own check passes, and rebuilding the index from `entries` changes no term or count."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
        before = vocabulary(conn)
        conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")
        after = vocabulary(conn)
        conn.rollback()
    return bool(before) and before == after


def staging_tables(journal: Journal) -> list[str]:
    """Temporary tables on the pooled connection the journal works on (none once an import ends).
    Search's views of its indexes' words (temporary fts5vocab tables) hold nothing: not counted."""
    found: list[str] = []
    with journal._engine.connect() as connection:  # a temporary table lives on its connection
        rows = connection.exec_driver_sql(
            "SELECT name FROM temp.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
        found.extend(str(row[0]) for row in rows)
    return found


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Journal, Journal]]:
    bulk, single = Journal.open(tmp_path / "bulk"), Journal.open(tmp_path / "single")
    yield bulk, single
    bulk.close()
    single.close()


def test_ids_are_the_ones_sqlite_gives_after_a_purged_newest_entry(
    two: tuple[Journal, Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ids follow the highest one in the file, as SQLite's own rowid choice does, across statements."""
    monkeypatch.setattr("app.store.bulk_import.ENTRIES_PER_INSERT", 3)
    bulk, single = two
    for journal in two:
        own_entries_newest_purged(journal, T0)  # the newest id is free again: both take it
    batch = [imported(f"in{n}", f"imported standup feedback wörd {n} 🧭", T0 + timedelta(minutes=n),
                      (f"t{n % 3}", "manager") if n % 2 else ()) for n in range(8)]
    assert bulk.add_entries(batch) == 8
    for entry in batch:
        single.add_entries([entry])  # one statement each
    assert rows_with_ids(bulk.path) == rows_with_ids(single.path)
    assert hits(bulk.path) == hits(single.path)
    assert index_is_a_fresh_build(bulk.path)


def test_a_jrnl_file_imported_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    source = tmp_path / "journal.txt"
    source.write_text(
        "[2024-05-01 09:30] Standup notes. The manager asked for feedback @work\n\n"
        "[2024-05-02 18:00] Evening *\nStill thinking about the standup #worry\n\n"
        "[2024-05-02 18:00] Evening *\nStill thinking about the standup #worry\n",  # a repeat: two entries
        encoding="utf-8",
    )
    journal = Journal.open(tmp_path / "journal")
    try:
        first = journal.import_bundle(read_import(source))
        second = journal.import_bundle(read_import(source))
        assert (first.added["entries"], first.skipped["entries"]) == (3, 0)
        assert (second.added["entries"], second.skipped["entries"]) == (0, 3)
        assert journal.count_entries() == 3
        assert sorted(journal.get_entry(hit.uuid).title for hit in journal.search.search("standup")) == [
            "Evening", "Evening", "Standup notes. The manager asked for feedback @work"]
        assert index_is_a_fresh_build(journal.path)
        assert staging_tables(journal) == []
    finally:
        journal.close()


def test_a_refused_entry_leaves_no_rows_no_index_words_and_no_staging_table(journal: Journal) -> None:
    journal.save_entry(EntryDraft(uuid="mine", kind=EntryKind.FREE, body="kept"), when=T0)
    good = [imported(f"g{n}", "fine standup words", T0) for n in range(5)]
    bad = replace(imported("bad", "refused", T0), kind=_FakeKind("not-a-kind"))  # type: ignore[arg-type]
    with pytest.raises(Rejected):
        journal.add_entries([*good, bad])
    assert journal.count_entries() == 1
    assert hits(journal.path)["standup"] == []
    assert index_is_a_fresh_build(journal.path)
    assert journal.add_entries(good) == 5  # the next import starts clean
    assert staging_tables(journal) == []
    assert len(hits(journal.path)["standup"]) == 5


def test_an_encrypted_journal_stages_in_memory_and_keeps_nothing_readable(tmp_path: Path) -> None:
    """SQLCipher keeps temporary tables in memory (built with TEMP_STORE=2), and an import stages
    none anyway: the words on their way in never reach a plain file."""
    canary = "marigold-canary-7f3a"
    data_dir = tmp_path / "journal"
    Journal.open(data_dir).close()
    encryption.encrypt_journal(data_dir, "a long walk before the review")
    journal = Journal.open(data_dir, encryption.unlock(data_dir, "a long walk before the review"))
    try:
        with journal._engine.connect() as connection:
            options = {str(row[0]) for row in connection.exec_driver_sql("PRAGMA compile_options")}
            temp_store = connection.exec_driver_sql("PRAGMA temp_store").scalar_one()
        assert temp_store == 0 and options & {"TEMP_STORE=2", "TEMP_STORE=3"}, (temp_store, options)
        batch = [imported(f"in{n}", f"{canary} standup {n}", T0 + timedelta(minutes=n)) for n in range(30)]
        assert journal.add_entries(batch) == 30
        assert len(journal.search.search("marigold")) == 30
        assert staging_tables(journal) == []
    finally:
        journal.close()
    assert not any(canary.encode() in path.read_bytes() for path in data_dir.rglob("*") if path.is_file())
    assert not database_path(data_dir).read_bytes().startswith(b"SQLite format 3")


class _FakeKind:
    """Stands in for an EntryKind the schema's CHECK constraint refuses."""

    def __init__(self, value: str) -> None:
        self.value = value
