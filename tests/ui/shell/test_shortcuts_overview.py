"""The shortcuts overview (F1, Ctrl+/) and the Help menu: every key the app has is listed, and
nothing is listed that the app does not have; keys read as the platform writes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.domain.stages import Stage
from app.ui.ownership.statement_compare import StatementCompareDialog
from app.ui.shell.command_palette import CommandPalette
from app.ui.shell.main_window import MainWindow
from app.ui.shell.shortcuts_overview import ShortcutsOverview
from app.ui.stages.stage_page import StagePage
from tests.ui.conftest import WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier
NATIVE = QKeySequence.SequenceFormat.NativeText


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def sequences_of(shortcut: QShortcut) -> list[QKeySequence]:
    made: list[QKeySequence] = shortcut.keys()  # a shortcut may answer to several
    return made


def help_menu(window: MainWindow) -> QMenu:
    menus = [action.menu() for action in window.menuBar().actions()]
    found = [menu for menu in menus if isinstance(menu, QMenu) and menu.title() == "&Help"]
    assert len(found) == 1
    return found[0]


def test_f1_opens_the_overview_and_esc_closes_it(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    before = focused()
    qtbot.keyClick(before, Qt.Key.Key_F1)
    overview = window.keyboard.overview
    assert isinstance(overview, ShortcutsOverview) and overview.isVisible()
    assert overview.accessibleName() == "Keyboard shortcuts"
    assert overview.browser.accessibleName() == "Keyboard shortcuts"
    assert overview.browser.accessibleDescription() == "Each key and what it does, in groups"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is overview.browser)
    qtbot.keyClick(overview.browser, Qt.Key.Key_Escape)
    assert not overview.isVisible()
    assert window.keyboard.overview is None


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stacking
def test_ctrl_slash_opens_it_too_and_a_second_press_brings_the_same_one_forward(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    qtbot.keyClick(focused(), Qt.Key.Key_Slash, CTRL)
    overview = window.keyboard.overview
    assert overview is not None and overview.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(focused(), Qt.Key.Key_F1)  # not modal: the window still takes keys meanwhile
    assert window.keyboard.overview is overview
    assert window.findChildren(ShortcutsOverview) == [overview]


def test_the_overview_says_each_key_the_way_the_platform_writes_it(open_window: WindowFactory) -> None:
    window = open_window()
    overview = window.keyboard.show_shortcuts()
    texts = overview.texts()
    assert [title for title, _rows in overview.groups] == [
        "Moving around", "Writing", "Lists", "The stage tools", "The check-in brief", "Privacy",
        "Trustbridge",
    ]
    native = {keys: QKeySequence(keys).toString(NATIVE)
              for keys in ("Ctrl+T", "Ctrl+K", "F1", "Ctrl+/", "Ctrl+L")}
    assert f"{native['Ctrl+T']}: Go to Today" in texts
    for stage in Stage:
        assert f"{QKeySequence(f'Ctrl+{stage.number}').toString(NATIVE)}: Go to {stage.label}" in texts
    assert f"{native['Ctrl+K']}: Find any page, tool, action or entry (command palette)" in texts
    assert f"{native['F1']} / {native['Ctrl+/']}: This list of keys" in texts
    assert f"{native['Ctrl+L']}: Lock the journal until your passphrase is typed" in texts
    shown = overview.browser.toPlainText()
    for text in texts:  # every key and every line is on screen
        keys, words = text.split(": ", 1)
        assert words in shown.replace("\n", " ") or words.split()[0] in shown
        for key in keys.split(" / "):
            assert key in shown


def _every_key_made(window: MainWindow, qtbot: QtBot) -> set[str]:
    """Build every page, tool and dialog that makes a key, and collect the keys they made."""
    for key in window.page_keys:
        window.show_page(key)
        page = window.current_page()
        if isinstance(page, StagePage) and page.tool is not None:
            page.show_view(1)
    workshop = window.page(Stage.OWNERSHIP.value).tool  # type: ignore[attr-defined]
    workshop.draft_edit.setPlainText("I missed two deadlines and I will say so early from now on.")
    assert workshop.rehearse() is not None
    StatementCompareDialog.show_for(workshop, "Before", "old words", "Now", "new words")
    window.open_brief()
    window.keyboard.open_palette()
    made: set[str] = set()
    for shortcut in window.findChildren(QShortcut):
        made.update(keys.toString() for keys in sequences_of(shortcut) if not keys.isEmpty())
    for action in window.findChildren(QAction):
        made.update(keys.toString() for keys in action.shortcuts() if not keys.isEmpty())
    return made


def test_every_key_the_window_makes_is_in_the_overview_and_nothing_else(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    made = _every_key_made(window, qtbot)
    overview = window.keyboard.show_shortcuts()
    listed = {keys.toString() for _title, rows in overview.groups for row in rows for keys in row.keys}
    assert sorted(made - listed) == [], "keys the overview does not list"
    assert sorted(listed - made) == [], "keys the overview lists that nothing makes"
    assert {"Ctrl+K", "F1", "Ctrl+/", "Ctrl+Shift+P", "Ctrl+Shift+H", "Ctrl+L", "Ctrl+N", "Ctrl+E"} <= made


def test_the_help_menu_holds_both_and_each_opens_what_it_says(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    menu = help_menu(window)
    assert menu.accessibleName() == "Help"
    assert [a.text() for a in menu.actions()] == ["&Keyboard shortcuts", "&Command palette…"]
    shortcuts, palette = window.keyboard.actions["shortcuts"], window.keyboard.actions["palette"]
    assert shortcuts.shortcuts() == [QKeySequence("F1"), QKeySequence("Ctrl+/")]
    assert palette.shortcuts() == [QKeySequence("Ctrl+K")]
    menus = [action.menu() for action in window.menuBar().actions()]
    assert [m.title() for m in menus if isinstance(m, QMenu)] == ["&File", "&Help"]
    shortcuts.trigger()
    assert isinstance(window.keyboard.overview, ShortcutsOverview) and window.keyboard.overview.isVisible()
    window.keyboard.overview.reject()
    menu.aboutToShow.emit()  # the menu opening: the palette is there to choose while the journal is open
    assert palette.isEnabled()
    palette.trigger()
    assert isinstance(window.keyboard.palette, CommandPalette) and window.keyboard.palette.isVisible()
    window.keyboard.palette.reject()
    assert window.curtain is not None
    window.curtain.hide_all()
    menu.aboutToShow.emit()
    assert not palette.isEnabled()  # never over the privacy curtain


def test_no_key_of_the_help_menu_has_another_owner(open_window: WindowFactory) -> None:
    window = open_window()
    others = [keys.toString() for s in window.findChildren(QShortcut) for keys in sequences_of(s)]
    others += [a.shortcut().toString() for a in window.menu_actions.values() if not a.shortcut().isEmpty()]
    for keys in ("F1", "Ctrl+/", "Ctrl+K"):
        assert keys not in others
