"""The day's automatic backup, made when the journal closes (at quit, or when it locks)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store.backups import Connect

log = logging.getLogger(__name__)


def back_up_if_due(
    journal_path: Path, data_dir: Path, now: datetime | None = None, connect: Connect | None = None,
    keep: int | None = None,
) -> None:
    """The day's automatic backup, made at close; a failure is logged and never stops the app closing.

    Runs only for a journal that opened (so passed its checks) and after every save has landed.
    An encrypted journal passes its keyed `connect`, so the backup is encrypted with the same key.
    Imported here, not at start-up: the window should not wait for what only closing needs.
    """
    from app.store.backups import AUTOMATIC, DEFAULT_KEEP, backup_due, backups_dir, make_backup, plain_connect

    folder = backups_dir(data_dir)
    moment = now or datetime.now(UTC)
    try:
        if backup_due(folder, moment):
            make_backup(journal_path, folder, reason=AUTOMATIC, now=moment, connect=connect or plain_connect,
                        keep=keep or DEFAULT_KEEP)
    except Exception:  # closing must go on whatever went wrong; the journal itself is untouched
        log.warning("the automatic backup at close was skipped", exc_info=True)
