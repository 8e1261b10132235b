"""Words typed into the stage tools survive closing the window straight away and reopening it.

No waiting for autosave timers: closing must save whatever is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.stages import Stage
from app.domain.workbench import ForgivenessStatus
from app.store.journal import Journal
from tests.ui.conftest import WindowFactory, close_window
from tests.ui.helpers import type_text


def open_tool(window: object, stage: Stage) -> object:
    window.open_tool(stage.value)  # type: ignore[attr-defined]
    return window.page(stage.value).tool  # type: ignore[attr-defined]


def test_text_in_every_tool_is_saved_on_close(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()

    workshop = open_tool(window, Stage.OWNERSHIP)
    workshop.draft_edit.setFocus()  # type: ignore[attr-defined]
    type_text(qtbot, workshop.draft_edit, "I own the late updates. Fridays, from now on.")  # type: ignore[attr-defined]

    feelings = open_tool(window, Stage.FEELINGS)
    feelings.show_section("forgiveness")  # type: ignore[attr-defined]
    forgiveness = feelings.forgiveness  # type: ignore[attr-defined]
    qtbot.mouseClick(forgiveness.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, forgiveness.whom_edit, "Myself")
    type_text(qtbot, forgiveness.happened_edit, "For going quiet when I was behind.")

    plan_tool = open_tool(window, Stage.EXPECTATIONS)
    qtbot.mouseClick(plan_tool.new_plan_card.create_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    goals = plan_tool.goals_section  # type: ignore[attr-defined]
    type_text(qtbot, goals.new_goal_edit, "Weekly status update")
    qtbot.keyClick(goals.new_goal_edit, Qt.Key.Key_Return)
    type_text(qtbot, goals.goal_editor.success_edit, "Dana never has to ask.")

    close_window(window)  # straight away: nothing has waited for a timer

    reopened = open_window()
    service: Journal = reopened.journal.service  # type: ignore[union-attr]
    assert service.statements.draft().text == "I own the late updates. Fridays, from now on."
    items = service.feelings.forgiveness()
    assert [(i.whom, i.what_happened, i.status) for i in items] == [
        ("Myself", "For going quiet when I was behind.", ForgivenessStatus.NOT_YET)
    ]
    plan = service.plans.current_plan()
    assert plan is not None
    assert [(g.title, g.success) for g in service.plans.goals(plan.uuid)] == [
        ("Weekly status update", "Dana never has to ask.")
    ]
