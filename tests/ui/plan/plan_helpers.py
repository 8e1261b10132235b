"""What the plan tool's UI tests share: open the tool, make a plan and goals as a person would,
save quickly, and make a store call fail on purpose."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.workbench import Goal, Plan
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.plan.plan_tool import PlanTool
from app.ui.widgets.form_fields import qdate

INTERACTIVE = (QAbstractButton, QAbstractItemView, QPlainTextEdit, QTextEdit, QLineEdit, QComboBox,
               QAbstractSpinBox)
# Saving ten times sooner than the app does, so the timing tests stay quick.
FAST = SaveTiming(delay_ms=70, max_wait_ms=100, retry_ms=200)
DISK_FULL = "The journal could not be saved: the disk is full."


def make_tool(qtbot: QtBot, observed: ObservedJournal) -> PlanTool:
    tool = PlanTool(observed)
    qtbot.addWidget(tool)
    tool.resize(1000, 720)
    with qtbot.waitExposed(tool):
        tool.show()
    return tool


def create_plan(qtbot: QtBot, tool: PlanTool, start: date, length: int = 90) -> Plan:
    form = tool.new_plan_card.form
    form.start_edit.setDate(qdate(start))
    form.set_length(length)
    qtbot.keyClicks(form.manager_edit, "Dana")
    qtbot.mouseClick(tool.new_plan_card.create_button, Qt.MouseButton.LeftButton)
    assert tool.plan is not None
    return tool.plan


def add_goal(qtbot: QtBot, tool: PlanTool, title: str) -> Goal:
    tool.goals_section.new_goal_edit.setFocus()
    qtbot.keyClicks(tool.goals_section.new_goal_edit, title)
    qtbot.keyClick(tool.goals_section.new_goal_edit, Qt.Key.Key_Return)
    return next(goal for goal in tool.goals if goal.title == title)


def unnamed(widget: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in [widget, *widget.findChildren(QWidget)]
        if isinstance(w, INTERACTIVE) and not w.accessibleName().strip()
    ]


def file_rows(journal: Journal) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the plan's tables, read straight from the file."""
    tables = ("plans", "plan_stakeholders", "plan_milestones", "goals", "goal_milestones", "alignments",
              "evidence")
    with closing(sqlite3.connect(journal.path)) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


class Failing:
    """Makes one store method of the real journal raise StorageUnavailable: on its `on_call`-th
    call only, or (with on_call=0) on every call while `failing` is True."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: object, name: str, on_call: int = 0) -> None:
        self.calls = 0
        self.failing = True
        self._real = getattr(target, name)
        self._on_call = on_call
        monkeypatch.setattr(target, name, self)

    def __call__(self, *args: object, **kwargs: object) -> object:
        self.calls += 1
        if self.failing and (self._on_call == 0 or self.calls == self._on_call):
            raise StorageUnavailable(DISK_FULL)
        return self._real(*args, **kwargs)


def fast_journal(journal: Journal) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=FAST)
