"""A checkpoint's review: what it looks back on, Done as one act, a short plan's one review, and
the read-only review of a past plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.milestone_reviews import reviews_due
from app.domain.workbench import MilestoneMark
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.plan.checkpoint_reviews import CheckpointReviews
from app.ui.plan.milestone_review import MilestoneReviewDialog
from tests.io.plan_story import kept_plan
from tests.ui.plan.plan_helpers import Failing, unnamed


@pytest.fixture
def gateway(journal: Journal, save_timing: SaveTiming) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=save_timing,
                           clock=FixedClock(datetime(2026, 5, 1, 20, 0, tzinfo=UTC)))


def review(qtbot: QtBot, gateway: ObservedJournal, plan_uuid: str, mark: MilestoneMark,
           read_only: bool = False) -> MilestoneReviewDialog:
    dialog = MilestoneReviewDialog(gateway, plan_uuid, mark, read_only=read_only)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_review_shows_success_goals_and_the_evidence_up_to_its_day(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal
) -> None:
    story = kept_plan(journal)
    day_60 = journal.milestones.milestone(story.plan.uuid, MilestoneMark.DAY_60)
    journal.milestones.save_milestone(replace(day_60, success="Reviews within a day, every week."))
    dialog = review(qtbot, gateway, story.plan.uuid, MilestoneMark.DAY_30)
    assert dialog.success_label.text() == "Updates on time four weeks running."
    assert "Weekly status update by Friday noon — Done" in dialog.goals_label.text()
    assert "Success: No pull request waits more than a day for me." in dialog.goals_label.text()
    assert dialog.evidence_heading.text() == "Evidence up to 31 March"
    shown = dialog.evidence_label.text()
    assert ("6 Mar: Sent the first update at 11:40, risks listed. (Weekly status update by Friday noon)"
            in shown)
    assert "Reviewed nine pull requests" in shown
    assert "release notes" not in shown  # 2 April: after the day
    assert "Before the plan" not in shown
    later = review(qtbot, gateway, story.plan.uuid, MilestoneMark.DAY_60)
    assert later.success_label.text() == "Reviews within a day, every week."
    assert "release notes" in later.evidence_label.text()
    assert later.met_edit.toPlainText() == "" and not later.done_button.isHidden()
    assert unnamed(dialog) == [] and unnamed(later) == []


def test_done_that_fails_changes_nothing_and_keeps_the_words(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = kept_plan(journal)
    dialog = review(qtbot, gateway, story.plan.uuid, MilestoneMark.DAY_60)
    dialog.met_edit.setPlainText("Reviews within a day since March.")
    dialog.raise_edit.setPlainText("Which reviews matter most.")
    failing = Failing(monkeypatch, journal.milestones, "save_review")
    dialog.saver.forget()  # the typing saves are not what this test is about
    assert dialog.finish() is False
    assert failing.calls == 1
    kept = journal.milestones.milestone(story.plan.uuid, MilestoneMark.DAY_60)
    assert (kept.met, kept.to_raise, kept.reviewed_at) == ("", "", None)
    assert dialog.isVisible() and dialog.status.state == "error"
    assert dialog.met_edit.toPlainText() == "Reviews within a day since March."
    failing.failing = False
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    kept = journal.milestones.milestone(story.plan.uuid, MilestoneMark.DAY_60)
    assert (kept.met, kept.to_raise) == ("Reviews within a day since March.", "Which reviews matter most.")
    assert kept.reviewed_at == gateway.clock.now() and not dialog.isVisible()


def test_a_short_plan_has_one_review_for_its_last_day(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal
) -> None:
    story = kept_plan(journal, length_days=30, start=date(2026, 3, 2))
    ms = journal.milestones.milestones(story.plan.uuid)
    assert len({m.due_on for m in ms}) == 1
    dialog = review(qtbot, gateway, story.plan.uuid, MilestoneMark.DAY_90)
    assert dialog.title_label.text() == "Day 30 — 31 March"
    assert dialog.milestone is not None and dialog.milestone.mark == MilestoneMark.DAY_30  # the day's review
    assert dialog.met_edit.toPlainText() == "Four of four updates on time."  # kept under day 30 already


def test_a_past_plans_review_is_read_only(qtbot: QtBot, journal: Journal, gateway: ObservedJournal) -> None:
    story = kept_plan(journal)
    dialog = review(qtbot, gateway, story.plan.uuid, MilestoneMark.DAY_30, read_only=True)
    assert dialog.met_edit.isReadOnly() and dialog.raise_edit.isReadOnly()
    assert dialog.done_button.isHidden()
    assert dialog.finish() is False
    assert dialog.state_label.text() == "Reviewed on 31 March 2026."
    unreviewed = review(qtbot, gateway, story.plan.uuid, MilestoneMark.DAY_90, read_only=True)
    assert unreviewed.state_label.text() == "This checkpoint was not reviewed."
    due = reviews_due(journal.milestones.milestones(story.plan.uuid), date(2026, 6, 1))
    assert [m.mark for m in due] == [MilestoneMark.DAY_60, MilestoneMark.DAY_90]


def test_the_plan_tools_checkpoint_buttons_open_due_and_kept_reviews(
    qtbot: QtBot, journal: Journal, gateway: ObservedJournal
) -> None:
    story = kept_plan(journal)
    row = CheckpointReviews(gateway)
    qtbot.addWidget(row)
    row.show()
    assert [b.text() for b in row.buttons] == ["Day 30 reviewed", "Review day 60", "Day 90: 30 May"]
    assert [b.isEnabled() for b in row.buttons] == [True, True, False]
    assert unnamed(row) == []
    qtbot.mouseClick(row.buttons[0], Qt.MouseButton.LeftButton)
    assert row.dialog is not None and row.dialog.met_edit.toPlainText() == "Four of four updates on time."
    assert not row.dialog.met_edit.isReadOnly()  # the plan still runs: the review can be added to
    row.dialog.close()
    qtbot.mouseClick(row.buttons[1], Qt.MouseButton.LeftButton)
    opened = row.dialog
    assert opened is not None
    opened.met_edit.setPlainText("Reviews within a day.")
    assert opened.finish()
    assert [b.text() for b in row.buttons] == ["Day 30 reviewed", "Day 60 reviewed", "Day 90: 30 May"]
    assert journal.milestones.milestone(story.plan.uuid, MilestoneMark.DAY_60).met == "Reviews within a day."
