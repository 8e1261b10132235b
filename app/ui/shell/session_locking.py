"""Locking the journal: on request, after idle time, and when the computer locks.

Idle time is counted by an application-wide event filter (every key press, click and scroll is
input); a timer compares it with the setting while an encrypted journal is open. A lock that
can't happen yet (a task runs, a dialog holds typed text, the journal is closed for a moment)
hides the window at once and happens as soon as it can.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer

from app.ui.shell.session_core import SessionCore

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 5_000  # how often idle time is compared with the setting: locking is never late by more
LOCKED_MESSAGE = ("Trustbridge closed your journal. Type your passphrase to carry on where you "
                  "left off.")


class SessionLocking(QObject):
    """The session's locks; also the event filter that counts input."""

    def __init__(self, core: SessionCore) -> None:
        super().__init__(core)
        self._core = core
        self.last_input = time.monotonic()
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self.check_idle)
        self._input_events: frozenset[QEvent.Type] = frozenset()
        core.attached.connect(self._on_attached)
        core.closing.connect(self._idle_timer.stop)
        core.preferences_applied.connect(self.apply_idle_lock)

    def can_lock(self) -> bool:
        return self.can_lock_some_time() and not self._core.busy

    def can_lock_some_time(self) -> bool:
        """An encrypted, open journal: it can be locked once nothing holds it open."""
        return self._core.encrypted and self._core.is_open

    def lock(self) -> bool:
        """Close the journal and clear the window until the passphrase is typed again.

        False, with nothing changed, for a plain journal (there is nothing to unlock with), while
        another operation, an import or an export runs, a modal dialog is open or a new recovery
        code is on screen, or when the latest text can't be saved (it stays on screen).
        """
        core, host = self._core, self._core.host
        if (not self.can_lock() or host.showing_recovery_code() or _modal_open()
                or host.journal_work_running()):
            return False  # a modal may hold typed text; an import or export would stall the window
        if not core.flush_all():
            return False
        core.lock_pending = False
        core.close_for_a_moment(close_dialogs=True, back_up=True)
        core.key = None
        core.show_unlock(LOCKED_MESSAGE)
        log.info("journal locked")
        core.locked.emit()
        return True

    def _on_attached(self) -> None:
        self.last_input = time.monotonic()
        self.apply_idle_lock()
        if self._core.lock_pending:  # the computer locked while the journal was closed for a moment
            QTimer.singleShot(0, self.lock)

    def apply_idle_lock(self) -> None:
        """The timer runs while an encrypted journal is open: for idle time, and for a lock that
        had to wait (the computer locked while a task ran or a dialog was open)."""
        if self._core.encrypted and self._core.is_open:
            self._idle_timer.start()
        else:
            self._idle_timer.stop()

    def check_idle(self) -> None:
        """One tick of the idle timer: a lock that waits happens now if it can; idle time locks."""
        core = self._core
        if core.lock_pending:
            if not core.encrypted:
                core.lock_pending = False  # encryption was turned off meanwhile: nothing to lock
            else:
                self.lock()
            return
        minutes = core.preferences.lock_after_minutes
        if minutes > 0 and time.monotonic() - self.last_input >= minutes * 60 and not self.lock():
            self.defer_lock()  # hidden now; locked on a later tick, once nothing holds it open

    def idle_for_test(self, seconds: float) -> None:
        """Pretend the last input was `seconds` ago and check at once (tests can't wait minutes)."""
        self.last_input = time.monotonic() - seconds
        self.check_idle()

    def session_locked(self) -> None:
        """The computer's session locked (SessionLockWatch): lock too, if the person wants that.

        If something holds the journal open just now (a task, a dialog with typed text) or it is
        closed for a moment (a restore, an opening), the window is hidden at once and the lock
        happens as soon as it can: when the journal is attached again, or on the next tick.
        """
        core = self._core
        if not core.preferences.lock_when_session_locks or not core.encrypted:
            return
        if core.is_open and self.lock():
            return
        self.defer_lock()

    def defer_lock(self) -> None:
        self._core.lock_pending = True
        curtain = self._core.host.curtain
        if curtain is not None and not curtain.hidden:
            curtain.hide_all()  # nothing of the journal stays readable on screen meanwhile

    # -- idle tracking: an application-wide event filter ----------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._input_events:
            self.last_input = time.monotonic()
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


def _modal_open() -> bool:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeModalWidget() is not None
