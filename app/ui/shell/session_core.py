"""The session's shared state and signals, and how its journal opens, attaches and closes.

The parts of the session (locking, keys, restore) work on this core: they read its state, run
its opening and closing, and say what happened through its signals. The core knows the window
only as a SessionHost (app/ui/shell/session_host.py).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from app.paths import database_path, key_file_path
from app.store.preferences import Preferences, load_preferences, save_preferences
from app.ui.data.worker import BackgroundCall
from app.ui.privacy.journal_check import reason
from app.ui.shell import session_open

if TYPE_CHECKING:
    from app.domain.clock import Clock
    from app.domain.prompts import Catalogue
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal, SaveTiming
    from app.ui.shell.session_host import SessionHost

log = logging.getLogger(__name__)

__all__ = ["Place", "SessionCore", "reason"]

_PRELOAD_AFTER_UNLOCK_MS = 150  # long enough for the unlock page's first paint, short beside any typing


@dataclass(frozen=True, slots=True)
class Place:
    """Where the person was when the journal closed: the page, and the entry open in the Journal."""

    page: str | None
    entry_uuid: str | None


class SessionCore(QObject):
    """The open journal for one window: its state, its opening, and the signals of every operation.

    Public signals: see JournalSession. Internal ones, for the session's parts: attached() after
    the journal is in the window again, closing() before it closes for a moment, damaged(error)
    when it failed its check at open, preferences_applied() after the settings changed.
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

    attached = Signal()
    closing = Signal()
    damaged = Signal(object)
    preferences_applied = Signal()
    unlock_shown = Signal(object)  # the unlock page, once it is in the window

    def __init__(
        self, host: SessionHost, data_dir: Path, parent: QObject | None, *,
        save_timing: SaveTiming | None = None, clock: Clock | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.data_dir = data_dir
        self.first_start = not database_path(data_dir).exists()
        self._welcome_noted = False  # a new journal's welcome is noted in its settings once
        self.key: bytes | None = None
        self.opening = False
        self.lock_pending = False  # the computer locked while something held the journal open
        self._journal: Journal | None = None
        self._observed: ObservedJournal | None = None
        self._busy = False
        self._place: Place | None = None
        # As run_gui read them for the first paint, else from the file.
        self._preferences = preferences if preferences is not None else load_preferences(data_dir)
        self._save_timing = save_timing
        self._clock = clock
        # The app's own start shows Today before the store loads when it can (application.py).
        self.first_page_early = False
        self._outcome: Future[tuple[Journal, Catalogue]] | None = None
        self._call: BackgroundCall | None = None  # the opening worker, until it starts
        # Where words typed into Today went when the journal then failed to open (_give_up_first_page).
        self.rescued: Path | None = None
        self.words_on_screen = False  # ... or, when even that file could not be written, still on screen

    # -- what the rest of the app reads ----------------------------------------------------

    @property
    def journal(self) -> Journal | None:
        return self._journal

    @property
    def observed(self) -> ObservedJournal | None:
        """The gateway the window's pages use, while the journal is open."""
        return self._observed

    @property
    def journal_path(self) -> Path:
        return database_path(self.data_dir)

    @property
    def encrypted(self) -> bool:
        """app.store.encryption.is_encrypted, without loading crypto (asked on every attach)."""
        return key_file_path(self.data_dir).exists()

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def data_key(self) -> bytes | None:
        """The open journal's key (None when plain or closed); for the backup at close."""
        return self.key

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    def set_preferences(self, preferences: Preferences) -> None:
        """Save the settings (OSError/ValueError propagate, nothing applied) and apply them."""
        save_preferences(self.data_dir, preferences)
        self._preferences = preferences
        self.preferences_applied.emit()

    def connect_factory(self) -> Callable[[Path], sqlite3.Connection]:
        """How backups and checks open files: with the key when the journal is encrypted."""
        from app.store.backups import plain_connect

        if self.key is None:
            return plain_connect
        from app.store.encryption import keyed_connect

        return keyed_connect(self.key)

    def flush_all(self) -> bool:
        """Save everything typed in the window; False when something could not be saved."""
        return self.host.flush_all()

    # -- opening ---------------------------------------------------------------------------

    def start(self) -> None:
        """Open the journal in a worker; an encrypted one asks for its passphrase first.

        Whether it is encrypted is seen from its key file, so the unlock page shows at once,
        before the store (SQLAlchemy) has loaded; the store loads while the passphrase is typed.
        """
        if self.opening or self._journal is not None:
            return
        if self.key is None and session_open.journal_is_encrypted(self.data_dir):
            self.show_unlock()
            return
        self.opening = True
        data_dir, key = self.data_dir, self.key
        loaded: list[Catalogue] = []  # the prompts, once the first page has loaded them
        outcome: Future[tuple[Journal, Catalogue]] = Future()

        def work() -> tuple[Journal, Catalogue]:
            try:
                if loaded:
                    result = session_open.open_journal_and_catalogue(data_dir, key, loaded[0])
                else:
                    result = session_open.open_journal_and_catalogue(data_dir, key)
            except BaseException as error:
                outcome.set_exception(error)
                raise
            outcome.set_result(result)
            return result

        # Made before the first page: a page built then may need the journal (the place the
        # window was left on, a day that turned at midnight) and waits for this worker.
        self._outcome = outcome
        call = BackgroundCall(work, self)
        call.finished.connect(self._on_opened)
        call.failed.connect(self._on_open_failed)
        self._call = call
        early = self.first_page_early and self._attach_first_page(loaded)
        self.first_page_early = False  # once per start of the app: a reopen waits as before
        if early:  # Today paints before the store's imports share the interpreter with it
            QTimer.singleShot(0, self, self._begin_open)
        else:
            self._begin_open()

    def _begin_open(self) -> None:
        """Start the opening worker, once (a read or save that can't wait starts it sooner)."""
        call, self._call = self._call, None
        if call is not None:
            call.start()

    def _attach_first_page(self, loaded: list[Catalogue]) -> bool:
        """A plain, settled journal the window opens on Today: Today from a quick read (tonight's
        entry, first_read.py), in the window before the store has loaded; the gateway waits for
        the open if asked sooner. False (the window waits for the open, as on any reopen) for
        anything else."""
        if self.key is not None or self.first_start or self._preferences.welcome_pending:
            return False
        if not self.host.opens_on_today():
            return False  # another page would read the journal as it is built: no gain
        from app.catalogue import load_catalogue
        from app.domain.records import EntryKind
        from app.store.first_read import read_first_page
        from app.ui.data.journal_events import ObservedJournal

        observed = ObservedJournal.opening(self._wait_for_open, save_timing=self._save_timing,
                                           clock=self._clock)
        first = read_first_page(self.data_dir, EntryKind.EVENING, observed.clock.today())
        if first is None:
            return False
        loaded.append(load_catalogue())
        self._observed = observed
        self.host.remove_unlock()
        self.host.attach(observed, loaded[0], first)
        self.attached.emit()
        return True

    def _wait_for_open(self) -> Journal:
        """For the gateway: the journal once its worker has opened it (a click or a save made in
        the first moment waits that long). A failure is raised as it is: the gateway says it on
        the status line, while the session's own failure signal leads the window."""
        assert self._outcome is not None, "start() first"
        self._begin_open()
        journal, _ = self._outcome.result()
        return journal

    def settle_opening(self) -> None:
        """On the way out: an open still under way is waited for, so the journal it opened is
        closed cleanly (its marker removed) even if the answer never reached the main thread."""
        if not self.opening or self._outcome is None:
            return
        self._begin_open()
        try:
            journal, _ = self._outcome.result()
        except Exception:  # it never opened: nothing to close
            return
        self.opening = False
        self._journal = journal

    def _on_opened(self, result: Any) -> None:
        if not self.opening:
            return  # settled on the way out already (settle_opening)
        self.opening = False
        journal, catalogue = result
        if self._observed is not None:  # the window has shown Today since before the open
            self._journal = journal
            self._observed.arrive(journal)
        else:
            self.attach(journal, catalogue)
        self.opened.emit()

    def attach(self, journal: Journal, catalogue: Catalogue) -> None:
        """Put the open journal in the window, back where the person was."""
        from app.ui.data.journal_events import ObservedJournal

        self._journal = journal
        self._observed = ObservedJournal(journal, save_timing=self._save_timing, clock=self._clock)
        self._note_welcome()
        self.host.remove_unlock()
        self.host.attach(self._observed, catalogue)
        place, self._place = self._place, None
        if place is not None:
            self.host.return_to(place.page, place.entry_uuid)
        self.attached.emit()

    def _note_welcome(self) -> None:
        """A journal made by this start: its welcome is due until the person has left it (the
        window clears it then). Kept in its settings, so a first evening cut short finds it again;
        a journal that already existed is never marked, so it never sees the welcome."""
        if not self.first_start or self._welcome_noted:
            return
        self._welcome_noted = True
        try:
            self.set_preferences(self._preferences.with_changes(welcome_pending=True))
        except (OSError, ValueError):
            log.warning("could not note the welcome in the settings", exc_info=True)

    def _on_open_failed(self, error: object) -> None:
        self.opening = False
        from app.store.errors import JournalDamaged, JournalLocked

        shown_early = self._observed is not None and self._journal is None  # Today from the quick read
        if shown_early and not self._give_up_first_page():
            self.failed_to_open.emit(error)  # the words stay on screen (words_on_screen)
            return

        if isinstance(error, JournalLocked):
            self.key = None
            self.show_unlock()
            return
        if isinstance(error, JournalDamaged):
            self.damaged.emit(error)
            return
        self.failed_to_open.emit(error)

    def _give_up_first_page(self) -> bool:
        """The journal did not open after all: words typed into Today meanwhile are written to a
        file of their own beside it (`rescued`; only a plain journal is shown early, so they are
        kept as privately as it is), then the pages come down and the failure is shown as before.

        False when the words could not be written there either (the disk that refused the open is
        full, the folder read-only): then nothing comes down, the words stay on screen to be
        copied (`words_on_screen`), and the failure is said over them."""
        text = self.host.unsaved_first_page()
        if text:
            from app.store.private_file import write_private_bytes

            now = self._clock.now() if self._clock else datetime.now().astimezone()
            path = self.data_dir / f"unsaved-{now:%Y-%m-%d-%H%M%S}.txt"
            try:
                write_private_bytes(path, text.encode("utf-8"))
            except OSError:
                log.warning("could not keep the words typed while the journal opened", exc_info=True)
                self.words_on_screen = True
                return False
            self.rescued = path
        self.host.detach(close_session_dialogs=False)
        self._observed = None
        return True

    def show_unlock(self, message: str = "") -> None:
        from app.ui.privacy.unlock_page import UnlockPage

        page = UnlockPage(self.data_dir)
        page.unlocked.connect(self._on_unlocked)
        if message:
            page.intro.setText(message)
        self.host.show_unlock(page)
        self.unlock_shown.emit(page)
        # After the page has painted: the store loads while the passphrase is typed.
        QTimer.singleShot(_PRELOAD_AFTER_UNLOCK_MS, session_open.preload_store)

    def _on_unlocked(self, key: bytes) -> None:
        self.key = key
        self.start()

    # -- closing for a moment --------------------------------------------------------------

    def close_for_a_moment(self, *, close_dialogs: bool, back_up: bool = False) -> None:
        """Remember the place, take the pages down, wait for workers, close the database.

        Locking also makes the day's backup first, if it is due: a journal that is locked when
        the app quits can't be backed up then (the key is gone).
        """
        self.closing.emit()
        self._place = Place(*self.host.place())
        self.host.detach(close_session_dialogs=close_dialogs)
        QThreadPool.globalInstance().waitForDone()  # no list load or search may outlive the connections
        if self._journal is not None:
            if back_up:
                from app.ui.shell.backup_at_close import back_up_if_due

                back_up_if_due(self._journal.path, self.data_dir, connect=self.connect_factory(),
                               keep=self._preferences.backups_kept)
            self._journal.close()
            self._journal = None
            self._observed = None

    # -- busy, and saying a failure ------------------------------------------------------------

    def begin(self, already_busy: bool) -> bool:
        """Mark an operation as running; False (and said why) when one can't start now."""
        if already_busy:
            return True
        if self._busy:
            self.operation_failed.emit("Something else is still running. Try again in a moment.")
            return False
        if self._journal is None:
            self.operation_failed.emit("The journal isn't open.")
            return False
        self.set_busy(True)
        return True

    def set_busy(self, busy: bool) -> None:
        if self._busy != busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def fail(self, sentence: str, error: object | None = None) -> None:
        if error is not None:
            log.warning("%s: %s", sentence, type(error).__name__)  # the type only: messages may quote paths
        self.set_busy(False)
        self.operation_failed.emit(sentence)

