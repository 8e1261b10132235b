"""The welcome on a new journal: shown once, on the first start only, leading to Ownership's first prompt."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal
from app.store.preferences import Preferences, load_preferences, save_preferences
from app.ui.shell.main_window import JOURNAL, TODAY, MainWindow
from app.ui.shell.welcome_page import LOOK, START, WelcomePage
from app.ui.stages.stage_page import StagePage
from tests.ui.conftest import SESSION_PASSPHRASE, SessionFactory, close_window

WAIT_MS = 20_000


def welcome_of(window: MainWindow) -> WelcomePage:
    page = window.welcome.page
    assert page is not None, "the welcome is not up"
    assert window.stack.currentWidget() is page
    return page


def quit_app(window: MainWindow, session: object) -> None:
    """Close the window and its journal, as the app does on its way out."""
    close_window(window)
    journal = session.journal  # type: ignore[attr-defined]
    if journal is not None:
        journal.close()


def focused_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def test_a_new_journal_opens_on_the_welcome_with_the_cursor_on_start(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session()  # a folder with no journal: this start makes it
    assert session.first_start
    welcome = welcome_of(window)
    assert welcome.title_label.text() == "A plan like this is a chance to rebuild trust"
    assert [welcome.stage_labels[stage].text() for stage in Stage] == [
        window._catalogue.guide(stage).summary for stage in Stage  # type: ignore[union-attr]
    ]
    assert window.current_key is None and window.current_page() is None
    assert not any(button.isChecked() for button in window.nav_buttons.values())
    assert all(button.isEnabled() for button in window.nav_buttons.values())
    assert welcome.start_button.hasFocus()
    assert load_preferences(data_dir).welcome_pending  # kept until the person leaves it


def test_start_with_ownership_by_keyboard_opens_its_first_prompt_ready_to_write(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, _session = open_session()
    welcome = welcome_of(window)
    qtbot.keyClick(welcome.start_button, Qt.Key.Key_Return)
    assert window.current_key == Stage.OWNERSHIP.value
    assert window.nav_buttons[Stage.OWNERSHIP.value].isChecked()
    page = window.current_page()
    assert isinstance(page, StagePage)
    assert page.current_index == 0 and page.views.current_index() == 0
    assert page.card.prompt.text() == page.guide.prompts[0].text
    assert focused_in(page.card.editor)
    assert window.welcome.page is None
    assert not load_preferences(data_dir).welcome_pending


def test_look_around_goes_to_today_and_the_welcome_never_comes_back(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session()
    welcome = welcome_of(window)
    welcome.look_button.setFocus()
    qtbot.keyClick(welcome.look_button, Qt.Key.Key_Space)
    assert window.current_key == TODAY and window.welcome.page is None
    assert not load_preferences(data_dir).welcome_pending and not session.preferences.welcome_pending
    quit_app(window, session)
    again, _ = open_session()  # the same, still empty journal, started again
    assert again.welcome.page is None and again.current_key == TODAY


def test_going_anywhere_from_the_sidebar_counts_as_seen(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, _session = open_session()
    welcome_of(window)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == JOURNAL and window.welcome.page is None
    assert not load_preferences(data_dir).welcome_pending


def test_a_first_evening_cut_short_finds_the_welcome_again(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, first = open_session()
    welcome_of(window)
    quit_app(window, first)  # quit from the welcome itself
    again, session = open_session()
    assert not session.first_start
    assert welcome_of(again).start_button.hasFocus()


def test_an_existing_journal_never_sees_it_and_its_settings_are_left_alone(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    Journal.open(data_dir).close()  # made before this start (an earlier version, the command line)
    window, session = open_session()
    assert not session.first_start
    assert window.welcome.page is None and window.current_key == TODAY
    assert not (data_dir / "settings.json").exists()


def test_an_imported_or_used_journal_never_sees_it(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    store = Journal.open(data_dir)
    store.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.IMPORTED, "From my old diary"))
    store.close()
    save_preferences(data_dir, Preferences(welcome_pending=True))  # due, but the journal has words in it
    window, _session = open_session()
    assert window.welcome.page is None and window.current_key == TODAY


def test_the_welcome_stays_while_the_journal_is_encrypted_under_it(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    """The first start's passphrase offer sits over the welcome; encrypting reopens the journal,
    and the welcome is still there for the person to read."""
    window, session = open_session()
    first = welcome_of(window)
    with qtbot.waitSignal(session.encryption_changed, timeout=WAIT_MS):
        session.turn_on_encryption(SESSION_PASSPHRASE)
    qtbot.waitUntil(lambda: session.is_open and window.welcome.page is not None, timeout=WAIT_MS)
    assert window.welcome.page is not first  # a fresh page: nothing of the closed journal kept
    assert welcome_of(window).start_button.hasFocus()
    assert load_preferences(data_dir).welcome_pending


def test_the_welcome_is_named_for_screen_readers_and_tab_goes_from_start_to_look_around(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window, _session = open_session()
    welcome = welcome_of(window)
    assert welcome.accessibleName() == "Welcome" and "rebuild trust" in welcome.accessibleDescription()
    assert welcome.start_button.accessibleName() == START and welcome.start_button.accessibleDescription()
    assert welcome.look_button.accessibleName() == LOOK and welcome.look_button.accessibleDescription()
    assert welcome.start_button.objectName() == "primary"  # the one primary action
    qtbot.keyClick(welcome.start_button, Qt.Key.Key_Tab)
    assert welcome.look_button.hasFocus()
