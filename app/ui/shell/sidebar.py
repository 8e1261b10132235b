"""The sidebar's layout: the app's name, then a button per place, grouped under small headings.

Layout only: the window connects the buttons and their shortcuts (MainWindow._wire_navigation).
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app import APP_NAME
from app.domain.stages import Stage

TODAY = "today"
JOURNAL = "journal"
SEARCH = "search"
SIDEBAR_WIDTH = 208


class Sidebar(QFrame):
    """`buttons` by page key, in order; `keys` holds each button's shortcut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.keys: dict[str, str] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.setObjectName("sidebar")
        self.setMinimumWidth(SIDEBAR_WIDTH)  # grows with the text size, never clips a name
        side = QVBoxLayout(self)
        side.setContentsMargins(12, 20, 12, 16)
        side.setSpacing(2)
        brand = QLabel(APP_NAME)
        brand.setObjectName("brand")
        side.addWidget(brand)
        side.addWidget(self._button(TODAY, "Today", "Ctrl+T", "Today: tonight's entry and your progress"))
        side.addWidget(_section("STAGES"))
        for stage in Stage:
            side.addWidget(self._button(stage.value, stage.label, f"Ctrl+{stage.number}",
                                        f"Stage {stage.number}: {stage.label}"))
        side.addWidget(_section("LOOK BACK"))
        side.addWidget(self._button(JOURNAL, "Journal", "Ctrl+J", "Journal: every entry, newest first"))
        side.addWidget(self._button(SEARCH, "Search", "Ctrl+F", "Search everything you have written"))
        side.addStretch(1)
        for button in self.buttons.values():
            button.setEnabled(False)

    def _button(self, key: str, text: str, keys: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("navButton")
        button.setCheckable(True)
        button.setAccessibleName(text)
        button.setAccessibleDescription(f"{description} ({keys})")
        button.setToolTip(f"{description} ({keys})")
        self.group.addButton(button)
        self.buttons[key] = button
        self.keys[key] = keys
        return button

    def clear_checked(self) -> None:
        """No place chosen, every button off (the journal closed)."""
        self.uncheck_all()
        for button in self.buttons.values():
            button.setEnabled(False)

    def uncheck_all(self) -> None:
        """No place chosen (the welcome is in view); the buttons still lead anywhere."""
        self.group.setExclusive(False)  # an exclusive group won't let its last button go
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)


def _section(title: str) -> QLabel:
    section = QLabel(title)
    section.setObjectName("sidebarSection")
    return section
