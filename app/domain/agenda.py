"""Check-in preparation: the question bank, open actions carried forward, the agenda and follow-up.

The agenda is assembled as Markdown from what the journal already holds, so the person starts
from a full page rather than a blank one, then edits it freely. Actions agreed at a check-in stay
on every later agenda until they are marked done. The follow-up is a plain-text email draft.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.plan_math import local_day, milestone_days, next_milestone, plan_day, plan_end
from app.domain.prompts import CatalogueError
from app.domain.schedule import short_day
from app.domain.timeline import local_time
from app.domain.workbench import Action, CheckIn, Evidence, Feedback, Goal, Plan, PlanMilestone

_WHERE = "checkin_questions.toml"
_NO_THANKS = "Think of one thing your manager did lately that helped you, and note it here."
_NO_GOALS = "No goals yet. Add the plan's goals on the Expectations page, or note here what to talk about."
_NO_LESSONS = "What have you learned since the last check-in? One line is enough."
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")

GROUP_LABELS: Mapping[str, str] = {
    "progress": "Progress",
    "expectations": "Expectations",
    "feedback": "Feedback",
    "support": "Support",
    "relationship": "Working together",
}


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    group: str  # one of GROUP_LABELS
    text: str

    @property
    def group_label(self) -> str:
        return GROUP_LABELS[self.group]


def parse_questions(text: str) -> tuple[Question, ...]:
    """Read the question bank; a malformed file is a packaging bug, reported as CatalogueError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{_WHERE}: {error}") from error
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise CatalogueError(f"{_WHERE}: expected a non-empty [[questions]] list")
    questions: list[Question] = []
    for item in raw:
        if not isinstance(item, dict):
            raise CatalogueError(f"{_WHERE}: every question must be a table")
        key, group, body = (str(item.get(name) or "").strip() for name in ("key", "group", "text"))
        if not key or not group or not body:
            raise CatalogueError(f"{_WHERE}: every question needs a key, a group and a text")
        if group not in GROUP_LABELS:
            raise CatalogueError(f"{_WHERE}: question {key!r} has an unknown group {group!r}")
        questions.append(Question(key, group, " ".join(body.split())))
    keys = [question.key for question in questions]
    if len(set(keys)) != len(keys):
        raise CatalogueError(f"{_WHERE}: question keys must be unique")
    return tuple(questions)


# -- actions -------------------------------------------------------------------------------------


def _action_order(action: Action) -> tuple[bool, date, datetime]:
    return (action.due_on is None, action.due_on or date.max, action.created_at)


def open_actions(actions: Sequence[Action]) -> list[Action]:
    """Actions not yet done, soonest due first (those without a due date last), then oldest first."""
    return sorted((a for a in actions if a.done_on is None), key=_action_order)


def carry_forward(actions: Sequence[Action], when: datetime) -> list[Action]:
    """The actions still open at `when`: agreed before it, and not done by that day.

    This is what puts an action on every agenda after the check-in where it was agreed, until
    the day it is marked done; agendas for meetings before that day keep showing it.
    """
    day = local_day(when)
    still_open = [a for a in actions if a.created_at <= when and (a.done_on is None or a.done_on > day)]
    return sorted(still_open, key=_action_order)


# -- the agenda ----------------------------------------------------------------------------------


def _bullet(text: str, prefix: str = "- ") -> str:
    """One Markdown list item; extra lines of the person's text stay inside the item."""
    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()] or [""]
    return "\n".join([prefix + lines[0], *("  " + line for line in lines[1:])])


def _hint(text: str) -> str:
    return f"_{text}_"


def _when_text(day: date) -> str:
    return short_day(day, with_year=True)


def _milestone_line(goal: Goal, today: date) -> str:
    days = milestone_days(goal)
    if not days:
        return "No milestone dates set."
    upcoming = next_milestone(days, today)
    if upcoming is None:
        return f"Last milestone: {short_day(days[-1])} (passed)."
    away = (upcoming - today).days
    distance = "today" if away == 0 else "tomorrow" if away == 1 else f"in {away} days"
    return f"Next milestone: {short_day(upcoming)} ({distance})."


def _evidence_lines(items: Sequence[Evidence], since: date | None) -> list[str]:
    if not items:
        after = f" since {short_day(since)}" if since else ""
        return [_hint(f"Nothing noted{after} yet. Small steps count too; add them here before the meeting.")]
    heading = f"Since {short_day(since)}:" if since else "So far:"
    return [heading, *(_bullet(e.text, f"- {short_day(e.happened_on)}: ") for e in items)]


def _progress_section(
    day: date, plan: Plan | None, goals: Sequence[Goal], evidence: Sequence[Evidence], since: date | None
) -> list[str]:
    lines = ["## Progress on each goal", ""]
    if plan is not None:
        position = plan_day(plan.start, plan.length_days, day)
        end = short_day(plan_end(plan.start, plan.length_days))
        if position.before_start:
            lines += [f"The plan starts on {short_day(plan.start)} and runs to {end}.", ""]
        elif position.after_end:
            lines += [f"The plan ended on {end}.", ""]
        else:
            lines += [f"Day {position.day} of {position.total} of the plan (it runs to {end}).", ""]
    recent = sorted(
        (e for e in evidence if since is None or e.happened_on >= since),
        key=lambda e: (e.happened_on, e.created_at),
    )
    ordered = sorted(goals, key=lambda g: (g.position, g.created_at))
    if not ordered:
        lines += [_hint(_NO_GOALS), ""]
    for goal in ordered:
        lines += [f"### {' '.join(goal.title.split()) or 'Untitled goal'} ({goal.status.label})", ""]
        lines += [_milestone_line(goal, day), ""]
        lines += [*_evidence_lines([e for e in recent if e.goal_uuid == goal.uuid], since), ""]
    known = {goal.uuid for goal in ordered}
    general = [e for e in recent if e.goal_uuid is None or e.goal_uuid not in known]
    if general:
        lines += ["### Other progress", ""]
        lines += [_bullet(e.text, f"- {short_day(e.happened_on)}: ") for e in general]
        lines.append("")
    return lines


def review_points(reviews: Sequence[PlanMilestone], since: date | None) -> list[str]:
    """What the checkpoint reviews made since the last meeting said to raise at the next one."""
    points = []
    for review in sorted(reviews, key=lambda m: m.due_on):
        done = review.reviewed_at
        if done is None or not review.to_raise.strip() or (since is not None and local_day(done) < since):
            continue
        points.append(f"Day {review.mark.value} review: {' '.join(review.to_raise.split())}")
    return points


def own_question_lines(text: str) -> list[str]:
    """The person's own questions, one per line: list marks dropped, blank lines and repeats left out."""
    found: list[str] = []
    for raw in text.splitlines():
        line = _LIST_MARK.sub("", raw).strip()
        if line and line.casefold() not in {known.casefold() for known in found}:
            found.append(line)
    return found


def _action_line(action: Action, day: date, titles: Mapping[str, str]) -> str:
    details: list[str] = []
    if action.due_on is not None:
        details.append(f"due {short_day(action.due_on)}" + (", overdue" if action.due_on < day else ""))
    if action.goal_uuid is not None and action.goal_uuid in titles:
        details.append(f"goal: {titles[action.goal_uuid]}")
    suffix = f" ({'; '.join(details)})" if details else ""
    lines = _bullet(action.text).splitlines()
    lines[0] += suffix
    return "\n".join(lines)


def assemble_agenda(
    *,
    when: datetime,
    plan: Plan | None,
    goals: Sequence[Goal],
    evidence: Sequence[Evidence],
    actions: Sequence[Action],
    last_checkin: CheckIn | None,
    questions: Sequence[Question],
    thanks: str = "",
    lessons: str = "",
    own_questions: str = "",
    reviews: Sequence[PlanMilestone] = (),
) -> str:
    """The agenda for the check-in at `when`, in Markdown, ready for the person to edit.

    Evidence counts from the day of the last check-in (inclusive), or from the plan's start when
    there was none. The questions are those ticked in the bank, then the person's own (one per
    line). Every section is present; an empty one says what could go there.
    """
    local_when = local_time(when)
    day = local_when.date()
    since = local_day(last_checkin.scheduled_at) if last_checkin else plan.start if plan else None
    titles = {goal.uuid: " ".join(goal.title.split()) for goal in goals}
    lines = [f"# Check-in on {_when_text(day)} at {local_when:%H:%M}", ""]
    lines += _progress_section(day, plan, goals, evidence, since)
    raised = review_points(reviews, since)
    if raised:
        lines += ["## From your checkpoint reviews", "", *[_bullet(point) for point in raised], ""]

    carried = carry_forward(actions, when)
    lines += ["## Open actions", ""]
    if carried:
        lines += [_action_line(action, day, titles) for action in carried]
    else:
        lines.append(_hint("Nothing carried over: no actions are open from earlier check-ins."))
    lines.append("")

    lines += ["## Questions to ask", ""]
    asked = [question.text for question in questions] + own_question_lines(own_questions)
    if asked:
        lines += [_bullet(text) for text in asked]
    else:
        lines.append(_hint("Pick a few from the question bank, or write your own here."))
    lines.append("")

    lines += ["## Thanks", ""]
    lines.append(thanks.strip() or _hint(_NO_THANKS))
    lines.append("")

    lines += ["## Lessons learned", ""]
    lines.append(lessons.strip() or _hint(_NO_LESSONS))
    return "\n".join(lines) + "\n"


# -- the follow-up -------------------------------------------------------------------------------


_HONORIFICS = frozenset({
    "dr", "doctor", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "madam",
    "herr", "frau", "sr", "sra", "srta", "m", "mme", "mlle",
})


def greeting_name(manager: str) -> str:
    """How the follow-up greets the manager: the first name ("Dr. Ana Ruiz" and "Ruiz, Ana" give
    "Ana"); a title with a surname alone stays whole ("Dr. Ruiz"); "" when no name is known."""
    name = " ".join(manager.split())
    if "," in name:  # "Surname, First names"
        surname, _, given = name.partition(",")
        name = given.strip() or surname.strip()
    words = name.split()
    untitled = list(words)
    while untitled and untitled[0].rstrip(".").casefold() in _HONORIFICS:
        untitled.pop(0)
    if not untitled:
        return name
    if len(untitled) == 1 and len(untitled) < len(words):
        return name  # "Dr. Ruiz": the title is how this person is addressed
    return untitled[0]


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold().rstrip(".!") == " ".join(b.split()).casefold().rstrip(".!")


def follow_up_message(
    *,
    checkin: CheckIn,
    manager: str,
    actions: Sequence[Action],
    feedback: Sequence[Feedback],
    goals: Sequence[Goal],
) -> str:
    """A short email draft after the meeting: thanks, what was agreed, what was heard, what is next.

    Any actions and feedback may be passed; only those recorded for this check-in are summarised.
    Each item is listed once: an action that answers feedback says so beneath it, and that
    feedback is not listed again (nor an action or feedback repeating one already listed).
    """
    titles = {goal.uuid: " ".join(goal.title.split()) for goal in goals}
    agreed: list[Action] = []
    for action in sorted((a for a in actions if a.checkin_uuid == checkin.uuid), key=_action_order):
        if action.text.strip() and not any(_same_words(action.text, kept.text) for kept in agreed):
            agreed.append(action)
    heard = sorted((f for f in feedback if f.checkin_uuid == checkin.uuid and f.text.strip()),
                   key=lambda f: f.created_at)
    answered = {item.action_uuid: item for item in heard if item.action_uuid is not None}
    name = greeting_name(manager)
    lines = [f"Hi {name}," if name else "Hi,", ""]
    lines += [
        f"Thank you for your time on {short_day(local_day(checkin.scheduled_at))}. So that we are both "
        "working from the same notes, here is what I took away.",
        "",
    ]
    listed: list[str] = []  # the words already in the message
    if agreed:
        lines.append("What we agreed:")
        for action in agreed:
            details = [f"by {short_day(action.due_on)}"] if action.due_on else []
            if action.goal_uuid is not None and action.goal_uuid in titles:
                details.append(f"for \u201c{titles[action.goal_uuid]}\u201d")
            if action.done_on is not None:
                details.append("already done")
            text = " ".join(action.text.split())
            lines.append(f"- {text} ({', '.join(details)})" if details else f"- {text}")
            listed.append(text)
            source = answered.get(action.uuid)
            if source is not None and not _same_words(source.text, text):
                said = " ".join(source.text.split())
                lines.append(f"  (in answer to your feedback: \u201c{said}\u201d)")
                listed.append(said)
        lines.append("")
    else:
        lines += ["We did not set new actions this time, so I will keep working on the goals as agreed.", ""]
    agreed_uuids = {action.uuid for action in agreed}
    rest: list[str] = []
    for item in heard:
        text = " ".join(item.text.split())
        if item.action_uuid in agreed_uuids or any(_same_words(text, known) for known in [*listed, *rest]):
            continue
        rest.append(text)
    if rest:
        lines.append("What I heard from you:")
        lines += [f"- {text}" for text in rest]
        lines.append("")
    next_step = (
        "I will start on these now and bring an update on each to our next check-in."
        if agreed
        else "I will bring an update on my progress to our next check-in."
    )
    lines += [
        f"Next step: {next_step} If I missed or misread anything, please tell me and I will correct it.",
        "",
        "Thank you again.",
    ]
    return "\n".join(lines) + "\n"
