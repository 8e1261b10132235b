"""A journal kept in a folder that Dropbox uploads: Today says so once, in words for a plain or an
encrypted journal; "Got it" ends it for good, across a reopen; "Open Settings" leads to encryption.
The look happens after the journal has opened, off the UI thread, never on the way to typing."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.store.journal import Journal
from app.store.preferences import Preferences, load_preferences, save_preferences
from app.ui.data.journal_events import SaveTiming
from app.ui.privacy.settings_dialog import SettingsDialog
from app.ui.shell.main_window import TODAY, MainWindow
from app.ui.shell.session import JournalSession
from app.ui.today.sync_notice import SyncNotice
from app.ui.today.sync_watch import SyncWatch
from app.ui.today.today_page import TodayPage
from tests.ui.conftest import SESSION_PASSPHRASE, SessionFactory, WindowFactory, close_window

WAIT_MS = 20_000
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def data_dir(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The journal's folder inside the temporary home's Dropbox (a `.dropbox` marker, as Dropbox
    keeps one), holding a journal already (a new one would open on the welcome, not Today)."""
    dropbox = home / "Dropbox"
    dropbox.mkdir()
    (dropbox / ".dropbox").write_text('{"tag": "dropbox"}', encoding="utf-8")
    folder = dropbox / "Apps" / "Trustbridge"
    monkeypatch.setenv("TRUSTBRIDGE_DATA_DIR", str(folder))
    Journal.open(folder).close()
    return folder


def today_of(window: MainWindow) -> TodayPage:
    page = window.page(TODAY)
    assert isinstance(page, TodayPage) and window.current_key == TODAY
    return page


def watch_of(page: TodayPage) -> SyncWatch | None:
    return page.findChild(SyncWatch)


def shown_notice(qtbot: QtBot, page: TodayPage) -> SyncNotice:
    watch = watch_of(page)
    assert watch is not None, "Today is not looking"
    qtbot.waitUntil(lambda: watch.looked, timeout=WAIT_MS)
    notice = watch.notice
    assert notice is not None and notice.isVisible(), "no notice shown"
    return notice


def quit_app(window: MainWindow, session: JournalSession) -> None:
    close_window(window)
    QThreadPool.globalInstance().waitForDone()
    if session.journal is not None:
        session.journal.close()


def test_a_plain_journal_in_dropbox_is_told_once_and_never_again_after_got_it(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session()
    page = today_of(window)
    notice = shown_notice(qtbot, page)
    words = notice.text
    assert "Dropbox" in words and "not encrypted" in words and "can read what you write" in words
    assert "turn on encryption in Settings" in words and "--data-dir" in words and str(data_dir) in words
    assert notice.settings_button.isVisible() and notice.got_it_button.isVisible()
    assert page.notices.indexOf(notice) >= 0  # among Today's notices, at the top of the page
    assert notice.accessibleName() == "Your journal's folder is synced by Dropbox"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    notice.got_it_button.setFocus()
    qtbot.keyClick(notice.got_it_button, Qt.Key.Key_Space)  # by keyboard
    assert not notice.isVisible()
    assert load_preferences(data_dir).sync_noted and session.preferences.sync_noted
    assert page.card.editor.text_edit.hasFocus()  # back to tonight's writing

    quit_app(window, session)
    again, _ = open_session()
    page = today_of(again)
    assert watch_of(page) is None and page.findChild(SyncNotice) is None  # not even looked for


def test_unless_dismissed_it_is_said_again_at_the_next_start(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session()
    shown_notice(qtbot, today_of(window))
    quit_app(window, session)
    again, _ = open_session()
    shown_notice(qtbot, today_of(again))
    assert not load_preferences(data_dir).sync_noted


def test_an_encrypted_journal_is_told_what_can_still_be_seen(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window, _session = open_session(encrypted=True)  # the journal in Dropbox, encrypted first
    notice = shown_notice(qtbot, today_of(window))
    words = notice.text
    assert "Dropbox" in words and "is encrypted" in words and "can't be read without your passphrase" in words
    assert "size" in words and "when they change" in words and "not encrypted" not in words
    assert not notice.settings_button.isVisible() and notice.got_it_button.isVisible()


def test_once_encrypted_the_notice_says_so_in_the_encrypted_words(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    """Encryption turned on (what "Open Settings" leads to) reopens the journal under the window:
    Today's notice, not dismissed yet, now says what an encrypted journal's copies still show."""
    window, session = open_session()
    assert "not encrypted" in shown_notice(qtbot, today_of(window)).text
    with qtbot.waitSignal(session.encryption_changed, timeout=WAIT_MS):
        session.turn_on_encryption(SESSION_PASSPHRASE)
    qtbot.waitUntil(lambda: session.is_open and window.current_key == TODAY, timeout=WAIT_MS)
    notice = shown_notice(qtbot, today_of(window))
    assert "is encrypted" in notice.text and not notice.settings_button.isVisible()


def test_open_settings_leads_to_encryption(qtbot: QtBot, open_session: SessionFactory) -> None:
    window, _session = open_session()
    notice = shown_notice(qtbot, today_of(window))
    qtbot.mouseClick(notice.settings_button, Qt.MouseButton.LeftButton)
    dialogs = [dialog for dialog in window.open_dialogs if isinstance(dialog, SettingsDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert notice.isVisible()  # still there until "Got it": the journal may stay plain
    dialogs[0].reject()


def test_a_folder_that_is_not_synced_is_left_in_peace(
    qtbot: QtBot, open_session: SessionFactory, home: Path
) -> None:
    (home / "Dropbox" / ".dropbox").unlink()  # a folder merely called Dropbox: nothing uploads it
    window, _session = open_session()
    page = today_of(window)
    watch = watch_of(page)
    assert watch is not None
    qtbot.waitUntil(lambda: watch.looked, timeout=WAIT_MS)
    assert watch.notice is None and page.findChild(SyncNotice) is None


def test_noted_before_means_no_look_at_all(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    save_preferences(data_dir, Preferences(sync_noted=True))
    window, _session = open_session()
    assert watch_of(today_of(window)) is None


def test_a_window_without_a_session_says_nothing(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()  # no settings to keep "once" in: the app's own window always has them
    assert watch_of(today_of(window)) is None


@pytest.fixture
def early(
    qtbot: QtBot, data_dir: Path, save_timing: SaveTiming
) -> Iterator[tuple[MainWindow, JournalSession]]:
    """The app's own start: Today in the window before the journal has opened."""
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.fill_first_page_later = True
    session = JournalSession(window, data_dir, save_timing=save_timing)
    session.first_page_early = True
    window.show()
    yield window, session
    if window.isVisible():
        window.close()
    QThreadPool.globalInstance().waitForDone()
    session.settle_opening()
    if session.journal is not None:
        session.journal.close()


def test_at_start_up_the_look_waits_for_the_journal(
    qtbot: QtBot, early: tuple[MainWindow, JournalSession]
) -> None:
    window, session = early
    session.start()
    page = today_of(window)
    watch = watch_of(page)
    assert watch is not None and window.journal is not None
    assert not window.journal.is_open and not watch.looked  # Today takes typing; nothing looked at yet
    with qtbot.waitSignal(session.opened, timeout=WAIT_MS):
        pass
    notice = shown_notice(qtbot, page)
    assert "Dropbox" in notice.text


def test_today_loads_neither_the_look_nor_the_notice_before_it_is_needed() -> None:
    probe = ("import sys\nimport app.ui.today.today_page, app.ui.today.sync_watch\n"
             "print(' '.join(m for m in ('app.io.sync_folders', 'app.ui.today.sync_notice', "
             "'app.ui.data.worker', 'xml.etree.ElementTree') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.stdout.split() == []


def test_a_look_that_hangs_on_a_network_folder_never_holds_up_locking(
    qtbot: QtBot, open_session: SessionFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The look runs apart from the workers locking and quitting wait for: a folder on a mount that
    hangs (here, a look that is held until the test lets it go) never freezes the window."""
    import threading

    import app.io.sync_folders as sync_folders

    entered, release = threading.Event(), threading.Event()

    def hung(_path: object, _home: object) -> None:
        entered.set()
        release.wait()

    monkeypatch.setattr(sync_folders, "synced_folder", hung)
    window, session = open_session(encrypted=True)
    page = today_of(window)
    watch = watch_of(page)
    assert watch is not None
    try:
        qtbot.waitUntil(entered.is_set, timeout=WAIT_MS)
        assert QThreadPool.globalInstance().activeThreadCount() == 0  # not among the workers lock waits for
        window.lock_journal()
        qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=WAIT_MS)
        assert not session.is_open and not watch.looked
    finally:
        release.set()
