"""The values the stage tools work with: statement, feelings, plan, check-ins.

Frozen and plain, like the journal's entries: the store takes and returns these, the UI shows
them, the export writes them. Every record has a uuid so an import can tell what it already has.
Calendar days are `date` (the person's own days, immune to clock changes); moments are aware
`datetime` in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.records import Entry
from app.i18n import QT_TRANSLATE_NOOP, Words, translate

_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("Label", "Not started"),
    "on_track": QT_TRANSLATE_NOOP("Label", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("Label", "At risk"),
    "done": QT_TRANSLATE_NOOP("Label", "Done"),
    "not_yet": QT_TRANSLATE_NOOP("Label", "Not yet"),
    "working_on_it": QT_TRANSLATE_NOOP("Label", "Working on it"),
    "forgiven": QT_TRANSLATE_NOOP("Label", "Forgiven"),
    "undecided": QT_TRANSLATE_NOOP("Label", "Not decided yet"),
    "stay": QT_TRANSLATE_NOOP("Label", "Stay and commit"),
    "leave": QT_TRANSLATE_NOOP("Label", "Plan to leave"),
    "meeting": QT_TRANSLATE_NOOP("Label", "In a meeting"),
    "email": QT_TRANSLATE_NOOP("Label", "By email"),
    "chat": QT_TRANSLATE_NOOP("Label", "In chat"),
    "other": QT_TRANSLATE_NOOP("Label", "Some other way"),
    "active": QT_TRANSLATE_NOOP("Label", "Active"),
    "completed": QT_TRANSLATE_NOOP("Label", "Completed"),
    "ended": QT_TRANSLATE_NOOP("Label", "Ended"),
    "completed_well": QT_TRANSLATE_NOOP("Label", "Completed successfully"),
    "extended": QT_TRANSLATE_NOOP("Label", "Extended"),
    "ended_by_employer": QT_TRANSLATE_NOOP("Label", "Ended"),
    "left": QT_TRANSLATE_NOOP("Label", "I left"),
}


# The overall mood, 1..5, in the language spoken when read.
MOOD_WORDS = Words("Mood", {
    1: QT_TRANSLATE_NOOP("Mood", "Very low"), 2: QT_TRANSLATE_NOOP("Mood", "Low"),
    3: QT_TRANSLATE_NOOP("Mood", "Okay"), 4: QT_TRANSLATE_NOOP("Mood", "Good"),
    5: QT_TRANSLATE_NOOP("Mood", "Very good"),
})


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        """The words the person sees for this value."""
        return translate("Label", _LABELS[self.value])


class GoalStatus(_Labelled):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    DONE = "done"



class ForgivenessStatus(_Labelled):
    NOT_YET = "not_yet"
    WORKING_ON_IT = "working_on_it"
    FORGIVEN = "forgiven"



class Decision(_Labelled):
    UNDECIDED = "undecided"
    STAY = "stay"
    LEAVE = "leave"



class AgreementChannel(_Labelled):
    MEETING = "meeting"
    EMAIL = "email"
    CHAT = "chat"
    OTHER = "other"



class PlanStatus(_Labelled):
    ACTIVE = "active"
    COMPLETED = "completed"  # the plan ended well
    ENDED = "ended"  # ended otherwise (left, extended into a new plan, cancelled)


class PlanOutcome(_Labelled):
    """How a plan ended, recorded with its closing reflection."""

    COMPLETED = "completed_well"
    EXTENDED = "extended"
    ENDED = "ended_by_employer"
    LEFT = "left"


# -- Ownership ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatementParts:
    """The four parts an ownership statement is built from."""

    what_is_true: str = ""
    what_i_own: str = ""
    what_i_commit_to: str = ""
    what_i_need: str = ""


@dataclass(frozen=True, slots=True)
class StatementDraft:
    """The working draft: its parts and the freely edited text. One per journal."""

    parts: StatementParts
    text: str
    updated_at: datetime | None = None
    say_on: date | None = None  # when the person means to say it (owning it quickly)
    said_on: date | None = None  # when they said it


@dataclass(frozen=True, slots=True)
class StatementVersion:
    """A saved draft. `number` counts from 1 in the order they were saved."""

    uuid: str
    number: int
    parts: StatementParts
    text: str
    is_final: bool
    created_at: datetime


# -- Feelings ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EmotionRating:
    name: str  # a name from resources/emotions.toml (imported names are kept as they are)
    intensity: int  # 1..5


@dataclass(frozen=True, slots=True)
class MoodCheck:
    uuid: str
    at: datetime
    mood: int  # overall, 1 (very low) .. 5 (very good)
    emotions: tuple[EmotionRating, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class ForgivenessItem:
    uuid: str
    whom: str  # a person, a group, or "myself"
    what_happened: str
    status: ForgivenessStatus
    notes: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class StayOrGo:
    """One sitting of the stay-or-go reflection; revisiting it adds a new one, keeping the old."""

    uuid: str
    reasons_to_stay: str
    reasons_to_leave: str
    conditions_to_stay: str  # what would have to be true to stay
    decision: Decision
    decided_on: date | None
    created_at: datetime
    reflection: str = ""  # the decision in the person's own words: which, and why


# -- Expectations ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    uuid: str
    start: date
    length_days: int  # 30, 60, 90 or any number of days
    manager: str
    stakeholders: tuple[Stakeholder, ...]  # everyone else with a stake, in the order given
    status: PlanStatus
    created_at: datetime
    updated_at: datetime
    outcome: PlanOutcome | None = None  # set when the plan ends
    closing_reflection: str = ""
    ended_on: date | None = None


@dataclass(frozen=True, slots=True)
class Stakeholder:
    """Someone with a stake in the plan: what they expect, and whether (and when) they confirmed it."""

    name: str
    expectations: str = ""
    confirmed_on: date | None = None


class MilestoneMark(StrEnum):
    """The plan's three checkpoints, which the Expectations prompts ask about by name."""

    DAY_30 = "30"
    DAY_60 = "60"
    DAY_90 = "90"  # or the end of a shorter plan


@dataclass(frozen=True, slots=True)
class PlanMilestone:
    """What success looks like at one checkpoint of the plan, and the review kept when it came."""

    plan_uuid: str
    mark: MilestoneMark
    due_on: date
    success: str = ""
    met: str = ""  # the review: what was met
    to_raise: str = ""  # the review: what to bring to the next check-in
    reviewed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class GoalMilestone:
    """One goal at one milestone: what success looks like then, and how it stands."""

    due_on: date
    success: str = ""
    status: GoalStatus = GoalStatus.NOT_STARTED


@dataclass(frozen=True, slots=True)
class LeavingPlan:
    """Where a decision to leave leads: one per journal, kept whatever the next sitting decides."""

    finish: str = ""  # what to finish or hand over
    notice: str = ""  # what to ask about notice, references, the last day
    people: str = ""  # people to talk to
    job_search: str = ""  # the job-search list, one item per line
    leave_on: date | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    uuid: str
    plan_uuid: str
    title: str
    success: str  # what success looks like
    measure: str  # how it is measured
    milestones: tuple[GoalMilestone, ...]  # by date; defaults: plan days 30/60/90 within its length
    status: GoalStatus
    notes: str
    position: int  # order on screen
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Alignment:
    """Who agreed to the plan, or to a change of it, when and how."""

    uuid: str
    plan_uuid: str
    who: str
    agreed_on: date
    how: AgreementChannel
    about: str  # what was agreed: "the plan", "goal 2's new measure", ...
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Evidence:
    """A dated win or piece of progress (the brag log), for a goal or for the plan in general."""

    uuid: str
    goal_uuid: str | None
    happened_on: date
    text: str
    entry_uuid: str | None  # the journal entry it was taken from, if any
    created_at: datetime


# -- Check-ins ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckIn:
    uuid: str
    scheduled_at: datetime
    agenda: str  # Markdown, assembled then edited freely
    notes: str  # what was said
    rating: int | None  # how it went, 1..5, once held
    held: bool
    follow_up: str  # the follow-up message, as drafted and edited
    created_at: datetime
    updated_at: datetime
    thanks: str = ""  # things to thank the manager for, noted while preparing
    lessons: str = ""  # lessons learned since the last check-in
    questions: tuple[str, ...] = ()  # keys of the questions ticked from the bank
    own_questions: str = ""  # questions in the person's own words, one per line


@dataclass(frozen=True, slots=True)
class Action:
    """Something agreed, carried forward to every next agenda until it is done."""

    uuid: str
    text: str
    goal_uuid: str | None
    due_on: date | None
    checkin_uuid: str | None  # the check-in where it was agreed
    done_on: date | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Feedback:
    """One piece of feedback received at a check-in; it may have become an action."""

    uuid: str
    checkin_uuid: str
    text: str
    goal_uuid: str | None
    action_uuid: str | None
    created_at: datetime


# -- Import ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportBundle:
    """Everything one Trustbridge export holds, added in one transaction (all or nothing)."""

    entries: tuple[Entry, ...] = ()
    statement_draft: StatementDraft | None = None
    statement_versions: tuple[StatementVersion, ...] = ()
    mood_checks: tuple[MoodCheck, ...] = ()
    forgiveness: tuple[ForgivenessItem, ...] = ()
    decisions: tuple[StayOrGo, ...] = ()
    plans: tuple[Plan, ...] = ()
    goals: tuple[Goal, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    actions: tuple[Action, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    plan_milestones: tuple[PlanMilestone, ...] = ()  # only the checkpoints something was written for
    leaving_plan: LeavingPlan | None = None  # None: never written
    # Trustbridge JSON only: exports made before the prompts wrote the tools (revision 0006) hold
    # answers to linked prompts as entries. These go into their tools, as the upgrade moved them,
    # and are never kept as entries (app/store/prompt_absorb.py).
    linked_answers: tuple[Entry, ...] = ()
    # Trustbridge JSON only: the words of the person's own dictionary for the spelling check.
    personal_words: tuple[str, ...] = ()
    # A folder or zip import only: the files in it that could not be read and were left out, as
    # (name within the folder or zip, why). Nothing of theirs is in the bundle.
    skipped: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class BundleReport:
    """What an import added and skipped (already present, by uuid), per kind of record."""

    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())
