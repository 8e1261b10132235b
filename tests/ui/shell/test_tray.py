"""The tray's quick actions, where a clicked reminder leads, keeping running in the tray, and the
login entry, on a real window and session.

No platform Qt tests on has a system tray (offscreen has none, nor has xvfb-run), so the tray's
logic is driven as if there were one (`tray_available=True`, which makes no icon) and a
notification is caught by our own notifier seam; the icon itself is only made on a real desktop.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.domain.records import EntryKind
from app.domain.stages import Stage
from app.io import autostart
from app.ui.shell.desktop_presence import DesktopPresence
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import JournalSession
from app.ui.shell.sidebar import TODAY
from app.ui.today.today_page import TodayPage
from tests.ui.conftest import MessageLog, SessionFactory, unlock
from tests.ui.shell.recording_notifier import RecordingNotifier

# The offscreen platform can't raise a window; bringing it forward asks anyway.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture(autouse=True)
def _quit_when_last_window_closes() -> object:
    """The keeper turns this off while the window is hidden; each test starts as the app does."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)
    yield None
    app.setQuitOnLastWindowClosed(True)


LEFT: list[bool] = []


def present(window: MainWindow, session: JournalSession, *, tray: bool = True) -> tuple[DesktopPresence,
                                                                                          RecordingNotifier]:
    """As application.py makes it, with a tray as if the desktop had one; the app's exit is
    recorded (a real exit would end every event loop the rest of the tests start)."""
    notifier = RecordingNotifier()
    LEFT.clear()
    presence = DesktopPresence(window, session, tray_available=tray, notifier=notifier,
                               leave=lambda: LEFT.append(True))
    return presence, notifier


def keep_in_tray(session: JournalSession, on: bool = True) -> None:
    session.set_preferences(session.preferences.with_changes(keep_in_tray=on))


def test_without_a_tray_here_no_icon_is_made(open_session: SessionFactory) -> None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this desktop has a tray: the icon would be made")
    window, session = open_session()
    presence = DesktopPresence(window, session, notifier=RecordingNotifier(), leave=lambda: None)
    assert presence.tray is None and not presence.tray_available
    keep_in_tray(session)
    assert not presence.keeps_running()  # nothing to keep it in: closing quits


def test_the_menu_is_named_and_every_item_says_what_it_does(open_session: SessionFactory) -> None:
    window, session = open_session()
    presence, _ = present(window, session)
    menu = presence.menu
    assert menu.accessibleName() == "Trustbridge quick actions"
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Tonight's entry", "Mood check-in", "Lock journal", "Hide window", "Quit Trustbridge"]
    assert all(action.statusTip() for action in menu.actions_by_key.values())
    assert menu.actions_by_key["lock"].isEnabled()


def test_lock_on_a_plain_journal_says_what_the_window_says(open_session: SessionFactory,
                                                           message_log: MessageLog) -> None:
    window, session = open_session()
    presence, _ = present(window, session)
    presence.menu.actions_by_key["lock"].trigger()
    assert message_log.names() == ["confirm"]  # "Locking needs a passphrase", with Settings offered
    assert session.is_open


def test_tonights_entry_opens_today_on_the_evening_prompt_ready_to_write(
    qtbot: QtBot, open_session: SessionFactory,
) -> None:
    window, session = open_session()
    presence, _ = present(window, session)
    window.open_tool(Stage.EXPECTATIONS.value)
    today = window.page(TODAY)
    assert isinstance(today, TodayPage)
    today.set_mode(EntryKind.FREE)
    presence.menu.actions_by_key["tonight"].trigger()
    assert window.current_key == TODAY and today.mode is EntryKind.EVENING
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.card.editor.text_edit)


def test_mood_check_in_opens_the_feelings_check_in(open_session: SessionFactory) -> None:
    window, session = open_session()
    presence, _ = present(window, session)
    presence.menu.actions_by_key["mood"].trigger()
    assert window.current_key == Stage.FEELINGS.value
    tool = window.page(Stage.FEELINGS.value).tool  # type: ignore[attr-defined]
    assert tool.current_section == "checkin" and tool.checkin.isVisible()


def test_hide_and_show_from_the_tray_save_first(qtbot: QtBot, open_session: SessionFactory) -> None:
    window, session = open_session()
    presence, _ = present(window, session)
    today = window.page(TODAY)
    assert isinstance(today, TodayPage)
    qtbot.keyClicks(today.card.editor.text_edit, "kept while hidden")
    presence.menu.actions_by_key["window"].trigger()
    assert not window.isVisible()
    assert session.journal is not None and session.observed is not None
    entry = session.journal.entry_for_day(EntryKind.EVENING, session.observed.clock.today())
    assert entry is not None and "kept while hidden" in entry.body  # saved as it hid
    presence.menu.aboutToShow.emit()
    assert presence.menu.actions_by_key["window"].text() == "Show window"
    presence.menu.actions_by_key["window"].trigger()
    assert window.isVisible()
    assert presence.menu.actions_by_key["window"].text() == "Hide window"


def test_with_keep_in_tray_closing_from_the_desktop_hides_and_saves(qtbot: QtBot,
                                                                   open_session: SessionFactory) -> None:
    window, session = open_session()
    presence, notifier = present(window, session)
    presence.keeper.from_desktop = lambda _event: True  # as the window's close button sends it
    keep_in_tray(session)
    today = window.page(TODAY)
    assert isinstance(today, TodayPage)
    qtbot.keyClicks(today.card.editor.text_edit, "still here")
    assert not window.close()  # not closed: hidden
    assert not window.isVisible()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and not app.quitOnLastWindowClosed()
    assert session.is_open  # the journal stays open: reminders, tonight's entry, all still there
    assert session.journal is not None and session.observed is not None
    entry = session.journal.entry_for_day(EntryKind.EVENING, session.observed.clock.today())
    assert entry is not None and entry.body == "still here"  # saved before it hid
    assert notifier.shown == [("Trustbridge is still running", "Your reminders will still come. To quit, "
                               "choose Quit Trustbridge in this icon's menu.", "")]
    presence.show_or_hide()
    assert window.isVisible() and app.quitOnLastWindowClosed()
    assert not window.close() and len(notifier.shown) == 1  # said once a run


def test_without_keep_in_tray_closing_from_the_desktop_closes(open_session: SessionFactory) -> None:
    window, session = open_session()
    presence, _ = present(window, session)
    presence.keeper.from_desktop = lambda _event: True
    assert not presence.keeps_running()
    assert window.close()


def test_file_quit_and_the_trays_quit_really_quit_even_when_kept_in_the_tray(open_session: SessionFactory,
                                                                            qtbot: QtBot) -> None:
    window, session = open_session()
    presence, _ = present(window, session)
    keep_in_tray(session)
    assert presence.keeps_running()
    window.menu_actions["quit"].trigger()  # File → Quit closes from inside the app: not from the desktop
    assert not window.isVisible()
    window.show()
    assert not LEFT  # File → Quit's own way out: the window closed, the app's loop ends by itself
    presence.menu.actions_by_key["quit"].trigger()
    assert not window.isVisible() and LEFT == [True]  # then application.py closes the session


def test_a_clicked_reminder_leads_to_its_place(qtbot: QtBot, open_session: SessionFactory) -> None:
    window, session = open_session()
    _, notifier = present(window, session)
    window.go_to(Stage.FEELINGS.value)
    notifier.clicked.emit("evening")
    assert window.current_key == TODAY
    notifier.clicked.emit("statement-day")
    assert window.current_key == Stage.OWNERSHIP.value
    notifier.clicked.emit("checkin-eve")
    assert window.current_key == Stage.CHECKINS.value
    tool = window.page(Stage.CHECKINS.value).tool  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tool.brief_dialog is not None and tool.brief_dialog.isVisible())
    tool.brief_dialog.close()


def test_a_reminder_clicked_while_locked_opens_its_place_once_unlocked(qtbot: QtBot,
                                                                       open_session: SessionFactory) -> None:
    window, session = open_session(encrypted=True)
    presence, notifier = present(window, session)
    window.go_to(Stage.FEELINGS.value)
    assert presence.menu.actions_by_key["lock"].isEnabled()
    presence.menu.actions_by_key["lock"].trigger()
    qtbot.waitUntil(lambda: window.unlock_page is not None)
    notifier.clicked.emit("evening")
    assert presence.places.waiting == "evening" and window.isVisible()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.current_key == TODAY)
    assert presence.places.waiting is None


def test_reminders_follow_the_settings(open_session: SessionFactory) -> None:
    window, session = open_session()
    presence, _ = present(window, session)
    assert not presence.timer.waiting  # all off until the person turns one on
    session.set_preferences(session.preferences.with_changes(reminder_evening=True))
    assert presence.timer.waiting and presence.timer.next_at is not None
    session.set_preferences(session.preferences.with_changes(reminder_evening=False))
    assert not presence.timer.waiting


def test_start_at_login_writes_and_removes_the_entry(open_session: SessionFactory, tmp_path: Path) -> None:
    if not autostart.SUPPORTED:
        pytest.skip("starting at login is only done the freedesktop way (Linux and the BSDs)")
    window, session = open_session()
    present(window, session)
    entry = autostart.autostart_path()
    assert entry.is_relative_to(tmp_path)  # the test's own XDG_CONFIG_HOME
    session.set_preferences(session.preferences.with_changes(start_at_login=True))
    assert autostart.starts_at_login()
    assert f"--data-dir {session.data_dir}" in entry.read_text(encoding="utf-8")
    session.set_preferences(session.preferences.with_changes(start_at_login=False))
    assert not entry.exists()


def test_a_reminder_clicked_while_hidden_in_the_tray_brings_the_window_back(
    open_session: SessionFactory,
) -> None:
    window, session = open_session()
    presence, notifier = present(window, session)
    presence.keeper.from_desktop = lambda _event: True
    keep_in_tray(session)
    assert not window.close() and not window.isVisible()
    notifier.clicked.emit("evening")
    assert window.isVisible() and window.current_key == TODAY
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.quitOnLastWindowClosed()  # File → Quit quits again


def test_where_nothing_can_show_a_reminder_settings_can_say_so() -> None:
    from app.ui.widgets.desktop_abilities import NO_NOTIFICATIONS, notifications_available, tray_available

    if notifications_available():
        pytest.skip("this desktop can show notifications")
    assert not tray_available() or not QSystemTrayIcon.supportsMessages()
    assert "tray icon or a notification service" in NO_NOTIFICATIONS


def test_the_real_icon_where_the_desktop_has_a_tray(open_session: SessionFactory) -> None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("no system tray here (offscreen and xvfb have none): the icon itself needs a desktop")
    window, session = open_session()
    presence = DesktopPresence(window, session, leave=lambda: None)
    assert presence.tray is not None and presence.tray.icon.isVisible()
    assert presence.tray.icon.contextMenu() is presence.menu
