"""The report's PDF keeps each block on one page: a goal with its results is never cut in two
(unless it is taller than a page)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.domain.workbench import GoalStatus
from app.io.plan_report import gather, report_css, report_html_parts
from app.store.journal import Journal
from app.ui.plan.plan_report_output import keep_together, paged_document, part_pages, report_document
from tests.io.plan_story import MADE, kept_plan, new_uuid
from tests.store.test_plan_store import make_goal

SUCCESS = "Every Friday by noon, with the risks named early and the next steps written down plainly. " * 3


def many_goals(journal: Journal) -> str:
    story = kept_plan(journal)
    for n in range(14):
        journal.plans.save_goal(make_goal(story.plan.uuid, position=n + 2, uuid=new_uuid(), milestones=(),
                                          title=f"Goal number {n}", success=SUCCESS, notes=SUCCESS,
                                          status=GoalStatus.ON_TRACK, created_at=MADE, updated_at=MADE))
    return story.plan.uuid


def test_blocks_stay_together_across_pages(qtbot: QtBot, journal: Journal) -> None:
    data = gather(journal, many_goals(journal), date(2026, 6, 1))
    loose, loose_spans = paged_document(report_html_parts(data), report_css())
    assert any(top != bottom for top, bottom in (part_pages(loose, span) for span in loose_spans))

    document, spans = report_document(data)
    placed = [part_pages(document, span) for span in spans]
    assert all(top == bottom for top, bottom in placed), placed
    assert document.pageCount() >= 3
    assert placed[-1][0] == document.pageCount() - 1


def test_a_block_taller_than_a_page_flows_on(qtbot: QtBot) -> None:
    tall = "<h3>A very long goal</h3>" + "<p>Line of notes that goes on.</p>" * 120
    document, spans = paged_document(["<h1>Report</h1>", tall, "<p>After it.</p>"], report_css())
    keep_together(document, spans)
    top, bottom = part_pages(document, spans[1])
    assert bottom > top  # it could not fit anywhere: it is not pushed to a page of its own first
    assert part_pages(document, spans[0]) == (0, 0) and top == 0
