"""Opening the journal, off the UI thread: the one piece of work every reopen shares.

The store's modules (SQLAlchemy, the models, every stage store) are the longest part of a start.
An encrypted journal loads none of them until its unlock page is on screen (`journal_is_encrypted`
needs neither the store nor any crypto), so that page comes first; `preload_store` then loads
them while the passphrase is typed, and the opening worker waits for it rather than importing the
same modules beside it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.prompts import Catalogue
    from app.store.journal import Journal

from app.paths import KEY_FILE_NAME

_preloading: list[threading.Thread] = []  # at most one per process: imports happen once


def journal_is_encrypted(data_dir: Path) -> bool:
    """Whether the journal surely opens only with its passphrase, seen without loading the store,
    any crypto or even sqlite3: this runs before the window first shows, so it only lists the folder.

    False when an encryption or decryption was cut short (files beside the journal or its key):
    the store settles that first, and only then knows; the opening worker finds out as before.
    """
    from app.paths import database_path

    try:
        names = {path.name for path in data_dir.iterdir()}
    except OSError:
        return False
    database = database_path(data_dir).name
    interrupted = any(name.startswith((f"{database}.", f"{KEY_FILE_NAME}.")) for name in names)
    return not interrupted and KEY_FILE_NAME in names


def preload_store() -> None:
    """Start importing the store and the prompts on a thread of their own, once per process.

    Only modules without Qt are imported here (see open_journal_and_catalogue). The worker that
    opens the journal waits for this thread to finish before it imports anything: two threads
    importing the same packages at once can each find the other's half-made module (asyncio,
    which SQLAlchemy loads, then fails with "name 'base_events' is not defined"). If an import
    fails here, the worker's own import fails again and says why.
    """
    if _preloading:
        return
    thread = threading.Thread(target=_import_store, name="store-preload", daemon=True)
    _preloading.append(thread)
    thread.start()


def wait_for_preload() -> None:
    """Until the store's modules have loaded, if preload_store started loading them."""
    for thread in _preloading:
        thread.join()


def _import_store() -> None:
    try:
        import app.catalogue
        import app.store.journal  # noqa: F401 - the import is the work
    except Exception:  # the opening worker imports them again and reports the error
        return


def open_journal_and_catalogue(
    data_dir: Path, key: bytes | None = None, catalogue: Catalogue | None = None,
) -> tuple[Journal, Catalogue]:
    """Runs in a worker: SQLAlchemy, the schema check and the prompts load here.

    Nothing that touches Qt may be imported here: PySide creates its types and enums lazily on
    first use, and doing that on two threads at once crashes the process (it did, now and then,
    while page modules were warmed here as the window painted). The caller holds the data
    folder's lock, so clearing last session's deletions is safe. An encrypted journal needs its
    data key: without one, Journal.open raises JournalLocked. The prompts are loaded here unless
    the window already has them (its first page shown before the open, first_read.py).
    """
    wait_for_preload()
    from app.store.journal import Journal

    if catalogue is None:
        from app.catalogue import load_catalogue

        catalogue = load_catalogue()
    journal = Journal.open(data_dir, key, finish_conversions=True)
    try:
        journal.purge_deleted()
    except BaseException:
        journal.close()  # closed cleanly: its marker goes, so the next open needs no full check
        raise
    return journal, catalogue
