"""The Journal as the UI sees it: the one gateway every user action's writes go through.

`act` runs an action as one store operation (one commit: all of it or none), turns a storage
error into the status line's message, and on success announces a typed `Change` on `changes`.
Reads pass straight through. A view listens to `changes` and updates what it shows when a
change touches its areas, wherever the change came from; it passes over its own echo with
`change.made_by(self)`.

At start-up the gateway can exist before its journal has opened (`ObservedJournal.opening`):
the window shows Today from a quick read and the person types while the store loads. Until the
journal arrives, any read or act waits for it (a fraction of a second at most, on a click or a
save), so nothing typed meanwhile is lost or written anywhere else; `is_open` and `opened` let a
view read what can wait without that wait.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.changes import Area, Change
from app.domain.clock import Clock, SystemClock
from app.domain.records import Entry, EntryKind, EntrySummary
from app.domain.stages import Stage
from app.store.errors import StorageUnavailable, StoreError

if TYPE_CHECKING:
    from pathlib import Path

    from app.store.brief_store import BriefStore
    from app.store.journal import Journal
    from app.store.search import SearchService
    from app.store.timeline import TimelineStore
    from app.ui.data.reads import CheckInReads, DraftReads, FeelingsReads, PlanReads, StatementReads
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
    """

    changes = Signal(object)
    problem = Signal(str)
    opened = Signal()  # the journal has arrived (only for a gateway made with `opening`)

    def __init__(
        self,
        journal: Journal | None,
        parent: QObject | None = None,
        *,
        save_timing: SaveTiming | None = None,
        clock: Clock | None = None,
        wait: Callable[[], Journal] | None = None,
    ) -> None:
        super().__init__(parent)
        if journal is None and wait is None:
            raise ValueError("a journal, or a way to wait for it")
        self._journal = journal
        self._wait = wait
        self.save_timing = save_timing or SaveTiming()
        # Every page reads "now" and "today" here, so tests can fix them.
        self.clock: Clock = clock or SystemClock()
        self._savers: weakref.WeakSet[Saver] = weakref.WeakSet()

    @classmethod
    def opening(
        cls, wait: Callable[[], Journal], *, save_timing: SaveTiming | None = None, clock: Clock | None = None
    ) -> ObservedJournal:
        """A gateway whose journal is still opening: `wait()` blocks until it is open and returns
        it, or raises why it could not be opened. `arrive` hands it over."""
        return cls(None, save_timing=save_timing, clock=clock, wait=wait)

    @property
    def is_open(self) -> bool:
        """Whether the journal is here: reads and acts then never wait for it."""
        return self._journal is not None

    def arrive(self, journal: Journal) -> None:
        """The journal opened (its worker's answer reached the main thread): `opened` tells the
        views that read only once it is here. Harmless when a read or act has already waited."""
        if self._journal is None:
            self._journal = journal
        self.opened.emit()

    def _store(self) -> Journal:
        """The journal, waiting for it while it opens. An open that failed for any reason is a
        StorageUnavailable here, so `act` and `read` say it as they say any storage error."""
        if self._journal is None:
            assert self._wait is not None
            try:
                self._journal = self._wait()
            except StoreError:
                raise
            except Exception as error:  # the open's own error leads the window (session_core)
                raise StorageUnavailable("Trustbridge could not open your journal.") from error
        return self._journal

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
            journal = self._store()
            with journal.operation():
                value = operation(journal)
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
            return operation(self._store())
        except StoreError as error:
            log.warning("read failed: %s", type(error).__name__)
            self.problem.emit(str(error))
            return fallback

    def announce(self, change: Change) -> None:
        """Tell every view of a committed change (`act` does this; an import, which runs on a
        worker thread, or a restore calls it with `Change.everything()` once it has landed)."""
        self.changes.emit(change)

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
        """The whole store, for the work a worker thread runs as one operation of its own (an
        import, an export); they announce what they changed. Views write only through `act`."""
        return self._store()

    @property
    def path(self) -> Path:
        """The journal's file: what an export must never overwrite, and the folder it lives in."""
        return self._store().path

    # The stage tools' stores, for reading: their write methods are reached only inside `act`.
    @property
    def statements(self) -> StatementReads:
        return self._store().statements

    @property
    def feelings(self) -> FeelingsReads:
        return self._store().feelings

    @property
    def plans(self) -> PlanReads:
        return self._store().plans

    @property
    def checkins(self) -> CheckInReads:
        return self._store().checkins

    @property
    def drafts(self) -> DraftReads:
        return self._store().drafts

    @property
    def search(self) -> SearchService:
        """Read-only and safe to call from a worker thread (each call has its own session)."""
        return self._store().search

    @property
    def timeline(self) -> TimelineStore:
        """Read-only and safe to call from a worker thread."""
        return self._store().timeline

    @property
    def briefs(self) -> BriefStore:
        """Read-only and safe to call from a worker thread."""
        return self._store().briefs

    # Reads pass straight through.
    def get_entry(self, uuid: str) -> Entry:
        return self._store().get_entry(uuid)

    def list_entries(self, limit: int = 200, after: EntrySummary | None = None) -> list[EntrySummary]:
        return self._store().list_entries(limit, after)

    def count_entries(self) -> int:
        return self._store().count_entries()

    def stage_answers(self, stage: Stage) -> list[Entry]:
        return self._store().stage_answers(stage)

    def answered_prompts(self) -> dict[Stage, set[str]]:
        return self._store().answered_prompts()

    def stage_position(self, stage: Stage) -> str | None:
        return self._store().stage_position(stage)

    def last_stage(self) -> Stage | None:
        return self._store().last_stage()

    def entry_for_day(self, kind: EntryKind, day: date) -> Entry | None:
        return self._store().entry_for_day(kind, day)

    def writing_days(self, since: date) -> set[date]:
        return self._store().writing_days(since)

    def on_this_day(self, today: date, limit_per_day: int = 3) -> list[tuple[int, list[EntrySummary]]]:
        return self._store().on_this_day(today, limit_per_day)
