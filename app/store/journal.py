"""The Journal service: the only door to the database.

Takes and returns frozen dataclasses from `app.domain.records`; each public method is one unit
of work with its own session, so a failed call leaves the file exactly as it was.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from sqlalchemy import Engine, and_, create_engine, delete, func, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.limits import MAX_TAGS_PER_ENTRY
from app.domain.records import Entry, EntryDraft, EntryKind, EntrySummary
from app.domain.stages import Stage
from app.domain.timeline import local_date, local_day_bounds, local_time
from app.domain.workbench import BundleReport, ImportBundle
from app.paths import database_path
from app.store import checkin_store, feelings_store, plan_store, statement_store
from app.store.brief_store import BriefStore
from app.store.checkin_store import CheckInStore
from app.store.engine import create_journal_engine
from app.store.errors import (
    InvalidImport,
    JournalDamaged,
    JournalLocked,
    KeyFileMissing,
    NotFound,
    Rejected,
    StorageUnavailable,
    WrongPassphrase,
)
from app.store.feelings_store import FeelingsStore
from app.store.models import (
    ActionRow,
    AlignmentRow,
    Base,
    CheckInRow,
    DecisionRow,
    EntryRow,
    EntryTagRow,
    EvidenceRow,
    FeedbackRow,
    ForgivenessRow,
    GoalRow,
    MoodCheckRow,
    PlanRow,
    StagePositionRow,
    StatementVersionRow,
)
from app.store.plan_store import PlanStore
from app.store.schema import ensure_schema, find_damage
from app.store.search import SearchService
from app.store.statement_store import StatementStore
from app.store.summaries import select_summaries, to_summary
from app.store.timeline import TimelineStore
from app.store.unit import describe, ids_by_uuid, one_operation, unit_of_work
from app.store.unit import utc_now as utc_now

if TYPE_CHECKING:  # backups.py loads SQLCipher's module: imported where needed, not at every open
    from app.store.backups import BackupInfo

log = logging.getLogger(__name__)

KEY_FILE_NAME = "journal.key"  # app/store/keys.py's file; named here so a plain open never loads crypto



_describe = describe


def _to_entry(row: EntryRow) -> Entry:
    return Entry(
        id=row.id,
        uuid=row.uuid,
        kind=EntryKind(row.kind),
        stage=Stage(row.stage) if row.stage else None,
        prompt_key=row.prompt_key,
        title=row.title,
        body=row.body,
        tags=tuple(tag.name for tag in row.tags),
        # A row just written still holds the caller's datetimes; hand back UTC like a loaded one.
        created_at=row.created_at.astimezone(UTC),
        updated_at=row.updated_at.astimezone(UTC),
    )


def _clean_tags(tags: Iterable[str]) -> list[str]:
    """Stripped, non-empty, unique and sorted: the order the tag relationship loads them in.

    Rejected beyond MAX_TAGS_PER_ENTRY."""
    seen: set[str] = set()
    for tag in tags:
        name = tag.strip()[:100].strip()  # cut, then strip again: a re-import must not change it
        if name:
            seen.add(name)
    if len(seen) > MAX_TAGS_PER_ENTRY:  # what imports refuse: an export of it must import back
        raise Rejected(f"An entry can hold at most {MAX_TAGS_PER_ENTRY:,} tags; this one would have "
                       f"{len(seen):,}. Nothing was saved.")
    return sorted(seen)


_UUIDS_PER_QUERY = 500
_ENTRY_COLUMNS = ("uuid", "kind", "stage", "prompt_key", "title", "body", "created_at", "updated_at")
# Entries per INSERT statement: 8 parameters each stays under SQLite's default limit of 32,766.
# FTS5 writes out what its triggers gathered at the end of every statement (each statement is a
# savepoint), so one statement per entry left 100,000 tiny index segments to merge over and
# over; a few thousand per statement lets it write a few large ones, twice as fast at 100k.
_ENTRIES_PER_INSERT = 32_766 // len(_ENTRY_COLUMNS)


def _existing_uuids(session: Session, uuids: Sequence[str]) -> set[str]:
    connection = session.connection()
    found: set[str] = set()
    for start in range(0, len(uuids), _UUIDS_PER_QUERY):
        chunk = tuple(uuids[start : start + _UUIDS_PER_QUERY])
        marks = ", ".join("?" * len(chunk))
        rows = connection.exec_driver_sql(f"SELECT uuid FROM entries WHERE uuid IN ({marks})", chunk)
        found.update(row[0] for row in rows)
    return found


def _insert_entries(session: Session, entries: Sequence[Entry]) -> int:
    """Bulk-insert the entries whose uuid the journal lacks (first of any repeats); return how many.

    Straight to the driver in multi-row statements, inside the session's transaction (so still
    all or nothing, and errors still arrive as SQLAlchemy's): the ORM's insert with RETURNING
    went row by row. The FTS triggers stay in charge of the index, so it is exactly what the
    same entries saved one at a time would give. Datetimes go through the column type's own
    processor, so they are stored in the very text the ORM writes.
    """
    known = _existing_uuids(session, [entry.uuid for entry in entries])
    fresh: list[Entry] = []
    for entry in entries:
        if entry.uuid not in known:
            known.add(entry.uuid)
            fresh.append(entry)
    if not fresh:
        return 0
    connection = session.connection()
    moment_type = EntryRow.__table__.c.created_at.type
    stored = moment_type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    assert stored is not None  # UTCDateTime always converts: aware UTC in, naive text out
    row_marks = "(" + ", ".join("?" * len(_ENTRY_COLUMNS)) + ")"
    ids: dict[str, int] = {}
    for start in range(0, len(fresh), _ENTRIES_PER_INSERT):
        chunk = fresh[start : start + _ENTRIES_PER_INSERT]
        values: list[object] = []
        for entry in chunk:
            values += (
                entry.uuid, entry.kind.value, entry.stage.value if entry.stage else None, entry.prompt_key,
                entry.title, entry.body, stored(entry.created_at), stored(entry.updated_at),
            )
        rows = connection.exec_driver_sql(
            f"INSERT INTO entries ({', '.join(_ENTRY_COLUMNS)}) VALUES {', '.join([row_marks] * len(chunk))}"
            " RETURNING id, uuid",
            tuple(values),
        )
        ids.update((row[1], row[0]) for row in rows)
    tags = [(ids[entry.uuid], name) for entry in fresh for name in _clean_tags(entry.tags)]
    if tags:
        connection.exec_driver_sql("INSERT INTO entry_tags (entry_id, name) VALUES (?, ?)", tags)
    return len(fresh)


IMPORT_KINDS = (
    "entries", "statement_versions", "mood_checks", "forgiveness", "decisions", "plans", "goals",
    "alignments", "evidence", "checkins", "actions", "feedback", "statement_draft",
)


class _HasUuid(Protocol):
    @property
    def uuid(self) -> str: ...


_RecordT = TypeVar("_RecordT", bound=_HasUuid)


class _BundleImport:
    """Adds one bundle inside the caller's transaction, counting what it adds and skips.

    Parents go in before their children, so a reference resolves to a row from the bundle or
    one the journal already had; one that resolves to neither stops the whole import.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.added = dict.fromkeys(IMPORT_KINDS, 0)
        self.skipped = dict.fromkeys(IMPORT_KINDS, 0)

    def fresh(self, kind: str, model: type[Base], records: Sequence[_RecordT]) -> list[_RecordT]:
        """The records whose uuid the journal lacks, first of any repeats; counted per kind."""
        present = set(ids_by_uuid(self.session, model, [record.uuid for record in records]))
        fresh: list[_RecordT] = []
        for record in records:
            if record.uuid not in present:
                present.add(record.uuid)
                fresh.append(record)
        self.added[kind] = len(fresh)
        self.skipped[kind] = len(records) - len(fresh)
        return fresh

    def resolve(self, model: type[Base], uuids: Iterable[str | None], what: str) -> dict[str, int]:
        """Ids for the referenced uuids, every one of which must be in the journal by now."""
        wanted = {uuid for uuid in uuids if uuid is not None}
        found = ids_by_uuid(self.session, model, wanted)
        missing = sorted(wanted - found.keys())
        if missing:
            raise InvalidImport(
                f"The file refers to {what} {missing[0]}, which is neither in the file nor in this "
                "journal. Nothing was imported."
            )
        return found

    def add(self, rows: Sequence[Base]) -> None:
        self.session.add_all(rows)
        self.session.flush()

    def run(self, bundle: ImportBundle) -> BundleReport:
        added = _insert_entries(self.session, bundle.entries)
        self.added["entries"], self.skipped["entries"] = added, len(bundle.entries) - added
        self._statement(bundle)

        moods = self.fresh("mood_checks", MoodCheckRow, bundle.mood_checks)
        self.add([feelings_store.mood_check_row(check) for check in moods])
        items = self.fresh("forgiveness", ForgivenessRow, bundle.forgiveness)
        self.add([feelings_store.forgiveness_row(item) for item in items])
        sittings = self.fresh("decisions", DecisionRow, bundle.decisions)
        self.add([feelings_store.decision_row(sitting) for sitting in sittings])

        plans = self.fresh("plans", PlanRow, bundle.plans)
        self.add([plan_store.plan_row(plan) for plan in plans])
        goals = self.fresh("goals", GoalRow, bundle.goals)
        alignments = self.fresh("alignments", AlignmentRow, bundle.alignments)
        plan_ids = self.resolve(
            PlanRow, [g.plan_uuid for g in goals] + [a.plan_uuid for a in alignments], "a plan"
        )
        self.add([plan_store.goal_row(goal, plan_ids[goal.plan_uuid]) for goal in goals])
        self.add([plan_store.alignment_row(a, plan_ids[a.plan_uuid]) for a in alignments])

        evidence = self.fresh("evidence", EvidenceRow, bundle.evidence)
        checkins = self.fresh("checkins", CheckInRow, bundle.checkins)
        actions = self.fresh("actions", ActionRow, bundle.actions)
        feedback = self.fresh("feedback", FeedbackRow, bundle.feedback)
        goal_refs = [e.goal_uuid for e in evidence] + [a.goal_uuid for a in actions]
        goal_ids = self.resolve(GoalRow, goal_refs + [f.goal_uuid for f in feedback], "a goal")
        self.add([plan_store.evidence_row(e, _get(goal_ids, e.goal_uuid)) for e in evidence])

        self.add([checkin_store.checkin_row(checkin) for checkin in checkins])
        checkin_ids = self.resolve(
            CheckInRow,
            [a.checkin_uuid for a in actions] + [f.checkin_uuid for f in feedback],
            "a check-in",
        )
        self.add([
            checkin_store.action_row(a, _get(goal_ids, a.goal_uuid), _get(checkin_ids, a.checkin_uuid))
            for a in actions
        ])
        action_ids = self.resolve(ActionRow, [f.action_uuid for f in feedback], "an action")
        self.add([
            checkin_store.feedback_row(
                f, checkin_ids[f.checkin_uuid], _get(goal_ids, f.goal_uuid), _get(action_ids, f.action_uuid)
            )
            for f in feedback
        ])
        return BundleReport(added=self.added, skipped=self.skipped)

    def _statement(self, bundle: ImportBundle) -> None:
        versions = self.fresh("statement_versions", StatementVersionRow, bundle.statement_versions)
        final_taken = statement_store.has_final(self.session)
        rows = []
        for version in versions:
            row = statement_store.version_row(version)
            if row.is_final:
                row.is_final = not final_taken  # the journal's own final choice wins
                final_taken = True
            rows.append(row)
        self.add(rows)

        draft = bundle.statement_draft
        if draft is None:
            return
        if statement_store.is_blank(draft) or not statement_store.is_blank(
            statement_store.load_draft(self.session)
        ):
            self.skipped["statement_draft"] = 1
            return
        statement_store.write_draft(self.session, draft.parts, draft.text, draft.updated_at)
        self.added["statement_draft"] = 1


def _get(ids: dict[str, int], uuid: str | None) -> int | None:
    return None if uuid is None else ids[uuid]


def _closed_engine() -> Engine:
    """An engine that never connects: what a closed journal's services are left holding."""

    def refuse() -> sqlite3.Connection:
        raise StorageUnavailable("The journal is closed (locked, or the app is closing). Nothing was saved.")

    return create_engine("sqlite://", creator=refuse)


def _refuse_damaged(
    data_dir: Path, path: Path, key: bytes | None, connect: Callable[[Path], sqlite3.Connection]
) -> None:
    """Raise JournalDamaged if the existing file fails its read-only check; write nothing to it.

    Runs before the engine exists, because the engine's first connection switches the file to
    WAL and the schema check may upgrade it: neither may touch a damaged file. An empty file is
    damage too: only a missing one is a new journal.
    """
    problems = find_damage(path, key)  # StorageUnavailable if it can't be read at all
    if not problems:
        return
    from app.store.backups import backups_dir, newest_good_backup

    # info, not error: the caller says it to the person (a page, one line), and a command line with
    # no log set up would print a second, bare line for it
    log.info("the journal at %s failed its check at open: %s", path, "; ".join(problems))
    backup = newest_good_backup(backups_dir(data_dir), connect)
    raise JournalDamaged(_damaged_message(data_dir, path, key, problems, backup), problems, backup)


def _damaged_message(
    data_dir: Path, path: Path, key: bytes | None, problems: list[str], backup: BackupInfo | None
) -> str:
    """One paragraph for the log and the command line: what is wrong, that nothing changed, what next."""
    message = (f"The journal file at {path} is damaged: {problems[0]}. Trustbridge has not opened it "
               "and has not changed it.")
    if key is None and "not a database" in problems[0]:
        message += (f" If you turned on encryption for this journal, its key file {data_dir / KEY_FILE_NAME} "
                    "is missing: put it back and try again.")
    if backup is not None:
        made = local_time(backup.made_at).strftime("%Y-%m-%d %H:%M")
        held = "1 entry" if backup.entries == 1 else f"{backup.entries or 0:,} entries"
        message += f" The newest good backup is {backup.path} (made {made}, {held})."
    else:
        message += " There is no backup of it that passes its check."
    return message


def _keep_private(path: Path) -> None:
    """The journal and its -wal and -shm readable by this account only (SQLite creates them with the
    process's umask, often 0644; it gives a new -wal or -shm the journal's own mode)."""
    for suffix in ("", "-wal", "-shm"):
        try:
            target = Path(f"{path}{suffix}")
            mode = target.stat().st_mode
            if mode & 0o077:
                target.chmod(mode & 0o700)
        except OSError:
            continue  # not there (yet), or not ours to change: the folder is 0700 all the same


class Journal:
    """A journal file. Thread-safe in the sense that each call takes its own pooled connection."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.path = path
        # The stage workbenches, sharing this journal's sessions (one per call).
        self.statements = StatementStore(self._sessions)
        self.feelings = FeelingsStore(self._sessions)
        self.plans = PlanStore(self._sessions)
        self.checkins = CheckInStore(self._sessions)
        self.search = SearchService(self._sessions)
        self.timeline = TimelineStore(self._sessions)
        self.briefs = BriefStore(self._sessions)

    @classmethod
    def open(cls, data_dir: Path, key: bytes | None = None, *, finish_conversions: bool = False) -> Journal:
        """Open (creating or upgrading) the journal in `data_dir`; raise StorageUnavailable.

        An encrypted journal (it has a key file) needs its data key (app/store/encryption.py
        unlocks it from the passphrase); without one this raises JournalLocked and opens nothing.
        An existing file is checked read-only first: if it is damaged this raises JournalDamaged
        (with the newest backup that checks out) and nothing has written to it.
        `finish_conversions`: the caller holds the data folder (the app), so backups an earlier
        encryption left plain may be converted now.
        """
        path = database_path(data_dir)
        try:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # private from other accounts
        except OSError as error:
            raise StorageUnavailable(
                f"Trustbridge can't create its folder {data_dir}: {error.strerror or error}."
            ) from error
        connect: Callable[[Path], sqlite3.Connection] = sqlite3.connect
        if any(data_dir.glob(f"{path.name}.*")) or any(data_dir.glob(f"{KEY_FILE_NAME}.*")):
            # An encryption or decryption was cut short: finish or undo it before anything opens.
            from app.store.encryption import settle_interrupted

            settle_interrupted(data_dir)
        if key is None and (data_dir / KEY_FILE_NAME).exists():
            raise JournalLocked("This journal is encrypted: it opens with its passphrase.")
        if key is None:
            from app.store.backups import missing_key_problem

            missing = missing_key_problem(path)
            if missing is not None:
                raise KeyFileMissing(missing)
        if key is not None:
            from app.store import keys
            from app.store.encryption import finish_encrypting, keyed_connect, plain_files_left

            key_file = data_dir / KEY_FILE_NAME
            if key_file.exists() and not keys.key_matches(keys.read_key_file(key_file), key):
                # A key that isn't this journal's would make every page look damaged.
                raise WrongPassphrase("That key does not open this journal. Nothing was changed.")
            connect = keyed_connect(key)
            if finish_conversions and key_file.exists() and plain_files_left(data_dir):
                try:
                    finish_encrypting(data_dir, key)  # what the disk or a crash left plain last time
                except Exception:  # the journal itself is fine: open it, and try again next time
                    log.warning("files beside the journal are still to be encrypted", exc_info=True)
        _refuse_damaged(data_dir, path, key, connect)
        engine = create_journal_engine(path, key)
        try:
            ensure_schema(engine, path, connect)
        except (OperationalError, DBAPIError, sqlite3.Error, OSError) as error:
            engine.dispose()
            raise StorageUnavailable(
                f"Trustbridge can't open the journal at {path}: {_describe(error)}."
            ) from error
        except BaseException:
            engine.dispose()
            raise
        _keep_private(path)
        return cls(engine, path)

    def close(self) -> None:
        """Close every connection for good: a call after this raises instead of quietly reopening
        the file (with the key still in the engine) behind a locked window."""
        self._engine.dispose()
        self._sessions.configure(bind=_closed_engine())

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
        """Create or update the entry with this uuid (un-deleting it if it was deleted)."""
        now = when or utc_now()
        with self._unit() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.uuid == draft.uuid)).first()
            if row is None:
                row = EntryRow(uuid=draft.uuid, created_at=now)
                session.add(row)
            row.kind = draft.kind.value
            row.stage = draft.stage.value if draft.stage else None
            row.prompt_key = draft.prompt_key
            row.title = draft.title
            row.body = draft.body
            row.updated_at = now
            row.deleted_at = None
            wanted = _clean_tags(draft.tags)
            if [t.name for t in row.tags] != wanted:
                row.tags = [EntryTagRow(name=name) for name in wanted]
            session.flush()
            return _to_entry(row)

    def get_entry(self, uuid: str) -> Entry:
        with self._unit() as session:
            row = session.scalars(
                select(EntryRow).where(EntryRow.uuid == uuid, EntryRow.deleted_at.is_(None))
            ).first()
            if row is None:
                raise NotFound(f"No entry {uuid}")
            return _to_entry(row)

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
            return _to_entry(row)

    def purge_deleted(self) -> None:
        """Remove entries deleted in an earlier session, whose undo has gone with it.

        Only the app calls this, once at start-up while it holds the data folder's lock: a
        command-line export running beside the app must never take away its undo.
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
            return _existing_uuids(session, uuids)

    def add_entries(self, entries: Sequence[Entry]) -> int:
        """Insert entries as they are (uuid, timestamps), skipping uuids already present.

        One transaction, so an import is all or nothing; bulk inserts, so 100,000 entries take
        seconds rather than the ORM's minutes.
        """
        with self._unit() as session:
            return _insert_entries(session, entries)

    def import_bundle(self, bundle: ImportBundle) -> BundleReport:
        """Add everything in an export that the journal lacks, all or nothing.

        Records whose uuid the journal already has are skipped, so importing a file twice adds
        nothing the second time; the statement draft is taken only if the journal's is blank.
        Raises InvalidImport, with nothing changed, if a record refers to something that is in
        neither the file nor the journal, or holds a value the journal cannot keep.
        """
        with self._unit() as session:
            try:
                return _BundleImport(session).run(bundle)
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
                newest[row.prompt_key] = _to_entry(row)
            return list(newest.values())

    def answered_prompts(self) -> dict[Stage, set[str]]:
        """For each stage, the prompt keys that have a non-empty answer."""
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
            if stage and key:
                answered[Stage(stage)].add(key)
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
        """The entry of a once-a-day kind (evening, free) written on a local calendar day."""
        start, end = local_day_bounds(day)
        with self._unit() as session:
            row = session.scalars(
                select(EntryRow)
                .where(
                    EntryRow.kind == kind.value,
                    EntryRow.deleted_at.is_(None),
                    EntryRow.created_at >= start,
                    EntryRow.created_at < end,
                )
                .order_by(EntryRow.created_at.desc())
                .limit(1)
            ).first()
            return _to_entry(row) if row else None

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
                entries = [_to_entry(row) for row in session.scalars(query).all()]
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
