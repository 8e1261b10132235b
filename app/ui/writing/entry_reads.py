"""Reading one entry back for a view that heard it changed: the entry, or None once it is gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.records import Entry
from app.store.errors import NotFound
from app.ui.data.journal_events import ObservedJournal

if TYPE_CHECKING:
    from app.store.journal import Journal


def live_entry(journal: ObservedJournal, uuid: str) -> Entry | None:
    """The entry as stored now; None if it was deleted (or can't be read: the status line says why)."""

    def read(store: Journal) -> Entry | None:
        try:
            return store.get_entry(uuid)
        except NotFound:  # deleted: an answer, not a failure
            return None

    return journal.read(read, None)
