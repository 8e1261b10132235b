"""The plan tool reaches the plan's end, its past plans and its checkpoint reviews."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.workbench import PlanOutcome, PlanStatus
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.past_plans import PastPlansDialog
from app.ui.plan.plan_ending import EndPlanDialog
from tests.ui.plan.plan_helpers import create_plan, make_tool


def test_an_active_plan_offers_its_end_and_past_plans(qtbot: QtBot, observed: ObservedJournal) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date(2026, 3, 2))
    closing = tool.closing
    assert closing.end_plan_button.isVisibleTo(tool) and closing.past_plans_button.isVisibleTo(tool)
    assert closing.checkpoint_reviews.isVisibleTo(tool)
    qtbot.mouseClick(closing.end_plan_button, Qt.MouseButton.LeftButton)
    [ending] = [w for w in QApplication.topLevelWidgets() if isinstance(w, EndPlanDialog) and w.isVisible()]
    ending.close()

    closed = replace(plan, status=PlanStatus.COMPLETED, outcome=PlanOutcome.COMPLETED)
    ended = observed.act(Area.PLAN, lambda j: j.plans.save_plan(closed), origin="the end-of-plan dialog")
    assert ended is not None
    tool.refresh()
    assert not closing.end_plan_button.isVisibleTo(tool)  # an ended plan is ended once
    qtbot.mouseClick(closing.past_plans_button, Qt.MouseButton.LeftButton)
    assert any(isinstance(w, PastPlansDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_setting_an_ended_plan_back_to_active_clears_how_it_ended(
    qtbot: QtBot, observed: ObservedJournal
) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date(2026, 3, 2))
    closed = replace(plan, status=PlanStatus.ENDED, outcome=PlanOutcome.LEFT, ended_on=date(2026, 4, 1),
                     closing_reflection="Kept, whatever happens next.")
    assert observed.act(Area.PLAN, lambda j: j.plans.save_plan(closed), origin="the end-of-plan dialog")
    tool.refresh()
    form = tool.details_section.form
    assert form.status_combo is not None
    form.status_combo.setCurrentIndex(form.status_combo.findData(PlanStatus.ACTIVE.value))
    assert tool.flush()
    again = observed.read(lambda j: j.plans.current_plan(), None)
    assert again is not None and again.status is PlanStatus.ACTIVE
    assert (again.outcome, again.ended_on) == (None, None)
    assert again.closing_reflection == "Kept, whatever happens next."
