"""Fixtures for the Feelings tool's tests: the real emotion catalogue, and the tool on a real journal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.emotions import EmotionCatalogue
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.feelings.feelings_tool import FeelingsTool
from app.workbench_catalogue import load_emotions
from tests.ui.feelings.helpers import FAST, ToolFactory


@pytest.fixture
def emotions() -> EmotionCatalogue:
    return load_emotions()


@pytest.fixture
def tool(qtbot: QtBot, observed: ObservedJournal, emotions: EmotionCatalogue) -> Iterator[FeelingsTool]:
    widget = FeelingsTool(observed, emotions)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget


@pytest.fixture
def open_tool(qtbot: QtBot, journal: Journal, emotions: EmotionCatalogue) -> Iterator[ToolFactory]:
    """The tool on its own gateway, with the given save timing (and clock), over `journal` or
    another store (a journal opened again, as after a restart)."""

    def factory(
        timing: SaveTiming = FAST, clock: FixedClock | None = None, store: Journal | None = None
    ) -> tuple[FeelingsTool, ObservedJournal]:
        observed = ObservedJournal(store or journal, save_timing=timing, clock=clock)
        tool = FeelingsTool(observed, emotions)
        qtbot.addWidget(tool)
        tool.resize(1000, 900)
        with qtbot.waitExposed(tool):
            tool.show()
        return tool, observed

    yield factory
