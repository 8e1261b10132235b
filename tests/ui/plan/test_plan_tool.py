"""Expectations: the 30/60/90 plan, driven through its widgets on a real journal."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.plan_math import default_milestones, milestone_days, plan_day, plan_end
from app.domain.workbench import (
    AgreementChannel,
    Evidence,
    GoalMilestone,
    GoalStatus,
    PlanStatus,
    Stakeholder,
)
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.plan_lists import LINE_ROLE, OVERDUE_ROLE
from app.ui.widgets.day_words import short_date
from app.ui.widgets.form_fields import qdate
from tests.ui.helpers import SAVE_WAIT_MS
from tests.ui.plan.plan_helpers import add_goal, create_plan, make_tool, unnamed

# -- creating the plan -------------------------------------------------------------------------


def test_an_empty_journal_explains_the_plan_and_offers_the_form(
    qtbot: QtBot, observed: ObservedJournal
) -> None:
    tool = make_tool(qtbot, observed)
    assert tool.plan is None
    assert tool.stack.current_widget() is tool.create_view
    assert tool.new_plan_card.form.length_days() == 90
    assert not tool.new_plan_card.cancel_button.isVisible()
    tool.focus_first()
    assert QApplication.focusWidget() is tool.new_plan_card.form.start_edit


def test_creating_a_90_day_plan_shows_the_day_and_the_end(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    start = date.today() - timedelta(days=11)
    form = tool.new_plan_card.form
    form.start_edit.setDate(qdate(start))
    qtbot.mouseClick(form.length_buttons[90], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.manager_edit, "Dana Whitfield")
    for name in ("Priya from HR", "", "  Sam  ", "Priya from HR"):  # a blank card, and a repeat
        form.people.add_person(name)
    with qtbot.waitSignal(observed.changes, check_params_cb=lambda change: change.areas == {Area.PLAN}
                          and change.made_by(tool)):
        qtbot.mouseClick(tool.new_plan_card.create_button, Qt.MouseButton.LeftButton)

    stored = journal.plans.current_plan()
    assert stored is not None
    assert (stored.start, stored.length_days, stored.manager) == (start, 90, "Dana Whitfield")
    assert stored.stakeholders == (Stakeholder("Priya from HR"), Stakeholder("Sam"))
    assert stored.status == PlanStatus.ACTIVE
    assert tool.stack.current_widget() is tool.plan_view
    where = plan_day(start, 90, date.today())
    end = plan_end(start, 90)
    headline = tool.headline_label.text()
    assert headline.startswith(f"Day {where.day} of 90 · ends {short_date(end, date.today())}")
    assert "with Dana Whitfield" in tool.summary_label.text()
    assert tool.day_bar.value() == where.day


def test_a_custom_length_and_a_plan_that_has_not_started(qtbot: QtBot, observed: ObservedJournal) -> None:
    tool = make_tool(qtbot, observed)
    qtbot.mouseClick(tool.new_plan_card.form.length_buttons[0], Qt.MouseButton.LeftButton)
    spin = tool.new_plan_card.form.custom_days
    assert spin.isVisible() and QApplication.focusWidget() is spin
    spin.setValue(1)
    assert spin.text() == "1 day"
    spin.setValue(45)
    assert spin.text() == "45 days"
    tool.new_plan_card.form.start_edit.setDate(qdate(date.today() + timedelta(days=3)))
    qtbot.mouseClick(tool.new_plan_card.create_button, Qt.MouseButton.LeftButton)
    assert tool.plan is not None and tool.plan.length_days == 45
    assert tool.headline_label.text().startswith("Starts in 3 days")


def test_plan_details_autosave_and_the_status_shows_in_the_header(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today() - timedelta(days=5))
    qtbot.mouseClick(tool.section_buttons["details"], Qt.MouseButton.LeftButton)
    assert tool.current_section == "details"
    form = tool.details_section.form
    form.manager_edit.setFocus()
    with qtbot.waitSignal(tool.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClicks(form.manager_edit, " Whitfield")
    stored = journal.plans.current_plan()
    assert stored is not None and stored.manager == "Dana Whitfield"

    assert form.status_combo is not None
    form.status_combo.setCurrentIndex(form.status_combo.findData(PlanStatus.COMPLETED.value))
    assert tool.headline_label.text().startswith("Completed")  # shown at once, saved on flush
    assert tool.flush()
    stored = journal.plans.current_plan()
    assert stored is not None and stored.status == PlanStatus.COMPLETED
    assert tool.status_label.text() == "Saved"


def test_a_new_plan_ends_the_current_one(qtbot: QtBot, observed: ObservedJournal, journal: Journal) -> None:
    tool = make_tool(qtbot, observed)
    first = create_plan(qtbot, tool, date.today() - timedelta(days=80))
    add_goal(qtbot, tool, "Old goal")
    tool.show_section("details")
    qtbot.mouseClick(tool.details_section.new_plan_button, Qt.MouseButton.LeftButton)
    assert tool.stack.current_widget() is tool.create_view
    assert tool.new_plan_card.replace_note.isVisible() and tool.new_plan_card.cancel_button.isVisible()
    qtbot.mouseClick(tool.new_plan_card.cancel_button, Qt.MouseButton.LeftButton)
    assert tool.stack.current_widget() is tool.plan_view

    qtbot.mouseClick(tool.details_section.new_plan_button, Qt.MouseButton.LeftButton)
    tool.new_plan_card.form.set_length(30)
    qtbot.mouseClick(tool.new_plan_card.create_button, Qt.MouseButton.LeftButton)
    current = journal.plans.current_plan()
    assert current is not None and current.uuid != first.uuid and current.length_days == 30
    assert tool.plan == current and tool.goals == []
    assert journal.plans.goals(first.uuid)[0].title == "Old goal"  # the old plan stays in the journal


# -- goals -------------------------------------------------------------------------------------


def test_a_new_goal_gets_the_default_milestones(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today() - timedelta(days=3))
    assert not tool.goals_section.add_goal_button.isEnabled()
    goal = add_goal(qtbot, tool, "Answer tickets within a day")

    stored = journal.plans.goals(plan.uuid)
    assert [g.title for g in stored] == ["Answer tickets within a day"]
    assert stored[0].milestones == tuple(GoalMilestone(day) for day in default_milestones(plan.start, 90))
    assert stored[0].status == GoalStatus.NOT_STARTED
    assert tool.goals_section.new_goal_edit.text() == ""
    assert tool.goals_section.goal_editor.current_uuid == goal.uuid
    assert [e.date() for e in tool.goals_section.goal_editor.milestones.date_edits] == [
        qdate(day) for day in default_milestones(plan.start, 90)
    ]
    assert QApplication.focusWidget() is tool.goals_section.goal_editor.success_edit
    assert tool.goals_section.goal_list.item(0).text() == "Answer tickets within a day"
    assert "Next milestone" in tool.goals_section.goal_list.item(0).data(LINE_ROLE)
    assert "next milestone in" in tool.headline_label.text()


def test_goal_edits_are_autosaved(qtbot: QtBot, observed: ObservedJournal, journal: Journal) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today() - timedelta(days=3))
    add_goal(qtbot, tool, "Release notes")
    editor = tool.goals_section.goal_editor
    with qtbot.waitSignal(tool.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClicks(editor.success_edit, "Every release has notes the same day")
    with qtbot.waitSignal(observed.changes, timeout=SAVE_WAIT_MS,
                          check_params_cb=lambda change: change.areas == {Area.GOAL}
                          and change.made_by(tool)):
        qtbot.keyClicks(editor.measure_edit, "Checked at the Friday review")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(GoalStatus.AT_RISK.value))
    editor.notes_edit.setPlainText("Ask Dana which format she prefers")
    editor.milestones.remove_milestone(1)
    added = editor.milestones.add_milestone(date.today() + timedelta(days=10))
    assert added in editor.milestones.date_edits
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Release notes on time")
    assert tool.goals_section.goal_list.item(0).text() == "Release notes on time"  # the list follows at once
    assert tool.flush()

    stored = journal.plans.goals(plan.uuid)[0]
    defaults = default_milestones(plan.start, 90)
    assert stored.title == "Release notes on time"
    assert stored.success == "Every release has notes the same day"
    assert stored.measure == "Checked at the Friday review"
    assert stored.status == GoalStatus.AT_RISK
    assert stored.notes == "Ask Dana which format she prefers"
    added_day = date.today() + timedelta(days=10)
    assert milestone_days(stored) == tuple(sorted((defaults[0], defaults[2], added_day)))


def test_overdue_goals_are_marked(qtbot: QtBot, observed: ObservedJournal) -> None:
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today() - timedelta(days=50))
    add_goal(qtbot, tool, "Late one")
    add_goal(qtbot, tool, "Done one")
    tool.goals_section.select_goal(tool.goals[0].uuid)
    milestones = tool.goals_section.goal_editor.milestones
    milestones.set_dates((date.today() - timedelta(days=2),), date.today())
    milestones.changed.emit()
    tool.goals_section.select_goal(tool.goals[1].uuid)  # saves the first
    editor = tool.goals_section.goal_editor
    editor.milestones.set_dates((date.today() - timedelta(days=2),), date.today())
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(GoalStatus.DONE.value))
    assert tool.flush()
    late, done = tool.goals_section.goal_list.item(0), tool.goals_section.goal_list.item(1)
    assert late.data(OVERDUE_ROLE) is True
    assert late.data(LINE_ROLE).startswith("Overdue")
    assert "overdue" in late.data(Qt.ItemDataRole.AccessibleTextRole).lower()
    assert done.data(OVERDUE_ROLE) is False
    assert "1 overdue" in tool.summary_label.text()


def test_goals_reorder_with_buttons_and_keys(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today())
    for title in ("First", "Second", "Third"):
        add_goal(qtbot, tool, title)
    tool.goals_section.goal_list.setCurrentRow(2)
    assert not tool.goals_section.move_down_button.isEnabled()
    qtbot.mouseClick(tool.goals_section.move_up_button, Qt.MouseButton.LeftButton)
    assert [g.title for g in journal.plans.goals(plan.uuid)] == ["First", "Third", "Second"]
    assert tool.goals_section.goal_list.currentRow() == 1

    tool.goals_section.goal_list.setFocus()
    qtbot.keyClick(tool.goals_section.goal_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [g.title for g in journal.plans.goals(plan.uuid)] == ["Third", "First", "Second"]
    assert tool.goals_section.goal_list.currentRow() == 0
    assert not tool.goals_section.move_up_button.isEnabled()
    qtbot.keyClick(tool.goals_section.goal_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    stored = journal.plans.goals(plan.uuid)
    assert [g.title for g in stored] == ["First", "Third", "Second"]
    assert [g.position for g in stored] == [0, 1, 2]
    assert tool.goals_section.goal_editor.current_uuid == stored[1].uuid


def test_deleting_a_goal_can_be_undone_with_its_evidence(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today() - timedelta(days=4))
    for title in ("Keep", "Remove", "Also keep"):
        add_goal(qtbot, tool, title)
    doomed = tool.goals[1]
    win = journal.plans.save_evidence(Evidence("win-1", doomed.uuid, date.today(), "Shipped it", None,
                                               datetime.now(UTC)))
    tool.refresh()
    tool.goals_section.goal_list.setCurrentRow(1)
    tool.goals_section.goal_editor.notes_edit.setPlainText("Edited just before deleting")
    tool.goals_section.goal_list.setFocus()
    qtbot.keyClick(tool.goals_section.goal_list, Qt.Key.Key_Delete)

    assert [g.title for g in journal.plans.goals(plan.uuid)] == ["Keep", "Also keep"]
    assert journal.plans.evidence()[0].goal_uuid is None
    assert tool.notice.isVisible() and "Remove" in tool.notice.label.text()
    assert tool.goals_section.goal_list.currentRow() == 1  # the next goal takes its place

    qtbot.keyClick(tool.goals_section.goal_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = journal.plans.goals(plan.uuid)
    assert [g.title for g in stored] == ["Keep", "Remove", "Also keep"]
    assert stored[1].notes == "Edited just before deleting"
    assert journal.plans.evidence()[0] == win
    assert not tool.notice.isVisible()
    assert tool.goals_section.goal_editor.current_uuid == doomed.uuid


# -- alignment ---------------------------------------------------------------------------------


def test_recording_who_agreed(qtbot: QtBot, observed: ObservedJournal, journal: Journal) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today() - timedelta(days=2))
    tool.show_section("alignment")
    assert tool.alignment_section.alignment_stack.currentWidget() is tool.alignment_section.alignment_hint
    qtbot.mouseClick(tool.alignment_section.record_button, Qt.MouseButton.LeftButton)

    first = journal.plans.alignments(plan.uuid)
    assert len(first) == 1
    assert (first[0].who, first[0].agreed_on) == ("", date.today())  # no name typed for the person
    assert first[0].how == AgreementChannel.MEETING
    editor = tool.alignment_section.alignment_editor
    assert QApplication.focusWidget() is editor.who_edit  # who comes first
    editor.how_combo.setCurrentIndex(editor.how_combo.findData(AgreementChannel.EMAIL.value))
    editor.date_edit.setDate(qdate(date.today() - timedelta(days=1)))
    with qtbot.waitSignal(tool.saved, timeout=SAVE_WAIT_MS):
        editor.about_edit.selectAll()
        qtbot.keyClicks(editor.about_edit, "The plan, goals 1 to 3")
    stored = journal.plans.alignments(plan.uuid)[0]
    assert (stored.how, stored.agreed_on, stored.about) == (
        AgreementChannel.EMAIL, date.today() - timedelta(days=1), "The plan, goals 1 to 3")
    assert "by email" in tool.alignment_section.alignment_list.item(0).text()

    tool.alignment_section.alignment_list.setFocus()
    qtbot.keyClick(tool.alignment_section.alignment_list, Qt.Key.Key_Delete)
    assert journal.plans.alignments(plan.uuid) == []
    assert tool.alignment_section.alignment_stack.currentWidget() is tool.alignment_section.alignment_hint
    qtbot.mouseClick(tool.notice.accept_button, Qt.MouseButton.LeftButton)
    assert journal.plans.alignments(plan.uuid) == [stored]
    assert tool.alignment_section.alignment_list.count() == 1


def test_flush_saves_a_pending_edit_at_once(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today())
    add_goal(qtbot, tool, "Goal")
    qtbot.keyClicks(tool.goals_section.goal_editor.success_edit, "Typed, then the page closed")
    assert journal.plans.goals(plan.uuid)[0].success == ""  # still waiting for the debounce
    assert tool.flush()
    assert journal.plans.goals(plan.uuid)[0].success == "Typed, then the page closed"


# -- keyboard and names ------------------------------------------------------------------------


def test_the_plan_can_be_made_from_the_keyboard(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    tool.focus_first()
    seen: list[QWidget | None] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    form = tool.new_plan_card.form
    for widget in (form.length_buttons[30], form.manager_edit, form.people.add_button,
                   tool.new_plan_card.create_button):
        assert widget in seen
    form.manager_edit.setFocus()
    qtbot.keyClicks(form.manager_edit, "Dana")
    tool.new_plan_card.create_button.setFocus()
    qtbot.keyClick(tool.new_plan_card.create_button, Qt.Key.Key_Space)
    assert journal.plans.current_plan() is not None
    assert QApplication.focusWidget() is tool.goals_section.new_goal_edit
    qtbot.keyClicks(tool.goals_section.new_goal_edit, "From the keyboard")
    qtbot.keyClick(tool.goals_section.new_goal_edit, Qt.Key.Key_Return)
    assert [g.title for g in tool.goals] == ["From the keyboard"]
    tool.focus_first()
    assert QApplication.focusWidget() is tool.goals_section.goal_list
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert tool.goals_section.delete_goal_button in seen and tool.goals_section.goal_editor.title_edit in seen
    assert tool.goals_section.move_up_button not in seen  # disabled with a single goal: Tab skips it


@pytest.mark.parametrize("state", ["empty", "filled"])
def test_every_interactive_widget_has_an_accessible_name(
    qtbot: QtBot, observed: ObservedJournal, state: str
) -> None:
    tool = make_tool(qtbot, observed)
    if state == "filled":
        create_plan(qtbot, tool, date.today() - timedelta(days=9))
        add_goal(qtbot, tool, "Named")
        tool.goals_section.goal_editor.milestones.add_milestone()
        tool.show_section("alignment")
        qtbot.mouseClick(tool.alignment_section.record_button, Qt.MouseButton.LeftButton)
        tool.show_section("evidence")
        qtbot.mouseClick(tool.evidence_section.add_evidence_button, Qt.MouseButton.LeftButton)
        assert tool.evidence_section.evidence_dialog is not None
        assert unnamed(tool.evidence_section.evidence_dialog) == []
        tool.evidence_section.evidence_dialog.reject()
    assert unnamed(tool) == []
