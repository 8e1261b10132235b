"""A win for the brag log: what happened, when, and which goal it moves forward.

The same form serves the plan's Evidence section and the Journal page ("Add as evidence"), so a
win noted in an evening entry lands in the plan exactly like one added there.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import Clock, SystemClock
from app.domain.workbench import Evidence, Goal
from app.ui.widgets.form_fields import (
    TextBox,
    field_label,
    goal_title,
    make_date_edit,
    name_parts,
    pydate,
    qdate,
    wrapped_label,
)

PLAN_IN_GENERAL = "The plan in general"


class EvidenceForm(QWidget):
    """The fields of one piece of evidence, without any buttons.

    Signals: changed() — the person edited a field.
    """

    changed = Signal()

    def __init__(self, goals: Sequence[Goal], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_combo = QComboBox()
        name_parts(self.goal_combo, "Which goal this moves forward")
        self.goal_combo.addItem(PLAN_IN_GENERAL, None)
        for goal in goals:
            self.goal_combo.addItem(goal_title(goal), goal.uuid)
        self.date_edit = make_date_edit("When it happened", today)
        self.text_edit = TextBox(
            "What happened", "Say it plainly: what you did, and what came of it. Small steps count.", 5
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(field_label("&What happened", self.text_edit))
        layout.addWidget(self.text_edit, 1)
        layout.addSpacing(4)
        layout.addWidget(field_label("&Goal it moves forward", self.goal_combo))
        layout.addWidget(self.goal_combo)
        layout.addSpacing(4)
        layout.addWidget(field_label("W&hen", self.date_edit))
        layout.addWidget(self.date_edit)

        self.goal_combo.currentIndexChanged.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.text_edit.textChanged.connect(self.changed)

    def set_values(self, text: str, goal_uuid: str | None, happened_on: date) -> None:
        self.text_edit.setPlainText(text)
        index = self.goal_combo.findData(goal_uuid)
        self.goal_combo.setCurrentIndex(max(index, 0))
        self.date_edit.setDate(qdate(happened_on))

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def goal_uuid(self) -> str | None:
        value = self.goal_combo.currentData()
        return value if isinstance(value, str) else None

    def happened_on(self) -> date:
        return pydate(self.date_edit.date())

    def is_complete(self) -> bool:
        return bool(self.text().strip())

    def evidence(self, uuid_: str, entry_uuid: str | None, created_at: datetime) -> Evidence:
        return Evidence(
            uuid=uuid_,
            goal_uuid=self.goal_uuid(),
            happened_on=self.happened_on(),
            text=self.text().strip(),
            entry_uuid=entry_uuid,
            created_at=created_at,
        )


class EvidenceDialog(QDialog):
    """Add a win to the brag log, or change one already there.

    The dialog only gathers the values; whoever opened it saves the result, so the same dialog
    works from the plan and from any journal entry. `clock` gives today and the moment a new win
    is recorded (the computer's clock when None).
    """

    def __init__(
        self,
        parent: QWidget | None,
        goals: Sequence[Goal],
        text: str = "",
        entry_uuid: str | None = None,
        *,
        goal_uuid: str | None = None,
        existing: Evidence | None = None,
        happened_on: date | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock: Clock = clock or SystemClock()
        self._existing = existing
        self._entry_uuid = existing.entry_uuid if existing else entry_uuid
        editing = existing is not None
        title = "Change this win" if editing else "Add to your brag log"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)

        intro = wrapped_label(
            "Write down what went well while it is fresh. At your next check-in, these notes "
            "help you show progress with examples rather than impressions.", "muted"
        )
        self.from_entry_label = wrapped_label("Taken from one of your journal entries.", "muted")
        self.from_entry_label.setVisible(self._entry_uuid is not None)
        self.form = EvidenceForm(goals, self._clock.today())
        if existing is not None:
            self.form.set_values(existing.text, existing.goal_uuid, existing.happened_on)
        else:
            self.form.set_values(text, goal_uuid, happened_on or self._clock.today())
        if not goals:
            self.form.goal_combo.setToolTip("Add goals to your plan to link wins to them")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton("Save changes" if editing else "Add to the log")
        self.ok_button.setObjectName("primary")
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.from_entry_label)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

        self.form.changed.connect(self._update_ok)
        self._update_ok()
        self.form.text_edit.setFocus()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.form.is_complete())

    def accept(self) -> None:
        """Only a win with words in it is worth keeping; an empty form stays open."""
        if not self.form.is_complete():
            self.form.text_edit.setFocus()
            return
        super().accept()

    def evidence(self) -> Evidence | None:
        """The evidence as filled in, or None while the text is empty."""
        if not self.form.is_complete():
            return None
        if self._existing is not None:
            return self.form.evidence(self._existing.uuid, self._entry_uuid, self._existing.created_at)
        return self.form.evidence(str(uuid.uuid4()), self._entry_uuid, self._clock.now())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        goals: Sequence[Goal],
        text: str = "",
        entry_uuid: str | None = None,
        *,
        happened_on: date | None = None,
        clock: Clock | None = None,
    ) -> tuple[Evidence | None, bool]:
        """Ask for one new piece of evidence; (None, False) when the person cancels.

        `happened_on` is the date it starts with (today when None): a win taken from an older
        journal entry happened the day that entry was written.
        """
        dialog = cls(parent, goals, text, entry_uuid, happened_on=happened_on, clock=clock)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted.value:
                return None, False
            result = dialog.evidence()
            return result, result is not None
        finally:
            dialog.deleteLater()
