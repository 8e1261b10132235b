"""The answers of linked prompts (app/domain/prompt_links.py), read from and written to their tools.

One text in one place: the Ownership prompt "what is true" reads and writes the statement draft's
part, the stay-or-leave prompt the newest stay-or-go sitting, and so on. Where the record does not
exist yet (no plan set up, no check-in scheduled) the answer waits as a draft under the field's
`draft_key`, and the store that makes the record takes it in (app/store/prompt_absorb.py); until
then a record that appears another way (a plan reopened, a meeting moved) shows the waiting words
after its own (`join_once`), and the next write through the prompt moves them in.

A prompt on screen keeps the place it read (`locate`), so its words are written back there even
if, meanwhile, another record became "the next check-in".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from app.domain.prompt_links import ToolField
from app.domain.text import join_once
from app.domain.workbench import PlanStatus, StatementParts, StayOrGo
from app.store.checkin_store import CheckInStore
from app.store.draft_store import DraftStore
from app.store.errors import NotFound
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


@dataclass(frozen=True, slots=True)
class FieldPlace:
    """Where a linked answer lives: the record's uuid ("" for the one statement draft), or None
    while there is none (the words wait as a draft; for stay or go, the first sitting is made)."""

    field: ToolField
    record: str | None


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
        return self.read(self.locate(field, now=now))

    def put(self, field: ToolField, text: str, *, now: datetime | None = None) -> None:
        """Write the answer into its tool, wherever it lives now (inside one operation)."""
        self.write(self.locate(field, now=now), text, now=now)

    def locate(self, field: ToolField, *, now: datetime | None = None) -> FieldPlace:
        if field in _STATEMENT:
            return FieldPlace(field, "")
        if field is ToolField.STAY_OR_GO:
            sitting = self._current_sitting()
            return FieldPlace(field, sitting.uuid if sitting else None)
        if field in _CHECKPOINTS:
            return FieldPlace(field, self._active_plan())
        checkin = self._checkins.next_checkin(now or utc_now())
        return FieldPlace(field, checkin.uuid if checkin else None)

    def read(self, place: FieldPlace) -> str:
        field, record = place.field, place.record
        if field in _STATEMENT:
            draft = self._statements.draft()
            part = field.statement_part
            return draft.text if part == "text" else str(getattr(draft.parts, part))
        if field is ToolField.STAY_OR_GO:
            sitting = self._feelings.decision(record) if record else None
            return sitting.reflection if sitting else ""
        waiting = self._drafts.get(field.draft_key)
        if record is None:
            return waiting
        return join_once(self._record_text(field, record), waiting)

    def write(self, place: FieldPlace, text: str, *, now: datetime | None = None) -> None:
        field, record = place.field, place.record
        if field in _STATEMENT:
            self._put_statement(field, text)
        elif field is ToolField.STAY_OR_GO:
            self._put_stay_or_go(record, text, now)
        elif record is None:
            self._drafts.put(field.draft_key, text)
        elif self._put_record_text(field, record, text):
            self._drafts.clear(field.draft_key)  # shown with the record's words, now part of them
        else:
            self._drafts.put(field.draft_key, text)  # the record went meanwhile: the words wait

    def texts(self, fields: Iterable[ToolField], *, now: datetime | None = None) -> dict[ToolField, str]:
        """Several answers at once, as `get` gives each, reading every tool once."""
        wanted = set(fields)
        found: dict[ToolField, str] = {}
        if wanted & set(_STATEMENT):
            draft = self._statements.draft()
            parts = draft.parts
            found.update({
                ToolField.STATEMENT_TRUE: parts.what_is_true,
                ToolField.STATEMENT_OWN: parts.what_i_own,
                ToolField.STATEMENT_COMMIT: parts.what_i_commit_to,
                ToolField.STATEMENT_NEED: parts.what_i_need,
                ToolField.STATEMENT_TEXT: draft.text,
            })
        if ToolField.STAY_OR_GO in wanted:
            sitting = self._current_sitting()
            found[ToolField.STAY_OR_GO] = sitting.reflection if sitting else ""
        if wanted & set(_CHECKPOINTS):
            plan_uuid = self._active_plan()
            success = {m.mark: m.success for m in self._milestones.milestones(plan_uuid)} if plan_uuid else {}
            for field in _CHECKPOINTS:
                found[field] = join_once(success.get(field.mark, ""), self._drafts.get(field.draft_key))
        if wanted & set(_CHECKIN):
            checkin = self._checkins.next_checkin(now or utc_now())
            kept = {ToolField.CHECKIN_QUESTIONS: checkin.own_questions if checkin else "",
                    ToolField.CHECKIN_THANKS: checkin.thanks if checkin else ""}
            for field in _CHECKIN:
                found[field] = join_once(kept[field], self._drafts.get(field.draft_key))
        return {field: found[field] for field in wanted}

    def answered(self, *, now: datetime | None = None) -> set[ToolField]:
        """The fields with words in them (what the stage progress counts)."""
        return {field for field, text in self.texts(ToolField, now=now).items() if text.strip()}

    # -- where each answer lives -------------------------------------------------------------

    def _record_text(self, field: ToolField, record: str) -> str:
        if field in _CHECKPOINTS:
            return self._milestones.milestone(record, field.mark).success
        checkin = self._checkins.checkin(record)
        if checkin is None:
            return ""
        return checkin.own_questions if field is ToolField.CHECKIN_QUESTIONS else checkin.thanks

    def _put_record_text(self, field: ToolField, record: str, text: str) -> bool:
        """Write onto the record; False when it is gone."""
        if field in _CHECKPOINTS:
            try:
                milestone = self._milestones.milestone(record, field.mark)
            except NotFound:
                return False
            self._milestones.save_milestone(replace(milestone, success=text))
            return True
        checkin = self._checkins.checkin(record)
        if checkin is None:
            return False
        if field is ToolField.CHECKIN_QUESTIONS:
            self._checkins.save_checkin(replace(checkin, own_questions=text))
        else:
            self._checkins.save_checkin(replace(checkin, thanks=text))
        return True

    def _put_statement(self, field: ToolField, text: str) -> None:
        draft = self._statements.draft()
        part = field.statement_part
        if part == "text":
            self._statements.save_draft(draft.parts, text)
        else:
            parts: StatementParts = replace(draft.parts, **{part: text})
            self._statements.save_draft(parts, draft.text)

    def _put_stay_or_go(self, record: str | None, text: str, now: datetime | None) -> None:
        sitting = self._feelings.decision(record) if record else None
        if sitting is not None:
            self._feelings.save_decision(replace(sitting, reflection=text))
        elif text.strip() or self._current_sitting() is not None:
            self._feelings.set_current_reflection(text, now or utc_now())

    def _current_sitting(self) -> StayOrGo | None:
        sittings = self._feelings.decisions()  # newest first
        return sittings[0] if sittings else None

    def _active_plan(self) -> str | None:
        plan = self._plans.current_plan()
        return plan.uuid if plan is not None and plan.status is PlanStatus.ACTIVE else None
