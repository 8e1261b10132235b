"""The Check-ins tool on a gateway with a short save timing (test_checkins_tool.py builds its own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.store.journal import Journal
from app.ui.checkins.checkins_tool import CheckInsTool
from app.ui.data.journal_events import ObservedJournal
from tests.ui.checkins.checkin_helpers import FAST, ToolFactory, tools_on


@pytest.fixture
def gateway(journal: Journal) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=FAST)


@pytest.fixture
def make_tool(qtbot: QtBot, gateway: ObservedJournal) -> Iterator[ToolFactory]:
    built: list[CheckInsTool] = []
    yield tools_on(qtbot, gateway, built)
    for tool in built:
        tool.flush()  # some tests leave a save failing on purpose
