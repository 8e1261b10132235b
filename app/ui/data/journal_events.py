"""The Journal as the UI sees it: the one gateway every user action's writes go through.

`act` runs an action as one store operation (one commit: all of it or none), turns a storage
error into the status line's message, and on success announces a typed `Change` on `changes`.
Reads pass straight through. A view listens to `changes` and updates what it shows when a
change touches its areas, wherever the change came from; it passes over its own echo with
`change.made_by(self)`.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.changes import CHECKIN_RECORDS, FEELINGS, PLAN_RECORDS, Area, Change
from app.domain.clock import Clock, SystemClock
from app.domain.records import Entry, EntryDraft, EntryKind, EntrySummary
from app.domain.stages import Stage
from app.store.errors import StoreError

if TYPE_CHECKING:
    from app.store.brief_store import BriefStore
    from app.store.checkin_store import CheckInStore
    from app.store.feelings_store import FeelingsStore
    from app.store.journal import Journal
    from app.store.plan_store import PlanStore
    from app.store.search import SearchService
    from app.store.statement_store import StatementStore
    from app.store.timeline import TimelineStore
    from app.ui.data.saver import Saver

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SaveTiming:
    """How soon typing is saved: after a pause of `delay_ms`, and at least every `max_wait_ms`
    while typing goes on; a failed save is tried again after `retry_ms`. Tests pass short ones."""

    delay_ms: int = 700
    max_wait_ms: int = 1000
    retry_ms: int = 5000


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """An action that reached the journal: what the store returned, and the change announced."""

    value: T
    change: Change


# The old string areas, while views move to typed changes.
_LEGACY_AREAS: dict[str, frozenset[Area]] = {
    "statement": frozenset({Area.STATEMENT}),
    "feelings": FEELINGS,
    "plan": PLAN_RECORDS,
    "checkins": CHECKIN_RECORDS,
}


def _legacy_name(change: Change) -> str | None:
    for name, areas in _LEGACY_AREAS.items():
        if change.touches(areas):
            return name
    return None


def _uuids_in(value: object) -> set[str]:
    """The uuid of a returned record, or of each in a returned list."""
    found: set[str] = set()
    items = value if isinstance(value, (list, tuple)) else (value,)
    for item in items:
        uuid = getattr(item, "uuid", None)
        if isinstance(uuid, str):
            found.add(uuid)
    return found


class ObservedJournal(QObject):
    """Wraps a Journal for the main thread.

    Signals: changes(Change) — an action was committed; problem(str) — an action failed, in
    words for the status line (nothing was changed).
    Legacy signals, kept while views move to `changes`: entry_saved(Entry), entry_deleted(str),
    entry_restored(Entry), workbench_changed(str), journal_reloaded().
    """

    changes = Signal(object)
    problem = Signal(str)

    entry_saved = Signal(object)
    entry_deleted = Signal(str)
    entry_restored = Signal(object)
    workbench_changed = Signal(str)
    journal_reloaded = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QObject | None = None,
        *,
        save_timing: SaveTiming | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.save_timing = save_timing or SaveTiming()
        # Every page reads "now" and "today" here, so tests can fix them.
        self.clock: Clock = clock or SystemClock()
        self._savers: weakref.WeakSet[Saver] = weakref.WeakSet()

    # -- the write gateway -----------------------------------------------------------------

    def act(
        self,
        areas: Area | Iterable[Area],
        operation: Callable[[Journal], T],
        *,
        origin: object | None = None,
        uuids: Iterable[str] = (),
    ) -> Done[T] | None:
        """Run one user action as one store operation and announce what it changed.

        Returns None when the journal refused or could not store it: nothing was changed, and
        `problem` has said why. The uuids announced are `uuids` plus those of the records the
        operation returned.
        """
        planned = Change.of(areas, uuids, origin)  # a wrong area fails here, before any write
        try:
            with self._journal.operation():
                value = operation(self._journal)
        except StoreError as error:
            log.warning("action not saved: %s", type(error).__name__)
            self.problem.emit(str(error))
            return None
        change = replace(planned, uuids=planned.uuids | _uuids_in(value))
        self.announce(change)
        return Done(value, change)

    def read(self, operation: Callable[[Journal], T], fallback: T) -> T:
        """A read for a view; if the journal cannot be read, `problem` says so and `fallback` is shown."""
        try:
            return operation(self._journal)
        except StoreError as error:
            log.warning("read failed: %s", type(error).__name__)
            self.problem.emit(str(error))
            return fallback

    def announce(self, change: Change) -> None:
        """Tell every view of a committed change (`act` does this; an import or a restore, made
        elsewhere, calls it with `Change.everything()`)."""
        self.changes.emit(change)
        if change.wholesale:
            self.journal_reloaded.emit()
            return
        legacy = _legacy_name(change)
        if legacy is not None:
            self.workbench_changed.emit(legacy)

    def register(self, saver: Saver) -> None:
        """Savers register themselves so that `flush_all` reaches every unsaved edit."""
        self._savers.add(saver)

    def flush_all(self) -> bool:
        """Save every pending edit now (page change, lock, hide, close). False if any failed."""
        ok = True
        for saver in list(self._savers):
            ok = saver.flush() and ok
        return ok

    @property
    def service(self) -> Journal:
        return self._journal

    # The stage tools' services: called directly; the tool then says what changed.
    @property
    def statements(self) -> StatementStore:
        return self._journal.statements

    @property
    def feelings(self) -> FeelingsStore:
        return self._journal.feelings

    @property
    def plans(self) -> PlanStore:
        return self._journal.plans

    @property
    def checkins(self) -> CheckInStore:
        return self._journal.checkins

    @property
    def search(self) -> SearchService:
        """Read-only and safe to call from a worker thread (each call has its own session)."""
        return self._journal.search

    @property
    def timeline(self) -> TimelineStore:
        """Read-only and safe to call from a worker thread."""
        return self._journal.timeline

    @property
    def briefs(self) -> BriefStore:
        """Read-only and safe to call from a worker thread."""
        return self._journal.briefs

    def changed(self, area: str) -> None:
        """Legacy: a stage tool saved something in `area` (use `act`)."""
        self.changes.emit(Change.of(_LEGACY_AREAS[area]))
        self.workbench_changed.emit(area)

    def imported(self) -> None:
        """An import added records in bulk; every view reloads rather than patching row by row."""
        self.announce(Change.everything())

    def save_entry(self, draft: EntryDraft) -> Entry:
        entry = self._journal.save_entry(draft)
        self.entry_saved.emit(entry)
        self.changes.emit(Change.of(Area.ENTRY, {entry.uuid}))
        return entry

    def delete_entry(self, uuid: str) -> None:
        self._journal.delete_entry(uuid)
        self.entry_deleted.emit(uuid)
        self.changes.emit(Change.of(Area.ENTRY, {uuid}))

    def restore_entry(self, uuid: str) -> Entry:
        entry = self._journal.restore_entry(uuid)
        self.entry_restored.emit(entry)
        self.changes.emit(Change.of(Area.ENTRY, {uuid}))
        return entry

    def set_stage_position(self, stage: Stage, prompt_key: str) -> None:
        self._journal.set_stage_position(stage, prompt_key)

    # Reads pass straight through.
    def get_entry(self, uuid: str) -> Entry:
        return self._journal.get_entry(uuid)

    def list_entries(self, limit: int = 200, after: EntrySummary | None = None) -> list[EntrySummary]:
        return self._journal.list_entries(limit, after)

    def count_entries(self) -> int:
        return self._journal.count_entries()

    def stage_answers(self, stage: Stage) -> list[Entry]:
        return self._journal.stage_answers(stage)

    def answered_prompts(self) -> dict[Stage, set[str]]:
        return self._journal.answered_prompts()

    def stage_position(self, stage: Stage) -> str | None:
        return self._journal.stage_position(stage)

    def last_stage(self) -> Stage | None:
        return self._journal.last_stage()

    def entry_for_day(self, kind: EntryKind, day: date) -> Entry | None:
        return self._journal.entry_for_day(kind, day)

    def writing_days(self, since: date) -> set[date]:
        return self._journal.writing_days(since)

    def on_this_day(self, today: date, limit_per_day: int = 3) -> list[tuple[int, list[EntrySummary]]]:
        return self._journal.on_this_day(today, limit_per_day)
