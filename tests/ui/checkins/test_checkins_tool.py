"""The Check-ins tool driven like a person would: schedule, prepare, write up, follow up, undo."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.changes import CHECKIN_RECORDS, Change
from app.domain.schedule import Cadence
from app.domain.workbench import (
    Evidence,
    Feedback,
)
from app.store.journal import Journal
from app.ui.checkins.checkin_drafts import ActionDraft, action_key, feedback_key
from app.ui.checkins.checkins_tool import AFTER, FOLLOW_UP, PREPARE, CheckInsTool
from app.ui.checkins.schedule_dialog import ScheduleDialog
from app.ui.data.journal_events import ObservedJournal
from app.workbench_catalogue import load_questions
from tests.ui.checkins.checkin_helpers import (
    ToolFactory,
    add_action,
    add_checkin,
    add_plan,
    click,
    stored,
    tools_on,
    utc_at,
)
from tests.ui.helpers import SAVE_WAIT_MS, type_text

INTERACTIVE = (QAbstractButton, QAbstractItemView, QPlainTextEdit, QTextEdit, QLineEdit, QComboBox,
               QAbstractSpinBox)


@pytest.fixture
def make_tool(qtbot: QtBot, observed: ObservedJournal) -> Iterator[ToolFactory]:
    """Builds the tool on the test's journal, shown and active so the keyboard reaches it."""
    built: list[CheckInsTool] = []
    yield tools_on(qtbot, observed, built)
    for tool in built:
        assert tool.flush()


# -- scheduling ----------------------------------------------------------------------------------


def test_weekly_check_ins_until_a_date_are_all_stored(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = datetime.combine(date.today() + timedelta(days=3), time(9, 30))
    until = first.date() + timedelta(days=28)  # the same weekday four weeks on: five meetings
    seen: dict[str, object] = {}

    def ask(cls: type[ScheduleDialog], parent: QWidget | None, default_until: date | None, now: datetime
            ) -> tuple[list[datetime], bool]:
        dialog = cls(default_until, parent, now=now)
        qtbot.addWidget(dialog)
        seen["default_until"] = default_until
        dialog.show()
        dialog.set_values(first, Cadence.WEEKLY, until)
        seen["summary"] = dialog.summary_label.text()
        with qtbot.waitSignal(dialog.accepted):
            click(qtbot, dialog.schedule_button)
        return dialog.moments(), dialog.result() == ScheduleDialog.DialogCode.Accepted

    monkeypatch.setattr(ScheduleDialog, "ask", classmethod(ask))
    plan, _goal = add_plan(journal)
    tool = make_tool()
    assert "No check-ins yet" in tool.empty_label.accessibleName()
    assert tool.empty_box.isVisible() and not tool.columns_box.isVisible()

    click(qtbot, tool.schedule_button)

    checkins = journal.checkins.checkins()
    assert len(checkins) == 5
    assert [c.scheduled_at.astimezone().replace(tzinfo=None) for c in checkins] == [
        first + timedelta(weeks=week) for week in range(5)
    ]
    assert seen["default_until"] == plan.start + timedelta(days=59)  # the plan's last day
    assert str(seen["summary"]).startswith("5 check-ins at 09:30")
    assert tool.meetings_list.count() == 5
    assert tool.columns_box.isVisible()
    assert tool.checkin is not None and tool.checkin.uuid == checkins[0].uuid
    first_line = tool.meetings_list.item(0).text()
    assert first_line.splitlines()[1] == "Next · in 3 days" and tool.meetings_list.item(0).font().bold()
    assert "in 3 days" in tool.next_label.text()
    assert tool.notice.label.text().startswith("5 check-ins added")


def test_the_dialog_schedules_once_and_refuses_an_empty_range(qtbot: QtBot) -> None:
    dialog = ScheduleDialog(None, now=datetime.now(UTC))
    qtbot.addWidget(dialog)
    dialog.show()
    first = datetime.combine(date.today() + timedelta(days=10), time(14))
    dialog.set_values(first, Cadence.ONCE)
    assert not dialog.until_edit.isEnabled()
    assert [m.astimezone().replace(tzinfo=None) for m in dialog.moments()] == [first]
    dialog.set_values(first, Cadence.FORTNIGHTLY, first.date() + timedelta(days=13))
    assert len(dialog.moments()) == 1 and dialog.schedule_button.isEnabled()
    dialog.set_values(first, Cadence.FORTNIGHTLY, first.date() + timedelta(days=14))
    assert len(dialog.moments()) == 2
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()


# -- preparing -----------------------------------------------------------------------------------


def test_the_agenda_gathers_goals_evidence_questions_and_carried_actions(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    _plan, goal = add_plan(journal)
    earlier = add_checkin(journal, utc_at(date.today() - timedelta(days=7)), held=True)
    add_action(journal, "Send Dana the Q3 summary draft", earlier, goal)
    journal.plans.save_evidence(Evidence(str(uuid.uuid4()), goal.uuid, date.today() - timedelta(days=2),
                                         "Sent the report a day early", None, datetime.now(UTC)))
    journal.plans.save_evidence(Evidence(str(uuid.uuid4()), goal.uuid, date.today() - timedelta(days=9),
                                         "Old news from before the last check-in", None, datetime.now(UTC)))
    upcoming = add_checkin(journal, utc_at(date.today() + timedelta(days=3)))
    tool = make_tool()
    assert tool.checkin is not None and tool.checkin.uuid == upcoming.uuid  # the next one
    assert tool.steps.current_index() == PREPARE
    question = load_questions()[0]
    tool.prepare.tick_questions({question.key})
    tool.prepare.thanks_edit.setPlainText("Making time for me every week")
    tool.prepare.lessons_edit.setPlainText("Asking early saves days")

    click(qtbot, tool.prepare.assemble_button)

    agenda = tool.prepare.agenda_editor.text()
    for expected in ("Ship the weekly report on time", "Sent the report a day early",
                     "## Open actions", "Send Dana the Q3 summary draft", question.text,
                     "Making time for me every week", "Asking early saves days"):
        assert expected in agenda
    assert "Old news" not in agenda  # evidence counts from the last held check-in
    assert stored(journal, upcoming.uuid).agenda == agenda
    assert not tool.prepare.notice.isVisible()  # nothing of the person's was replaced


def test_an_edited_agenda_autosaves_and_is_replaced_only_when_asked_with_undo(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    upcoming = add_checkin(journal, utc_at(date.today() + timedelta(days=2)))
    tool = make_tool()
    click(qtbot, tool.prepare.assemble_button)
    assembled = tool.prepare.agenda_editor.text()
    tool.prepare.agenda_editor.focus_editor()
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, tool.prepare.agenda_editor.text_edit, "\nAsk about the Friday deadline")
    edited = tool.prepare.agenda_editor.text()
    assert edited != assembled and stored(journal, upcoming.uuid).agenda == edited
    assert tool.save_status.text() == "Saved"

    click(qtbot, tool.prepare.assemble_button)  # the agenda has the person's words: ask, inline
    assert tool.prepare.notice.isVisible()
    assert tool.prepare.notice.accept_button.text() == "Replace it"
    assert tool.prepare.agenda_editor.text() == edited
    click(qtbot, tool.prepare.notice.accept_button)
    assert tool.prepare.agenda_editor.text() == assembled
    assert stored(journal, upcoming.uuid).agenda == assembled
    assert tool.prepare.notice.accept_button.text() == "Undo"
    click(qtbot, tool.prepare.notice.accept_button)
    assert tool.prepare.agenda_editor.text() == edited
    assert stored(journal, upcoming.uuid).agenda == edited

    click(qtbot, tool.prepare.assemble_button)
    click(qtbot, tool.prepare.notice.reject_button)  # keep mine
    assert stored(journal, upcoming.uuid).agenda == edited


# -- after the meeting ---------------------------------------------------------------------------


def test_notes_feedback_actions_and_rating_after_the_meeting(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, observed: ObservedJournal
) -> None:
    _plan, goal = add_plan(journal)
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)))
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    assert tool.steps.current_index() == AFTER  # a past meeting opens on what happened
    editor = tool.editor
    heard: list[Change] = []
    observed.changes.connect(heard.append)

    editor.notes_editor.focus_editor()
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor.notes_editor.text_edit, "Dana liked the new summary.")
    assert stored(journal, meeting.uuid).notes == "Dana liked the new summary."
    assert not editor.rating_buttons[4].isEnabled()
    click(qtbot, editor.held_check)
    click(qtbot, editor.rating_buttons[4])
    after = stored(journal, meeting.uuid)
    assert after.held and after.rating == 4
    assert tool.meetings_list.currentItem().text().endswith("Held · 4 of 5, good")

    type_text(qtbot, editor.new_feedback, "Flag risks the day you see them")
    qtbot.keyClick(editor.new_feedback, Qt.Key.Key_Return)
    [row] = editor.feedback_rows
    row.goal_combo.setCurrentIndex(row.goal_combo.findData(goal.uuid))
    click(qtbot, row.action_button)  # the form opens on "I will ", the feedback above it
    assert journal.checkins.actions() == []
    assert editor.action_text.text() == "I will " and editor.action_text.hasFocus()
    assert "Flag risks the day you see them" in editor.answer_label.text()
    assert editor.action_goal.currentData() == goal.uuid
    due = date.today() + timedelta(days=5)
    editor.due_check.setChecked(True)
    editor.due_edit.setDate(editor.due_edit.date().addDays(5))
    type_text(qtbot, editor.action_text, "send a risk note the same day I spot one")
    qtbot.keyClick(editor.action_text, Qt.Key.Key_Return)
    [action] = journal.checkins.actions()
    assert (action.text, action.goal_uuid, action.checkin_uuid, action.due_on) == (
        "I will send a risk note the same day I spot one", goal.uuid, meeting.uuid, due)
    [feedback] = journal.checkins.feedback(meeting.uuid)
    assert (feedback.goal_uuid, feedback.action_uuid) == (goal.uuid, action.uuid)
    assert not editor.feedback_rows[0].action_button.isEnabled()
    assert editor.action_text.text() == "" and not editor.answer_label.isVisible()

    type_text(qtbot, editor.action_text, "Book a half-hour with Priya")
    qtbot.keyClick(editor.action_text, Qt.Key.Key_Return)
    assert sorted(a.text for a in journal.checkins.actions()) == [
        "Book a half-hour with Priya", "I will send a risk note the same day I spot one"]
    assert editor.action_rows[0].text_label.text() == "I will send a risk note the same day I spot one"
    assert "due " in editor.action_rows[0].details_label.text()
    assert any(change.touches(CHECKIN_RECORDS) for change in heard)


def test_half_typed_feedback_and_action_are_kept_when_opening_another_meeting(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    """Leaving a meeting, the page or the app keeps what is in the "add" fields as drafts of that
    meeting, put back in the fields when it is shown again, after a restart too; only Add makes
    them records. (This test used to assert that leaving turned them into feedback and an action.)"""
    _plan, goal = add_plan(journal)
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    other = add_checkin(journal, utc_at(date.today() + timedelta(days=6)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    editor = tool.editor
    type_text(qtbot, editor.new_feedback, "Keep the team posted earlier")
    type_text(qtbot, editor.action_text, "Send a Monday update")
    editor.due_check.setChecked(True)
    editor.due_edit.setDate(editor.due_edit.date().addDays(3))
    editor.action_goal.setCurrentIndex(editor.action_goal.findData(goal.uuid))

    assert tool.show_checkin(other.uuid)  # neither was added with its button
    assert journal.checkins.feedback() == [] and journal.checkins.actions() == []
    assert journal.drafts.get(feedback_key(meeting.uuid)) == "Keep the team posted earlier"
    assert ActionDraft.read(journal.drafts.get(action_key(meeting.uuid))) == ActionDraft(
        "Send a Monday update", date.today() + timedelta(days=3), goal.uuid)
    assert editor.new_feedback.text() == "" and editor.action_text.text() == ""

    type_text(qtbot, editor.new_feedback, "Typed just before closing")
    assert tool.flush()  # what the window does on close and on a page switch
    assert journal.checkins.feedback(other.uuid) == [] and editor.feedback_rows == []
    assert editor.new_feedback.text() == "Typed just before closing"  # still there, still a draft

    assert tool.show_checkin(meeting.uuid)
    assert editor.new_feedback.text() == "Keep the team posted earlier"
    assert editor.action_text.text() == "Send a Monday update"
    assert editor.due_check.isChecked() and editor.due_edit.date().addDays(-3).toPython() == date.today()
    assert editor.action_goal.currentData() == goal.uuid

    again = make_tool()  # a restart
    assert again.show_checkin(other.uuid)
    assert again.editor.new_feedback.text() == "Typed just before closing"
    assert again.show_checkin(meeting.uuid)
    assert again.editor.new_feedback.text() == "Keep the team posted earlier"
    assert again.editor.action_text.text() == "Send a Monday update"
    assert journal.checkins.feedback() == [] and journal.checkins.actions() == []


def test_deleting_an_action_and_feedback_can_be_undone(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    _plan, goal = add_plan(journal)
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    action = add_action(journal, "Rewrite the onboarding notes", meeting, goal)
    journal.checkins.save_feedback(Feedback(str(uuid.uuid4()), meeting.uuid, "Clearer notes, please",
                                            goal.uuid, action.uuid, datetime.now(UTC)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    editor = tool.editor
    assert editor.action_rows[0].delete_button is not None
    click(qtbot, editor.action_rows[0].delete_button)
    assert journal.checkins.actions() == [] and editor.action_rows == []
    assert journal.checkins.feedback(meeting.uuid)[0].action_uuid is None
    click(qtbot, editor.notice.accept_button)  # Undo
    assert journal.checkins.actions() == [action]
    assert journal.checkins.feedback(meeting.uuid)[0].action_uuid == action.uuid

    click(qtbot, editor.feedback_rows[0].remove_button)
    assert journal.checkins.feedback(meeting.uuid) == []
    click(qtbot, editor.notice.accept_button)
    assert [f.text for f in journal.checkins.feedback(meeting.uuid)] == ["Clearer notes, please"]


def test_an_action_ticked_done_leaves_the_next_agenda(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    earlier = add_checkin(journal, utc_at(date.today() - timedelta(days=7)), held=True)
    add_action(journal, "Share the test plan", earlier)
    kept = add_action(journal, "Pair with Sam on the release", earlier)
    add_checkin(journal, utc_at(date.today() + timedelta(days=3)))
    tool = make_tool()
    tool.show_step(AFTER)
    rows = {row.action.text: row for row in tool.editor.earlier_rows}
    assert set(rows) == {"Share the test plan", "Pair with Sam on the release"}

    click(qtbot, rows["Share the test plan"].done_check)
    assert [a.text for a in journal.checkins.actions(open_only=True)] == [kept.text]
    assert "done " in rows["Share the test plan"].details_label.text()

    tool.show_step(PREPARE)
    click(qtbot, tool.prepare.assemble_button)
    agenda = tool.prepare.agenda_editor.text()
    assert "Pair with Sam on the release" in agenda
    assert "Share the test plan" not in agenda


# -- following up --------------------------------------------------------------------------------


def test_the_follow_up_is_drafted_edited_and_copied(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    _plan, goal = add_plan(journal, manager="Dana")
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    add_action(journal, "Send the risk list every Monday", meeting, goal)
    journal.checkins.save_feedback(Feedback(str(uuid.uuid4()), meeting.uuid, "Good pace on the report",
                                            None, None, datetime.now(UTC)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    click(qtbot, tool.step_buttons[FOLLOW_UP])
    panel = tool.follow_up
    click(qtbot, panel.copy_button)
    assert panel.copied_label.text().startswith("There is nothing to copy yet")

    click(qtbot, panel.draft_button)
    message = panel.message_edit.toPlainText()
    assert message.startswith("Hi Dana,")
    assert "Send the risk list every Monday" in message and "Good pace on the report" in message
    assert stored(journal, meeting.uuid).follow_up == message

    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, panel.message_edit, "\nBest, Alex")
    assert stored(journal, meeting.uuid).follow_up.endswith("Best, Alex")
    click(qtbot, panel.draft_button)  # drafting again replaces the edit, with Undo
    assert panel.notice.isVisible()
    click(qtbot, panel.notice.accept_button)
    assert panel.message_edit.toPlainText().endswith("Best, Alex")

    click(qtbot, panel.copy_button)
    clipboard = QApplication.clipboard()
    assert clipboard is not None and clipboard.text() == panel.message_edit.toPlainText()
    assert panel.copied_label.text().startswith("Copied")


# -- deleting ------------------------------------------------------------------------------------


def test_a_deleted_check_in_comes_back_whole_with_undo(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=2)), held=True)
    action = add_action(journal, "Draft the handover doc", meeting)
    feedback = journal.checkins.save_feedback(Feedback(str(uuid.uuid4()), meeting.uuid, "Well prepared",
                                                       None, None, datetime.now(UTC)))
    later = add_checkin(journal, utc_at(date.today() + timedelta(days=5)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    tool.show_step(AFTER)
    tool.editor.notes_editor.focus_editor()
    type_text(qtbot, tool.editor.notes_editor.text_edit, "Unsaved until the delete")

    click(qtbot, tool.delete_button)
    assert [c.uuid for c in journal.checkins.checkins()] == [later.uuid]
    assert journal.checkins.actions()[0].checkin_uuid is None
    assert tool.meetings_list.count() == 1
    assert tool.notice.isVisible() and tool.notice.accept_button.text() == "Undo"

    click(qtbot, tool.notice.accept_button)
    back = stored(journal, meeting.uuid)
    assert back.held and back.notes == "Unsaved until the delete"
    assert journal.checkins.actions() == [action]
    assert journal.checkins.feedback(meeting.uuid) == [feedback]
    assert tool.meetings_list.count() == 2
    assert tool.checkin is not None and tool.checkin.uuid == meeting.uuid


# -- keyboard and names --------------------------------------------------------------------------


def test_everything_from_the_keyboard(qtbot: QtBot, make_tool: ToolFactory, journal: Journal) -> None:
    first = add_checkin(journal, utc_at(date.today() + timedelta(days=1)))
    second = add_checkin(journal, utc_at(date.today() + timedelta(days=8)))
    tool = make_tool()
    tool.meetings_list.setFocus()
    qtbot.keyClick(tool.meetings_list, Qt.Key.Key_Down)
    assert tool.checkin is not None and tool.checkin.uuid == second.uuid

    qtbot.keyClick(tool.meetings_list, Qt.Key.Key_Delete)
    assert [c.uuid for c in journal.checkins.checkins()] == [first.uuid]
    qtbot.keyClick(tool.meetings_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.uuid for c in journal.checkins.checkins()] == [first.uuid, second.uuid]

    questions = tool.prepare.question_list
    row = next(r for r in range(questions.count()) if questions.item(r).data(Qt.ItemDataRole.UserRole))
    questions.setFocus()
    questions.setCurrentRow(row)
    qtbot.keyClick(questions, Qt.Key.Key_Space)
    assert questions.item(row).checkState() == Qt.CheckState.Checked

    seen: set[QWidget] = set()
    tool.schedule_button.setFocus()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    for widget in (tool.meetings_list, tool.delete_button, tool.step_buttons[PREPARE],
                   tool.prepare.question_list, tool.prepare.thanks_edit, tool.prepare.assemble_button,
                   tool.prepare.agenda_editor.text_edit):
        assert widget in seen, widget.accessibleName()


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    _plan, goal = add_plan(journal)
    earlier = add_checkin(journal, utc_at(date.today() - timedelta(days=7)), held=True)
    add_action(journal, "An earlier action", earlier, goal)
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)))
    add_action(journal, "This meeting's action", meeting, goal)
    journal.checkins.save_feedback(Feedback(str(uuid.uuid4()), meeting.uuid, "Some feedback", None, None,
                                            datetime.now(UTC)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    assert tool.editor.feedback_rows and tool.editor.action_rows and tool.editor.earlier_rows
    dialog = ScheduleDialog(None, tool, now=datetime.now(UTC))
    qtbot.addWidget(dialog)
    for root in (tool, dialog):
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in root.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and not w.accessibleName().strip()
        ]
        assert unnamed == []


def test_what_was_prepared_is_kept_with_the_check_in(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    """Thanks, lessons and the ticked questions are the person's words: they survive a restart."""
    add_plan(journal)
    meeting = add_checkin(journal, utc_at(date.today() + timedelta(days=2)))
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    prepare = tool.prepare
    first_key = load_questions()[0].key
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        prepare.tick_questions({first_key})
        prepare.thanks_edit.setPlainText("The hour you spent on my estimates")
        prepare.lessons_edit.setPlainText("Say early when a date slips")
    stored = next(c for c in journal.checkins.checkins() if c.uuid == meeting.uuid)
    assert stored.questions == (first_key,)
    assert stored.thanks == "The hour you spent on my estimates"
    assert stored.lessons == "Say early when a date slips"

    again = make_tool()
    assert again.show_checkin(meeting.uuid)
    assert again.prepare.ticked_questions() == (first_key,)
    assert again.prepare.thanks_edit.toPlainText() == "The hour you spent on my estimates"
    assert again.prepare.lessons_edit.toPlainText() == "Say early when a date slips"
