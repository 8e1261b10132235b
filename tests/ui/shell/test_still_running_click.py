"""A click on "Trustbridge is still running" (a note with nowhere to lead) brings the window back:
through the tray's own message and through the desktop portal's notification alike."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.ui.shell.desktop_presence import DesktopPresence
from app.ui.shell.notifier import WINDOW, TrayNotifier
from app.ui.shell.window_go import PLACES
from tests.ui.conftest import SessionFactory
from tests.ui.shell.test_tray import LEFT, _quit_when_last_window_closes, keep_in_tray  # noqa: F401

# The offscreen platform can't raise a window; bringing it forward asks anyway.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def test_the_tray_message_clicked_brings_the_hidden_window_back(qtbot: QtBot,
                                                               open_session: SessionFactory) -> None:
    window, session = open_session()
    tray = QSystemTrayIcon()  # never shown: no platform Qt tests on has a tray; its signal is real
    notifier = TrayNotifier(tray)
    presence = DesktopPresence(window, session, tray_available=True, notifier=notifier,
                               leave=lambda: LEFT.append(True))
    presence.keeper.from_desktop = lambda _event: True  # as the window's close button sends it
    keep_in_tray(session)
    with qtbot.waitSignal(notifier.clicked) as clicked:
        assert not window.close() and not window.isVisible()  # hidden, and "still running" said
        tray.messageClicked.emit()  # the person clicks the message
    assert clicked.args == [WINDOW] and WINDOW not in PLACES
    assert window.isVisible() and not window.isMinimized()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.quitOnLastWindowClosed()  # File → Quit quits again
