"""Autosave: what the person types reaches the journal within a second, with no Save button.

The Autosaver is the entry editor's use of the one `Saver`: one field (the entry's text, in
Area.ENTRY), written in one act that either saves the entry or, when the text has been emptied,
deletes it. It announces itself as the change's origin, so it passes over its own echo with
`made_by`; a change to its entry made anywhere else is shown unless the person's own typing is
newer.

The entry's tags are kept as stored unless the page says otherwise: a target with `tags=None`
(Today, the stages) never touches them, so a tag added on the Journal page survives typing on
Today. A target with tags (the Journal page's tags field, through `retarget`) sets them in the
next save, in the same act as the text, and then they are kept as stored again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.changes import Area, Change
from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.errors import NotFound
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.data.saver import Saver
from app.ui.writing.editor import MarkdownEditor
from app.ui.writing.entry_reads import live_entry

if TYPE_CHECKING:
    from app.store.journal import Journal

# The default timing, for modules that still name it; the journal's `save_timing` is what counts.
SAVE_DELAY_MS = SaveTiming().delay_ms
# However steadily someone types, what is on screen is saved at least this often: a crash or a
# killed process then costs at most about a second of typing (tests/reliability/test_kill_harness).
MAX_WAIT_MS = SaveTiming().max_wait_ms
RETRY_DELAY_MS = SaveTiming().retry_ms

_TEXT = "text"


@dataclass(frozen=True, slots=True)
class DraftTarget:
    """What the text in the editor is: everything about the entry except its body.

    `tags`: None keeps the entry's tags as stored (a new entry has none); a tuple sets them.
    """

    kind: EntryKind
    stage: Stage | None = None
    prompt_key: str | None = None
    title: str = ""
    tags: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """What the write returns when emptying the text deleted the entry (its uuid is announced)."""

    uuid: str


class Autosaver(QObject):
    """Saves an editor's text into one entry.

    Signals: saved(Entry), removed(str uuid), failed(str message), state_changed(str).
    Whitespace-only text never creates an entry; emptying an existing entry deletes it.
    """

    saved = Signal(object)
    removed = Signal(str)
    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(
        self, journal: ObservedJournal, editor: MarkdownEditor, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._editor = editor
        self._target: DraftTarget | None = None
        self._uuid = str(uuid.uuid4())
        self._stored = False
        self._saved_body = ""
        self._written: Entry | Removed | None = None  # what the last write stored, until it is committed
        self._wrote_with: DraftTarget | None = None  # the target of the last write
        self._problem = ""
        self._saver = Saver(journal, self, origin=self)
        self._saver.watch(_TEXT, Area.ENTRY, self._write)
        self._saver.saved.connect(self._on_written)
        self._saver.failed.connect(self._on_failed)
        editor.text_edited.connect(self._on_edited)
        journal.changes.connect(self._on_change)
        journal.problem.connect(self._remember_problem)

    @property
    def entry_uuid(self) -> str | None:
        return self._uuid if self._stored else None

    @property
    def draft_uuid(self) -> str:
        """The uuid the text is (or will be) stored under, before the first save too."""
        return self._uuid

    @property
    def pending(self) -> bool:
        """Whether typing has not reached the journal yet."""
        return self._saver.pending

    def bind(self, target: DraftTarget, entry: Entry | None) -> bool:
        """Point the editor at another entry (or a new one), saving the current text first.

        Returns False, and changes nothing, when the current text could not be saved: the
        caller must then stay where it is, so the text never leaves the screen unsaved.
        """
        if not self.flush():
            return False
        self._target = target
        self._uuid = entry.uuid if entry else str(uuid.uuid4())
        self._stored = entry is not None
        self._saved_body = entry.body if entry else ""
        self._editor.set_text(self._saved_body)
        self.state_changed.emit("saved" if entry else "empty")
        return True

    @property
    def target(self) -> DraftTarget | None:
        """What the text is saved as (its tags are None once any tags given are stored)."""
        return self._target

    def retarget(self, target: DraftTarget, *, at_once: bool = True) -> None:
        """Change the entry's metadata (the evening prompt, its tags) and save it if stored: now,
        or (`at_once=False`, while the person types tags) with the next save of the text. An
        entry not stored yet takes it when its text is first saved."""
        self._target = target
        if self._stored:
            self._saver.touch(_TEXT)
            if at_once:
                self.flush()

    def release(self) -> bool:
        """Save what is typed and let go of the editor, which another binder uses for a while
        (a linked prompt's answer). False, changing nothing, when the text could not be saved."""
        if not self.flush():
            return False
        self._target = None
        return True

    def flush(self) -> bool:
        """Save now if anything changed. Returns False only when saving failed."""
        return self._saver.flush()

    # -- the one write -------------------------------------------------------------------------

    def _write(self, journal: Journal) -> Entry | Removed | None:
        """Runs inside the saver's act: save the text, or delete the emptied entry."""
        self._written = None
        target = self._wrote_with = self._target
        if target is None:
            return None
        body = self._editor.text()
        if body.strip():
            tags = target.tags if target.tags is not None else self._stored_tags(journal)
            self._written = journal.save_entry(EntryDraft(
                uuid=self._uuid, kind=target.kind, body=body, stage=target.stage,
                prompt_key=target.prompt_key, title=target.title, tags=tags,
            ))
        elif self._stored:
            journal.delete_entry(self._uuid)
            self._written = Removed(self._uuid)
        return self._written

    def _stored_tags(self, journal: Journal) -> tuple[str, ...]:
        """The entry's tags as stored now, inside the save's own act (none for a new entry)."""
        if not self._stored:
            return ()
        try:
            return journal.get_entry(self._uuid).tags
        except NotFound:  # deleted meanwhile: saving brings it back, without tags
            return ()

    def _on_written(self, _change: Change) -> None:
        written, self._written = self._written, None
        if isinstance(written, Entry):
            target = self._target
            if target is not None and target is self._wrote_with and target.tags is not None:
                self._target = replace(target, tags=None)  # stored: kept as stored from now on
            self._stored = True
            self._saved_body = written.body
            self.saved.emit(written)
            self.state_changed.emit("saved")
        elif isinstance(written, Removed):
            self._stored = False
            self._saved_body = ""
            self.removed.emit(written.uuid)
            self.state_changed.emit("empty")

    def _remember_problem(self, message: str) -> None:
        """The gateway says why an act failed just before the saver reports the failure."""
        self._problem = message

    def _on_failed(self, message: str) -> None:
        self._written = None
        reason, self._problem = self._problem or message, ""
        self.failed.emit(reason)
        self.state_changed.emit("error")

    # -- typing and changes from elsewhere -----------------------------------------------------

    def _on_edited(self) -> None:
        if self._target is None:
            return
        text = self._editor.text()
        worth_saving = text != self._saved_body if self._stored else bool(text.strip())
        if worth_saving or (self._stored and self._target.tags is not None):  # tags wait to be saved
            self._saver.touch(_TEXT)
            self.state_changed.emit("editing")
            return
        # Back to what is stored (or to blank on a new entry): nothing to write.
        self._saver.forget()
        self.state_changed.emit("saved" if self._stored else "empty")

    def _on_change(self, change: Change) -> None:
        """Another page (or an import) changed the entry shown here: show it, unless ours is newer."""
        if change.made_by(self) or self._saver.pending or self._target is None:
            return
        if not change.wholesale and not (change.touches(Area.ENTRY) and self._uuid in change.uuids):
            return
        entry = live_entry(self._journal, self._uuid)
        if entry is not None:
            if self._stored and entry.body == self._saved_body:
                return
            self._stored = True
            self._saved_body = entry.body
            self._editor.set_text(entry.body)
            self.state_changed.emit("saved")
        elif self._stored:
            self._stored = False
            self._saved_body = ""
            self._uuid = str(uuid.uuid4())  # typing again starts a new entry, not a hidden one
            self._editor.set_text("")
            self.state_changed.emit("empty")
