"""One session per call, shared by the Journal and every workbench service.

A public store method is one unit of work: it commits at the end, or rolls back and leaves the
file exactly as it was. The environment's faults become StorageUnavailable carrying only the
driver's message, never the SQL parameters (they hold the person's own words).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.store.errors import NotFound, Rejected, StorageUnavailable
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


@contextmanager
def unit_of_work(sessions: SessionFactory) -> Iterator[Session]:
    """Commit at the end; on failure roll back, translating the environment's faults."""
    session = sessions()
    try:
        yield session
        session.commit()
    except IntegrityError as error:
        session.rollback()
        cause = error.orig if isinstance(error.orig, BaseException) else None
        raise Rejected(f"The journal refused a value that breaks its rules: {describe(error)}.") from cause
    except (OperationalError, DBAPIError) as error:
        session.rollback()
        # Chained to the driver's own error: SQLAlchemy's wrapper would carry the statement's
        # parameters into any logged traceback, and those are the person's words.
        cause = error.orig if isinstance(error.orig, BaseException) else None
        raise StorageUnavailable(f"The journal could not be saved: {describe(error)}.") from cause
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


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
