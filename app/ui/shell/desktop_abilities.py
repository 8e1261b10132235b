"""What this desktop can do for reminders, the tray and starting at login, and the words Settings
shows where it can't (no import of the window, so Settings can ask without an import circle)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QSystemTrayIcon

from app.io.autostart import SUPPORTED as AUTOSTART_SUPPORTED

__all__ = ["AUTOSTART_ELSEWHERE", "AUTOSTART_SUPPORTED", "NO_NOTIFICATIONS", "NO_TRAY", "can_remind",
           "notifications_available", "tray_available"]

NO_NOTIFICATIONS = str(QT_TRANSLATE_NOOP("DesktopAbilities", "Reminders need a tray icon or a notification "
                                         "service on this desktop, and neither is there, so none will show."))
NO_TRAY = str(QT_TRANSLATE_NOOP("DesktopAbilities", "Keeping Trustbridge running needs a tray icon area on "
                                "this desktop, and there isn't one."))
AUTOSTART_ELSEWHERE = str(QT_TRANSLATE_NOOP("DesktopAbilities", "Starting at login is not available on this "
                                            "system yet."))


def tray_available() -> bool:
    """Whether this desktop has a tray to keep running in (Settings says NO_TRAY when not)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def notifications_available() -> bool:
    """Whether a reminder can show here: the tray's messages, or the desktop portal's (asked of the
    session's D-Bus each time: `can_remind` keeps the first answer)."""
    if tray_available() and QSystemTrayIcon.supportsMessages():
        return True
    from app.ui.shell.notifier import portal_bus

    return portal_bus() is not None


_ANSWER: list[bool] = []


def can_remind() -> bool:
    """notifications_available, asked once a run (Today's offer asks each time it comes into view)."""
    if not _ANSWER:
        _ANSWER.append(notifications_available())
    return _ANSWER[0]
