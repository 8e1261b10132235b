"""The answers of linked prompts (app/domain/prompt_links.py), read from and written to their tools.

One text in one place: the Ownership prompt "what is true" reads and writes the statement draft's
part, the stay-or-leave prompt the newest stay-or-go sitting, and so on. Where the record does not
exist yet (no plan set up, no check-in scheduled) the answer waits as a draft under the field's
`draft_key`, and the store that makes the record takes it in (app/store/prompt_absorb.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.prompt_links import ToolField
from app.domain.schedule import next_checkin
from app.domain.workbench import CheckIn, PlanStatus, StatementParts, StayOrGo
from app.store.checkin_store import CheckInStore
from app.store.draft_store import DraftStore
from app.store.feelings_store import FeelingsStore
from app.store.milestone_store import MilestoneStore
from app.store.plan_store import PlanStore
from app.store.statement_store import StatementStore
from app.store.unit import utc_now

_STATEMENT = (
    ToolField.STATEMENT_TRUE, ToolField.STATEMENT_OWN, ToolField.STATEMENT_COMMIT,
    ToolField.STATEMENT_NEED, ToolField.STATEMENT_TEXT,
)
_CHECKPOINTS = (ToolField.CHECKPOINT_30, ToolField.CHECKPOINT_60, ToolField.CHECKPOINT_90)
_CHECKIN = (ToolField.CHECKIN_QUESTIONS, ToolField.CHECKIN_THANKS)


class PromptFields:
    """Reads and writes go through the tools' own stores, so each keeps its rules."""

    def __init__(
        self, statements: StatementStore, feelings: FeelingsStore, plans: PlanStore,
        milestones: MilestoneStore, checkins: CheckInStore, drafts: DraftStore,
    ) -> None:
        self._statements = statements
        self._feelings = feelings
        self._plans = plans
        self._milestones = milestones
        self._checkins = checkins
        self._drafts = drafts

    def get(self, field: ToolField, *, now: datetime | None = None) -> str:
        """The answer as the tool holds it ("" when nothing is written)."""
        if field in _STATEMENT:
            draft = self._statements.draft()
            part = field.statement_part
            return draft.text if part == "text" else str(getattr(draft.parts, part))
        if field is ToolField.STAY_OR_GO:
            sitting = self._current_sitting()
            return sitting.reflection if sitting else ""
        if field in _CHECKPOINTS:
            plan_uuid = self._active_plan()
            if plan_uuid is None:
                return self._drafts.get(field.draft_key)
            return self._milestones.milestone(plan_uuid, field.mark).success
        checkin = self._next_checkin(now)
        if checkin is None:
            return self._drafts.get(field.draft_key)
        return checkin.own_questions if field is ToolField.CHECKIN_QUESTIONS else checkin.thanks

    def put(self, field: ToolField, text: str, *, now: datetime | None = None) -> None:
        """Write the answer into its tool (call inside one operation: journal.act does)."""
        if field in _STATEMENT:
            self._put_statement(field, text)
        elif field is ToolField.STAY_OR_GO:
            self._put_stay_or_go(text, now)
        elif field in _CHECKPOINTS:
            plan_uuid = self._active_plan()
            if plan_uuid is None:
                self._drafts.put(field.draft_key, text)
                return
            milestone = self._milestones.milestone(plan_uuid, field.mark)
            self._milestones.save_milestone(replace(milestone, success=text))
        else:
            checkin = self._next_checkin(now)
            if checkin is None:
                self._drafts.put(field.draft_key, text)
                return
            if field is ToolField.CHECKIN_QUESTIONS:
                self._checkins.save_checkin(replace(checkin, own_questions=text))
            else:
                self._checkins.save_checkin(replace(checkin, thanks=text))

    def answered(self, *, now: datetime | None = None) -> set[ToolField]:
        """The fields with words in them (what the stage progress counts), each tool read once."""
        draft = self._statements.draft()
        texts: dict[ToolField, str] = {
            ToolField.STATEMENT_TRUE: draft.parts.what_is_true,
            ToolField.STATEMENT_OWN: draft.parts.what_i_own,
            ToolField.STATEMENT_COMMIT: draft.parts.what_i_commit_to,
            ToolField.STATEMENT_NEED: draft.parts.what_i_need,
            ToolField.STATEMENT_TEXT: draft.text,
        }
        sitting = self._current_sitting()
        texts[ToolField.STAY_OR_GO] = sitting.reflection if sitting else ""
        plan_uuid = self._active_plan()
        if plan_uuid is None:
            texts.update({field: self._drafts.get(field.draft_key) for field in _CHECKPOINTS})
        else:
            success = {m.mark: m.success for m in self._milestones.milestones(plan_uuid)}
            texts.update({field: success[field.mark] for field in _CHECKPOINTS})
        checkin = self._next_checkin(now)
        if checkin is None:
            texts.update({field: self._drafts.get(field.draft_key) for field in _CHECKIN})
        else:
            texts[ToolField.CHECKIN_QUESTIONS] = checkin.own_questions
            texts[ToolField.CHECKIN_THANKS] = checkin.thanks
        return {field for field, text in texts.items() if text.strip()}

    # -- where each answer lives -------------------------------------------------------------

    def _put_statement(self, field: ToolField, text: str) -> None:
        draft = self._statements.draft()
        part = field.statement_part
        if part == "text":
            self._statements.save_draft(draft.parts, text)
        else:
            parts: StatementParts = replace(draft.parts, **{part: text})
            self._statements.save_draft(parts, draft.text)

    def _put_stay_or_go(self, text: str, now: datetime | None) -> None:
        if not text.strip() and self._current_sitting() is None:
            return  # nothing written: no sitting made for it
        self._feelings.set_current_reflection(text, now or utc_now())

    def _current_sitting(self) -> StayOrGo | None:
        sittings = self._feelings.decisions()  # newest first
        return sittings[0] if sittings else None

    def _active_plan(self) -> str | None:
        plan = self._plans.current_plan()
        return plan.uuid if plan is not None and plan.status is PlanStatus.ACTIVE else None

    def _next_checkin(self, now: datetime | None) -> CheckIn | None:
        return next_checkin(self._checkins.checkins(), now or utc_now())
