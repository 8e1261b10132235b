"""The workshop's tests run with a short save delay (so they stay quick) and a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.clock import FixedClock
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming

FAST = SaveTiming(delay_ms=70, max_wait_ms=100, retry_ms=200)
NOW = datetime(2026, 3, 3, 10, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def observed(journal: Journal, clock: FixedClock) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=FAST, clock=clock)
