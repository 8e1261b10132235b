"""The bulk writer behind an import: entries straight to the driver in multi-row statements,
then every stage tool's records, parents before children, inside the caller's transaction; last,
an older export's answers to the prompts that write a tool go into their tools
(app/store/prompt_absorb.py), never kept as entries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.records import Entry
from app.domain.timeline import clean_zone
from app.domain.workbench import BundleReport, ImportBundle, LeavingPlan, PlanMilestone
from app.store import checkin_store, feelings_store, plan_store, prompt_absorb, statement_store
from app.store.bulk_entries import begin_writing, indexed_after
from app.store.entry_rows import clean_tags
from app.store.errors import InvalidImport
from app.store.models import (
    ActionRow,
    AlignmentRow,
    Base,
    CheckInRow,
    DecisionRow,
    EvidenceRow,
    FeedbackRow,
    ForgivenessRow,
    GoalRow,
    LeavingPlanRow,
    MoodCheckRow,
    PersonalWordRow,
    PlanMilestoneRow,
    PlanRow,
    StatementDraftRow,
    StatementVersionRow,
)
from app.store.stored_time import stored_moment
from app.store.unit import as_utc, ids_by_uuid, utc_now

_UUIDS_PER_QUERY = 500
_ENTRY_COLUMNS = (
    "id", "uuid", "kind", "stage", "prompt_key", "title", "body", "created_at", "updated_at", "time_zone",
)
# Entries per INSERT statement: as many as SQLite's 32,766 parameters allow. The search index is
# filled after all of them, in one statement (app/store/bulk_entries.py), so the number of
# statements no longer shapes it: one per entry left 100,000 tiny index segments to merge.
ENTRIES_PER_INSERT = 32_766 // len(_ENTRY_COLUMNS)
LEAVING_PLAN_ID = 1  # the leaving plan's one row (app/store/feelings_store.py)


def existing_uuids(session: Session, uuids: Sequence[str]) -> set[str]:
    connection = session.connection()
    found: set[str] = set()
    for start in range(0, len(uuids), _UUIDS_PER_QUERY):
        chunk = tuple(uuids[start : start + _UUIDS_PER_QUERY])
        marks = ", ".join("?" * len(chunk))
        rows = connection.exec_driver_sql(f"SELECT uuid FROM entries WHERE uuid IN ({marks})", chunk)
        found.update(row[0] for row in rows)
    return found


def insert_entries(session: Session, entries: Sequence[Entry]) -> int:
    """Bulk-insert the entries whose uuid the journal lacks (first of any repeats); return how many.

    Straight to the driver, inside the session's transaction (so still all or nothing, and
    errors still arrive as SQLAlchemy's): the ORM's insert with RETURNING went row by row. Each
    entry gets the id SQLite would give it (one more than the highest so far, in order), so no
    RETURNING is needed either; many rows go in per statement. The search index gets the new
    entries in one statement after them (app/store/bulk_entries.py), exactly what its trigger
    would have written. Datetimes are stored in the very text the ORM writes.
    """
    connection = session.connection()
    begin_writing(connection)  # the uuids and the highest id read next stay true until the commit
    known = existing_uuids(session, [entry.uuid for entry in entries])
    fresh: list[Entry] = []
    for entry in entries:
        if entry.uuid not in known:
            known.add(entry.uuid)
            fresh.append(entry)
    if not fresh:
        return 0
    first_id = int(connection.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM entries").scalar_one())
    values: list[object] = []  # every entry's columns in a row, as the statements take them
    for offset, entry in enumerate(fresh):
        created = stored_moment(entry.created_at)
        values.extend((
            first_id + offset, entry.uuid, entry.kind.value, entry.stage.value if entry.stage else None,
            entry.prompt_key, entry.title, entry.body, created,
            created if entry.updated_at is entry.created_at else stored_moment(entry.updated_at),
            clean_zone(entry.time_zone),  # a zone that can't be one is not kept: shown here
        ))
    tags = [(first_id + offset, name)
            for offset, entry in enumerate(fresh) for name in clean_tags(entry.tags)]
    width = len(_ENTRY_COLUMNS)
    one_row = f"({', '.join('?' * width)})"
    insert = f"INSERT INTO entries ({', '.join(_ENTRY_COLUMNS)}) VALUES "
    with indexed_after(connection, first_id):
        for start in range(0, len(fresh), ENTRIES_PER_INSERT):
            chunk = values[start * width : (start + ENTRIES_PER_INSERT) * width]
            connection.exec_driver_sql(insert + ", ".join([one_row] * (len(chunk) // width)), tuple(chunk))
        if tags:
            connection.exec_driver_sql("INSERT INTO entry_tags (entry_id, name) VALUES (?, ?)", tags)
    return len(fresh)


IMPORT_KINDS = (
    "entries", "statement_versions", "mood_checks", "forgiveness", "decisions", "plans", "goals",
    "alignments", "evidence", "checkins", "actions", "feedback", "statement_draft", "plan_milestones",
    "leaving_plan", "linked_answers", "personal_words",
)


class _HasUuid(Protocol):
    @property
    def uuid(self) -> str: ...


_RecordT = TypeVar("_RecordT", bound=_HasUuid)


class BundleImport:
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
        added = insert_entries(self.session, bundle.entries)
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
        checkpoints = bundle.plan_milestones
        plan_ids = self.resolve(
            PlanRow,
            [g.plan_uuid for g in goals] + [a.plan_uuid for a in alignments]
            + [m.plan_uuid for m in checkpoints],
            "a plan",
        )
        self.add([plan_store.goal_row(goal, plan_ids[goal.plan_uuid]) for goal in goals])
        self.add([plan_store.alignment_row(a, plan_ids[a.plan_uuid]) for a in alignments])
        self._checkpoints(checkpoints, plan_ids)
        self._leaving_plan(bundle.leaving_plan)

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
        self._linked_answers(bundle.linked_answers)  # last: into the plans and check-ins just added
        self._personal_words(bundle.personal_words)
        return BundleReport(added=self.added, skipped=self.skipped)

    def _personal_words(self, words: Sequence[str]) -> None:
        """The spelling check's own words: each one not kept yet (a word is its own identity)."""
        kept = set(self.session.scalars(select(PersonalWordRow.word)))
        fresh = [word for word in dict.fromkeys(words) if word not in kept]
        now = utc_now()
        self.add([PersonalWordRow(word=word, added_at=now) for word in fresh])
        self.added["personal_words"] = len(fresh)
        self.skipped["personal_words"] = len(words) - len(fresh)

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
        mine = statement_store.load_draft(self.session)
        # The draft is taken only if the journal's has no words. Its days come with it, except a
        # day the journal has set already: the person's own choice there stays.
        say_on, said_on = mine.say_on or draft.say_on, mine.said_on or draft.said_on
        nothing_new = statement_store.is_blank(draft) and (say_on, said_on) == (mine.say_on, mine.said_on)
        if nothing_new or not statement_store.is_blank(mine):
            self.skipped["statement_draft"] = 1
            return
        statement_store.write_draft(self.session, draft.parts, draft.text, draft.updated_at)
        draft_row = self.session.get(StatementDraftRow, statement_store.DRAFT_ID)
        assert draft_row is not None  # just written
        draft_row.say_on, draft_row.said_on = say_on, said_on
        self.session.flush()
        self.added["statement_draft"] = 1

    def _checkpoints(self, checkpoints: Sequence[PlanMilestone], plan_ids: dict[str, int]) -> None:
        """A plan's checkpoint, by plan and mark: the file's is taken unless the journal's holds
        words or a review already (then the journal's stays as it is)."""
        seen: set[tuple[str, str]] = set()
        for checkpoint in checkpoints:
            key = (checkpoint.plan_uuid, checkpoint.mark.value)
            row = self.session.get(PlanMilestoneRow, (plan_ids[checkpoint.plan_uuid], checkpoint.mark.value))
            if key in seen or (row is not None and (_written(row) or _same(row, checkpoint))):
                self.skipped["plan_milestones"] += 1
                continue
            seen.add(key)
            if row is None:
                row = PlanMilestoneRow(plan_id=plan_ids[checkpoint.plan_uuid], mark=checkpoint.mark.value)
                self.session.add(row)
            row.due_on, row.success = checkpoint.due_on, checkpoint.success
            row.met, row.to_raise = checkpoint.met, checkpoint.to_raise
            row.reviewed_at = checkpoint.reviewed_at
            self.added["plan_milestones"] += 1
        self.session.flush()

    def _leaving_plan(self, plan: LeavingPlan | None) -> None:
        """Taken only into a journal whose leaving plan is empty, like the statement draft."""
        if plan is None:
            return
        row = self.session.get(LeavingPlanRow, LEAVING_PLAN_ID)
        mine = feelings_store.to_leaving_plan(row) if row is not None else LeavingPlan()
        if _empty(plan) or not _empty(mine):
            self.skipped["leaving_plan"] = 1
            return
        if row is None:
            row = LeavingPlanRow(id=LEAVING_PLAN_ID)
            self.session.add(row)
        row.finish, row.notice, row.people = plan.finish, plan.notice, plan.people
        row.job_search, row.leave_on = plan.job_search, plan.leave_on
        row.updated_at = plan.updated_at or utc_now()
        self.session.flush()
        self.added["leaving_plan"] = 1

    def _linked_answers(self, answers: Sequence[Entry]) -> None:
        """An older export's answers to linked prompts go into their tools; they never become
        entries. One whose uuid the journal has (an entry, even in the trash) is left alone."""
        known = existing_uuids(self.session, [answer.uuid for answer in answers])
        fresh: list[Entry] = []
        for answer in answers:
            if answer.uuid not in known:
                known.add(answer.uuid)
                fresh.append(answer)
        moved, already = prompt_absorb.absorb_linked_entries(self.session, fresh)
        self.added["linked_answers"] = moved
        self.skipped["linked_answers"] = already + len(answers) - len(fresh)


def _get(ids: dict[str, int], uuid: str | None) -> int | None:
    return None if uuid is None else ids[uuid]


def _written(row: PlanMilestoneRow) -> bool:
    return bool(row.success.strip() or row.met.strip() or row.to_raise.strip() or row.reviewed_at)


def _same(row: PlanMilestoneRow, checkpoint: PlanMilestone) -> bool:
    reviewed = as_utc(row.reviewed_at) if row.reviewed_at is not None else None
    return (row.due_on, row.success, row.met, row.to_raise, reviewed) == (
        checkpoint.due_on, checkpoint.success, checkpoint.met, checkpoint.to_raise, checkpoint.reviewed_at
    )


def _empty(plan: LeavingPlan) -> bool:
    texts = (plan.finish, plan.notice, plan.people, plan.job_search)
    return plan.leave_on is None and not any(text.strip() for text in texts)
