"""Backups of the journal file: made, checked, listed, rotated and restored.

This module is the one name callers import from; each step lives in its own module:

- `backup_info`: what a backup is (BackupInfo, CheckReport, RestoreReport, the reasons);
- `backup_files`: the backups folder, file names, the connection factory (`plain_connect`);
- `backup_checks`: whether a file is a sound journal, and the sentences that say what is wrong;
- `backup_making`: `make_backup`, `backup_to`;
- `backup_listing`: `list_backups`, `backup_due`, rotation, `newest_good_backup`;
- `backup_restoring`: `restore`, `restore_over_damaged`, `set_damaged_aside`;
- `data_dir_lock`: the data folder's lock, in QLockFile's format, without Qt;
- the failures (BackupFailed, RestoreRefused, JournalInUse) are in `errors` with the others.

Every copy goes through SQLite's online backup API, lands in a private temporary file first,
and counts only once it passes `quick_check` and its entries can be read. Only then are older
automatic backups rotated out, so a failed backup never costs a good one.

Files in `<data dir>/backups/` (folder 0700, files 0600):
- `journal-YYYYMMDDTHHMMSSZ.sqlite3`: the automatic (daily, on close) and command-line backups;
  only these are rotated, keeping the newest `keep`.
- `before-upgrade-…` (made by the schema upgrade) and `before-restore-…` (made before a
  restore overwrites the journal): listed, never rotated, because each is the only copy of the
  journal as it was before a step that can't be undone.
"""

from __future__ import annotations

from app.store.backup_checks import SQLITE_HEADER, check, file_problem, missing_key_problem, wal_note
from app.store.backup_files import (
    BACKUPS_DIR_NAME,
    BUSY_TIMEOUT_MS,
    DEFAULT_KEEP,
    KEY_FILE_NAME,
    STAMP_FORMAT,
    Connect,
    backups_dir,
    plain_connect,
)
from app.store.backup_info import (
    AUTOMATIC,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    BackupInfo,
    CheckReport,
    RestoreReport,
)
from app.store.backup_listing import backup_due, list_backups, newest_good_backup
from app.store.backup_making import backup_to, make_backup
from app.store.backup_restoring import restore, restore_over_damaged, set_damaged_aside
from app.store.data_dir_lock import (
    COMMAND_PURPOSE,
    LOCK_FILE_MODE,
    LOCK_NAME,
    data_dir_in_use,
    holding_data_dir,
    in_use_message,
    lock_path,
)
from app.store.errors import BackupFailed, JournalInUse, RestoreRefused

__all__ = [
    "AUTOMATIC",
    "BACKUPS_DIR_NAME",
    "BEFORE_RESTORE",
    "BEFORE_UPGRADE",
    "BUSY_TIMEOUT_MS",
    "COMMAND_PURPOSE",
    "DEFAULT_KEEP",
    "KEY_FILE_NAME",
    "LOCK_FILE_MODE",
    "LOCK_NAME",
    "SQLITE_HEADER",
    "STAMP_FORMAT",
    "BackupFailed",
    "BackupInfo",
    "CheckReport",
    "Connect",
    "JournalInUse",
    "RestoreRefused",
    "RestoreReport",
    "backup_due",
    "backup_to",
    "backups_dir",
    "check",
    "data_dir_in_use",
    "file_problem",
    "holding_data_dir",
    "in_use_message",
    "list_backups",
    "lock_path",
    "make_backup",
    "missing_key_problem",
    "newest_good_backup",
    "plain_connect",
    "restore",
    "restore_over_damaged",
    "set_damaged_aside",
    "wal_note",
]
