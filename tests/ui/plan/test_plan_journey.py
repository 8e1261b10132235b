"""The plan's part of the method, through its widgets on real journals: what success looks like at
each milestone of a goal (with a status each), each stakeholder's expectations and confirmation,
and the plan's own checkpoints (30, 60, 90 days), written here or by the prompts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.clock import FixedClock
from app.domain.plan_math import checkpoint_day, default_milestones
from app.domain.workbench import GoalMilestone, GoalStatus, MilestoneMark, Stakeholder
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.plan_lists import LINE_ROLE, OVERDUE_ROLE
from app.ui.plan.plan_tool import PlanTool
from app.ui.widgets.form_fields import qdate
from tests.ui.helpers import SAVE_WAIT_MS
from tests.ui.plan.plan_helpers import (
    DISK_FULL,
    FAST,
    Failing,
    add_goal,
    create_plan,
    file_rows,
    make_tool,
    unnamed,
)

NOW = datetime(2026, 4, 14, 19, 30, tzinfo=UTC)  # a Tuesday evening, day 44 of a plan from 2 March
START = date(2026, 3, 2)


def clocked(journal: Journal) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=FAST, clock=FixedClock(NOW))


def made_by(tool: PlanTool, area: Area) -> Callable[[Change], bool]:
    return lambda change: change.areas == {area} and change.made_by(tool)


# -- success at each milestone of a goal ----------------------------------------------------------


def test_each_milestone_says_what_success_looks_like_then_and_how_it_stands(
    qtbot: QtBot, journal: Journal
) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, START)
    add_goal(qtbot, tool, "Answer tickets within a day")
    rows = tool.goals_section.goal_editor.milestones.rows
    assert [row.date_edit.date() for row in rows] == [qdate(day) for day in default_milestones(START, 90)]

    rows[0].success_edit.setFocus()
    with qtbot.waitSignal(observed.changes, timeout=SAVE_WAIT_MS, check_params_cb=made_by(tool, Area.GOAL)):
        qtbot.keyClicks(rows[0].success_edit, "Half the backlog answered")
    rows[0].status_combo.setCurrentIndex(rows[0].status_combo.findData(GoalStatus.DONE.value))
    rows[1].success_edit.setPlainText("Every ticket within a day")
    rows[1].status_combo.setCurrentIndex(rows[1].status_combo.findData(GoalStatus.AT_RISK.value))
    assert tool.flush()

    stored = journal.plans.goals(plan.uuid)[0]
    first, second, third = default_milestones(START, 90)
    assert stored.milestones == (
        GoalMilestone(first, "Half the backlog answered", GoalStatus.DONE),
        GoalMilestone(second, "Every ticket within a day", GoalStatus.AT_RISK),
        GoalMilestone(third),
    )
    assert stored.success == ""  # the goal's overall success is a field of its own


def test_a_passed_milestone_met_is_not_overdue_and_one_at_risk_is(qtbot: QtBot, journal: Journal) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, START)  # day 30 (31 March) has passed by 14 April
    add_goal(qtbot, tool, "Tickets")
    editor = tool.goals_section.goal_editor
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(GoalStatus.NOT_STARTED.value))
    first = editor.milestones.rows[0]
    item = tool.goals_section.goal_list.item(0)
    assert item.data(OVERDUE_ROLE) is True  # not started, and a milestone has passed
    assert item.data(LINE_ROLE) == "Overdue: the milestone of Tue 31 Mar is not met yet"

    first.status_combo.setCurrentIndex(first.status_combo.findData(GoalStatus.DONE.value))
    assert item.data(OVERDUE_ROLE) is False  # that milestone was met: nothing is late
    assert item.data(LINE_ROLE) == "Next milestone Thu 30 Apr, in 16 days"
    assert "overdue" not in tool.summary_label.text()

    editor.status_combo.setCurrentIndex(editor.status_combo.findData(GoalStatus.ON_TRACK.value))
    first.status_combo.setCurrentIndex(first.status_combo.findData(GoalStatus.AT_RISK.value))
    assert item.data(OVERDUE_ROLE) is True  # on track overall, but that milestone was missed
    assert "1 overdue" in tool.summary_label.text()


def press(qtbot: QtBot, button: QWidget) -> None:
    """From the keyboard: the button takes the focus and Space presses it."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_a_milestone_added_and_removed_keeps_the_others_words(qtbot: QtBot, journal: Journal) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, START)
    add_goal(qtbot, tool, "Reports")
    milestones = tool.goals_section.goal_editor.milestones
    milestones.rows[2].success_edit.setPlainText("Every report on Friday")
    qtbot.mouseClick(milestones.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is milestones.rows[3].date_edit
    assert milestones.rows[3].date_edit.date() == qdate(default_milestones(START, 90)[2] + timedelta(days=30))
    milestones.rows[0].success_edit.setFocus()
    press(qtbot, milestones.rows[0].remove_button)
    assert [row.remove_button.accessibleName() for row in milestones.rows] == [
        "Remove milestone 1", "Remove milestone 2", "Remove milestone 3"]
    assert tool.flush()
    stored = journal.plans.goals(plan.uuid)[0].milestones
    assert [m.success for m in stored] == ["", "Every report on Friday", ""]
    # Two blank milestones on one day are one; one with words on the day of a blank one wins.
    milestones.rows[0].date_edit.setDate(milestones.rows[1].date_edit.date())
    assert tool.flush()
    assert [m.success for m in journal.plans.goals(plan.uuid)[0].milestones] == ["Every report on Friday", ""]


# -- align everyone -------------------------------------------------------------------------------


def test_each_stakeholder_has_expectations_and_a_confirmation_day(qtbot: QtBot, journal: Journal) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    card = tool.new_plan_card.form
    card.people.add_person("Priya (HR)")
    card.people.rows[0].expectations_edit.setPlainText("The plan on file, signed.")
    create_plan(qtbot, tool, START)
    stored = journal.plans.current_plan()
    priya_first = Stakeholder("Priya (HR)", "The plan on file, signed.")
    assert stored is not None and stored.stakeholders == (priya_first,)
    assert "Priya (HR) has not confirmed yet" in tool.summary_label.text()

    tool.show_section("details")
    people = tool.details_section.form.people
    assert [row.person() for row in people.rows] == list(stored.stakeholders)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    sam = people.rows[1]
    assert QApplication.focusWidget() is sam.name_edit
    qtbot.keyClicks(sam.name_edit, "Sam")
    sam.expectations_edit.setFocus()
    with qtbot.waitSignal(observed.changes, timeout=SAVE_WAIT_MS, check_params_cb=made_by(tool, Area.PLAN)):
        qtbot.keyClicks(sam.expectations_edit, "Reviews within a day")
    assert "Priya (HR) and Sam have not confirmed yet" in tool.summary_label.text()

    priya = people.rows[0]
    assert priya.status_label.text() == "Not confirmed yet" and not priya.confirmed_edit.isVisible()
    priya.confirm_button.setFocus()
    qtbot.keyClick(priya.confirm_button, Qt.Key.Key_Space)  # from the keyboard, on the journal's today
    assert priya.confirmed_edit.isVisible() and QApplication.focusWidget() is priya.confirmed_edit
    assert priya.status_label.text() == "Confirmed the plan on"
    assert tool.flush()
    current = journal.plans.current_plan()
    assert current is not None
    assert current.stakeholders == (Stakeholder("Priya (HR)", "The plan on file, signed.", NOW.date()),
                                    Stakeholder("Sam", "Reviews within a day"))
    assert "Sam has not confirmed yet" in tool.summary_label.text()

    priya.confirmed_edit.setDate(qdate(date(2026, 3, 4)))  # it was a while ago, in fact
    assert tool.flush()
    current = journal.plans.current_plan()
    assert current is not None and current.stakeholders[0].confirmed_on == date(2026, 3, 4)
    qtbot.mouseClick(priya.unconfirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sam.remove_button, Qt.MouseButton.LeftButton)
    assert tool.flush()
    current = journal.plans.current_plan()
    assert current is not None and current.stakeholders == (priya_first,)


def test_stakeholders_changed_elsewhere_show_in_the_form(qtbot: QtBot, journal: Journal) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, START)
    people = (Stakeholder("Lee", "Fewer escalations", date(2026, 3, 3)),)
    observed.act(Area.PLAN, lambda j: j.plans.save_plan(replace(plan, stakeholders=people)), origin=object())
    form = tool.details_section.form
    assert form.stakeholders() == people
    assert form.people.rows[0].confirmed_edit.date() == qdate(date(2026, 3, 3))
    assert "not confirmed" not in tool.summary_label.text()


# -- the plan's checkpoints -----------------------------------------------------------------------


def test_the_checkpoints_say_their_day_and_save_what_success_looks_like(
    qtbot: QtBot, journal: Journal
) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, START)
    tool.show_section("checkpoints")
    section = tool.checkpoints_section
    assert [row.heading.text() for row in section.rows.values()] == [
        "Day 30 — Tue 31 Mar", "Day 60 — Thu 30 Apr", "Day 90 / the end — Sat 30 May"]
    tool.focus_first()
    assert QApplication.focusWidget() is section.rows[MilestoneMark.DAY_30].edit
    day_60 = section.rows[MilestoneMark.DAY_60].edit
    day_60.setFocus()
    with qtbot.waitSignal(observed.changes, timeout=SAVE_WAIT_MS, check_params_cb=made_by(tool, Area.PLAN)):
        qtbot.keyClicks(day_60, "Trusted with releases again")
    stored = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_60)
    assert (stored.success, stored.due_on) == ("Trusted with releases again", date(2026, 4, 30))
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30).success == ""


def test_words_the_prompts_write_show_in_the_checkpoints(qtbot: QtBot, journal: Journal) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, START)
    tool.hide()  # shown or not, the tool follows

    def prompt_writes(j: Journal) -> None:
        m = j.milestones.milestone(plan.uuid, MilestoneMark.DAY_30)
        j.milestones.save_milestone(replace(m, success="My updates go out before Dana asks."))

    assert observed.act(Area.PLAN, prompt_writes, origin=object()) is not None
    assert tool.checkpoints_section.rows[MilestoneMark.DAY_30].edit.toPlainText() == (
        "My updates go out before Dana asks.")
    assert not tool.saver.pending  # showing them is not an edit


def test_a_shorter_plan_shares_a_row_but_never_hides_words(qtbot: QtBot, journal: Journal) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, START, length=30)
    rows = tool.checkpoints_section.rows
    tool.show_section("checkpoints")
    assert [mark for mark, row in rows.items() if not row.isHidden()] == [MilestoneMark.DAY_30]
    assert rows[MilestoneMark.DAY_30].heading.text() == "Day 30 / the end — Tue 31 Mar"

    def answered_for_day_90(j: Journal) -> None:
        m = j.milestones.milestone(plan.uuid, MilestoneMark.DAY_90)
        j.milestones.save_milestone(replace(m, success="Written when the plan was 90 days"))

    observed.act(Area.PLAN, answered_for_day_90, origin=object())
    shown = [mark for mark, row in rows.items() if not row.isHidden()]
    assert shown == [MilestoneMark.DAY_30, MilestoneMark.DAY_90]
    assert rows[MilestoneMark.DAY_90].heading.text() == "For day 90 (the plan ends on day 30) — Tue 31 Mar"
    assert rows[MilestoneMark.DAY_90].edit.toPlainText() == "Written when the plan was 90 days"


def test_the_checkpoints_move_with_the_plan_in_the_same_save(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, START)
    rows = tool.checkpoints_section.rows
    rows[MilestoneMark.DAY_30].edit.setPlainText("Written for day 30")
    rows[MilestoneMark.DAY_60].edit.setPlainText("Written for day 60")
    assert tool.flush()
    reviewed = replace(journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30), reviewed_at=NOW)
    journal.milestones.save_milestone(reviewed)  # day 30 came and was reviewed: it keeps its day
    before = file_rows(journal)
    failing = Failing(monkeypatch, journal.milestones, "save_milestone", on_call=1)

    tool.show_section("details")
    tool.details_section.form.start_edit.setDate(qdate(START + timedelta(days=7)))
    assert not tool.flush()  # moving the checkpoint failed: the plan's new start was not kept either
    assert failing.calls == 1 and file_rows(journal) == before

    failing.failing = False
    assert tool.flush()
    moved = {m.mark: m for m in journal.milestones.milestones(plan.uuid)}
    current = journal.plans.current_plan()
    assert current is not None and current.start == START + timedelta(days=7)
    assert moved[MilestoneMark.DAY_30].due_on == checkpoint_day(START, 90, 30)
    assert moved[MilestoneMark.DAY_60].due_on == checkpoint_day(START + timedelta(days=7), 90, 60)
    assert moved[MilestoneMark.DAY_60].success == "Written for day 60"
    assert rows[MilestoneMark.DAY_60].heading.text() == "Day 60 — Thu 7 May"


def test_a_failed_checkpoint_save_keeps_the_words_and_tries_again(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, START)
    failing = Failing(monkeypatch, journal.milestones, "save_milestone")
    edit = tool.checkpoints_section.rows[MilestoneMark.DAY_90].edit
    tool.show_section("checkpoints")
    edit.setFocus()
    with qtbot.waitSignal(tool.save_failed, timeout=SAVE_WAIT_MS, check_params_cb=DISK_FULL.__eq__):
        qtbot.keyClicks(edit, "Off the plan")
    assert edit.toPlainText() == "Off the plan"
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_90).success == ""
    failing.failing = False
    with qtbot.waitSignal(tool.saved, timeout=SAVE_WAIT_MS):
        pass
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_90).success == "Off the plan"


def test_the_tool_passes_over_its_own_checkpoint_saves(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    observed = clocked(journal)
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, START)
    reloads: list[int] = []
    real_refresh = tool.refresh
    monkeypatch.setattr(tool, "refresh", lambda: (reloads.append(1), real_refresh()))
    qtbot.keyClicks(tool.checkpoints_section.rows[MilestoneMark.DAY_30].edit, "Mine")
    assert tool.flush()
    assert reloads == []
    observed.announce(Change.everything())
    assert reloads == [1]


# -- names, keys and the actions row ---------------------------------------------------------------


def test_new_parts_are_named_and_the_header_takes_plan_actions(qtbot: QtBot, journal: Journal) -> None:
    tool = make_tool(qtbot, clocked(journal))
    create_plan(qtbot, tool, START)
    add_goal(qtbot, tool, "Named")
    tool.details_section.form.people.add_person("Priya")
    tool.details_section.form.people.add_person()
    tool.details_section.form.people.rows[0].confirm_today()
    for section in ("checkpoints", "details"):
        tool.show_section(section)
    assert unnamed(tool) == []
    assert tool.details_section.form.people.rows[0].expectations_edit.accessibleName() == "What Priya expects"
    assert tool.actions_bar.isVisible()  # the plan's own: end it, past plans
    button = QPushButton("Another action")
    button.setAccessibleName("Another action")
    tool.add_plan_action(button)
    assert tool.actions_bar.isVisible() and button.isVisible()
    assert isinstance(tool, PlanTool)
