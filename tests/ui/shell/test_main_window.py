"""The window itself: pages built on first use, and nothing ever flashing up as a stray window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import WindowFactory


class _ShownWindows(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


def test_pages_are_built_on_first_use_without_stray_windows(open_window: WindowFactory) -> None:
    window = open_window()
    assert list(window.pages) == ["today"]
    spy = _ShownWindows()
    QApplication.instance().installEventFilter(spy)  # type: ignore[union-attr]
    try:
        for key in window.page_keys:
            window.show_page(key)
    finally:
        QApplication.instance().removeEventFilter(spy)  # type: ignore[union-attr]
    assert spy.shown == []
    assert list(window.pages) == window.page_keys
    assert window.isActiveWindow()


def test_ctrl_f_opens_search_with_the_cursor_in_the_query(qtbot: object, open_window: WindowFactory) -> None:
    from PySide6.QtCore import Qt
    from pytestqt.qtbot import QtBot

    assert isinstance(qtbot, QtBot)
    window = open_window()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "search"
    assert window.nav_buttons["search"].text() == "Search"
    assert QApplication.focusWidget() is window.page("search").query_edit  # type: ignore[attr-defined]
