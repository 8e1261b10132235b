"""The check-in brief: everything since the last meeting, arranged to read, print or take along.

The store gathers a `BriefMaterial` (plain values, nothing decided yet); the person then picks the
sections and entries that go in (`BriefChoice`); this module turns the two into blocks, and the
blocks into Markdown. app/io/brief_html.py renders the very same blocks as HTML, so the preview,
the PDF and the Markdown file never disagree about what the brief says.

Feelings stay private unless the person adds them: the mood trend and the stay-or-go notes are
off by default, and so are journal entries written in the Feelings stage, even when marked.

The material, the choice and the helpers the store uses live in app/domain/brief_material.py;
they are importable from here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.brief_material import (
    FEELINGS_SECTIONS,
    BriefChoice,
    BriefEntry,
    BriefMaterial,
    BriefSection,
    agenda_questions,
    brief_questions,
    changed_statement,
    default_choice,
    marked_for_this,
    previous_held,
)
from app.domain.plan_math import local_day, plan_day, plan_end, unconfirmed
from app.domain.schedule import short_day
from app.domain.timeline import local_time, written_date
from app.domain.workbench import MOOD_WORDS, Action, MoodCheck, PlanStatus
from app.i18n import translate

__all__ = [
    "FEELINGS_SECTIONS",
    "Block",
    "BriefChoice",
    "BriefEntry",
    "BriefMaterial",
    "BriefSection",
    "Chart",
    "Heading",
    "Items",
    "Paragraph",
    "Quoted",
    "agenda_questions",
    "brief_blocks",
    "brief_markdown",
    "brief_questions",
    "brief_title",
    "changed_statement",
    "default_choice",
    "marked_for_this",
    "mood_sentence",
    "period_text",
    "previous_held",
    "suggested_file_name",
]


def mood_sentence(checks: Sequence[MoodCheck]) -> str:
    """The mood trend in one sentence, for the Markdown brief and for anyone who can't see the chart."""
    if not checks:
        return "You didn't record a mood check in this period."
    ordered = sorted(checks, key=lambda c: c.at)
    if len(ordered) == 1:
        only = ordered[0]
        word = MOOD_WORDS.get(only.mood, str(only.mood)).lower()
        return f"One mood check, on {short_day(local_day(only.at))}: {word} ({only.mood} of 5)."
    first, last = ordered[0], ordered[-1]
    average = sum(c.mood for c in ordered) / len(ordered)
    if last.mood > first.mood:
        movement = f"rose from {first.mood} to {last.mood}"
    elif last.mood < first.mood:
        movement = f"dipped from {first.mood} to {last.mood}"
    else:
        movement = f"started and ended at {last.mood}"
    low = min(c.mood for c in ordered)
    high = max(c.mood for c in ordered)
    spread = f", ranging from {low} to {high}" if high != low else ""
    return (
        f"{len(ordered)} mood checks between {short_day(local_day(first.at))} and "
        f"{short_day(local_day(last.at))}: your mood {movement} (out of 5), "
        f"{average:.1f} on average{spread}."
    )


def brief_title(material: BriefMaterial) -> str:
    checkin = material.checkin
    if checkin is None:
        return translate("Brief", "Brief for your next check-in")
    local = local_time(checkin.scheduled_at)
    return translate("Brief", "Brief for the check-in on {day}, {time}").format(
        day=short_day(local.date(), with_year=True), time=f"{local:%H:%M}")


def period_text(material: BriefMaterial) -> str:
    """Where the brief starts counting from, and why from there."""
    since = short_day(material.since_day, with_year=True)
    until = short_day(material.until_day, with_year=True)
    if material.previous is not None:
        text = translate("Brief", "Since the check-in on {since}, up to {until}.")
    elif material.plan is not None and material.since_day == material.plan.start:
        text = translate("Brief", "Since your plan started on {since}, up to {until}.")
    else:
        text = translate("Brief", "From {since}, up to {until}.")
    return text.format(since=since, until=until)


def suggested_file_name(material: BriefMaterial, suffix: str) -> str:
    """brief-2026-03-12.md: the meeting's day, or today's when no meeting is scheduled."""
    day = local_day(material.checkin.scheduled_at) if material.checkin else local_day(material.made_at)
    return f"check-in-brief-{day.isoformat()}{suffix}"


# -- the brief as blocks -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1 for the title, 2 for a section, 3 inside a section
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    # "plain", "note" (quiet detail) or "hint" (what is missing and where it comes from, in italics:
    # guidance for the window's preview, never printed, saved or copied)
    style: str = "plain"


@dataclass(frozen=True, slots=True)
class Items:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quoted:
    """The person's own Markdown (an entry's body), kept as they wrote it."""

    markdown: str


@dataclass(frozen=True, slots=True)
class Chart:
    """Where the mood chart goes; the Markdown brief has the sentence that describes it instead."""

    description: str


Block = Heading | Paragraph | Items | Quoted | Chart


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _day(day: date) -> str:
    return short_day(day)


def _progress(material: BriefMaterial) -> list[Block]:
    blocks: list[Block] = []
    plan, today = material.plan, material.until_day
    if plan is not None:
        position = plan_day(plan.start, plan.length_days, today)
        end = short_day(plan_end(plan.start, plan.length_days), with_year=True)
        if position.before_start:
            where = f"Your plan starts on {short_day(plan.start)} and runs to {end}."
        elif position.after_end:
            where = f"Your plan ended on {end}."
        else:
            where = f"Day {position.day} of {position.total} of your plan (it runs to {end})."
        blocks.append(Paragraph(where, "note"))
        waiting = [person.name.strip() or "someone" for person in unconfirmed(plan)]
        if waiting and plan.status is PlanStatus.ACTIVE:
            blocks.append(Paragraph(f"Still to confirm the plan: {', '.join(waiting)}.", "note"))
    goals = sorted(material.goals, key=lambda g: (g.position, g.created_at))
    evidence = sorted(material.evidence, key=lambda e: (e.happened_on, e.created_at))
    since = _day(material.since_day)
    if not goals:
        blocks.append(Paragraph("No goals are written down yet; the Expectations page is where they go.",
                                "hint"))
    for goal in goals:
        blocks.append(Heading(3, f"{_one_line(goal.title) or 'Untitled goal'} — {goal.status.label}"))
        mine = [e for e in evidence if e.goal_uuid == goal.uuid]
        if mine:
            blocks.append(Items(tuple(f"{_day(e.happened_on)}: {_one_line(e.text)}" for e in mine)))
        else:
            blocks.append(Paragraph(f"No progress noted for this goal since {since}.", "note"))
    known = {g.uuid for g in goals}
    general = [e for e in evidence if e.goal_uuid is None or e.goal_uuid not in known]
    if general:
        blocks.append(Heading(3, "Other progress"))
        blocks.append(Items(tuple(f"{_day(e.happened_on)}: {_one_line(e.text)}" for e in general)))
    return blocks


def _action_text(action: Action, today: date, titles: dict[str, str]) -> str:
    details: list[str] = []
    if action.done_on is not None:
        details.append(f"done {_day(action.done_on)}")
    elif action.due_on is not None:
        details.append(f"due {_day(action.due_on)}" + (", overdue" if action.due_on < today else ""))
    if action.goal_uuid in titles:
        details.append(f"goal: {titles[action.goal_uuid or '']}")
    text = _one_line(action.text)
    return f"{text} ({'; '.join(details)})" if details else text


def _actions(material: BriefMaterial) -> list[Block]:
    titles = {g.uuid: _one_line(g.title) for g in material.goals}
    today = material.until_day
    blocks: list[Block] = []
    if material.open_actions:
        blocks.append(Paragraph("Still open:"))
        blocks.append(Items(tuple(_action_text(a, today, titles) for a in material.open_actions)))
    if material.done_actions:
        blocks.append(Paragraph(f"Completed since {_day(material.since_day)}:"))
        blocks.append(Items(tuple(_action_text(a, today, titles) for a in material.done_actions)))
    if not blocks:
        blocks.append(Paragraph("No actions are open, and none were completed in this period.", "hint"))
    return blocks


def _feedback(material: BriefMaterial) -> list[Block]:
    previous = material.previous
    if previous is None:
        return [Paragraph("There was no earlier check-in to carry feedback from.", "hint")]
    day = short_day(local_day(previous.scheduled_at), with_year=True)
    if not material.feedback:
        return [Paragraph(f"No feedback was noted at the check-in on {day}.", "hint")]
    ordered = sorted(material.feedback, key=lambda f: f.created_at)
    return [Paragraph(f"What you heard at the check-in on {day}:"),
            Items(tuple(_one_line(f.text) for f in ordered))]


def _statement(material: BriefMaterial) -> list[Block]:
    version = material.statement
    if version is None:
        return [Paragraph(f"Your statement hasn't changed since {_day(material.since_day)}.", "hint")]
    kind = "final version" if version.is_final else "version"
    saved = short_day(local_day(version.created_at), with_year=True)
    return [Paragraph(f"From {kind} {version.number}, saved {saved}.", "note"),
            Quoted(version.text.strip() or "(This version is empty.)")]


def _entries(material: BriefMaterial, chosen: frozenset[str]) -> list[Block]:
    picked = [e for e in material.entries if e.uuid in chosen]
    if not picked:
        return [Paragraph(
            "No entries chosen. Mark an entry “Bring to next check-in” in the Journal and it is offered "
            "here first, already ticked.",
            "hint",
        )]
    blocks: list[Block] = []
    for entry in picked:
        day = short_day(written_date(entry.created_at, entry.time_zone), with_year=True)
        blocks.append(Heading(3, f"{entry.heading} ({day})"))
        blocks.append(Quoted(entry.body.strip() or "(No text.)"))
    return blocks


def _mood(material: BriefMaterial) -> list[Block]:
    sentence = mood_sentence(material.mood_checks)
    if not material.mood_checks:
        return [Paragraph(sentence, "hint")]
    if len(material.mood_checks) < 2:
        return [Paragraph(sentence)]
    return [Chart(sentence), Paragraph(sentence)]


def _stay_or_go(material: BriefMaterial) -> list[Block]:
    if not material.stay_or_go:
        return [Paragraph("You haven't written a stay-or-go reflection yet.", "hint")]
    blocks: list[Block] = []
    for sitting in material.stay_or_go:
        day = short_day(local_day(sitting.created_at), with_year=True)
        blocks.append(Heading(3, f"{day} — {sitting.decision.label}"))
        for label, text in (("Reasons to stay", sitting.reasons_to_stay),
                            ("Reasons to leave", sitting.reasons_to_leave),
                            ("What would need to be true to stay", sitting.conditions_to_stay)):
            if text.strip():
                blocks.append(Paragraph(f"{label}: {text.strip()}"))
    return blocks


def _questions(material: BriefMaterial) -> list[Block]:
    if not material.questions:
        return [Paragraph("No questions prepared yet. Tick some on the check-in's Prepare step, "
                          "or add your own to its agenda.", "hint")]
    return [Items(tuple(_one_line(q) for q in material.questions))]


def _section_blocks(material: BriefMaterial, choice: BriefChoice, section: BriefSection) -> list[Block]:
    if section is BriefSection.PROGRESS:
        return _progress(material)
    if section is BriefSection.ACTIONS:
        return _actions(material)
    if section is BriefSection.FEEDBACK:
        return _feedback(material)
    if section is BriefSection.STATEMENT:
        return _statement(material)
    if section is BriefSection.ENTRIES:
        return _entries(material, choice.entry_uuids)
    if section is BriefSection.MOOD:
        return _mood(material)
    if section is BriefSection.STAY_OR_GO:
        return _stay_or_go(material)
    return _questions(material)


def brief_blocks(material: BriefMaterial, choice: BriefChoice, *, guidance: bool = False) -> list[Block]:
    """The brief, section by section, as plain blocks any renderer can draw.

    With `guidance` (the window's preview) a section with nothing in it says what is missing and
    where it would come from. Without it (what is printed, saved or copied) there are no app
    instructions: an empty section is left out, heading and all.
    """
    blocks: list[Block] = [Heading(1, brief_title(material)), Paragraph(period_text(material), "note")]
    if material.plan is not None and material.plan.manager.strip():
        blocks.append(Paragraph(f"Your manager: {_one_line(material.plan.manager)}.", "note"))
    for section in BriefSection:
        if section not in choice.sections:
            continue
        inside = _section_blocks(material, choice, section)
        if not guidance:
            inside = [b for b in inside if not (isinstance(b, Paragraph) and b.style == "hint")]
            if not inside:
                continue
        blocks.append(Heading(2, section.label))
        blocks += inside
    if not choice.sections and guidance:
        blocks.append(Paragraph("Nothing chosen yet: tick the sections you want to bring.", "hint"))
    return blocks


# -- Markdown ------------------------------------------------------------------------------------


def _markdown_item(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()] or [""]
    return "\n".join(["- " + lines[0], *("  " + line for line in lines[1:])])


def _markdown_block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * block.level} {block.text}"
    if isinstance(block, Paragraph):
        text = block.text.strip()
        return f"_{text}_" if block.style in ("note", "hint") else text
    if isinstance(block, Items):
        return "\n".join(_markdown_item(item) for item in block.items)
    if isinstance(block, Quoted):
        return "\n".join(f"> {line}".rstrip() for line in block.markdown.splitlines())
    return ""  # a chart: its sentence follows as a paragraph


def brief_markdown(material: BriefMaterial, choice: BriefChoice, *, guidance: bool = False) -> str:
    """The brief as a readable Markdown document (to save or copy: no app guidance unless asked)."""
    parts = [_markdown_block(block) for block in brief_blocks(material, choice, guidance=guidance)]
    return "\n\n".join(part for part in parts if part) + "\n"
