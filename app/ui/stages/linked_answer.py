"""The answer to a linked prompt: the prompt's editor reads and writes a tool's field.

A prompt such as "What is true about where things went wrong?" is answered in the statement
workshop's own part (app/domain/prompt_links.py). This binder puts that text in the prompt's
editor, saves typing into it through the one `Saver`, and shows what the tool (or an import)
writes there while the person is not typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.changes import Area, Change
from app.domain.prompt_links import ToolField
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.writing.editor import MarkdownEditor

if TYPE_CHECKING:
    from app.store.journal import Journal


class LinkedAnswer(QObject):
    """Signals: saved(ToolField, str) once typing reached the tool; state_changed(str) and
    failed(str) as the entry autosaver has them, for the card's save status."""

    saved = Signal(object, str)
    state_changed = Signal(str)
    failed = Signal(str)

    def __init__(
        self, journal: ObservedJournal, editor: MarkdownEditor, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._editor = editor
        self._field: ToolField | None = None
        self._stored = ""
        self._saver = Saver(journal, self, origin=self)
        for field in ToolField:
            self._saver.watch(field.value, field.area, self._writer(field))
        self._saver.saved.connect(self._on_saved)
        self._saver.failed.connect(self.failed)
        self._saver.state_changed.connect(self._on_state)
        editor.text_edited.connect(self._on_edited)
        journal.changes.connect(self._on_change)

    @property
    def field(self) -> ToolField | None:
        return self._field

    @property
    def pending(self) -> bool:
        return self._saver.pending

    def read(self, field: ToolField) -> str:
        journal = self._journal
        return journal.read(lambda j: j.prompt_fields.get(field, now=journal.clock.now()), "")

    def bind(self, field: ToolField | None) -> bool:
        """Show `field`'s words in the editor (None: let go of it). False, changing nothing, when
        the words typed so far could not be saved."""
        if not self.flush():
            return False
        self._field = field
        if field is not None:
            self._stored = self.read(field)
            self._editor.set_text(self._stored)
            self.state_changed.emit("saved" if self._stored.strip() else "empty")
        return True

    def flush(self) -> bool:
        return self._saver.flush()

    # -- saving ----------------------------------------------------------------------------

    def _writer(self, field: ToolField) -> Callable[[Journal], None]:
        def write(journal: Journal) -> None:
            if field is self._field:  # edits are saved before the editor moves to another field
                journal.prompt_fields.put(field, self._editor.text(), now=self._journal.clock.now())

        return write

    def _on_edited(self) -> None:
        field = self._field
        if field is None:
            return
        if self._editor.text() == self._stored:
            self._saver.forget()
            self.state_changed.emit("saved" if self._stored.strip() else "empty")
            return
        self._saver.touch(field.value)

    def _on_saved(self, _change: Change) -> None:
        if self._field is not None:
            self._stored = self._editor.text()
            self.saved.emit(self._field, self._stored)

    def _on_state(self, state: str) -> None:
        if state == "saved" and not self._stored.strip():
            state = "empty"
        self.state_changed.emit(state)

    def _on_change(self, change: Change) -> None:
        """The tool (or an import) changed the field on screen: show it, unless typing is newer."""
        field = self._field
        if field is None or change.made_by(self) or self._saver.pending:
            return
        if not change.wholesale and not change.touches(field.area, Area.DRAFT):
            return
        text = self.read(field)
        if text != self._stored:
            self._stored = text
            self._editor.set_text(text)
            self.state_changed.emit("saved" if text.strip() else "empty")
