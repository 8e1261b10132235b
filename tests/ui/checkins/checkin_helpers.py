"""What the Check-ins tests share: the journal's contents written straight through the store,
and a click where a person would click."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox
from pytestqt.qtbot import QtBot

from app.domain.workbench import Action, CheckIn, Goal, GoalStatus, Plan, PlanStatus
from app.store.journal import Journal
from app.ui.checkins.checkins_tool import CheckInsTool
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.workbench_catalogue import load_questions


def utc_at(day: date, hour: int = 10) -> datetime:
    """A local wall-clock time on `day`, as the UTC moment the store keeps."""
    return datetime.combine(day, time(hour)).astimezone(UTC)


def add_plan(journal: Journal, manager: str = "Dana") -> tuple[Plan, Goal]:
    now = datetime.now(UTC)
    plan = journal.plans.save_plan(
        Plan(str(uuid.uuid4()), date.today() - timedelta(days=20), 60, manager, (), PlanStatus.ACTIVE,
             now, now)
    )
    goal = journal.plans.save_goal(
        Goal(str(uuid.uuid4()), plan.uuid, "Ship the weekly report on time", "Every Friday", "Dates sent",
             (), GoalStatus.ON_TRACK, "", 0, now, now)
    )
    return plan, goal


def add_checkin(journal: Journal, when: datetime, held: bool = False) -> CheckIn:
    now = datetime.now(UTC)
    return journal.checkins.save_checkin(
        CheckIn(str(uuid.uuid4()), when, "", "", 4 if held else None, held, "", now, now)
    )


def add_action(journal: Journal, text: str, checkin: CheckIn, goal: Goal | None = None) -> Action:
    return journal.checkins.save_action(
        Action(str(uuid.uuid4()), text, goal.uuid if goal else None, None, checkin.uuid, None,
               checkin.scheduled_at + timedelta(hours=1))
    )


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A mouse click; a check box only answers on its box and label, at its left."""
    at = QPoint(6, button.height() // 2) if isinstance(button, QCheckBox) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)


def stored(journal: Journal, uuid_: str) -> CheckIn:
    return next(c for c in journal.checkins.checkins() if c.uuid == uuid_)


ToolFactory = Callable[[], CheckInsTool]
FAST = SaveTiming(delay_ms=70, max_wait_ms=100, retry_ms=200)  # saves soon, so tests stay quick


def tools_on(qtbot: QtBot, gateway: ObservedJournal, built: list[CheckInsTool]) -> ToolFactory:
    """Builds the tool on `gateway`, shown and active so the keyboard reaches it; each is kept in `built`."""

    def build() -> CheckInsTool:
        tool = CheckInsTool(gateway, load_questions())
        qtbot.addWidget(tool)
        tool.resize(1000, 760)
        with qtbot.waitActive(tool):
            tool.show()
            tool.activateWindow()
        built.append(tool)
        return tool

    return build
