"""Opening the journal, off the UI thread: the one piece of work every reopen shares."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.prompts import Catalogue
    from app.store.journal import Journal


def open_journal_and_catalogue(data_dir: Path, key: bytes | None = None) -> tuple[Journal, Catalogue]:
    """Runs in a worker: SQLAlchemy, the schema check and the prompts load here.

    Nothing that touches Qt may be imported here: PySide creates its types and enums lazily on
    first use, and doing that on two threads at once crashes the process (it did, now and then,
    while page modules were warmed here as the window painted). The caller holds the data
    folder's lock, so clearing last session's deletions is safe. An encrypted journal needs its
    data key: without one, Journal.open raises JournalLocked.
    """
    from app.catalogue import load_catalogue
    from app.store.journal import Journal

    catalogue = load_catalogue()
    journal = Journal.open(data_dir, key, finish_conversions=True)
    journal.purge_deleted()
    return journal, catalogue
