"""A card alone in the middle of a page (unlock, damaged journal), scrolling when text is large."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.ui.widgets.flow_layout import card


def page_card(max_width: int) -> tuple[QFrame, QVBoxLayout]:
    """The card such a page holds: a reading width at most, narrowing with the window."""
    frame, inside = card((28, 28, 28, 28))
    frame.setMaximumWidth(max_width)
    frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return frame, inside


def centre_card(page: QWidget, card: QFrame) -> QScrollArea:
    """Lay `card` out in the middle of `page`, a little above centre; returns the scroll area.

    No alignment flags around the card: an aligned widget is held to its size hint, and its
    word-wrapped labels would be cut short instead of growing taller. At 200 % text the card can
    be taller than the window, hence the scroll area.
    """
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 6)
    row.addStretch(1)
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(32, 32, 32, 32)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    scroll = QScrollArea(page)
    scroll.setObjectName("pageScroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
