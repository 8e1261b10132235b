"""The people with a stake in the plan: who they are, what each expects, and whether they have
confirmed the plan (and when).

The list never saves: it says when something changed and hands back the people as on screen,
so the plan form's owner saves them with the rest of the plan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import Clock
from app.domain.workbench import Stakeholder
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.widgets.flow_layout import WrappingRow, card
from app.ui.widgets.form_fields import (
    TextBox,
    make_date_edit,
    name_parts,
    push_button,
    pydate,
    qdate,
    wrapped_label,
)

NOT_CONFIRMED = QT_TRANSLATE_NOOP("StakeholderList", "Not confirmed yet")


class StakeholderRow(QWidget):
    """One person: name, what they expect, and the day they confirmed the plan (if they have).

    Signals: changed() — the person edited a field; remove_requested().
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._loading = False
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("StakeholderList", "Name and role: “Priya (HR)”"))
        self.remove_button = QPushButton(translate("StakeholderList", "Remove"))
        self.remove_button.setToolTip(translate("StakeholderList", "Remove this person from the plan"))
        self.expectations_edit = TextBox("", translate(
            "StakeholderList", "What they expect from you, in their words if you can"), 2)
        self.expectations_label = QLabel(translate("StakeholderList", "What they expect"))
        self.expectations_label.setBuddy(self.expectations_edit)
        self._confirmed = False
        self.status_label = QLabel(translate("StakeholderList", NOT_CONFIRMED))
        self.confirmed_edit = make_date_edit("", clock.today())
        self.confirm_button = QPushButton(translate("StakeholderList", "Mark as confirmed"))
        self.confirm_button.setToolTip(translate("StakeholderList",
                                                 "They confirmed the plan: today, or change the day after"))
        self.unconfirm_button = QPushButton(translate("StakeholderList", "Not confirmed after all"))
        self.confirm_row = WrappingRow([self.status_label, self.confirmed_edit, self.confirm_button,
                                        self.unconfirm_button])

        frame, inner = card((14, 12, 14, 12), spacing=6)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.name_edit, 1)
        top.addWidget(self.remove_button)
        inner.addLayout(top)
        inner.addWidget(self.expectations_label)
        inner.addWidget(self.expectations_edit)
        inner.addWidget(self.confirm_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.set_number(1)
        self._show_confirmation()

        self.name_edit.textEdited.connect(self._on_name_edited)
        self.expectations_edit.textChanged.connect(self._emit_changed)
        self.confirm_button.clicked.connect(self.confirm_today)
        self.unconfirm_button.clicked.connect(self.unconfirm)
        self.confirmed_edit.dateChanged.connect(self._on_date_changed)
        self.remove_button.clicked.connect(self.remove_requested)

    def set_number(self, number: int) -> None:
        """Names a screen reader says, by the person's place in the list (or their name)."""
        self._number = number
        who = self.name_edit.text().strip() or translate("StakeholderList", "Stakeholder {number}").format(
            number=number)
        self.name_edit.setAccessibleName(translate("StakeholderList",
                                                   "Stakeholder {number}: name").format(number=number))
        self.remove_button.setAccessibleName(translate("StakeholderList", "Remove {who}").format(who=who))
        self.expectations_edit.setAccessibleName(translate("StakeholderList",
                                                           "What {who} expects").format(who=who))
        self.confirm_button.setAccessibleName(translate(
            "StakeholderList", "Mark {who} as having confirmed the plan").format(who=who))
        self.unconfirm_button.setAccessibleName(translate("StakeholderList", "{who} has not confirmed the "
                                                                             "plan after all").format(
                                                                                 who=who))
        name_parts(self.confirmed_edit, translate("StakeholderList",
                                                  "Day {who} confirmed the plan").format(who=who))

    def set_person(self, person: Stakeholder) -> None:
        self._loading = True
        try:
            if self.name_edit.text() != person.name:
                self.name_edit.setText(person.name)
            if self.expectations_edit.toPlainText() != person.expectations:
                self.expectations_edit.setPlainText(person.expectations)
            self._confirmed = person.confirmed_on is not None
            if person.confirmed_on is not None:
                self.confirmed_edit.setDate(qdate(person.confirmed_on))
        finally:
            self._loading = False
        self.set_number(self._number)
        self._show_confirmation()

    def person(self) -> Stakeholder:
        confirmed = pydate(self.confirmed_edit.date()) if self._confirmed else None
        return Stakeholder(self.name_edit.text().strip(), self.expectations_edit.toPlainText(), confirmed)

    def confirm_today(self) -> None:
        """They confirmed the plan today (the journal's today); the day can be changed after."""
        self._loading = True
        try:
            self.confirmed_edit.setDate(qdate(self._clock.today()))
        finally:
            self._loading = False
        self._confirmed = True
        self._show_confirmation()
        self.confirmed_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit_changed()

    def unconfirm(self) -> None:
        self._confirmed = False
        self._show_confirmation()
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit_changed()

    def _on_name_edited(self) -> None:
        self.set_number(self._number)
        self._emit_changed()

    def _on_date_changed(self) -> None:
        if self._confirmed:
            self._emit_changed()

    def _show_confirmation(self) -> None:
        confirmed = self._confirmed
        self.status_label.setText(translate("StakeholderList",
                                            "Confirmed the plan on") if confirmed else translate(
                                                "StakeholderList", NOT_CONFIRMED))
        self.status_label.setObjectName("" if confirmed else "muted")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.confirmed_edit.setVisible(confirmed)
        self.confirm_button.setVisible(not confirmed)
        self.unconfirm_button.setVisible(confirmed)
        self.confirm_row.relayout()

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()


class StakeholderList(QWidget):
    """Everyone else with a stake in the plan, one card each, and a button to add someone.

    Signals: changed() — someone was added, removed or edited (not emitted by set_people).
    """

    changed = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.rows: list[StakeholderRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(8)
        self.empty_label = wrapped_label(translate("StakeholderList", "No one else yet. Add HR, a mentor "
                                                                      "or a team lead if they have a say "
                                                                      "in the plan."), "muted")
        self.add_button = push_button(translate("StakeholderList", "Add a person"),
                                      translate("StakeholderList", "Add a stakeholder"),
                                      translate("StakeholderList", "Someone else with a stake in the plan"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_row)
        self.add_button.clicked.connect(self._add_clicked)

    def set_people(self, people: tuple[Stakeholder, ...]) -> None:
        """Show these people, keeping the cards (and the caret) of those already shown."""
        if self.people() == people:  # a card just added, still blank, stays
            return
        while len(self.rows) > len(people):
            self._drop(len(self.rows) - 1)
        while len(self.rows) < len(people):
            self._append()
        for row, person in zip(self.rows, people, strict=True):
            row.set_person(person)
        self._update_empty()

    def people(self) -> tuple[Stakeholder, ...]:
        """Everyone named or described, in order; a card left blank is not a person yet, and a
        card repeating an earlier one word for word is the same person."""
        seen: dict[Stakeholder, None] = {}
        for row in self.rows:
            person = row.person()
            if person.name or person.expectations.strip() or person.confirmed_on is not None:
                seen.setdefault(person, None)
        return tuple(seen)

    def add_person(self, name: str = "") -> StakeholderRow:
        row = self._append()
        if name:
            row.name_edit.setText(name)
            row.set_number(len(self.rows))
        self._update_empty()
        self.changed.emit()
        return row

    def remove_person(self, index: int) -> None:
        had_focus = self.rows[index].isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self._drop(index)
        self._update_empty()
        if had_focus:  # keep the keyboard in the list rather than dropping it to the window
            target = self.rows[min(index, len(self.rows) - 1)].name_edit if self.rows else self.add_button
            target.setFocus(Qt.FocusReason.TabFocusReason)
        self.changed.emit()

    def _add_clicked(self) -> None:
        self.add_person().name_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def _append(self) -> StakeholderRow:
        row = StakeholderRow(self._clock)
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda r=row: self.remove_person(self.rows.index(r)))
        self.rows.append(row)
        row.set_number(len(self.rows))
        self._rows_layout.addWidget(row)
        return row

    def _drop(self, index: int) -> None:
        row = self.rows.pop(index)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        for number, kept in enumerate(self.rows, start=1):
            kept.set_number(number)

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self.rows)

