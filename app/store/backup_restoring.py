"""Putting a backup back: over the journal (after a safety backup of it), or in place of a
journal that failed its check, which is never opened, only renamed aside and kept.

A journal that failed its check is never restored over in place: `restore_over_damaged` renames
it (with its -wal and -shm) to `journal.damaged-<stamp>.sqlite3` in the data folder, where it
stays, and copies the chosen backup in beside it.
"""

from __future__ import annotations

import logging
import os
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from app.paths import database_path
from app.store.backup_checks import inspect_file
from app.store.backup_files import (
    BACKUPS_DIR_NAME,
    BUSY_TIMEOUT_MS,
    DB_OR_OS_ERRORS,
    STAMP_FORMAT,
    Connect,
    describe_error,
    os_reason,
    plain_connect,
    remove_quietly,
)
from app.store.backup_info import BEFORE_RESTORE, BackupInfo, RestoreReport
from app.store.backup_making import make_backup
from app.store.errors import BackupFailed, RestoreRefused, StoreError
from app.store.private_file import sync_folder

log = logging.getLogger(__name__)


def restore(
    backup_path: Path,
    journal_path: Path,
    *,
    backups_dir: Path | None = None,
    now: datetime | None = None,
    connect: Connect = plain_connect,
) -> RestoreReport:
    """Replace the journal's contents with a backup's, after checking it and backing up the journal.

    The caller makes sure no other process has the journal open (`holding_data_dir`), and that
    its own connections are closed. The copy goes INTO the live file through the backup API, so
    its -wal and -shm stay consistent; if the copy fails part-way, SQLite rolls it back.
    """
    backup_path = backup_path.expanduser()
    if not backup_path.is_file():
        raise RestoreRefused(f"there is no backup at {backup_path}.")
    if backup_path.resolve() == journal_path.resolve():
        raise RestoreRefused("that file is the journal itself, not a backup of it.")
    problems, entries = inspect_file(backup_path, connect, fts=False)
    if problems or entries is None:
        raise RestoreRefused(
            f"the backup {backup_path.name} is damaged or is not a Trustbridge journal "
            f"({'; '.join(problems)}). Your journal was not changed."
        )
    safety: BackupInfo | None = None
    if journal_path.is_file():
        folder = backups_dir if backups_dir is not None else journal_path.parent / BACKUPS_DIR_NAME
        try:
            safety = make_backup(journal_path, folder, reason=BEFORE_RESTORE, now=now, connect=connect)
        except BackupFailed as error:
            raise RestoreRefused(
                f"your current journal could not be backed up first ({error}), so nothing was restored."
            ) from error
    try:
        with closing(connect(backup_path)) as source, closing(connect(journal_path)) as target:
            target.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            source.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DB_OR_OS_ERRORS as error:
        saved = f" A copy of it as it was is at {safety.path}." if safety else ""
        raise StoreError(
            f"the backup could not be copied into the journal: {describe_error(error)}.{saved}"
        ) from error
    after, restored = inspect_file(journal_path, connect, fts=False)
    if after or restored != entries:
        saved = f" Your journal as it was is at {safety.path}." if safety else ""
        raise StoreError(f"the restored journal did not check out ({'; '.join(after)}).{saved}")
    log.info("restored the journal from %s (%d entries)", backup_path.name, entries)
    return RestoreReport(backup_path, safety, entries)


def restore_over_damaged(data_dir: Path, backup: Path, connect: Connect = plain_connect) -> RestoreReport:
    """Put a backup in place of a journal that failed its check, keeping the damaged file.

    The damaged file is never opened, let alone written: it (with any -wal and -shm beside it)
    is only renamed to `journal.damaged-<stamp>.sqlite3`, so whatever can still be saved from it
    stays there. The backup, checked first, is then copied in through the backup API and
    checked again. All or nothing: if any step fails, the new file is removed and the damaged
    one is moved back, and RestoreRefused says why. The caller holds the data folder.
    """
    backup = backup.expanduser()
    journal = database_path(data_dir)
    if not backup.is_file():
        raise RestoreRefused(f"there is no backup at {backup}. Your journal file was not changed.")
    problems, entries = inspect_file(backup, connect, fts=False)
    if problems or entries is None:
        raise RestoreRefused(
            f"the backup {backup.name} is damaged or is not a Trustbridge journal "
            f"({'; '.join(problems)}). Your journal file was not changed."
        )
    try:
        kept, moved = _move_aside(data_dir)
    except OSError as error:
        raise RestoreRefused(
            f"the damaged journal could not be moved aside ({os_reason(error)}), so nothing was restored."
        ) from error
    try:
        os.close(os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private before a byte
        with closing(connect(backup)) as source_db, closing(connect(journal)) as target_db:
            source_db.backup(target_db)
            target_db.execute("PRAGMA journal_mode=DELETE")  # one file, until the app opens it in WAL
        after, restored = inspect_file(journal, connect, fts=False)
        if after or restored != entries:
            raise RestoreRefused(f"the restored journal did not check out ({'; '.join(after)}).")
    except BaseException as error:
        remove_quietly(journal)
        _move_back(moved)
        if isinstance(error, RestoreRefused):
            raise RestoreRefused(f"{error} The damaged journal file was put back as it was.") from error
        if isinstance(error, DB_OR_OS_ERRORS):
            raise RestoreRefused(
                f"the backup could not be copied in ({describe_error(error)}). "
                "The damaged journal file was put back as it was."
            ) from error
        raise
    sync_folder(data_dir)
    log.info("restored over a damaged journal from %s (%d entries); kept %s", backup.name, entries, kept.name)
    return RestoreReport(backup, None, entries, damaged_kept_at=kept)


def set_damaged_aside(data_dir: Path) -> Path:
    """Rename a journal that failed its check (with its -wal and -shm) out of the way, unopened.

    The way on when no backup can be put in place: the next opening starts a new, empty journal,
    and the damaged file stays in the data folder as `journal.damaged-<stamp>.sqlite3` for
    whatever can still be saved from it. Returns where it went. The caller holds the data folder.
    """
    journal = database_path(data_dir)
    if not journal.exists() and not journal.is_symlink() and not Path(f"{journal}-wal").exists():
        raise RestoreRefused(f"there is no journal file in {data_dir} to set aside.")
    try:
        kept, _moved = _move_aside(data_dir)
    except OSError as error:
        raise RestoreRefused(
            f"the damaged journal could not be moved aside ({os_reason(error)}); it was left as it was."
        ) from error
    log.info("set a damaged journal aside as %s; a new journal starts at the next opening", kept.name)
    return kept


def _move_aside(data_dir: Path) -> tuple[Path, list[tuple[Path, Path]]]:
    """Rename the journal and its companions to a free `journal.damaged-…` name; all or none."""
    journal = database_path(data_dir)
    kept = _free_damaged_name(data_dir)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm", "-journal"):
            source = Path(f"{journal}{suffix}")
            if source.exists() or source.is_symlink():
                target = Path(f"{kept}{suffix}")
                source.rename(target)
                moved.append((source, target))
        sync_folder(data_dir)
    except OSError:
        _move_back(moved)
        raise
    return kept, moved


def _free_damaged_name(data_dir: Path) -> Path:
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    path = data_dir / f"journal.damaged-{stamp}.sqlite3"
    number = 1
    while any(Path(f"{path}{suffix}").exists() for suffix in ("", "-wal", "-shm", "-journal")):
        number += 1
        path = data_dir / f"journal.damaged-{stamp}-{number}.sqlite3"
    return path


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    if not moved:
        return
    for original, aside in reversed(moved):
        try:
            aside.rename(original)
        except OSError as error:  # left under its new name, which the log and the message give
            log.error("could not move %s back to %s: %s", aside.name, original.name, os_reason(error))
    sync_folder(moved[0][0].parent)
