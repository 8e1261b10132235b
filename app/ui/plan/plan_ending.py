"""Ending the plan: how it ended (completed successfully, extended, ended, I left), the day, and a
closing reflection; then the end-of-plan report, one click away.

The reflection saves as it is typed, through a `Saver`, onto the plan (`Plan.closing_reflection`).
"End the plan" records the outcome, the day, the reflection and the status (Completed for a
successful completion, Ended otherwise) in one act. An extended plan is offered a new plan right
after. Ending is undone by "Reopen the plan" (`reopen_plan`), shown with the plan among the past
plans while it is the latest one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area, Change
from app.domain.plan_closing import closed, ended_words, is_ended, reopened
from app.domain.workbench import Plan, PlanOutcome
from app.i18n import QT_TRANSLATE_NOOP, Words, translate
from app.store.errors import NotFound
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.plan.plan_report_output import ReportButtons, fit_to_font
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import (
    SaveStatus,
    TextBox,
    field_label,
    make_date_edit,
    push_button,
    pydate,
    qdate,
    raw_text,
    wrapped_label,
)

if TYPE_CHECKING:
    from app.store.journal import Journal

OUTCOME_HINTS = Words("PlanEnding", {
    PlanOutcome.COMPLETED: QT_TRANSLATE_NOOP("PlanEnding", "You met the plan, and it closed."),
    PlanOutcome.EXTENDED: QT_TRANSLATE_NOOP("PlanEnding", "It was given more time: you can start the new "
                                                          "plan right after."),
    PlanOutcome.ENDED: QT_TRANSLATE_NOOP("PlanEnding", "It was closed another way."),
    PlanOutcome.LEFT: QT_TRANSLATE_NOOP("PlanEnding", "You moved on before it ended."),
})


def stored_plan(journal: Journal, plan_uuid: str) -> Plan:
    """The plan as it is in the journal now (NotFound when it is not there)."""
    plan = next((p for p in journal.plans.plans() if p.uuid == plan_uuid), None)
    if plan is None:
        raise NotFound(f"no plan {plan_uuid}")
    return plan


def end_plan(journal: Journal, plan_uuid: str, outcome: PlanOutcome, reflection: str, day: date) -> Plan:
    """The store side of "End the plan" (run it inside one `act`)."""
    return journal.plans.save_plan(closed(stored_plan(journal, plan_uuid), outcome, reflection, day))


def reopen_plan(journal: ObservedJournal, plan_uuid: str, origin: object | None = None) -> Plan | None:
    """Make an ended plan active again, as one act; None when it could not be (the status line
    says why)."""
    done = journal.act(Area.PLAN, lambda j: j.plans.save_plan(reopened(stored_plan(j, plan_uuid))),
                       origin=origin)
    return done.value if done is not None else None


def _scrolling(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content.setObjectName("pageBody")
    scroll.setWidget(content)
    return scroll


class EndPlanDialog(QDialog):
    """Record how the plan ended, then offer the report (and, for an extended plan, a new plan).

    Signals: ended(Plan) — the plan was ended; new_plan_wanted() — the person chose to start the
    new plan of an extended one (the plan tool opens its new-plan card).
    """

    ended = Signal(object)
    new_plan_wanted = Signal()

    def __init__(self, journal: ObservedJournal, plan_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._plan_uuid = plan_uuid
        self._plan: Plan | None = None
        self._loading = False
        self.setWindowTitle(translate("PlanEnding", "End the plan"))
        self.setAccessibleName(translate("PlanEnding", "End the plan"))
        self.saver = Saver(journal, self, origin=self)
        self.saver.watch("reflection", Area.PLAN, self._save_reflection)
        self._build()
        self._connect()
        self.reload()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.form_page = self._build_form()
        self.closed_page = self._build_closed()
        self.stack.addWidget(_scrolling(self.form_page))
        self.stack.addWidget(_scrolling(self.closed_page))
        self.status = SaveStatus(translate("PlanEnding", "End of plan status"))
        self.end_button = push_button(translate("PlanEnding", "End the plan"),
                                      translate("PlanEnding", "End the plan"))
        self.end_button.setObjectName("primary")
        self.cancel_button = push_button(translate("PlanEnding", "Not now"),
                                         translate("PlanEnding", "Not now: keep the plan running"))
        self.new_plan_button = push_button(translate("PlanEnding", "Start the new plan…"),
                                           translate("PlanEnding", "Start the new plan"))
        self.close_button = push_button(translate("PlanEnding", "Close"), translate("PlanEnding", "Close"))
        self.buttons = WrappingRow([self.end_button, self.cancel_button, self.new_plan_button,
                                    self.close_button])
        bar = QVBoxLayout()
        bar.setContentsMargins(20, 6, 20, 14)
        bar.setSpacing(4)
        bar.addWidget(self.status)
        bar.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        self.resize(600, 620)
        fit_to_font(self, 56, 34)
        self._show_buttons(closed=False)

    def _build_form(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(20, 16, 20, 8)
        column.setSpacing(8)
        column.addWidget(wrapped_label(translate("PlanEnding", "How did the plan end?"), "promptText"))
        column.addWidget(wrapped_label(
            translate("PlanEnding", "However it ended, it is worth writing down. The plan, its goals and "
                                    "its evidence stay in your journal, and you can reopen it if this was "
                                    "a mistake."), "intro"))
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(True)
        self.outcome_buttons: dict[PlanOutcome, QRadioButton] = {}
        for outcome in PlanOutcome:
            button = QRadioButton(outcome.label)
            button.setAccessibleName(translate("PlanEnding", "Outcome: {label}").format(label=outcome.label))
            button.setAccessibleDescription(OUTCOME_HINTS[outcome])
            button.setToolTip(OUTCOME_HINTS[outcome])
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            column.addWidget(button)
        self.outcome_hint = wrapped_label("", "muted")
        column.addWidget(self.outcome_hint)
        self.date_edit = make_date_edit(translate("PlanEnding", "The day it ended"),
                                        self._journal.clock.today())
        column.addWidget(field_label(translate("PlanEnding", "The &day it ended"), self.date_edit))
        column.addWidget(self.date_edit)
        self.reflection_edit = TextBox(
            translate("PlanEnding", "Closing reflection"),
            translate("PlanEnding",
                      "What you learned, what you are proud of, what you would do differently."), 6)
        column.addSpacing(4)
        column.addWidget(field_label(translate("PlanEnding", "&Looking back"), self.reflection_edit))
        column.addWidget(self.reflection_edit, 1)
        return page

    def _build_closed(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(20, 16, 20, 8)
        column.setSpacing(8)
        self.closed_heading = wrapped_label("", "promptText")
        self.closed_text = wrapped_label("", "intro")
        self.report_buttons = ReportButtons(self._journal)
        column.addWidget(self.closed_heading)
        column.addWidget(self.closed_text)
        column.addSpacing(6)
        column.addWidget(wrapped_label(translate("PlanEnding", "The end-of-plan report"), "cardHeading"))
        column.addWidget(wrapped_label(
            translate("PlanEnding", "Your goals with their milestone results and evidence, the "
                                    "check-ins held, the actions agreed, and your reflection, "
                                    "in one document."), "muted"))
        column.addWidget(self.report_buttons)
        column.addStretch(1)
        return page

    def _show_buttons(self, closed: bool, extended: bool = False) -> None:
        self.end_button.setVisible(not closed)
        self.cancel_button.setVisible(not closed)
        self.new_plan_button.setVisible(closed and extended)
        self.close_button.setVisible(closed)
        self.buttons.relayout()

    def _connect(self) -> None:
        self.outcome_group.buttonToggled.connect(self._on_outcome)
        self.reflection_edit.textChanged.connect(self._on_reflection_edited)
        self.saver.state_changed.connect(self.status.follow)
        self.saver.failed.connect(lambda text: self.status.say(text, error=True))
        self.end_button.clicked.connect(self.end)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.new_plan_button.clicked.connect(self._start_new_plan)
        self._journal.changes.connect(self._on_change)

    # -- reading ---------------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        return self._plan

    def outcome(self) -> PlanOutcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def reload(self) -> None:
        plan_uuid = self._plan_uuid
        plan = self._journal.read(lambda j: stored_plan(j, plan_uuid), None)
        if plan is None:
            self.status.say(translate("PlanEnding", "This plan could not be read."), error=True)
            self.end_button.setEnabled(False)
            return
        self._plan = plan
        self.date_edit.setMinimumDate(qdate(plan.start))
        if not self.saver.pending and raw_text(self.reflection_edit) != plan.closing_reflection:
            self._loading = True
            try:
                self.reflection_edit.setPlainText(plan.closing_reflection)
            finally:
                self._loading = False
        if is_ended(plan):
            self._show_closed(plan)
        else:
            self.stack.setCurrentIndex(0)
            self._show_buttons(closed=False)
            self.end_button.setEnabled(self.outcome() is not None)

    def _show_closed(self, plan: Plan) -> None:
        self.closed_heading.setText(translate("PlanEnding", "The plan is closed"))
        text = (translate("PlanEnding", "{ended_words}. It stays in your journal: find it under Past "
                                        "plans, where you can read it and reopen it.").format(
                                            ended_words=ended_words(plan)))
        if plan.outcome == PlanOutcome.EXTENDED:
            text += translate("PlanEnding",
                              " If it was extended, start the new plan with its new dates and goals.")
        self.closed_text.setText(text)
        self.status.clear()
        self._show_buttons(closed=True, extended=plan.outcome == PlanOutcome.EXTENDED)
        self.report_buttons.set_plan(plan.uuid)
        self.stack.setCurrentIndex(1)

    # -- acting ----------------------------------------------------------------------------

    def _save_reflection(self, journal: Journal) -> Plan:
        plan = stored_plan(journal, self._plan_uuid)
        self._plan = journal.plans.save_plan(replace(plan, closing_reflection=raw_text(self.reflection_edit)))
        return self._plan

    def _on_reflection_edited(self) -> None:
        if not self._loading:
            self.saver.touch("reflection")

    def _on_outcome(self) -> None:
        outcome = self.outcome()
        self.outcome_hint.setText(OUTCOME_HINTS[outcome] if outcome is not None else "")
        self.end_button.setEnabled(outcome is not None and self._plan is not None)

    def end(self) -> bool:
        """"End the plan": outcome, day, reflection and status in one act."""
        outcome = self.outcome()
        if outcome is None or self._plan is None:
            return False
        reflection, day = raw_text(self.reflection_edit), pydate(self.date_edit.date())
        plan_uuid = self._plan_uuid
        done = self._journal.act(Area.PLAN, lambda j: end_plan(j, plan_uuid, outcome, reflection, day),
                                 origin=self)
        if done is None:
            self.status.say(translate("PlanEnding", "Couldn't end the plan just now: nothing "
                                                    "was changed, and your words are still "
                                                    "here. Try again in a moment."), error=True)
            return False
        self.saver.forget()
        self._plan = done.value
        self._show_closed(done.value)
        self.report_buttons.pdf_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ended.emit(done.value)
        return True

    def _start_new_plan(self) -> None:
        self.accept()
        self.new_plan_wanted.emit()

    def flush(self) -> bool:
        return self.saver.flush()

    def done(self, result: int) -> None:
        """Closing saves the reflection typed so far; if it can't be saved, the dialog stays open."""
        if not self.flush():
            return
        super().done(result)

    def _on_change(self, change: Change) -> None:
        if change.made_by(self):
            return
        if change.wholesale or change.touches(Area.PLAN):
            self.reload()
