"""A win being written, kept as a draft until it is in the brag log (or the person lets it go).

The win dialog is modal with OK and Cancel; what is typed in it lives as a draft
(app/store/draft_store.py) from the first keystroke, so a crash mid-win costs about a second of
typing. The key says where it was typed: a new win in the plan, a new win taken from one journal
entry, or changes to one win already logged. OK saves the win and clears its draft in one act;
Cancel clears it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.workbench import Evidence

if TYPE_CHECKING:
    from app.store.journal import Journal

NEW_WIN_KEY = "evidence-new"


def win_draft_key(*, existing_uuid: str | None = None, entry_uuid: str | None = None) -> str:
    """Changes to a logged win are kept under its uuid; a new win taken from a journal entry under
    the entry's; any other new win under one key of its own."""
    if existing_uuid is not None:
        return f"evidence-{existing_uuid}"
    if entry_uuid is not None:
        return f"{NEW_WIN_KEY}-from-{entry_uuid}"
    return NEW_WIN_KEY


@dataclass(frozen=True, slots=True)
class WinDraft:
    """The dialog's fields as typed."""

    text: str
    goal_uuid: str | None
    happened_on: date

    def body(self) -> str:
        """What the draft store keeps: "" (which clears it) while there are no words."""
        if not self.text.strip():
            return ""
        return json.dumps({"text": self.text, "goal": self.goal_uuid, "on": self.happened_on.isoformat()},
                          ensure_ascii=False)

    @classmethod
    def parse(cls, body: str, today: date) -> WinDraft | None:
        """The fields kept in `body`; None when nothing is kept. Words that are not our JSON are
        still words: they come back as the text."""
        if not body.strip():
            return None
        try:
            fields = json.loads(body)
        except ValueError:
            return cls(body, None, today)
        if not isinstance(fields, dict) or not isinstance(fields.get("text"), str):
            return cls(body, None, today)
        goal = fields.get("goal")
        try:
            happened_on = date.fromisoformat(str(fields.get("on")))
        except ValueError:
            happened_on = today
        return cls(fields["text"], goal if isinstance(goal, str) else None, happened_on)


def record_win(journal: Journal, evidence: Evidence, draft_key: str | None) -> Evidence:
    """Inside one `act`: the win goes into the log and the draft it was typed in goes."""
    saved = journal.plans.save_evidence(evidence)
    if draft_key is not None:
        journal.drafts.clear(draft_key)
    return saved
