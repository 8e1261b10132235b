"""Opening a journal file: settle an interrupted encryption, refuse a locked, keyless or damaged
file without writing a byte to it, then create or upgrade the schema.

Every open makes the cheap checks (the file's header, the key, that it is one of ours); the full
check runs only after an unclean shutdown, told by a marker a process left behind
(app/store/health.py). A damaged file is said in one paragraph (what is wrong, that nothing
changed, the newest good backup), and nothing has written to it: the checks run before the
engine's first connection, which would switch the file to WAL.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError, OperationalError

from app.domain.timeline import local_time
from app.paths import KEY_FILE_NAME, database_path
from app.store.backup_info import BackupInfo
from app.store.engine import create_journal_engine
from app.store.errors import (
    JournalDamaged,
    JournalLocked,
    KeyFileMissing,
    StorageUnavailable,
    WrongPassphrase,
)
from app.store.health import (
    OpenMarker,
    record_check_passed,
    refuse_if_changing,
    remove_stale,
    stale_markers,
    write_marker,
)
from app.store.private_file import FOLDER_MODE, create_private_file, keep_private
from app.store.schema import ensure_schema, find_damage
from app.store.statistics import keep_statistics
from app.store.unit import describe

log = logging.getLogger(__name__)



def open_engine(
    data_dir: Path, key: bytes | None = None, *, finish_conversions: bool = False
) -> tuple[Engine, OpenMarker | None]:
    """An engine on the journal in `data_dir`, created or upgraded, and this open's marker (release
    it after disposing of the engine at a clean close); see `Journal.open`."""
    path = database_path(data_dir)
    try:
        data_dir.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)  # private from other accounts
    except OSError as error:
        raise StorageUnavailable(
            f"Trustbridge can't create its folder {data_dir}: {error.strerror or error}."
        ) from error
    keep_private(data_dir)  # made earlier with the umask's 0755 (by hand, or by an older version)
    connect: Callable[[Path], sqlite3.Connection] = sqlite3.connect
    if any(data_dir.glob(f"{path.name}.*")) or any(data_dir.glob(f"{KEY_FILE_NAME}.*")):
        # An encryption or decryption was cut short: finish or undo it before anything opens, unless
        # another process is doing it just now (the app, or a command that holds the folder).
        from app.store.encryption import settle_interrupted

        refuse_if_changing(data_dir)
        settle_interrupted(data_dir)
    if key is None and (data_dir / KEY_FILE_NAME).exists():
        raise JournalLocked("This journal is encrypted: it opens with its passphrase.")
    if key is None:
        from app.store.backup_checks import missing_key_problem  # loads SQLCipher's module: not at every open

        missing = missing_key_problem(path)
        if missing is not None:
            raise KeyFileMissing(missing)
    if key is not None:
        from app.store import keys
        from app.store.encryption import finish_encrypting, keyed_connect, plain_files_left

        key_file = data_dir / KEY_FILE_NAME
        if key_file.exists() and not keys.key_matches(keys.read_key_file(key_file), key):
            # A key that isn't this journal's would make every page look damaged.
            raise WrongPassphrase("That key does not open this journal. Nothing was changed.")
        connect = keyed_connect(key)
        if finish_conversions and key_file.exists() and plain_files_left(data_dir):
            try:
                finish_encrypting(data_dir, key)  # what the disk or a crash left plain last time
            except Exception:  # the journal itself is fine: open it, and try again next time
                log.warning("files beside the journal are still to be encrypted", exc_info=True)
    marker = _checked_marker(data_dir, path, key, connect)
    try:
        created = _create_private(path)
        _keep_private(path)  # before the first connection: SQLite gives a new -wal and -shm the file's mode
        engine = create_journal_engine(path, key)
    except BaseException:
        if marker is not None:
            marker.release()
        raise
    try:
        ensure_schema(engine, path, connect)
    except (OperationalError, DBAPIError, sqlite3.Error, OSError) as error:
        engine.dispose()
        if marker is not None:
            marker.release()
        _forget_if_empty(path, created)
        raise StorageUnavailable(
            f"Trustbridge can't open the journal at {path}: {describe(error)}."
        ) from error
    except BaseException:
        engine.dispose()
        if marker is not None:
            marker.release()
        _forget_if_empty(path, created)
        raise
    _keep_private(path)  # the -wal and -shm the first connection made
    if finish_conversions:  # the app, holding the data folder: the one process that keeps statistics
        keep_statistics(engine, at_open=True)
    return engine, marker


def closed_engine() -> Engine:
    """An engine that never connects: what a closed journal's services are left holding."""

    def refuse() -> sqlite3.Connection:
        raise StorageUnavailable("The journal is closed (locked, or the app is closing). Nothing was saved.")

    return create_engine("sqlite://", creator=refuse)


_FOLDER_REFUSES = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _checked_marker(
    data_dir: Path, path: Path, key: bytes | None, connect: Callable[[Path], sqlite3.Connection]
) -> OpenMarker | None:
    """Check the file (fully after an unclean shutdown), then mark it open by this process.

    The order is app/store/health.py's: stale markers found first, the check, our marker written,
    and only then the stale ones removed, so a kill at any step leaves a marker for the next open.
    """
    stale = stale_markers(data_dir)
    if stale:
        log.info("the journal at %s was not closed cleanly last time: checking it in full", path)
    _refuse_damaged(data_dir, path, key, connect, full=bool(stale))
    try:
        marker: OpenMarker | None = write_marker(data_dir)
    except OSError as error:
        if error.errno not in _FOLDER_REFUSES or not path.exists():
            raise StorageUnavailable(
                f"Trustbridge can't write in its folder {data_dir}: {error.strerror or error}. "
                "Nothing was changed."
            ) from error
        # A folder made read-only under a journal whose files stay writable: it opens, but no marker
        # can tell the next open how this one ended, so every such open is checked in full.
        log.warning("no open marker in %s (%s): checking the journal in full at every open",
                    data_dir, error.strerror or error)
        if not stale:
            _refuse_damaged(data_dir, path, key, connect, full=True)
        marker = None
    if stale:
        if path.exists():
            record_check_passed(data_dir)
        remove_stale(data_dir, stale)
    return marker


def _refuse_damaged(
    data_dir: Path, path: Path, key: bytes | None, connect: Callable[[Path], sqlite3.Connection],
    *, full: bool,
) -> None:
    """Raise JournalDamaged if the existing file fails its read-only check; write nothing to it.

    Runs before the engine exists, because the engine's first connection switches the file to
    WAL and the schema check may upgrade it: neither may touch a damaged file. An empty file is
    damage too: only a missing one is a new journal. `full`: the full check too, not only the
    cheap ones (app/store/health.py).
    """
    problems = find_damage(path, key, full=full)  # StorageUnavailable if it can't be read at all
    if not problems:
        return
    from app.store.backup_files import backups_dir
    from app.store.backup_listing import newest_good_backup

    # info, not error: the caller says it to the person (a page, one line), and a command line with
    # no log set up would print a second, bare line for it
    log.info("the journal at %s failed its check at open: %s", path, "; ".join(problems))
    backup = newest_good_backup(backups_dir(data_dir), connect)
    raise JournalDamaged(_damaged_message(data_dir, path, key, problems, backup), problems, backup)


def _damaged_message(
    data_dir: Path, path: Path, key: bytes | None, problems: list[str], backup: BackupInfo | None
) -> str:
    """One paragraph for the log and the command line: what is wrong, that nothing changed, what next."""
    message = (f"The journal file at {path} is damaged: {problems[0]}. Trustbridge has not opened it "
               "and has not changed it.")
    if key is None and "not a database" in problems[0]:
        message += (f" If you turned on encryption for this journal, its key file {data_dir / KEY_FILE_NAME} "
                    "is missing: put it back and try again.")
    if backup is not None:
        made = local_time(backup.made_at).strftime("%Y-%m-%d %H:%M")
        held = "1 entry" if backup.entries == 1 else f"{backup.entries or 0:,} entries"
        message += f" The newest good backup is {backup.path} (made {made}, {held})."
    else:
        message += " There is no backup of it that passes its check."
    return message


def _create_private(path: Path) -> bool:
    """A new journal's file, made 0600 before SQLite opens it (SQLite would make it with the umask,
    often 0644, and write the whole schema into it before anything could change that)."""
    try:
        return create_private_file(path)
    except OSError as error:
        raise StorageUnavailable(
            f"Trustbridge can't create the journal at {path}: {error.strerror or error}."
        ) from error


def _forget_if_empty(path: Path, created: bool) -> None:
    """A new journal that could not be started leaves no empty file behind, which would read as
    damage at the next open (only a missing file is a new journal)."""
    if not created:
        return
    try:
        if path.stat().st_size == 0:
            for suffix in ("-wal", "-shm", ""):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    except OSError:
        return


def _keep_private(path: Path) -> None:
    """The journal and its -wal and -shm readable by this account only (0600; a new -wal or -shm
    gets the journal's own mode from SQLite). Not there yet, or not ours to change: left as is."""
    for suffix in ("", "-wal", "-shm"):
        keep_private(Path(f"{path}{suffix}"))
