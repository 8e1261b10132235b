"""Storage failures, split as the person needs them: their machine's fault, or the file's state.

Imports nothing heavy, so the UI can catch these without importing SQLAlchemy.
"""

from __future__ import annotations

from app.store.backup_info import BackupInfo  # plain values: no import leads back here


class StoreError(Exception):
    """Base for every failure the store reports to its callers."""


class StorageUnavailable(StoreError):
    """The environment refused: read-only folder, disk full, file locked. Nothing was changed."""


class JournalTooNew(StoreError):
    """The file was written by a newer Trustbridge; opening it here could damage it."""


class UpgradeFailed(StorageUnavailable):
    """A schema upgrade could not be backed up first, or a step of it failed and was rolled back.

    Either way the journal file is exactly as it was before the attempt.
    """


class Rejected(StoreError):
    """A value broke the journal's own rules (a mood of 7, a duplicate uuid): our bug, not the machine's."""


class NotFound(StoreError):
    """The entry asked for does not exist (or was deleted)."""


class InvalidImport(StoreError):
    """An import file could not be read; nothing was imported."""


class WrongPassphrase(StoreError):
    """The passphrase did not open the journal's key; no file was touched."""


class WrongRecoveryCode(StoreError):
    """The recovery code did not open the journal's key (or there is none); no file was touched."""


class InvalidKeyFile(StoreError):
    """The journal's key file is missing, damaged or not ours; the journal cannot be opened with it."""


class KeyFileMissing(InvalidKeyFile):
    """The journal is encrypted but its key file is gone: neither passphrase nor recovery code can open it."""


class JournalLocked(StoreError):
    """The journal is encrypted and was asked to open without its key."""


class BackupFailed(StoreError):
    """A backup could not be made or did not pass its check; older backups are untouched."""


class RestoreRefused(StoreError):
    """The chosen backup is damaged or unreadable; the journal was not changed."""


class JournalInUse(StoreError):
    """Another process (the app) holds the data folder, so the journal must not be replaced now."""


class JournalDamaged(StoreError):
    """The journal file failed its check at open; nothing was written to it.

    `problems` says what the check found; `newest_good_backup` is the newest backup that passed
    its own check (None when there is none), so the person can be offered a way back.
    """

    def __init__(self, message: str, problems: list[str], newest_good_backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.problems = problems
        self.newest_good_backup = newest_good_backup
