"""A tray that comes after Trustbridge started (a panel that starts later at login) or goes while
it runs: whether closing the window keeps Trustbridge running is asked as the window closes, the
icon is made wherever a tray could be, and whether a reminder can show is never kept for a whole run.

The tests' platform has no tray; the seam `tray_available=` (a function here, asked each time)
says whether there is one at the moment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.resources import resource_path
from app.ui.shell.desktop_presence import DesktopPresence
from app.ui.widgets import desktop_abilities
from tests.ui.conftest import SessionFactory
from tests.ui.shell.recording_notifier import RecordingNotifier
from tests.ui.shell.test_tray import keep_in_tray

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture(autouse=True)
def _quit_when_last_window_closes() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)
    desktop_abilities._PORTAL.clear()
    yield None
    app.setQuitOnLastWindowClosed(True)
    desktop_abilities._PORTAL.clear()


def test_a_tray_that_comes_after_start_up_keeps_trustbridge_running(open_session: SessionFactory) -> None:
    window, session = open_session()
    tray = [False]  # at login, before the panel's tray is up
    presence = DesktopPresence(window, session, tray_available=lambda: tray[0],
                               notifier=RecordingNotifier(), leave=lambda: None)
    presence.keeper.from_desktop = lambda _event: True  # as the window's close button sends it
    keep_in_tray(session)
    assert not presence.keeps_running()
    tray[0] = True  # the panel has started
    assert presence.keeps_running()
    assert not window.close() and not window.isVisible()  # hidden into the tray that came
    assert session.is_open


def test_with_no_tray_at_the_moment_closing_quits_even_if_there_was_one(open_session: SessionFactory) -> None:
    window, session = open_session()
    tray = [True]
    presence = DesktopPresence(window, session, tray_available=lambda: tray[0],
                               notifier=RecordingNotifier(), leave=lambda: None)
    presence.keeper.from_desktop = lambda _event: True
    keep_in_tray(session)
    assert presence.keeps_running()
    tray[0] = False  # the panel went away (it crashed, or was taken off)
    assert window.close() and not window.isVisible()  # closed: never hidden with nothing to bring it back


# Offscreen has no tray window for the icon to follow: Qt says so as the icon is made.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_icon_is_made_wherever_a_tray_could_come(open_session: SessionFactory,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the platform could have a tray (not the tests' offscreen one), the icon is made even
    with no tray yet: Qt shows it once one appears. Closing still quits while there is none."""
    assert not desktop_abilities.tray_possible()  # offscreen: no tray, ever
    monkeypatch.setattr(desktop_abilities, "tray_possible", lambda: True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.windowIcon()
    app.setWindowIcon(QIcon(str(resource_path("icons", "trustbridge.svg"))))  # as application.py does
    window, session = open_session()
    try:
        presence = DesktopPresence(window, session, notifier=RecordingNotifier(), leave=lambda: None)
    finally:
        app.setWindowIcon(before)
    assert presence.tray is not None and presence.tray.icon.contextMenu() is presence.menu
    keep_in_tray(session)
    assert presence.keeps_running() is QSystemTrayIcon.isSystemTrayAvailable()


def test_whether_a_reminder_can_show_follows_the_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    tray = [False]
    asked: list[bool] = []

    def portal_bus() -> None:
        asked.append(True)  # no portal here

    monkeypatch.setattr(desktop_abilities, "tray_available", lambda: tray[0])
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(desktop_abilities, "portal_bus", portal_bus)
    assert not desktop_abilities.can_remind()
    tray[0] = True  # the tray came
    assert desktop_abilities.can_remind()
    tray[0] = False  # and went
    assert not desktop_abilities.can_remind()
    assert asked == [True]  # the portal, a D-Bus round trip, was asked once in that minute
