"""The privacy curtain: one shortcut blanks the window at once (screen sharing, someone walking by).

It is not a lock: nothing is closed, the journal stays open underneath (what is typed is saved as
the curtain comes down). It only makes sure nothing written is on screen until the person asks for
it back, and puts the cursor back where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

HIDE_KEYS = "Ctrl+Shift+H"
BACK_TEXT = "Back to my journal"  # the way back, said and read the same


class Curtain(QFrame):
    """A plain panel over the whole window: a word, a hint and the way back."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("curtain")
        self.setAccessibleName("Journal hidden")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel("Hidden")
        title.setObjectName("curtainTitle")
        hint = QLabel(f"Nothing you wrote is on screen. When you are ready, press {HIDE_KEYS} or the "
                      "button below.")
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.show_button = QPushButton(BACK_TEXT)
        self.show_button.setAccessibleName(BACK_TEXT)
        self.show_button.setAccessibleDescription(f"Bring back what was on screen ({HIDE_KEYS})")
        from PySide6.QtCore import Qt  # PySide builds every Qt enum on first use: kept off start-up

        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(12)
        for label in (title, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)  # full width, centred: wraps, never clips
            layout.addWidget(label)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()


class PrivacyCurtain(QObject):
    """Adds the hide shortcut to a main window; the curtain itself is built on first use.

    Signal: hiding() — just before the curtain comes down (the window saves what is typed).
    """

    hiding = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._curtain: Curtain | None = None
        self._focus: QWidget | None = None
        self._menu_was_visible = False
        shortcut = QShortcut(QKeySequence(HIDE_KEYS), window)
        shortcut.activated.connect(self.toggle)

    @property
    def hidden(self) -> bool:
        return self._curtain is not None and self._curtain.isVisible()

    def toggle(self) -> None:
        if self.hidden:
            self.reveal()
        else:
            self.hide_all()

    def hide_all(self) -> None:
        self.hiding.emit()
        window = self._window
        if self._curtain is None:
            self._curtain = Curtain(window)
            self._curtain.show_button.clicked.connect(self.reveal)
            window.installEventFilter(self)  # the curtain follows the window's size
        self._focus = window.focusWidget()
        central = window.centralWidget()
        if central is not None:
            central.hide()  # not only covered: nothing written is even painted
        self._menu_was_visible = window.menuBar().isVisible()
        window.menuBar().hide()
        self._curtain.setGeometry(window.rect())
        self._curtain.show()
        self._curtain.raise_()
        self._curtain.show_button.setFocus()

    def reveal(self) -> None:
        window = self._window
        if self._curtain is None:
            return
        self._curtain.hide()
        central = window.centralWidget()
        if central is not None:
            central.show()
        if self._menu_was_visible:
            window.menuBar().show()
        if self._focus is not None:
            self._focus.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self._curtain is not None:
            self._curtain.setGeometry(self._window.rect())
        return False
