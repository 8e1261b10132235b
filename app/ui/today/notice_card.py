"""The shape every notice on Today shares: a heading, a line of help, and its buttons (one, or a
choice such as "Turn on" / "No thanks")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import wrapped_label


class NoticeCard(QWidget):
    """Subclasses fill `text_label` and `hint_label`, connect `button`, and hide themselves when
    there is nothing to say."""

    def __init__(self, heading: str, hint: str, button: QPushButton, name: str,
                 parent: QWidget | None = None, *, more: Sequence[QPushButton] = ()) -> None:
        super().__init__(parent)
        frame, column = card((20, 14, 20, 14), spacing=6)
        self.text_label: QLabel = wrapped_label(heading, "cardHeading")
        self.hint_label: QLabel = wrapped_label(hint, "muted")
        self.button = button
        row = QHBoxLayout()
        row.setSpacing(8)
        for each in (button, *more):
            row.addWidget(each)
        row.addStretch(1)
        column.addWidget(self.text_label)
        column.addWidget(self.hint_label)
        column.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.setAccessibleName(name)
