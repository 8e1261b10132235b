"""A record that linked prompts write into takes in the answers that waited for it as drafts.

Answering "what does success look like at 30 days" before the plan is set up, or "what do you want
to ask" before a check-in is scheduled, keeps the words under the field's draft key
(app/store/prompt_fields.py). The store that creates the plan or the check-in calls these in the
same unit of work, so the words move, never copy: one text in one place. An import of an export
made before revision 0006 puts the answers it holds as entries into their tools the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.changes import Area
from app.domain.plan_math import checkpoint_day
from app.domain.prompt_links import ToolField, linked_field
from app.domain.records import Entry
from app.domain.text import join_once
from app.domain.workbench import Decision, PlanStatus
from app.store.models import (
    CheckInRow,
    DecisionRow,
    DraftRow,
    PlanMilestoneRow,
    PlanRow,
    StatementDraftRow,
)
from app.store.statement_store import DRAFT_ID
from app.store.unit import utc_now

_CHECKPOINTS = (ToolField.CHECKPOINT_30, ToolField.CHECKPOINT_60, ToolField.CHECKPOINT_90)


def _take(session: Session, field: ToolField) -> str:
    """The waiting answer for `field`, removed from the drafts ("" when there is none)."""
    row = session.get(DraftRow, field.draft_key)
    if row is None:
        return ""
    session.delete(row)
    return row.body


def absorb_prompt_drafts(session: Session, plan: PlanRow) -> None:
    """A new plan takes the checkpoint answers written before it existed."""
    session.flush()  # the plan has its id
    for field in _CHECKPOINTS:
        taken = _take(session, field)
        if not taken.strip():
            continue
        mark = field.mark
        row = session.get(PlanMilestoneRow, (plan.id, mark.value))
        if row is None:
            row = PlanMilestoneRow(
                plan_id=plan.id, mark=mark.value, success="", met="", to_raise="", reviewed_at=None,
                due_on=checkpoint_day(plan.start, plan.length_days, int(mark)),
            )
            session.add(row)
        row.success = join_once(row.success, taken)
    session.flush()


def absorb_checkin_drafts(session: Session, checkin: CheckInRow) -> None:
    """A new check-in not yet held takes the questions and thanks written before it was scheduled."""
    if checkin.held:
        return
    checkin.own_questions = join_once(checkin.own_questions, _take(session, ToolField.CHECKIN_QUESTIONS))
    checkin.thanks = join_once(checkin.thanks, _take(session, ToolField.CHECKIN_THANKS))
    session.flush()


# -- answers that an older export kept as entries --------------------------------------------

_GRACE = timedelta(hours=2)  # a check-in that began a little before the answer is still "next"


def absorb_linked_entries(session: Session, entries: Sequence[Entry]) -> tuple[int, int]:
    """Put the words of answers to linked prompts into their tools, as revision 0006 moved them.

    For an import of an export made before then, whose answers are entries
    (app/io/json_import.py `is_linked_answer`); the entries are never stored: the words move.
    Oldest first, each answer goes where the upgrade put it: the statement draft's part or text,
    the newest stay-or-go sitting (a new one when there is none), the newest active plan's
    checkpoint, the first check-in scheduled from two hours before the answer on; with no active
    plan or no such check-in, the draft under the field's `draft_key`. Words are joined after
    what is there, unless they are there already (so importing the same file again adds nothing).
    Returns (answers whose words went in, answers whose words were there already).
    """
    moved = already = 0
    now = utc_now()
    for entry in sorted(entries, key=lambda answer: answer.created_at):
        assert entry.stage is not None and entry.prompt_key is not None
        field = linked_field(entry.stage, entry.prompt_key)
        assert field is not None
        if _put_answer(session, field, entry, now):
            moved += 1
        else:
            already += 1
        session.flush()
    return moved, already


def _put_answer(session: Session, field: ToolField, entry: Entry, now: datetime) -> bool:
    """Join one answer into its place; whether anything changed."""
    if field.area is Area.STATEMENT:
        draft = session.get(StatementDraftRow, DRAFT_ID)
        if draft is None:
            draft = StatementDraftRow(id=DRAFT_ID, what_is_true="", what_i_own="", what_i_commit_to="",
                                      what_i_need="", text="", updated_at=now)
            session.add(draft)
        return _set(draft, field.statement_part, entry.body, stamp=now)
    if field is ToolField.STAY_OR_GO:
        newest = (DecisionRow.created_at.desc(), DecisionRow.id.desc())
        sitting = session.scalars(select(DecisionRow).order_by(*newest).limit(1)).first()
        if sitting is None:
            session.add(DecisionRow(
                uuid=str(uuid4()), reasons_to_stay="", reasons_to_leave="", conditions_to_stay="",
                decision=Decision.UNDECIDED.value, decided_on=None, created_at=entry.created_at,
                reflection=entry.body,
            ))
            return True
        return _set(sitting, "reflection", entry.body)
    if field in _CHECKPOINTS:
        newest_plan = (PlanRow.created_at.desc(), PlanRow.id.desc())
        plan = session.scalars(
            select(PlanRow).where(PlanRow.status == PlanStatus.ACTIVE.value).order_by(*newest_plan).limit(1)
        ).first()
        if plan is None:
            return _put_draft(session, field, entry.body, now)
        row = session.get(PlanMilestoneRow, (plan.id, field.mark.value))
        if row is None:
            session.add(PlanMilestoneRow(
                plan_id=plan.id, mark=field.mark.value, success=entry.body, met="", to_raise="",
                reviewed_at=None, due_on=checkpoint_day(plan.start, plan.length_days, int(field.mark)),
            ))
            return True
        return _set(row, "success", entry.body)
    since = entry.created_at - _GRACE
    meeting = session.scalars(
        select(CheckInRow).where(CheckInRow.scheduled_at >= since)
        .order_by(CheckInRow.scheduled_at, CheckInRow.id).limit(1)
    ).first()
    if meeting is None:
        return _put_draft(session, field, entry.body, now)
    column = "own_questions" if field is ToolField.CHECKIN_QUESTIONS else "thanks"
    return _set(meeting, column, entry.body)


def _set(row: object, column: str, taken: str, *, stamp: datetime | None = None) -> bool:
    kept: str = getattr(row, column)
    joined = join_once(kept, taken)
    if joined == kept:
        return False
    setattr(row, column, joined)
    if stamp is not None:
        row.updated_at = stamp  # type: ignore[attr-defined]
    return True


def _put_draft(session: Session, field: ToolField, taken: str, now: datetime) -> bool:
    row = session.get(DraftRow, field.draft_key)
    if row is None:
        session.add(DraftRow(key=field.draft_key, body=taken, updated_at=now))
        return True
    return _set(row, "body", taken, stamp=now)
