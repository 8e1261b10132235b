"""The Help menu greys "Command palette…" while the journal is locked or behind the privacy curtain;
once the menu closes Ctrl+K works again as soon as the journal is back on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.ui.shell.command_palette import CommandPalette
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import SessionFactory, WindowFactory, unlock


def look_at_help(window: MainWindow) -> bool:
    """The Help menu opening and closing again, as a person glancing at it (the signals a shown
    and closed QMenu emits: a real popup grabs the keyboard, which the offscreen platform can't);
    whether the palette's item was there to choose while the menu was open."""
    action = window.keyboard.actions["palette"]
    menu = action.parent()
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    enabled = action.isEnabled()
    menu.aboutToHide.emit()
    return enabled


def press_ctrl_k(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_k_opens_the_palette_after_help_was_looked_at_while_locked(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window, session = open_session(encrypted=True)
    assert session.lock()
    qtbot.waitUntil(lambda: window.unlock_page is not None)
    assert not look_at_help(window)  # greyed while locked
    unlock(qtbot, window)
    assert window.journal is not None
    press_ctrl_k(qtbot, window)
    assert isinstance(window.keyboard.palette, CommandPalette) and window.keyboard.palette.isVisible()


def test_ctrl_k_opens_the_palette_after_help_was_looked_at_behind_the_curtain(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    curtain = window.curtain
    assert curtain is not None
    curtain.hide_all()
    assert not look_at_help(window)  # greyed over the curtain
    press_ctrl_k(qtbot, window)
    assert window.keyboard.palette is None  # still nothing of the journal over the curtain
    curtain.reveal()
    press_ctrl_k(qtbot, window)
    assert isinstance(window.keyboard.palette, CommandPalette) and window.keyboard.palette.isVisible()
