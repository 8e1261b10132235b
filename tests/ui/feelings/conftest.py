"""Fixtures for the Feelings tool's tests: the real emotion catalogue, and the tool on a real journal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.domain.emotions import EmotionCatalogue
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.feelings_tool import FeelingsTool
from app.workbench_catalogue import load_emotions


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
