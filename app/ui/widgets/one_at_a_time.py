"""Several views in one place, one on screen at a time, the others hidden.

Unlike a QStackedWidget, which is as tall as its tallest page, this is as tall as the view on
screen: a short view inside a scrolling page leaves no long empty space below it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class OneAtATime(QWidget):
    """Signals: current_changed(int index)."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._views: list[QWidget] = []
        self._index = 0

    def add(self, view: QWidget) -> int:
        self._layout.addWidget(view)
        view.setVisible(not self._views)
        self._views.append(view)
        return len(self._views) - 1

    def count(self) -> int:
        return len(self._views)

    def current_index(self) -> int:
        return self._index

    def current_widget(self) -> QWidget:
        return self._views[self._index]

    def set_current_index(self, index: int) -> None:
        if not 0 <= index < len(self._views) or index == self._index:
            return
        self._index = index
        for position, view in enumerate(self._views):
            view.setVisible(position == index)
        self.current_changed.emit(index)

    def set_current_widget(self, view: QWidget) -> None:
        self.set_current_index(self._views.index(view))
