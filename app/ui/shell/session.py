"""The open journal behind the window, and everything that needs it closed for a moment.

The session opens the journal off the UI thread (showing the unlock page first when it is
encrypted), locks it again (on request, after idle time, when the computer locks), and runs the
operations that must close the file: turning encryption on or off and restoring a backup. Each of
those saves what is typed first, takes the pages down (so no widget holds entry text or a stale
journal), does its work in a worker and reopens the journal where the person was.

It is made of parts, one per responsibility: the core (state, signals, opening and closing:
session_core.py), locking (session_locking.py), keys (session_keys.py), restoring
(session_restore.py), and how operations run (session_operations.py). It knows the window only
as a SessionHost and tells the rest of the app what happened through signals.

Keys and passphrases pass through here in memory only; nothing of them is logged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.ui.shell.appearance import follow_appearance
from app.ui.shell.session_core import Place, SessionCore
from app.ui.shell.session_keys import SessionKeys
from app.ui.shell.session_locking import IDLE_CHECK_MS, SessionLocking
from app.ui.shell.session_open import open_journal_and_catalogue
from app.ui.shell.session_operations import SessionOperations
from app.ui.shell.session_restore import SessionRestore
from app.ui.writing.spelling_service import SpellingService

if TYPE_CHECKING:
    from app.domain.clock import Clock
    from app.store.preferences import Preferences
    from app.ui.data.journal_events import SaveTiming
    from app.ui.shell.session_host import SessionHost

__all__ = ["IDLE_CHECK_MS", "JournalSession", "Place", "open_journal_and_catalogue"]


class JournalSession(SessionCore):
    """Owns the open journal for one window. Contract: /README section "Your privacy and your data".

    Every operation runs one at a time; each ends in exactly one of its success signals or
    operation_failed(sentence), with busy_changed(True) before and busy_changed(False) after.
    Signals: opened, failed_to_open(error), locked, busy_changed(bool), encryption_changed(bool),
    recovery_code_ready(str), passphrase_changed, backup_restored(RestoreReport),
    operation_failed(str).
    """

    def __init__(
        self, window: SessionHost, data_dir: Path, *,
        save_timing: SaveTiming | None = None, clock: Clock | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(window, data_dir, window if isinstance(window, QObject) else None,
                         save_timing=save_timing, clock=clock, preferences=preferences)
        operations = SessionOperations(self)
        self.locking = SessionLocking(self)
        self.keys = SessionKeys(self, operations)
        self.restoring = SessionRestore(self, operations)
        follow_appearance(self)  # theme and editors follow Settings → Appearance at once
        self.spelling = SpellingService.follow(self)  # the window's editors, checked as typed
        window.set_session(self)

    # -- locking ---------------------------------------------------------------------------

    def can_lock(self) -> bool:
        return self.locking.can_lock()

    def can_lock_some_time(self) -> bool:
        return self.locking.can_lock_some_time()

    def lock(self) -> bool:
        return self.locking.lock()

    def session_locked(self) -> None:
        self.locking.session_locked()

    def idle_for_test(self, seconds: float) -> None:
        self.locking.idle_for_test(seconds)

    def watch_input(self) -> None:
        self.locking.watch_input()

    def stop_watching(self) -> None:
        self.locking.stop_watching()

    # -- the key ---------------------------------------------------------------------------

    def turn_on_encryption(self, passphrase: str) -> None:
        self.keys.turn_on_encryption(passphrase)

    def turn_off_encryption(self, current_passphrase: str) -> None:
        self.keys.turn_off_encryption(current_passphrase)

    def change_passphrase(self, current: str, new: str) -> None:
        self.keys.change_passphrase(current, new)

    def new_recovery_code(self, current_passphrase: str) -> None:
        self.keys.new_recovery_code(current_passphrase)

    # -- backups -----------------------------------------------------------------------------

    def restore_backup(self, backup: Path) -> None:
        self.restoring.restore_backup(backup)
