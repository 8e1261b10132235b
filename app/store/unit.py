"""One session per call, shared by the Journal and every workbench service.

A public store method is one unit of work: it commits at the end, or rolls back and leaves the
file exactly as it was. Inside `one_operation` every store call shares one session and one
commit, so a user action made of several calls (reorder goals, restore an action with its
feedback) lands whole or not at all. The environment's faults become StorageUnavailable carrying
only the driver's message, never the SQL parameters (they hold the person's own words).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.store.errors import NotFound, Rejected, StorageUnavailable, StoreError
from app.store.models import Base

SessionFactory = sessionmaker[Session]
RowT = TypeVar("RowT", bound=Base)

_CHUNK = 500  # stays well under SQLite's limit on bound parameters


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A row just written still holds the caller's datetime; hand it back in UTC like a loaded one."""
    return moment.astimezone(UTC)


# SQLite's words for faults of the machine, said the way a person can act on them.
_PLAIN_WORDS = {
    "database or disk is full": "the disk is full",
    "disk i/o error": "the disk refused the write (it may be full, or the file may have been made read-only)",
    "attempt to write a readonly database": "the journal file is read-only right now",
    "database is locked": "another program is using the journal file",
}


def describe(error: BaseException) -> str:
    """The DBAPI's own message (no statement, no parameters), or the error's type if it has none.

    The faults a person can do something about (a full disk, a read-only file) are put plainly.
    """
    original = getattr(error, "orig", None) or error
    message = str(original).strip()
    return _PLAIN_WORDS.get(message.lower(), message) or type(original).__name__


@dataclass(eq=False)
class _Running:
    """An operation in progress: its journal's factory, its one session, and the store's error
    for a write the file refused inside it (the operation can then only roll back)."""

    sessions: SessionFactory
    session: Session
    failed: StoreError | None = None


# The operations running on this thread, one per journal (factory), outermost first. A ContextVar
# is per thread, so a worker thread reading meanwhile gets its own session as before.
_operations: ContextVar[tuple[_Running, ...]] = ContextVar("_operations", default=())


def _running(sessions: SessionFactory) -> _Running | None:
    return next((running for running in _operations.get() if running.sessions is sessions), None)


def _translated(error: BaseException) -> StoreError | None:
    """The store's own error for a driver fault, or None if `error` is not one."""
    if isinstance(error, IntegrityError):
        return Rejected(f"The journal refused a value that breaks its rules: {describe(error)}.")
    if isinstance(error, (OperationalError, DBAPIError)):
        return StorageUnavailable(f"The journal could not be saved: {describe(error)}.")
    return None


def _raise_translated(error: BaseException) -> None:
    translated = _translated(error)
    if translated is None:
        raise error
    # Chained to the driver's own error: SQLAlchemy's wrapper would carry the statement's
    # parameters into any logged traceback, and those are the person's words.
    cause = getattr(error, "orig", None)
    raise translated from cause if isinstance(cause, BaseException) else None


@contextmanager
def unit_of_work(sessions: SessionFactory) -> Iterator[Session]:
    """Commit at the end; on failure roll back, translating the environment's faults.

    Inside `one_operation` on the same factory it joins that operation's session instead: it
    flushes (so a refused value fails here, at the call that caused it) and leaves the commit,
    or the rollback of everything, to the operation.
    """
    running = _running(sessions)
    if running is not None:
        yield from _joined(running)
        return
    session = sessions()
    try:
        yield session
        session.commit()
    except BaseException as error:
        session.rollback()
        _raise_translated(error)
    finally:
        session.close()


def _joined(running: _Running) -> Iterator[Session]:
    """A store call inside an operation: it flushes at its end, so a value the file refuses fails
    at the call that caused it, and leaves the commit to the operation.

    After such a refusal the operation can only roll back, so every later call (and the end of the
    operation, should the caller have caught the error and gone on) raises the same store error
    again instead of SQLAlchemy's complaint about a session that must roll back first.
    """
    if running.failed is not None:
        raise _again(running.failed)
    try:
        yield running.session
        running.session.flush()
    except (OperationalError, DBAPIError) as error:
        translated = _translated(error)
        assert translated is not None  # both are driver faults
        running.failed = translated
        cause = getattr(error, "orig", None)
        raise translated from cause if isinstance(cause, BaseException) else None


def _again(failed: StoreError) -> StoreError:
    """A fresh copy of an operation's first store error (Rejected or StorageUnavailable)."""
    again = type(failed)(str(failed))
    again.__cause__ = failed
    return again


@contextmanager
def one_operation(sessions: SessionFactory) -> Iterator[None]:
    """Every store call inside shares one session and commits once at the end; any failure
    rolls all of them back. Nested operations on the same journal join the outermost one; an
    operation on another journal inside it is its own, and leaves this one's calls in this one."""
    if _running(sessions) is not None:
        yield
        return
    with unit_of_work(sessions) as session:
        running = _Running(sessions, session)
        token = _operations.set((*_operations.get(), running))
        try:
            yield
        finally:
            _operations.reset(token)
        if running.failed is not None:  # a refusal the caller caught: the commit can't happen
            raise _again(running.failed)


def find(session: Session, model: type[RowT], uuid: str) -> RowT | None:
    """The row of a uuid-keyed table with this uuid, if there is one."""
    return session.scalars(select(model).where(model.__table__.c.uuid == uuid)).first()


def required(session: Session, model: type[RowT], uuid: str, what: str) -> RowT:
    """The row with this uuid, or NotFound naming what was asked for."""
    row = find(session, model, uuid)
    if row is None:
        raise NotFound(f"No {what} {uuid}")
    return row


def id_of(session: Session, model: type[Base], uuid: str, what: str) -> int:
    """The id of the row a DTO refers to by uuid; NotFound if it is not there."""
    table = model.__table__
    found = session.scalar(select(table.c.id).where(table.c.uuid == uuid))
    if found is None:
        raise NotFound(f"No {what} {uuid}")
    return int(found)


def optional_id_of(session: Session, model: type[Base], uuid: str | None, what: str) -> int | None:
    """As id_of, for references that may be absent."""
    return None if uuid is None else id_of(session, model, uuid, what)


def ids_by_uuid(session: Session, model: type[Base], uuids: Collection[str]) -> dict[str, int]:
    """Row ids for those of `uuids` present in a uuid-keyed table, a few hundred per query."""
    table = model.__table__
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for uuid, row_id in session.execute(select(table.c.uuid, table.c.id).where(table.c.uuid.in_(chunk))):
            found[uuid] = row_id
    return found
