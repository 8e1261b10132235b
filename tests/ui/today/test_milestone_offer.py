"""Today offers a checkpoint's review when its day arrives; the review saves as typed, Done keeps
it, the offer goes away, and the review opens again with its words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.clock import FixedClock
from app.domain.plan_closing import closed
from app.domain.workbench import MilestoneMark, PlanOutcome
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.plan.milestone_review import MilestoneReviewDialog
from app.ui.today.milestone_offer import MilestoneOffer
from tests.io.plan_story import new_uuid
from tests.store.test_plan_store import make_plan
from tests.ui.plan.plan_helpers import unnamed

START = date(2026, 3, 2)  # day 30 is 31 March


def evening(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 20, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(evening(date(2026, 3, 30)))


@pytest.fixture
def gateway(journal: Journal, save_timing: SaveTiming, clock: FixedClock) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=save_timing, clock=clock)


def on_page(qtbot: QtBot, gateway: ObservedJournal) -> tuple[QWidget, MilestoneOffer]:
    page = QWidget()
    qtbot.addWidget(page)
    offer = MilestoneOffer(gateway)
    QVBoxLayout(page).addWidget(offer)
    page.show()
    return page, offer


def test_the_offer_comes_with_the_day_and_the_review_is_kept(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal, clock: FixedClock
) -> None:
    plan = journal.plans.save_plan(make_plan(start=START, length_days=90, uuid=new_uuid()))
    _page, offer = on_page(qtbot, gateway)
    assert not offer.isVisible() and not offer.offered  # day 29: nothing to review yet

    clock.advance_to(evening(date(2026, 3, 31)))
    offer.refresh()  # Today refreshes when shown on a new day
    assert offer.isVisible()
    assert offer.text_label.text() == "Day 30 of your plan has arrived — take ten minutes to review it."
    assert unnamed(offer) == []

    qtbot.mouseClick(offer.review_button, Qt.MouseButton.LeftButton)
    dialog = offer.dialog
    assert isinstance(dialog, MilestoneReviewDialog) and dialog.isVisible()
    assert dialog.title_label.text() == "Day 30 — 31 March"
    dialog.met_edit.setFocus()
    qtbot.keyClicks(dialog.met_edit, "Four of four updates on time.")
    qtbot.waitUntil(lambda: journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30).met
                    == "Four of four updates on time.", timeout=3000)  # saved as typed, no button
    dialog.raise_edit.setFocus()
    qtbot.keyClicks(dialog.raise_edit, "Ask about the review backlog.")
    assert offer.isVisible()  # words alone are not a review yet

    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    kept = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30)
    assert (kept.met, kept.to_raise) == ("Four of four updates on time.", "Ask about the review backlog.")
    assert kept.reviewed_at == clock.now()
    assert not dialog.isVisible()
    assert not offer.isVisible() and offer.dialog is None

    again = MilestoneReviewDialog(gateway, plan.uuid, MilestoneMark.DAY_30)
    qtbot.addWidget(again)
    assert again.met_edit.toPlainText() == "Four of four updates on time."
    assert again.raise_edit.toPlainText() == "Ask about the review backlog."
    assert again.state_label.text().startswith("Reviewed on 31 March 2026.")
    assert again.done_button.isHidden() and not again.met_edit.isReadOnly()


def test_the_offer_follows_changes_made_elsewhere(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal, clock: FixedClock
) -> None:
    clock.advance_to(evening(date(2026, 5, 2)))
    plan = journal.plans.save_plan(make_plan(start=START, length_days=90, uuid=new_uuid()))
    _page, offer = on_page(qtbot, gateway)
    assert [m.mark for m in offer.due] == [MilestoneMark.DAY_30, MilestoneMark.DAY_60]
    assert "(and one more after it)" in offer.text_label.text()

    now = clock.now()
    gateway.act(Area.PLAN,
                lambda j: j.milestones.save_review(plan.uuid, MilestoneMark.DAY_30, reviewed_at=now))
    assert offer.text_label.text() == "Day 60 of your plan has arrived — take ten minutes to review it."

    gateway.act(Area.PLAN, lambda j: j.plans.save_plan(closed(plan, PlanOutcome.ENDED, "", date(2026, 5, 2))))
    assert not offer.isVisible()  # an ended plan offers no reviews


def test_no_plan_no_offer(qtbot: QtBot, gateway: ObservedJournal, clock: FixedClock) -> None:
    clock.advance_to(evening(date(2026, 6, 1)))
    _page, offer = on_page(qtbot, gateway)
    assert not offer.isVisible() and offer.review() is None
