"""One goal of the plan, in full: what success looks like, how it is measured, and by when.

The editor never saves: it says when something changed and hands back the goal as edited, so the
plan tool's one Saver can save it and report failures in one place.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import Clock
from app.domain.workbench import Goal, GoalStatus
from app.ui.widgets.form_fields import TextBox, field_label, make_date_edit, name_parts, pydate, wrapped_label


class MilestoneList(QWidget):
    """Milestone dates, each editable and removable, plus a button to add one.

    Signals: changed() — a date was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits: list[QDateEdit] = []
        self._rows: list[QWidget] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(6)
        self.empty_label = wrapped_label("No milestone dates yet.", "muted")
        self.add_button = QPushButton("Add a milestone")
        self.add_button.setAccessibleName("Add a milestone date")
        self.add_button.clicked.connect(self._add_clicked)
        self._default_next: date = clock.today()
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_row)

    @property
    def date_edits(self) -> list[QDateEdit]:
        return list(self._edits)

    def set_dates(self, dates: tuple[date, ...], default_next: date) -> None:
        """Show these dates; `default_next` is offered when a first milestone is added."""
        self._default_next = default_next
        while self._rows:
            self._remove_row(0, notify=False)
        for day in dates:
            self._append(day)
        self._update_empty()

    def dates(self) -> tuple[date, ...]:
        """Sorted and without repeats: two milestones on one day are one milestone."""
        return tuple(sorted({pydate(edit.date()) for edit in self._edits}))

    def add_milestone(self, day: date | None = None) -> QDateEdit:
        if day is None:
            current = self.dates()
            day = current[-1] + timedelta(days=30) if current else self._default_next
        edit = self._append(day)
        self._update_empty()
        self.changed.emit()
        return edit

    def remove_milestone(self, index: int) -> None:
        self._remove_row(index, notify=True)

    def _add_clicked(self) -> None:
        self.add_milestone().setFocus(Qt.FocusReason.TabFocusReason)

    def _append(self, day: date) -> QDateEdit:
        number = len(self._edits) + 1
        edit = make_date_edit(f"Milestone {number}", day)
        remove = QPushButton("Remove")
        remove.setAccessibleName(f"Remove milestone {number}")
        remove.setToolTip("Remove this milestone date")
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(edit, 1)
        row_layout.addWidget(remove)
        edit.dateChanged.connect(self.changed)
        remove.clicked.connect(lambda _=False, r=row: self._remove_row(self._rows.index(r), notify=True))
        self._edits.append(edit)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        return edit

    def _remove_row(self, index: int, notify: bool) -> None:
        row = self._rows.pop(index)
        self._edits.pop(index)
        had_focus = row.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self._renumber()
        self._update_empty()
        if had_focus:  # keep the keyboard in the list rather than dropping it to the window
            target = self._edits[min(index, len(self._edits) - 1)] if self._edits else self.add_button
            target.setFocus(Qt.FocusReason.TabFocusReason)
        if notify:
            self.changed.emit()

    def _renumber(self) -> None:
        for number, (edit, row) in enumerate(zip(self._edits, self._rows, strict=True), start=1):
            name_parts(edit, f"Milestone {number}")
            button = row.findChild(QPushButton)
            if button is not None:
                button.setAccessibleName(f"Remove milestone {number}")

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self._edits)


class GoalEditor(QWidget):
    """Edits one goal. Signals: edited() — the person changed any field."""

    edited = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._goal: Goal | None = None
        self._loading = False

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("Goal title")
        self.title_edit.setPlaceholderText("A short name for the goal")
        self.success_edit = TextBox(
            "What success looks like", "Picture the goal met: what is different, and who notices?"
        )
        self.measure_edit = TextBox(
            "How it is measured", "The numbers, examples or signs you and your manager agreed on"
        )
        self.milestones = MilestoneList(clock)
        self.status_combo = QComboBox()
        name_parts(self.status_combo, "Goal status")
        for status in GoalStatus:
            self.status_combo.addItem(status.label, status.value)
        self.notes_edit = TextBox("Goal notes", "Anything else worth remembering about this goal")
        milestones_label = wrapped_label("Milestone dates", "fieldLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for label, widget in (
            (field_label("&Title", self.title_edit), self.title_edit),
            (field_label("What &success looks like", self.success_edit), self.success_edit),
            (field_label("How it is &measured", self.measure_edit), self.measure_edit),
            (field_label("Stat&us", self.status_combo), self.status_combo),
        ):
            layout.addWidget(label)
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addWidget(milestones_label)
        layout.addWidget(self.milestones)
        layout.addSpacing(6)
        layout.addWidget(field_label("N&otes", self.notes_edit))
        layout.addWidget(self.notes_edit)
        layout.addStretch(1)  # spare height goes below the form, not into every box

        self.title_edit.textEdited.connect(self._on_edit)
        self.success_edit.textChanged.connect(self._on_edit)
        self.measure_edit.textChanged.connect(self._on_edit)
        self.notes_edit.textChanged.connect(self._on_edit)
        self.status_combo.currentIndexChanged.connect(self._on_edit)
        self.milestones.changed.connect(self._on_edit)
        self.setEnabled(False)

    @property
    def current_uuid(self) -> str | None:
        return self._goal.uuid if self._goal else None

    def set_goal(self, goal: Goal | None, default_next: date | None = None) -> None:
        """Show a goal (or nothing); loading it does not count as an edit."""
        self._goal = goal
        self._loading = True
        try:
            self.title_edit.setText(goal.title if goal else "")
            self.success_edit.setPlainText(goal.success if goal else "")
            self.measure_edit.setPlainText(goal.measure if goal else "")
            self.notes_edit.setPlainText(goal.notes if goal else "")
            status = goal.status if goal else GoalStatus.NOT_STARTED
            self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
            self.milestones.set_dates(goal.milestones if goal else (), default_next or self._clock.today())
        finally:
            self._loading = False
        self.setEnabled(goal is not None)

    def goal(self) -> Goal | None:
        """The goal as it stands on screen (timestamps as loaded; the store sets them)."""
        if self._goal is None:
            return None
        return replace(
            self._goal,
            title=self.title_edit.text().strip(),
            success=self.success_edit.toPlainText(),
            measure=self.measure_edit.toPlainText(),
            milestones=self.milestones.dates(),
            status=GoalStatus(self.status_combo.currentData()),
            notes=self.notes_edit.toPlainText(),
        )

    def accept_saved(self, goal: Goal) -> None:
        """The store's copy of the goal shown here: keep its timestamps, leave the fields alone."""
        if self._goal is not None and goal.uuid == self._goal.uuid:
            self._goal = goal

    def set_position(self, position: int) -> None:
        if self._goal is not None:
            self._goal = replace(self._goal, position=position)

    def _on_edit(self) -> None:
        if not self._loading and self._goal is not None:
            self.edited.emit()
