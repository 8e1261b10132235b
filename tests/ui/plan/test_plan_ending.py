"""Ending the plan: the reflection saves as typed; "End the plan" records outcome, day, reflection
and status in one act (a failure midway changes nothing); an extended plan is offered a new one;
the report is one click away."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.workbench import Plan, PlanOutcome, PlanStatus
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.plan import plan_report_output
from app.ui.plan.plan_ending import EndPlanDialog
from app.ui.widgets.form_fields import qdate
from tests.io.plan_story import kept_plan
from tests.ui.plan.plan_helpers import DISK_FULL, file_rows, unnamed


@pytest.fixture
def gateway(journal: Journal, save_timing: SaveTiming) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=save_timing,
                           clock=FixedClock(datetime(2026, 5, 30, 20, 0, tzinfo=UTC)))


def ending(qtbot: QtBot, gateway: ObservedJournal, plan: Plan) -> EndPlanDialog:
    dialog = EndPlanDialog(gateway, plan.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(qtbot: QtBot, button: QRadioButton) -> None:
    """Click the round button itself (the widget may be wider than its words)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def stored(journal: Journal, uuid: str) -> Plan:
    return next(p for p in journal.plans.plans() if p.uuid == uuid)


def test_the_reflection_saves_as_typed_and_ending_is_one_act(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal
) -> None:
    story = kept_plan(journal)
    dialog = ending(qtbot, gateway, story.plan)
    assert unnamed(dialog) == []
    assert not dialog.end_button.isEnabled()  # an outcome first
    dialog.reflection_edit.setFocus()
    qtbot.keyClicks(dialog.reflection_edit, "I learned to say early when something slips.")
    qtbot.waitUntil(lambda: stored(journal, story.plan.uuid).closing_reflection
                    == "I learned to say early when something slips.", timeout=3000)
    assert stored(journal, story.plan.uuid).status == PlanStatus.ACTIVE  # words alone end nothing

    choose(qtbot, dialog.outcome_buttons[PlanOutcome.COMPLETED])
    assert dialog.outcome_hint.text() == "You met the plan, and it closed."
    dialog.date_edit.setDate(qdate(date(2026, 5, 29)))
    qtbot.keyClicks(dialog.reflection_edit, " Asking was not weakness.")
    with qtbot.waitSignal(dialog.ended) as ended:
        qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    plan = stored(journal, story.plan.uuid)
    assert ended.args == [plan]
    assert (plan.status, plan.outcome, plan.ended_on) == (PlanStatus.COMPLETED, PlanOutcome.COMPLETED,
                                                          date(2026, 5, 29))
    assert plan.closing_reflection == "I learned to say early when something slips. Asking was not weakness."
    assert dialog.closed_text.text().startswith("Completed successfully, 29 May 2026.")
    assert dialog.new_plan_button.isHidden()
    assert dialog.report_buttons.pdf_button.isEnabled()


def test_a_failure_midway_through_ending_changes_nothing(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = kept_plan(journal)
    dialog = ending(qtbot, gateway, story.plan)
    dialog.reflection_edit.setPlainText("Kept before the end.")
    assert dialog.flush()
    before = file_rows(journal)
    real = journal.plans.save_plan

    def written_then_refused(plan: Plan) -> Plan:
        real(plan)  # the plan row is written inside the operation…
        raise StorageUnavailable(DISK_FULL)  # …and then the disk says no

    monkeypatch.setattr(journal.plans, "save_plan", written_then_refused)
    dialog.outcome_buttons[PlanOutcome.LEFT].setChecked(True)
    dialog.reflection_edit.setPlainText("Kept before the end, and more.")
    dialog.saver.forget()
    assert dialog.end() is False
    monkeypatch.undo()
    assert file_rows(journal) == before
    plan = stored(journal, story.plan.uuid)
    assert (plan.status, plan.outcome, plan.ended_on) == (PlanStatus.ACTIVE, None, None)
    assert plan.closing_reflection == "Kept before the end."
    assert dialog.status.state == "error" and dialog.stack.currentIndex() == 0
    assert dialog.reflection_edit.toPlainText() == "Kept before the end, and more."
    assert dialog.end() is True
    assert stored(journal, story.plan.uuid).closing_reflection == "Kept before the end, and more."


def test_an_extended_plan_ends_and_offers_a_new_one(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal
) -> None:
    story = kept_plan(journal)
    dialog = ending(qtbot, gateway, story.plan)
    choose(qtbot, dialog.outcome_buttons[PlanOutcome.EXTENDED])
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    plan = stored(journal, story.plan.uuid)
    assert (plan.status, plan.outcome, plan.ended_on) == (PlanStatus.ENDED, PlanOutcome.EXTENDED,
                                                          date(2026, 5, 30))
    assert not dialog.new_plan_button.isHidden()
    with qtbot.waitSignal(dialog.new_plan_wanted):
        qtbot.mouseClick(dialog.new_plan_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_report_is_one_click_from_the_end(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    story = kept_plan(journal)
    dialog = ending(qtbot, gateway, story.plan)
    dialog.outcome_buttons[PlanOutcome.COMPLETED].setChecked(True)
    assert dialog.end()
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / Path(suggested).stem  # no ending typed: the right one is added

    monkeypatch.setattr(plan_report_output, "choose_save_path", choose)
    qtbot.mouseClick(dialog.report_buttons.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.report_buttons.markdown_button, Qt.MouseButton.LeftButton)
    assert asked == ["plan-report-2026-03-02.pdf", "plan-report-2026-03-02.md"]
    assert (tmp_path / "plan-report-2026-03-02.pdf").read_bytes().startswith(b"%PDF")
    markdown = (tmp_path / "plan-report-2026-03-02.md").read_text(encoding="utf-8")
    assert "**How it ended:** Completed successfully, 30 May 2026." in markdown
    assert dialog.report_buttons.status.text() == f"Saved to {tmp_path / 'plan-report-2026-03-02.md'}."
