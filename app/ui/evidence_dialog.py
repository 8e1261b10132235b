"""A win for the brag log: what happened, when, and which goal it moves forward.

The same form serves the plan's Evidence section and the Journal page ("Add as evidence"), so a
win noted in an evening entry lands in the plan exactly like one added there.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.workbench import Evidence, Goal

PLAN_IN_GENERAL = "The plan in general"
DATE_FORMAT = "ddd d MMM yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def goal_title(goal: Goal) -> str:
    return goal.title.strip() or "Untitled goal"


_CALENDAR_PARTS = {
    "qt_calendar_prevmonth": "Previous month",
    "qt_calendar_nextmonth": "Next month",
    "qt_calendar_monthbutton": "Choose the month",
    "qt_calendar_yearbutton": "Choose the year",
    "qt_calendar_yearedit": "Year",
    "qt_tableview_cornerbutton": "Corner",
}


def name_parts(widget: QWidget, name: str) -> None:
    """Name a control and the controls Qt builds inside it, which a screen reader meets too."""
    widget.setAccessibleName(name)
    if isinstance(widget, QComboBox):
        widget.view().setAccessibleName(f"{name}, choices")
    if isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QLineEdit, "qt_spinbox_lineedit")
        if inner is not None:
            inner.setAccessibleName(name)
    if isinstance(widget, QDateEdit) and widget.calendarPopup():
        calendar = widget.calendarWidget()
        calendar.setAccessibleName(f"{name}, calendar")
        for part in calendar.findChildren(QWidget):
            label = _CALENDAR_PARTS.get(part.objectName())
            if label is not None:
                name_parts(part, label)
            elif isinstance(part, QTableView):
                part.setAccessibleName(f"{name}, days of the month")
                part.horizontalHeader().setAccessibleName("Days of the week")
                part.verticalHeader().setAccessibleName("Weeks")
            elif isinstance(part, QToolButton) and not part.accessibleName():
                part.setAccessibleName(part.toolTip() or "Calendar control")


class TextBox(QPlainTextEdit):
    """A plain-text field a few lines tall at any text size; Tab moves on, as in the rest of a form."""

    def __init__(self, name: str, placeholder: str = "", lines: int = 4,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        document_margin = 2 * int(self.document().documentMargin())
        text_height: int = self.fontMetrics().lineSpacing() * lines
        return text_height + margins.top() + margins.bottom() + document_margin + 4

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(self._lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(min(self._lines, 2)))


def make_date_edit(name: str, day: date) -> QDateEdit:
    """A date field with a calendar popup, readable from a screen reader and the keyboard."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    name_parts(edit, name)
    return edit


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A wrapped label above its field; its mnemonic moves the focus there."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    return label


class EvidenceForm(QWidget):
    """The fields of one piece of evidence, without any buttons.

    Signals: changed() — the person edited a field.
    """

    changed = Signal()

    def __init__(self, goals: Sequence[Goal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_combo = QComboBox()
        name_parts(self.goal_combo, "Which goal this moves forward")
        self.goal_combo.addItem(PLAN_IN_GENERAL, None)
        for goal in goals:
            self.goal_combo.addItem(goal_title(goal), goal.uuid)
        self.date_edit = make_date_edit("When it happened", date.today())
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
    works from the plan and from any journal entry.
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
    ) -> None:
        super().__init__(parent)
        self._existing = existing
        self._entry_uuid = existing.entry_uuid if existing else entry_uuid
        editing = existing is not None
        title = "Change this win" if editing else "Add to your brag log"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)

        intro = QLabel(
            "Write down what went well while it is fresh. At your next check-in, these notes "
            "help you show progress with examples rather than impressions."
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.from_entry_label = QLabel("Taken from one of your journal entries.")
        self.from_entry_label.setObjectName("muted")
        self.from_entry_label.setWordWrap(True)
        self.from_entry_label.setVisible(self._entry_uuid is not None)
        self.form = EvidenceForm(goals)
        if existing is not None:
            self.form.set_values(existing.text, existing.goal_uuid, existing.happened_on)
        else:
            self.form.set_values(text, goal_uuid, date.today())
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
        return self.form.evidence(str(uuid.uuid4()), self._entry_uuid, datetime.now(UTC))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        goals: Sequence[Goal],
        text: str = "",
        entry_uuid: str | None = None,
    ) -> tuple[Evidence | None, bool]:
        """Ask for one new piece of evidence; (None, False) when the person cancels."""
        dialog = cls(parent, goals, text, entry_uuid)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted.value:
                return None, False
            result = dialog.evidence()
            return result, result is not None
        finally:
            dialog.deleteLater()
