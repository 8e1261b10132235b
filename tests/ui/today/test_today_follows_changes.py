"""Today's tiles, its journey and the calendar follow a change made in another tool, as it is
announced: the page is never shown again (or refreshed) in between."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.clock import FixedClock
from app.domain.prompts import Catalogue
from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import CheckIn, Goal, GoalStatus, MoodCheck, Plan, PlanStatus
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.calendar_panel import CalendarPanel
from app.ui.today.today_page import TodayPage

NOW = datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def test_a_change_from_another_tool_updates_the_tiles_and_the_calendar(
    qtbot: QtBot, journal: Journal, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    observed = ObservedJournal(journal, clock=FixedClock(NOW))
    today_page = TodayPage(observed, catalogue)
    qtbot.addWidget(today_page)
    calendar = CalendarPanel(observed)
    qtbot.addWidget(calendar)
    today = observed.clock.today()
    calendar.show_day(today)
    tiles = today_page.dashboard

    def never(*_args: object) -> None:
        raise AssertionError("the page was reloaded instead of following the change")

    monkeypatch.setattr(today_page, "refresh", never)
    monkeypatch.setattr(tiles, "refresh", never)
    assert tiles.mood_tile.value_label.text() == "No check-in yet"
    assert tiles.checkin_tile.value_label.text() == "None scheduled"
    assert tiles.plan_tile.value_label.text() == "Not set up yet"
    elsewhere = object()  # the Feelings tool, the check-ins tool, the plan

    check = MoodCheck(new_id(), NOW, 4, (), "")
    assert observed.act(Area.MOOD, lambda j: j.feelings.save_mood_check(check), origin=elsewhere)
    assert tiles.mood_tile.value_label.text() == "4 of 5 · good"
    assert calendar.marks[today].mood == 4

    meeting = CheckIn(new_id(), NOW + timedelta(days=2), "", "", None, False, "", NOW, NOW)
    assert observed.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(meeting), origin=elsewhere)
    assert tiles.checkin_tile.value_label.text() != "None scheduled"
    assert tiles.checkin_tile.detail_label.text() == "Prepare the agenda"
    meeting_day = (NOW + timedelta(days=2)).astimezone().date()
    calendar.show_day(meeting_day)
    assert calendar.marks[meeting_day].meetings == 1

    plan = Plan(new_id(), today - timedelta(days=3), 90, "Dana", (), PlanStatus.ACTIVE, NOW, NOW)
    goal = Goal(new_id(), plan.uuid, "Ship the export", "", "", (), GoalStatus.AT_RISK, "", 0, NOW, NOW)

    def plan_with_a_goal(j: Journal) -> None:
        j.plans.save_plan(plan)
        j.plans.save_goal(goal)

    assert observed.act({Area.PLAN, Area.GOAL}, plan_with_a_goal, origin=elsewhere)
    assert tiles.plan_tile.value_label.text() == "Day 4 of 90"
    assert tiles.goals_tile.value_label.text() == "1 at risk"


def test_an_answer_saved_elsewhere_moves_the_journey_and_fills_todays_entry(
    qtbot: QtBot, journal: Journal, catalogue: Catalogue
) -> None:
    observed = ObservedJournal(journal, clock=FixedClock(NOW))
    page = TodayPage(observed, catalogue)
    qtbot.addWidget(page)
    card = page.stage_cards[Stage.FEELINGS]
    total = len(catalogue.guide(Stage.FEELINGS).prompts)
    assert card.accessibleName() == f"Feelings: 0 of {total} answered"
    prompt = catalogue.guide(Stage.FEELINGS).prompts[0]
    answer = EntryDraft(new_id(), EntryKind.REFLECTION, "Angry, then tired.", Stage.FEELINGS, prompt.key)
    observed.act(Area.ENTRY, lambda j: j.save_entry(answer), origin=object())
    assert card.accessibleName() == f"Feelings: 1 of {total} answered"

    page.set_mode(EntryKind.FREE)
    assert page.card.editor.text() == ""
    free = EntryDraft(new_id(), EntryKind.FREE, "Started in the Journal")
    observed.act(Area.ENTRY, lambda j: j.save_entry(free), origin=object())
    assert page.card.editor.text() == "Started in the Journal"  # one entry for today, not two
    assert page.autosaver.entry_uuid == free.uuid
