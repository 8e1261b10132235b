"""Small steps the Feelings tool's tests share."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtWidgets import QAbstractItemView

from app.domain.changes import FEELINGS, Area, Change
from app.domain.workbench import EmotionRating, MoodCheck
from app.store.errors import StorageUnavailable
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.feelings.feelings_tool import FeelingsTool

KEY_EVERY_MS = 300
# The brief's short timing: every pause between keys is long enough to save.
FAST = SaveTiming(delay_ms=70, max_wait_ms=100, retry_ms=200)
# Typing never pauses long enough here: only the cap on waiting saves it (every other key).
CAPPED = SaveTiming(delay_ms=1000, max_wait_ms=400, retry_ms=200)
# Nothing is saved by a timer while a test runs: what is pending stays pending until flushed.
HELD = SaveTiming(delay_ms=600_000, max_wait_ms=600_000, retry_ms=600_000)
STEADY = "I keep on."  # ten keys, a key every 300 ms: three seconds of steady typing

# open_tool(timing=FAST, clock=None): the tool on its own gateway over the test's journal.
ToolFactory = Callable[..., tuple[FeelingsTool, ObservedJournal]]


def a_check(at: datetime, mood: int, *ratings: tuple[str, int], note: str = "") -> MoodCheck:
    emotions = tuple(EmotionRating(name, intensity) for name, intensity in ratings)
    return MoodCheck(str(uuid.uuid4()), at, mood, emotions, note)


def feelings_changes(observed: ObservedJournal) -> list[frozenset[Area]]:
    """The areas of every announced change to the Feelings stage's records, in order."""
    seen: list[frozenset[Area]] = []
    observed.changes.connect(lambda change: seen.append(change.areas) if change.touches(FEELINGS) else None)
    return seen


def touching(*areas: Area) -> Callable[[object], bool]:
    """For `waitSignal(observed.changes, check_params_cb=...)`: a change touching one of `areas`."""
    return lambda change: isinstance(change, Change) and change.touches(*areas)


def list_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def counting(monkeypatch: pytest.MonkeyPatch, target: object, name: str) -> list[int]:
    """Count the calls to the real store method `target.name` (it still runs)."""
    calls: list[int] = []
    real = getattr(target, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, counted)
    return calls


def failing(monkeypatch: pytest.MonkeyPatch, target: object, name: str, times: int) -> list[int]:
    """Make the real store method `target.name` raise StorageUnavailable `times` times, then work."""
    calls: list[int] = []
    real = getattr(target, name)

    def flaky(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) <= times:
            raise StorageUnavailable("The journal could not be saved: the disk is full.")
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, flaky)
    return calls

