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


SECTIONS: tuple[Section, ...] = (
    Section("mood_checks", "Mood check-in", MoodCheck),
    Section("forgiveness", "Forgiveness item", ForgivenessItem),
    Section("decisions", "Stay-or-go decision", StayOrGo),
    Section("plans", "Plan", Plan),
    Section("goals", "Goal", Goal),
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
    **{section.key: section.noun for section in SECTIONS},
}

# (section, field, section it points into, what the target is called): a reference that does
# not resolve inside the file means the file is damaged, since an export always holds it all.
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("goals", "plan_uuid", "plans", "plan"),
    ("alignments", "plan_uuid", "plans", "plan"),
    ("evidence", "goal_uuid", "goals", "goal"),
    ("actions", "goal_uuid", "goals", "goal"),
    ("actions", "checkin_uuid", "checkins", "check-in"),
    ("feedback", "checkin_uuid", "checkins", "check-in"),
    ("feedback", "goal_uuid", "goals", "goal"),
    ("feedback", "action_uuid", "actions", "action"),
)
