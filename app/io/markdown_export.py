"""The journal as one readable Markdown document, oldest first like a book.

For reading, printing or sharing, not for re-import (Trustbridge JSON is the lossless format).
Entries are grouped by the day as seen in the computer's time zone; each entry's time is the time
as written, in the zone it was written in, marked where that differs ("22:40 (Berlin)"). What the
person wrote is copied verbatim.
After the entries come the stage tools, each as its own part: the ownership statement, the
feelings check-ins and decisions, the plan, and the check-in meetings. A part with nothing in it
is left out, so a journal that only holds entries reads exactly as it always has.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, TextIO

from app.domain.plan_math import plan_end
from app.domain.records import Entry, entry_label
from app.domain.timeline import local_time, written_clock, written_date
from app.domain.workbench import (
    Action,
    CheckIn,
    Decision,
    Evidence,
    Feedback,
    Goal,
    GoalMilestone,
    GoalStatus,
    LeavingPlan,
    Plan,
    PlanMilestone,
    Stakeholder,
    StatementParts,
    StatementVersion,
)
from app.io.markdown_pieces import (
    block,
    detail,
    indented,
    item_text,
    labelled,
    long_date,
    moment_words,
    nested,
    offset_words,
    one_line,
    part,
    plural,
    sub_item,
)
from app.store.errors import NotFound

if TYPE_CHECKING:
    from app.store.journal import Journal

DOCUMENT_TITLE = "Trustbridge journal"

_PART_LABELS = (
    ("what_is_true", "What is true"),
    ("what_i_own", "What I own"),
    ("what_i_commit_to", "What I commit to"),
    ("what_i_need", "What I need"),
)


def export_markdown(journal: Journal, stream: TextIO) -> int:
    """Write the whole journal to `stream` as Markdown and return how many entries it holds."""
    now = datetime.now().astimezone()
    stream.write(f"# {DOCUMENT_TITLE}\n\n")
    stream.write(f"Exported {long_date(now.date())} at {now:%H:%M} ({offset_words(now)}).\n")
    count = 0
    current_day: date | None = None
    for entry in journal.iter_entries():
        local = local_time(entry.created_at)
        if local.date() != current_day:
            current_day = local.date()
            stream.write(f"\n## {long_date(current_day)}\n")
        stream.write(_entry_section(entry, local))
        count += 1
    if not count:
        stream.write("\nNo entries yet.\n")
    for tool_part in (_statement_part, _feelings_part, _plan_part, _checkins_part):
        stream.write(tool_part(journal))
    return count


def _entry_section(entry: Entry, local: datetime) -> str:
    """An entry under the heading of its day here (`local`, the moment in the computer's zone): its
    time as written ("22:40", "22:40 (Berlin)", "Tue 00:30 (Berlin)" where it was already another
    day there), what it is, its title and words."""
    parts = [written_clock(entry, shown_day=local.date()), entry_label(entry.kind, entry.stage)]
    title = one_line(entry.title)
    if title:
        parts.append(title)
    lines = [f"\n### {' · '.join(parts)}\n"]
    if entry.tags:
        lines.append(f"\nTags: {', '.join(entry.tags)}\n")
    if entry.body:
        lines.append(block(entry.body))
    return "".join(lines)


# -- ownership -----------------------------------------------------------------------------


def _statement_part(journal: Journal) -> str:
    """The final version if there is one, else the latest draft; then the versions, briefly."""
    versions = journal.statements.versions()  # newest first
    final = next((version for version in versions if version.is_final), None)
    draft = journal.statements.draft()
    lines: list[str] = []
    if final is not None:
        lines.append(_shown_version("Final version", final))
    elif draft.updated_at is not None and _has_words(draft.parts, draft.text):
        lines.append(f"\n### Latest draft\n\nSaved {moment_words(draft.updated_at)}.\n")
        lines.append(_statement_text(draft.parts, draft.text))
    elif versions:  # the draft was cleared after saving versions: the newest one stands in
        lines.append(_shown_version("Latest version", versions[0]))
    days = detail("When I plan to say it", long_date(draft.say_on) if draft.say_on else "")
    days += detail("When I said it", long_date(draft.said_on) if draft.said_on else "")
    lines.append(f"\n{days}" if days else "")
    if versions:
        lines.append("\n### Versions\n\n")
        lines.extend(f"- {_version_line(version)}\n" for version in versions)
    return part("Ownership statement", lines)


def _shown_version(heading: str, version: StatementVersion) -> str:
    caption = f"\n### {heading}\n\nVersion {version.number}, saved {moment_words(version.created_at)}.\n"
    return caption + _statement_text(version.parts, version.text)


def _has_words(parts: StatementParts, text: str) -> bool:
    return bool(text.strip() or any(getattr(parts, name).strip() for name, _ in _PART_LABELS))


def _statement_text(parts: StatementParts, text: str) -> str:
    """The statement as written; if only its parts were filled in, the parts under their names."""
    if text.strip():
        return block(nested(text, 3))
    return "".join(labelled(label, getattr(parts, name), 3) for name, label in _PART_LABELS)


def _version_line(version: StatementVersion) -> str:
    words = len(version.text.split())
    details = [f"Version {version.number}", moment_words(version.created_at), plural(words, "word", "words")]
    if version.is_final:
        details.append("final")
    return " · ".join(details)


# -- feelings ------------------------------------------------------------------------------


def _feelings_part(journal: Journal) -> str:
    lines: list[str] = []
    checks = journal.feelings.mood_checks()
    if checks:
        lines.append("\n### Mood check-ins\n\n")
        for check in checks:
            details = [moment_words(check.at), f"mood {check.mood} of 5"]
            if check.emotions:
                details.append(", ".join(f"{e.name} ({e.intensity} of 5)" for e in check.emotions))
            lines.append(f"- {' · '.join(details)}\n")
            lines.append(item_text(check.note))
    items = journal.feelings.forgiveness()
    if items:
        lines.append("\n### Forgiveness\n\n")
        for item in items:
            lines.append(f"- **{one_line(item.whom) or 'Someone'}** · {item.status.label}\n")
            lines.append(item_text(item.what_happened, "What happened"))
            lines.append(item_text(item.notes, "Notes"))
    decisions = sorted(journal.feelings.decisions(), key=lambda d: d.created_at, reverse=True)
    if decisions:
        lines.append("\n### Stay or go\n")
        for decision in decisions:
            if decision.decision is Decision.UNDECIDED or decision.decided_on is None:
                heading = f"{decision.decision.label} · thought through {moment_words(decision.created_at)}"
            else:
                heading = f"{decision.decision.label} · decided {long_date(decision.decided_on)}"
            lines.append(f"\n#### {heading}\n")
            lines.append(labelled("In my own words", decision.reflection, 4))
            lines.append(labelled("Reasons to stay", decision.reasons_to_stay, 4))
            lines.append(labelled("Reasons to leave", decision.reasons_to_leave, 4))
            lines.append(labelled("What would have to be true to stay", decision.conditions_to_stay, 4))
    lines.append(_leaving_plan(journal.feelings.leaving_plan()))
    return part("Feelings", lines)


def _leaving_plan(plan: LeavingPlan) -> str:
    """The leaving plan, once anything is written in it."""
    fields = (
        ("What to finish or hand over", plan.finish),
        ("What to ask about notice, references and the last day", plan.notice),
        ("People to talk to", plan.people),
        ("The job search", plan.job_search),
    )
    if plan.leave_on is None and not any(text.strip() for _, text in fields):
        return ""
    lines = ["\n### Leaving plan\n"]
    if plan.leave_on is not None:
        lines.append(f"\n{detail('The day I plan to leave', long_date(plan.leave_on))}")
    lines.extend(labelled(label, text, 3) for label, text in fields)
    return "".join(lines)


# -- expectations --------------------------------------------------------------------------


def _plan_part(journal: Journal) -> str:
    plans = sorted(journal.plans.plans(), key=lambda plan: (plan.start, plan.created_at))
    evidence = journal.plans.evidence()
    current = journal.plans.current_plan()
    lines: list[str] = []
    for plan in plans:
        goals = journal.plans.goals(plan.uuid)
        goal_uuids = {goal.uuid for goal in goals}
        mine = [e for e in evidence if e.goal_uuid in goal_uuids]
        if current is not None and plan.uuid == current.uuid:
            mine += [e for e in evidence if e.goal_uuid is None]  # wins for the plan as a whole
        lines.append(_plan_section(journal, plan, goals, mine, titled=len(plans) > 1))
    if not plans and evidence:
        lines.append(_evidence_section(journal, [], evidence))
    return part("Plan", lines)


def _plan_section(
    journal: Journal, plan: Plan, goals: Sequence[Goal], evidence: Sequence[Evidence], *, titled: bool
) -> str:
    lines: list[str] = []
    if titled:
        lines.append(f"\n### The plan from {long_date(plan.start)}\n")
    facts = [
        ("Start", long_date(plan.start)),
        ("Length", plural(plan.length_days, "day", "days")),
        ("End", long_date(plan_end(plan.start, plan.length_days))),
        ("Status", plan.status.label),
        ("How it ended", plan.outcome.label if plan.outcome else ""),
        ("Ended on", long_date(plan.ended_on) if plan.ended_on else ""),
        ("Manager", one_line(plan.manager)),
    ]
    lines.append("\n")
    lines.extend(detail(label, value) for label, value in facts)
    lines.append(_stakeholders(plan.stakeholders))
    level = "####" if titled else "###"
    lines.append(_checkpoints(journal.milestones.milestones(plan.uuid), plan.length_days, level))
    if goals:
        lines.append(f"\n{level} Goals\n")
        for number, goal in enumerate(goals, start=1):
            title = one_line(goal.title) or "Untitled goal"
            lines.append(f"\n**{number}. {title}** · {goal.status.label}\n")
            details = [
                ("What success looks like", goal.success),
                ("How it is measured", goal.measure),
            ]
            listed = "".join(detail(label, value) for label, value in details)
            listed += _milestones(goal.milestones) + detail("Notes", goal.notes)
            lines.append(f"\n{listed}" if listed else "")
    alignments = journal.plans.alignments(plan.uuid)
    if alignments:
        lines.append(f"\n{level} Who agreed\n\n")
        for alignment in alignments:
            about = f": {one_line(alignment.about)}" if alignment.about.strip() else ""
            who = one_line(alignment.who) or "Someone"
            lines.append(f"- {long_date(alignment.agreed_on)} · {who} · {alignment.how.label}{about}\n")
    if evidence:
        lines.append(_evidence_section(journal, goals, evidence, level))
    if plan.closing_reflection.strip():
        lines.append(f"\n{level} Closing reflection\n{block(nested(plan.closing_reflection, len(level)))}")
    return "".join(lines)


def _checkpoints(checkpoints: Sequence[PlanMilestone], length_days: int, level: str) -> str:
    """The plan's checkpoints something was written for: what success looks like, and the review."""
    lines = []
    for checkpoint in checkpoints:
        reviewed = checkpoint.reviewed_at
        listed = "".join((
            detail("What success looks like", checkpoint.success),
            detail("What was met", checkpoint.met),
            detail("To raise at the next check-in", checkpoint.to_raise),
            detail("Reviewed", moment_words(reviewed) if reviewed is not None else ""),
        ))
        if listed:
            name = _checkpoint_name(int(checkpoint.mark), length_days)
            heading = f"{name} · {long_date(checkpoint.due_on)}"
            lines.append(f"\n**{heading}**\n\n{listed}")
    return f"\n{level} Checkpoints\n{''.join(lines)}" if lines else ""


def _checkpoint_name(mark: int, length_days: int) -> str:
    """"Day 30"; "Day 60, the end"; for a mark past a shorter plan's end, what it was written for."""
    if mark < length_days:
        return f"Day {mark}"
    if mark == length_days:
        return f"Day {mark}, the end"
    return f"For day {mark} (the plan ends on day {length_days})"


def _stakeholders(people: Sequence[Stakeholder]) -> str:
    """Names on one line; once anyone's expectations or confirmation is written, one item each."""
    if not any(person.expectations.strip() or person.confirmed_on for person in people):
        return detail("Stakeholders", ", ".join(one_line(person.name) for person in people))
    items = []
    for person in people:
        confirmed = (f"confirmed the plan {long_date(person.confirmed_on)}" if person.confirmed_on
                     else "not confirmed yet")
        items.append(sub_item(f"{one_line(person.name) or 'Someone'} · {confirmed}", person.expectations))
    return "- Stakeholders:\n" + "".join(items)


def _milestones(milestones: Sequence[GoalMilestone]) -> str:
    """Dates on one line; once any milestone has its own words or status, one item each."""
    if not any(m.success.strip() or m.status != GoalStatus.NOT_STARTED for m in milestones):
        return detail("Milestones", ", ".join(long_date(m.due_on) for m in milestones))
    items = [sub_item(f"{long_date(m.due_on)} · {m.status.label}", m.success) for m in milestones]
    return "- Milestones:\n" + "".join(items)



def _evidence_section(
    journal: Journal, goals: Sequence[Goal], evidence: Sequence[Evidence], level: str = "###"
) -> str:
    """The brag log grouped by goal, in the goals' order, then the wins for the plan as a whole."""
    by_goal: dict[str | None, list[Evidence]] = defaultdict(list)
    for item in evidence:
        by_goal[item.goal_uuid].append(item)
    groups = [(one_line(goal.title) or "Untitled goal", by_goal[goal.uuid]) for goal in goals]
    groups.append(("For the plan as a whole", by_goal[None]))
    lines = [f"\n{level} Evidence\n"]
    for title, items in groups:
        if not items:
            continue
        lines.append(f"\n**{title}**\n\n")
        for item in items:
            source = _entry_reference(journal, item.entry_uuid)
            text = item.text.strip()
            first, _, rest = text.partition("\n")
            lines.append(f"- {long_date(item.happened_on)}: {first}{source}\n")
            if rest.strip():
                lines.append(indented(rest))
    return "".join(lines)


def _entry_reference(journal: Journal, entry_uuid: str | None) -> str:
    if entry_uuid is None:
        return ""
    try:
        entry = journal.get_entry(entry_uuid)
    except NotFound:
        return " (from a journal entry since deleted)"
    title = one_line(entry.title)
    named = f"entry “{title}”" if title else "entry"
    return f" (from your {named} of {long_date(written_date(entry))})"


# -- check-ins -----------------------------------------------------------------------------


def _checkins_part(journal: Journal) -> str:
    checkins = journal.checkins.checkins()
    actions = journal.checkins.actions()
    feedback = journal.checkins.feedback()
    if not checkins and not actions:
        return ""
    goal_titles = _goal_titles(journal)
    action_texts = {action.uuid: action.text for action in actions}
    actions_by_checkin: dict[str | None, list[Action]] = defaultdict(list)
    for action in actions:
        actions_by_checkin[action.checkin_uuid].append(action)
    feedback_by_checkin: dict[str, list[Feedback]] = defaultdict(list)
    for item in feedback:
        feedback_by_checkin[item.checkin_uuid].append(item)

    lines = [
        _checkin_section(
            checkin,
            feedback_by_checkin[checkin.uuid],
            actions_by_checkin[checkin.uuid],
            goal_titles,
            action_texts,
        )
        for checkin in checkins
    ]
    known = {checkin.uuid for checkin in checkins}
    others = [action for action in actions if action.checkin_uuid not in known]
    if others:
        lines.append("\n### Other actions\n\n")
        lines.extend(_action_line(action, goal_titles) for action in others)
    return part("Check-ins", lines)


def _checkin_section(
    checkin: CheckIn,
    feedback: Sequence[Feedback],
    actions: Sequence[Action],
    goal_titles: dict[str, str],
    action_texts: dict[str, str],
) -> str:
    state = "held" if checkin.held else "planned"
    lines = [f"\n### {moment_words(checkin.scheduled_at)} · {state}\n"]
    lines.append(labelled("Agenda", checkin.agenda, 3))
    lines.append(labelled("Your own questions", checkin.own_questions, 3))
    lines.append(labelled("To thank your manager for", checkin.thanks, 3))
    lines.append(labelled("Lessons learned", checkin.lessons, 3))
    lines.append(labelled("Notes", checkin.notes, 3))
    if feedback:
        lines.append("\n**Feedback received**\n\n")
        for item in feedback:
            text = item.text.strip()
            first, _, rest = text.partition("\n")
            about = f" (about “{goal_titles[item.goal_uuid]}”)" if item.goal_uuid in goal_titles else ""
            became = ""
            if item.action_uuid in action_texts:
                became = f" → became the action “{one_line(action_texts[item.action_uuid])}”"
            lines.append(f"- {first}{about}{became}\n")
            if rest.strip():
                lines.append(indented(rest))
    if actions:
        lines.append("\n**Agreed actions**\n\n")
        lines.extend(_action_line(action, goal_titles) for action in actions)
    if checkin.rating is not None:
        lines.append(f"\n**How it went:** {checkin.rating} of 5\n")
    lines.append(labelled("Follow-up message", checkin.follow_up, 3))
    return "".join(lines)


def _action_line(action: Action, goal_titles: dict[str, str]) -> str:
    box = "x" if action.done_on is not None else " "
    details = [one_line(action.text) or "An action"]
    if action.goal_uuid in goal_titles:
        details.append(f"for “{goal_titles[action.goal_uuid]}”")
    if action.due_on is not None:
        details.append(f"due {long_date(action.due_on)}")
    if action.done_on is not None:
        details.append(f"done {long_date(action.done_on)}")
    return f"- [{box}] {' · '.join(details)}\n"


def _goal_titles(journal: Journal) -> dict[str, str]:
    return {
        goal.uuid: one_line(goal.title) or "Untitled goal"
        for plan in journal.plans.plans()
        for goal in journal.plans.goals(plan.uuid)
    }
