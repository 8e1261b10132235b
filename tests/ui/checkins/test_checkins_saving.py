"""The Check-ins tool on the one write path: typing reaches the file while it goes on, a failed save
keeps the words and tries again, multi-step actions are one commit, and the tool follows changes
made elsewhere while passing over its own."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import CHECKIN_RECORDS, Area, Change
from app.domain.workbench import CheckIn, Feedback
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.checkins.checkin_drafts import ActionDraft, action_key, feedback_key
from app.ui.checkins.checkins_tool import AFTER, CheckInsTool
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.workbench_catalogue import load_questions
from tests.ui.checkins.checkin_helpers import (
    FAST,
    ToolFactory,
    add_action,
    add_checkin,
    click,
    utc_at,
)
from tests.ui.helpers import SAVE_WAIT_MS, type_text

KEY_EVERY_MS = 300
FULL_DISK = "The journal could not be saved: the disk is full."





def on_disk(journal: Journal, uuid_: str, column: str = "notes") -> str:
    """What the file itself holds now, read past the app."""
    with closing(sqlite3.connect(journal.path)) as conn:
        row = conn.execute(f"SELECT {column} FROM checkins WHERE uuid = ?", (uuid_,)).fetchone()
        return "" if row is None else str(row[0])


def table_count(journal: Journal, table: str) -> int:
    with closing(sqlite3.connect(journal.path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def open_notes(tool: CheckInsTool, meeting: CheckIn) -> None:
    assert tool.show_checkin(meeting.uuid)
    tool.show_step(AFTER)
    tool.editor.notes_editor.focus_editor()


# -- typing --------------------------------------------------------------------------------------


def test_steady_typing_in_the_notes_reaches_the_file_as_it_goes(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    """A key every 300 ms for three seconds: each wait is longer than the cap, so the file is never
    more than the key just typed behind; keys faster than the pause are saved by the cap."""
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    tool = make_tool()
    open_notes(tool, meeting)
    text_edit = tool.editor.notes_editor.text_edit
    behind: list[int] = []
    for key in "Dana agreed.":
        qtbot.keyClicks(text_edit, key)
        typed = tool.editor.notes_editor.text()
        qtbot.wait(KEY_EVERY_MS)
        stored = on_disk(journal, meeting.uuid)
        assert typed.startswith(stored)
        behind.append(len(typed) - len(stored))
    assert max(behind) <= 1, behind
    assert behind.count(0) >= len(behind) - 1

    saved_while_typing: list[str] = []
    tool.saver.saved.connect(lambda _change: saved_while_typing.append(on_disk(journal, meeting.uuid)))
    for _ in range(60):  # faster than the pause: only the cap can save while this goes on
        qtbot.keyClicks(text_edit, "x")
        qtbot.wait(FAST.delay_ms // 3)
        if len(saved_while_typing) >= 2:
            break
    assert len(saved_while_typing) >= 2, "steady typing was never saved while it went on"
    assert tool.saver.pending or on_disk(journal, meeting.uuid) == tool.editor.notes_editor.text()


def test_flush_all_saves_the_notes_now(qtbot: QtBot, journal: Journal) -> None:
    slow = ObservedJournal(journal, save_timing=SaveTiming(delay_ms=60_000, max_wait_ms=60_000))
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    tool = CheckInsTool(slow, load_questions())
    qtbot.addWidget(tool)
    tool.show()
    open_notes(tool, meeting)
    type_text(qtbot, tool.editor.notes_editor.text_edit, "Saved when the window asks")
    assert tool.saver.pending and on_disk(journal, meeting.uuid) == ""
    assert slow.flush_all()  # what the shell does on a page change, lock, hide and close
    assert on_disk(journal, meeting.uuid) == "Saved when the window asks"


def test_a_failed_save_keeps_the_notes_says_so_and_retries(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    tool = make_tool()
    open_notes(tool, meeting)
    real = journal.checkins.save_checkin
    calls: list[int] = []

    def full_disk_once(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise StorageUnavailable(FULL_DISK)
        return real(*args)

    monkeypatch.setattr(journal.checkins, "save_checkin", full_disk_once)
    problems: list[str] = []
    gateway.problem.connect(problems.append)
    with qtbot.waitSignal(tool.saver.failed, timeout=SAVE_WAIT_MS):
        type_text(qtbot, tool.editor.notes_editor.text_edit, "Do not lose this")
    assert tool.editor.notes_editor.text() == "Do not lose this"
    assert problems == [FULL_DISK]
    assert tool.save_status.state == "error" and tool.save_status.text().startswith("Not saved yet")
    assert on_disk(journal, meeting.uuid) == ""
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):  # nobody typed again
        pass
    assert on_disk(journal, meeting.uuid) == "Do not lose this"
    assert tool.save_status.text() == "Saved"


def test_the_panels_fields_are_saved_together_in_one_commit(qtbot: QtBot, journal: Journal) -> None:
    """Three panels edit one check-in: one save writes all three, none over another."""
    gateway = ObservedJournal(journal, save_timing=SaveTiming(delay_ms=60_000, max_wait_ms=60_000))
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    tool = CheckInsTool(gateway, load_questions())
    qtbot.addWidget(tool)
    tool.show()
    assert tool.show_checkin(meeting.uuid)
    heard: list[Change] = []
    gateway.changes.connect(heard.append)
    type_text(qtbot, tool.prepare.thanks_edit, "Your time on Friday")
    type_text(qtbot, tool.editor.notes_editor.text_edit, "Went through the plan")
    type_text(qtbot, tool.follow_up.message_edit, "Thanks, Dana")
    assert tool.saver.flush()
    assert len(heard) == 1 and heard[0].made_by(tool) and heard[0].touches(Area.CHECKIN)
    back = next(c for c in journal.checkins.checkins() if c.uuid == meeting.uuid)
    assert (back.thanks, back.notes, back.follow_up) == (
        "Your time on Friday", "Went through the plan", "Thanks, Dana")


# -- one commit per action -----------------------------------------------------------------------


def test_restoring_an_action_with_its_feedback_is_one_commit(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    action = add_action(journal, "Rewrite the onboarding notes", meeting)
    said = journal.checkins.save_feedback(Feedback(str(uuid.uuid4()), meeting.uuid, "Clearer notes, please",
                                                   None, action.uuid, datetime.now(UTC)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    editor = tool.editor
    delete = editor.action_rows[0].delete_button
    assert delete is not None
    click(qtbot, delete)
    assert table_count(journal, "actions") == 0

    def refuse(_item: Feedback) -> Feedback:
        raise StorageUnavailable(FULL_DISK)

    monkeypatch.setattr(journal.checkins, "save_feedback", refuse)  # the second store call fails
    problems: list[str] = []
    gateway.problem.connect(problems.append)
    click(qtbot, editor.notice.accept_button)  # Undo
    assert problems == [FULL_DISK]
    assert table_count(journal, "actions") == 0, "the action came back without its feedback"
    monkeypatch.undo()
    assert journal.checkins.feedback(meeting.uuid) == [replace(said, action_uuid=None)]
    assert editor.action_rows == []


def test_bringing_back_a_deleted_check_in_is_one_commit(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=2)), held=True)
    add_action(journal, "Draft the handover doc", meeting)
    journal.checkins.save_feedback(Feedback(str(uuid.uuid4()), meeting.uuid, "Well prepared", None, None,
                                            datetime.now(UTC)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    click(qtbot, tool.delete_button)
    assert table_count(journal, "checkins") == 0

    def refuse(_item: Feedback) -> Feedback:
        raise StorageUnavailable(FULL_DISK)

    monkeypatch.setattr(journal.checkins, "save_feedback", refuse)
    tool.undo_delete()
    assert table_count(journal, "checkins") == 0 and table_count(journal, "feedback") == 0
    assert journal.checkins.actions()[0].checkin_uuid is None
    monkeypatch.undo()
    tool.undo_delete()  # what Undo needs is still there: it works once the disk has room
    assert table_count(journal, "checkins") == 1 and table_count(journal, "feedback") == 1
    assert journal.checkins.actions()[0].checkin_uuid == meeting.uuid


# -- changes from elsewhere ----------------------------------------------------------------------


def test_changes_made_elsewhere_update_the_tool(
    make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)))
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    elsewhere = object()
    done = gateway.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(
        replace(meeting, notes="Written in another window", held=True, rating=5)), origin=elsewhere)
    assert done is not None
    assert tool.editor.notes_editor.text() == "Written in another window"
    assert tool.editor.held_check.isChecked() and tool.editor.rating_buttons[5].isChecked()
    assert tool.meetings_list.currentItem().text().endswith("Held · 5 of 5, went well")

    add_action(journal, "Agreed somewhere else", meeting)
    gateway.announce(Change.of(Area.ACTION, origin=elsewhere))
    assert [row.action.text for row in tool.editor.action_rows] == ["Agreed somewhere else"]

    add_checkin(journal, utc_at(date.today() + timedelta(days=7)))  # as an import would
    gateway.announce(Change.everything())
    assert tool.meetings_list.count() == 2
    assert tool.checkin is not None and tool.checkin.uuid == meeting.uuid  # the selection stays


def test_the_tool_passes_over_its_own_changes(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)))
    tool = make_tool()
    open_notes(tool, meeting)
    add_checkin(journal, utc_at(date.today() + timedelta(days=7)))  # in the file, not yet announced
    heard: list[Change] = []
    gateway.changes.connect(heard.append)
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, tool.editor.notes_editor.text_edit, "Mine")
    assert tool.editor.notes_editor.text_edit.hasFocus()  # nothing was read again under the cursor
    click(qtbot, tool.editor.held_check)
    assert len(heard) == 2 and all(change.made_by(tool) for change in heard)
    assert all(change.touches(CHECKIN_RECORDS) for change in heard)
    assert tool.meetings_list.count() == 1, "its own change made the tool read everything again"

    gateway.announce(Change.of(Area.CHECKIN, origin=object()))
    assert tool.meetings_list.count() == 2


# -- feedback and actions as they are typed ------------------------------------------------------


def test_feedback_and_action_words_reach_the_file_while_typed(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    journal.checkins.save_feedback(Feedback(str(uuid.uuid4()), meeting.uuid, "Good pace", None, None,
                                            datetime.now(UTC)))
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    editor = tool.editor
    [row] = editor.feedback_rows
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, row.text_edit, " on the report")
    assert [f.text for f in journal.checkins.feedback(meeting.uuid)] == ["Good pace on the report"]

    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor.new_feedback, "Ask before the deadline")
    # kept even if the app dies now, as a draft of this meeting: no list, brief or export sees it
    assert journal.drafts.get(feedback_key(meeting.uuid)) == "Ask before the deadline"
    assert [f.text for f in journal.checkins.feedback(meeting.uuid)] == ["Good pace on the report"]
    assert len(editor.feedback_rows) == 1  # still being written: not in the list yet
    qtbot.keyClick(editor.new_feedback, Qt.Key.Key_Return)
    assert [r.item.text for r in editor.feedback_rows] == [
        "Good pace on the report", "Ask before the deadline"]
    assert len(journal.checkins.feedback(meeting.uuid)) == 2 and editor.new_feedback.text() == ""
    assert journal.drafts.get(feedback_key(meeting.uuid)) == ""

    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor.action_text, "Send the plan")
    assert ActionDraft.read(journal.drafts.get(action_key(meeting.uuid))).text == "Send the plan"
    assert journal.checkins.actions() == [] and editor.action_rows == []
    editor.action_text.selectAll()
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClick(editor.action_text, Qt.Key.Key_Backspace)  # taken back: nothing is left of it
    assert journal.drafts.get(action_key(meeting.uuid)) == ""
    type_text(qtbot, editor.action_text, "Send the plan on Monday")
    qtbot.keyClick(editor.action_text, Qt.Key.Key_Return)
    [action] = journal.checkins.actions()
    assert action.text == "Send the plan on Monday" and action.checkin_uuid == meeting.uuid
    assert [r.action.text for r in editor.action_rows] == ["Send the plan on Monday"]
    assert journal.drafts.get(action_key(meeting.uuid)) == "" and editor.action_text.text() == ""


def test_cancelling_a_change_to_an_action_puts_it_back(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    action = add_action(journal, "Share the test plan", meeting)
    tool = make_tool()
    assert tool.show_checkin(meeting.uuid)
    editor = tool.editor
    edit = editor.action_rows[0].edit_button
    assert edit is not None
    click(qtbot, edit)
    assert editor.action_text.text() == "Share the test plan"
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor.action_text, " with Sam")
    assert journal.checkins.actions()[0].text == "Share the test plan with Sam"
    click(qtbot, editor.cancel_edit_button)
    assert journal.checkins.actions() == [action]
    assert editor.action_text.text() == "" and editor.action_rows[0].text_label.text() == action.text
