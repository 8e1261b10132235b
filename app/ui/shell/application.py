"""Start the desktop app: paths, logging, Qt, theme, crash handler, the window, then the journal.

The journal opens in a worker so the window appears at once; SQLAlchemy and the schema check
load there, off the UI thread. On the way out, once the window has saved everything, the day's
automatic backup is made (at most one a day), and rich text the app put on an in-process clipboard
is taken back (app/ui/widgets/clipboard.py).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.logs import setup_logging
from app.paths import resolve_data_dir
from app.resources import resource_path
from app.ui.shell.backup_at_close import back_up_if_due
from app.ui.shell.crash import install_excepthook
from app.ui.shell.main_window import MainWindow
from app.ui.widgets import messages
from app.ui.widgets.clipboard import release_clipboard
from app.ui.widgets.theme import apply_theme, follow_system

if TYPE_CHECKING:
    from app.store.backups import Connect
    from app.ui.shell.session import JournalSession

log = logging.getLogger(__name__)

__all__ = ["LOCK_NAME", "STARTUP_PROBE", "back_up_if_due", "close_session", "make_application", "run_gui"]

LOCK_NAME = ".trustbridge.lock"  # app.store.backups.LOCK_NAME reads the same file (tests check they agree)
STARTUP_PROBE = "TRUSTBRIDGE_STARTUP_PROBE"  # benches/startup.py: print readiness and quit


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("trustbridge")
    app.setQuitOnLastWindowClosed(True)  # an earlier run in this process turned it off on its way out
    app.setWindowIcon(QIcon(str(resource_path("icons", "trustbridge.svg"))))
    apply_theme(app)
    follow_system(app)
    return app


def run_gui(data_dir_option: str | None, argv: Sequence[str]) -> int:
    started = time.perf_counter()
    data_dir = resolve_data_dir(data_dir_option)
    app = make_application(argv)
    app.aboutToQuit.connect(release_clipboard)  # a copied brief must not outlive Python (clipboard.py)
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # private; the journal's open checks it too
    except OSError as error:
        _cannot_open(None, f"Trustbridge can't create its folder {data_dir}: {error.strerror or error}.")
        return 2
    lock = _lock_data_dir(data_dir)
    if lock is None:
        from app.ui.shell.single_instance import second_launch

        if second_launch(data_dir):  # the window already open on this journal came forward
            return 0
        _already_open(data_dir)
        return 1
    window = MainWindow(data_dir)
    probe = bool(os.environ.get(STARTUP_PROBE))
    sessions: list[JournalSession] = []  # made after the first paint: the window must not wait for it
    offered: list[bool] = []

    def on_opened() -> None:
        session = sessions[0]
        if probe:
            QTimer.singleShot(0, lambda: _report("ready", started, app))
        elif session.first_start and not offered:
            offered.append(True)  # a brand-new journal: offer a passphrase, once
            from app.ui.privacy.encryption_offer import offer_encryption

            offer_encryption(session, window)

    def on_failed(error: BaseException) -> None:
        from app.store.errors import InvalidKeyFile

        advice = None if isinstance(error, InvalidKeyFile) else _FOLDER_ADVICE  # its message says what to do
        _cannot_open(window, str(error) or type(error).__name__, advice)
        app.exit(2)

    window.show()
    if probe:
        QTimer.singleShot(0, lambda: print(f"window {time.perf_counter() - started:.4f}", flush=True))

    def after_first_paint() -> None:
        from app.ui.shell.session import JournalSession

        install_excepthook(window, window.flush_all, setup_logging(data_dir))
        session = JournalSession(window, data_dir)
        sessions.append(session)
        session.opened.connect(on_opened)
        session.failed_to_open.connect(on_failed)
        session.start()
        session.watch_input()
        _watch_for_others(window, session, data_dir)

    QTimer.singleShot(0, after_first_paint)
    code = app.exec()
    app.setQuitOnLastWindowClosed(False)  # the loop is over: closing must not post another quit
    window.close()  # saves anything pending when the loop ended without a close (quit, exit code)
    if sessions:
        close_session(sessions[0])
    window.deleteLater()
    lock.unlock()
    return code


def close_session(session: JournalSession) -> None:
    """After the window saved everything: the day's backup (keyed when encrypted), then close."""
    session.stop_watching()
    QThreadPool.globalInstance().waitForDone()  # no search or list load may outlive the journal's connections
    journal, key = session.journal, session.data_key
    if journal is None:
        return
    back_up_if_due(journal.path, session.data_dir, connect=_keyed_connect(key) if key is not None else None,
                   keep=session.preferences.backups_kept)
    journal.close()


def _keyed_connect(key: bytes) -> Connect:
    from app.store.encryption import keyed_connect

    return keyed_connect(key)


_FOLDER_ADVICE = ("Check that the folder exists and that you can write to it, "
                  "or choose another with --data-dir.")


def _cannot_open(parent: MainWindow | None, reason: str, advice: str | None = _FOLDER_ADVICE) -> None:
    messages.show_error(
        parent,
        "Trustbridge can't open your journal",
        reason,
        "Nothing has been changed." + (f" {advice}" if advice else ""),
    )


def _watch_for_others(window: MainWindow, session: JournalSession, data_dir: Path) -> None:
    """After the first paint: a second launch brings this window forward, and the computer's
    session locking locks the journal (where the desktop says so over D-Bus)."""
    from app.ui.shell.session_lock_watch import SessionLockWatch
    from app.ui.shell.single_instance import serve_activation

    server = serve_activation(window, data_dir)
    server.activation_requested.connect(lambda: log.info("a second launch asked this window to come forward"))
    watch = SessionLockWatch(window)
    watch.session_locked.connect(session.session_locked)
    if not watch.available:
        log.info("locking with the computer is not available here: %s", watch.reason)


def _lock_data_dir(data_dir: Path) -> QLockFile | None:
    """One app per journal: a second one would overwrite the first one's autosaves."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # a lock left by a crash is stale only when its process is gone
    if not lock.tryLock(200):
        return None
    from contextlib import suppress

    with suppress(OSError):  # not ours to change (another file system): the folder is 0700 all the same
        (data_dir / LOCK_NAME).chmod(0o600)  # QLockFile makes it 0644; it names this host and machine
    return lock


def _already_open(data_dir: Path) -> None:
    """No window answered the hand-over: the lock file says who holds the journal (a window or a command)."""
    from app.store.backups import in_use_message

    who = in_use_message(data_dir)
    messages.show_error(
        None,
        "Trustbridge is already open",
        f"The journal in {data_dir} is in use: {who}",
        "If it is a window, switch to it; if it is a command, it lets go when it finishes.",
    )


def _report(what: str, started: float, app: QApplication) -> None:
    print(f"{what} {time.perf_counter() - started:.4f}", flush=True)
    app.exit(0)  # not quit(): that closes windows first and may post a second quit for later loops


if __name__ == "__main__":  # pragma: no cover - convenience for `python -m app.ui.shell.application`
    sys.exit(run_gui(None, sys.argv))
