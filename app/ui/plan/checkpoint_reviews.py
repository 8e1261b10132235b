"""The plan's checkpoints and their reviews, as a row of buttons for the plan tool: a checkpoint
whose day has come opens its review ("Review day 30"), a reviewed one opens it again with its
words ("Day 30 reviewed"), one still ahead waits, disabled, with its date.

It shows the current plan's checkpoints and follows changes (a review done from Today, the plan
edited, ended or replaced) and the journal's clock (`refresh` when the page is shown).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.domain.changes import Area, Change
from app.domain.milestone_reviews import checkpoint_title, checkpoints, is_reviewed, plan_day_number
from app.domain.plan_closing import is_ended
from app.domain.workbench import Plan, PlanMilestone
from app.i18n import translate
from app.i18n_dates import date_words
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.milestone_review import MilestoneReviewDialog, open_review
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import push_button, wrapped_label

if TYPE_CHECKING:
    from app.store.journal import Journal


def read_checkpoints(journal: Journal) -> tuple[Plan, list[PlanMilestone]] | None:
    plan = journal.plans.current_plan()
    if plan is None:
        return None
    return plan, checkpoints(journal.milestones.milestones(plan.uuid))


class CheckpointReviews(QWidget):
    """One button per checkpoint day of the current plan."""

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._plan: Plan | None = None
        self.dialog: MilestoneReviewDialog | None = None
        self.buttons: list[QPushButton] = []
        self.heading = wrapped_label(translate("CheckpointReviews", "Checkpoint reviews"), "muted")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.heading)
        self._row: WrappingRow | None = None
        journal.changes.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        """Read the current plan's checkpoints again (by the journal's clock)."""
        read = self._journal.read(read_checkpoints, None)
        if self._row is not None:
            self._layout.removeWidget(self._row)
            self._row.deleteLater()
            self._row = None
        self.buttons = []
        self._plan = read[0] if read is not None else None
        if read is None:
            return
        plan, marks = read
        today = self._journal.clock.today()
        for milestone in marks:
            self.buttons.append(self._button(plan, milestone, today))
        self._row = WrappingRow(self.buttons)
        self._layout.addWidget(self._row)

    def _button(self, plan: Plan, milestone: PlanMilestone, today: date) -> QPushButton:
        day = plan_day_number(plan.start, milestone.due_on)
        title = checkpoint_title(plan.start, milestone)
        due = milestone.due_on <= today and not is_ended(plan)
        if is_reviewed(milestone):
            text = translate("CheckpointReviews", "Day {day} reviewed").format(day=day)
            name = translate("CheckpointReviews", "Open the review of {title}").format(title=title)
        elif due:
            text = translate("CheckpointReviews", "Review day {day}").format(day=day)
            name = translate("CheckpointReviews", "Review {title} now").format(title=title)
        else:
            when = date_words(milestone.due_on, translate("CheckpointReviews", "%-d %b"))
            text = translate("CheckpointReviews", "Day {day}: {when}").format(day=day, when=when)
            name = translate("CheckpointReviews", "{title}: not reviewed").format(title=title)
        button = push_button(text, name, title)
        button.setEnabled(is_reviewed(milestone) or due)
        button.clicked.connect(lambda _=False, m=milestone: self.open(m))
        return button

    def open(self, milestone: PlanMilestone) -> MilestoneReviewDialog | None:
        """Open a checkpoint's review (read-only once the plan has ended)."""
        plan = self._plan
        if plan is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = open_review(self._journal, plan.uuid, milestone.mark, self.window(),
                             read_only=is_ended(plan))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        return dialog

    def _closed(self) -> None:
        self.dialog = None

    def _on_change(self, change: Change) -> None:
        if change.wholesale or change.touches(Area.PLAN):
            self.refresh()
