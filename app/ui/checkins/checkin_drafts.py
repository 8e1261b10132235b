"""What is typed into a check-in's "add" fields before Add: drafts, not records.

Half a sentence in "New feedback" or in the new-action form is kept as it is typed, under the
key of the check-in it was typed for (app/store/draft_store.py), and put back into the field when
that check-in is shown again, after a restart too. It becomes feedback or an action only on Add,
so no list, count, brief or export ever shows a fragment. This module names the keys, reads and
writes the new-action form's draft (its words, due day and goal), and says whether a meeting
holds anything the person wrote.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.changes import Area
from app.domain.workbench import CheckIn
from app.ui.data.saver import Saver

if TYPE_CHECKING:
    from app.store.journal import Journal


def feedback_key(checkin_uuid: str) -> str:
    """The draft key of a check-in's "New feedback" field."""
    return f"checkin-feedback:{checkin_uuid}"


def action_key(checkin_uuid: str) -> str:
    """The draft key of a check-in's new-action form."""
    return f"checkin-action:{checkin_uuid}"


def draft_keys(checkin_uuid: str) -> tuple[str, str]:
    return feedback_key(checkin_uuid), action_key(checkin_uuid)


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """The new-action form as it was left; `answers` is the feedback it is written in answer to."""

    text: str = ""
    due_on: date | None = None
    goal_uuid: str | None = None
    answers: str | None = None

    def body(self) -> str:
        """What is kept: nothing (the draft goes) while the form has no words."""
        if not self.text.strip():
            return ""
        due = self.due_on.isoformat() if self.due_on else None
        fields = {"text": self.text, "due_on": due, "goal_uuid": self.goal_uuid}
        if self.answers is not None:
            fields["answers"] = self.answers
        return json.dumps(fields, ensure_ascii=False)

    @classmethod
    def read(cls, body: str) -> ActionDraft:
        """The form from a kept body; a body that is not ours is taken as the words alone."""
        try:
            data = json.loads(body) if body.strip() else {}
        except ValueError:
            return cls(body)
        if not isinstance(data, dict):
            return cls(body)
        text = data.get("text")
        due = data.get("due_on")
        goal = data.get("goal_uuid")
        answers = data.get("answers")
        try:
            due_on = date.fromisoformat(due) if isinstance(due, str) else None
        except ValueError:
            due_on = None
        return cls(text if isinstance(text, str) else "", due_on, goal if isinstance(goal, str) else None,
                   answers if isinstance(answers, str) else None)


def put_if_changed(journal: Journal, key: str, body: str) -> bool:
    """Keep `body` under `key` unless that is already what is kept; True if anything was written."""
    wanted = body if body.strip() else ""
    if journal.drafts.get(key) == wanted:
        return False
    journal.drafts.put(key, wanted)
    return True


def settle(saver: Saver, key: str, area: Area, write: Callable[[Journal], object]) -> None:
    """The field `key` has nothing left to write (its words became a record in an action of
    their own, or were given up): its pending edit is dropped, so no save commits nothing."""
    saver.unwatch(key)
    saver.watch(key, area, write)


def holds_words(journal: Journal, checkin: CheckIn) -> bool:
    """Whether the person has written anything into this meeting (or marked it held or rated it):
    then it is theirs, and nothing removes it without asking."""
    written = (checkin.agenda, checkin.notes, checkin.follow_up, checkin.thanks, checkin.lessons)
    if any(text.strip() for text in written) or checkin.questions or checkin.held or checkin.rating:
        return True
    if journal.checkins.feedback(checkin.uuid):
        return True
    if any(action.checkin_uuid == checkin.uuid for action in journal.checkins.actions()):
        return True
    return any(journal.drafts.get(key) for key in draft_keys(checkin.uuid))
