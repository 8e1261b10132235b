"""The one way an editable field reaches the journal: a moment after typing pauses, and at least
once a second while it goes on, with no Save button.

A widget registers each of its fields with `watch` (a key, the area it writes, and how to write
it) and calls `touch(key)` on every edit. All pending fields are written together as one action
through the gateway, so one save is one commit and one announced change. A failed save keeps
every edit pending (the text stays on screen), tells the status line through the gateway, and
is tried again by itself. The gateway's `flush_all` reaches every saver (page change, lock,
hide, close).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.changes import Area, Change
from app.ui.data.journal_events import ObservedJournal

if TYPE_CHECKING:
    from app.store.journal import Journal


_ROUNDS = 3  # edits made while a save is announced are written by the same flush, a few times over


class Saver(QObject):
    """Debounced saving of one widget's fields.

    Signals: state_changed(str) — "editing" after an edit, "saved" once everything pending has
    been written, "error" when a save failed (it is retried); saved(Change) — what a save
    announced; failed(str) — why a save failed, in words.
    `origin` is announced as who made the change (the saver itself unless given), so the widget
    that typed can pass over its own echo with `change.made_by(...)`.
    """

    state_changed = Signal(str)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self, journal: ObservedJournal, parent: QObject | None = None, *, origin: object | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._origin = origin if origin is not None else self
        self._fields: dict[str, tuple[Area, Callable[[Journal], object]]] = {}
        # Each pending field with the count of its edits: a save clears a field only if no edit
        # came while it was being written (an announce can run other code before it returns).
        self._dirty: dict[str, int] = {}
        timing = journal.save_timing
        self._pause = QTimer(self, singleShot=True, interval=timing.delay_ms)
        self._pause.timeout.connect(self._timed_flush)
        # Started by the first unsaved edit, not restarted by later ones: steady typing is still
        # saved at least this often, so a crash or a killed process costs about a second.
        self._cap = QTimer(self, singleShot=True, interval=timing.max_wait_ms)
        self._cap.timeout.connect(self._timed_flush)
        self._retry = QTimer(self, singleShot=True, interval=timing.retry_ms)
        self._retry.timeout.connect(self._timed_flush)
        self._flushing = False
        self._awaiting_open = False
        journal.register(self)

    @property
    def origin(self) -> object:
        return self._origin

    @property
    def pending(self) -> bool:
        """Whether any edit has not reached the journal yet."""
        return bool(self._dirty)

    def is_own(self, change: Change) -> bool:
        """Whether `change` is one this saver announced."""
        return change.made_by(self._origin)

    def watch(self, key: str, area: Area, save: Callable[[Journal], object]) -> None:
        """Write the field `key` with `save(journal)` whenever it has pending edits; fields are
        written in the order they were watched. `save` may return the stored record; its uuid
        is announced with the change."""
        self._fields[key] = (area, save)

    def unwatch(self, key: str) -> None:
        self._fields.pop(key, None)
        self._dirty.pop(key, None)

    def touch(self, key: str) -> None:
        """The field `key` was edited: save it soon."""
        if key not in self._fields:
            raise KeyError(f"no field {key!r} is watched")
        self._dirty[key] = self._dirty.get(key, 0) + 1
        self.state_changed.emit("editing")
        self._pause.start()
        if not self._cap.isActive():
            self._cap.start()

    def forget(self) -> None:
        """Drop every pending edit unsaved (the record they belonged to is gone)."""
        self._dirty.clear()
        self._stop_timers()

    @property
    def waiting_for_journal(self) -> bool:
        """Whether a save is due and will be made as soon as the opening journal arrives."""
        return self._awaiting_open

    def _timed_flush(self) -> None:
        """A timer's save. While the journal is still opening (start-up shows Today before it), it
        is made the moment the journal arrives, rather than holding the window until then; an
        explicit flush (a page change, closing) waits for the open instead."""
        if self._journal.is_open:
            self.flush()
        elif not self._awaiting_open:
            self._awaiting_open = True
            self._journal.opened.connect(self._on_journal_open)

    def _on_journal_open(self) -> None:
        self._journal.opened.disconnect(self._on_journal_open)
        self._awaiting_open = False
        self.flush()

    def flush(self) -> bool:
        """Save every pending field now. Returns False only when saving failed (edits stay).

        Called again while a save is being announced, it leaves the work to the save under way,
        which writes once more whatever was edited meanwhile before it returns.
        """
        self._pause.stop()
        self._cap.stop()
        if self._flushing:
            return True
        self._flushing = True
        try:
            for _ in range(_ROUNDS):
                if not self._dirty:
                    return True
                if not self._write_pending():
                    return False
            if self._dirty:  # edited on every round: the timers take it from here
                self._pause.start()
            return not self._dirty
        finally:
            self._flushing = False

    def _write_pending(self) -> bool:
        written = {key: edits for key, edits in self._dirty.items() if key in self._fields}
        keys = [key for key in self._fields if key in written]
        areas = {self._fields[key][0] for key in keys}

        def write(journal: Journal) -> list[object]:
            return [self._fields[key][1](journal) for key in keys]

        done = self._journal.act(areas, write, origin=self._origin)
        if done is None:
            self._retry.start()
            self.failed.emit("Not saved yet: your words are still here, and saving will be tried again.")
            self.state_changed.emit("error")
            return False
        for key, edits in written.items():
            if self._dirty.get(key) == edits:
                del self._dirty[key]
        self._retry.stop()
        self.saved.emit(done.change)
        self.state_changed.emit("editing" if self._dirty else "saved")
        return True

    def _stop_timers(self) -> None:
        self._pause.stop()
        self._cap.stop()
        self._retry.stop()
