"""The end-of-plan report: the plan's goals with their milestone results and evidence, the check-ins
held, the actions agreed and how they stand, the checkpoint reviews, the outcome and the closing
reflection. As Markdown text, or as HTML for the PDF and the in-app reading view.

The report is built once as sections of blocks; Markdown and HTML are two ways of writing them.
A block is what stays together on paper (a goal with its results, a checkpoint's review). What is
empty is left out: an empty field, a block with nothing in it, a section without blocks.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.milestone_reviews import checkpoint_title, checkpoints, success_words
from app.domain.plan_closing import (
    ended_words,
    is_ended,
    plan_actions,
    plan_checkins,
    plan_evidence,
)
from app.domain.plan_math import plan_end
from app.domain.timeline import local_date
from app.domain.workbench import (
    Action,
    Alignment,
    CheckIn,
    Evidence,
    Goal,
    GoalMilestone,
    Plan,
    PlanMilestone,
)
from app.i18n import translate
from app.i18n_dates import date_words
from app.io.brief_html import BASE_PT, brief_css

if TYPE_CHECKING:
    from app.store.journal import Journal

REPORT_TITLE = "End-of-plan report"


@dataclass(frozen=True, slots=True)
class PlanReportData:
    """Everything the report says, read from the journal once."""

    plan: Plan
    goals: tuple[Goal, ...]
    milestones: tuple[PlanMilestone, ...]
    evidence: tuple[Evidence, ...]  # the plan's own, oldest first
    checkins: tuple[CheckIn, ...]  # held while it ran, oldest first
    actions: tuple[Action, ...]
    alignments: tuple[Alignment, ...]
    made_on: date


def gather(journal: Journal, plan_uuid: str, made_on: date) -> PlanReportData:
    """Read what the report of one plan needs (raises NotFound for a plan that is not there)."""
    from app.store.errors import NotFound

    plan = next((p for p in journal.plans.plans() if p.uuid == plan_uuid), None)
    if plan is None:
        raise NotFound(f"no plan {plan_uuid}")
    goals = journal.plans.goals(plan.uuid)
    goal_uuids = {g.uuid for g in goals}
    checkins = plan_checkins(plan, journal.checkins.checkins())
    return PlanReportData(
        plan=plan,
        goals=tuple(goals),
        milestones=tuple(journal.milestones.milestones(plan.uuid)),
        evidence=tuple(plan_evidence(plan, goal_uuids, journal.plans.evidence())),
        checkins=tuple(checkins),
        actions=tuple(plan_actions(plan, goal_uuids, {c.uuid for c in checkins}, journal.checkins.actions())),
        alignments=tuple(journal.plans.alignments(plan.uuid)),
        made_on=made_on,
    )


# -- the report as sections of blocks -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Block:
    """What stays together on paper: a heading, labelled texts, and labelled lists."""

    heading: str = ""
    lines: tuple[tuple[str, str], ...] = ()  # (label, the person's words)
    lists: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (label, items)

    @property
    def empty(self) -> bool:
        return not self.lines and not self.lists


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


def _block(heading: str = "", lines: Sequence[tuple[str, str]] = (),
           lists: Sequence[tuple[str, Sequence[str]]] = ()) -> Block:
    """A block without its empty parts."""
    return Block(heading,
                 tuple((label, text.strip()) for label, text in lines if text.strip()),
                 tuple((label, tuple(items)) for label, items in lists if items))


def _section(title: str, blocks: Sequence[Block]) -> Section | None:
    kept = tuple(b for b in blocks if not b.empty)
    return Section(title, kept) if kept else None


def long_date(day: date) -> str:
    return date_words(day, translate("Dates", "%-d %B %Y"))


def _people(plan: Plan) -> list[str]:
    names = [getattr(person, "name", person) for person in plan.stakeholders]
    return [name for name in names if isinstance(name, str) and name.strip()]


def report_heading(plan: Plan) -> str:
    return f"Your plan from {long_date(plan.start)}"


def _overview(data: PlanReportData) -> Block:
    plan = data.plan
    length = f"{plan.length_days} day{'s' if plan.length_days != 1 else ''}"
    end = plan_end(plan.start, plan.length_days)
    lines = [("Length", f"{length}, from {long_date(plan.start)} to {long_date(end)}"),
             ("Manager", plan.manager), ("Also involved", ", ".join(_people(plan)))]
    if is_ended(plan):
        lines.append(("How it ended", ended_words(plan) + "."))
    else:
        lines.append(("Where it stands", "Still running."))
    return _block(lines=lines)


def _checkpoint_block(data: PlanReportData, milestone: PlanMilestone) -> Block:
    reviewed = milestone.reviewed_at
    return _block(
        f"{checkpoint_title(data.plan.start, milestone)} {milestone.due_on.year}",
        [("What success was to look like", "\n".join(success_words(data.milestones, milestone))),
         ("What was met", milestone.met),
         ("To raise at the next check-in", milestone.to_raise),
         ("Reviewed", long_date(local_date(reviewed)) if reviewed is not None else "")],
    )


def _goal_milestone(item: GoalMilestone) -> str:
    text = f"{long_date(item.due_on)}: {item.status.label}"
    return f"{text} — {item.success.strip()}" if item.success.strip() else text


def _evidence_item(evidence: Evidence) -> str:
    return f"{long_date(evidence.happened_on)}: {evidence.text.strip()}"


def _goal_block(goal: Goal, evidence: Sequence[Evidence]) -> Block:
    at_milestones = [_goal_milestone(m) for m in goal.milestones if isinstance(m, GoalMilestone)]
    wins = [_evidence_item(e) for e in evidence if e.goal_uuid == goal.uuid]
    return _block(
        goal.title.strip() or "Untitled goal",
        [("Status", goal.status.label), ("What success looks like", goal.success),
         ("How it is measured", goal.measure), ("Notes", goal.notes)],
        [("At each milestone", at_milestones), ("Evidence", wins)],
    )


def _checkin_item(checkin: CheckIn) -> str:
    day = local_date(checkin.scheduled_at)
    said = f"{day:%a} {long_date(day)}"
    return f"{said} — rated {checkin.rating} of 5" if checkin.rating is not None else f"{said} — not rated"


def _action_item(action: Action) -> str:
    text = action.text.strip()
    if action.done_on is not None:
        return f"{text} — done {long_date(action.done_on)}"
    return f"{text} — open, due {long_date(action.due_on)}" if action.due_on is not None else f"{text} — open"


def _alignment_item(alignment: Alignment) -> str:
    text = f"{alignment.who.strip()}, {long_date(alignment.agreed_on)}, {alignment.how.label.lower()}"
    return f"{text}: {alignment.about.strip()}" if alignment.about.strip() else text


def report_sections(data: PlanReportData) -> list[Section]:
    """The report's sections in order, the empty ones left out."""
    general = [_evidence_item(e) for e in data.evidence if e.goal_uuid is None]
    sections = [
        _section("The plan", [_overview(data)]),
        _section("Checkpoints", [_checkpoint_block(data, m) for m in checkpoints(data.milestones)]),
        _section("Goals", [_goal_block(goal, data.evidence) for goal in data.goals]),
        _section("Evidence for the plan as a whole", [_block(lists=[("", general)])]),
        _section("Check-ins held", [_block(lists=[("", [_checkin_item(c) for c in data.checkins])])]),
        _section("Actions agreed", [_block(lists=[("", [_action_item(a) for a in data.actions])])]),
        _section("Who agreed", [_block(lists=[("", [_alignment_item(a) for a in data.alignments])])]),
        _section("Looking back", [_block(lines=[("", data.plan.closing_reflection)])]),
    ]
    return [section for section in sections if section is not None]


def made_note(data: PlanReportData) -> str:
    return f"Made with Trustbridge on {long_date(data.made_on)}. It holds your own words: share it with care."


def suggested_name(plan: Plan) -> str:
    """A file name without its ending: 'plan-report-2026-03-02'."""
    return f"plan-report-{plan.start.isoformat()}"


# -- Markdown -----------------------------------------------------------------------------------


def _md_line(label: str, text: str) -> str:
    if not label:
        return text
    return f"**{label}:** {text}" if "\n" not in text else f"**{label}:**\n\n{text}"


def _md_item(text: str) -> str:
    return "- " + text.replace("\n", "\n  ")


def _md_block(block: Block) -> list[str]:
    out = [f"### {block.heading}"] if block.heading else []
    out += [_md_line(label, text) for label, text in block.lines]
    for label, items in block.lists:
        listed = "\n".join(_md_item(item) for item in items)
        out.append(f"**{label}:**\n\n{listed}" if label else listed)
    return out


def report_markdown(data: PlanReportData) -> str:
    """The report as Markdown: the person's own words as they wrote them."""
    parts = [f"# {REPORT_TITLE}", report_heading(data.plan)]
    for section in report_sections(data):
        parts.append(f"## {section.title}")
        for block in section.blocks:
            parts.extend(_md_block(block))
    parts.append(f"*{made_note(data)}*")
    return "\n\n".join(parts) + "\n"


# -- HTML ---------------------------------------------------------------------------------------


def _text(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.split("\n"))


def _html_block(block: Block) -> str:
    out = [f"<h3>{html.escape(block.heading)}</h3>"] if block.heading else []
    for label, text in block.lines:
        said = f"<b>{html.escape(label)}:</b> " if label else ""
        out.append(f"<p>{said}{_text(text)}</p>" if "\n" not in text or not label
                   else f"<p>{said}</p><p>{_text(text)}</p>")
    for label, items in block.lists:
        if label:
            out.append(f"<p><b>{html.escape(label)}:</b></p>")
        out.append("<ul>" + "".join(f"<li>{_text(item)}</li>" for item in items) + "</ul>")
    return "".join(out)


def report_html_parts(data: PlanReportData) -> list[str]:
    """The report's body as parts that each stay together on paper: the title, then each block,
    a section's heading kept with its first block."""
    parts = [f"<h1>{html.escape(REPORT_TITLE)}</h1><p>{html.escape(report_heading(data.plan))}</p>"]
    for section in report_sections(data):
        for index, block in enumerate(section.blocks):
            heading = f"<h2>{html.escape(section.title)}</h2>" if index == 0 else ""
            parts.append(heading + _html_block(block))
    parts.append(f"<p class=\"note\">{html.escape(made_note(data))}</p>")
    return parts


def report_css(base_pt: float = BASE_PT) -> str:
    """The brief's stylesheet: the two documents read alike on paper."""
    return brief_css(base_pt)


def report_html(data: PlanReportData, base_pt: float = BASE_PT) -> str:
    """A complete HTML document of the report."""
    body = "\n".join(report_html_parts(data))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(REPORT_TITLE)}</title>\n"
        f"<style>{report_css(base_pt)}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
