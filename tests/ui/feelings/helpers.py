"""Small steps the Feelings tool's tests share."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QAbstractItemView

from app.domain.changes import FEELINGS, Area, Change
from app.domain.workbench import EmotionRating, MoodCheck
from app.ui.data.journal_events import ObservedJournal


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
