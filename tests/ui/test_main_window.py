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
