"""The pieces of a bulk insert of entries (app/store/bulk_import.py, `insert_entries`): the write
transaction begun before anything is read, and the search index filled in one statement after the
rows (their datetimes are written as the ORM stores them: app/store/stored_time.py).

Where 100,000 entries' storing went (the jrnl bench corpus, 2 shared cores; issue 13): the search
index is most of it, ~6 s of FTS5's own work however it is fed (the row trigger, one INSERT ...
SELECT, or FTS5's 'rebuild'); fed by the row trigger it cost ~1 s more, the per-row trigger
program. So the trigger is set aside while the rows go in and the new rows are indexed in one
statement: the same words, positions and counts, in the same order, as the trigger writes. The
entries' own b-tree indexes cost under 0.1 s together (the file comes in date order), and
dropping and making them again cost ~1 s, so they stay. A bigger page cache was slower (its
dirty pages all wait for the commit).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

FTS_TRIGGER = "entries_fts_ai"
# The trigger this knows how to stand in for (revisions 0001, 0004, 0009), spaces aside.
_TRIGGER_SQL = (
    f"CREATE TRIGGER {FTS_TRIGGER} AFTER INSERT ON entries BEGIN "
    "INSERT INTO entries_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
)
_FILL_INDEX = (
    "INSERT INTO entries_fts(rowid, title, body) "
    "SELECT id, title, body FROM entries WHERE id >= ? ORDER BY id"
)
_SAVEPOINT = "trustbridge_bulk_entries"


def insert_trigger(connection: Connection) -> str | None:
    """The entries' insert trigger for the index as stored, if it is the one this stands in for."""
    stored = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_TRIGGER,)
    ).scalar()
    if not isinstance(stored, str) or " ".join(stored.split()) != _TRIGGER_SQL:
        return None
    return stored


def begin_writing(connection: Connection) -> None:
    """Begin the write transaction now, if the driver has not: what is read next (the uuids the
    journal has, its highest id) then holds until the commit, as no other writer can come between.
    The driver itself begins only before an INSERT, UPDATE or DELETE, so a DROP before any would
    also commit on its own."""
    driver = connection.connection.driver_connection
    assert driver is not None
    if not driver.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def indexed_after(connection: Connection, first_id: int) -> Iterator[None]:
    """Rows inserted in the block reach the search index in one statement at its end.

    The block is one unit inside the caller's transaction (a savepoint): the insert trigger is
    dropped, the block inserts, every entry from `first_id` on is indexed, and the trigger is made
    again from its own stored SQL. A failure anywhere undoes all of it, trigger included, before
    the error goes on; the caller's rollback then leaves the file as it was (and a process killed
    meanwhile never committed). If the trigger is not the expected one (a later schema), it stays
    in charge and the block runs as it is. The trigger made again is the same SQL, listed last in
    sqlite_master: that order only decides which of several triggers on one event fires first,
    and entries have one insert trigger.
    """
    begin_writing(connection)
    trigger = insert_trigger(connection)
    driver = connection.connection.driver_connection
    assert driver is not None
    connection.exec_driver_sql(f"SAVEPOINT {_SAVEPOINT}")
    try:
        if trigger is not None:
            connection.exec_driver_sql(f"DROP TRIGGER {FTS_TRIGGER}")
        yield
        if trigger is not None:
            connection.exec_driver_sql(_FILL_INDEX, (first_id,))
            connection.exec_driver_sql(trigger)
    except BaseException:
        if driver.in_transaction:  # SQLite ends it itself after a few faults (a full disk)
            with suppress(DBAPIError):  # the caller's rollback undoes everything anyway
                connection.exec_driver_sql(f"ROLLBACK TO {_SAVEPOINT}")
                connection.exec_driver_sql(f"RELEASE {_SAVEPOINT}")
        raise
    connection.exec_driver_sql(f"RELEASE {_SAVEPOINT}")
