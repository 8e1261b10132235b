"""A bulk insert fills the search index in one statement after its rows, with the index's insert
trigger set aside meanwhile (app/store/bulk_entries.py): the file ends exactly as the trigger would
have left it, and a failure or a kill at any point leaves it exactly as it was, trigger included."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from app.domain.records import Entry, EntryDraft, EntryKind
from app.store import encryption
from app.store.bulk_entries import FTS_TRIGGER, indexed_after
from app.store.errors import Rejected
from app.store.journal import Journal
from app.store.models import EntryRow
from app.store.stored_time import stored_moment
from tests.store.bulk_setup import own_entries_newest_purged

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "a long walk before the review"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WORDS = ("standup", "feedback", "wörd", "emoji", "title", "s*", "st*", "fe*", "7", "in1*")


def imported(uuid: str, body: str, when: datetime = T0, tags: tuple[str, ...] = ()) -> Entry:
    return Entry(id=0, uuid=uuid, kind=EntryKind.IMPORTED, stage=None, prompt_key=None, title=f"Title {uuid}",
                 body=body, tags=tags, created_at=when, updated_at=when)


def batch(count: int, words: str = "imported standup feedback wörd emoji 🧭", size: int = 0) -> list[Entry]:
    padding = " filler" * (size // 7)
    return [imported(f"in{n}", f"{words} {n}{padding}", T0 + timedelta(minutes=n), ("t", f"n{n % 3}"))
            for n in range(count)]


def dump(journal: Journal) -> list[str]:
    """Everything in the file in its stored order: sqlite_master's rows, each followed by its
    table's rows (the search index's own tables included), through the journal's own driver
    (SQLCipher when encrypted)."""
    found: list[str] = []
    with journal._engine.connect() as connection:
        schema = connection.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        for kind, name, table, sql in schema:
            found.append(repr((kind, name, table, sql)))
            if kind == "table" and not str(sql).startswith("CREATE VIRTUAL"):
                rows = connection.exec_driver_sql(f'SELECT * FROM "{name}"')
                found.extend(repr((name, *row)) for row in rows)
    return found


def checks(journal: Journal) -> tuple[list[Any], list[Any]]:
    """SQLite's integrity check, and FTS5's own check of the entries' index (raises if it fails)."""
    with journal._engine.connect() as connection:
        integrity = list(connection.exec_driver_sql("PRAGMA integrity_check").fetchall())
        connection.exec_driver_sql("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
        trigger = list(connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_TRIGGER,)
        ).fetchall())
    return integrity, trigger


def hits(journal: Journal) -> dict[str, list[int]]:
    with journal._engine.connect() as connection:
        query = "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid"
        return {word: [row[0] for row in connection.exec_driver_sql(query, (word,))] for word in WORDS}


def shadow_tables(journal: Journal) -> list[list[Any]]:
    """The index's own tables, byte for byte: its segments, their terms, and each entry's size."""
    with journal._engine.connect() as connection:
        return [list(connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").fetchall())
                for table in ("entries_fts_data", "entries_fts_idx", "entries_fts_docsize")]


def by_the_trigger(journal: Journal, entries: list[Entry]) -> None:
    """The entries in one INSERT ... SELECT with the insert trigger in charge: what every import
    wrote before the trigger was set aside (the rows as app/store/bulk_import.py makes them)."""
    with journal._engine.begin() as connection:
        first = connection.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM entries").scalar_one()
        connection.exec_driver_sql("CREATE TEMP TABLE staged (id, uuid, title, body, created_at)")
        connection.exec_driver_sql(
            "INSERT INTO temp.staged VALUES (?, ?, ?, ?, ?)",
            [(first + n, entry.uuid, entry.title, entry.body, stored_moment(entry.created_at))
             for n, entry in enumerate(entries)],
        )
        connection.exec_driver_sql(
            "INSERT INTO entries (id, uuid, kind, title, body, created_at, updated_at) "
            "SELECT id, uuid, 'imported', title, body, created_at, created_at FROM temp.staged ORDER BY id"
        )
        connection.exec_driver_sql(
            "INSERT INTO entry_tags (entry_id, name) VALUES (?, ?)",
            [(first + n, name) for n, entry in enumerate(entries) for name in sorted(set(entry.tags))],
        )
        connection.exec_driver_sql("DROP TABLE temp.staged")


@pytest.fixture(params=["plain", "encrypted"])
def pair(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Journal, Journal]]:
    opened = []
    for name in ("bulk", "reference"):
        data_dir = tmp_path / name
        if request.param == "encrypted":
            Journal.open(data_dir).close()
            encryption.encrypt_journal(data_dir, PASSPHRASE)
            opened.append(Journal.open(data_dir, encryption.unlock(data_dir, PASSPHRASE)))
        else:
            opened.append(Journal.open(data_dir))
    yield opened[0], opened[1]
    for journal in opened:
        journal.close()


def test_the_index_and_rows_are_byte_for_byte_what_the_trigger_writes(pair: tuple[Journal, Journal]) -> None:
    """Into a journal with entries of its own (its newest one purged), plain and encrypted."""
    bulk, reference = pair
    for journal in pair:
        own_entries_newest_purged(journal, T0)  # the newest id is free again: both take it
    entries = batch(40)
    assert bulk.add_entries(entries) == 40
    by_the_trigger(reference, entries)
    # Line for line, in an order of their own: the trigger made again comes last in sqlite_master.
    assert sorted(dump(bulk)) == sorted(dump(reference))
    assert shadow_tables(bulk) == shadow_tables(reference)
    assert hits(bulk) == hits(reference) and len(hits(bulk)["standup"]) == 43
    assert checks(bulk) == checks(reference) and checks(bulk)[0] == [("ok",)]
    unchanged = dump(bulk)
    assert bulk.add_entries(entries) == 0  # every uuid known now: nothing added, nothing touched
    assert dump(bulk) == unchanged
    bulk.save_entry(EntryDraft(uuid="in7", kind=EntryKind.IMPORTED, body="rewritten"))  # the trigger is back
    reference.save_entry(EntryDraft(uuid="in7", kind=EntryKind.IMPORTED, body="rewritten"))
    bulk.save_entry(EntryDraft(uuid="after", kind=EntryKind.FREE, body="standup after"), when=T0)
    reference.save_entry(EntryDraft(uuid="after", kind=EntryKind.FREE, body="standup after"), when=T0)
    assert hits(bulk) == hits(reference) and len(hits(bulk)["standup"]) == 43


@pytest.mark.parametrize("where", ["rows", "tags", "index"])
def test_a_failure_midway_leaves_the_journal_exactly_as_it_was(
    journal: Journal, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refusal planted in the file itself (a trigger) stops the import in its second statement of
    rows, in its tags, or halfway through filling the index: nothing of it stays, and the index's
    trigger is there as before."""
    monkeypatch.setattr("app.store.bulk_import.ENTRIES_PER_INSERT", 4)
    journal.save_entry(EntryDraft(uuid="mine", kind=EntryKind.FREE, body="kept standup"), when=T0)
    table, when = {"rows": ("entries", "new.uuid = 'in6'"), "tags": ("entry_tags", "new.name = 'n2'"),
                   "index": ("entries_fts_docsize", "new.id = 7")}[where]
    with journal._engine.begin() as connection:
        connection.exec_driver_sql(
            f"CREATE TRIGGER planted BEFORE INSERT ON {table} WHEN {when} "
            "BEGIN SELECT RAISE(ABORT, 'no'); END"
        )
    before = dump(journal)
    with pytest.raises(Rejected):
        journal.add_entries(batch(10))
    assert dump(journal) == before
    assert checks(journal)[0] == [("ok",)] and checks(journal)[1] != []
    with journal._engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER planted")
    assert journal.add_entries(batch(10)) == 10  # the next import starts clean
    assert len(hits(journal)["standup"]) == 11


def test_the_block_is_undone_even_if_its_caller_went_on_to_commit(journal: Journal) -> None:
    """The set-aside is a unit of its own: a failure inside undoes its rows and brings the trigger
    back, whatever the transaction around it does next."""
    before = dump(journal)
    with journal._unit() as session:
        connection = session.connection()
        with pytest.raises(RuntimeError), indexed_after(connection, 1):
            connection.exec_driver_sql(
                "INSERT INTO entries (id, uuid, kind, title, body, created_at, updated_at) "
                "VALUES (1, 'x', 'free', '', 'standup', '2026-03-02 09:00:00.000000', "
                "'2026-03-02 09:00:00.000000')"
            )
            raise RuntimeError("stopped midway")
    assert dump(journal) == before  # committed: nothing was left to commit
    assert checks(journal)[1] != []


def test_inside_a_larger_operation_it_lands_or_goes_with_the_rest(journal: Journal) -> None:
    """Joined to an operation that has written already (its transaction open), the import is part
    of that one commit: a later failure in the operation takes the import back too."""
    before = dump(journal)
    with pytest.raises(RuntimeError), journal.operation():
        journal.save_entry(EntryDraft(uuid="first", kind=EntryKind.FREE, body="standup first"), when=T0)
        assert journal.add_entries(batch(6)) == 6
        raise RuntimeError("the next step failed")
    assert dump(journal) == before
    with journal.operation():
        journal.save_entry(EntryDraft(uuid="first", kind=EntryKind.FREE, body="standup first"), when=T0)
        assert journal.add_entries(batch(6)) == 6
    assert len(hits(journal)["standup"]) == 7 and checks(journal)[0] == [("ok",)]


def test_no_other_writer_comes_between_what_the_import_reads_and_its_rows(journal: Journal) -> None:
    """Once the import has read the journal's highest id (and the uuids it has), another writer is
    told the journal is busy until the import commits: the ids and uuids it reads stay true."""
    told: list[str] = []

    def another_writer(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if not statement.startswith("SELECT coalesce(max(id), 0) + 1 FROM entries") or told:
            return
        with closing(sqlite3.connect(journal.path, timeout=0)) as other:
            try:
                other.execute(
                    "INSERT INTO entries (uuid, kind, title, body, created_at, updated_at) "
                    "VALUES ('other', 'free', '', 'standup elsewhere', '2026-03-02 09:00:00.000000', "
                    "'2026-03-02 09:00:00.000000')"
                )
                other.commit()
                told.append("written")
            except sqlite3.OperationalError as error:
                told.append(str(error))

    event.listen(journal._engine, "after_cursor_execute", another_writer)
    try:
        assert journal.add_entries(batch(5)) == 5
    finally:
        event.remove(journal._engine, "after_cursor_execute", another_writer)
    assert told == ["database is locked"]
    assert checks(journal)[0] == [("ok",)] and len(hits(journal)["standup"]) == 5


def test_a_trigger_it_does_not_know_stays_in_charge(journal: Journal) -> None:
    """A later schema's insert trigger (here one with a WHEN that always holds) is never dropped: it
    indexes the rows itself."""
    with journal._engine.begin() as connection:
        connection.exec_driver_sql(f"DROP TRIGGER {FTS_TRIGGER}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {FTS_TRIGGER} AFTER INSERT ON entries WHEN new.id IS NOT NULL BEGIN "
            "INSERT INTO entries_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        )
    schema = [line for line in dump(journal) if "TRIGGER" in line]
    assert journal.add_entries([*batch(5), imported("quiet", "other words")]) == 6
    assert len(hits(journal)["standup"]) == 5 and checks(journal)[0] == [("ok",)]
    assert [line for line in dump(journal) if "TRIGGER" in line] == schema


# A child that imports and is killed (SIGKILL, as a crash) just before the named statement runs.
_KILLED_MIDWAY = """
import os, signal, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from sqlalchemy.engine import Connection
from app.domain.records import Entry, EntryKind
from app.store.journal import Journal

from sqlalchemy import event
from sqlalchemy.engine import Engine

def die(*_):
    os.kill(os.getpid(), signal.SIGKILL)

run = Connection.exec_driver_sql
def dying(self, statement, *args, **kwargs):
    if statement.startswith("SELECT coalesce(max(id)"):  # the import's connection, before it writes:
        run(self, "PRAGMA cache_size = 64")  # a small cache, so its rows reach the WAL before the kill
    if statement.startswith(sys.argv[2]):
        die()
    return run(self, statement, *args, **kwargs)
Connection.exec_driver_sql = dying
# For the trigger the test plants in the index's own table: a kill halfway through filling it.
event.listen(Engine, "connect", lambda connection, _: connection.create_function("die", 0, die))
journal = Journal.open(Path(sys.argv[1]))
start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
journal.add_entries([
    Entry(id=0, uuid=f"in{n}", kind=EntryKind.IMPORTED, stage=None, prompt_key=None, title="Killed",
          body="standup " + "words " * 2000, tags=("t",), created_at=start + timedelta(minutes=n),
          updated_at=start + timedelta(minutes=n))
    for n in range(600)
])
print("not killed")
"""


@pytest.mark.parametrize("before", ["INSERT INTO entry_tags", "INSERT INTO entries_fts", "halfway",
                                    "CREATE TRIGGER", "RELEASE"])
def test_a_kill_midway_leaves_the_journal_exactly_as_it_was(tmp_path: Path, before: str) -> None:
    data_dir = tmp_path / "journal"
    journal = Journal.open(data_dir)
    journal.save_entry(EntryDraft(uuid="mine", kind=EntryKind.FREE, body="kept standup"), when=T0)
    if before == "halfway":  # through filling the index, at its 300th entry
        with journal._engine.begin() as connection:
            connection.exec_driver_sql(
                "CREATE TRIGGER planted BEFORE INSERT ON entries_fts_docsize WHEN new.id = 300 "
                "BEGIN SELECT die(); END"
            )
    expected = dump(journal)
    journal.close()
    child = subprocess.run([sys.executable, "-c", _KILLED_MIDWAY, str(data_dir), before], cwd=PROJECT_ROOT,
                           capture_output=True, text=True, timeout=300)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert (data_dir / "journal.sqlite3-wal").stat().st_size > 4_000_000  # it had written rows
    journal = Journal.open(data_dir)  # after a kill: the full check runs, and passes
    try:
        assert dump(journal) == expected
        assert checks(journal)[0] == [("ok",)] and checks(journal)[1] != []
        assert hits(journal)["standup"] == [1]
    finally:
        journal.close()


@pytest.mark.parametrize("moment", [
    T0,
    datetime(2026, 3, 2, 9, 0, 0, 7, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
    datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ZoneInfo("America/New_York")),
    datetime(2024, 3, 31, 2, 30, tzinfo=ZoneInfo("Europe/Berlin")),  # a time the clocks skipped
    datetime(1, 1, 1, 12, 0, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2026, 1, 1, 0, 0, 0, 1, tzinfo=timezone(timedelta(hours=14))),
])
def test_moments_are_stored_in_the_text_the_column_itself_writes(moment: datetime) -> None:
    column = EntryRow.__table__.c.created_at.type
    dialect = sqlite3_dialect()
    processor = column.dialect_impl(dialect).bind_processor(dialect)
    assert processor is not None
    assert stored_moment(moment) == processor(moment)


def test_a_naive_moment_is_refused_as_the_column_refuses_it(journal: Journal) -> None:
    with pytest.raises(ValueError, match="naive"):
        stored_moment(datetime(2026, 3, 2, 9, 0))
    before = dump(journal)
    with pytest.raises(ValueError, match="naive"):
        journal.add_entries([*batch(3), imported("naive", "x", datetime(2026, 3, 2, 9, 0))])
    assert dump(journal) == before


def sqlite3_dialect() -> Any:
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

    return SQLiteDialect_pysqlite()


def test_the_fill_reads_only_new_rows(journal: Journal) -> None:
    """The index statement starts at the first new id, so an entry already indexed is not again."""
    journal.save_entry(EntryDraft(uuid="mine", kind=EntryKind.FREE, body="standup"), when=T0)
    assert journal.add_entries(batch(3)) == 3
    with closing(sqlite3.connect(journal.path)) as conn:
        conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
        words = conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'standup'").fetchone()
    assert words == (4,)
