"""What the privacy dialogs and the window drive, as a protocol: they never import the session.

The JournalSession (app/ui/shell) is the one real implementation. Settings, Backups and the
first-start encryption offer are handed an object with these signals and calls; each operation
ends in one of its success signals or operation_failed(sentence), with busy_changed(True) before
and busy_changed(False) after.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance

from app.store.preferences import Preferences


class PrivacyControls(Protocol):
    """The open journal's keeper: encryption, passphrase, recovery code, locking, backups."""

    @property
    def busy_changed(self) -> SignalInstance: ...  # (bool)

    @property
    def operation_failed(self) -> SignalInstance: ...  # (str) one sentence, already worded

    @property
    def encryption_changed(self) -> SignalInstance: ...  # (bool) encrypted now

    @property
    def recovery_code_ready(self) -> SignalInstance: ...  # (str) the code, to show once

    @property
    def passphrase_changed(self) -> SignalInstance: ...

    @property
    def backup_restored(self) -> SignalInstance: ...  # (RestoreReport)

    @property
    def locked(self) -> SignalInstance: ...

    @property
    def data_dir(self) -> Path: ...

    @property
    def journal_path(self) -> Path: ...

    @property
    def encrypted(self) -> bool: ...

    @property
    def busy(self) -> bool: ...

    @property
    def is_open(self) -> bool: ...

    @property
    def preferences(self) -> Preferences: ...

    def set_preferences(self, preferences: Preferences) -> None:
        """Save the settings (OSError/ValueError propagate, nothing applied) and apply them."""
        ...

    def connect_factory(self) -> Callable[[Path], sqlite3.Connection]:
        """How backups and checks open files: with the key when the journal is encrypted."""
        ...

    def flush_all(self) -> bool:
        """Save everything typed in the window; False when something could not be saved."""
        ...

    def lock(self) -> bool: ...

    def turn_on_encryption(self, passphrase: str) -> None: ...

    def turn_off_encryption(self, current_passphrase: str) -> None: ...

    def change_passphrase(self, current: str, new: str) -> None: ...

    def new_recovery_code(self, current_passphrase: str) -> None: ...

    def restore_backup(self, backup: Path) -> None: ...
