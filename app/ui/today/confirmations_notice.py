"""A notice on Today while someone with a stake in the plan has not confirmed it yet.

Aligning everyone early is part of the method: an expectation nobody confirmed is one that can
move. The notice names who is still to confirm and leads to the plan's details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.domain.changes import Area, Change
from app.domain.plan_math import unconfirmed
from app.domain.workbench import PlanStatus, Stakeholder
from app.i18n import translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.plan_words import not_confirmed_words
from app.ui.today.notice_card import NoticeCard
from app.ui.widgets.form_fields import push_button

if TYPE_CHECKING:
    from app.store.journal import Journal


class ConfirmationsNotice(NoticeCard):
    """Signal: open_plan() — the person wants the plan's details, to record a confirmation."""

    open_plan = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None, *, read: bool = True) -> None:
        """`read=False`: hidden until the owner calls refresh() (Today at start-up)."""
        self.open_button = push_button(translate("ConfirmationsNotice", "Open the plan's people"),
                                       translate("ConfirmationsNotice",
                                                 "Open the plan's people and confirmations"))
        super().__init__(translate("ConfirmationsNotice", "Not everyone has confirmed your plan"), "",
                         self.open_button, translate("ConfirmationsNotice", "Who has not confirmed the plan"),
                         parent)
        self._journal = journal
        self.open_button.clicked.connect(self.open_plan)
        journal.changes.connect(self._on_change)
        if read:
            self.refresh()
        else:
            self.hide()

    def refresh(self) -> None:
        waiting: list[Stakeholder] = self._journal.read(_waiting, [])
        if waiting:
            words = translate("ConfirmationsNotice",
                              "{who}. Ask them to confirm what they expect, in writing "
                              "if you can, and note the day they do.")
            words = words.format(who=not_confirmed_words(waiting))
            self.hint_label.setText(words)
            self.setAccessibleDescription(words)
        self.setVisible(bool(waiting))

    def _on_change(self, change: Change) -> None:
        if change.wholesale or change.touches(Area.PLAN):
            self.refresh()


def _waiting(journal: Journal) -> list[Stakeholder]:
    plan = journal.plans.current_plan()
    if plan is None or plan.status is not PlanStatus.ACTIVE:
        return []
    return unconfirmed(plan)
