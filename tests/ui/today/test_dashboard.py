"""Today as the dashboard: day X of N, the next check-in, goals, actions, mood, streak."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.plan_math import plan_day, plan_end
from app.domain.workbench import (
    Action,
    CheckIn,
    EmotionRating,
    Goal,
    GoalMilestone,
    GoalStatus,
    MoodCheck,
    Plan,
    PlanStatus,
    Stakeholder,
)
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.today.dashboard import Dashboard, mood_summary, plan_summary
from tests.ui.conftest import MessageLog, WindowFactory

NOW = datetime.now(UTC)
TODAY = NOW.astimezone().date()


def new_id() -> str:
    return str(uuid.uuid4())


def make_plan(journal: Journal, start: date, days: int = 90) -> Plan:
    return journal.plans.save_plan(
        Plan(new_id(), start, days, "Dana", (Stakeholder("HR"),), PlanStatus.ACTIVE, NOW, NOW)
    )


def make_goal(journal: Journal, plan: Plan, title: str, status: GoalStatus, milestones: tuple[date, ...],
              position: int = 0) -> Goal:
    return journal.plans.save_goal(
        Goal(new_id(), plan.uuid, title, "success", "measure",
             tuple(GoalMilestone(day) for day in milestones), status, "", position, NOW, NOW)
    )


@pytest.fixture
def dashboard(qtbot: QtBot, journal: Journal) -> Dashboard:
    widget = Dashboard(ObservedJournal(journal))
    qtbot.addWidget(widget)
    return widget


def test_an_empty_journal_says_what_to_do_first(dashboard: Dashboard) -> None:
    dashboard.refresh(NOW)
    assert dashboard.plan_tile.value_label.text() == "Not set up yet"
    assert dashboard.checkin_tile.value_label.text() == "None scheduled"
    assert dashboard.goals_tile.value_label.text() == "No goals yet"
    assert dashboard.actions_tile.value_label.text() == "None open"
    assert dashboard.mood_tile.value_label.text() == "No check-in yet"
    assert dashboard.streak_tile.value_label.text() == "No streak yet"


def test_the_plan_goals_checkin_actions_and_mood_at_a_glance(dashboard: Dashboard, journal: Journal) -> None:
    start = TODAY - timedelta(days=11)
    plan = make_plan(journal, start)
    make_goal(journal, plan, "Status updates", GoalStatus.ON_TRACK, (start + timedelta(days=30),))
    make_goal(journal, plan, "Estimates", GoalStatus.AT_RISK, (TODAY - timedelta(days=1),), 1)
    meeting = journal.checkins.save_checkin(
        CheckIn(new_id(), NOW + timedelta(days=2), "", "", None, False, "", NOW, NOW)
    )
    journal.checkins.save_action(
        Action(new_id(), "Send the weekly summary", None, TODAY + timedelta(days=3), meeting.uuid, None, NOW)
    )
    journal.feelings.save_mood_check(
        MoodCheck(new_id(), NOW - timedelta(hours=1), 3,
                  (EmotionRating("Anxious", 4), EmotionRating("Hopeful", 2)), "")
    )
    dashboard.refresh(NOW)

    where = plan_day(start, 90, TODAY)
    assert dashboard.plan_tile.value_label.text() == f"Day {where.day} of 90"
    end = plan_end(start, 90)
    assert dashboard.plan_tile.detail_label.text().startswith(f"Ends {end:%a} {end.day} {end:%b}")
    assert dashboard.goals_tile.value_label.text() == "1 on track · 1 at risk"
    assert "1 past a milestone" in dashboard.goals_tile.detail_label.text()
    assert dashboard.checkin_tile.detail_label.text() == "Prepare the agenda"
    assert dashboard.actions_tile.value_label.text() == "1 open"
    assert dashboard.actions_tile.detail_label.text().startswith("Send the weekly summary (due ")
    assert dashboard.mood_tile.value_label.text() == "3 of 5 · okay"
    assert dashboard.mood_tile.detail_label.text().startswith("anxious, hopeful")
    assert dashboard.plan_tile.accessibleName() == f"Your plan: Day {where.day} of 90"


def test_summaries_before_and_after_the_plan() -> None:
    plan = Plan(new_id(), date(2026, 3, 1), 30, "", (), PlanStatus.ACTIVE, NOW, NOW)
    value, _detail, _progress = plan_summary(plan, [], date(2026, 2, 25))
    assert value == "Starts in 4 days"
    value, _detail, _progress = plan_summary(plan, [], date(2026, 5, 1))
    assert value.startswith("Ended ")
    check = MoodCheck(new_id(), datetime(2026, 3, 1, 12).astimezone(UTC), 5, (), "")  # local noon
    assert mood_summary(check, date(2026, 3, 3)) == ("5 of 5 · very good", "2 days ago")


def test_each_tile_leads_to_the_tool_that_holds_it(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    from PySide6.QtWidgets import QApplication

    make_plan(journal, TODAY - timedelta(days=3))
    upcoming = journal.checkins.save_checkin(
        CheckIn(new_id(), NOW + timedelta(days=2), "", "", None, False, "", NOW, NOW)
    )
    journal.checkins.save_checkin(
        CheckIn(new_id(), NOW - timedelta(days=5), "", "held", 4, True, "", NOW, NOW)
    )
    window = open_window()
    window.show_page("today")
    tiles = window.page("today").dashboard  # type: ignore[attr-defined]
    for tile, key in ((tiles.plan_tile, "expectations"), (tiles.goals_tile, "expectations"),
                      (tiles.checkin_tile, "checkins"), (tiles.actions_tile, "checkins"),
                      (tiles.mood_tile, "feelings")):
        window.show_page("today")
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.current_key == key
        page = window.page(key)
        assert page.views.current_widget() is page.tool  # type: ignore[attr-defined]
        focused = QApplication.focusWidget()
        assert focused is not None and page.tool.isAncestorOf(focused)  # type: ignore[attr-defined]
    meetings = window.page("checkins").tool  # type: ignore[attr-defined]
    assert meetings.checkin is not None and meetings.checkin.uuid == upcoming.uuid
    window.show_page("today")
    qtbot.mouseClick(tiles.streak_tile, Qt.MouseButton.LeftButton)
    assert window.current_key == "journal"


def test_a_mood_check_in_from_the_evening_entry(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal, monkeypatch: pytest.MonkeyPatch,
    message_log: MessageLog,
) -> None:
    from app.ui.feelings import mood_check

    def fill_and_save(dialog: mood_check.MoodCheckDialog) -> int:
        """What a person does in the modal dialog: pick a mood, write a line, press Save."""
        dialog.form.mood_buttons[4].click()
        dialog.form.note.setPlainText("a better day")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(mood_check.MoodCheckDialog, "exec", fill_and_save)
    window = open_window()
    window.show_page("today")
    today = window.page("today")
    with qtbot.waitSignal(window.journal.changes):  # type: ignore[union-attr]
        qtbot.mouseClick(today.mood_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    stored = journal.feelings.latest_mood_check()
    assert stored is not None and (stored.mood, stored.note) == (4, "a better day")
    assert journal.drafts.get("mood-note-today") == ""  # the check-in replaced its draft
    assert today.dashboard.mood_tile.value_label.text() == "4 of 5 · good"  # type: ignore[attr-defined]
