"""Where the kill harness types in each tool, and where it then looks for what was saved.

Each target opens its place in the real main window the way a person would (buttons, the
keyboard) and hands back the text field to type into; `saved_text` reads that field back from a
reopened journal. The typing itself, the kill and the judging are the harness's
(tests/reliability/typing_writer.py, test_kill_harness.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.stages import Stage
from app.domain.workbench import CheckIn
from app.store.journal import Journal


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _tool(window: Any, stage: Stage) -> Any:
    window.open_tool(stage.value)
    _settle()
    return window.page(stage.value).tool


def _today(window: Any, _store: Journal) -> QWidget:
    window.show_page("today")
    _settle()
    card = window.page("today").card
    card.editor.focus_editor()
    return card.editor.text_edit  # type: ignore[no-any-return]


def _statement(window: Any, _store: Journal) -> QWidget:
    workshop = _tool(window, Stage.OWNERSHIP)
    workshop.draft_edit.setFocus()
    return workshop.draft_edit  # type: ignore[no-any-return]


def _feelings(window: Any, _store: Journal) -> QWidget:
    feelings = _tool(window, Stage.FEELINGS)
    feelings.show_section("forgiveness")
    forgiveness = feelings.forgiveness
    QTest.mouseClick(forgiveness.add_button, Qt.MouseButton.LeftButton)
    forgiveness.whom_edit.setFocus()
    QTest.keyClicks(forgiveness.whom_edit, "Myself")
    forgiveness.happened_edit.setFocus()
    _settle()
    return forgiveness.happened_edit  # type: ignore[no-any-return]


def _mood(window: Any, _store: Journal) -> QWidget:
    feelings = _tool(window, Stage.FEELINGS)
    note = feelings.checkin.note_edit
    note.setFocus()
    return note  # type: ignore[no-any-return]


def _mood_note(store: Journal) -> str:
    from app.ui.feelings.form_drafts import MOOD_DRAFT, decode_mood

    return decode_mood(store.drafts.get(MOOD_DRAFT)).note


def _plan(window: Any, _store: Journal) -> QWidget:
    plan_tool = _tool(window, Stage.EXPECTATIONS)
    QTest.mouseClick(plan_tool.new_plan_card.create_button, Qt.MouseButton.LeftButton)
    _settle()
    goals = plan_tool.goals_section
    goals.new_goal_edit.setFocus()
    QTest.keyClicks(goals.new_goal_edit, "Weekly status update")
    QTest.keyClick(goals.new_goal_edit, Qt.Key.Key_Return)
    _settle()
    success = goals.goal_editor.success_edit
    success.setFocus()
    return success  # type: ignore[no-any-return]


def _yesterdays_meeting(store: Journal) -> None:
    now = datetime.now(UTC)
    store.checkins.save_checkin(
        CheckIn(str(uuid.uuid4()), now - timedelta(days=1), "", "", None, False, "", now, now)
    )


def _checkin(window: Any, store: Journal) -> QWidget:
    meeting = store.checkins.checkins()[0]
    tool = _tool(window, Stage.CHECKINS)
    if not tool.show_checkin(meeting.uuid):
        raise RuntimeError("the check-in did not open")
    _settle()
    notes = tool.editor.notes_editor
    notes.focus_editor()
    return notes.text_edit  # type: ignore[no-any-return]


def _linked_prompt(window: Any, _store: Journal) -> QWidget:
    """The Ownership prompt whose answer is the statement's "what is true" part."""
    window.show_page(Stage.OWNERSHIP.value)
    _settle()
    page = window.page(Stage.OWNERSHIP.value)
    page.go_to(page.guide.index_of("what-is-true"))
    _settle()
    page.card.editor.focus_editor()
    return page.card.editor.text_edit  # type: ignore[no-any-return]


def _only(values: list[str]) -> str:
    return values[0] if values else ""


@dataclass(frozen=True)
class ToolTarget:
    name: str
    what: str  # the field typed into, for the report
    open: Callable[[Any, Journal], QWidget]
    saved_text: Callable[[Journal], str]
    seed: Callable[[Journal], None] = lambda _store: None  # before the window is built


def _plan_text(store: Journal) -> str:
    plan = store.plans.current_plan()
    return _only([goal.success for goal in store.plans.goals(plan.uuid)]) if plan else ""


TARGETS: dict[str, ToolTarget] = {
    target.name: target
    for target in (
        ToolTarget("today", "Today's entry", _today,
                   lambda s: _only([s.get_entry(e.uuid).body for e in s.list_entries()])),
        ToolTarget("statement", "the statement draft", _statement, lambda s: s.statements.draft().text),
        ToolTarget("prompt", "a prompt answered in the workshop", _linked_prompt,
                   lambda s: s.statements.draft().parts.what_is_true),
        ToolTarget("feelings", "a forgiveness text", _feelings,
                   lambda s: _only([item.what_happened for item in s.feelings.forgiveness()])),
        ToolTarget("mood", "a mood check-in's note", _mood, _mood_note),
        ToolTarget("plan", "a goal's success", _plan, _plan_text),
        ToolTarget("checkin", "a check-in's notes", _checkin,
                   lambda s: _only([c.notes for c in s.checkins.checkins()]), _yesterdays_meeting),
    )
}
