"""A check-in form kept as a draft while it is made, and turned into a check-in by its Save.

Every change to the form (a feeling picked, the mood chosen, a key in the note) is written through
the one `Saver` under the form's draft key, a moment after it pauses and at least once a second
while it goes on, so a crash or a killed process costs about a second and locking never has to
wait for a half-made check-in. Save times the check-in then, stores it and clears the draft in one
`journal.act` (one commit): both land, or neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain.changes import Area
from app.domain.workbench import MoodCheck
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.feelings.form_drafts import decode_mood, encode_mood

if TYPE_CHECKING:
    from app.store.journal import Journal
    from app.ui.feelings.mood_check import MoodCheckForm

_FIELD = "form"  # the Saver's one field: the whole form, written as one draft


class MoodDraft(QObject):
    """Binds a `MoodCheckForm` to the draft under `key`.

    `saver` is announced as made by `origin` (the widget showing the form), so it can pass over
    its own echo. Call `connect_form()` once the form is built, `restore()` to put a kept draft
    back into it.
    """

    def __init__(self, journal: ObservedJournal, form: MoodCheckForm, key: str, parent: QObject,
                 *, origin: object) -> None:
        super().__init__(parent)
        self._journal = journal
        self._form = form
        self._key = key
        self._origin = origin
        self._restoring = False  # the form is being filled from the journal, not by the person
        self.saver = Saver(journal, self, origin=origin)
        self.saver.watch(_FIELD, Area.DRAFT, self._write)

    @property
    def key(self) -> str:
        return self._key

    def connect_form(self) -> None:
        self._form.changed.connect(self._on_form_changed)

    def restore(self) -> bool:
        """Fill the form from the kept draft; True if there was one. Nothing is written."""
        state = decode_mood(self._journal.read(lambda j: j.drafts.get(self._key), ""))
        self._restoring = True
        try:
            self._form.set_state(state)
        finally:
            self._restoring = False
        return not state.is_blank()

    def flush(self) -> bool:
        """Write the form's draft now if it changed; False only if writing failed (it is retried)."""
        return self.saver.flush()

    def save_check(self) -> MoodCheck | None:
        """The form as a check-in timed now, stored with its draft cleared in one action; the form
        is emptied for the next one. None if the journal refused (the form stays as it is)."""
        check = self._form.value()
        key = self._key

        def write(journal: Journal) -> MoodCheck:
            journal.drafts.clear(key)
            return journal.feelings.save_mood_check(check)

        done = self._journal.act({Area.MOOD, Area.DRAFT}, write, origin=self._origin)
        if done is None:
            return None
        self._restoring = True
        try:
            self._form.clear()
        finally:
            self._restoring = False
        self.saver.forget()  # what was pending went with the check-in
        return done.value

    def _write(self, journal: Journal) -> None:
        journal.drafts.put(self._key, encode_mood(self._form.state()))

    def _on_form_changed(self) -> None:
        if not self._restoring:
            self.saver.touch(_FIELD)
