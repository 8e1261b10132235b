"""The window follows a page's requests: the next stage of the journey, and a search hit's tool."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.search import TOOL_STAGES, SourceKind
from app.domain.stages import Stage
from app.store.journal import Journal
from app.ui.shell.main_window import MainWindow
from app.ui.shell.window_routes import open_source
from app.ui.stages.stage_page import StagePage
from tests.store.tool_words import CHECKIN, GOAL, fill_every_tool
from tests.ui.conftest import WindowFactory


def stage_page(window: MainWindow, stage: Stage) -> StagePage:
    page = window.page(stage.value)
    assert isinstance(page, StagePage)
    return page


def test_the_last_prompt_leads_to_the_next_stage_and_the_last_stage_to_today(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(Stage.OWNERSHIP.value)
    ownership = stage_page(window, Stage.OWNERSHIP)
    ownership.go_to(len(ownership.guide.prompts) - 1)
    qtbot.mouseClick(ownership.next_stage_button, Qt.MouseButton.LeftButton)
    assert window.current_key == Stage.FEELINGS.value
    feelings = stage_page(window, Stage.FEELINGS)
    assert feelings.views.current_index() == 0  # the next stage starts on its prompts

    window.open_tool(Stage.CHECKINS.value)
    checkins = stage_page(window, Stage.CHECKINS)
    assert checkins.tool_next_button.isVisible() and checkins.tool_next_button.text() == "Back to Today →"
    qtbot.mouseClick(checkins.tool_next_button, Qt.MouseButton.LeftButton)
    assert window.current_key == "today"


@pytest.fixture
def filled(journal: Journal) -> Journal:
    fill_every_tool(journal)
    return journal


@pytest.mark.parametrize("kind", [kind for kind in SourceKind if kind is not SourceKind.ENTRY])
def test_a_search_hit_opens_the_tool_where_it_was_written(
    open_window: WindowFactory, filled: Journal, kind: SourceKind
) -> None:
    window = open_window()
    uuids = {SourceKind.CHECKIN: CHECKIN, SourceKind.FEEDBACK: "feedback-1", SourceKind.ACTION: "action-1",
             SourceKind.GOAL: GOAL, SourceKind.GOAL_MILESTONE: GOAL, SourceKind.MOOD: "mood-1"}
    assert open_source(window, kind.value, uuids.get(kind, ""), "")
    stage = TOOL_STAGES[kind]
    assert window.current_key == stage.value
    page = stage_page(window, stage)
    assert page.views.current_widget() is page.tool
    tool = page.tool
    if stage is Stage.CHECKINS:
        assert tool.checkin is not None and tool.checkin.uuid == CHECKIN  # type: ignore[attr-defined]
    elif kind in (SourceKind.GOAL, SourceKind.GOAL_MILESTONE):
        assert tool.current_section == "goals"  # type: ignore[attr-defined]
        assert tool.goals_section.goal_editor.current_uuid == GOAL  # type: ignore[attr-defined]
    elif kind is SourceKind.PLAN_MILESTONE:
        assert tool.current_section == "checkpoints"  # type: ignore[attr-defined]
    elif kind is SourceKind.LEAVING_PLAN:
        assert tool.leaving.isVisible()  # type: ignore[attr-defined]


def test_an_unknown_kind_opens_nothing(open_window: WindowFactory) -> None:
    window = open_window()
    assert not open_source(window, "no-such-kind", "x", "")
