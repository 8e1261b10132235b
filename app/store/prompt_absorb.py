"""A record that linked prompts write into takes in the answers that waited for it as drafts.

Answering "what does success look like at 30 days" before the plan is set up, or "what do you want
to ask" before a check-in is scheduled, keeps the words under the field's draft key
(app/store/prompt_fields.py). The store that creates the plan or the check-in calls these in the
same unit of work, so the words move, never copy: one text in one place.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.plan_math import checkpoint_day
from app.domain.prompt_links import ToolField
from app.store.models import CheckInRow, DraftRow, PlanMilestoneRow, PlanRow

_CHECKPOINTS = (ToolField.CHECKPOINT_30, ToolField.CHECKPOINT_60, ToolField.CHECKPOINT_90)


def _take(session: Session, field: ToolField) -> str:
    """The waiting answer for `field`, removed from the drafts ("" when there is none)."""
    row = session.get(DraftRow, field.draft_key)
    if row is None:
        return ""
    session.delete(row)
    return row.body


def _joined(kept: str, taken: str) -> str:
    if not taken.strip() or taken.strip() == kept.strip():
        return kept
    return f"{kept.rstrip()}\n\n{taken}" if kept.strip() else taken


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
        row.success = _joined(row.success, taken)
    session.flush()


def absorb_checkin_drafts(session: Session, checkin: CheckInRow) -> None:
    """A new check-in not yet held takes the questions and thanks written before it was scheduled."""
    if checkin.held:
        return
    checkin.own_questions = _joined(checkin.own_questions, _take(session, ToolField.CHECKIN_QUESTIONS))
    checkin.thanks = _joined(checkin.thanks, _take(session, ToolField.CHECKIN_THANKS))
    session.flush()
