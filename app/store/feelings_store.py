"""Feelings: mood checks with their named emotions, the forgiveness list, stay-or-go sittings, and
the leaving plan a decision to leave leads to (one per journal)."""

from __future__ import annotations

from datetime import datetime
from uuid import uuid4

from sqlalchemy import select

from app.domain.workbench import (
    Decision,
    EmotionRating,
    ForgivenessItem,
    ForgivenessStatus,
    LeavingPlan,
    MoodCheck,
    StayOrGo,
)
from app.store.models import DecisionRow, ForgivenessRow, LeavingPlanRow, MoodCheckRow, MoodEmotionRow
from app.store.unit import SessionFactory, as_utc, find, required, unit_of_work, utc_now


def to_mood_check(row: MoodCheckRow) -> MoodCheck:
    return MoodCheck(
        uuid=row.uuid,
        at=as_utc(row.at),
        mood=row.mood,
        emotions=tuple(EmotionRating(name=e.name, intensity=e.intensity) for e in row.emotions),
        note=row.note,
    )


def fill_mood_check(row: MoodCheckRow, check: MoodCheck) -> None:
    row.at = check.at
    row.mood = check.mood
    row.note = check.note
    wanted = [(e.name, e.intensity) for e in check.emotions]
    if [(e.name, e.intensity) for e in row.emotions] != wanted:
        row.emotions = [
            MoodEmotionRow(position=index, name=name, intensity=intensity)
            for index, (name, intensity) in enumerate(wanted)
        ]


def mood_check_row(check: MoodCheck) -> MoodCheckRow:
    row = MoodCheckRow(uuid=check.uuid)
    fill_mood_check(row, check)
    return row


def to_forgiveness(row: ForgivenessRow) -> ForgivenessItem:
    return ForgivenessItem(
        uuid=row.uuid,
        whom=row.whom,
        what_happened=row.what_happened,
        status=ForgivenessStatus(row.status),
        notes=row.notes,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
    )


def forgiveness_row(item: ForgivenessItem) -> ForgivenessRow:
    return ForgivenessRow(
        uuid=item.uuid,
        whom=item.whom,
        what_happened=item.what_happened,
        status=item.status.value,
        notes=item.notes,
        created_at=item.created_at,
        updated_at=item.updated_at,
    )


def to_decision(row: DecisionRow) -> StayOrGo:
    return StayOrGo(
        uuid=row.uuid,
        reasons_to_stay=row.reasons_to_stay,
        reasons_to_leave=row.reasons_to_leave,
        conditions_to_stay=row.conditions_to_stay,
        decision=Decision(row.decision),
        decided_on=row.decided_on,
        created_at=as_utc(row.created_at),
        reflection=row.reflection,
    )


def fill_decision(row: DecisionRow, decision: StayOrGo) -> None:
    row.reasons_to_stay = decision.reasons_to_stay
    row.reasons_to_leave = decision.reasons_to_leave
    row.conditions_to_stay = decision.conditions_to_stay
    row.decision = decision.decision.value
    row.decided_on = decision.decided_on
    row.reflection = decision.reflection


def to_leaving_plan(row: LeavingPlanRow) -> LeavingPlan:
    return LeavingPlan(
        finish=row.finish,
        notice=row.notice,
        people=row.people,
        job_search=row.job_search,
        leave_on=row.leave_on,
        updated_at=as_utc(row.updated_at),
    )


_LEAVING_PLAN_ID = 1  # the table holds one row


def decision_row(decision: StayOrGo) -> DecisionRow:
    row = DecisionRow(uuid=decision.uuid, created_at=decision.created_at)
    fill_decision(row, decision)
    return row


class FeelingsStore:
    """Storage for the Feelings page and the evening entry's mood check."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    # -- mood checks -----------------------------------------------------------------------

    def save_mood_check(self, check: MoodCheck) -> MoodCheck:
        """Create or replace the mood check with this uuid."""
        with unit_of_work(self._sessions) as session:
            row = find(session, MoodCheckRow, check.uuid)
            if row is None:
                row = mood_check_row(check)
                session.add(row)
            else:
                fill_mood_check(row, check)
            session.flush()
            return to_mood_check(row)

    def mood_checks(self, since: datetime | None = None) -> list[MoodCheck]:
        """Oldest first; from `since` on when given."""
        query = select(MoodCheckRow).order_by(MoodCheckRow.at, MoodCheckRow.id)
        if since is not None:
            query = query.where(MoodCheckRow.at >= since)
        with unit_of_work(self._sessions) as session:
            return [to_mood_check(row) for row in session.scalars(query).all()]

    def latest_mood_check(self) -> MoodCheck | None:
        with unit_of_work(self._sessions) as session:
            row = session.scalars(
                select(MoodCheckRow).order_by(MoodCheckRow.at.desc(), MoodCheckRow.id.desc()).limit(1)
            ).first()
            return to_mood_check(row) if row else None

    def delete_mood_check(self, uuid: str) -> None:
        with unit_of_work(self._sessions) as session:
            session.delete(required(session, MoodCheckRow, uuid, "mood check"))

    # -- forgiveness -----------------------------------------------------------------------

    def forgiveness(self) -> list[ForgivenessItem]:
        """In the order they were added."""
        with unit_of_work(self._sessions) as session:
            rows = session.scalars(
                select(ForgivenessRow).order_by(ForgivenessRow.created_at, ForgivenessRow.id)
            ).all()
            return [to_forgiveness(row) for row in rows]

    def save_forgiveness(self, item: ForgivenessItem) -> ForgivenessItem:
        """Create or update by uuid; an update keeps created_at, and updated_at is now."""
        with unit_of_work(self._sessions) as session:
            row = find(session, ForgivenessRow, item.uuid)
            if row is None:
                row = forgiveness_row(item)
                session.add(row)
            else:
                row.whom = item.whom
                row.what_happened = item.what_happened
                row.status = item.status.value
                row.notes = item.notes
            row.updated_at = utc_now()
            session.flush()
            return to_forgiveness(row)

    def delete_forgiveness(self, uuid: str) -> None:
        with unit_of_work(self._sessions) as session:
            session.delete(required(session, ForgivenessRow, uuid, "forgiveness item"))

    # -- stay or go ------------------------------------------------------------------------

    def decisions(self) -> list[StayOrGo]:
        """Newest first."""
        with unit_of_work(self._sessions) as session:
            rows = session.scalars(
                select(DecisionRow).order_by(DecisionRow.created_at.desc(), DecisionRow.id.desc())
            ).all()
            return [to_decision(row) for row in rows]

    def save_decision(self, decision: StayOrGo) -> StayOrGo:
        """Create or update by uuid; an update keeps created_at."""
        with unit_of_work(self._sessions) as session:
            row = find(session, DecisionRow, decision.uuid)
            if row is None:
                row = decision_row(decision)
                session.add(row)
            else:
                fill_decision(row, decision)
            session.flush()
            return to_decision(row)

    def set_current_reflection(self, text: str, now: datetime) -> StayOrGo:
        """The decision in the person's own words, onto the current (newest) sitting; with no
        sitting yet, a new undecided one started `now`. Every other field is left as stored."""
        with unit_of_work(self._sessions) as session:
            row = session.scalars(
                select(DecisionRow).order_by(DecisionRow.created_at.desc(), DecisionRow.id.desc()).limit(1)
            ).first()
            if row is None:
                row = decision_row(StayOrGo(str(uuid4()), "", "", "", Decision.UNDECIDED, None, now))
                session.add(row)
            row.reflection = text
            session.flush()
            return to_decision(row)

    def decision(self, uuid: str) -> StayOrGo | None:
        """The sitting with this uuid, if there is one."""
        with unit_of_work(self._sessions) as session:
            row = find(session, DecisionRow, uuid)
            return to_decision(row) if row else None

    # -- the leaving plan ------------------------------------------------------------------

    def leaving_plan(self) -> LeavingPlan:
        """The leaving plan; an empty one (never saved: no `updated_at`) until something is written."""
        with unit_of_work(self._sessions) as session:
            row = session.get(LeavingPlanRow, _LEAVING_PLAN_ID)
            return to_leaving_plan(row) if row else LeavingPlan()

    def save_leaving_plan(self, plan: LeavingPlan) -> LeavingPlan:
        """Create or replace the one leaving plan; `updated_at` is now."""
        with unit_of_work(self._sessions) as session:
            row = session.get(LeavingPlanRow, _LEAVING_PLAN_ID)
            if row is None:
                row = LeavingPlanRow(id=_LEAVING_PLAN_ID)
                session.add(row)
            row.finish = plan.finish
            row.notice = plan.notice
            row.people = plan.people
            row.job_search = plan.job_search
            row.leave_on = plan.leave_on
            row.updated_at = utc_now()
            session.flush()
            return to_leaving_plan(row)
