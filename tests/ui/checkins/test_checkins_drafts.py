"""Nothing typed into the Check-ins tool is lost, and nothing half-typed is taken for a record:
a tick and a change to the same action both stay, the "add" fields are drafts that only Add turns
into records (in one commit), undoing a schedule keeps the meetings written in, and a save with
nothing to write commits nothing."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Change
from app.io.json_export import export_json
from app.io.markdown_export import export_markdown
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.checkins.checkin_drafts import action_key, feedback_key
from app.ui.checkins.checkins_tool import AFTER, CheckInsTool
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from tests.ui.checkins.checkin_helpers import (
    FAST,
    ToolFactory,
    add_action,
    add_checkin,
    click,
    stored,
    utc_at,
)
from tests.ui.helpers import SAVE_WAIT_MS, type_text

FULL_DISK = "The journal could not be saved: the disk is full."




def open_form_on(qtbot: QtBot, tool: CheckInsTool) -> None:
    edit = tool.editor.action_rows[0].edit_button
    assert edit is not None
    click(qtbot, edit)


# -- a tick and the words of the same action -----------------------------------------------------


def test_ticking_an_action_while_its_words_are_being_changed_keeps_both(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    action = add_action(journal, "Share the test plan", meeting)
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    editor = tool.editor
    open_form_on(qtbot, tool)
    type_text(qtbot, editor.action_text, " with Sam")  # not saved yet when the tick comes
    click(qtbot, editor.action_rows[0].done_check)
    [after_tick] = journal.checkins.actions()
    assert (after_tick.text, after_tick.done_on) == ("Share the test plan with Sam", date.today())

    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor.action_text, " today")  # the form's words after the tick
    [after_words] = journal.checkins.actions()
    assert (after_words.text, after_words.done_on) == ("Share the test plan with Sam today", date.today())
    click(qtbot, editor.save_action_button)
    assert journal.checkins.actions() == [after_words]
    assert editor.action_rows[0].done_check.isChecked()
    assert action.done_on is None


def test_cancelling_a_change_after_a_tick_keeps_the_tick(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    action = add_action(journal, "Share the test plan", meeting)
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    editor = tool.editor
    open_form_on(qtbot, tool)
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor.action_text, " with Sam")
    click(qtbot, editor.action_rows[0].done_check)
    click(qtbot, editor.cancel_edit_button)
    [back] = journal.checkins.actions()
    assert (back.text, back.done_on) == (action.text, date.today())


def test_a_tick_that_cannot_be_stored_goes_back(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    add_action(journal, "Share the test plan", meeting)
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)

    def refuse(*_args: object) -> None:
        raise StorageUnavailable(FULL_DISK)

    monkeypatch.setattr(journal.checkins, "set_action_done", refuse)
    click(qtbot, tool.editor.action_rows[0].done_check)
    assert not tool.editor.action_rows[0].done_check.isChecked()
    assert journal.checkins.actions()[0].done_on is None


# -- the "add" fields are drafts -----------------------------------------------------------------


def test_half_typed_words_never_reach_the_brief_the_lists_or_an_export(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    add_checkin(journal, utc_at(date.today() + timedelta(days=3)))
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    editor = tool.editor
    type_text(qtbot, editor.new_feedback, "Half a thought abo")
    type_text(qtbot, editor.action_text, "Maybe send the")
    qtbot.waitUntil(lambda: not tool.saver.pending, timeout=SAVE_WAIT_MS)
    assert journal.drafts.get(feedback_key(meeting.uuid)) == "Half a thought abo"
    assert "Maybe send the" in journal.drafts.get(action_key(meeting.uuid))

    assert journal.checkins.actions() == [] and journal.checkins.feedback() == []
    fragments = ("Half a thought", "Maybe send")
    now = datetime.now(UTC)
    for material in (journal.briefs.material(None, now), journal.briefs.material(meeting.uuid, now)):
        assert not any(f in repr(material) for f in fragments)
    for export in (export_json, export_markdown):
        stream = io.StringIO()
        export(journal, stream)
        assert not any(f in stream.getvalue() for f in fragments), export.__name__


def test_add_makes_the_record_and_clears_the_draft_in_one_commit(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    editor = tool.editor
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor.new_feedback, "Say it earlier")

    def refuse(_key: str) -> None:
        raise StorageUnavailable(FULL_DISK)

    monkeypatch.setattr(journal.drafts, "clear", refuse)  # the second store call of Add fails
    problems: list[str] = []
    gateway.problem.connect(problems.append)
    qtbot.keyClick(editor.new_feedback, Qt.Key.Key_Return)
    assert problems == [FULL_DISK]
    assert journal.checkins.feedback() == [], "the feedback was stored while its draft stayed"
    assert journal.drafts.get(feedback_key(meeting.uuid)) == "Say it earlier"
    assert editor.new_feedback.text() == "Say it earlier" and editor.feedback_rows == []
    monkeypatch.undo()
    qtbot.keyClick(editor.new_feedback, Qt.Key.Key_Return)
    assert [f.text for f in journal.checkins.feedback()] == ["Say it earlier"]
    assert journal.drafts.get(feedback_key(meeting.uuid)) == "" and editor.new_feedback.text() == ""
    assert not tool.saver.pending  # nothing is left to write


def test_leaving_the_app_keeps_the_drafts_for_the_next_start(
    qtbot: QtBot, journal: Journal
) -> None:
    slow = ObservedJournal(journal, save_timing=SaveTiming(delay_ms=60_000, max_wait_ms=60_000))
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    tool = CheckInsTool(slow, [])
    qtbot.addWidget(tool)
    tool.show()
    assert tool.show_checkin(meeting.uuid)
    type_text(qtbot, tool.editor.new_feedback, "Ask about the budget")
    type_text(qtbot, tool.editor.action_text, "Book the room")
    assert slow.flush_all()  # what the window does on hide, lock and close
    assert journal.checkins.feedback() == [] and journal.checkins.actions() == []
    tool.close()

    again = CheckInsTool(ObservedJournal(journal, save_timing=FAST), [])
    qtbot.addWidget(again)
    assert again.show_checkin(meeting.uuid)
    assert again.editor.new_feedback.text() == "Ask about the budget"
    assert again.editor.action_text.text() == "Book the room"


def test_a_deleted_check_in_takes_its_drafts_and_undo_brings_them_back(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    add_checkin(journal, utc_at(date.today() + timedelta(days=3)))
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    type_text(qtbot, tool.editor.new_feedback, "Not finished")
    click(qtbot, tool.delete_button)
    assert journal.drafts.get(feedback_key(meeting.uuid)) == ""
    click(qtbot, tool.notice.accept_button)  # Undo
    assert journal.drafts.get(feedback_key(meeting.uuid)) == "Not finished"
    assert tool.checkin is not None and tool.checkin.uuid == meeting.uuid
    assert tool.editor.new_feedback.text() == "Not finished"


# -- undoing a schedule --------------------------------------------------------------------------


def test_undoing_a_schedule_keeps_a_meeting_already_written_in(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    tool = make_tool()
    first = datetime.now(UTC) + timedelta(days=2)
    added = tool.add_checkins([first, first + timedelta(days=7)])
    assert tool.checkin is not None and tool.checkin.uuid == added[0].uuid
    undo = tool.notice.accept_button
    tool.show_step(AFTER)
    tool.editor.notes_editor.focus_editor()
    type_text(qtbot, tool.editor.notes_editor.text_edit, "Agenda ideas for the first one")
    type_text(qtbot, tool.editor.new_feedback, "Half a line")
    click(qtbot, undo)
    assert [c.uuid for c in journal.checkins.checkins()] == [added[0].uuid]
    assert stored(journal, added[0].uuid).notes == "Agenda ideas for the first one"
    assert journal.drafts.get(feedback_key(added[0].uuid)) == "Half a line"
    assert tool.notice.isVisible() and tool.notice.label.text().startswith("Kept the check-in")
    assert tool.meetings_list.count() == 1


def test_undoing_a_schedule_nobody_wrote_in_removes_it_all(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    tool = make_tool()
    first = datetime.now(UTC) + timedelta(days=2)
    tool.add_checkins([first, first + timedelta(days=7)])
    click(qtbot, tool.notice.accept_button)
    assert journal.checkins.checkins() == [] and tool.checkin is None


# -- nothing to write, nothing committed ---------------------------------------------------------


def test_cancelling_a_change_leaves_nothing_to_save(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    action = add_action(journal, "Share the test plan", meeting)
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    open_form_on(qtbot, tool)
    type_text(qtbot, tool.editor.action_text, " with Sam")  # not saved yet
    heard: list[Change] = []
    gateway.changes.connect(heard.append)
    click(qtbot, tool.editor.cancel_edit_button)
    assert not tool.saver.pending
    assert tool.saver.flush()
    assert heard == [] and journal.checkins.actions() == [action]
    assert tool.editor.action_text.text() == ""
