"""The hide shortcut: everything written leaves the screen at once and comes back where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.ui.privacy.curtain import BACK_TEXT, HIDE_KEYS
from app.ui.today.today_page import TodayPage
from tests.ui.conftest import WindowFactory


def press_hide(qtbot: QtBot, target: object) -> None:
    sequence = QKeySequence(HIDE_KEYS)
    combo = sequence[0]
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())  # type: ignore[arg-type]


def test_the_shortcut_blanks_the_window_and_brings_it_back(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    page = window.current_page()
    assert isinstance(page, TodayPage)
    editor = page.card.editor.text_edit
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "a private sentence")
    press_hide(qtbot, editor)
    assert window.curtain is not None and window.curtain.hidden
    assert not editor.isVisible() and not window.menuBar().isVisible()  # not covered: not painted at all
    show = window.findChild(type(window.curtain._curtain))
    assert show is not None and show.geometry() == window.rect()
    press_hide(qtbot, window.focusWidget() or window)
    assert not window.curtain.hidden and editor.isVisible() and window.menuBar().isVisible()
    qtbot.waitUntil(editor.hasFocus)  # the cursor is back where it was
    assert editor.toPlainText().endswith("a private sentence")


def test_the_button_and_the_menu_do_the_same(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.menu_actions["hide"].trigger()
    assert window.curtain is not None and window.curtain.hidden
    curtain = window.curtain._curtain
    assert curtain is not None and curtain.show_button.accessibleName() == "Back to my journal" == BACK_TEXT
    assert curtain.show_button.text() == curtain.show_button.accessibleName()  # said as it reads
    qtbot.mouseClick(curtain.show_button, Qt.MouseButton.LeftButton)
    assert not window.curtain.hidden
    assert HIDE_KEYS in window.menu_actions["hide"].text()


def test_the_curtain_follows_the_window_size(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.menu_actions["hide"].trigger()
    window.resize(window.width() + 120, window.height() + 40)
    curtain = window.curtain._curtain if window.curtain else None
    assert curtain is not None
    qtbot.waitUntil(lambda: curtain.geometry() == window.rect())
