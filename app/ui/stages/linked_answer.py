"""The answer to a linked prompt: the prompt's editor reads and writes a tool's field.

A prompt such as "What is true about where things went wrong?" is answered in the statement
workshop's own part (app/domain/prompt_links.py). This binder puts that text in the prompt's
editor, saves typing into it through the one `Saver`, and shows what the tool (or an import)
writes there while the person is not typing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.changes import Area, Change
from app.domain.prompt_links import ToolField
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.writing.editor import MarkdownEditor

if TYPE_CHECKING:
    from app.store.journal import Journal
    from app.store.prompt_fields import FieldPlace


@dataclass(frozen=True, slots=True)
class Loaded:
    place: FieldPlace
    text: str


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
        self._place: FieldPlace | None = None  # the record read, written back whatever comes next
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

    def load(self, field: ToolField) -> Loaded | None:
        """Where the field's words live now, and the words; None when the journal can't be read
        (the gateway says why): an empty editor must never stand in for words not read."""
        journal = self._journal
        now = journal.clock.now()

        def read(j: Journal) -> Loaded:
            place = j.prompt_fields.locate(field, now=now)
            return Loaded(place, j.prompt_fields.read(place))

        return journal.read(read, None)

    def bind(self, field: ToolField | None, loaded: Loaded | None = None) -> bool:
        """Show `field`'s words in the editor (None: let go of it); `loaded` when the caller read
        them already. False, changing nothing, when the words typed so far could not be saved or
        the field's words could not be read."""
        if field is not None and loaded is None:
            loaded = self.load(field)
            if loaded is None:
                return False
        if not self.flush():
            return False
        self._field = field
        self._place = loaded.place if field is not None and loaded is not None else None
        if field is not None and loaded is not None:
            self._show(loaded.text)
        return True

    def _show(self, text: str) -> None:
        self._stored = text
        self._editor.set_text(text)
        self.state_changed.emit("saved" if text.strip() else "empty")

    def flush(self) -> bool:
        return self._saver.flush()

    # -- saving ----------------------------------------------------------------------------

    def _writer(self, field: ToolField) -> Callable[[Journal], None]:
        def write(journal: Journal) -> None:
            place = self._place
            if field is self._field and place is not None:  # saved before the editor moves on
                journal.prompt_fields.write(place, self._editor.text(), now=self._journal.clock.now())

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
        field = self._field
        if field is None:
            return
        self._stored = self._editor.text()
        if self._place is not None and self._place.record is None:  # a sitting may exist now
            loaded = self.load(field)
            if loaded is not None and loaded.text == self._stored:
                self._place = loaded.place
        self.saved.emit(field, self._stored)

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
        loaded = self.load(field)
        if loaded is None:
            return  # not read: what is on screen stays
        self._place = loaded.place
        if loaded.text != self._stored:
            self._show(loaded.text)
