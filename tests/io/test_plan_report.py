"""The end-of-plan report from a real journal: what it says, what it leaves out, and the PDF."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.domain.workbench import GoalMilestone, GoalStatus, PlanOutcome, PlanStatus
from app.io.plan_report import gather, report_html, report_markdown, report_sections
from app.store.journal import Journal
from app.ui.plan.plan_report_output import write_report_markdown, write_report_pdf
from tests.io.pdf_text import page_texts, squashed
from tests.io.plan_story import REFLECTION, ended_plan, kept_plan

MADE_ON = date(2026, 6, 1)


def test_the_markdown_report_of_an_ended_plan(journal: Journal) -> None:
    story = ended_plan(journal)
    text = report_markdown(gather(journal, story.plan.uuid, MADE_ON))
    assert text.startswith("# End-of-plan report\n\nYour plan from 2 March 2026\n\n## The plan\n")
    assert "**Length:** 90 days, from 2 March 2026 to 30 May 2026\n\n**Manager:** Dana Whitfield" in text
    assert "**How it ended:** Completed successfully, 30 May 2026." in text
    # The checkpoint review, kept when day 30 came.
    assert "### Day 30 — 31 March 2026" in text
    assert "**What success was to look like:** Updates on time four weeks running." in text
    assert "**What was met:** Four of four updates on time." in text
    assert "**To raise at the next check-in:** Ask about the review backlog." in text
    assert "**Reviewed:** 31 March 2026" in text
    assert "### Day 60" not in text  # nothing was written for it: left out
    # Goals with their status, success and evidence.
    assert "### Weekly status update by Friday noon\n\n**Status:** Done" in text
    assert "**Evidence:**\n\n- 6 March 2026: Sent the first update at 11:40, risks listed." in text
    assert "**Notes:** Paired with Priya on the hardest ones." in text
    assert ("## Evidence for the plan as a whole\n\n"
            "- 2 April 2026: Dana thanked me in the team meeting for the release notes.") in text
    assert "Before the plan" not in text  # dated before it began, for no goal of it
    assert ("## Check-ins held\n\n- Mon 16 March 2026 — rated 3 of 5\n"
            "- Mon 13 April 2026 — rated 4 of 5\n") in text
    assert "15 June" not in text  # never held
    assert "- Send the weekly update by Friday noon — done 20 March 2026" in text
    assert "- Ask Dana which reviews matter most — open, due 20 April 2026" in text
    assert "## Who agreed\n\n- Dana Whitfield, 3 March 2026, in a meeting: the plan" in text
    assert f"## Looking back\n\n{REFLECTION}\n\n*Made with Trustbridge on 1 June 2026." in text


def test_empty_sections_are_left_out(journal: Journal) -> None:
    story = kept_plan(journal)
    older = journal.plans.save_plan(replace(story.plan, uuid="00000000-0000-4000-8000-0000000000aa",
                                            start=date(2025, 1, 6), manager="", status=PlanStatus.ENDED))
    data = gather(journal, older.uuid, MADE_ON)
    titles = [section.title for section in report_sections(data)]
    assert titles == ["The plan"]  # no goals, no checkpoints written, nothing held in its days
    text = report_markdown(data)
    assert "**How it ended:** Ended." in text
    for absent in ("## Goals", "## Check-ins held", "## Actions agreed", "## Who agreed", "## Looking back",
                   "**Notes:**", "**Manager:**", "**Also involved:**"):
        assert absent not in text


def test_each_goal_milestone_is_reported_when_the_goal_has_them(journal: Journal) -> None:
    story = ended_plan(journal)
    data = gather(journal, story.plan.uuid, MADE_ON)
    with_marks = replace(data.goals[0], milestones=(
        GoalMilestone(date(2026, 3, 31), "Four updates on time.", GoalStatus.DONE),
        GoalMilestone(date(2026, 4, 30), "", GoalStatus.ON_TRACK),
    ))
    text = report_markdown(replace(data, goals=(with_marks, *data.goals[1:])))
    assert ("**At each milestone:**\n\n- 31 March 2026: Done — Four updates on time.\n"
            "- 30 April 2026: On track") in text


def test_the_html_escapes_the_persons_words(journal: Journal) -> None:
    story = ended_plan(journal)
    plan = journal.plans.save_plan(replace(story.plan, closing_reflection="<b>not bold</b> & more"))
    page = report_html(gather(journal, plan.uuid, MADE_ON))
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; more" in page
    assert "<b>not bold</b>" not in page


def test_the_pdf_is_written_whole_private_and_readable(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    story = ended_plan(journal, PlanOutcome.LEFT)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    write_report_pdf(target, gather(journal, story.plan.uuid, MADE_ON))
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]
    text = squashed("".join(page_texts(target)))
    for words in ("End-of-plan report", "How it ended: I left, 30 May 2026.", "Day 30 — 31 March 2026",
                  "Weekly status update by Friday noon", "Code reviews within one working day",
                  "Mon 16 March 2026 — rated 3 of 5", "Ask Dana which reviews matter most — open",
                  "I learned to say early when something slips."):
        assert squashed(words) in text, words


def test_the_markdown_file_is_the_report(journal: Journal, tmp_path: Path) -> None:
    story = ended_plan(journal)
    data = gather(journal, story.plan.uuid, MADE_ON)
    target = tmp_path / "report.md"
    write_report_markdown(target, data)
    assert target.read_text(encoding="utf-8") == report_markdown(data)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
