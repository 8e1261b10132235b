"""An earlier stay-or-go sitting, shown read-only below the one being edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.domain.workbench import StayOrGo
from app.i18n import translate
from app.i18n_dates import day_text
from app.ui.translation import when_text
from app.ui.widgets.form_fields import wrapped_label


def plain_label(text: str) -> QLabel:
    """A label for the person's own words: never read as rich text, selectable, wrapped."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def sitting_words(sitting: StayOrGo) -> list[tuple[str, str]]:
    """What was written in a sitting, (heading, words) each, in the order the editor asks."""
    return [(title, text) for title, text in (
        (translate("SittingCard", "Reasons to stay"), sitting.reasons_to_stay),
        (translate("SittingCard", "Reasons to leave"), sitting.reasons_to_leave),
        (translate("SittingCard", "What would have to be true to stay"), sitting.conditions_to_stay),
        (translate("SittingCard", "In your own words"), sitting.reflection),
    ) if text.strip()]


class SittingCard(QFrame):
    """An earlier stay-or-go sitting, read-only."""

    def __init__(self, sitting: StayOrGo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.sitting = sitting
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        when = when_text(sitting.created_at, with_time=False)
        if sitting.decided_on:
            heading = translate("SittingCard", "{when}  ·  {decision}, decided {day}").format(
                when=when, decision=sitting.decision.label, day=day_text(sitting.decided_on))
        else:
            heading = translate("SittingCard", "{when}  ·  {decision}").format(
                when=when, decision=sitting.decision.label)
        layout.addWidget(wrapped_label(heading, "cardHeading"))
        words = sitting_words(sitting)
        for title, text in words:
            layout.addWidget(wrapped_label(title, "muted"))
            layout.addWidget(plain_label(text))
        if not words:
            layout.addWidget(wrapped_label(translate("SittingCard", "Nothing written in this sitting."),
                                           "muted"))
