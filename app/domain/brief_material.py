"""What a check-in brief is made from: the sections, the material the store gathers for one
period (`BriefMaterial`), what the person ticks (`BriefChoice`), and the small pure helpers the
store uses to gather it. Turning the two into a brief is app/domain/brief.py's part.

Feelings stay private unless the person adds them: the mood trend and the stay-or-go notes are
off by default, and so are journal entries written in the Feelings stage, even when marked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from app.domain.agenda import Question, own_question_lines
from app.domain.plan_math import local_day
from app.domain.records import EntryKind, entry_label
from app.domain.stages import Stage
from app.domain.workbench import (
    Action,
    CheckIn,
    Evidence,
    Feedback,
    Goal,
    MoodCheck,
    Plan,
    StatementVersion,
    StayOrGo,
)
from app.i18n import QT_TRANSLATE_NOOP, translate

_SECTION_LABELS = {
    "progress": QT_TRANSLATE_NOOP("BriefSection", "Goals and progress"),
    "actions": QT_TRANSLATE_NOOP("BriefSection", "Actions"),
    "feedback": QT_TRANSLATE_NOOP("BriefSection", "Feedback from last time"),
    "statement": QT_TRANSLATE_NOOP("BriefSection", "Ownership statement"),
    "entries": QT_TRANSLATE_NOOP("BriefSection", "From your journal"),
    "mood": QT_TRANSLATE_NOOP("BriefSection", "Mood trend"),
    "stay_or_go": QT_TRANSLATE_NOOP("BriefSection", "Stay or go"),
    "questions": QT_TRANSLATE_NOOP("BriefSection", "Questions to ask"),
}


class BriefSection(StrEnum):
    """The parts of a brief, in the order they are printed."""

    PROGRESS = "progress"
    ACTIONS = "actions"
    FEEDBACK = "feedback"
    STATEMENT = "statement"
    ENTRIES = "entries"
    MOOD = "mood"
    STAY_OR_GO = "stay_or_go"
    QUESTIONS = "questions"

    @property
    def label(self) -> str:
        """The heading in the brief and the words beside its checkbox."""
        return translate("BriefSection", _SECTION_LABELS[self.value])

    @property
    def is_feelings(self) -> bool:
        """Private by default: left out unless the person ticks it."""
        return self in FEELINGS_SECTIONS


FEELINGS_SECTIONS = frozenset({BriefSection.MOOD, BriefSection.STAY_OR_GO})


# -- what the store gathers ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BriefEntry:
    """A journal entry the brief can quote: marked for the meeting, or written in the period."""

    uuid: str
    kind: EntryKind
    stage: Stage | None
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: datetime
    marked: bool  # tagged MEETING_TAG: offered first, and ticked unless it is about feelings
    updated_at: datetime | None = None  # marking saves the entry, so this is no older than the mark
    time_zone: str | None = None  # where it was written: its day is the day there

    @property
    def is_feelings(self) -> bool:
        return self.stage is Stage.FEELINGS

    def marked_since(self, moment: datetime) -> bool:
        """Marked (or touched) since `moment`: an older mark was most likely for an earlier meeting."""
        return self.marked and (self.updated_at is None or self.updated_at >= moment)

    @property
    def heading(self) -> str:
        """Its title, else its first line (shortened), else what kind of entry it is."""
        title = " ".join(self.title.split())
        if title:
            return title
        for line in self.body.splitlines():
            words = " ".join(line.strip().lstrip("#>*-").split())
            if words:
                return words if len(words) <= 70 else words[:69].rstrip() + "…"
        return entry_label(self.kind, self.stage)


@dataclass(frozen=True, slots=True)
class BriefMaterial:
    """Everything a brief may contain, for one period; frozen, safe to pass between threads.

    The period runs from the previous check-in that was held (or the plan's start, or four weeks
    back when there is neither) to the meeting itself, or to `made_at` if it is still ahead.
    """

    period_start: datetime
    period_end: datetime
    made_at: datetime
    checkin: CheckIn | None  # the meeting the brief is for; None when no meeting is scheduled
    previous: CheckIn | None  # the last held check-in before it
    plan: Plan | None
    goals: tuple[Goal, ...]
    evidence: tuple[Evidence, ...]  # happened in the period, oldest first
    open_actions: tuple[Action, ...]
    done_actions: tuple[Action, ...]  # completed in the period
    feedback: tuple[Feedback, ...]  # received at `previous`
    mood_checks: tuple[MoodCheck, ...]  # in the period, oldest first
    statement: StatementVersion | None  # saved in the period (the final one if it is among them)
    entries: tuple[BriefEntry, ...]  # marked ones first (newest first), then the period's, newest first
    more_entries: int  # entries of the period left out of `entries` to keep the list short
    stay_or_go: tuple[StayOrGo, ...]  # newest first
    questions: tuple[str, ...]

    @property
    def since_day(self) -> date:
        return local_day(self.period_start)

    @property
    def until_day(self) -> date:
        return local_day(self.period_end)


@dataclass(frozen=True, slots=True)
class BriefChoice:
    """What the person put in: the sections ticked, and the entries ticked by uuid."""

    sections: frozenset[BriefSection]
    entry_uuids: frozenset[str]

    def with_section(self, section: BriefSection, on: bool) -> BriefChoice:
        sections = self.sections | {section} if on else self.sections - {section}
        return replace(self, sections=frozenset(sections))

    def with_entry(self, uuid: str, on: bool) -> BriefChoice:
        uuids = self.entry_uuids | {uuid} if on else self.entry_uuids - {uuid}
        return replace(self, entry_uuids=frozenset(uuids))


def default_choice(material: BriefMaterial) -> BriefChoice:
    """Everything but feelings; the entries marked since the last check-in, unless about feelings.

    Entries marked before it stay on offer, unticked: they were most likely brought last time.
    """
    sections = frozenset(s for s in BriefSection if not s.is_feelings)
    uuids = frozenset(e.uuid for e in material.entries if marked_for_this(material, e) and not e.is_feelings)
    return BriefChoice(sections, uuids)


def marked_for_this(material: BriefMaterial, entry: BriefEntry) -> bool:
    """Marked for this meeting: since the last one was held, or at any time if none has been."""
    return entry.marked and (material.previous is None or entry.marked_since(material.period_start))


# -- small pure helpers the store and the dialog share ------------------------------------------


def previous_held(checkins: Iterable[CheckIn], before: datetime, skip: str | None = None) -> CheckIn | None:
    """The latest meeting that took place before `before` (not `skip` itself)."""
    earlier = [c for c in checkins if c.held and c.uuid != skip and c.scheduled_at < before]
    return max(earlier, key=lambda c: (c.scheduled_at, c.created_at), default=None)


def agenda_questions(agenda: str) -> list[str]:
    """The questions listed under the agenda's "Questions to ask" heading, as the person left them."""
    found: list[str] = []
    inside = False
    for raw in agenda.splitlines():
        line = raw.rstrip()
        if line.startswith("#"):
            inside = line.lstrip("#").strip().lower().startswith("questions")
            continue
        if not inside or not line.strip():
            continue
        stripped = line.strip()
        if stripped[:2] in ("- ", "* ", "+ "):
            found.append(stripped[2:].strip())
        elif found and raw[:1].isspace():
            found[-1] = f"{found[-1]} {stripped}"
    return [q for q in found if q]


def brief_questions(checkin: CheckIn | None, bank: Sequence[Question]) -> tuple[str, ...]:
    """The agenda's own question list when it has one, else the questions ticked in the bank; then
    the person's own questions (written on the check-in or its prompt) that are not listed yet."""
    if checkin is None:
        return ()
    listed = agenda_questions(checkin.agenda)
    if not listed:
        texts = {q.key: q.text for q in bank}
        listed = [texts[key] for key in checkin.questions if key in texts]
    known = {question.casefold() for question in listed}
    own = [line for line in own_question_lines(checkin.own_questions) if line.casefold() not in known]
    return (*listed, *own)


def changed_statement(versions: Iterable[StatementVersion], since: datetime) -> StatementVersion | None:
    """The statement to show if it changed since `since`: the final version if it was saved since,
    else the newest saved since; None when nothing was saved in the period."""
    recent = [v for v in versions if v.created_at >= since]
    if not recent:
        return None
    finals = [v for v in recent if v.is_final]
    return finals[0] if finals else max(recent, key=lambda v: (v.number, v.created_at))
