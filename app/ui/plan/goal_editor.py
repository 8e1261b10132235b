"""One goal of the plan, in full: what success looks like, how it is measured, and by when: each
milestone with what success looks like then and how it stands.

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
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import Clock
from app.domain.workbench import Goal, GoalMilestone, GoalStatus
from app.i18n import translate
from app.ui.widgets.flow_layout import WrappingRow, card
from app.ui.widgets.form_fields import TextBox, field_label, make_date_edit, name_parts, pydate, wrapped_label


class MilestoneRow(QWidget):
    """One milestone: its date, how it stands, and what success looks like by then.

    Signals: changed() — the person edited it; remove_requested().
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, milestone: GoalMilestone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = make_date_edit("", milestone.due_on)
        self.status_combo = QComboBox()
        for status in GoalStatus:
            self.status_combo.addItem(status.label, status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(milestone.status.value))
        self.status_combo.setToolTip(translate("GoalEditor", "How this milestone stands"))
        self.remove_button = QPushButton(translate("GoalEditor", "Remove"))
        self.remove_button.setToolTip(translate("GoalEditor", "Remove this milestone"))
        self.success_edit = TextBox("", translate("GoalEditor", "What is true by this date if it goes well?"),
                                    2)
        self.success_edit.setPlainText(milestone.success)
        self.success_label = QLabel(translate("GoalEditor", "What success looks like then"))
        self.success_label.setWordWrap(True)
        self.success_label.setBuddy(self.success_edit)

        frame, inner = card((12, 10, 12, 10), spacing=6)
        inner.addWidget(WrappingRow([self.date_edit, self.status_combo, self.remove_button]))
        inner.addWidget(self.success_label)
        inner.addWidget(self.success_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)

        self.date_edit.dateChanged.connect(self.changed)
        self.status_combo.currentIndexChanged.connect(self.changed)
        self.success_edit.textChanged.connect(self.changed)
        self.remove_button.clicked.connect(self.remove_requested)

    def set_number(self, number: int) -> None:
        """Names a screen reader says: "Milestone 2: date", "Milestone 2: status", …"""
        name_parts(self.date_edit, translate("GoalEditor", "Milestone {number}: date").format(number=number))
        name_parts(self.status_combo, translate("GoalEditor",
                                                "Milestone {number}: status").format(number=number))
        self.remove_button.setAccessibleName(translate("GoalEditor",
                                                       "Remove milestone {number}").format(number=number))
        self.success_edit.setAccessibleName(translate("GoalEditor", "Milestone {number}: what success "
                                                                    "looks like then").format(number=number))

    def milestone(self) -> GoalMilestone:
        return GoalMilestone(
            due_on=pydate(self.date_edit.date()),
            success=self.success_edit.toPlainText(),
            status=GoalStatus(self.status_combo.currentData()),
        )


class MilestoneList(QWidget):
    """A goal's milestones, each with its date, status and what success looks like then; each can
    be removed, and a button adds one.

    Signals: changed() — a milestone was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MilestoneRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(8)
        self.empty_label = wrapped_label(translate("GoalEditor", "No milestones yet."), "muted")
        self.add_button = QPushButton(translate("GoalEditor", "Add a milestone"))
        self.add_button.setAccessibleName(translate("GoalEditor", "Add a milestone"))
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
        return [row.date_edit for row in self.rows]

    def set_milestones(self, milestones: tuple[GoalMilestone, ...], default_next: date) -> None:
        """Show these milestones; `default_next` is offered when a first milestone is added."""
        self._default_next = default_next
        while self.rows:
            self._remove_row(0, notify=False)
        for milestone in milestones:
            self._append(milestone)
        self._update_empty()

    def set_dates(self, dates: tuple[date, ...], default_next: date) -> None:
        """Show milestones on these dates, with nothing written for them yet."""
        self.set_milestones(tuple(GoalMilestone(day) for day in dates), default_next)

    def milestones(self) -> tuple[GoalMilestone, ...]:
        """By date. Two milestones alike are one; a blank one on the day of another adds nothing."""
        kept: list[GoalMilestone] = []
        for milestone in sorted((row.milestone() for row in self.rows), key=lambda m: m.due_on):
            same_day = [k for k in kept if k.due_on == milestone.due_on]
            if milestone in same_day or (same_day and _blank(milestone)):
                continue
            kept = [k for k in kept if k.due_on != milestone.due_on or not _blank(k)]
            kept.append(milestone)
        return tuple(kept)

    def dates(self) -> tuple[date, ...]:
        return tuple(milestone.due_on for milestone in self.milestones())

    def add_milestone(self, day: date | None = None) -> QDateEdit:
        if day is None:
            current = self.dates()
            day = current[-1] + timedelta(days=30) if current else self._default_next
        row = self._append(GoalMilestone(day))
        self._update_empty()
        self.changed.emit()
        return row.date_edit

    def remove_milestone(self, index: int) -> None:
        self._remove_row(index, notify=True)

    def _add_clicked(self) -> None:
        self.add_milestone().setFocus(Qt.FocusReason.TabFocusReason)

    def _append(self, milestone: GoalMilestone) -> MilestoneRow:
        row = MilestoneRow(milestone)
        self.rows.append(row)
        row.set_number(len(self.rows))
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda r=row: self._remove_row(self.rows.index(r), notify=True))
        self._rows_layout.addWidget(row)
        return row

    def _remove_row(self, index: int, notify: bool) -> None:
        row = self.rows.pop(index)
        had_focus = row.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        row.hide()
        row.setParent(None)
        row.deleteLater()
        for number, kept in enumerate(self.rows, start=1):
            kept.set_number(number)
        self._update_empty()
        if had_focus:  # keep the keyboard in the list rather than dropping it to the window
            target = self.rows[min(index, len(self.rows) - 1)].date_edit if self.rows else self.add_button
            target.setFocus(Qt.FocusReason.TabFocusReason)
        if notify:
            self.changed.emit()

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self.rows)


def _blank(milestone: GoalMilestone) -> bool:
    return not milestone.success.strip() and milestone.status == GoalStatus.NOT_STARTED


class GoalEditor(QWidget):
    """Edits one goal. Signals: edited() — the person changed any field."""

    edited = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._goal: Goal | None = None
        self._loading = False

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(translate("GoalEditor", "Goal title"))
        self.title_edit.setPlaceholderText(translate("GoalEditor", "A short name for the goal"))
        self.success_edit = TextBox(
            translate("GoalEditor", "What success looks like"), translate(
                "GoalEditor", "Picture the goal met in the end: what is different, and who notices?")
        )
        self.measure_edit = TextBox(
            translate("GoalEditor", "How it is measured"), translate(
                "GoalEditor", "The numbers, examples or signs you and your manager agreed on")
        )
        self.milestones = MilestoneList(clock)
        self.status_combo = QComboBox()
        name_parts(self.status_combo, translate("GoalEditor", "Goal status"))
        for status in GoalStatus:
            self.status_combo.addItem(status.label, status.value)
        self.notes_edit = TextBox(translate("GoalEditor", "Goal notes"),
                                  translate("GoalEditor", "Anything else worth remembering about this goal"))
        milestones_label = wrapped_label(translate("GoalEditor", "Milestones"), "fieldLabel")
        milestones_hint = wrapped_label(translate(
            "GoalEditor", "For each date: what success looks like by then, and how it stands."),
                                        "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for label, widget in (
            (field_label(translate("GoalEditor", "&Title"), self.title_edit), self.title_edit),
            (field_label(translate("GoalEditor", "What &success looks like in the end"), self.success_edit),
             self.success_edit),
            (field_label(translate("GoalEditor", "How it is &measured"), self.measure_edit),
             self.measure_edit),
            (field_label(translate("GoalEditor", "Stat&us"), self.status_combo), self.status_combo),
        ):
            layout.addWidget(label)
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addWidget(milestones_label)
        layout.addWidget(milestones_hint)
        layout.addWidget(self.milestones)
        layout.addSpacing(6)
        layout.addWidget(field_label(translate("GoalEditor", "N&otes"), self.notes_edit))
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
            default = default_next or self._clock.today()
            self.milestones.set_milestones(goal.milestones if goal else (), default)
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
            milestones=self.milestones.milestones(),
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
