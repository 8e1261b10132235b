"""Check-in meetings, the actions agreed at them and the feedback received there.

Deleting a check-in deletes its feedback (the file's ON DELETE CASCADE) and keeps its actions,
no longer tied to a meeting (ON DELETE SET NULL): an agreed action outlives the notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.domain.schedule import GRACE
from app.domain.workbench import Action, CheckIn, Feedback
from app.store.models import ActionRow, CheckInRow, FeedbackRow, GoalRow
from app.store.prompt_absorb import absorb_checkin_drafts
from app.store.unit import (
    SessionFactory,
    as_utc,
    find,
    id_of,
    one_operation,
    optional_id_of,
    required,
    unit_of_work,
    utc_now,
)

# -- rows <-> DTOs -------------------------------------------------------------------------------


def to_checkin(row: CheckInRow) -> CheckIn:
    return CheckIn(
        uuid=row.uuid,
        scheduled_at=as_utc(row.scheduled_at),
        agenda=row.agenda,
        notes=row.notes,
        rating=row.rating,
        held=row.held,
        follow_up=row.follow_up,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
        thanks=row.thanks,
        lessons=row.lessons,
        questions=tuple(row.questions.splitlines()),
        own_questions=row.own_questions,
    )


def fill_checkin(row: CheckInRow, checkin: CheckIn) -> None:
    row.scheduled_at = checkin.scheduled_at
    row.agenda = checkin.agenda
    row.notes = checkin.notes
    row.rating = checkin.rating
    row.held = checkin.held
    row.follow_up = checkin.follow_up
    row.thanks = checkin.thanks
    row.lessons = checkin.lessons
    row.questions = "\n".join(key.strip() for key in checkin.questions if key.strip())
    row.own_questions = checkin.own_questions


def checkin_row(checkin: CheckIn) -> CheckInRow:
    row = CheckInRow(uuid=checkin.uuid, created_at=checkin.created_at, updated_at=checkin.updated_at)
    fill_checkin(row, checkin)
    return row


def to_action(row: ActionRow, goal_uuid: str | None, checkin_uuid: str | None) -> Action:
    return Action(
        uuid=row.uuid,
        text=row.text,
        goal_uuid=goal_uuid,
        due_on=row.due_on,
        checkin_uuid=checkin_uuid,
        done_on=row.done_on,
        created_at=as_utc(row.created_at),
    )


def fill_action(row: ActionRow, action: Action, goal_id: int | None, checkin_id: int | None) -> None:
    row.text = action.text
    row.goal_id = goal_id
    row.due_on = action.due_on
    row.checkin_id = checkin_id
    row.done_on = action.done_on


def action_row(action: Action, goal_id: int | None, checkin_id: int | None) -> ActionRow:
    row = ActionRow(uuid=action.uuid, created_at=action.created_at)
    fill_action(row, action, goal_id, checkin_id)
    return row


def to_feedback(
    row: FeedbackRow, checkin_uuid: str, goal_uuid: str | None, action_uuid: str | None
) -> Feedback:
    return Feedback(
        uuid=row.uuid,
        checkin_uuid=checkin_uuid,
        text=row.text,
        goal_uuid=goal_uuid,
        action_uuid=action_uuid,
        created_at=as_utc(row.created_at),
    )


def fill_feedback(
    row: FeedbackRow, feedback: Feedback, checkin_id: int, goal_id: int | None, action_id: int | None
) -> None:
    row.checkin_id = checkin_id
    row.text = feedback.text
    row.goal_id = goal_id
    row.action_id = action_id


def feedback_row(
    feedback: Feedback, checkin_id: int, goal_id: int | None, action_id: int | None
) -> FeedbackRow:
    row = FeedbackRow(uuid=feedback.uuid, created_at=feedback.created_at)
    fill_feedback(row, feedback, checkin_id, goal_id, action_id)
    return row


class CheckInStore:
    """Storage for the Check-ins page."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    # -- check-ins -------------------------------------------------------------------------

    def checkins(self) -> list[CheckIn]:
        """In the order they are (or were) scheduled."""
        with unit_of_work(self._sessions) as session:
            rows = session.scalars(
                select(CheckInRow).order_by(CheckInRow.scheduled_at, CheckInRow.id)
            ).all()
            return [to_checkin(row) for row in rows]

    def next_checkin(self, now: datetime) -> CheckIn | None:
        """`schedule.next_checkin` over every check-in, read as one indexed row: the earliest not
        held that is still ahead or began within the grace period (Today and the prompts ask at open)."""
        with unit_of_work(self._sessions) as session:
            row = session.scalars(
                select(CheckInRow)
                .where(CheckInRow.held.is_(False), CheckInRow.scheduled_at >= now - GRACE)
                .order_by(CheckInRow.scheduled_at, CheckInRow.created_at, CheckInRow.id)
                .limit(1)
            ).first()
            return to_checkin(row) if row is not None else None

    def checkin(self, uuid: str) -> CheckIn | None:
        """One check-in as stored, or None if there is none by that uuid."""
        with unit_of_work(self._sessions) as session:
            row = find(session, CheckInRow, uuid)
            return to_checkin(row) if row is not None else None

    def save_checkin(self, c: CheckIn) -> CheckIn:
        """Create or update by uuid; an update keeps created_at, and updated_at is now."""
        with unit_of_work(self._sessions) as session:
            row = find(session, CheckInRow, c.uuid)
            if row is None:
                row = checkin_row(c)
                session.add(row)
                if _becomes_next(session, row):
                    absorb_checkin_drafts(session, row)
            else:
                fill_checkin(row, c)
            row.updated_at = utc_now()
            session.flush()
            return to_checkin(row)

    def delete_checkin(self, uuid: str) -> None:
        """Remove a check-in and its feedback; its actions stay, tied to no check-in."""
        with unit_of_work(self._sessions) as session:
            session.delete(required(session, CheckInRow, uuid, "check-in"))

    # -- actions ---------------------------------------------------------------------------

    def actions(self, open_only: bool = False) -> list[Action]:
        """By due day (undated last), then in the order they were agreed."""
        goal = aliased(GoalRow)
        checkin = aliased(CheckInRow)
        query = (
            select(ActionRow, goal.uuid, checkin.uuid)
            .outerjoin(goal, ActionRow.goal_id == goal.id)
            .outerjoin(checkin, ActionRow.checkin_id == checkin.id)
            .order_by(
                ActionRow.due_on.is_(None), ActionRow.due_on, ActionRow.created_at, ActionRow.id
            )
        )
        if open_only:
            query = query.where(ActionRow.done_on.is_(None))
        with unit_of_work(self._sessions) as session:
            return [
                to_action(row, goal_uuid, checkin_uuid)
                for row, goal_uuid, checkin_uuid in session.execute(query)
            ]

    def action(self, uuid: str) -> Action | None:
        """One action as stored, or None if there is none by that uuid."""
        goal = aliased(GoalRow)
        checkin = aliased(CheckInRow)
        query = (
            select(ActionRow, goal.uuid, checkin.uuid)
            .outerjoin(goal, ActionRow.goal_id == goal.id)
            .outerjoin(checkin, ActionRow.checkin_id == checkin.id)
            .where(ActionRow.uuid == uuid)
        )
        with unit_of_work(self._sessions) as session:
            found = session.execute(query).first()
            return None if found is None else to_action(found[0], found[1], found[2])

    def set_action_done(self, uuid: str, done_on: date | None) -> Action:
        """Tick an action off (or back on) as stored: only when it was done changes, so words
        written to it a moment ago are kept."""
        with one_operation(self._sessions):
            with unit_of_work(self._sessions) as session:
                required(session, ActionRow, uuid, "action").done_on = done_on
            found = self.action(uuid)
        assert found is not None
        return found

    def save_action(self, a: Action) -> Action:
        """Create or update by uuid; an update keeps created_at."""
        with unit_of_work(self._sessions) as session:
            goal_id = optional_id_of(session, GoalRow, a.goal_uuid, "goal")
            checkin_id = optional_id_of(session, CheckInRow, a.checkin_uuid, "check-in")
            row = find(session, ActionRow, a.uuid)
            if row is None:
                row = action_row(a, goal_id, checkin_id)
                session.add(row)
            else:
                fill_action(row, a, goal_id, checkin_id)
            session.flush()
            return to_action(row, a.goal_uuid, a.checkin_uuid)

    def restore_action(self, a: Action, feedback: Sequence[Feedback] = ()) -> Action:
        """Bring back a deleted action and the feedback that had become it, in one commit:
        a failure on any of them leaves the file as it was."""
        with one_operation(self._sessions):
            restored = self.save_action(a)
            for item in feedback:
                self.save_feedback(item)
        return restored

    def delete_action(self, uuid: str) -> None:
        """Remove an action; feedback that had become it stays, tied to no action."""
        with unit_of_work(self._sessions) as session:
            session.delete(required(session, ActionRow, uuid, "action"))

    # -- feedback --------------------------------------------------------------------------

    def feedback(self, checkin_uuid: str | None = None) -> list[Feedback]:
        """One check-in's feedback, or all of it, in the order it was written down."""
        checkin = aliased(CheckInRow)
        goal = aliased(GoalRow)
        action = aliased(ActionRow)
        query = (
            select(FeedbackRow, checkin.uuid, goal.uuid, action.uuid)
            .join(checkin, FeedbackRow.checkin_id == checkin.id)
            .outerjoin(goal, FeedbackRow.goal_id == goal.id)
            .outerjoin(action, FeedbackRow.action_id == action.id)
            .order_by(FeedbackRow.created_at, FeedbackRow.id)
        )
        if checkin_uuid is not None:
            query = query.where(checkin.uuid == checkin_uuid)
        with unit_of_work(self._sessions) as session:
            return [
                to_feedback(row, meeting, goal_uuid, action_uuid)
                for row, meeting, goal_uuid, action_uuid in session.execute(query)
            ]

    def save_feedback(self, f: Feedback) -> Feedback:
        """Create or update by uuid; an update keeps created_at."""
        with unit_of_work(self._sessions) as session:
            checkin_id = id_of(session, CheckInRow, f.checkin_uuid, "check-in")
            goal_id = optional_id_of(session, GoalRow, f.goal_uuid, "goal")
            action_id = optional_id_of(session, ActionRow, f.action_uuid, "action")
            row = find(session, FeedbackRow, f.uuid)
            if row is None:
                row = feedback_row(f, checkin_id, goal_id, action_id)
                session.add(row)
            else:
                fill_feedback(row, f, checkin_id, goal_id, action_id)
            session.flush()
            return to_feedback(row, f.checkin_uuid, f.goal_uuid, f.action_uuid)

    def delete_feedback(self, uuid: str) -> None:
        with unit_of_work(self._sessions) as session:
            session.delete(required(session, FeedbackRow, uuid, "feedback"))


def _becomes_next(session: Session, row: CheckInRow) -> bool:
    """Whether a new check-in is the next one, the one the prompts prepare (not a past meeting
    logged afterwards, nor one after a meeting already ahead)."""
    now = utc_now()
    if row.held or as_utc(row.scheduled_at) < now - GRACE:
        return False
    earlier = session.scalar(
        select(CheckInRow.id).where(
            CheckInRow.held.is_(False), CheckInRow.scheduled_at >= now - GRACE,
            CheckInRow.scheduled_at < row.scheduled_at, CheckInRow.uuid != row.uuid,
        ).limit(1)
    )
    return earlier is None
