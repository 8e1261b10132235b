"""What the plan tool's sections share: the records as loaded, and one autosave for all their editors.

The goals and the evidence lean on each other (a goal's row counts its wins; a win names its goal),
so both sections read and update one `PlanRecords`. Each open editor (plan details, a goal, an
agreement) registers with the `PlanSaver`; a pause in typing, or any flush, saves them together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.workbench import Evidence, Goal, Plan
from app.store.errors import StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.form_fields import goal_title

log = logging.getLogger(__name__)

AREA = "plan"
SAVE_DELAY_MS = 600
RETRY_DELAY_MS = 5000


@dataclass
class PlanRecords:
    """The current plan, its goals in order, and its evidence newest first, as on screen."""

    plan: Plan | None = None
    goals: list[Goal] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def goal_row(self, uuid_: str | None) -> int:
        """Where the goal stands in the list, or -1."""
        return next((row for row, goal in enumerate(self.goals) if goal.uuid == uuid_), -1)

    def goal_names(self) -> dict[str, str]:
        return {goal.uuid: goal_title(goal) for goal in self.goals}

    def wins(self, goal_uuid: str) -> int:
        return sum(1 for e in self.evidence if e.goal_uuid == goal_uuid)

    def sort_evidence(self) -> None:
        self.evidence.sort(key=lambda e: (e.happened_on, e.created_at), reverse=True)


class PlanSaver(QObject):
    """Saves every edited editor of the plan tool a moment after the last edit, or on `flush()`.

    Signals: saved() — something reached the journal and the journal was told (also after
    `announce()`); failed(str) — a save failed: the edits stay on screen and saving is retried;
    state_changed(str) — "editing" after an edit, "saved" once a flush has saved everything.
    """

    saved = Signal()
    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(self, journal: ObservedJournal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._savers: dict[str, Callable[[], None]] = {}
        self._dirty: set[str] = set()
        self._announcing = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)

    @property
    def announcing(self) -> bool:
        """True while the journal hears of our own change (so a listener can ignore it)."""
        return self._announcing

    def watch(self, key: str, save: Callable[[], None]) -> None:
        """`save()` writes the editor called `key`; editors are saved in the order they register."""
        self._savers[key] = save

    def touch(self, key: str) -> None:
        """The editor `key` was edited: save it soon."""
        self._dirty.add(key)
        self.state_changed.emit("editing")
        self._timer.start()

    def flush(self) -> bool:
        """Save pending edits now. Returns False only when saving failed (the edits stay)."""
        self._timer.stop()
        if not self._dirty:
            return True
        saved_any = False
        try:
            for key, save in self._savers.items():
                if key in self._dirty:
                    save()
                    self._dirty.discard(key)
                    saved_any = True
        except StoreError as error:
            log.warning("plan autosave failed: %s", type(error).__name__)
            self._retry.start()
            self.failed.emit(str(error))
            return False
        finally:
            if saved_any:
                self.announce()
        self._retry.stop()
        self.state_changed.emit("saved")
        return True

    def announce(self) -> None:
        """Tell the other pages (Today's dashboard) that the plan changed."""
        self._announcing = True
        try:
            self._journal.changed(AREA)
        finally:
            self._announcing = False
        self.saved.emit()
