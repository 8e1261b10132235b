"""Autosave: what the person types reaches the journal within a second, with no Save button."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.errors import StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.writing.editor import MarkdownEditor

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 700
# However steadily someone types, what is on screen is saved at least this often: a crash or a
# killed process then costs at most about a second of typing (tests/reliability/test_kill_harness).
MAX_WAIT_MS = 1000
RETRY_DELAY_MS = 5000


@dataclass(frozen=True, slots=True)
class DraftTarget:
    """What the text in the editor is: everything about the entry except its body."""

    kind: EntryKind
    stage: Stage | None = None
    prompt_key: str | None = None
    title: str = ""
    tags: tuple[str, ...] = ()


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
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._max_wait = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)  # from the first unsaved edit
        self._max_wait.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)
        self._saving = False
        editor.text_edited.connect(self._on_edited)
        journal.entry_saved.connect(self._on_saved_elsewhere)
        journal.entry_restored.connect(self._on_saved_elsewhere)
        journal.entry_deleted.connect(self._on_deleted_elsewhere)

    @property
    def entry_uuid(self) -> str | None:
        return self._uuid if self._stored else None

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
        self._dirty = False
        self._editor.set_text(self._saved_body)
        self.state_changed.emit("saved" if entry else "empty")
        return True

    def retarget(self, target: DraftTarget) -> None:
        """Change the entry's metadata (for example the evening prompt) and save it if stored."""
        self._target = target
        if self._stored:
            self._dirty = True
            self.flush()

    def flush(self) -> bool:
        """Save now if anything changed. Returns False only when saving failed."""
        self._timer.stop()
        self._max_wait.stop()
        if not self._dirty or self._target is None:
            return True
        body = self._editor.text()
        self._saving = True
        try:
            if body.strip():
                entry = self._journal.save_entry(
                    EntryDraft(
                        uuid=self._uuid,
                        kind=self._target.kind,
                        body=body,
                        stage=self._target.stage,
                        prompt_key=self._target.prompt_key,
                        title=self._target.title,
                        tags=self._target.tags,
                    )
                )
                self._stored = True
                self._saved_body = body
                self._dirty = False
                self._retry.stop()
                self.saved.emit(entry)
                self.state_changed.emit("saved")
            else:
                if self._stored:
                    self._journal.delete_entry(self._uuid)
                    self.removed.emit(self._uuid)
                self._stored = False
                self._saved_body = ""
                self._dirty = False
                self.state_changed.emit("empty")
        except StoreError as error:
            log.warning("autosave failed: %s", type(error).__name__)
            self._retry.start()
            self.failed.emit(str(error))
            self.state_changed.emit("error")
            return False
        finally:
            self._saving = False
        return True

    def _on_saved_elsewhere(self, entry: Entry) -> None:
        """Another page saved (or restored) the entry shown here: show its text, unless ours is newer."""
        if self._saving or entry.uuid != self._uuid or self._dirty or entry.body == self._saved_body:
            return
        self._stored = True
        self._saved_body = entry.body
        self._editor.set_text(entry.body)
        self.state_changed.emit("saved")

    def _on_deleted_elsewhere(self, uuid_: str) -> None:
        if self._saving or uuid_ != self._uuid or self._dirty:
            return
        self._stored = False
        self._saved_body = ""
        self._uuid = str(uuid.uuid4())  # typing again starts a new entry, not a hidden one
        self._editor.set_text("")
        self.state_changed.emit("empty")

    def _on_edited(self) -> None:
        text = self._editor.text()
        self._dirty = text != self._saved_body if self._stored else bool(text.strip())
        self.state_changed.emit("editing")
        self._timer.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
