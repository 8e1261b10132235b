"""Today's notices: the day to say the statement, and who has not confirmed the plan, as they change."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.stages import Stage
from app.domain.workbench import Stakeholder
from app.ui.data.journal_events import ObservedJournal
from app.ui.shell.main_window import MainWindow
from app.ui.stages.stage_page import StagePage
from tests.ui.conftest import WindowFactory
from tests.ui.today.test_today_layout import new_plan, today_in


def gateway(window: MainWindow) -> ObservedJournal:
    assert window.journal is not None
    return window.journal


def test_who_has_not_confirmed_the_plan_shows(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    page = today_in(window, QSize(1280, 800))
    assert not page.confirmations.isVisible()  # no plan, nothing to confirm
    plan = replace(new_plan(), stakeholders=(Stakeholder("Sam (team lead)"), Stakeholder("Priya")))
    journal = gateway(window)
    journal.act(Area.PLAN, lambda j: j.plans.save_plan(plan), origin="the plan tool")
    assert page.confirmations.isVisible()
    waiting = page.confirmations.hint_label.text()
    assert waiting.startswith("Sam (team lead) and Priya have not confirmed yet.")
    confirmed = replace(plan, stakeholders=(Stakeholder("Sam (team lead)", confirmed_on=plan.start),
                                            Stakeholder("Priya")))
    journal.act(Area.PLAN, lambda j: j.plans.save_plan(confirmed), origin="the plan tool")
    assert page.confirmations.hint_label.text().startswith("Priya has not confirmed yet.")
    qtbot.mouseClick(page.confirmations.open_button, Qt.MouseButton.LeftButton)
    assert window.current_key == Stage.EXPECTATIONS.value
    stage = window.page(Stage.EXPECTATIONS.value)
    assert isinstance(stage, StagePage) and stage.views.current_widget() is stage.tool


def test_the_day_to_say_the_statement_is_a_notice_that_opens_the_workshop(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    page = today_in(window, QSize(1280, 800))
    assert not page.statement_date.isVisible()
    journal = gateway(window)
    in_three_days = journal.clock.today() + timedelta(days=3)
    journal.act(Area.STATEMENT, lambda j: j.statements.set_say_on(in_three_days), origin="the workshop")
    assert page.statement_date.isVisible()
    assert page.notices.indexOf(page.statement_date) == 0  # notices lead the page
    with qtbot.waitSignal(page.tool_requested) as asked:
        page.statement_date.open_workshop.emit()
    assert asked.args == [Stage.OWNERSHIP.value]
