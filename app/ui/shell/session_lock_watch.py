"""Tell when the computer's session locks, where the desktop says so, so the journal can lock too.

On Linux (and other desktops with D-Bus) the screen savers announce ActiveChanged(bool) on the
session bus and logind sends Lock to the session's object on the system bus; this watch only
listens to those signals and never asks either service to do anything. Elsewhere, or without
a bus, it stays inert: `available` is False and `reason` says why, so settings can say so too.
Qt's applicationStateChanged is not used: it changes whenever you switch to another window.

Signals arrive from any process of this user (they can't be told apart from the real screen
saver's), which is harmless: the worst a forged one can do is lock the journal. The signal can
come more than once for one lock (several screen savers, logind too), so locking must be a no-op
when already locked.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import SLOT, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

# Screen savers that broadcast ActiveChanged(bool) on the session bus, by interface (any path).
SCREEN_SAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",  # KDE, and the freedesktop name others also speak
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.xfce.ScreenSaver",
)
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_SESSION = "org.freedesktop.login1.Session"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOOKUP_TIMEOUT_MS = 2000


def logind_session_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as sd-bus escapes labels ("2" -> "_32")."""
    if not session_id:
        return f"{LOGIND_PATH}/session/_"
    escaped = []
    for index, byte in enumerate(session_id.encode()):
        char = chr(byte)
        if ("a" <= char <= "z") or ("A" <= char <= "Z") or (index > 0 and "0" <= char <= "9"):
            escaped.append(char)
        else:
            escaped.append(f"_{byte:02x}")
    return f"{LOGIND_PATH}/session/{''.join(escaped)}"


def _slot(signature: str) -> bytes:
    """A slot for QDBusConnection.connect: PySide's stub asks for bytes, its runtime for SLOT's str."""
    return cast(bytes, SLOT(signature))


class SessionLockWatch(QObject):
    """Emits session_locked() when the screen saver starts or logind locks this session.

    `session_bus` and `system_bus` default to the user's buses; `session_id` to XDG_SESSION_ID,
    or, without it, logind's answer to GetSession("auto") (a read-only lookup, made without
    blocking). Both buses can be given so tests run against a private bus.
    """

    session_locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources: list[str] = []
        self._reason = ""
        self._lookup: QDBusPendingCallWatcher | None = None
        self._system_bus: QDBusConnection | None = None
        if sys.platform in ("win32", "darwin"):
            self._reason = "this system does not tell apps when the session locks"
            log.info("session lock watch is off: %s", self._reason)
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            self._reason = "Qt's D-Bus support is not installed"
            log.info("session lock watch is off: %s", self._reason)
            return
        self._watch_screen_savers(session_bus or QDBusConnection.sessionBus())
        self._watch_logind(system_bus or QDBusConnection.systemBus(), session_id)
        if not self._sources and self._lookup is None:
            self._reason = "no session or system message bus could be reached"
            log.info("session lock watch is off: %s", self._reason)

    @property
    def available(self) -> bool:
        """True when at least one source of lock news is being listened to."""
        return bool(self._sources)

    @property
    def reason(self) -> str:
        """Why nothing is watched ('' when something is)."""
        return "" if self._sources else self._reason

    @property
    def sources(self) -> list[str]:
        """What is listened to, for the log and for tests: e.g. "org.gnome.ScreenSaver"."""
        return list(self._sources)

    def _watch_screen_savers(self, bus: QDBusConnection) -> None:
        if not bus.isConnected():
            return
        for interface in SCREEN_SAVER_INTERFACES:
            # Any sender and any path: each desktop owns a different name and object for it.
            if bus.connect("", "", interface, "ActiveChanged", self, _slot("_on_active_changed(bool)")):
                self._sources.append(interface)

    def _watch_logind(self, bus: QDBusConnection, session_id: str | None) -> None:
        if not bus.isConnected():
            return
        self._system_bus = bus
        known = session_id if session_id is not None else os.environ.get("XDG_SESSION_ID")
        if known:
            self._watch_session_path(logind_session_path(known))
            return
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        question = QDBusMessage.createMethodCall(LOGIND, LOGIND_PATH, LOGIND_MANAGER, "GetSession")
        question.setArguments(["auto"])  # this process's session, or the user's desktop session
        self._lookup = QDBusPendingCallWatcher(bus.asyncCall(question, LOOKUP_TIMEOUT_MS), self)
        self._lookup.finished.connect(self._on_session_found)

    def _on_session_found(self, watcher: QDBusPendingCallWatcher) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusObjectPath

        self._lookup = None
        reply = watcher.reply()
        watcher.deleteLater()
        arguments = reply.arguments() if reply.type() == QDBusMessage.MessageType.ReplyMessage else []
        if arguments and isinstance(arguments[0], QDBusObjectPath):
            self._watch_session_path(arguments[0].path())
        else:
            log.info("logind did not say which session this is (%s)", reply.errorName() or "no answer")
            if not self._sources:
                self._reason = "the session manager did not say which session this is"

    def _watch_session_path(self, path: str) -> None:
        bus = self._system_bus
        if bus is not None and bus.connect(LOGIND, path, LOGIND_SESSION, "Lock", self, _slot("_on_lock()")):
            self._sources.append(LOGIND_SESSION)
            log.info("listening for session locks from logind")

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            log.info("the screen saver started: locking")
            self.session_locked.emit()

    @Slot()
    def _on_lock(self) -> None:
        log.info("the session was locked: locking")
        self.session_locked.emit()
