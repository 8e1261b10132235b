"""What this desktop can do for reminders, the tray and starting at login, and the words Settings
shows where it can't (no import of the window, so Settings can ask without an import circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QSystemTrayIcon

from app.io.autostart import SUPPORTED as AUTOSTART_SUPPORTED

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

__all__ = ["AUTOSTART_ELSEWHERE", "AUTOSTART_SUPPORTED", "NO_NOTIFICATIONS", "NO_TRAY", "can_remind",
           "notifications_available", "tray_available"]

NO_NOTIFICATIONS = str(QT_TRANSLATE_NOOP("DesktopAbilities", "Reminders need a tray icon or a notification "
                                         "service on this desktop, and neither is there, so none will show."))
NO_TRAY = str(QT_TRANSLATE_NOOP("DesktopAbilities", "Keeping Trustbridge running needs a tray icon area on "
                                "this desktop, and there isn't one."))
AUTOSTART_ELSEWHERE = str(QT_TRANSLATE_NOOP("DesktopAbilities", "Starting at login is not available on this "
                                            "system yet."))


# Platforms that never have a tray: Qt's offscreen and minimal ones (tests, headless), framebuffers.
NO_TRAY_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "linuxfb", "eglfs", "vnc",
                               "vkkhrdisplay"})
PORTAL_ANSWER_SECONDS = 60.0  # how long the portal's answer is kept (asking is a D-Bus round trip)


def tray_possible() -> bool:
    """Whether a tray could ever be here, now or later this run: any desktop platform. A panel
    started after Trustbridge (at login) brings its tray late; an icon made now shows up then."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() not in NO_TRAY_PLATFORMS


def tray_available() -> bool:
    """Whether this desktop has a tray now (Settings says NO_TRAY when not). Asked each time it
    matters: a tray can come after Trustbridge started, or go away while it runs."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def notifications_available() -> bool:
    """Whether a reminder can show here: the tray's messages, or the desktop portal's (asked of the
    session's D-Bus each time; `can_remind` keeps that answer a little while)."""
    if tray_available() and QSystemTrayIcon.supportsMessages():
        return True
    return portal_bus() is not None


_PORTAL: list[tuple[float, bool]] = []  # (when asked, on time.monotonic; the answer)


def can_remind() -> bool:
    """notifications_available, with the tray asked now (cheap) and the portal's answer kept for
    PORTAL_ANSWER_SECONDS (Today's offer asks each time it comes into view)."""
    import time

    if tray_available() and QSystemTrayIcon.supportsMessages():
        return True
    now = time.monotonic()
    if not _PORTAL or now - _PORTAL[0][0] > PORTAL_ANSWER_SECONDS:
            _PORTAL[:] = [(now, portal_bus() is not None)]
    return _PORTAL[0][1]


PORTAL = "org.freedesktop.portal.Desktop"  # where reminders go on a desktop without a tray


def portal_bus() -> QDBusConnection | None:
    """The session bus, when Qt's D-Bus support is here and the portal answers (or can be started)."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return None
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    interface = bus.interface()
    if interface is None:
        return None
    registered = interface.isServiceRegistered(PORTAL)
    if registered.isValid() and registered.value():
        return bus
    activatable = interface.activatableServiceNames()
    if activatable.isValid() and PORTAL in (activatable.value() or []):
        return bus
    return None
