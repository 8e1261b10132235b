"""Each stage page carries its own tool beside the guided prompts."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import Evidence, Goal, GoalStatus, Plan, PlanStatus
from app.store.journal import Journal
from tests.ui.conftest import WindowFactory

TOOLS = {
    Stage.OWNERSHIP: ("Statement workshop", "StatementWorkshop"),
    Stage.FEELINGS: ("Check-in and decision", "FeelingsTool"),
    Stage.EXPECTATIONS: ("Your plan", "PlanTool"),
    Stage.CHECKINS: ("Meetings", "CheckInsTool"),
}


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_offers_its_tool(qtbot: QtBot, open_window: WindowFactory, stage: Stage) -> None:
    window = open_window()
    window.show_page(stage.value)
    page = window.page(stage.value)
    title, class_name = TOOLS[stage]
    assert page.tool_button.text() == title  # type: ignore[attr-defined]
    assert type(page.tool).__name__ == class_name  # type: ignore[attr-defined]
    qtbot.mouseClick(page.tool_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert page.views.current_widget() is page.tool  # type: ignore[attr-defined]
    qtbot.keyClick(page.tool, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert page.views.current_index() == 0  # type: ignore[attr-defined]
    qtbot.keyClick(page.card.editor.text_edit, Qt.Key.Key_PageDown,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier)
    assert page.views.current_widget() is page.tool  # type: ignore[attr-defined]
    assert window.flush_all()


def test_any_entry_can_become_evidence(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.plan import evidence_dialog

    now = datetime.now(UTC)
    plan = journal.plans.save_plan(
        Plan(str(uuid.uuid4()), now.date(), 60, "Dana", (), PlanStatus.ACTIVE, now, now)
    )
    goal = journal.plans.save_goal(
        Goal(str(uuid.uuid4()), plan.uuid, "Ship the report", "", "", (), GoalStatus.ON_TRACK, "", 0,
             now, now)
    )
    entry = journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "Sent the report a day early."))
    seen: dict[str, object] = {}

    def fake_ask(cls: object, parent: object, goals: list[Goal], text: str = "",
                 entry_uuid: str | None = None, *, happened_on: date | None = None,
                 clock: object = None, journal: object = None,
                 source_note: str = "") -> tuple[Evidence, bool]:
        seen.update(goals=goals, text=text, entry_uuid=entry_uuid, happened_on=happened_on)
        assert happened_on is not None
        return Evidence(str(uuid.uuid4()), goals[0].uuid, happened_on, text, entry_uuid, now), True

    monkeypatch.setattr(evidence_dialog.EvidenceDialog, "ask", classmethod(fake_ask))
    window = open_window()
    window.show_page("journal")
    page = window.page("journal")
    page.list_view.setCurrentIndex(page.model.index(0))  # type: ignore[attr-defined]
    qtbot.mouseClick(page.evidence_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert seen == {"goals": [goal], "text": "Sent the report a day early.", "entry_uuid": entry.uuid,
                    "happened_on": entry.created_at.astimezone().date()}
    stored = journal.plans.evidence()
    assert [(e.goal_uuid, e.entry_uuid, e.text) for e in stored] == [
        (goal.uuid, entry.uuid, "Sent the report a day early.")
    ]
    assert page.notice.label.text() == "Added to your evidence."  # type: ignore[attr-defined]


def test_evidence_needs_a_plan_first(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "A good day."))
    window = open_window()
    window.show_page("journal")
    page = window.page("journal")
    page.list_view.setCurrentIndex(page.model.index(0))  # type: ignore[attr-defined]
    qtbot.mouseClick(page.evidence_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "Set up your plan" in page.notice.label.text()  # type: ignore[attr-defined]
    assert journal.plans.evidence() == []
