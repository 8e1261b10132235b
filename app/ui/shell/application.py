"""Start the desktop app: paths, logging, Qt, theme, crash handler, the window, then the journal.

The journal opens in a worker so the window appears at once (the store's modules, SQLAlchemy
above all, load there). A plain journal in the settled state shows Today before that, from a
quick read of tonight's entry (app/store/first_read.py): the person types while the store loads,
and a save or a click that needs the journal sooner waits for it (ObservedJournal.opening). Any
other journal's first page is built when it arrives; the other pages when first shown. An
encrypted journal's unlock page comes before any of the store loads, which then loads while the
passphrase is typed (session_open.preload_store). What
can wait until the person can type (the hand-over to a second launch, locking with the computer,
the weekly check of the file) starts after that. On the way out, once the window has saved
everything, the day's automatic backup is made (at most one a day), and rich text the app put on
an in-process clipboard is taken back (app/ui/widgets/clipboard.py).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import resolve_data_dir
from app.ui.shell import session_open, startup_probe
from app.ui.shell.backup_at_close import back_up_if_due
from app.ui.shell.startup_probe import STARTUP_PROBE

if TYPE_CHECKING:  # Qt and the window load inside run_gui, after the store has begun loading
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

    from app.store.backups import Connect
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session import JournalSession

log = logging.getLogger(__name__)

__all__ = ["LOCK_NAME", "STARTUP_PROBE", "back_up_if_due", "close_session", "make_application", "run_gui"]

LOCK_NAME = ".trustbridge.lock"  # app.store.backups.LOCK_NAME reads the same file (tests check they agree)


def make_application(argv: Sequence[str], theme: str = "system") -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app import APP_NAME, __version__
    from app.resources import resource_path
    from app.ui.widgets.theme import follow_system, use_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.trustbridge.Trustbridge")  # packaging/: one id everywhere
    app.setQuitOnLastWindowClosed(True)  # an earlier run in this process turned it off on its way out
    app.setWindowIcon(QIcon(str(resource_path("icons", "trustbridge.svg"))))
    use_theme(app, theme)  # "system", or light or dark as chosen in Settings
    follow_system(app)
    return app


def run_gui(data_dir_option: str | None, argv: Sequence[str]) -> int:
    started = time.perf_counter()
    data_dir = resolve_data_dir(data_dir_option)
    from PySide6.QtCore import QTimer

    from app.store.preferences import load_preferences  # already loaded by the window's modules
    from app.ui.shell.appearance import apply_appearance
    from app.ui.shell.main_window import MainWindow
    from app.ui.widgets.clipboard import release_clipboard

    saved = load_preferences(data_dir)  # the theme and the editors' font, before the first paint
    app = make_application(argv, saved.theme)
    apply_appearance(saved)
    from app.ui.language_start import start_language

    start_language(saved.language)  # before the first window: its texts are made once, in this language
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
    window.fill_first_page_later = True  # Today takes typing first, its tiles come right after
    probe = startup_probe.probing()
    # The session is made after the first paint (the window must not wait for it), except for an
    # encrypted journal: its unlock page is then the window's first paint.
    sessions: list[JournalSession] = []
    offered: list[bool] = []
    watching: list[bool] = []
    said: set[str] = set()  # what the probe has printed or scheduled

    def watch_once() -> None:
        """After the person can type (or the unlock page is up): what needs no hurry."""
        if not watching and sessions:
            watching.append(True)
            _watch_for_others(window, sessions[0], data_dir)
            if not probe:  # the tray, reminders and the login entry (desktop_presence.py), held by the window
                from app.ui.shell.desktop_presence import DesktopPresence

                DesktopPresence(window, sessions[0])

    def on_unlock_shown(page: object) -> None:
        from app.ui.privacy.unlock_page import UnlockPage

        if probe and isinstance(page, UnlockPage):
            def shown() -> None:
                startup_probe.say("unlock", started)
                startup_probe.type_passphrase(page, started)

            QTimer.singleShot(0, shown)
        QTimer.singleShot(0, watch_once)  # a second launch must find this window while it waits

    def on_attached() -> None:
        """Today is in the window: the person can type, even while the journal still opens."""
        if probe and "usable" not in said:
            said.add("usable")
            QTimer.singleShot(0, usable)

    def on_opened() -> None:
        session = sessions[0]
        if probe:
            ready_if_due()
            return
        QTimer.singleShot(0, after_usable)
        if session.first_start and not offered:
            offered.append(True)  # a brand-new journal: offer a passphrase, once
            from app.ui.privacy.encryption_offer import offer_encryption

            offer_encryption(session, window)

    def usable() -> None:
        problem = startup_probe.usable_problem(window)
        if problem is not None:
            startup_probe.not_usable(problem)
            app.exit(startup_probe.NOT_USABLE_EXIT)
            return
        startup_probe.say("usable", started)
        said.add("said usable")
        after_usable()
        ready_if_due()

    def ready_if_due() -> None:
        """"ready" once the person could type and the journal is open, whichever came last."""
        if "said usable" in said and sessions[0].is_open and "ready" not in said:
            said.add("ready")
            QTimer.singleShot(0, lambda: _report("ready", started, app))

    def after_usable() -> None:
        watch_once()
        if not probe:  # the bench quits at once: a check it would cut short only slows the next run
            from app.ui.shell.integrity_watch import check_if_due

            check_if_due(window, sessions[0])

    def on_failed(error: BaseException) -> None:
        from app.store.errors import InvalidKeyFile

        advice = None if isinstance(error, InvalidKeyFile) else _FOLDER_ADVICE  # its message says what to do
        session = sessions[0] if sessions else None
        if session is not None and session.words_on_screen:  # not even a file beside it took them
            _cannot_open(window, str(error) or type(error).__name__,
                         "What you typed is still on screen: copy it somewhere safe before you close "
                         "Trustbridge.")
            return  # the window stays until the person closes it (closing asks once more)
        if session is not None and session.rescued is not None:
            advice = f"What you typed while it opened is kept in {session.rescued}. {advice or ''}".strip()
        _cannot_open(window, str(error) or type(error).__name__, advice)
        app.exit(2)

    def start_session() -> JournalSession:
        from app.ui.shell.session import JournalSession

        session = JournalSession(window, data_dir, preferences=saved)  # the settings read for the first paint
        session.first_page_early = True  # Today from a quick read while the journal opens (first_read.py)
        sessions.append(session)
        session.attached.connect(on_attached)
        session.opened.connect(on_opened)
        session.failed_to_open.connect(on_failed)
        session.unlock_shown.connect(on_unlock_shown)
        session.start()
        return session

    if session_open.journal_is_encrypted(data_dir):
        start_session()  # shows the unlock page (no store, no crypto loaded yet)
    window.show()
    if probe:
        QTimer.singleShot(0, lambda: startup_probe.say("window", started))

    def after_first_paint() -> None:
        from app.logs import setup_logging
        from app.ui.shell.crash import install_excepthook

        install_excepthook(window, window.flush_all, setup_logging(data_dir))
        session = sessions[0] if sessions else start_session()
        session.watch_input()

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
    from PySide6.QtCore import QThreadPool

    session.stop_watching()
    QThreadPool.globalInstance().waitForDone()  # no search or list load may outlive the journal's connections
    session.settle_opening()  # quit while it opened: the journal it opened is closed all the same
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
    from app.ui.widgets import messages

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
    from PySide6.QtCore import QLockFile

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
    from app.ui.widgets import messages

    who = in_use_message(data_dir)
    messages.show_error(
        None,
        "Trustbridge is already open",
        f"The journal in {data_dir} is in use: {who}",
        "If it is a window, switch to it; if it is a command, it lets go when it finishes.",
    )


def _report(what: str, started: float, app: QApplication) -> None:
    startup_probe.say(what, started)
    app.exit(0)  # not quit(): that closes windows first and may post a second quit for later loops


if __name__ == "__main__":  # pragma: no cover - convenience for `python -m app.ui.shell.application`
    sys.exit(run_gui(None, sys.argv))
