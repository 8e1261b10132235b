"""Start the desktop app: paths, logging, Qt, theme, crash handler, the window, then the journal.

The journal opens in a worker so the window appears at once; SQLAlchemy and the schema check
load there, off the UI thread. On the way out, once the window has saved everything, the day's
automatic backup is made (at most one a day).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.logs import setup_logging
from app.paths import resolve_data_dir
from app.resources import resource_path
from app.ui import messages
from app.ui.crash import install_excepthook
from app.ui.main_window import MainWindow
from app.ui.theme import apply_theme, follow_system
from app.ui.worker import BackgroundCall

if TYPE_CHECKING:
    from app.domain.prompts import Catalogue
    from app.store.backups import Connect
    from app.store.journal import Journal

log = logging.getLogger(__name__)

LOCK_NAME = ".trustbridge.lock"  # app.store.backups.LOCK_NAME reads the same file (tests check they agree)
STARTUP_PROBE = "TRUSTBRIDGE_STARTUP_PROBE"  # benches/startup.py: print readiness and quit


def open_journal_and_catalogue(data_dir: Path, key: bytes | None = None) -> tuple[Journal, Catalogue]:
    """Runs in a worker: SQLAlchemy, the schema check, the prompts and the page modules load here.

    The caller holds the data folder's lock, so clearing last session's deletions is safe. An
    encrypted journal needs its data key: without one, Journal.open raises JournalLocked.
    """
    import app.ui.journal_page
    import app.ui.stage_page
    import app.ui.today_page  # noqa: F401 - warmed here so building the pages is quick
    from app.catalogue import load_catalogue
    from app.store.journal import Journal

    catalogue = load_catalogue()
    journal = Journal.open(data_dir, key)
    journal.purge_deleted()
    return journal, catalogue


class JournalOpener(QObject):
    """Opens the journal off the UI thread; an encrypted one waits on the unlock page first.

    Signals: opened((Journal, Catalogue)), failed(BaseException). `data_key` holds the key once
    the journal was unlocked (the backup at close needs it); it is never logged.
    """

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, window: MainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self._window = window
        self._data_dir = data_dir
        self.data_key: bytes | None = None

    def start(self) -> None:
        data_dir, key = self._data_dir, self.data_key
        call = BackgroundCall(lambda: open_journal_and_catalogue(data_dir, key), self)
        call.finished.connect(self._on_opened)
        call.failed.connect(self._on_failed)
        call.start()

    def _on_opened(self, result: object) -> None:
        self._window.remove_unlock()
        self.opened.emit(result)

    def _on_failed(self, error: object) -> None:
        from app.store.errors import JournalLocked

        if isinstance(error, JournalLocked) and self.data_key is None:
            from app.ui.unlock_page import UnlockPage

            page = UnlockPage(self._data_dir)
            page.unlocked.connect(self._on_unlocked)
            self._window.show_unlock(page)
            return
        self.failed.emit(error)

    def _on_unlocked(self, key: bytes) -> None:
        self.data_key = key
        self.start()


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("trustbridge")
    app.setWindowIcon(QIcon(str(resource_path("icons", "trustbridge.svg"))))
    apply_theme(app)
    follow_system(app)
    return app


def run_gui(data_dir_option: str | None, argv: Sequence[str]) -> int:
    started = time.perf_counter()
    data_dir = resolve_data_dir(data_dir_option)
    app = make_application(argv)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _cannot_open(None, f"Trustbridge can't create its folder {data_dir}: {error.strerror or error}.")
        return 2
    lock = _lock_data_dir(data_dir)
    if lock is None:
        return 1
    window = MainWindow(data_dir)
    probe = bool(os.environ.get(STARTUP_PROBE))
    opened: list[Journal] = []

    def on_opened(result: tuple[Journal, Catalogue]) -> None:
        from app.ui.journal_events import ObservedJournal

        journal, catalogue = result
        opened.append(journal)
        window.attach(ObservedJournal(journal), catalogue)
        if probe:
            QTimer.singleShot(0, lambda: _report("ready", started, app))

    def on_failed(error: BaseException) -> None:
        _cannot_open(window, str(error) or type(error).__name__)
        app.exit(2)

    opener = JournalOpener(window, data_dir)
    opener.opened.connect(on_opened)
    opener.failed.connect(on_failed)
    window.show()
    if probe:
        QTimer.singleShot(0, lambda: print(f"window {time.perf_counter() - started:.4f}", flush=True))
    def after_first_paint() -> None:
        install_excepthook(window, window.flush_all, setup_logging(data_dir))
        opener.start()

    QTimer.singleShot(0, after_first_paint)
    code = app.exec()
    key = opener.data_key  # read before the window (the opener's parent) goes
    app.setQuitOnLastWindowClosed(False)  # the loop is over: closing must not post another quit
    window.close()  # saves anything pending when the loop ended without a close (quit, exit code)
    window.deleteLater()
    QThreadPool.globalInstance().waitForDone()  # no search or list load may outlive the journal's connections
    for journal in opened:
        back_up_if_due(journal.path, data_dir, connect=_keyed_connect(key) if key is not None else None)
        journal.close()
    lock.unlock()
    return code


def back_up_if_due(
    journal_path: Path, data_dir: Path, now: datetime | None = None, connect: Connect | None = None
) -> None:
    """The day's automatic backup, made at close; a failure is logged and never stops the app closing.

    Runs only for a journal that opened (so passed its checks) and after every save has landed.
    An encrypted journal passes its keyed `connect`, so the backup is encrypted with the same key.
    Imported here, not at start-up: the window should not wait for what only closing needs.
    """
    from app.store.backups import AUTOMATIC, backup_due, backups_dir, make_backup, plain_connect

    folder = backups_dir(data_dir)
    moment = now or datetime.now(UTC)
    try:
        if backup_due(folder, moment):
            make_backup(journal_path, folder, reason=AUTOMATIC, now=moment, connect=connect or plain_connect)
    except Exception:  # closing must go on whatever went wrong; the journal itself is untouched
        log.warning("the automatic backup at close was skipped", exc_info=True)


def _keyed_connect(key: bytes) -> Connect:
    from app.store.encryption import keyed_connect

    return keyed_connect(key)


def _cannot_open(parent: MainWindow | None, reason: str) -> None:
    messages.show_error(
        parent,
        "Trustbridge can't open your journal",
        reason,
        "Nothing has been changed. Check that the folder exists and that you can write to it, "
        "or choose another with --data-dir.",
    )


def _lock_data_dir(data_dir: Path) -> QLockFile | None:
    """One app per journal: a second one would overwrite the first one's autosaves."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # a lock left by a crash is stale only when its process is gone
    if lock.tryLock(200):
        return lock
    messages.show_error(
        None,
        "Trustbridge is already open",
        f"Another Trustbridge window is using the journal in {data_dir}.",
        "Switch to that window, or close it and start Trustbridge again.",
    )
    return None


def _report(what: str, started: float, app: QApplication) -> None:
    print(f"{what} {time.perf_counter() - started:.4f}", flush=True)
    app.exit(0)  # not quit(): that closes windows first and may post a second quit for later loops


if __name__ == "__main__":  # pragma: no cover - convenience for `python -m app.ui.application`
    sys.exit(run_gui(None, sys.argv))
