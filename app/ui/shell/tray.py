"""The tray icon, where the desktop has a tray: quick actions, and keeping Trustbridge running there.

Its menu: Tonight's entry, Mood check-in, Lock, Show or Hide the window, Quit. Each does what the
window's own action does (window_go.py, MainWindow.lock_journal, the window's close). Clicking the
icon shows or hides the window.

Keeping running in the tray (`keep_in_tray` in Settings, only where there is a tray): closing the
window from the desktop (its close button, Alt+F4) saves everything and hides it instead of
quitting; reminders keep coming. File → Quit (Ctrl+Q) and the tray's Quit really quit: they close
the window from inside the app, not from the desktop, and that is how they are told apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from app import APP_NAME

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


class TrayMenu(QMenu):
    """The tray's menu; the window supplies what each item does."""

    def __init__(self, tonight: Callable[[], None], mood: Callable[[], None], lock: Callable[[], None],
                 show_or_hide: Callable[[], None], quit_app: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Trustbridge quick actions"))
        self.actions_by_key: dict[str, QAction] = {}
        self._add("tonight", self.tr("Tonight's entry"), self.tr("Open tonight's prompt"), tonight)
        self._add("mood", self.tr("Mood check-in"), self.tr("Check in on how you are feeling"), mood)
        self.addSeparator()
        self._add("lock", self.tr("Lock journal"),
                  self.tr("Close the journal until your passphrase is typed"), lock)
        self._add("window", self.tr("Hide window"), self.tr("Show or hide the Trustbridge window"),
                  show_or_hide)
        self.addSeparator()
        self._add("quit", self.tr("Quit Trustbridge"), self.tr("Save everything and quit"), quit_app)

    def _add(self, key: str, text: str, tip: str, slot: Callable[[], None]) -> None:
        action = self.addAction(text)
        action.setObjectName(f"tray-{key}")
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_key[key] = action

    def window_shown(self, shown: bool) -> None:
        self.actions_by_key["window"].setText(self.tr("Hide window") if shown else self.tr("Show window"))

    def journal_open(self, is_open: bool) -> None:
        """Tonight and the mood check-in lead into the journal: while it is locked they bring the
        window forward on its unlock page, so they stay. Lock needs an open journal; a plain one
        gets the window's own word on it (Ctrl+L's: locking needs a passphrase, and Settings)."""
        self.actions_by_key["lock"].setEnabled(is_open)


class WindowKeeper(QObject):
    """Hides the window instead of closing it when the desktop closes it and the tray keeps us.

    `from_desktop(event)` tells a close from the desktop (spontaneous) from one the app makes;
    tests can say which, since no platform Qt runs tests on sends a desktop's close.
    Signal: kept() — the desktop closed the window and it was hidden instead."""

    kept = Signal()

    def __init__(self, window: MainWindow, keep: Callable[[], bool],
                 from_desktop: Callable[[QCloseEvent], bool] = QCloseEvent.spontaneous) -> None:
        super().__init__(window)
        self._window = window
        self._keep = keep
        self.from_desktop = from_desktop
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self.show_window()  # however it came back (the tray, a reminder, a second launch)
            return False
        if (watched is self._window and event.type() == QEvent.Type.Close and isinstance(event, QCloseEvent)
                and self._keep() and self.from_desktop(event)):
            self.hide_window()
            event.ignore()
            self.kept.emit()
            return True
        return False

    def hide_window(self) -> None:
        """Save everything, then hide (the window's hideEvent saves too); the app keeps running."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # a message closed while hidden must not quit
        self._window.flush_all()
        self._window.hide()

    def show_window(self) -> None:
        """The window is back: closing it quits again."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)


class Tray(QObject):
    """The icon and its menu, made wherever a tray could be (desktop_abilities.tray_possible): Qt
    shows it once the desktop has a tray, which at login may come after Trustbridge starts."""

    def __init__(self, menu: TrayMenu, show_or_hide: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = menu
        self.icon = QSystemTrayIcon(QApplication.windowIcon(), self)
        self.icon.setToolTip(APP_NAME)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_activated)
        self._show_or_hide = show_or_hide
        self.icon.show()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self._show_or_hide()
