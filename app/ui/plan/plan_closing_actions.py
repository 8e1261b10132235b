"""The plan tool's actions about the plan as a whole: checkpoint reviews, ending it, past plans.

Kept apart from the tool's layout: the tool hands over its header and asks for a refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.workbench import Plan, PlanStatus
from app.i18n import translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.checkpoint_reviews import CheckpointReviews
from app.ui.plan.past_plans import PastPlansDialog
from app.ui.plan.plan_ending import EndPlanDialog
from app.ui.widgets.form_fields import push_button


class PlanClosingActions(QObject):
    """`flush` saves the tool's pending words first; `start_new_plan` opens the new-plan form."""

    def __init__(self, journal: ObservedJournal, header: QVBoxLayout, parent: QWidget,
                 flush: Callable[[], bool], start_new_plan: Callable[[], None]) -> None:
        super().__init__(parent)
        self._journal = journal
        self._parent = parent
        self._flush = flush
        self._start_new_plan = start_new_plan
        self._plan: Plan | None = None
        self.checkpoint_reviews = CheckpointReviews(journal)
        header.addWidget(self.checkpoint_reviews)
        self.end_plan_button = push_button(
            translate("PlanClosingActions", "End the plan…"), translate(
                "PlanClosingActions", "End the plan"), translate(
                    "PlanClosingActions", "Record how the plan ended, and get its report")
        )
        self.past_plans_button = push_button(
            translate("PlanClosingActions", "Past plans"), translate(
                "PlanClosingActions", "Past plans"), translate("PlanClosingActions",
                                                               "Read earlier plans and their reports")
        )
        self.end_plan_button.clicked.connect(self.end_plan)
        self.past_plans_button.clicked.connect(self.show_past_plans)

    def show_plan(self, plan: Plan | None) -> None:
        self._plan = plan
        self.end_plan_button.setVisible(plan is not None and plan.status == PlanStatus.ACTIVE)
        self.checkpoint_reviews.refresh()

    def end_plan(self) -> EndPlanDialog | None:
        plan = self._plan
        if plan is None or not self._flush():
            return None
        dialog = EndPlanDialog(self._journal, plan.uuid, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.new_plan_wanted.connect(self._start_new_plan)
        dialog.open()
        return dialog

    def show_past_plans(self) -> PastPlansDialog:
        dialog = PastPlansDialog(self._journal, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
