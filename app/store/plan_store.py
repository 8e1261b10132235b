"""The improvement plan: its goals, who agreed to what, and the evidence of progress.

Rows refer to each other by id; the DTOs by uuid. Reads join the referenced uuids in, writes
look the ids up, and an unknown reference is a NotFound, never a silently dangling record.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from app.domain.workbench import (
    AgreementChannel,
    Alignment,
    Evidence,
    Goal,
    GoalMilestone,
    GoalStatus,
    Plan,
    PlanOutcome,
    PlanStatus,
    Stakeholder,
)
from app.store.errors import NotFound
from app.store.models import (
    AlignmentRow,
    EvidenceRow,
    GoalMilestoneRow,
    GoalRow,
    PlanRow,
    PlanStakeholderRow,
)
from app.store.prompt_absorb import absorb_prompt_drafts
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


def to_plan(row: PlanRow) -> Plan:
    return Plan(
        uuid=row.uuid,
        start=row.start,
        length_days=row.length_days,
        manager=row.manager,
        stakeholders=tuple(to_stakeholder(person) for person in row.stakeholders),
        status=PlanStatus(row.status),
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
        outcome=PlanOutcome(row.outcome) if row.outcome else None,
        closing_reflection=row.closing_reflection,
        ended_on=row.ended_on,
    )


def fill_plan(row: PlanRow, plan: Plan) -> None:
    row.start = plan.start
    row.length_days = plan.length_days
    row.manager = plan.manager
    row.status = plan.status.value
    row.outcome = plan.outcome.value if plan.outcome else None
    row.closing_reflection = plan.closing_reflection
    row.ended_on = plan.ended_on
    if [to_stakeholder(person) for person in row.stakeholders] != list(plan.stakeholders):
        row.stakeholders = [
            PlanStakeholderRow(position=index, name=person.name, expectations=person.expectations,
                               confirmed_on=person.confirmed_on)
            for index, person in enumerate(plan.stakeholders)
        ]


def to_stakeholder(row: PlanStakeholderRow) -> Stakeholder:
    return Stakeholder(name=row.name, expectations=row.expectations, confirmed_on=row.confirmed_on)


def plan_row(plan: Plan) -> PlanRow:
    row = PlanRow(uuid=plan.uuid, created_at=plan.created_at, updated_at=plan.updated_at)
    fill_plan(row, plan)
    return row


def to_goal(row: GoalRow, plan_uuid: str) -> Goal:
    return Goal(
        uuid=row.uuid,
        plan_uuid=plan_uuid,
        title=row.title,
        success=row.success,
        measure=row.measure,
        milestones=tuple(to_goal_milestone(milestone) for milestone in row.milestones),
        status=GoalStatus(row.status),
        notes=row.notes,
        position=row.position,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
    )


def fill_goal(row: GoalRow, goal: Goal, plan_id: int) -> None:
    row.plan_id = plan_id
    row.title = goal.title
    row.success = goal.success
    row.measure = goal.measure
    row.status = goal.status.value
    row.notes = goal.notes
    row.position = goal.position
    if [to_goal_milestone(milestone) for milestone in row.milestones] != list(goal.milestones):
        row.milestones = [
            GoalMilestoneRow(position=index, due_on=milestone.due_on, success=milestone.success,
                             status=milestone.status.value)
            for index, milestone in enumerate(goal.milestones)
        ]


def to_goal_milestone(row: GoalMilestoneRow) -> GoalMilestone:
    return GoalMilestone(due_on=row.due_on, success=row.success, status=GoalStatus(row.status))


def goal_row(goal: Goal, plan_id: int) -> GoalRow:
    row = GoalRow(uuid=goal.uuid, created_at=goal.created_at, updated_at=goal.updated_at)
    fill_goal(row, goal, plan_id)
    return row


def to_alignment(row: AlignmentRow, plan_uuid: str) -> Alignment:
    return Alignment(
        uuid=row.uuid,
        plan_uuid=plan_uuid,
        who=row.who,
        agreed_on=row.agreed_on,
        how=AgreementChannel(row.how),
        about=row.about,
        created_at=as_utc(row.created_at),
    )


def fill_alignment(row: AlignmentRow, alignment: Alignment, plan_id: int) -> None:
    row.plan_id = plan_id
    row.who = alignment.who
    row.agreed_on = alignment.agreed_on
    row.how = alignment.how.value
    row.about = alignment.about


def alignment_row(alignment: Alignment, plan_id: int) -> AlignmentRow:
    row = AlignmentRow(uuid=alignment.uuid, created_at=alignment.created_at)
    fill_alignment(row, alignment, plan_id)
    return row


def to_evidence(row: EvidenceRow, goal_uuid: str | None) -> Evidence:
    return Evidence(
        uuid=row.uuid,
        goal_uuid=goal_uuid,
        happened_on=row.happened_on,
        text=row.text,
        entry_uuid=row.entry_uuid,
        created_at=as_utc(row.created_at),
    )


def fill_evidence(row: EvidenceRow, evidence: Evidence, goal_id: int | None) -> None:
    row.goal_id = goal_id
    row.happened_on = evidence.happened_on
    row.text = evidence.text
    row.entry_uuid = evidence.entry_uuid


def evidence_row(evidence: Evidence, goal_id: int | None) -> EvidenceRow:
    row = EvidenceRow(uuid=evidence.uuid, created_at=evidence.created_at)
    fill_evidence(row, evidence, goal_id)
    return row


class PlanStore:
    """Storage for the Expectations page: the plan, its goals, alignment and evidence."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    # -- the plan --------------------------------------------------------------------------

    def current_plan(self) -> Plan | None:
        """The newest active plan; if none is active, the newest plan of all (or None)."""
        newest = (PlanRow.created_at.desc(), PlanRow.id.desc())
        with unit_of_work(self._sessions) as session:
            row = session.scalars(
                select(PlanRow).where(PlanRow.status == PlanStatus.ACTIVE.value).order_by(*newest).limit(1)
            ).first()
            if row is None:
                row = session.scalars(select(PlanRow).order_by(*newest).limit(1)).first()
            return to_plan(row) if row else None

    def plans(self) -> list[Plan]:
        """Every plan, oldest first (the export writes them all, not only the current one)."""
        with unit_of_work(self._sessions) as session:
            rows = session.scalars(select(PlanRow).order_by(PlanRow.created_at, PlanRow.id)).all()
            return [to_plan(row) for row in rows]

    def save_plan(self, plan: Plan) -> Plan:
        """Create or update by uuid; an update keeps created_at, and updated_at is now.

        A new plan takes in, in the same unit of work, what the prompts asked about its
        checkpoints before it existed (app/store/prompt_absorb.py)."""
        with unit_of_work(self._sessions) as session:
            row = find(session, PlanRow, plan.uuid)
            if row is None:
                row = plan_row(plan)
                session.add(row)
                absorb_prompt_drafts(session, row)
            else:
                fill_plan(row, plan)
            row.updated_at = utc_now()
            session.flush()
            return to_plan(row)

    # -- goals -----------------------------------------------------------------------------

    def goals(self, plan_uuid: str) -> list[Goal]:
        """A plan's goals in their order on screen (none for an unknown plan)."""
        with unit_of_work(self._sessions) as session:
            rows = session.scalars(
                select(GoalRow)
                .join(PlanRow, GoalRow.plan_id == PlanRow.id)
                .where(PlanRow.uuid == plan_uuid)
                .order_by(GoalRow.position, GoalRow.id)
            ).all()
            return [to_goal(row, plan_uuid) for row in rows]

    def save_goal(self, goal: Goal) -> Goal:
        """Create or update by uuid; an update keeps created_at, and updated_at is now."""
        with unit_of_work(self._sessions) as session:
            plan_id = id_of(session, PlanRow, goal.plan_uuid, "plan")
            row = find(session, GoalRow, goal.uuid)
            if row is None:
                row = goal_row(goal, plan_id)
                session.add(row)
            else:
                fill_goal(row, goal, plan_id)
            row.updated_at = utc_now()
            session.flush()
            return to_goal(row, goal.plan_uuid)

    def place_goal(self, uuid: str, position: int) -> Goal:
        """Give one goal its number in the plan's order (updated_at is now)."""
        with unit_of_work(self._sessions) as session:
            row = required(session, GoalRow, uuid, "goal")
            row.position = position
            row.updated_at = utc_now()
            session.flush()
            plan_uuid = session.scalar(select(PlanRow.uuid).where(PlanRow.id == row.plan_id))
            return to_goal(row, str(plan_uuid))

    def reorder_goals(self, plan_uuid: str, uuids: Sequence[str]) -> list[Goal]:
        """Number the plan's goals 0..n-1 in the order of `uuids`, as one operation: all of them
        or none. Goals not named keep their order after those named; only goals whose number
        changes are written. A uuid that is not one of the plan's goals is NotFound."""
        with one_operation(self._sessions):
            current = self.goals(plan_uuid)
            by_uuid = {goal.uuid: goal for goal in current}
            named = list(dict.fromkeys(uuids))
            for uuid in named:
                if uuid not in by_uuid:
                    raise NotFound(f"No goal {uuid} in plan {plan_uuid}")
            order = [by_uuid[uuid] for uuid in named] + [g for g in current if g.uuid not in set(named)]
            return [goal if goal.position == position else self.place_goal(goal.uuid, position)
                    for position, goal in enumerate(order)]

    def delete_goal(self, uuid: str) -> None:
        """Remove a goal; its evidence, actions and feedback stay, no longer tied to a goal."""
        with unit_of_work(self._sessions) as session:
            session.delete(required(session, GoalRow, uuid, "goal"))

    def restore_goal(self, goal: Goal, evidence: Sequence[Evidence], order: Sequence[str]) -> Goal:
        """Bring a deleted goal back with the evidence that was linked to it, in the plan's order
        `order` (uuids, the goal's among them), as one operation: all of it or none."""
        with one_operation(self._sessions):
            self.save_goal(goal)
            for item in evidence:
                self.save_evidence(item)
            placed = self.reorder_goals(goal.plan_uuid, order)
            return next(g for g in placed if g.uuid == goal.uuid)

    # -- alignment -------------------------------------------------------------------------

    def alignments(self, plan_uuid: str) -> list[Alignment]:
        """Oldest agreement first."""
        with unit_of_work(self._sessions) as session:
            rows = session.scalars(
                select(AlignmentRow)
                .join(PlanRow, AlignmentRow.plan_id == PlanRow.id)
                .where(PlanRow.uuid == plan_uuid)
                .order_by(AlignmentRow.agreed_on, AlignmentRow.created_at, AlignmentRow.id)
            ).all()
            return [to_alignment(row, plan_uuid) for row in rows]

    def save_alignment(self, a: Alignment) -> Alignment:
        """Create or update by uuid; an update keeps created_at."""
        with unit_of_work(self._sessions) as session:
            plan_id = id_of(session, PlanRow, a.plan_uuid, "plan")
            row = find(session, AlignmentRow, a.uuid)
            if row is None:
                row = alignment_row(a, plan_id)
                session.add(row)
            else:
                fill_alignment(row, a, plan_id)
            session.flush()
            return to_alignment(row, a.plan_uuid)

    def delete_alignment(self, uuid: str) -> None:
        with unit_of_work(self._sessions) as session:
            session.delete(required(session, AlignmentRow, uuid, "alignment"))

    # -- evidence --------------------------------------------------------------------------

    def evidence(self, goal_uuid: str | None = None, since: date | None = None) -> list[Evidence]:
        """By the day it happened, oldest first; one goal's or all (goal_uuid None)."""
        query = (
            select(EvidenceRow, GoalRow.uuid)
            .outerjoin(GoalRow, EvidenceRow.goal_id == GoalRow.id)
            .order_by(EvidenceRow.happened_on, EvidenceRow.created_at, EvidenceRow.id)
        )
        if goal_uuid is not None:
            query = query.where(GoalRow.uuid == goal_uuid)
        if since is not None:
            query = query.where(EvidenceRow.happened_on >= since)
        with unit_of_work(self._sessions) as session:
            return [to_evidence(row, uuid) for row, uuid in session.execute(query)]

    def save_evidence(self, e: Evidence) -> Evidence:
        """Create or update by uuid; an update keeps created_at."""
        with unit_of_work(self._sessions) as session:
            goal_id = optional_id_of(session, GoalRow, e.goal_uuid, "goal")
            row = find(session, EvidenceRow, e.uuid)
            if row is None:
                row = evidence_row(e, goal_id)
                session.add(row)
            else:
                fill_evidence(row, e, goal_id)
            session.flush()
            return to_evidence(row, e.goal_uuid)

    def delete_evidence(self, uuid: str) -> None:
        with unit_of_work(self._sessions) as session:
            session.delete(required(session, EvidenceRow, uuid, "evidence"))
