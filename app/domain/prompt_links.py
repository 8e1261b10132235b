"""Which guided prompts are answered in a stage tool, so a person never writes the same thing twice.

Most prompts are reflections and their answers are journal entries. A few ask for exactly what a
tool holds (a part of the ownership statement, the stay-or-go decision, what success looks like at
a checkpoint, the questions and thanks for the next check-in): their answer IS that tool's field,
one text in one place, shown on the prompt and in the tool alike.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.changes import Area
from app.domain.stages import Stage
from app.domain.workbench import MilestoneMark
from app.i18n import QT_TRANSLATE_NOOP, translate


class ToolField(StrEnum):
    """A tool's text that a prompt writes."""

    STATEMENT_TRUE = "statement.what_is_true"
    STATEMENT_OWN = "statement.what_i_own"
    STATEMENT_COMMIT = "statement.what_i_commit_to"
    STATEMENT_NEED = "statement.what_i_need"
    STATEMENT_TEXT = "statement.text"
    STAY_OR_GO = "stay_or_go.reflection"
    CHECKPOINT_30 = "plan.checkpoint_30"
    CHECKPOINT_60 = "plan.checkpoint_60"
    CHECKPOINT_90 = "plan.checkpoint_90"
    CHECKIN_QUESTIONS = "checkin.own_questions"
    CHECKIN_THANKS = "checkin.thanks"

    @property
    def area(self) -> Area:
        """What a write of this field changes (a field without its record yet is a draft too)."""
        return _AREAS[self.value.split(".", 1)[0]]

    @property
    def statement_part(self) -> str:
        """The StatementParts attribute (or "text") this field is; only for statement fields."""
        return self.value.split(".", 1)[1]

    @property
    def mark(self) -> MilestoneMark:
        """The plan checkpoint; only for checkpoint fields."""
        return MilestoneMark(self.value.rsplit("_", 1)[1])

    @property
    def where(self) -> str:
        """Where the answer is kept, in the person's words ("your statement workshop: what is true")."""
        return translate("PromptLinks", _WHERE[self])

    @property
    def tool_name(self) -> str:
        """The tool, short: "your statement workshop"."""
        return translate("PromptLinks", _TOOL_NAMES[self.value.split(".", 1)[0]])

    @property
    def draft_key(self) -> str:
        """The draft that holds the answer while its record does not exist yet (no plan yet, no
        check-in scheduled)."""
        return f"prompt-answer:{self.value}"


_AREAS = {
    "statement": Area.STATEMENT,
    "stay_or_go": Area.DECISION,
    "plan": Area.PLAN,
    "checkin": Area.CHECKIN,
}

_TOOL_NAMES = {
    "statement": QT_TRANSLATE_NOOP("PromptLinks", "your statement workshop"),
    "stay_or_go": QT_TRANSLATE_NOOP("PromptLinks", "Stay or go"),
    "plan": QT_TRANSLATE_NOOP("PromptLinks", "your plan"),
    "checkin": QT_TRANSLATE_NOOP("PromptLinks", "your next check-in"),
}

_WHERE = {
    ToolField.STATEMENT_TRUE: QT_TRANSLATE_NOOP("PromptLinks", "your statement workshop, as “What is true”"),
    ToolField.STATEMENT_OWN: QT_TRANSLATE_NOOP("PromptLinks", "your statement workshop, as “What I own”"),
    ToolField.STATEMENT_COMMIT: QT_TRANSLATE_NOOP("PromptLinks",
                                                  "your statement workshop, as “What I commit to”"),
    ToolField.STATEMENT_NEED: QT_TRANSLATE_NOOP("PromptLinks", "your statement workshop, as “What I need”"),
    ToolField.STATEMENT_TEXT: QT_TRANSLATE_NOOP("PromptLinks", "your statement workshop, as the draft"),
    ToolField.STAY_OR_GO: QT_TRANSLATE_NOOP("PromptLinks", "Stay or go, as your decision in your own words"),
    ToolField.CHECKPOINT_30: QT_TRANSLATE_NOOP("PromptLinks",
                                               "your plan, as what success looks like at day 30"),
    ToolField.CHECKPOINT_60: QT_TRANSLATE_NOOP("PromptLinks",
                                               "your plan, as what success looks like at day 60"),
    ToolField.CHECKPOINT_90: QT_TRANSLATE_NOOP("PromptLinks",
                                               "your plan, as what success looks like at day 90"),
    ToolField.CHECKIN_QUESTIONS: QT_TRANSLATE_NOOP("PromptLinks",
                                                   "your next check-in, as your own questions"),
    ToolField.CHECKIN_THANKS: QT_TRANSLATE_NOOP("PromptLinks",
                                                "your next check-in, as what to thank your manager for"),
}

# (stage, prompt key) → the field its answer is. Keys are the catalogue's (resources/prompts).
LINKS: dict[tuple[Stage, str], ToolField] = {
    (Stage.OWNERSHIP, "what-is-true"): ToolField.STATEMENT_TRUE,
    (Stage.OWNERSHIP, "my-part"): ToolField.STATEMENT_OWN,
    (Stage.OWNERSHIP, "commitment"): ToolField.STATEMENT_COMMIT,
    (Stage.OWNERSHIP, "what-i-need"): ToolField.STATEMENT_NEED,
    (Stage.OWNERSHIP, "ownership-statement"): ToolField.STATEMENT_TEXT,
    (Stage.FEELINGS, "stay-or-leave"): ToolField.STAY_OR_GO,
    (Stage.EXPECTATIONS, "success-30-days"): ToolField.CHECKPOINT_30,
    (Stage.EXPECTATIONS, "success-60-days"): ToolField.CHECKPOINT_60,
    (Stage.EXPECTATIONS, "success-90-days"): ToolField.CHECKPOINT_90,
    (Stage.CHECKINS, "questions-to-ask"): ToolField.CHECKIN_QUESTIONS,
    (Stage.CHECKINS, "thank-manager"): ToolField.CHECKIN_THANKS,
}


def linked_field(stage: Stage, prompt_key: str) -> ToolField | None:
    return LINKS.get((stage, prompt_key))


def linked_prompts(stage: Stage) -> dict[str, ToolField]:
    """The prompt keys of a stage whose answers live in a tool."""
    return {key: field for (linked_stage, key), field in LINKS.items() if linked_stage == stage}
