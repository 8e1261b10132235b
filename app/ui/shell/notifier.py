"""Where a reminder shows: a desktop notification from the tray icon, else the desktop portal's.

A notifier is anything with `show(title, body, target)` and a `clicked(target)` signal: the
tray's balloon (QSystemTrayIcon.showMessage) where there is a tray, else a notification through
the freedesktop desktop portal (org.freedesktop.portal.Notification, on the session's own D-Bus:
nothing leaves the computer) where Qt's D-Bus support and the portal are there, else none, and
Settings says reminders need a tray or a notification service. `target` names what a click opens
(a ReminderKind's value; "" or WINDOW for a note with nowhere to lead, whose click only brings the
window forward); the reminder's words are ours (reminders.py), never the journal's.

Why the portal and not org.freedesktop.Notifications: its Notify takes a uint32, and PySide6
sends a Python int as int32, which the notification servers refuse; the portal takes strings.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import SLOT, QObject, Signal, SignalInstance, Slot

from app.ui.widgets.desktop_abilities import PORTAL

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

PORTAL_PATH = "/org/freedesktop/portal/desktop"  # PORTAL itself: desktop_abilities, which asks for it
PORTAL_NOTIFICATION = "org.freedesktop.portal.Notification"
MESSAGE_MS = 15_000  # how long the tray's balloon stays, where the desktop lets us say
# What a click on a note with nowhere to lead says ("Trustbridge is still running", shown with ""):
# not one of window_go.PLACES, so GoWhenOpen.go only brings the window forward. Never "" itself:
# an empty target would be dropped (the tray's) or be no action at all (the portal's).
WINDOW = "window"


class Notifier(Protocol):
    """Shows one reminder; says which was clicked."""

    @property
    def clicked(self) -> SignalInstance: ...  # (str) the target of the notification clicked

    def show(self, title: str, body: str, target: str) -> None: ...


class TrayNotifier(QObject):
    """The tray icon's own message. A tray shows one message at a time: a click opens the newest."""

    clicked = Signal(str)

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._target = ""
        tray.messageClicked.connect(self._on_clicked)

    def show(self, title: str, body: str, target: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        self._target = target or WINDOW
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _on_clicked(self) -> None:
        if self._target:
            self.clicked.emit(self._target)


class PortalNotifier(QObject):
    """A notification through the desktop portal; its default action is the target."""

    clicked = Signal(str)

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        # PySide's stub asks for bytes, its runtime for SLOT's str (as session_lock_watch.py says).
        slot = cast(bytes, SLOT("_on_action(QString,QString,QVariantList)"))
        bus.connect(PORTAL, PORTAL_PATH, PORTAL_NOTIFICATION, "ActionInvoked", self, slot)

    def show(self, title: str, body: str, target: str) -> None:
        from PySide6.QtDBus import QDBusMessage

        target = target or WINDOW
        message = QDBusMessage.createMethodCall(PORTAL, PORTAL_PATH, PORTAL_NOTIFICATION, "AddNotification")
        # One id per kind: a newer reminder of the same kind replaces an older one still showing.
        message.setArguments([f"trustbridge-{target}", {"title": title, "body": body,
                                                        "default-action": target, "priority": "normal"}])
        if not self._bus.send(message):
            log.info("the notification could not be sent: %s", self._bus.lastError().name())

    @Slot(str, str, list)
    def _on_action(self, notification_id: str, action: str, _parameters: list[object]) -> None:
        if notification_id.startswith("trustbridge-") and action:
            self.clicked.emit(action)
