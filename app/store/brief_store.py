"""Gathering what a check-in brief is made of, in one read."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.brief import (
    BriefEntry,
    BriefMaterial,
    brief_questions,
    changed_statement,
    previous_held,
)
from app.domain.plan_math import local_day
from app.domain.records import MEETING_TAG, EntryKind
from app.domain.schedule import next_checkin
from app.domain.stages import Stage
from app.domain.timeline import local_day_start, shift_day
from app.domain.workbench import CheckIn, Plan, PlanStatus
from app.store.checkin_store import to_action, to_checkin, to_feedback
from app.store.errors import NotFound
from app.store.feelings_store import to_decision, to_mood_check
from app.store.models import (
    ActionRow,
    CheckInRow,
    DecisionRow,
    EntryRow,
    EntryTagRow,
    EvidenceRow,
    FeedbackRow,
    GoalRow,
    MoodCheckRow,
    PlanRow,
    StatementVersionRow,
)
from app.store.plan_store import to_evidence, to_goal, to_plan
from app.store.statement_store import to_version
from app.store.unit import SessionFactory, as_utc, unit_of_work
from app.workbench_catalogue import load_questions

PERIOD_ENTRY_LIMIT = 150  # the newest entries of the period offered to tick; more would be a haystack
FALLBACK_DAYS = 28  # with no earlier meeting and no plan, the brief looks back four weeks


def _to_brief_entry(row: EntryRow, marked: bool) -> BriefEntry:
    return BriefEntry(
        uuid=row.uuid,
        kind=EntryKind(row.kind),
        stage=Stage(row.stage) if row.stage else None,
        title=row.title,
        body=row.body,
        tags=tuple(tag.name for tag in row.tags),
        created_at=as_utc(row.created_at),
        marked=marked,
        updated_at=as_utc(row.updated_at),
        time_zone=row.time_zone,
    )


class BriefStore:
    """Read-only: everything since the previous check-in, for app/domain/brief.py to arrange."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def material(self, for_checkin_uuid: str | None, now: datetime) -> BriefMaterial:
        """What a brief for this check-in may hold (None: the next one, if any is scheduled).

        Raises NotFound for an unknown check-in. One session, a dozen small queries.
        """
        with unit_of_work(self._sessions) as session:
            in_order = select(CheckInRow).order_by(CheckInRow.scheduled_at, CheckInRow.id)
            checkins = [to_checkin(row) for row in session.scalars(in_order)]
            if for_checkin_uuid is None:
                target = next_checkin(checkins, now)
            else:
                target = next((c for c in checkins if c.uuid == for_checkin_uuid), None)
                if target is None:
                    raise NotFound(f"No check-in {for_checkin_uuid}")
            plan = self._plan(session)
            end = target.scheduled_at if target is not None and target.scheduled_at < now else now
            previous = previous_held(checkins, end if target is None else target.scheduled_at,
                                     skip=target.uuid if target else None)
            if previous is not None:
                start = previous.scheduled_at
            elif plan is not None and local_day_start(plan.start) < end:
                start = local_day_start(plan.start)
            else:
                start = local_day_start(shift_day(local_day(end), -FALLBACK_DAYS))
            return self._gather(session, target, previous, plan, start, end, now)

    # -- the parts -------------------------------------------------------------------------

    @staticmethod
    def _plan(session: Session) -> Plan | None:
        newest = (PlanRow.created_at.desc(), PlanRow.id.desc())
        row = session.scalars(
            select(PlanRow).where(PlanRow.status == PlanStatus.ACTIVE.value).order_by(*newest).limit(1)
        ).first() or session.scalars(select(PlanRow).order_by(*newest).limit(1)).first()
        return to_plan(row) if row else None

    def _gather(self, session: Session, target: CheckIn | None, previous: CheckIn | None,
                plan: Plan | None, start: datetime, end: datetime, now: datetime) -> BriefMaterial:
        since_day, until_day = local_day(start), local_day(end)
        goals = []
        if plan is not None:
            rows = session.scalars(
                select(GoalRow).where(GoalRow.plan_id == select(PlanRow.id).where(PlanRow.uuid == plan.uuid)
                                      .scalar_subquery())
                .order_by(GoalRow.position, GoalRow.id)
            ).all()
            goals = [to_goal(row, plan.uuid) for row in rows]
        evidence = [
            to_evidence(row, goal_uuid)
            for row, goal_uuid in session.execute(
                select(EvidenceRow, GoalRow.uuid)
                .outerjoin(GoalRow, EvidenceRow.goal_id == GoalRow.id)
                .where(EvidenceRow.happened_on >= since_day, EvidenceRow.happened_on <= until_day)
                .order_by(EvidenceRow.happened_on, EvidenceRow.created_at, EvidenceRow.id)
            )
        ]
        goal, meeting = aliased(GoalRow), aliased(CheckInRow)
        actions = [
            to_action(row, goal_uuid, checkin_uuid)
            for row, goal_uuid, checkin_uuid in session.execute(
                select(ActionRow, goal.uuid, meeting.uuid)
                .outerjoin(goal, ActionRow.goal_id == goal.id)
                .outerjoin(meeting, ActionRow.checkin_id == meeting.id)
                .where(or_(ActionRow.done_on.is_(None), ActionRow.done_on >= since_day))
                .order_by(ActionRow.due_on.is_(None), ActionRow.due_on, ActionRow.created_at, ActionRow.id)
            )
        ]
        feedback = []
        if previous is not None:
            fb_goal, fb_action = aliased(GoalRow), aliased(ActionRow)
            feedback = [
                to_feedback(row, previous.uuid, goal_uuid, action_uuid)
                for row, goal_uuid, action_uuid in session.execute(
                    select(FeedbackRow, fb_goal.uuid, fb_action.uuid)
                    .join(CheckInRow, FeedbackRow.checkin_id == CheckInRow.id)
                    .outerjoin(fb_goal, FeedbackRow.goal_id == fb_goal.id)
                    .outerjoin(fb_action, FeedbackRow.action_id == fb_action.id)
                    .where(CheckInRow.uuid == previous.uuid)
                    .order_by(FeedbackRow.created_at, FeedbackRow.id)
                )
            ]
        moods = [
            to_mood_check(row)
            for row in session.scalars(
                select(MoodCheckRow).where(MoodCheckRow.at >= start, MoodCheckRow.at <= end)
                .order_by(MoodCheckRow.at, MoodCheckRow.id)
            )
        ]
        versions = [
            to_version(row)
            for row in session.scalars(
                select(StatementVersionRow).where(StatementVersionRow.created_at >= start,
                                                  StatementVersionRow.created_at <= end)
                .order_by(StatementVersionRow.number.desc())
            )
        ]
        entries, more = self._entries(session, start, end)
        decisions = [
            to_decision(row)
            for row in session.scalars(
                select(DecisionRow).where(DecisionRow.created_at <= end)
                .order_by(DecisionRow.created_at.desc(), DecisionRow.id.desc())
            )
        ]
        recent = [d for d in decisions if d.created_at >= start]
        return BriefMaterial(
            period_start=start,
            period_end=end,
            made_at=now,
            checkin=target,
            previous=previous,
            plan=plan,
            goals=tuple(goals),
            evidence=tuple(evidence),
            # as the agenda carries them: agreed by the period's end and not done by its last day
            open_actions=tuple(a for a in actions
                               if a.created_at <= end and (a.done_on is None or a.done_on > until_day)),
            done_actions=tuple(a for a in actions if a.done_on is not None and a.done_on <= until_day),
            feedback=tuple(feedback),
            mood_checks=tuple(moods),
            statement=changed_statement(versions, start),
            entries=entries,
            more_entries=more,
            stay_or_go=tuple(recent or decisions[:1]),  # the period's sittings, else the latest one
            questions=brief_questions(target, load_questions()),
        )

    @staticmethod
    def _entries(session: Session, start: datetime, end: datetime) -> tuple[tuple[BriefEntry, ...], int]:
        """Marked entries (any date up to the end), then the period's newest, capped; and how many
        were left out."""
        live = EntryRow.deleted_at.is_(None)
        newest = (EntryRow.created_at.desc(), EntryRow.id.desc())
        marked_rows = session.scalars(
            select(EntryRow)
            .join(EntryTagRow, and_(EntryTagRow.entry_id == EntryRow.id, EntryTagRow.name == MEETING_TAG))
            .where(live, EntryRow.created_at <= end)  # a past meeting's brief never shows later writing
            .order_by(*newest)
        ).all()
        marked_ids = [row.id for row in marked_rows]
        in_period = and_(live, EntryRow.created_at >= start, EntryRow.created_at <= end,
                         EntryRow.id.not_in(marked_ids))
        period_rows = session.scalars(
            select(EntryRow).where(in_period).order_by(*newest).limit(PERIOD_ENTRY_LIMIT)
        ).all()
        total = session.scalar(select(func.count()).select_from(EntryRow).where(in_period)) or 0
        entries = [_to_brief_entry(row, True) for row in marked_rows]
        entries += [_to_brief_entry(row, False) for row in period_rows]
        return tuple(entries), max(0, total - len(period_rows))
