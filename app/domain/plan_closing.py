"""The end of a plan: how it ended, the words that close it, and what belonged to it.

Ending records the outcome, the closing reflection and the day; the status follows the outcome
(Completed for a successful completion, Ended for any other close). Reopening undoes it: the plan
is active again and its outcome and end day are cleared, while the reflection's words stay.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

from app.domain.plan_math import plan_end
from app.domain.timeline import local_date
from app.domain.workbench import Action, CheckIn, Evidence, Plan, PlanOutcome, PlanStatus
from app.i18n import translate
from app.i18n_dates import date_words


def status_after(outcome: PlanOutcome) -> PlanStatus:
    return PlanStatus.COMPLETED if outcome == PlanOutcome.COMPLETED else PlanStatus.ENDED


def closed(plan: Plan, outcome: PlanOutcome, reflection: str, ended_on: date) -> Plan:
    """`plan` as it is once ended."""
    return replace(plan, status=status_after(outcome), outcome=outcome, closing_reflection=reflection,
                   ended_on=ended_on)


def reopened(plan: Plan) -> Plan:
    """`plan` active again; its closing reflection is kept."""
    return replace(plan, status=PlanStatus.ACTIVE, outcome=None, ended_on=None)


def is_ended(plan: Plan) -> bool:
    return plan.status != PlanStatus.ACTIVE


def last_day(plan: Plan) -> date | None:
    """The plan's last day: the day it ended; its planned end once it ended without a day
    recorded; None while it runs (what happens from now on still belongs to it)."""
    if plan.ended_on is not None:
        return plan.ended_on
    return plan_end(plan.start, plan.length_days) if is_ended(plan) else None


def _within(plan: Plan, day: date) -> bool:
    end = last_day(plan)
    return day >= plan.start and (end is None or day <= end)


def plan_evidence(plan: Plan, goal_uuids: Collection[str], evidence: Sequence[Evidence]) -> list[Evidence]:
    """The plan's evidence, oldest first: linked to one of its goals, or general and dated within it."""
    ours = [e for e in evidence
            if e.goal_uuid in goal_uuids or (e.goal_uuid is None and _within(plan, e.happened_on))]
    return sorted(ours, key=lambda e: (e.happened_on, e.created_at))


def plan_checkins(plan: Plan, checkins: Sequence[CheckIn]) -> list[CheckIn]:
    """The check-ins held while the plan ran, oldest first."""
    held = [c for c in checkins if c.held and _within(plan, local_date(c.scheduled_at))]
    return sorted(held, key=lambda c: c.scheduled_at)


def plan_actions(plan: Plan, goal_uuids: Collection[str], checkin_uuids: Collection[str],
                 actions: Sequence[Action]) -> list[Action]:
    """The actions agreed for the plan: at one of its check-ins, for one of its goals, or made
    while it ran; oldest first."""
    def ours(action: Action) -> bool:
        return (action.checkin_uuid in checkin_uuids or action.goal_uuid in goal_uuids
                or _within(plan, local_date(action.created_at)))

    return sorted((a for a in actions if ours(a)), key=lambda a: a.created_at)


def past_plans(plans: Sequence[Plan], current: Plan | None) -> list[Plan]:
    """Every plan but the one running now, newest first (the current one once it has ended)."""
    running = current.uuid if current is not None and not is_ended(current) else None
    others = (p for p in plans if p.uuid != running)
    return sorted(others, key=lambda p: (p.created_at, p.start), reverse=True)


def can_reopen(plan: Plan, current: Plan | None) -> bool:
    """Only the latest plan reopens, and only once it has ended: no two plans run at once."""
    return is_ended(plan) and current is not None and current.uuid == plan.uuid


def ended_words(plan: Plan) -> str:
    """'Completed successfully, 30 May 2026' — or what is known of how it ended."""
    how = plan.outcome.label if plan.outcome is not None else plan.status.label
    if plan.ended_on is None:
        return how
    return f"{how}, {date_words(plan.ended_on, translate('Dates', '%-d %B %Y'))}"
