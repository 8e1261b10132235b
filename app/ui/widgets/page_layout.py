"""The frame every page shares: a scrolling column with a title, so nothing clips at large text.

A page is the one thing that scrolls: what goes on it (a stage's header, its tool) grows to its
natural height inside the page's scroll area, never in a scroll area of its own, so a header
scrolls away with the rest instead of staying put above a second, smaller scrolling window.
To bring something into view, ask the page's scroll area through `bring_into_view`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

PAGE_MARGINS = (40, 32, 40, 32)
MAX_READING_WIDTH = 1100


def enclosing_scroll(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area around `widget`: on a page, the page's own; None if there is none."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def bring_into_view(widget: QWidget, xmargin: int = 50, ymargin: int = 50) -> None:
    """Scroll the page around `widget` so that it shows, with room around it; nothing happens
    where nothing scrolls (a tool on its own, in a test)."""
    scroll = enclosing_scroll(widget)
    if scroll is not None:
        scroll.ensureWidgetVisible(widget, xmargin, ymargin)


class Page(QWidget):
    """A titled, scrollable page. Subclasses add their widgets to `self.body`."""

    def __init__(self, title: str, kicker: str = "", parent: QWidget | None = None, *,
                 scrolling: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.kicker_label = QLabel(kicker)
        self.kicker_label.setObjectName("pageKicker")

        inner = QWidget()
        inner.setObjectName("pageBody")
        inner.setMaximumWidth(MAX_READING_WIDTH)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(*PAGE_MARGINS)
        self.body.setSpacing(14)
        self.body.addWidget(self.kicker_label)
        self.body.addWidget(self.title_label)
        self.kicker_label.setVisible(bool(kicker))  # only once parented: never a window of its own

        holder = QWidget()
        holder.setObjectName("pageBody")
        centring = QHBoxLayout(holder)  # centre a column no wider than is comfortable to read
        centring.setContentsMargins(0, 0, 0, 0)
        centring.addStretch(1)
        centring.addWidget(inner, 100)
        centring.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if scrolling:
            scroll = QScrollArea()
            scroll.setObjectName("pageScroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(holder)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            outer.addWidget(scroll)
        else:
            outer.addWidget(holder)

    def flush(self) -> bool:
        """Save anything pending; pages with editors override this."""
        return True

    def focus_first(self) -> None:
        """Put the keyboard focus where the person will want to type or read first."""
        self.setFocus()

    def refresh(self) -> None:
        """Reload from the journal when the page is shown."""
