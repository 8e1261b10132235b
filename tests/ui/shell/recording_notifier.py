"""Our notifier seam for the reminder tests: what would have shown on the desktop."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class RecordingNotifier(QObject):
    clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str, str]] = []

    def show(self, title: str, body: str, target: str) -> None:
        self.shown.append((title, body, target))
