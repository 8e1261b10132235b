"""The autosave of one check-in: its text fields reach the journal a moment after each edit.

The agenda, the notes and the follow-up are edited in different panels but belong to one
check-in; each panel registers its field here, so every save writes them all and none
overwrites another.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.workbench import CheckIn
from app.store.errors import StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.writing.autosave import RETRY_DELAY_MS, SAVE_DELAY_MS

log = logging.getLogger(__name__)

AREA = "checkins"


class CheckInSaver(QObject):
    """Keeps one check-in's text fields in step with the journal, a moment after each edit.

    Several panels edit the same check-in (agenda, notes, follow-up); each registers its field
    with `watch`, so every save writes all of them together and none overwrites another.
    Signals: saved(CheckIn), failed(str message), state_changed(str) — "editing", "saved", "error".
    """

    saved = Signal(object)
    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(self, journal: ObservedJournal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._checkin: CheckIn | None = None
        self._fields: dict[str, Callable[[], Any]] = {}
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)

    @property
    def checkin(self) -> CheckIn | None:
        return self._checkin

    def watch(self, field: str, read: Callable[[], Any]) -> None:
        """Save `field` of the check-in from `read()` whenever this saver saves."""
        self._fields[field] = read

    def bind(self, checkin: CheckIn | None) -> bool:
        """Switch to another check-in after saving this one; False (and no switch) if that failed."""
        if not self.flush():
            return False
        self._checkin = checkin
        self._dirty = False
        return True

    def edited(self) -> None:
        if self._checkin is None:
            return
        self._dirty = True
        self.state_changed.emit("editing")
        self._timer.start()

    def update(self, **changes: Any) -> bool:
        """Save other fields (held, rating) now, together with any pending text."""
        if self._checkin is None:
            return False
        self._timer.stop()
        return self._save(changes)

    def flush(self) -> bool:
        """Save now if any text changed. Returns False only when saving failed."""
        self._timer.stop()
        if not self._dirty or self._checkin is None:
            return True
        return self._save({})

    def _save(self, changes: dict[str, Any]) -> bool:
        assert self._checkin is not None
        values: dict[str, Any] = {name: read() for name, read in self._fields.items()}
        values.update(changes)
        try:
            stored = self._journal.checkins.save_checkin(replace(self._checkin, **values))
        except StoreError as error:
            log.warning("check-in not saved: %s", type(error).__name__)
            self._dirty = True
            self._retry.start()
            self.failed.emit(str(error))
            self.state_changed.emit("error")
            return False
        self._checkin = stored
        self._dirty = False
        self._retry.stop()
        self._journal.changed(AREA)
        self.saved.emit(stored)
        self.state_changed.emit("saved")
        return True
