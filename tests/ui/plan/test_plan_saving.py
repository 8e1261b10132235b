"""How the plan tool reaches the file: steady typing saved as it goes, failures kept and retried,
each action one commit, changes from elsewhere shown, its own echo passed over, and its dates
read from the journal's clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.clock import FixedClock
from app.domain.workbench import Evidence, Goal, GoalStatus
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.plan_lists import LINE_ROLE
from app.ui.plan.plan_tool import PlanTool
from app.ui.widgets.form_fields import pydate
from tests.ui.helpers import SAVE_WAIT_MS
from tests.ui.plan.plan_helpers import (
    DISK_FULL,
    FAST,
    Failing,
    add_goal,
    create_plan,
    fast_journal,
    file_rows,
    make_tool,
)

# The app types a key every 300 ms against a 700 ms pause and a 1 s cap; FAST saves ten times
# sooner, so a key every 30 ms keeps the pause from ever running out while typing goes on, and
# only the cap can save. 30 keys are about 0.9 s of steady typing.
KEY_EVERY_MS = 30
KEYS = 30


def type_steadily(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, stored: list[tuple[int, str]],
                  typed: list[int]) -> None:
    widget.setFocus()
    for _ in range(KEYS):
        qtbot.keyClick(widget, Qt.Key.Key_A)
        typed[0] += 1
        qtbot.wait(KEY_EVERY_MS)
    assert typed[0] == KEYS and stored, "nothing reached the file while typing"


def assert_saved_while_typing(stored: list[tuple[int, str]], prefix: str) -> None:
    """Saves came while the keys kept coming (not only once they stopped), each one holding
    everything typed up to that moment."""
    during = [(keys, text) for keys, text in stored if keys < KEYS]
    assert len(during) >= 3, stored
    for keys, text in during:
        assert text == prefix + "a" * keys
    assert [keys for keys, _ in during] == sorted(keys for keys, _ in during)


# -- steady typing -------------------------------------------------------------------------------


def test_steady_typing_in_a_plan_field_is_saved_as_it_goes(qtbot: QtBot, journal: Journal) -> None:
    observed = fast_journal(journal)
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today())
    tool.show_section("details")
    stored: list[tuple[int, str]] = []
    typed = [0]

    def on_change(change: Change) -> None:
        if change.touches(Area.PLAN):
            plan = journal.plans.current_plan()
            assert plan is not None
            stored.append((typed[0], plan.manager))

    observed.changes.connect(on_change)
    manager = tool.details_section.form.manager_edit
    manager.end(False)
    type_steadily(qtbot, manager, stored, typed)

    assert_saved_while_typing(stored, "Dana")
    assert tool.flush()
    plan = journal.plans.current_plan()
    assert plan is not None and plan.manager == "Dana" + "a" * KEYS


def test_steady_typing_in_a_goal_is_saved_as_it_goes(qtbot: QtBot, journal: Journal) -> None:
    observed = fast_journal(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today())
    add_goal(qtbot, tool, "Weekly update")
    stored: list[tuple[int, str]] = []
    typed = [0]

    def on_change(change: Change) -> None:
        if change.touches(Area.GOAL):
            stored.append((typed[0], journal.plans.goals(plan.uuid)[0].success))

    observed.changes.connect(on_change)
    type_steadily(qtbot, tool.goals_section.goal_editor.success_edit, stored, typed)

    assert_saved_while_typing(stored, "")
    assert tool.flush()
    assert journal.plans.goals(plan.uuid)[0].success == "a" * KEYS


# -- a failed save -------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["goal", "plan"])
def test_a_failed_save_keeps_the_text_says_why_and_tries_again(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    observed = fast_journal(journal)
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today())
    add_goal(qtbot, tool, "Weekly update")
    failing = Failing(monkeypatch, journal.plans, "save_goal" if field == "goal" else "save_plan")
    if field == "goal":
        edit: QLineEdit | QPlainTextEdit = tool.goals_section.goal_editor.success_edit
        wanted = "Dana never has to ask."
    else:
        tool.show_section("details")
        edit = tool.details_section.form.manager_edit
        edit.end(False)
        wanted = "Dana Whitfield"

    edit.setFocus()
    with qtbot.waitSignals([observed.problem, tool.save_failed], timeout=SAVE_WAIT_MS,
                           check_params_cbs=[lambda text: text == DISK_FULL, lambda text: text == DISK_FULL]):
        qtbot.keyClicks(edit, "Dana never has to ask." if field == "goal" else " Whitfield")

    shown = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    assert shown == wanted  # the words stay on screen
    assert tool.status_label.state == "error" and DISK_FULL in tool.status_label.text()
    stored = journal.plans.goals(plan.uuid)[0].success if field == "goal" else plan.manager
    assert stored != wanted
    assert not tool.flush()  # a page change or a lock finds it still unsaved

    failing.failing = False  # the disk has room again: saving is tried again without a keystroke
    with qtbot.waitSignal(tool.saved, timeout=SAVE_WAIT_MS):
        pass
    current = journal.plans.current_plan()
    assert current is not None
    assert (journal.plans.goals(plan.uuid)[0].success if field == "goal" else current.manager) == wanted
    assert tool.status_label.text() == "Saved"


# -- one commit per action -----------------------------------------------------------------------


def test_moving_a_goal_is_one_commit(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today())
    for title in ("First", "Second", "Third"):
        add_goal(qtbot, tool, title)
    goals = tool.goals_section
    goals.goal_list.setCurrentRow(2)
    before = file_rows(journal)
    failing = Failing(monkeypatch, journal.plans, "place_goal", on_call=2)

    qtbot.mouseClick(goals.move_up_button, Qt.MouseButton.LeftButton)

    assert failing.calls == 2  # "Third" was placed, then placing "Second" failed
    assert file_rows(journal) == before
    assert [g.title for g in tool.goals] == ["First", "Second", "Third"]
    assert [goals.goal_list.item(row).text() for row in range(3)] == ["First", "Second", "Third"]
    assert goals.goal_list.currentRow() == 2
    assert tool.notice.label.text() == f"Couldn't move the goal: {DISK_FULL}"

    qtbot.mouseClick(goals.move_up_button, Qt.MouseButton.LeftButton)  # the third call works
    assert [g.title for g in journal.plans.goals(plan.uuid)] == ["First", "Third", "Second"]


def test_bringing_back_a_goal_is_one_commit(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today() - timedelta(days=4))
    for title in ("Keep", "Remove", "Also keep"):
        add_goal(qtbot, tool, title)
    doomed = tool.goals[1]
    for n in range(2):
        journal.plans.save_evidence(Evidence(f"win-{n}", doomed.uuid, date.today(), f"Win {n}", None,
                                             datetime.now(UTC)))
    tool.refresh()
    tool.goals_section.goal_list.setCurrentRow(1)
    tool.goals_section.delete_goal()
    assert [g.title for g in journal.plans.goals(plan.uuid)] == ["Keep", "Also keep"]
    before = file_rows(journal)
    failing = Failing(monkeypatch, journal.plans, "save_evidence", on_call=2)

    tool.undo()

    assert failing.calls == 2  # the goal and its first win were written, then the second failed
    assert file_rows(journal) == before
    assert [g.title for g in tool.goals] == ["Keep", "Also keep"]
    assert tool.notice.label.text() == f"Couldn't bring it back: {DISK_FULL}"
    assert tool.notice.accept_button.isVisible()  # the way back stays open

    tool.undo()
    assert [g.title for g in journal.plans.goals(plan.uuid)] == ["Keep", "Remove", "Also keep"]
    assert {e.goal_uuid for e in journal.plans.evidence()} == {doomed.uuid}
    assert tool.goals_section.goal_editor.current_uuid == doomed.uuid


# -- changes from elsewhere, and our own ---------------------------------------------------------


def test_a_win_saved_on_the_journal_page_shows_in_the_tool_even_when_hidden(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today() - timedelta(days=2))
    goal = add_goal(qtbot, tool, "Tickets")
    tool.hide()
    win = Evidence("from-entry", goal.uuid, date.today(), "Closed the oldest ticket", "entry-1",
                   datetime.now(UTC))

    assert observed.act(Area.EVIDENCE, lambda j: j.plans.save_evidence(win), origin=object()) is not None

    assert tool.evidence == [win]
    assert tool.section_buttons["evidence"].text() == "Evidence (1)"
    assert "1 piece of evidence" in tool.goals_section.goal_list.item(0).data(LINE_ROLE)
    assert tool.evidence_section.evidence_list.item(0).text().endswith("Closed the oldest ticket")


def test_an_import_shows_in_the_tool(qtbot: QtBot, observed: ObservedJournal, journal: Journal) -> None:
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today())
    now = datetime.now(UTC)
    journal.plans.save_goal(Goal("imported", plan.uuid, "From the backup", "", "", (), GoalStatus.ON_TRACK,
                                 "", 0, now, now))
    observed.announce(Change.everything())
    assert [g.title for g in tool.goals] == ["From the backup"]
    assert tool.section_buttons["goals"].text() == "Goals (1)"


def test_the_tool_passes_over_its_own_changes(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today())
    add_goal(qtbot, tool, "Weekly update")
    reloads: list[int] = []
    real_refresh = tool.refresh
    monkeypatch.setattr(tool, "refresh", lambda: (reloads.append(1), real_refresh()))
    own: list[Change] = []
    observed.changes.connect(lambda change: own.append(change) if change.made_by(tool) else None)

    success = tool.goals_section.goal_editor.success_edit
    success.setFocus()
    qtbot.keyClicks(success, "Dana never has to ask")
    assert tool.flush()
    add_goal(qtbot, tool, "Second")
    tool.show_section("alignment")
    qtbot.mouseClick(tool.alignment_section.record_button, Qt.MouseButton.LeftButton)

    assert [c.areas for c in own] == [{Area.GOAL}, {Area.GOAL}, {Area.ALIGNMENT}]
    assert reloads == []  # our own saves and actions did not reload the tool
    observed.act(Area.GOAL, lambda j: None, origin=object())
    assert reloads == [1]  # someone else's change does


def test_the_tool_reads_today_from_the_journals_clock(qtbot: QtBot, journal: Journal) -> None:
    clock = FixedClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC))
    observed = ObservedJournal(journal, save_timing=FAST, clock=clock)
    tool = make_tool(qtbot, observed)
    assert pydate(tool.new_plan_card.form.start_edit.date()) == clock.today()
    plan = create_plan(qtbot, tool, clock.today() - timedelta(days=9))
    assert plan.created_at == clock.now()
    assert tool.headline_label.text().startswith("Day 10 of 90")
    goal = add_goal(qtbot, tool, "Tickets")
    assert goal.created_at == clock.now()
    tool.show_section("alignment")
    qtbot.mouseClick(tool.alignment_section.record_button, Qt.MouseButton.LeftButton)
    assert journal.plans.alignments(plan.uuid)[0].agreed_on == clock.today()
    tool.show_section("evidence")
    qtbot.mouseClick(tool.evidence_section.add_evidence_button, Qt.MouseButton.LeftButton)
    dialog = tool.evidence_section.evidence_dialog
    assert dialog is not None and dialog.form.happened_on() == clock.today()
    qtbot.keyClicks(dialog.form.text_edit, "A win")
    dialog.accept()
    assert journal.plans.evidence()[0].created_at == clock.now()
    assert isinstance(tool, PlanTool)
