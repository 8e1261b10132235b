"""Trustbridge on the desktop beyond its window: the tray, reminders, and starting at login.

Made once at start-up (application.py) for the window and its session; it follows the session's
settings (`preferences_applied`): reminders turned on or off or moved, keeping running in the tray,
starting at login (app/io/autostart.py). The parts: tray.py (icon, menu, keeping the window),
notifier.py (where a reminder shows), reminder_timer.py (when), window_go.py (where a click leads).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.domain.clock import Clock, SystemClock
from app.domain.reminders import ReminderSettings
from app.io import autostart
from app.ui.shell.reminder_timer import ReminderTimer
from app.ui.shell.tray import Tray, TrayMenu, WindowKeeper
from app.ui.shell.window_go import MOOD, TONIGHT, GoWhenOpen, bring_forward
from app.ui.widgets import desktop_abilities

if TYPE_CHECKING:
    from app.store.preferences import Preferences
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.notifier import Notifier
    from app.ui.shell.session import JournalSession

log = logging.getLogger(__name__)


class DesktopPresence(QObject):
    """The tray (where there is one), the reminder timer, and the login entry, for one window."""

    def __init__(self, window: MainWindow, session: JournalSession, *,
                 tray_available: bool | Callable[[], bool] | None = None,
                 notifier: Notifier | None = None, clock: Clock | None = None,
                 portal: bool = True, leave: Callable[[], None] | None = None) -> None:
        """`leave` ends the app once the window has closed (the event loop's exit; tests record it).
        `tray_available` (tests): whether there is a tray, or what to ask each time instead of Qt."""
        super().__init__(window)
        self._window = window
        self._session = session
        self._leave = leave or (lambda: QApplication.exit(0))  # not quit(): it closes windows first
        self._tray_now: Callable[[], bool] = (
            desktop_abilities.tray_available if tray_available is None
            else tray_available if callable(tray_available) else (lambda: tray_available))
        self.places = GoWhenOpen(window)
        self.keeper = WindowKeeper(window, self.keeps_running)
        self.keeper.kept.connect(self._say_still_running)
        self._said_still_running = False
        self.menu = TrayMenu(lambda: self.places.go(TONIGHT), lambda: self.places.go(MOOD), self.lock,
                             self.show_or_hide, self.quit)
        self.menu.aboutToShow.connect(self._update_menu)
        self.tray: Tray | None = None
        # Made wherever a tray could be, even if none is there yet: at login the panel's tray often
        # comes after Trustbridge, and Qt shows an icon made before it once it does. `tray_available`
        # given (tests): everything as the seam says, but no icon is made.
        if tray_available is None and desktop_abilities.tray_possible():
            self.tray = Tray(self.menu, self.show_or_hide, self)
        self.notifier = notifier if notifier is not None else self._desktop_notifier(portal)
        if self.notifier is not None:
            self.notifier.clicked.connect(self.places.go)
        self.timer = ReminderTimer(clock or SystemClock(), self._reminder_settings, self.notifier, self)
        self._known: Preferences = session.preferences
        session.attached.connect(self._on_attached)
        session.closing.connect(lambda: self.timer.follow(None))
        session.locked.connect(self._update_menu)
        session.preferences_applied.connect(self._on_preferences)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_state)
        if session.observed is not None:
            self._on_attached()
        else:
            self.timer.plan()
        if session.preferences.start_at_login:
            self._write_autostart(True)  # the command as this start ran it (it may have moved)
        self._update_menu()

    # -- what can show a reminder ------------------------------------------------------------

    def _desktop_notifier(self, portal: bool) -> Notifier | None:
        """The tray's messages while there is a tray, else the portal's: chosen at each reminder."""
        on_tray: Notifier | None = None
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            from app.ui.shell.notifier import TrayNotifier

            on_tray = TrayNotifier(self.tray.icon, self)
        on_portal: Notifier | None = None
        if portal:
            from app.ui.shell.notifier import PortalNotifier

            bus = desktop_abilities.portal_bus()
            on_portal = PortalNotifier(bus, self) if bus is not None else None
        if on_tray is None or on_portal is None:
            return on_tray or on_portal
        return TrayOrElsewhere(on_tray, on_portal, lambda: self.tray_available, self)

    @property
    def can_notify(self) -> bool:
        """Whether reminders can show here (desktop_abilities.NO_NOTIFICATIONS says when not)."""
        return self.notifier is not None

    def _reminder_settings(self) -> ReminderSettings:
        return self._session.preferences.reminders()

    # -- the session -------------------------------------------------------------------------

    def _on_attached(self) -> None:
        self.timer.follow(self._session.observed)
        self.places.journal_back()
        self._update_menu()

    def _on_preferences(self) -> None:
        new, old = self._session.preferences, self._known
        self._known = new
        if new.reminders() != old.reminders():
            self.timer.settings_changed()
        if new.start_at_login != old.start_at_login:
            self._write_autostart(new.start_at_login)

    def _on_state(self, state: Qt.ApplicationState) -> None:
        """Coming back to the app (or leaving it) after a sleep: what came due meanwhile."""
        self.timer.look()

    def _write_autostart(self, on: bool) -> None:
        if not autostart.SUPPORTED:
            return
        try:
            autostart.set_start_at_login(on, self._session.data_dir)
        except (OSError, ValueError) as error:
            log.warning("the login entry could not be %s: %s", "written" if on else "removed",
                        type(error).__name__)
            self._window.status_line.say(
                self.tr("Trustbridge couldn't set itself to start at login: %s") % (
                    getattr(error, "strerror", None) or error))

    # -- the tray's actions ------------------------------------------------------------------

    @property
    def tray_available(self) -> bool:
        """Whether there is a tray now (asked each time: it can come late, or go)."""
        return self._tray_now()

    def keeps_running(self) -> bool:
        """Closing the window from the desktop hides it: the person asked, and there is a tray at
        this moment (asked as the window closes: never hidden with no icon to bring it back)."""
        return self._session.preferences.keep_in_tray and self.tray_available

    def _say_still_running(self) -> None:
        """The first time this run the window closes into the tray: where it went, and how to quit."""
        if self._said_still_running or self.notifier is None:
            return
        self._said_still_running = True
        self.notifier.show(self.tr("Trustbridge is still running"),
                           self.tr("Your reminders will still come. To quit, choose Quit Trustbridge in "
                                   "this icon's menu."), "")

    def window_shown(self) -> bool:
        return self._window.isVisible() and not self._window.isMinimized()

    def show_or_hide(self) -> None:
        if self.window_shown():
            self.keeper.hide_window()
        else:
            bring_forward(self._window)
        self._update_menu()

    def lock(self) -> None:
        bring_forward(self._window)
        self._window.lock_journal()
        self._update_menu()

    def quit(self) -> None:
        """Really quit: the window's own close (it saves, and asks if something could not be saved)."""
        if self._window.close():
            self._leave()

    def _update_menu(self) -> None:
        self.menu.window_shown(self.window_shown())
        self.menu.journal_open(self._window.journal is not None)


class TrayOrElsewhere(QObject):
    """A reminder from the tray icon while the desktop has a tray, else from the other notifier
    (the portal's): asked as each reminder shows. A click on either says its target."""

    clicked = Signal(str)

    def __init__(self, on_tray: Notifier, elsewhere: Notifier, tray_now: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_tray, self._elsewhere, self._tray_now = on_tray, elsewhere, tray_now
        on_tray.clicked.connect(self.clicked)
        elsewhere.clicked.connect(self.clicked)

    def show(self, title: str, body: str, target: str) -> None:
        (self._on_tray if self._tray_now() else self._elsewhere).show(title, body, target)
