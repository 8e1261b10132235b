"""Today's offer of a checkpoint review: "Day 30 of your plan has arrived — take ten minutes to
review it", with a Review button. Hidden while no review is due (no plan, an ended plan, no
checkpoint reached yet, or every reached one reviewed).

It follows changes (a review done, a plan edited or ended, an import) and the clock: `refresh`
reads "today" from `journal.clock`, and Today calls it when the page is shown on a new day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.domain.changes import Area, Change
from app.domain.milestone_reviews import offer_text, reviews_due
from app.domain.workbench import Plan, PlanMilestone, PlanStatus
from app.i18n import translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.today.notice_card import NoticeCard
from app.ui.widgets.form_fields import push_button

if TYPE_CHECKING:  # the review dialog loads when a review is opened, not with Today
    from app.store.journal import Journal
    from app.ui.plan.milestone_review import MilestoneReviewDialog

_WATCHED = (Area.PLAN, Area.GOAL)


@dataclass(frozen=True, slots=True)
class DueReviews:
    plan: Plan
    due: tuple[PlanMilestone, ...]


class MilestoneOffer(NoticeCard):
    """A small card on Today while a checkpoint review is due."""

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None, *, read: bool = True) -> None:
        """`read=False`: hidden until the owner calls refresh() (Today at start-up)."""
        self.review_button = push_button(translate("MilestoneOffer", "Review"),
                                         translate("MilestoneOffer", "Review this checkpoint of your plan"))
        self.review_button.setObjectName("primary")
        super().__init__("", translate("MilestoneOffer",
                                       "What was met, the evidence so far, and what to raise at your next "
                                       "check-in. The review is kept with your plan."),
                         self.review_button, translate("MilestoneOffer", "Checkpoint review due"), parent)
        self._journal = journal
        self._due: DueReviews | None = None
        self.dialog: MilestoneReviewDialog | None = None  # the review opened from here, while open
        self.review_button.clicked.connect(self.review)
        journal.changes.connect(self._on_change)
        if read:
            self.refresh()
        else:
            self.hide()

    @property
    def due(self) -> list[PlanMilestone]:
        return list(self._due.due) if self._due is not None else []

    def refresh(self) -> None:
        """Read what is due today (by the journal's clock) and show or hide the offer."""
        today = self._journal.clock.today()

        def read(journal: Journal) -> DueReviews | None:
            plan = journal.plans.current_plan()
            if plan is None or plan.status != PlanStatus.ACTIVE:
                return None
            due = reviews_due(journal.milestones.milestones(plan.uuid), today)
            return DueReviews(plan, tuple(due)) if due else None

        self._due = self._journal.read(read, None)
        if self._due is not None:
            text = offer_text(self._due.plan.start, self._due.due)
            self.text_label.setText(text)
            self.review_button.setAccessibleDescription(text)
        if self.parentWidget() is not None or self._due is None:  # never a window of its own
            self.setVisible(self._due is not None)

    @property
    def offered(self) -> bool:
        """Whether a review is offered (the card shows, once it is on a page)."""
        return self._due is not None

    def review(self) -> MilestoneReviewDialog | None:
        """Open the review of the oldest checkpoint due."""
        if self._due is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from app.ui.plan.milestone_review import open_review

        first = self._due.due[0]
        dialog = open_review(self._journal, self._due.plan.uuid, first.mark, self.window())
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        return dialog

    def _closed(self) -> None:
        self.dialog = None
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.wholesale or change.touches(*_WATCHED):
            self.refresh()
