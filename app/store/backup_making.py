"""Making a backup: copied through SQLite's online backup API (a raw file copy of a live WAL
database can miss what is still in the -wal file) into a private temporary file, checked, and
only then given its name; older automatic backups are rotated out after that, never before."""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from app.store.backup_checks import file_problem, inspect_file, missing_key_problem
from app.store.backup_files import (
    BUSY_TIMEOUT_MS,
    DB_OR_OS_ERRORS,
    DEFAULT_KEEP,
    KEY_FILE_NAME,
    PREFIXES,
    STAMP_FORMAT,
    Connect,
    describe_error,
    os_reason,
    parse_name,
    plain_connect,
    remove_quietly,
)
from app.store.backup_info import AUTOMATIC, BackupInfo, backup_kind
from app.store.backup_listing import rotate
from app.store.errors import BackupFailed
from app.store.private_file import sync_folder

log = logging.getLogger(__name__)


def make_backup(
    journal_path: Path,
    backups_dir: Path,
    *,
    reason: str = AUTOMATIC,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    connect: Connect = plain_connect,
) -> BackupInfo:
    """Back the journal up into `backups_dir`, check the copy, then rotate automatic backups.

    Raises BackupFailed (the temporary copy removed, nothing else touched) when the journal
    can't be read, the folder can't be written or the copy does not check out.
    """
    if reason not in PREFIXES:
        raise ValueError(f"unknown backup reason {reason!r}")
    if keep < 1:
        raise ValueError("keep at least one backup")
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(
            f"Trustbridge can't create the backups folder {backups_dir}: {os_reason(error)}."
        ) from error
    name = _free_name(backups_dir, PREFIXES[reason], moment)
    info = _copy_checked(journal_path, backups_dir, name, connect)
    info = BackupInfo(info.path, moment.replace(microsecond=0), info.size, info.entries, reason)
    count = info.entries or 0
    held = "1 entry" if count == 1 else f"{count} entries"
    log.info("made %s, %s (%s)", backup_kind(reason), info.path.name, held)
    if reason == AUTOMATIC:
        rotate(backups_dir, keep, info.path, connect)
    return info


def backup_to(journal_path: Path, destination: Path, *, connect: Connect = plain_connect) -> BackupInfo:
    """Back the journal up to a file of the person's choosing, which must not exist yet."""
    destination = destination.expanduser()
    if destination.exists() or destination.is_symlink():
        raise BackupFailed(f"{destination} already exists; choose a new file name so nothing is overwritten.")
    if not destination.parent.is_dir():
        raise BackupFailed(f"the folder {destination.parent} does not exist.")
    info = _copy_checked(journal_path, destination.parent, destination, connect)
    return BackupInfo(info.path, datetime.now(UTC).replace(microsecond=0), info.size, info.entries, AUTOMATIC)


def _free_name(folder: Path, prefix: str, moment: datetime) -> Path:
    """`prefix-STAMP.sqlite3`, or `prefix-STAMP-N.sqlite3` when one was made this same second.

    N is one more than the highest number of that second ever still present, never a gap left
    by rotation: a reused lower number would sort as older and could be rotated out first.
    """
    stamp = moment.strftime(STAMP_FORMAT)
    taken = [parsed[2] for path in folder.glob(f"{prefix}-{stamp}*.sqlite3")
             if (parsed := parse_name(path)) is not None]
    if not taken:
        return folder / f"{prefix}-{stamp}.sqlite3"
    return folder / f"{prefix}-{stamp}-{max(taken) + 1}.sqlite3"


def _copy_checked(journal_path: Path, folder: Path, final: Path, connect: Connect) -> BackupInfo:
    """Copy through the backup API into a 0600 temporary file in `folder`, check it, rename it."""
    if not journal_path.exists():
        raise BackupFailed(f"there is no journal at {journal_path} to back up.")
    _refuse_unsound_source(journal_path, connect)
    try:
        handle, name = tempfile.mkstemp(prefix=".incoming-", suffix=".sqlite3", dir=folder)  # mode 0600
    except OSError as error:
        raise BackupFailed(f"Trustbridge can't write in {folder}: {os_reason(error)}.") from error
    os.close(handle)
    temporary = Path(name)
    try:
        try:
            with closing(connect(journal_path)) as source, closing(connect(temporary)) as target:
                source.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                source.backup(target)
                # A backup is one self-contained file: no -wal beside it when it is copied elsewhere.
                target.execute("PRAGMA journal_mode=DELETE")
        except DB_OR_OS_ERRORS as error:
            said = describe_error(error)
            what = "is damaged, so it could" if "malformed" in said or "not a database" in said else "could"
            raise BackupFailed(
                f"the journal {what} not be copied: {said}. Your older backups were kept."
            ) from error
        problems, entries = inspect_file(temporary, connect, fts=False)
        if problems:
            raise BackupFailed(
                f"the new backup did not pass its check ({'; '.join(problems)}), so it was removed; "
                "your older backups were kept."
            )
        temporary.replace(final)
        sync_folder(folder)
    except BaseException:
        remove_quietly(temporary)
        raise
    return BackupInfo(final, datetime.now(UTC), final.stat().st_size, entries, AUTOMATIC)


def _refuse_unsound_source(journal_path: Path, connect: Connect) -> None:
    """A journal that would fail its check at open is never copied (nor rotated after).

    What the file itself shows is checked here, before SQLite opens it: SQLite takes an empty
    file as a new database and deletes the -wal beside it. Anything deeper is found by the
    check of the copy. An encrypted journal whose key file is gone is said as that.
    """
    key_file = journal_path.parent / KEY_FILE_NAME
    missing = missing_key_problem(journal_path)
    if missing is not None:
        raise BackupFailed(missing)
    plain = connect in (plain_connect, sqlite3.connect) and not key_file.exists()  # encrypted: a noise header
    problem = file_problem(journal_path, plain=plain)
    if problem is not None:
        raise BackupFailed(
            f"the journal at {journal_path} is damaged: {problem}. It was not backed up, and your "
            "backups were kept as they are."
        )
