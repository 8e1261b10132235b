"""The leaving plan a decision to leave leads to, driven like a person would, on real journals:
it opens with the decision, every field is saved as it is typed (in one commit per save), it is
kept behind a button with a note when the decision changes, and it follows changes made elsewhere
field by field."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.clock import FixedClock
from app.domain.emotions import EmotionCatalogue
from app.domain.workbench import Decision, LeavingPlan, StayOrGo
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.feelings_tool import FeelingsTool
from app.ui.feelings.leaving_plan import GUIDANCE
from tests.ui.feelings.helpers import FAST, HELD, ToolFactory, failing, touching
from tests.ui.helpers import SAVE_WAIT_MS, type_text

LEFT = Qt.MouseButton.LeftButton
MOMENT = datetime(2026, 4, 14, 21, 30, tzinfo=UTC)


def decide_to_leave(qtbot: QtBot, tool: FeelingsTool) -> None:
    tool.show_section("stay")
    qtbot.mouseClick(tool.stay.decision_buttons["leave"], LEFT)


def test_deciding_to_leave_opens_the_leaving_plan_with_general_wording(
    qtbot: QtBot, open_tool: ToolFactory,
) -> None:
    tool, _observed = open_tool(FAST)
    tool.show_section("stay")
    leaving = tool.leaving
    assert not leaving.isVisibleTo(tool), "no decision to leave, no leaving plan"
    assert not tool.stay.leaving_row.isVisibleTo(tool.stay)

    qtbot.mouseClick(tool.stay.decision_buttons["leave"], LEFT)
    assert leaving.isVisible() and leaving.body.isVisible() and leaving.is_open
    assert not leaving.kept_note.isVisibleTo(leaving), "no note while the decision is to leave"
    assert leaving.guidance.isVisible() and leaving.guidance.text() == GUIDANCE
    assert "not legal advice" in GUIDANCE and "contract" in GUIDANCE and "adviser" in GUIDANCE
    for edit in (leaving.finish_edit, leaving.notice_edit, leaving.people_edit, leaving.job_search_edit,
                 leaving.day_check):
        assert edit.isVisible() and edit.accessibleName()
    assert not leaving.day_edit.isEnabled(), "no day until there is one in mind"

    assert tool.stay.leaving_row.isVisible(), "the sitting points to it"
    with qtbot.waitActive(tool):
        tool.activateWindow()
    qtbot.mouseClick(tool.stay.leaving_button, LEFT)
    assert QApplication.focusWidget() is leaving.finish_edit


def test_every_field_is_saved_as_it_is_typed(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(FAST, FixedClock(MOMENT))
    decide_to_leave(qtbot, tool)
    leaving = tool.leaving
    typed = {
        "finish": "Hand over the billing report, with notes.",
        "notice": "Ask HR how much notice I give and who writes my reference.",
        "people": "Sam, my old lead.",
        "job_search": "Update my CV\nTell three people I'm looking",
    }
    for key, text in typed.items():
        with qtbot.waitSignal(leaving.saver.saved, timeout=SAVE_WAIT_MS):
            type_text(qtbot, leaving.text_edits[key], text)
        assert getattr(journal.feelings.leaving_plan(), key) == text
    with qtbot.waitSignal(observed.changes, timeout=SAVE_WAIT_MS, check_params_cb=touching(Area.DECISION)):
        qtbot.mouseClick(leaving.day_check, LEFT)
    assert journal.feelings.leaving_plan().leave_on == MOMENT.date(), "from the journal's clock"
    assert leaving.day_edit.isEnabled()
    leaving.day_edit.setDate(QDate(2026, 5, 29))
    assert tool.flush()

    stored = journal.feelings.leaving_plan()
    assert stored == LeavingPlan(**typed, leave_on=date(2026, 5, 29), updated_at=stored.updated_at)
    assert stored.updated_at is not None
    assert leaving.job_search_edit.toPlainText() == typed["job_search"], "the text stays as typed"
    assert not leaving.is_dirty()

    qtbot.mouseClick(leaving.day_check, LEFT)  # no day in mind after all
    assert tool.flush()
    assert journal.feelings.leaving_plan().leave_on is None


def test_the_plan_is_kept_behind_a_button_with_a_note_when_the_decision_changes(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, _observed = open_tool(FAST)
    decide_to_leave(qtbot, tool)
    leaving = tool.leaving
    type_text(qtbot, leaving.finish_edit, "The migration notes.")
    assert tool.flush()

    qtbot.mouseClick(tool.stay.decision_buttons["stay"], LEFT)
    assert leaving.isVisible() and leaving.closed_row.isVisible(), "still reachable"
    assert not leaving.body.isVisible(), "folded away"
    assert "kept" in leaving.closed_note.text()
    qtbot.mouseClick(leaving.toggle_button, LEFT)
    assert leaving.body.isVisible() and leaving.finish_edit.toPlainText() == "The migration notes."
    assert leaving.kept_note.isVisible() and "decision is to stay" in leaving.kept_note.text()
    assert leaving.toggle_button.text() == "Hide the leaving plan"

    qtbot.mouseClick(tool.stay.decision_buttons["undecided"], LEFT)
    assert leaving.body.isVisible() and "haven't decided" in leaving.kept_note.text()
    qtbot.mouseClick(leaving.toggle_button, LEFT)
    assert not leaving.body.isVisible() and leaving.closed_row.isVisible()
    qtbot.mouseClick(tool.stay.decision_buttons["leave"], LEFT)
    assert leaving.body.isVisible() and not leaving.closed_row.isVisible()
    assert tool.flush()
    assert journal.feelings.leaving_plan().finish == "The migration notes.", "nothing was lost on the way"


def test_an_empty_plan_goes_away_with_the_decision(qtbot: QtBot, open_tool: ToolFactory) -> None:
    tool, _observed = open_tool(FAST)
    decide_to_leave(qtbot, tool)
    qtbot.mouseClick(tool.stay.decision_buttons["stay"], LEFT)
    assert not tool.leaving.isVisibleTo(tool.stay), "nothing written: nothing to keep"


def test_a_journal_with_a_decision_to_leave_opens_on_its_plan(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    journal.feelings.save_decision(StayOrGo(str(uuid.uuid4()), "", "Too much.", "", Decision.LEAVE,
                                            date(2026, 4, 1), MOMENT))
    journal.feelings.save_leaving_plan(LeavingPlan(people="Ana", leave_on=date(2026, 6, 30)))
    tool, _observed = open_tool(FAST)
    tool.show_section("stay")
    leaving = tool.leaving
    assert leaving.body.isVisible() and leaving.people_edit.toPlainText() == "Ana"
    assert leaving.day_check.isChecked() and leaving.day_edit.date() == QDate(2026, 6, 30)
    assert not leaving.is_dirty() and tool.flush()


def test_a_change_made_elsewhere_shows_field_by_field_and_keeps_what_is_typed(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(HELD)
    decide_to_leave(qtbot, tool)
    leaving = tool.leaving
    type_text(qtbot, leaving.people_edit, "Sam")
    assert tool.flush()
    type_text(qtbot, leaving.finish_edit, "The reports")  # not saved yet: HELD never saves by itself

    def elsewhere(j: Journal) -> LeavingPlan:
        stored = j.feelings.leaving_plan()
        return j.feelings.save_leaving_plan(replace(stored, finish="Old words", people="Sam and Ana",
                                                    leave_on=date(2026, 7, 1)))

    assert observed.act(Area.DECISION, elsewhere, origin=object())
    assert leaving.people_edit.toPlainText() == "Sam and Ana", "a field not being typed in follows"
    assert leaving.day_check.isChecked() and leaving.day_edit.date() == QDate(2026, 7, 1)
    assert leaving.finish_edit.toPlainText() == "The reports", "the field being typed in stays"

    assert tool.flush()
    stored = journal.feelings.leaving_plan()
    assert (stored.finish, stored.people, stored.leave_on) == ("The reports", "Sam and Ana", date(2026, 7, 1))


def test_its_own_save_is_not_read_back_into_the_editor(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, _observed = open_tool(FAST)
    decide_to_leave(qtbot, tool)
    with qtbot.waitSignal(tool.leaving.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, tool.leaving.notice_edit, "Ask about references. ")
    assert journal.feelings.leaving_plan().notice == "Ask about references."
    assert tool.leaving.notice_edit.toPlainText() == "Ask about references. ", "as typed, trailing space too"


def test_fields_saved_together_are_one_commit(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, open_tool: ToolFactory,
) -> None:
    """Two pending fields, and the second write fails: neither is stored, both stay on screen."""
    tool, observed = open_tool(HELD)
    decide_to_leave(qtbot, tool)
    leaving = tool.leaving
    type_text(qtbot, leaving.finish_edit, "Hand over")
    type_text(qtbot, leaving.people_edit, "Sam")
    real = journal.feelings.save_leaving_plan
    calls: list[int] = []

    def second_fails(plan: LeavingPlan) -> LeavingPlan:
        calls.append(1)
        if len(calls) == 2:
            from app.store.errors import StorageUnavailable

            raise StorageUnavailable("The journal could not be saved: the disk is full.")
        return real(plan)

    monkeypatch.setattr(journal.feelings, "save_leaving_plan", second_fails)
    problems: list[str] = []
    observed.problem.connect(problems.append)
    assert not leaving.flush()
    assert len(calls) == 2 and "disk is full" in problems[0]
    assert journal.feelings.leaving_plan() == LeavingPlan(), "the first field's write went back too"
    assert leaving.finish_edit.toPlainText() == "Hand over" and leaving.is_dirty()
    assert leaving.status.state == "error"

    assert leaving.flush()
    stored = journal.feelings.leaving_plan()
    assert (stored.finish, stored.people) == ("Hand over", "Sam")


def test_a_failed_save_keeps_the_words_and_tries_again_by_itself(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(FAST)
    decide_to_leave(qtbot, tool)
    calls = failing(monkeypatch, journal.feelings, "save_leaving_plan", times=2)
    with qtbot.waitSignal(observed.problem):
        type_text(qtbot, tool.leaving.people_edit, "Ana")
    assert tool.leaving.people_edit.toPlainText() == "Ana" and tool.leaving.is_dirty()
    qtbot.waitUntil(lambda: journal.feelings.leaving_plan().people == "Ana")  # the retry, untouched
    assert len(calls) >= 3


def test_the_plan_is_there_after_a_restart(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(HELD)
    decide_to_leave(qtbot, tool)
    type_text(qtbot, tool.leaving.job_search_edit, "Call the recruiter")
    assert observed.flush_all(), "the shell's flush on lock, hide and close reaches the leaving plan"
    path = journal.path
    journal.close()
    again = Journal.open(path.parent)
    try:
        reopened, _ = open_tool(FAST, store=again)
        reopened.show_section("stay")
        assert reopened.leaving.body.isVisible()
        assert reopened.leaving.job_search_edit.toPlainText() == "Call the recruiter"
    finally:
        again.close()


def test_going_to_the_leaving_plan_brings_it_into_view_on_a_scrolling_page(
    qtbot: QtBot, journal: Journal, emotions: EmotionCatalogue,
) -> None:
    observed = ObservedJournal(journal, save_timing=FAST)
    tool = FeelingsTool(observed, emotions)
    page = QScrollArea()  # as the stage page holds its tool: the page is the one scroll
    page.setWidgetResizable(True)
    page.setWidget(tool)
    qtbot.addWidget(page)
    page.resize(900, 500)
    with qtbot.waitExposed(page):
        page.show()
    decide_to_leave(qtbot, tool)
    assert tool.leaving.finish_edit.visibleRegion().isEmpty(), "below the fold at first"
    qtbot.mouseClick(tool.stay.leaving_button, LEFT)
    assert page.verticalScrollBar().value() > 0
    assert not tool.leaving.finish_edit.visibleRegion().isEmpty()
