"""Starting points: the three kinds of ownership as sentences to insert into the draft and make
one's own. The texts live in resources/statement_starters.toml; this card only offers them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.domain.statement_starters import Starter
from app.i18n import translate
from app.ui.widgets.form_fields import wrapped_label
from app.workbench_catalogue import load_starters

__all__ = ["StartersCard", "load_starters"]  # the starters in the language spoken


class StartersCard(QFrame):
    """A button per starter with a line saying when it fits.

    Signal: chosen(Starter) — the person asked for this starter in the draft.
    """

    chosen = Signal(object)

    def __init__(self, starters: Sequence[Starter], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        layout.addWidget(wrapped_label(translate("StartersCard", "Starting points"), "cardHeading"))
        layout.addWidget(wrapped_label(translate("StartersCard", "Not sure how to begin? Each puts a few "
                                                                 "sentences where your cursor is in the "
                                                                 "draft. Fill in the … and change anything "
                                                                 "that is not quite you."), "muted"))
        self.buttons: dict[str, QPushButton] = {}
        for starter in starters:
            button = QPushButton(starter.title)
            button.setAccessibleName(translate("StartersCard", "Insert the starting point “{title}”").format(
                title=starter.title))
            button.setAccessibleDescription(starter.when)
            button.setToolTip(starter.text)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, s=starter: self.chosen.emit(s))
            layout.addSpacing(4)
            layout.addWidget(button)
            layout.addWidget(wrapped_label(starter.when, "muted"))
            self.buttons[starter.key] = button
