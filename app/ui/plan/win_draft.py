"""Evidence being written, kept as a draft until it is saved (or the person lets it go).

The evidence dialog is modal with OK and Cancel; what is typed in it lives as a draft
(app/store/draft_store.py) from the first keystroke, so a crash while writing costs about a second
of typing. The key says where it was typed: new evidence in the plan, new evidence taken from one
journal entry, or changes to evidence already saved. OK saves the evidence and clears its draft in
one act; Cancel clears it. `evidence_words` gives the words a journal entry starts it with.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.text import first_line
from app.domain.workbench import Evidence

if TYPE_CHECKING:
    from app.store.journal import Journal

NEW_WIN_KEY = "evidence-new"
EVIDENCE_WORDS = 480  # about four sentences: enough to say what happened, short enough to read again
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s")


def win_draft_key(*, existing_uuid: str | None = None, entry_uuid: str | None = None) -> str:
    """Changes to saved evidence are kept under its uuid; new evidence taken from a journal entry
    under the entry's; any other new evidence under one key of its own."""
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
    """Inside one `act`: the evidence is saved and the draft it was typed in goes."""
    saved = journal.plans.save_evidence(evidence)
    if draft_key is not None:
        journal.drafts.clear(draft_key)
    return saved


@dataclass(frozen=True, slots=True)
class EvidenceWords:
    """What evidence taken from a journal entry starts with, and whether the entry was longer."""

    text: str
    shortened: bool


def evidence_words(body: str, limit: int = EVIDENCE_WORDS) -> EvidenceWords:
    """The words of an entry (an answer, never the question it answers), as plain text to start
    evidence with: all of it when it is short; else its first paragraphs up to `limit` characters,
    cut after a sentence where one ends in time (else after a word, with "…")."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for raw in [*body.splitlines(), ""]:
        line = first_line(raw, len(raw) + 1)  # the line without its Markdown marks
        if line:
            lines.append(line)
        elif lines:
            paragraphs.append("\n".join(lines))
            lines = []
    whole = "\n\n".join(paragraphs)
    if len(whole) <= limit:
        return EvidenceWords(whole, False)
    kept: list[str] = []
    for paragraph in paragraphs:
        if len("\n\n".join([*kept, paragraph])) > limit:
            break
        kept.append(paragraph)
    if kept:
        return EvidenceWords("\n\n".join(kept), True)
    first = paragraphs[0][: limit + 1]
    ends = [match.end() for match in _SENTENCE_END.finditer(first) if match.end() <= limit]
    if ends and ends[-1] >= limit // 3:
        return EvidenceWords(first[: ends[-1]].rstrip(), True)
    cut = first[:limit].rsplit(None, 1)[0] if " " in first[:limit] else first[: limit - 1]
    return EvidenceWords(cut.rstrip(" ,;:") + "…", True)
