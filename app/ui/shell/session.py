"""The open journal behind the window, and everything that needs it closed for a moment.

The session opens the journal off the UI thread (showing the unlock page first when it is
encrypted), locks it again (on request, after idle time, when the computer locks), and runs the
operations that must close the file: turning encryption on or off and restoring a backup. Each of
those saves what is typed first, takes the pages down (so no widget holds entry text or a stale
journal), does its work in a worker and reopens the journal where the person was.

Keys and passphrases pass through here in memory only; nothing of them is logged.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal

from app.paths import database_path
from app.store.preferences import Preferences, load_preferences, save_preferences
from app.ui.data.worker import BackgroundCall

if TYPE_CHECKING:
    from app.domain.prompts import Catalogue
    from app.store.backups import RestoreReport
    from app.store.errors import JournalDamaged
    from app.store.journal import Journal
    from app.ui.privacy.damaged_page import DamagedPage
    from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 5_000  # how often idle time is compared with the setting: locking is never late by more
_UNSAVED = ("Your latest writing isn't saved yet, so nothing was changed. "
            "Free up some space or wait a moment, then try again.")


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


@dataclass(frozen=True, slots=True)
class Place:
    """Where the person was when the journal closed: the page, and the entry open in the Journal."""

    page: str | None
    entry_uuid: str | None


class JournalSession(QObject):
    """Owns the open journal for one window. Contract: /README section "Your privacy and your data".

    Every operation runs one at a time; each ends in exactly one of its success signals or
    operation_failed(sentence), with busy_changed(True) before and busy_changed(False) after.
    """

    opened = Signal()
    failed_to_open = Signal(object)  # an error the window can't get past (not a lock, not damage)
    locked = Signal()
    busy_changed = Signal(bool)
    encryption_changed = Signal(bool)
    recovery_code_ready = Signal(str)
    passphrase_changed = Signal()
    backup_restored = Signal(object)
    operation_failed = Signal(str)

    def __init__(self, window: MainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.first_start = not database_path(data_dir).exists()
        self._journal: Journal | None = None
        self._key: bytes | None = None
        self._busy = False
        self._place: Place | None = None
        self._opening = False
        self._preferences = load_preferences(data_dir)
        self._last_input = time.monotonic()
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self._check_idle)
        self._input_events: frozenset[QEvent.Type] = frozenset()
        self._lock_pending = False
        window.set_session(self)

    # -- what the rest of the app reads ----------------------------------------------------

    @property
    def journal(self) -> Journal | None:
        return self._journal

    @property
    def journal_path(self) -> Path:
        return database_path(self.data_dir)

    @property
    def encrypted(self) -> bool:
        from app.store.encryption import is_encrypted

        return is_encrypted(self.data_dir)

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def data_key(self) -> bytes | None:
        """The open journal's key (None when plain or closed); for the backup at close."""
        return self._key

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    def set_preferences(self, preferences: Preferences) -> None:
        """Save the settings (OSError/ValueError propagate, nothing applied) and apply them."""
        save_preferences(self.data_dir, preferences)
        self._preferences = preferences
        self._apply_idle_lock()

    def connect_factory(self) -> Callable[[Path], sqlite3.Connection]:
        """How backups and checks open files: with the key when the journal is encrypted."""
        from app.store.backups import plain_connect

        if self._key is None:
            return plain_connect
        from app.store.encryption import keyed_connect

        return keyed_connect(self._key)

    # -- opening ---------------------------------------------------------------------------

    def start(self) -> None:
        """Open the journal in a worker; an encrypted one asks for its passphrase first."""
        if self._opening or self._journal is not None:
            return
        self._opening = True
        data_dir, key = self.data_dir, self._key
        call = BackgroundCall(lambda: open_journal_and_catalogue(data_dir, key), self)
        call.finished.connect(self._on_opened)
        call.failed.connect(self._on_open_failed)
        call.start()

    def _on_opened(self, result: Any) -> None:
        self._opening = False
        journal, catalogue = result
        self._attach(journal, catalogue)
        self.opened.emit()

    def _attach(self, journal: Journal, catalogue: Catalogue) -> None:
        from app.ui.data.journal_events import ObservedJournal

        self._journal = journal
        self.window.remove_unlock()
        self.window.attach(ObservedJournal(journal), catalogue)
        place, self._place = self._place, None
        if place is not None:
            self.window.return_to(place.page, place.entry_uuid)
        self._last_input = time.monotonic()
        self._apply_idle_lock()
        if self._lock_pending:  # the computer locked while the journal was closed for a moment
            QTimer.singleShot(0, self.lock)

    def _on_open_failed(self, error: object) -> None:
        self._opening = False
        from app.store.errors import JournalDamaged, JournalLocked

        if isinstance(error, JournalLocked):
            self._key = None
            self._show_unlock()
            return
        if isinstance(error, JournalDamaged):
            self._show_damaged(error)
            return
        self.failed_to_open.emit(error)

    # -- a journal that failed its check at open --------------------------------------------

    def _show_damaged(self, error: JournalDamaged) -> None:
        """Say so plainly and offer the newest good backup; the damaged file is never written."""
        from app.ui.privacy.damaged_page import DamagedPage

        log.warning("the journal failed its check at open (%d problems)", len(error.problems))
        page = DamagedPage(self.data_dir, error)
        page.restore_requested.connect(lambda backup: self._restore_over_damaged(page, backup))
        page.start_new_requested.connect(lambda: self._start_over_damaged(page))
        page.quit_requested.connect(self.window.close)
        self.window.show_unlock(page)  # the same place the unlock page takes: the pages never built

    def _restore_over_damaged(self, page: DamagedPage, backup: Path) -> None:
        data_dir, connect = self.data_dir, self.connect_factory()

        def work() -> RestoreReport:
            from app.store.backups import restore_over_damaged

            return restore_over_damaged(data_dir, backup, connect)

        def done(report: object) -> None:
            log.info("a backup replaced the damaged journal (kept aside, never written)")
            self.backup_restored.emit(report)

        self._from_damaged(page, "Putting the backup in place…", work, done,
                           "The backup could not be put in place: {reason} "
                           "Your journal file was not changed.")

    def _start_over_damaged(self, page: DamagedPage) -> None:
        """No backup to go back to: rename the damaged file (kept beside, unopened) and start anew."""
        data_dir = self.data_dir

        def work() -> Path:
            from app.store.backups import set_damaged_aside

            return set_damaged_aside(data_dir)

        self._from_damaged(page, "Setting the damaged file aside…", work,
                           lambda _kept: log.info("the damaged journal was set aside; starting a new one"),
                           "The damaged file could not be set aside: {reason} Nothing was changed.")

    def _from_damaged(self, page: DamagedPage, busy: str, work: Callable[[], object],
                      done: Callable[[object], None], failure: str) -> None:
        """Run a way out of the damaged page in a worker, then open the journal it leaves in place."""
        if self._busy:
            return
        self._set_busy(True)
        page.show_busy(busy)

        def finished(result: object) -> None:
            self._set_busy(False)
            self.start()
            done(result)

        def failed(error: object) -> None:
            self._set_busy(False)
            page.show_failed(failure.format(reason=_reason(error)))

        call = BackgroundCall(work, self)
        call.finished.connect(finished)
        call.failed.connect(failed)
        call.start()

    def _show_unlock(self, message: str = "") -> None:
        from app.ui.privacy.unlock_page import UnlockPage

        page = UnlockPage(self.data_dir)
        page.unlocked.connect(self._on_unlocked)
        if message:
            page.intro.setText(message)
        self.window.show_unlock(page)

    def _on_unlocked(self, key: bytes) -> None:
        self._key = key
        self.start()

    # -- locking ---------------------------------------------------------------------------

    def can_lock(self) -> bool:
        return self.can_lock_some_time() and not self._busy

    def can_lock_some_time(self) -> bool:
        """An encrypted, open journal: it can be locked once nothing holds it open."""
        return self.encrypted and self._journal is not None

    def lock(self) -> bool:
        """Close the journal and clear the window until the passphrase is typed again.

        False, with nothing changed, for a plain journal (there is nothing to unlock with), while
        another operation, an import or an export runs, a modal dialog is open or a new recovery
        code is on screen, or when the latest text can't be saved (it stays on screen).
        """
        if (not self.can_lock() or self.window.showing_recovery_code() or _modal_open()
                or self.window.journal_work_running()):
            return False  # a modal may hold typed text; an import or export would stall the window
        if not self.window.flush_all():
            return False
        self._lock_pending = False
        self._close_for_a_moment(close_dialogs=True, back_up=True)
        self._key = None
        self._show_unlock("Trustbridge closed your journal. Type your passphrase to carry on where you "
                          "left off.")
        log.info("journal locked")
        self.locked.emit()
        return True

    def _close_for_a_moment(self, *, close_dialogs: bool, back_up: bool = False) -> None:
        """Remember the place, take the pages down, wait for workers, close the database.

        Locking also makes the day's backup first, if it is due: a journal that is locked when
        the app quits can't be backed up then (the key is gone).
        """
        self._idle_timer.stop()
        self._place = Place(*self.window.place())
        self.window.detach(close_session_dialogs=close_dialogs)
        QThreadPool.globalInstance().waitForDone()  # no list load or search may outlive the connections
        if self._journal is not None:
            if back_up:
                from app.ui.shell.application import back_up_if_due

                back_up_if_due(self._journal.path, self.data_dir, connect=self.connect_factory(),
                               keep=self._preferences.backups_kept)
            self._journal.close()
            self._journal = None

    def _apply_idle_lock(self) -> None:
        """The timer runs while an encrypted journal is open: for idle time, and for a lock that
        had to wait (the computer locked while a task ran or a dialog was open)."""
        if self.encrypted and self._journal is not None:
            self._idle_timer.start()
        else:
            self._idle_timer.stop()

    def _check_idle(self) -> None:
        if self._lock_pending:
            if not self.encrypted:
                self._lock_pending = False  # encryption was turned off meanwhile: nothing to lock
            else:
                self.lock()
            return
        minutes = self._preferences.lock_after_minutes
        if minutes > 0 and time.monotonic() - self._last_input >= minutes * 60 and not self.lock():
            self._defer_lock()  # hidden now; locked on a later tick, once nothing holds it open

    def idle_for_test(self, seconds: float) -> None:
        """Pretend the last input was `seconds` ago and check at once (tests can't wait minutes)."""
        self._last_input = time.monotonic() - seconds
        self._check_idle()

    def session_locked(self) -> None:
        """The computer's session locked (SessionLockWatch): lock too, if the person wants that.

        If something holds the journal open just now (a task, a dialog with typed text) or it is
        closed for a moment (a restore, an opening), the window is hidden at once and the lock
        happens as soon as it can: when the journal is attached again, or on the next tick.
        """
        if not self._preferences.lock_when_session_locks or not self.encrypted:
            return
        if self._journal is not None and self.lock():
            return
        self._defer_lock()

    def _defer_lock(self) -> None:
        self._lock_pending = True
        curtain = self.window.curtain
        if curtain is not None and not curtain.hidden:
            curtain.hide_all()  # nothing of the journal stays readable on screen meanwhile

    # -- operations that close the file for a moment -----------------------------------------

    def turn_on_encryption(self, passphrase: str) -> None:
        if self.encrypted:
            self.operation_failed.emit("This journal is already encrypted.")
            return
        data_dir = self.data_dir

        def work() -> tuple[str, bytes, Journal, Catalogue]:
            from app.store import encryption

            code = encryption.encrypt_journal(data_dir, passphrase)
            try:
                key = encryption.unlock(data_dir, passphrase)
                return (code, key, *open_journal_and_catalogue(data_dir, key))
            except Exception as error:  # encrypted, but not open: the code must still be shown
                raise _EncryptedNotReopened(code) from error

        def done(result: Any) -> None:
            code, key, journal, catalogue = result
            self._key = key
            self._attach(journal, catalogue)
            self.encryption_changed.emit(True)
            self.recovery_code_ready.emit(code)

        def failed(error: object) -> bool:
            if not isinstance(error, _EncryptedNotReopened):
                return False
            self._key = None
            self._set_busy(False)
            self.encryption_changed.emit(True)
            self.recovery_code_ready.emit(error.code)
            self.operation_failed.emit(
                "Your journal is now encrypted, but it could not be opened again just now. Keep the "
                "recovery code, then unlock the journal with your new passphrase."
            )
            self.start()  # the unlock page
            return True

        self._run_closed(work, done, "Encrypting your journal…",
                         "Your journal could not be encrypted, and it is as it was", on_failure=failed)

    def turn_off_encryption(self, current_passphrase: str) -> None:
        if not self.encrypted or self._key is None:
            self.operation_failed.emit("This journal is not encrypted.")
            return

        def verified(key: bytes) -> None:
            data_dir = self.data_dir

            def work() -> tuple[Journal, Catalogue]:
                from app.store import encryption

                encryption.decrypt_journal(data_dir, key)
                try:
                    return open_journal_and_catalogue(data_dir, None)
                except Exception as error:
                    raise _ChangedNotReopened() from error

            def done(result: Any) -> None:
                journal, catalogue = result
                self._key = None
                self._attach(journal, catalogue)
                self.encryption_changed.emit(False)

            def failed(error: object) -> bool:
                if not isinstance(error, _ChangedNotReopened):
                    return False
                self._key = None
                self._set_busy(False)
                self.encryption_changed.emit(False)
                self.operation_failed.emit(
                    "The encryption is off, but the journal could not be opened again just now: "
                    f"{_reason(error.__cause__)} Trustbridge is trying once more."
                )
                self.start()
                return True

            self._run_closed(work, done, "Removing the encryption…",
                             "The encryption could not be removed, and your journal is as it was",
                             already_busy=True, on_failure=failed)

        self._verify_then(current_passphrase, verified)

    def change_passphrase(self, current: str, new: str) -> None:
        data_dir = self.data_dir

        def verified(key: bytes) -> None:
            from app.store import encryption

            self._run_open(lambda: encryption.change_passphrase(data_dir, key, new),
                           lambda _result: self.passphrase_changed.emit(),
                           "Your passphrase could not be changed, and the old one still works",
                           already_busy=True)

        self._verify_then(current, verified)

    def new_recovery_code(self, current_passphrase: str) -> None:
        data_dir = self.data_dir

        def verified(key: bytes) -> None:
            from app.store import encryption

            self._run_open(lambda: encryption.replace_recovery_code(data_dir, key),
                           lambda code: self.recovery_code_ready.emit(str(code)),
                           "A new recovery code could not be made, and the old one still works",
                           already_busy=True)

        self._verify_then(current_passphrase, verified)

    def restore_backup(self, backup: Path) -> None:
        data_dir, journal_path = self.data_dir, self.journal_path
        key = self._key

        def work() -> tuple[RestoreReport, Journal, Catalogue]:
            from app.store.backups import backups_dir, plain_connect, restore
            from app.store.encryption import keyed_connect

            connect = plain_connect if key is None else keyed_connect(key)
            report = restore(backup, journal_path, backups_dir=backups_dir(data_dir), connect=connect)
            return (report, *open_journal_and_catalogue(data_dir, key))

        def done(result: Any) -> None:
            report, journal, catalogue = result
            self._attach(journal, catalogue)
            self.backup_restored.emit(report)

        self._run_closed(work, done, "Restoring the backup…",
                         "The backup could not be restored, and your journal is as it was")

    # -- how operations run ------------------------------------------------------------------

    def _begin(self, already_busy: bool) -> bool:
        if already_busy:
            return True
        if self._busy:
            self.operation_failed.emit("Something else is still running. Try again in a moment.")
            return False
        if self._journal is None:
            self.operation_failed.emit("The journal isn't open.")
            return False
        self._set_busy(True)
        return True

    def _set_busy(self, busy: bool) -> None:
        if self._busy != busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _fail(self, sentence: str, error: object | None = None) -> None:
        if error is not None:
            log.warning("%s: %s", sentence, type(error).__name__)  # the type only: messages may quote paths
        self._set_busy(False)
        self.operation_failed.emit(sentence)

    def _verify_then(self, passphrase: str, then: Callable[[bytes], None]) -> None:
        """Check the current passphrase in a worker (a wrong one changes nothing), then go on."""
        if not self._begin(already_busy=False):
            return
        if not self.encrypted:
            self._fail("This journal is not encrypted.")
            return
        data_dir, open_key = self.data_dir, self._key

        def work() -> bytes:
            from app.store import encryption

            return encryption.unlock(data_dir, passphrase)

        def done(result: object) -> None:
            if not isinstance(result, bytes) or result != open_key:
                self._fail("That passphrase doesn't open this journal. Nothing was changed.")
                return
            then(result)

        def failed(error: object) -> None:
            from app.store.errors import WrongPassphrase

            if isinstance(error, WrongPassphrase):
                self._fail("That isn't the current passphrase. Nothing was changed.")
            else:
                self._fail("Trustbridge couldn't check the passphrase. Nothing was changed.", error)

        call = BackgroundCall(work, self)
        call.finished.connect(done)
        call.failed.connect(failed)
        call.start()

    def _run_open(self, work: Callable[[], Any], done: Callable[[Any], None], failure: str,
                  *, already_busy: bool = False) -> None:
        """An operation that leaves the journal open (the key file only)."""
        if not self._begin(already_busy):
            return

        def finished(result: object) -> None:
            self._set_busy(False)
            done(result)

        call = BackgroundCall(work, self)
        call.finished.connect(finished)
        call.failed.connect(lambda error: self._fail(f"{failure}: {_reason(error)}", error))
        call.start()

    def _run_closed(
        self, work: Callable[[], Any], done: Callable[[Any], None], doing: str, failure: str, *,
        already_busy: bool = False, on_failure: Callable[[object], bool] | None = None,
    ) -> None:
        """Save, close the journal, run `work` in a worker (it reopens the journal), attach again.

        If `work` fails, the journal is reopened as it was (the store functions leave it whole)
        and the failure is said in one sentence.
        """
        if not self._begin(already_busy):
            return
        if not self.window.flush_all():
            self._fail(_UNSAVED)
            return
        self._close_for_a_moment(close_dialogs=False)
        self.window.show_working(doing)

        def finished(result: object) -> None:
            self._set_busy(False)
            done(result)

        def failed(error: object) -> None:
            if on_failure is not None and on_failure(error):
                return
            self._fail(f"{failure}: {_reason(error)}", error)
            self._opening = False
            if not self.encrypted:
                self._key = None  # a decrypt that finished before the reopen failed: the file is plain now
            self.start()  # back to the journal as it is on disk

        call = BackgroundCall(work, self)
        call.finished.connect(finished)
        call.failed.connect(failed)
        call.start()

    # -- idle tracking: an application-wide event filter, installed by watch_input ---------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._input_events:
            self._last_input = time.monotonic()
        return False

    def watch_input(self) -> None:
        """Count every key press, click and scroll anywhere in the app as not idle.

        Called after the first paint: naming Qt's event types builds PySide's enum tables, which
        the window must not wait for.
        """
        from PySide6.QtCore import QCoreApplication

        types = QEvent.Type
        self._input_events = frozenset({types.KeyPress, types.MouseButtonPress, types.MouseMove, types.Wheel,
                                        types.TouchBegin, types.InputMethod})
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop_watching(self) -> None:
        """At the end: no more idle locks, and the app's events no longer pass through here."""
        from PySide6.QtCore import QCoreApplication

        self._idle_timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class _ChangedNotReopened(Exception):
    """The conversion finished but reopening the journal failed: said as it is, not as "unchanged"."""


class _EncryptedNotReopened(_ChangedNotReopened):
    """Encryption finished but reopening failed: carries the recovery code, shown all the same."""

    def __init__(self, code: str) -> None:
        super().__init__("encrypted, not reopened")
        self.code = code


def _modal_open() -> bool:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeModalWidget() is not None


def _reason(error: object) -> str:
    """A sentence-safe reason: store errors are written for people; anything else by its kind."""
    from app.store.errors import StoreError

    if isinstance(error, StoreError):
        return str(error).rstrip(".") + "."
    if isinstance(error, OSError):
        return f"{error.strerror or 'the disk refused'}."
    return "something unexpected went wrong (details are in the log)."
