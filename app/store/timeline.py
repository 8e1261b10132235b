"""Browsing by date: which days hold entries, mood check-ins and meetings; the list by ids."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Integer, bindparam, func, literal, select, union_all
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.elements import ColumnElement

from app.domain.records import EntryKind, EntrySummary
from app.domain.timeline import DayMarks, local_date, local_day_end, local_day_start, month_days
from app.store.models import CheckInRow, EntryRow, MoodCheckRow, UTCDateTime
from app.store.summaries import select_summaries, to_summary
from app.store.unit import SessionFactory, unit_of_work

_CHUNK = 500  # stays well under SQLite's limit on bound parameters


def _live() -> ColumnElement[bool]:
    # Spelled exactly as the partial index's WHERE, so SQLite may use ix_entries_live_created_at_id.
    return EntryRow.deleted_at.is_(None)


# Compiled once: the statement has no parameters, and entry_ids hands it to the DBAPI cursor.
_NEWEST_FIRST_IDS = str(
    select(EntryRow.id)
    .where(_live())
    .order_by(EntryRow.created_at.desc(), EntryRow.id.desc())
    .compile(dialect=sqlite.dialect())
)


_FIRST_INSTANT = datetime.min.replace(tzinfo=UTC)
_LAST_INSTANT = datetime.max.replace(tzinfo=UTC)
_TICK = timedelta(microseconds=1)  # what the journal stores its moments to


def _day_span(day: date) -> tuple[datetime, datetime]:
    """A local day's first and last instants (UTC), both inclusive.

    Inclusive, because no instant after 31 December 9999 23:59:59.999999 exists to end that day
    with; and the calendar's first and last days reach its ends, where `local_date` puts moments
    whose local time would fall outside years 1 to 9999.
    """
    first = _FIRST_INSTANT if day == date.min else local_day_start(day)
    last = _LAST_INSTANT if day == date.max else local_day_end(day) - _TICK
    return first, last


class TimelineStore:
    """Read-only queries for the calendar and the journal list; one session per call."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def month_marks(self, year: int, month: int) -> dict[date, DayMarks]:
        """The local days of a month that hold entries, mood check-ins or check-in meetings.

        One query: a row per local day with its UTC bounds, each counted by a range scan of an
        index (entries, mood checks, check-ins), so the cost follows the month, not the journal.
        """
        days = month_days(year, month)
        # Bound parameters rather than literal rows: the statement's shape depends only on the
        # month's length, so SQLAlchemy compiles it once per length and reuses it (~10 ms saved).
        rows = [
            select(
                literal(n, Integer).label("n"),
                bindparam(f"start{n}", type_=UTCDateTime()).label("start"),
                bindparam(f"last{n}", type_=UTCDateTime()).label("last"),
            )
            for n in range(len(days))
        ]
        params: dict[str, datetime] = {}
        for n, day in enumerate(days):
            params[f"start{n}"], params[f"last{n}"] = _day_span(day)
        days_cte = union_all(*rows).cte("days")
        start, last = days_cte.c.start, days_cte.c.last
        entries = (
            select(func.count())
            .select_from(EntryRow)
            .where(_live(), EntryRow.created_at >= start, EntryRow.created_at <= last)
            .scalar_subquery()
        )
        mood = (
            select(MoodCheckRow.mood)
            .where(MoodCheckRow.at >= start, MoodCheckRow.at <= last)
            .order_by(MoodCheckRow.at.desc(), MoodCheckRow.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        meetings = (
            select(func.count())
            .select_from(CheckInRow)
            .where(CheckInRow.scheduled_at >= start, CheckInRow.scheduled_at <= last)
            .scalar_subquery()
        )
        query = select(days_cte.c.n, entries, mood, meetings).select_from(days_cte)
        with unit_of_work(self._sessions) as session:
            found = session.execute(query, params).all()
        marks: dict[date, DayMarks] = {}
        for n, entry_count, latest_mood, meeting_count in found:
            if entry_count or latest_mood is not None or meeting_count:
                day = days[n]
                marks[day] = DayMarks(day, entry_count or 0, latest_mood, meeting_count or 0)
        return marks

    def entry_ids(self, limit: int | None = None, offset: int = 0) -> list[int]:
        """Live entries' ids, newest first (all, or `limit` from `offset`): a walk of the live index
        without reading a row. All of them take ~30 ms at 100,000 entries; a page from the top, none.
        """
        with unit_of_work(self._sessions) as session:
            # The DBAPI cursor directly: 100,000 ids through SQLAlchemy's Row objects cost ~3x.
            cursor = session.connection().connection.cursor()
            try:
                if limit is None and not offset:
                    rows = cursor.execute(_NEWEST_FIRST_IDS)
                else:
                    rows = cursor.execute(f"{_NEWEST_FIRST_IDS} LIMIT ? OFFSET ?",
                                          (-1 if limit is None else limit, offset))
                return [entry_id for (entry_id,) in rows]
            finally:
                cursor.close()

    def live_count(self) -> int:
        """How many entries the list holds: a COUNT over the live index (~5 ms at 100,000)."""
        with unit_of_work(self._sessions) as session:
            return session.scalar(select(func.count()).select_from(EntryRow).where(_live())) or 0

    def summaries(self, ids: Sequence[int]) -> list[EntrySummary]:
        """The list rows for these ids, in the order given; ids that are gone are skipped."""
        found: dict[int, EntrySummary] = {}
        unique = list(dict.fromkeys(ids))
        with unit_of_work(self._sessions) as session:
            for offset in range(0, len(unique), _CHUNK):
                chunk = unique[offset : offset + _CHUNK]
                rows = session.execute(
                    select_summaries().where(EntryRow.id.in_(chunk), _live())
                )
                for row in rows:
                    found[row[0]] = to_summary(row)
        return [found[entry_id] for entry_id in ids if entry_id in found]

    def first_index_on_or_before(self, day: date) -> int:
        """Where a local day starts in the newest-first list: how many live entries are newer.

        The row at that position is the newest entry written on or before `day` (if the count
        equals the list's length, nothing is that old). A COUNT over the live index.
        """
        _, last = _day_span(day)
        with unit_of_work(self._sessions) as session:
            return session.scalar(
                select(func.count()).select_from(EntryRow).where(_live(), EntryRow.created_at > last)
            ) or 0

    def days_of(self, kind: EntryKind, at_most: int) -> set[date]:
        """Up to `at_most` local days with a live entry of this kind, the newest first: enough to
        tell "the third evening written" (reminders.offer_due) without reading the whole journal.
        Newest first through ix_entries_kind_created_at, a row at a time until enough days are seen."""
        query = (
            select(EntryRow.created_at)
            .where(EntryRow.kind == kind.value, _live())
            .order_by(EntryRow.created_at.desc())
        )
        days: set[date] = set()
        with unit_of_work(self._sessions) as session:
            for stamp in session.scalars(query.execution_options(yield_per=50)):
                days.add(local_date(stamp))
                if len(days) >= at_most:
                    break
        return days
