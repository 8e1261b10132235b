"""The plan's own fields: when it starts, how long it runs, who is involved (what each person
expects, and whether they have confirmed the plan), and how it stands.

One form serves both the new-plan card (without a status: a new plan is active) and the plan's
Details section, where every change saves as it is made. Both are laid out here; the plan tool
connects their buttons and does the saving.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import Clock
from app.domain.limits import MAX_PLAN_DAYS, MIN_PLAN_DAYS
from app.domain.workbench import Plan, PlanStatus, Stakeholder
from app.i18n import Plural, translate
from app.ui.plan.stakeholder_list import StakeholderList
from app.ui.widgets.flow_layout import WrappingRow, card
from app.ui.widgets.form_fields import (
    field_label,
    make_date_edit,
    name_parts,
    push_button,
    pydate,
    qdate,
    segment_button,
    wrapped_label,
)

LENGTH_CHOICES = (30, 60, 90)


class PlanForm(QWidget):
    """Start date, length, manager and the other people with a stake in the plan (and, once
    created, the status).

    Signals: changed() — the person edited a field (not emitted by set_plan).
    """

    changed = Signal()

    def __init__(self, with_status: bool, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._loading = False
        self.start_edit = make_date_edit(translate("PlanForm", "Plan start date"), clock.today())
        self.length_group = QButtonGroup(self)
        self.length_group.setExclusive(True)
        self.length_buttons: dict[int, QPushButton] = {}
        for days in (*LENGTH_CHOICES, 0):
            text = Plural.tr("%n days", "", days) if days else translate("PlanForm", "Another length")
            name = translate("PlanForm", "Plan length: {lower}").format(text=text, lower=text.lower())
            button = segment_button(text, name)
            self.length_group.addButton(button, days)
            self.length_buttons[days] = button
        self.custom_days = QSpinBox()
        self.custom_days.setRange(MIN_PLAN_DAYS, MAX_PLAN_DAYS)
        self.custom_days.setValue(45)
        self.custom_days.setSuffix(translate("PlanForm", " days"))
        name_parts(self.custom_days, translate("PlanForm", "Plan length in days"))
        self.length_row = WrappingRow([*self.length_buttons.values(), self.custom_days])
        self.length_buttons[90].setChecked(True)
        self.custom_days.setVisible(False)
        length_label = QLabel(translate("PlanForm", "&Length"))
        length_label.setBuddy(self.length_buttons[30])

        self.manager_edit = QLineEdit()
        self.manager_edit.setAccessibleName(translate("PlanForm", "Manager"))
        self.manager_edit.setPlaceholderText(translate("PlanForm", "Who you agree the plan with"))
        self.people = StakeholderList(clock)
        self.status_combo: QComboBox | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(field_label(translate("PlanForm", "&Start date"), self.start_edit))
        layout.addWidget(self.start_edit)
        layout.addSpacing(6)
        layout.addWidget(length_label)
        layout.addWidget(self.length_row)
        layout.addSpacing(6)
        layout.addWidget(field_label(translate("PlanForm", "&Manager"), self.manager_edit))
        layout.addWidget(self.manager_edit)
        layout.addSpacing(6)
        layout.addWidget(wrapped_label(translate("PlanForm", "Others with a stake in the plan"),
                                       "fieldLabel"))
        layout.addWidget(wrapped_label(translate("PlanForm", "What each of them expects, and whether they "
                                                             "have confirmed the plan: a plan everyone has "
                                                             "confirmed is one everyone can hold to."),
                                       "muted"))
        layout.addWidget(self.people)
        if with_status:
            combo = QComboBox()
            name_parts(combo, translate("PlanForm", "Plan status"))
            for status in PlanStatus:
                combo.addItem(status.label, status.value)
            self.status_combo = combo
            layout.addSpacing(6)
            layout.addWidget(field_label(translate("PlanForm", "S&tatus"), combo))
            layout.addWidget(combo)
            layout.addWidget(wrapped_label(translate("PlanForm", "Completed means the plan ended well; "
                                                                 "Ended covers any other close, such as a "
                                                                 "new plan replacing this one."), "muted"))
            combo.currentIndexChanged.connect(self._emit_changed)

        self.start_edit.dateChanged.connect(self._emit_changed)
        self.length_group.idToggled.connect(self._on_length_toggled)
        self.custom_days.valueChanged.connect(self._emit_changed)
        self.custom_days.valueChanged.connect(self._name_unit)
        self.manager_edit.textEdited.connect(self._emit_changed)
        self.people.changed.connect(self._emit_changed)

    def reset(self) -> None:
        self._loading = True
        try:
            self.start_edit.setDate(qdate(self._clock.today()))
            self.length_buttons[90].setChecked(True)
            self.manager_edit.clear()
            self.people.set_people(())
        finally:
            self._loading = False

    def set_plan(self, plan: Plan) -> None:
        self._loading = True
        try:
            self.start_edit.setDate(qdate(plan.start))
            self.set_length(plan.length_days)
            if self.manager_edit.text() != plan.manager:  # the caret stays where the person is typing
                self.manager_edit.setText(plan.manager)
            self.people.set_people(plan.stakeholders)
            if self.status_combo is not None:
                self.status_combo.setCurrentIndex(self.status_combo.findData(plan.status.value))
        finally:
            self._loading = False

    def set_length(self, days: int) -> None:
        if days in LENGTH_CHOICES:
            self.length_buttons[days].setChecked(True)
        else:  # held within the form's range: an old import may hold 10**18 days (OverflowError in Qt)
            self.custom_days.setValue(max(self.custom_days.minimum(), min(days, self.custom_days.maximum())))
            self.length_buttons[0].setChecked(True)

    def start(self) -> date:
        return pydate(self.start_edit.date())

    def length_days(self) -> int:
        chosen = self.length_group.checkedId()
        return chosen if chosen in LENGTH_CHOICES else self.custom_days.value()

    def manager(self) -> str:
        return self.manager_edit.text().strip()

    def stakeholders(self) -> tuple[Stakeholder, ...]:
        return self.people.people()

    def status(self) -> PlanStatus | None:
        return PlanStatus(self.status_combo.currentData()) if self.status_combo is not None else None

    def _on_length_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        custom = button_id not in LENGTH_CHOICES
        self.custom_days.setVisible(custom)
        self.length_row.relayout()
        if custom and not self._loading:
            self.custom_days.setFocus(Qt.FocusReason.OtherFocusReason)
            self.custom_days.selectAll()
        self._emit_changed()

    def _name_unit(self, days: int) -> None:
        """'1 day', not '1 days'."""
        self.custom_days.setSuffix(translate("PlanForm",
                                             " day") if days == 1 else translate("PlanForm", " days"))

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()


class NewPlanCard(QWidget):
    """The plan form in a card, with Create (and, while a plan exists, a way back to it).

    The tool connects the buttons: creating the plan is its business.
    """

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = wrapped_label(translate("PlanForm", "Write down the plan you agreed on"), "promptText")
        intro = wrapped_label(
            translate("PlanForm", "A plan on paper keeps you and your manager looking at the same picture "
                                  "of success. Start with its dates and the people involved; then add each "
                                  "goal, how it will be measured and when, who agreed to it, and the "
                                  "evidence that shows your progress."),
            "intro",
        )
        self.form = PlanForm(with_status=False, clock=clock)
        self.replace_note = wrapped_label(
            translate("PlanForm",
                      "Your current plan will be marked as ended. It stays in your journal."), "muted")
        self.create_button = push_button(translate("PlanForm", "Create the plan"),
                                         translate("PlanForm", "Create the plan"))
        self.create_button.setObjectName("primary")
        self.cancel_button = push_button(translate("PlanForm", "Back to the current plan"),
                                         translate("PlanForm", "Back to the current plan"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        frame, card_layout = card()
        card_layout.addWidget(heading)
        card_layout.addWidget(intro)
        card_layout.addSpacing(6)
        card_layout.addWidget(self.form)
        card_layout.addSpacing(6)
        card_layout.addWidget(self.replace_note)
        card_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        layout.addStretch(1)

    def start(self, replacing: Plan | None) -> None:
        """An empty form; say what happens to the plan it replaces, and offer the way back to it."""
        self.form.reset()
        self.replace_note.setVisible(replacing is not None and replacing.status == PlanStatus.ACTIVE)
        self.cancel_button.setVisible(replacing is not None)


class PlanDetailsSection(QWidget):
    """The plan's own fields, saved as they change, and the way to start a new plan.

    The tool connects `form.changed` and `new_plan_button`.
    """

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = PlanForm(with_status=True, clock=clock)
        self.new_plan_button = push_button(translate("PlanForm", "Start a new plan…"),
                                           translate("PlanForm", "Start a new plan"))
        row = QHBoxLayout()
        row.addWidget(self.new_plan_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(10)
        layout.addWidget(wrapped_label(translate("PlanForm", "Changes here save as you make them. The "
                                                             "checkpoints move with the start date and "
                                                             "length; your goals' milestone dates do not: "
                                                             "change those on each goal."), "muted"))
        layout.addWidget(self.form)
        layout.addSpacing(10)
        layout.addWidget(wrapped_label(translate("PlanForm", "A new plan"), "cardHeading"))
        layout.addWidget(wrapped_label(translate("PlanForm", "If the plan was extended or replaced, start "
                                                             "a new one. This plan, its goals and its "
                                                             "evidence stay in your journal."), "muted"))
        layout.addLayout(row)
        layout.addStretch(1)
