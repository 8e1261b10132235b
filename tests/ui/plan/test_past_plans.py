"""Past plans stay readable, read-only, with their report; the latest one, once ended, reopens."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.workbench import Plan, PlanOutcome, PlanStatus
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.plan.past_plans import PastPlansDialog, PastPlansView
from app.ui.plan.plan_ending import EndPlanDialog
from tests.io.plan_story import REFLECTION, ended_plan, new_uuid
from tests.ui.plan.plan_helpers import unnamed

NEWER = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def gateway(journal: Journal, save_timing: SaveTiming) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=save_timing,
                           clock=FixedClock(datetime(2026, 6, 2, 20, 0, tzinfo=UTC)))


def view_of(qtbot: QtBot, gateway: ObservedJournal) -> PastPlansView:
    view = PastPlansView(gateway)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def new_plan(journal: Journal) -> Plan:
    return journal.plans.save_plan(Plan(
        uuid=new_uuid(), start=date(2026, 6, 1), length_days=60, manager="Dana", stakeholders=(),
        status=PlanStatus.ACTIVE, created_at=NEWER, updated_at=NEWER))


def editable(widget: QWidget) -> list[str]:
    """Every enabled widget inside that could change words or choices."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isEnabled():
            continue
        writable = isinstance(child, (QLineEdit, QPlainTextEdit, QTextEdit)) and not child.isReadOnly()
        if writable or isinstance(child, (QComboBox, QAbstractSpinBox)):
            found.append(f"{type(child).__name__} {child.accessibleName()!r}")
    return found


def test_an_ended_plan_reads_whole_and_nothing_in_it_can_be_edited(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal
) -> None:
    story = ended_plan(journal)
    running = new_plan(journal)
    view = view_of(qtbot, gateway)
    assert [p.uuid for p in view.plans] == [story.plan.uuid]  # not the one running now
    assert view.plan_list.item(0).text() == "From 2 March 2026 · Completed successfully, 30 May 2026"
    shown = view.reader.toPlainText()
    for words in ("Weekly status update by Friday noon", "Code reviews within one working day",
                  "Sent the first update at 11:40", "Four of four updates on time.",
                  "Dana Whitfield, 3 March 2026, in a meeting: the plan", "rated 4 of 5",
                  "How it ended: Completed successfully, 30 May 2026.", REFLECTION.split("\n")[0]):
        assert words in shown, words
    assert editable(view) == []
    assert unnamed(view) == []
    assert view.reopen_button.isHidden()  # a newer plan runs: this one stays closed
    assert view.report_buttons.pdf_button.isEnabled()
    assert running.uuid not in [p.uuid for p in view.plans]


def test_the_latest_plan_once_ended_is_listed_and_reopens(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal
) -> None:
    older = ended_plan(journal)
    running = new_plan(journal)
    view = view_of(qtbot, gateway)
    assert len(view.plans) == 1
    ender = EndPlanDialog(gateway, running.uuid)  # ended elsewhere: the view follows the change
    qtbot.addWidget(ender)
    ender.outcome_buttons[PlanOutcome.LEFT].setChecked(True)
    ender.reflection_edit.setPlainText("Time to go.")
    assert ender.end()
    assert [p.uuid for p in view.plans] == [running.uuid, older.plan.uuid]
    view.choose(running.uuid)
    assert not view.reopen_button.isHidden()
    with qtbot.waitSignal(view.reopened):
        qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    again = next(p for p in journal.plans.plans() if p.uuid == running.uuid)
    assert (again.status, again.outcome, again.ended_on, again.closing_reflection) == (
        PlanStatus.ACTIVE, None, None, "Time to go.")
    assert [p.uuid for p in view.plans] == [older.plan.uuid]


def test_no_past_plans_says_so(qtbot: QtBot, journal: Journal, gateway: ObservedJournal) -> None:
    new_plan(journal)
    view = view_of(qtbot, gateway)
    assert view.plans == [] and view.empty_label.isVisible()
    assert not view.report_buttons.pdf_button.isEnabled() and view.reopen_button.isHidden()


def test_the_dialog_closes_once_a_plan_is_reopened(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal
) -> None:
    ended_plan(journal, PlanOutcome.EXTENDED)  # the latest plan, so it may reopen
    dialog = PastPlansDialog(gateway)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b for b in dialog.findChildren(QAbstractButton) if not b.accessibleName()] == []
    assert dialog.view.reopen() is not None
    assert not dialog.isVisible()
