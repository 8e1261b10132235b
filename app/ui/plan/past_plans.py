"""Past plans, kept readable: every plan that is not the one running now (and the current one once
it has ended), each shown whole and read-only — its goals and their milestones, the checkpoint
reviews, the evidence, who agreed, the check-ins and actions, the outcome and the reflection —
with the end-of-plan report one click away. The latest plan, once ended, can be reopened here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import CHECKIN_RECORDS, PLAN_RECORDS, Change
from app.domain.plan_closing import can_reopen, ended_words, is_ended, past_plans
from app.domain.workbench import Plan
from app.i18n import translate
from app.io.brief_html import BASE_PT
from app.io.plan_report import gather, long_date, report_html
from app.ui.brief.brief_chart import BriefPreview, settle_heading_sizes
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.plan_ending import reopen_plan
from app.ui.plan.plan_report_output import ReportButtons, fit_to_font
from app.ui.widgets.flow_layout import ResponsiveRow
from app.ui.widgets.form_fields import push_button, wrapped_label

if TYPE_CHECKING:
    from app.store.journal import Journal


@dataclass(frozen=True, slots=True)
class PastPlans:
    plans: tuple[Plan, ...]
    current: Plan | None


def read_past(journal: Journal) -> PastPlans:
    current = journal.plans.current_plan()
    return PastPlans(tuple(past_plans(journal.plans.plans(), current)), current)


def plan_label(plan: Plan) -> str:
    """'From 2 March 2026 · Completed successfully, 30 May 2026'."""
    how = ended_words(plan) if is_ended(plan) else translate("PastPlans", "not ended")
    return translate("PastPlans", "From {long_date} · {how}").format(long_date=long_date(plan.start), how=how)


class PastPlansView(QWidget):
    """The list of past plans and the one chosen, read-only.

    Signals: reopened(Plan) — the chosen plan was made active again.
    """

    reopened = Signal(object)

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._past = PastPlans((), None)
        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName(translate("PastPlans", "Past plans"))
        self.plan_list.setMinimumWidth(220)
        self.plan_list.setWordWrap(True)
        self.reader = BriefPreview()
        self.reader.setAccessibleName(translate("PastPlans", "The chosen plan, to read"))
        self.reader.setMinimumHeight(240)
        self.empty_label = wrapped_label(
            translate("PastPlans", "No past plans yet. When a plan ends, it stays here to read, with its "
                                   "report."), "muted")
        self.report_buttons = ReportButtons(journal)
        self.reopen_button = push_button(translate("PastPlans", "Reopen the plan"),
                                         translate("PastPlans", "Reopen the plan"),
                                         translate("PastPlans", "Make this plan the running one again, if "
                                                                "it was ended by mistake"))
        row = ResponsiveRow(min_chars=90)
        row.box.addWidget(self.plan_list, 1)
        row.box.addWidget(self.reader, 3)
        actions = QHBoxLayout()
        actions.addWidget(self.report_buttons, 1)
        actions.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        actions.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.empty_label)
        layout.addWidget(row, 1)
        layout.addLayout(actions)
        self.plan_list.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.reopen_button.clicked.connect(self.reopen)
        journal.changes.connect(self._on_change)
        self.reload()

    @property
    def plans(self) -> list[Plan]:
        return list(self._past.plans)

    @property
    def chosen(self) -> Plan | None:
        item = self.plan_list.currentItem()
        if item is None:
            return None
        uuid = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self._past.plans if p.uuid == uuid), None)

    def reload(self) -> None:
        """Read the plans again, keeping the one chosen when it is still there."""
        was = self.chosen.uuid if self.chosen is not None else None
        self._past = self._journal.read(read_past, PastPlans((), None))
        self.plan_list.blockSignals(True)
        try:
            self.plan_list.clear()
            for plan in self._past.plans:
                item = QListWidgetItem(plan_label(plan))
                item.setData(Qt.ItemDataRole.UserRole, plan.uuid)
                self.plan_list.addItem(item)
            uuids = [p.uuid for p in self._past.plans]
            if uuids:
                self.plan_list.setCurrentRow(uuids.index(was) if was in uuids else 0)
        finally:
            self.plan_list.blockSignals(False)
        self.empty_label.setVisible(not self._past.plans)
        self._show_chosen()

    def choose(self, plan_uuid: str) -> None:
        uuids = [p.uuid for p in self._past.plans]
        if plan_uuid in uuids:
            self.plan_list.setCurrentRow(uuids.index(plan_uuid))

    def _show_chosen(self) -> None:
        plan = self.chosen
        self.report_buttons.set_plan(plan.uuid if plan is not None else None)
        self.reopen_button.setVisible(plan is not None and can_reopen(plan, self._past.current))
        if plan is None:
            self.reader.setHtml("")
            self.reader.setEnabled(False)
            return
        self.reader.setEnabled(True)
        today = self._journal.clock.today()
        data = self._journal.read(lambda j: gather(j, plan.uuid, today), None)
        if data is None:
            self.reader.setHtml(translate("PastPlans", "<p>This plan could not be read just now.</p>"))
            return
        bar = self.reader.verticalScrollBar()
        at = bar.value()
        self.reader.setHtml(report_html(data, max(BASE_PT, self.reader.font().pointSizeF())))
        settle_heading_sizes(self.reader.document())
        bar.setValue(at)

    def reopen(self) -> Plan | None:
        plan = self.chosen
        if plan is None or not can_reopen(plan, self._past.current):
            return None
        again = reopen_plan(self._journal, plan.uuid, origin=self)
        if again is None:
            self.report_buttons.status.say(translate(
                "PastPlans", "Couldn't reopen the plan just now. Nothing was changed."),
                                           error=True)
            return None
        self.reload()
        self.reopened.emit(again)
        return again

    def _on_change(self, change: Change) -> None:
        if change.made_by(self):
            return
        if change.wholesale or change.touches(PLAN_RECORDS, CHECKIN_RECORDS):
            self.reload()


class PastPlansDialog(QDialog):
    """The past plans in a window of their own, opened from the plan tool."""

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PastPlans", "Past plans"))
        self.setAccessibleName(translate("PastPlans", "Past plans"))
        self.view = PastPlansView(journal)
        self.close_button = push_button(translate("PastPlans", "Close"),
                                        translate("PastPlans", "Close past plans"))
        self.close_button.clicked.connect(self.accept)
        self.view.reopened.connect(lambda _plan: self.accept())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(wrapped_label(translate("PastPlans", "Past plans"), "promptText"))
        layout.addWidget(wrapped_label(translate(
            "PastPlans", "Each plan as it was kept, to read, with its report."), "muted"))
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(900, 640)
        fit_to_font(self, 100, 40)
