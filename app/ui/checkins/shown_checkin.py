"""The check-in on screen, and its text fields, saved through the tool's one Saver.

The agenda, the questions, thanks and lessons, the notes and the follow-up are edited in
different panels but belong to one check-in. Each panel registers its field here; a save
writes every pending field of the check-in in one commit, each onto the check-in as stored (with
the field before it, and any change made elsewhere), so none overwrites another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from app.domain.changes import Area
from app.domain.workbench import CheckIn
from app.ui.data.saver import Saver

if TYPE_CHECKING:
    from app.store.journal import Journal


class ShownCheckIn:
    """Which check-in the panels show, as last stored, and the fields of it they edit."""

    def __init__(self, saver: Saver) -> None:
        self.saver = saver
        self.checkin: CheckIn | None = None
        self._reads: dict[str, Callable[[], object]] = {}

    @property
    def origin(self) -> object:
        """Who every save and action of the tool is announced as made by."""
        return self.saver.origin

    def field(self, name: str, read: Callable[[], object]) -> None:
        """The check-in's field `name` (a CheckIn attribute) reads `read()` on screen."""
        self._reads[name] = read
        self.saver.watch(name, Area.CHECKIN, lambda journal: self._write(journal, name))

    def touch(self, name: str) -> None:
        """The field `name` was edited: it is saved soon (nothing to save with no check-in shown)."""
        if self.checkin is not None:
            self.saver.touch(name)

    def on_screen(self) -> CheckIn:
        """The shown check-in with every field as it reads on screen now."""
        assert self.checkin is not None
        values = {name: read() for name, read in self._reads.items()}
        return replace(self.checkin, **values)  # type: ignore[arg-type]

    def bind(self, checkin: CheckIn | None) -> bool:
        """Show another check-in (or none) once everything typed is saved; False (and no switch)
        when that failed: the text stays, and the saver tries again by itself."""
        if not self.saver.flush():
            return False
        self.checkin = checkin
        return True

    def _write(self, journal: Journal, name: str) -> CheckIn | None:
        """Write one field onto the check-in as stored now: a field changed elsewhere meanwhile
        (the stage's prompts write its thanks and questions) is kept, not overwritten."""
        if self.checkin is None:
            return None
        value = self._reads[name]()
        uuid = self.checkin.uuid
        stored = next((c for c in journal.checkins.checkins() if c.uuid == uuid), self.checkin)
        if getattr(stored, name) == value:
            return None  # already stored as it reads
        self.checkin = journal.checkins.save_checkin(replace(stored,
                                                             **{name: value}))  # type: ignore[arg-type]
        return self.checkin
