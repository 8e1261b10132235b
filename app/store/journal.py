"""The Journal service: the only door to the database.

Takes and returns frozen dataclasses from `app.domain.records`; each public method is one unit
of work with its own session, so a failed call leaves the file exactly as it was. Inside
`operation()` several calls share one session and one commit (app/store/unit.py).

Opening a file (and refusing a damaged one) lives in app/store/opening.py; the bulk writer an
import uses, in app/store/bulk_import.py; the stage tools' services, in the *_store.py modules.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, delete, func, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.prompt_links import LINKS, linked_field
from app.domain.records import Entry, EntryDraft, EntryKind, EntrySummary
from app.domain.stages import Stage
from app.domain.timeline import local_date, local_day_bounds, system_zone
from app.domain.workbench import BundleReport, ImportBundle
from app.paths import KEY_FILE_NAME, database_path
from app.store.brief_store import BriefStore
from app.store.bulk_import import IMPORT_KINDS, BundleImport, existing_uuids, insert_entries
from app.store.checkin_store import CheckInStore
from app.store.day_entry_sql import day_entry
from app.store.draft_store import DraftStore
from app.store.entry_rows import clean_tags, to_entry
from app.store.errors import InvalidImport, NotFound
from app.store.feelings_store import FeelingsStore
from app.store.health import OpenMarker
from app.store.milestone_store import MilestoneStore
from app.store.models import EntryRow, EntryTagRow, StagePositionRow
from app.store.opening import closed_engine, open_engine
from app.store.personal_words import PersonalWords
from app.store.plan_store import PlanStore
from app.store.prompt_fields import PromptFields
from app.store.search import SearchService
from app.store.statement_store import StatementStore
from app.store.summaries import select_summaries, to_summary
from app.store.timeline import TimelineStore
from app.store.unit import describe, one_operation, unit_of_work, utc_now

__all__ = ["IMPORT_KINDS", "KEY_FILE_NAME", "Journal", "utc_now"]


class Journal:
    """A journal file. Thread-safe in the sense that each call takes its own pooled connection."""

    def __init__(
        self, engine: Engine, path: Path, *, key: bytes | None = None, marker: OpenMarker | None = None,
        upkeep: bool = False,
    ) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.path = path
        self._key = key  # for the read-only connection of `check_integrity`; the engine holds it too
        self._marker = marker  # this open's mark (app/store/health.py), removed at a clean close
        self._closed = False
        self._upkeep = upkeep  # the app holds the data folder: it keeps the planner's statistics
        # The stage workbenches, sharing this journal's sessions (one per call).
        self.statements = StatementStore(self._sessions)
        self.feelings = FeelingsStore(self._sessions)
        self.plans = PlanStore(self._sessions)
        self.milestones = MilestoneStore(self._sessions)
        self.checkins = CheckInStore(self._sessions)
        self.search = SearchService(self._sessions)
        self.timeline = TimelineStore(self._sessions)
        self.briefs = BriefStore(self._sessions)
        self.drafts = DraftStore(self._sessions)
        self.personal_words = PersonalWords(self._sessions)  # the spelling check's own words
        self.prompt_fields = PromptFields(
            self.statements, self.feelings, self.plans, self.milestones, self.checkins, self.drafts
        )

    @classmethod
    def open(cls, data_dir: Path, key: bytes | None = None, *, finish_conversions: bool = False) -> Journal:
        """Open (creating or upgrading) the journal in `data_dir`; raise StorageUnavailable.

        An encrypted journal (it has a key file) needs its data key (app/store/encryption.py
        unlocks it from the passphrase); without one this raises JournalLocked and opens nothing.
        An existing file is checked read-only first: if it is damaged this raises JournalDamaged
        (with the newest backup that checks out) and nothing has written to it.
        `finish_conversions`: the caller holds the data folder (the app), so backups an earlier
        encryption left plain may be converted now, and the query planner's statistics are kept
        current at open and close (app/store/statistics.py). The full integrity check runs only
        after an unclean shutdown (app/store/health.py); `check_integrity` runs it on demand.
        """
        engine, marker = open_engine(data_dir, key, finish_conversions=finish_conversions)
        return cls(engine, database_path(data_dir), key=key, marker=marker, upkeep=finish_conversions)

    def close(self) -> None:
        """Close every connection for good: a call after this raises instead of quietly reopening
        the file (with the key still in the engine) behind a locked window. Then, and only then,
        this open's marker goes: the journal was closed cleanly."""
        if self._upkeep and not self._closed:
            from app.store.statistics import keep_statistics

            keep_statistics(self._engine, at_open=False)  # after an import, say; never raises
        self._engine.dispose()
        self._sessions.configure(bind=closed_engine())
        self._key = None
        self._closed = True
        if self._marker is not None:
            self._marker.release()
            self._marker = None

    def check_integrity(self) -> list[str]:
        """The full check (app/store/health.py) on a read-only connection of its own, while the
        journal stays open: empty when sound, else the problems as an open would say them. A pass
        is recorded (`integrity_check_due`). Safe from a worker thread; it writes nothing to the
        journal. StorageUnavailable when the file can't be read at all, or the journal is closed."""
        from app.store.errors import StorageUnavailable
        from app.store.health import record_check_passed
        from app.store.schema import find_damage

        if self._closed:
            raise StorageUnavailable("The journal is closed (locked, or the app is closing); not checked.")
        problems = find_damage(self.path, self._key, full=True)
        if not problems:
            record_check_passed(self.path.parent)
        return problems

    def integrity_check_due(self, now: datetime) -> bool:
        """Whether the full check last passed a week or more before `now` (aware), or never."""
        from app.store.health import check_due

        return check_due(self.path.parent, now)

    @contextmanager
    def operation(self) -> Iterator[None]:
        """One user action made of several store calls, committed once: all of it or none."""
        with one_operation(self._sessions):
            yield

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        """One session per action; commits at the end, rolls back and translates on failure."""
        with unit_of_work(self._sessions) as session:
            yield session

    # -- entries ---------------------------------------------------------------------------

    def save_entry(self, draft: EntryDraft, *, when: datetime | None = None) -> Entry:
        """Create or update the entry with this uuid (un-deleting it if it was deleted).

        A new entry keeps the computer's zone at `when` (app/domain/timeline.py, `system_zone`):
        the clock the person saw as they wrote. An edit, wherever it is made, keeps the zone the
        entry was written in (None for an entry from before zones were kept).
        """
        now = when or utc_now()
        with self._unit() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.uuid == draft.uuid)).first()
            if row is None:
                row = EntryRow(uuid=draft.uuid, created_at=now, time_zone=system_zone(now))
                session.add(row)
            row.kind = draft.kind.value
            row.stage = draft.stage.value if draft.stage else None
            row.prompt_key = draft.prompt_key
            row.title = draft.title
            row.body = draft.body
            row.updated_at = now
            row.deleted_at = None
            wanted = clean_tags(draft.tags)
            if [t.name for t in row.tags] != wanted:
                row.tags = [EntryTagRow(name=name) for name in wanted]
            session.flush()
            return to_entry(row)

    def get_entry(self, uuid: str) -> Entry:
        with self._unit() as session:
            row = session.scalars(
                select(EntryRow).where(EntryRow.uuid == uuid, EntryRow.deleted_at.is_(None))
            ).first()
            if row is None:
                raise NotFound(f"No entry {uuid}")
            return to_entry(row)

    def delete_entry(self, uuid: str) -> None:
        """Move an entry out of sight; `restore_entry` brings it back until the journal closes."""
        with self._unit() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.uuid == uuid)).first()
            if row is None:
                raise NotFound(f"No entry {uuid}")
            row.deleted_at = utc_now()

    def restore_entry(self, uuid: str) -> Entry:
        with self._unit() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.uuid == uuid)).first()
            if row is None:
                raise NotFound(f"No entry {uuid}")
            row.deleted_at = None
            return to_entry(row)

    def purge_deleted(self) -> None:
        """Remove entries deleted in an earlier session, whose undo has gone with it.

        Only the app calls this, once at start-up while it holds the data folder's lock: a
        command-line export running beside the app must never take away its undo.

        The deleted rows are found from their own partial index (revision 0010), so with none
        deleted this reads nothing; without it, the search for them read the whole table.
        """
        with self._unit() as session:
            session.execute(delete(EntryRow).where(EntryRow.deleted_at.is_not(None)))

    def count_entries(self) -> int:
        with self._unit() as session:
            return session.scalar(
                select(func.count()).select_from(EntryRow).where(EntryRow.deleted_at.is_(None))
            ) or 0

    def list_entries(
        self, limit: int = 200, after: EntrySummary | None = None
    ) -> list[EntrySummary]:
        """Newest first, a page at a time. `after` is the last row of the previous page (keyset)."""
        query = (
            select_summaries()
            .where(EntryRow.deleted_at.is_(None))
            .order_by(EntryRow.created_at.desc(), EntryRow.id.desc())
            .limit(limit)
        )
        if after is not None:
            query = query.where(
                or_(
                    EntryRow.created_at < after.created_at,
                    and_(EntryRow.created_at == after.created_at, EntryRow.id < after.id),
                )
            )
        with self._unit() as session:
            return [
                to_summary(row)
                for row in session.execute(query)
            ]

    def existing_uuids(self, uuids: Sequence[str]) -> set[str]:
        with self._unit() as session:
            return existing_uuids(session, uuids)

    def add_entries(self, entries: Sequence[Entry]) -> int:
        """Insert entries as they are (uuid, timestamps), skipping uuids already present.

        One transaction, so an import is all or nothing; bulk inserts, so 100,000 entries take
        seconds rather than the ORM's minutes.
        """
        with self._unit() as session:
            return insert_entries(session, entries)

    def import_bundle(self, bundle: ImportBundle) -> BundleReport:
        """Add everything in an export that the journal lacks, all or nothing.

        Records whose uuid the journal already has are skipped, so importing a file twice adds
        nothing the second time; the statement draft is taken only if the journal's is blank.
        Raises InvalidImport, with nothing changed, if a record refers to something that is in
        neither the file nor the journal, or holds a value the journal cannot keep.
        """
        with self._unit() as session:
            try:
                return BundleImport(session).run(bundle)
            except IntegrityError as error:
                raise InvalidImport(
                    f"The file holds a value the journal can't keep ({describe(error)}). "
                    "Nothing was imported."
                ) from error

    # -- the guided flow -------------------------------------------------------------------

    def stage_answers(self, stage: Stage) -> list[Entry]:
        """The person's answers in a stage: the newest reflection per prompt."""
        with self._unit() as session:
            rows = session.scalars(
                select(EntryRow)
                .where(
                    EntryRow.kind == EntryKind.REFLECTION.value,
                    EntryRow.stage == stage.value,
                    EntryRow.deleted_at.is_(None),
                )
                .order_by(EntryRow.created_at, EntryRow.id)
            ).all()
            newest: dict[str | None, Entry] = {}
            for row in rows:
                newest[row.prompt_key] = to_entry(row)
            return list(newest.values())

    def answered_prompts(self, *, now: datetime | None = None) -> dict[Stage, set[str]]:
        """For each stage, the prompt keys that have a non-empty answer (in an entry, or in the
        tool a linked prompt writes to)."""
        with self._unit() as session:
            rows = session.execute(
                select(EntryRow.stage, EntryRow.prompt_key)
                .where(
                    EntryRow.kind == EntryKind.REFLECTION.value,
                    EntryRow.deleted_at.is_(None),
                    EntryRow.prompt_key.is_not(None),
                    func.trim(EntryRow.body, " \t\r\n\f\v") != "",
                )
                .distinct()
            ).all()
        answered: dict[Stage, set[str]] = {stage: set() for stage in Stage}
        for stage, key in rows:
            if stage and key and linked_field(Stage(stage), key) is None:
                answered[Stage(stage)].add(key)
        filled = self.prompt_fields.answered(now=now)
        for (stage, key), field in LINKS.items():
            if field in filled:
                answered[stage].add(key)
        return answered

    def stage_position(self, stage: Stage) -> str | None:
        with self._unit() as session:
            row = session.get(StagePositionRow, stage.value)
            return row.prompt_key if row else None

    def set_stage_position(self, stage: Stage, prompt_key: str) -> None:
        with self._unit() as session:
            row = session.get(StagePositionRow, stage.value)
            if row is None:
                session.add(
                    StagePositionRow(stage=stage.value, prompt_key=prompt_key, updated_at=utc_now())
                )
            else:
                row.prompt_key = prompt_key
                row.updated_at = utc_now()

    def last_stage(self) -> Stage | None:
        """The stage the person worked in most recently: the newest answer or move in the flow."""
        with self._unit() as session:
            moved = session.execute(
                select(StagePositionRow.stage, StagePositionRow.updated_at)
                .order_by(StagePositionRow.updated_at.desc())
                .limit(1)
            ).first()
            wrote = session.execute(
                select(EntryRow.stage, EntryRow.updated_at)
                .where(EntryRow.kind == EntryKind.REFLECTION.value, EntryRow.deleted_at.is_(None),
                       EntryRow.stage.is_not(None))
                .order_by(EntryRow.updated_at.desc())
                .limit(1)
            ).first()
        candidates = [row for row in (moved, wrote) if row is not None]
        if not candidates:
            return None
        newest = max(candidates, key=lambda row: row[1])[0]
        return Stage(newest) if newest else None

    def entry_for_day(self, kind: EntryKind, day: date) -> Entry | None:
        """The entry of a once-a-day kind (evening, free) written on a local calendar day: the
        statements the first page's quick read runs too (day_entry_sql.py)."""
        with self._unit() as session:

            def run(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
                return session.execute(text(sql), dict(params)).all()

            return day_entry(run, kind, day)

    def writing_days(self, since: date) -> set[date]:
        """Local calendar days with at least one entry, for streaks."""
        start, _ = local_day_bounds(since)
        with self._unit() as session:
            stamps = session.scalars(
                select(EntryRow.created_at).where(
                    EntryRow.deleted_at.is_(None), EntryRow.created_at >= start
                )
            ).all()
        return {local_date(stamp) for stamp in stamps}  # year 9999 east of UTC: its UTC day

    # -- export ----------------------------------------------------------------------------

    def iter_entries(
        self, batch: int = 500, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[Entry]:
        """Every live entry (written at or after `since` and before `until`, if given), oldest
        first by (created_at, id), a keyset page at a time.

        Not by id: imported entries can be older than ones written here, and a dated export
        (Markdown, grouped by day) needs true time order. The bounds go into the query, so a
        range starts at its first entry instead of reading every older one.
        """
        after: tuple[datetime, int] | None = None
        while True:
            query = (
                select(EntryRow)
                .where(EntryRow.deleted_at.is_(None))
                .order_by(EntryRow.created_at, EntryRow.id)
                .limit(batch)
            )
            if since is not None:
                query = query.where(EntryRow.created_at >= since)
            if until is not None:
                query = query.where(EntryRow.created_at < until)
            if after is not None:
                query = query.where(
                    or_(
                        EntryRow.created_at > after[0],
                        and_(EntryRow.created_at == after[0], EntryRow.id > after[1]),
                    )
                )
            with self._unit() as session:
                entries = [to_entry(row) for row in session.scalars(query).all()]
            if not entries:
                return
            yield from entries
            after = (entries[-1].created_at, entries[-1].id)

    def on_this_day(self, today: date, limit_per_day: int = 3) -> list[tuple[int, list[EntrySummary]]]:
        """What the person wrote 1-4 weeks, 1-3 months and a year before `today`, to look back on.

        Months go by the calendar, clamped to the month's last day (31 March looks back to the
        end of February). Returns (days ago, newest-first summaries) for the days that have any,
        nearest day first; a day reached by two offsets (4 weeks and a month) appears once.
        """
        days: list[date] = [today - timedelta(weeks=weeks) for weeks in (1, 2, 3, 4)]
        for months in (1, 2, 3, 12):
            year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
            month += 1
            last_day = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            days.append(min(date(year, month, 1) + timedelta(days=today.day - 1), last_day))
        found: list[tuple[int, list[EntrySummary]]] = []
        with self._unit() as session:
            for day in sorted(set(days), reverse=True):
                start, end = local_day_bounds(day)
                rows = session.execute(
                    select_summaries()
                    .where(
                        EntryRow.deleted_at.is_(None),
                        EntryRow.created_at >= start,
                        EntryRow.created_at < end,
                    )
                    .order_by(EntryRow.created_at.desc(), EntryRow.id.desc())
                    .limit(limit_per_day)
                ).all()
                if rows:
                    found.append((
                        (today - day).days,
                        [
                            to_summary(row)
                            for row in rows
                        ],
                    ))
        return found
