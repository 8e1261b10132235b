"""What every Settings section is made of: a scrolling page of cards, and, for the sections that
only hold settings, the way a changed control asks to be saved.

A PreferencesPage never saves by itself: it emits change_requested(change), where `change` turns
the saved Preferences into the new ones, and the dialog saves it (SettingsDialog._save) or, if the
disk refuses, puts every control back with show_preferences and says so in the page's message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.store.preferences import Preferences
from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import wrapped_label

Change = Callable[[Preferences], Preferences]


def settings_card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A settings section: a card with its heading."""
    frame, layout = card((20, 18, 20, 18))
    heading = wrapped_label(title, "cardHeading")
    heading.setAccessibleName(title)
    layout.addWidget(heading)
    return frame, layout


def left(widget: QWidget) -> QWidget:
    """A control at its own width on the left (a stretched button or list reads oddly)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return holder


def page_column(body: QWidget) -> QVBoxLayout:
    """The column of cards inside a section's page."""
    body.setObjectName("settingsBody")
    column = QVBoxLayout(body)
    column.setContentsMargins(20, 20, 20, 20)
    column.setSpacing(16)
    return column


def scrolling(scroll: QScrollArea, body: QWidget, name: str) -> QScrollArea:
    """A section's page: its cards scroll up and down, never sideways (their text wraps)."""
    scroll.setObjectName("settingsScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    scroll.setAccessibleName(name)
    return scroll


class PreferencesPage(QScrollArea):
    """A section of settings saved the moment they change.

    Signals: change_requested(change) — a control changed; `change` makes the new Preferences.
    """

    change_requested = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QWidget()
        self.column = page_column(self.body)
        scrolling(self, self.body, name)
        self.message = wrapped_label("", "saveStatus")  # why a setting went back, when it had to
        self.message.setAccessibleName(
            QCoreApplication.translate("PreferencesPage", "Why a setting went back"))
        self.message.hide()

    def finish(self) -> None:
        """After the cards: room below; the message goes on top, where it is seen at once."""
        self.column.insertWidget(0, self.message)
        self.column.addStretch(1)

    def ask(self, change: Change) -> None:
        self.change_requested.emit(change)

    def show_preferences(self, preferences: Preferences) -> None:
        """Show the saved settings without asking to save them again."""
        raise NotImplementedError


def quietly(widgets: list[QWidget], show: Callable[[], None]) -> None:
    """Set controls to what is saved without their change signals (which would save it again)."""
    was = [widget.blockSignals(True) for widget in widgets]
    try:
        show()
    finally:
        for widget, blocked in zip(widgets, was, strict=True):
            widget.blockSignals(blocked)


def note(text: str, name: str = "") -> QLabel:
    """A quiet line of explanation under the controls it is about."""
    label = wrapped_label(text, "muted")
    if name:
        label.setAccessibleName(name)
    return label


class _CheckText(QLabel):
    """A check box's words, wrapped: a click on them ticks the box, as on the box's own text."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)  # its mnemonic moves the focus to the box
        self._fit_box()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_box()

    def _fit_box(self) -> None:
        """The box as tall as a line of the words: its tick sits level with the first line."""
        self._box.setFixedHeight(max(self.fontMetrics().lineSpacing(), self._box.minimumSizeHint().height()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.toggle()
        super().mousePressEvent(event)


def wrapping_check(text: str, name: str) -> tuple[QCheckBox, QWidget]:
    """A check box whose words wrap at any width (a QCheckBox's own text never does): the box, named
    `name`, and the row to lay out."""
    box = QCheckBox()
    box.setAccessibleName(name)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    words = _CheckText(text, box)
    words.setAccessibleName(name)
    layout.addWidget(words, 1)
    return box, row
