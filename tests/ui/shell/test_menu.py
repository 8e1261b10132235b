"""The menu bar: File → New entry, Import…, Export ▸ formats, Check-in brief…, Quit.

Built once the journal is open (never at start-up); every action has text, the keys it owns are
not also claimed by a shortcut elsewhere, and each one opens what it says.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.ui.journal.export_dialog import FORMATS, ExportDialog
from app.ui.journal.import_dialog import ImportDialog
from app.ui.shell.main_window import EXPORT_MENU, MainWindow
from tests.ui.conftest import WindowFactory

EXPECTED = {
    "new_entry": "&New entry",
    "import": "&Import…",
    "export:json": "JSON…",
    "export:markdown": "Markdown…",
    "export:markdown-folder": "Markdown folder…",
    "export:html": "HTML…",
    "export:pdf": "PDF…",
    "brief": "Check-in &brief…",
    "backups": "&Backups…",
    "settings": "&Settings…",
    "lock": "&Lock journal",
    "hide": "&Hide what's on screen\tCtrl+Shift+H",
    "quit": "&Quit",
}


def file_menu(window: MainWindow) -> QMenu:
    menus = [action.menu() for action in window.menuBar().actions()]
    found = [menu for menu in menus if isinstance(menu, QMenu) and menu.title() == "&File"]
    assert len(found) == 1
    return found[0]


def test_no_menu_before_the_journal_is_open(qtbot: QtBot, data_dir: object) -> None:
    from pathlib import Path

    window = MainWindow(Path(str(data_dir)))
    qtbot.addWidget(window)
    assert window.menu_actions == {}


def test_the_file_menu_holds_every_action(open_window: WindowFactory) -> None:
    window = open_window()
    assert {key: action.text() for key, action in window.menu_actions.items()} == EXPECTED
    menu = file_menu(window)
    assert menu.accessibleName() == "File"
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["&New entry", "&Import…", "&Export", "Check-in &brief…", "&Backups…", "&Settings…",
                     "&Lock journal", "&Hide what's on screen\tCtrl+Shift+H", "&Quit"]
    export_menu = next(a.menu() for a in menu.actions() if a.text() == "&Export")
    assert isinstance(export_menu, QMenu) and export_menu.accessibleName() == "Export"
    assert [a.text() for a in export_menu.actions()] == [f"{fmt.name}…" for fmt in FORMATS.values()]
    assert window.menu_actions["new_entry"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.menu_actions["quit"].shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)


def test_the_export_menu_matches_the_formats() -> None:
    assert tuple((key, fmt.name) for key, fmt in FORMATS.items()) == EXPORT_MENU


def test_no_key_has_two_owners(open_window: WindowFactory) -> None:
    window = open_window()
    shortcut_keys = [s.key().toString() for s in window.findChildren(QShortcut)]
    actions = window.menu_actions.values()
    action_keys = [a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()]
    everything = shortcut_keys + action_keys
    assert len(everything) == len(set(everything)), everything
    assert "Ctrl+N" in action_keys and "Ctrl+N" not in shortcut_keys


def test_ctrl_n_still_starts_a_new_entry(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.nav_buttons["today"].setFocus()
    qtbot.keyClick(window.nav_buttons["today"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "journal"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen's limits
def test_alt_f_opens_the_file_menu(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    menu = file_menu(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)


def test_import_opens_the_import_dialog(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.menu_actions["import"].trigger()
    dialogs = [d for d in window.open_dialogs if isinstance(d, ImportDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()
    qtbot.waitUntil(lambda: not window.open_dialogs, timeout=3000)


def test_each_export_opens_its_format(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    for key in FORMATS:
        window.menu_actions[f"export:{key}"].trigger()
        dialog = window.open_dialogs[-1]
        assert isinstance(dialog, ExportDialog) and dialog.format.key == key and dialog.isVisible()
        dialog.reject()
    qtbot.waitUntil(lambda: not window.open_dialogs, timeout=3000)


def test_new_entry_from_the_menu(open_window: WindowFactory) -> None:
    window = open_window()
    window.menu_actions["new_entry"].trigger()
    assert window.current_key == "journal"


def test_check_in_brief_opens_the_brief(qtbot: QtBot, open_window: WindowFactory) -> None:
    from app.ui.brief.brief_dialog import BriefDialog

    window = open_window()
    window.menu_actions["brief"].trigger()
    dialogs = [d for d in window.open_dialogs if isinstance(d, BriefDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    qtbot.waitUntil(lambda: dialogs[0].material is not None, timeout=5000)  # its gathering has finished
    dialogs[0].close()
    qtbot.waitUntil(lambda: not window.open_dialogs, timeout=5000)


def test_quit_closes_the_window(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.menu_actions["quit"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_an_import_from_the_menu_shows_up_in_the_journal_in_view(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from pathlib import Path

    from app.ui.journal.journal_page import JournalPage

    window = open_window()
    window.show_page("journal")
    page = window.current_page()
    assert isinstance(page, JournalPage) and page.model.rowCount() == 0
    window.menu_actions["import"].trigger()
    dialog = next(d for d in window.open_dialogs if isinstance(d, ImportDialog))
    dialog.set_path(Path(__file__).resolve().parents[2] / "io" / "fixtures" / "jrnl" / "simple.journal")
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000):
        dialog.import_button.click()
    assert page.model.rowCount() == 2  # the page in view reloaded without being asked
    dialog.close_button.click()


def test_no_page_takes_a_key_the_menu_uses(open_window: WindowFactory) -> None:
    """A page shortcut on the same keys as a menu item makes both ambiguous: neither fires."""
    window = open_window()
    for key in window.page_keys:
        window.show_page(key)
    menu_keys = {action.shortcut().toString() for action in window.menu_actions.values()
                 if not action.shortcut().isEmpty()}
    taken = {shortcut.key().toString() for shortcut in window.findChildren(QShortcut)
             if shortcut.context() != Qt.ShortcutContext.WidgetShortcut}
    assert "Ctrl+L" in menu_keys
    assert menu_keys & taken == set()


def test_settings_and_lock_have_their_keys_on_every_platform(open_window: WindowFactory) -> None:
    window = open_window()
    assert window.menu_actions["settings"].shortcut().toString() == "Ctrl+,"
    assert window.menu_actions["lock"].shortcut().toString() == "Ctrl+L"
