"""Opening the journal, off the UI thread: the one piece of work every reopen shares."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.prompts import Catalogue
    from app.store.journal import Journal


def open_journal_and_catalogue(data_dir: Path, key: bytes | None = None) -> tuple[Journal, Catalogue]:
    """Runs in a worker: SQLAlchemy, the schema check, the prompts and the page modules load here.

    The caller holds the data folder's lock, so clearing last session's deletions is safe. An
    encrypted journal needs its data key: without one, Journal.open raises JournalLocked.
    """
    import app.ui.journal.journal_page
    import app.ui.stages.stage_page
    import app.ui.today.today_page  # noqa: F401 - warmed here so building the pages is quick
    from app.catalogue import load_catalogue
    from app.store.journal import Journal

    catalogue = load_catalogue()
    journal = Journal.open(data_dir, key, finish_conversions=True)
    journal.purge_deleted()
    return journal, catalogue
