"""A journal state both bulk-import test files start from."""

from __future__ import annotations

from datetime import datetime

from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal


def own_entries_newest_purged(journal: Journal, when: datetime) -> None:
    """Four entries of the journal's own, the newest deleted and purged: its id is free again, so
    the next entry takes it (as SQLite's own rowid choice does)."""
    for n in range(4):
        journal.save_entry(EntryDraft(uuid=f"own{n}", kind=EntryKind.FREE, body=f"my standup {n}"), when=when)
    journal.delete_entry("own3")
    journal.purge_deleted()
