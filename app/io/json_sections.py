"""What a Trustbridge JSON file holds: its format name and version, the stage tools' sections
(each a list of one `app.domain.workbench` record type) and the references between them.
The format itself is described in app/io/json_format.py."""

from __future__ import annotations

import dataclasses
from typing import Any

from app.domain.workbench import (
    Action,
    Alignment,
    CheckIn,
    Feedback,
    ForgivenessItem,
    Goal,
    MoodCheck,
    Plan,
    PlanMilestone,
    StayOrGo,
)
from app.domain.workbench import Evidence as EvidenceRecord
from app.store.errors import InvalidImport

FORMAT_NAME = "trustbridge"
FORMAT_VERSION = 1


class NotTrustbridgeJson(InvalidImport):
    """The file is not a Trustbridge export at all (as opposed to a damaged one)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Section:
    """One top-level list of stage-tool records; `key` is also the ImportBundle field."""

    key: str
    noun: str  # what one record is called in an error message
    record: type[Any]
    identity: tuple[str, ...] = ("uuid",)  # the fields that tell one record from another
    identity_words: str = "the uuid"  # what a repeat repeats, in an error message

    def identify(self, record: Any) -> tuple[Any, ...]:
        return tuple(getattr(record, name) for name in self.identity)


SECTIONS: tuple[Section, ...] = (
    Section("mood_checks", "Mood check-in", MoodCheck),
    Section("forgiveness", "Forgiveness item", ForgivenessItem),
    Section("decisions", "Stay-or-go decision", StayOrGo),
    Section("plans", "Plan", Plan),
    Section("goals", "Goal", Goal),
    # A plan's checkpoint has no uuid of its own: it is its plan's, at one mark (30, 60, 90).
    Section("plan_milestones", "Plan checkpoint", PlanMilestone, ("plan_uuid", "mark"),
            "the plan and mark"),
    Section("alignments", "Alignment", Alignment),
    Section("evidence", "Evidence", EvidenceRecord),
    Section("checkins", "Check-in", CheckIn),
    Section("actions", "Action", Action),
    Section("feedback", "Feedback", Feedback),
)

# What one record of each ImportBundle field is called in an error message.
SECTION_NOUNS: dict[str, str] = {
    "statement_draft": "The statement draft",
    "statement_versions": "Statement version",
    "leaving_plan": "The leaving plan",
    "linked_answers": "Entry",
    **{section.key: section.noun for section in SECTIONS},
}

# (section, field, section it points into, what the target is called): a reference that does
# not resolve inside the file means the file is damaged, since an export always holds it all.
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("goals", "plan_uuid", "plans", "plan"),
    ("plan_milestones", "plan_uuid", "plans", "plan"),
    ("alignments", "plan_uuid", "plans", "plan"),
    ("evidence", "goal_uuid", "goals", "goal"),
    ("actions", "goal_uuid", "goals", "goal"),
    ("actions", "checkin_uuid", "checkins", "check-in"),
    ("feedback", "checkin_uuid", "checkins", "check-in"),
    ("feedback", "goal_uuid", "goals", "goal"),
    ("feedback", "action_uuid", "actions", "action"),
)
