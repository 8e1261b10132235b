"""Feedback becomes an action phrased as what the person will do, never the criticism copied; the
follow-up greets the manager by first name and lists each agreed item once."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.workbench import Feedback
from app.store.journal import Journal
from app.ui.checkins.checkin_drafts import ActionDraft, action_key
from app.ui.checkins.checkins_tool import FOLLOW_UP
from app.ui.data.journal_events import ObservedJournal
from tests.ui.checkins.checkin_helpers import ToolFactory, add_checkin, add_plan, click, utc_at
from tests.ui.helpers import type_text
from tests.ui.plan.plan_helpers import Failing

CRITICISM = "Your reports arrive late and nobody knows why"


def _meeting_with_feedback(journal: Journal) -> tuple[str, Feedback]:
    _plan, goal = add_plan(journal, manager="Dr. Ana Ruiz")
    meeting = add_checkin(journal, utc_at(date.today() - timedelta(days=1)), held=True)
    item = journal.checkins.save_feedback(Feedback(str(uuid.uuid4()), meeting.uuid, CRITICISM, goal.uuid,
                                                   None, datetime.now(UTC)))
    return meeting.uuid, item


def test_making_feedback_an_action_asks_what_you_will_do(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal
) -> None:
    """The defect: the action was the criticism, word for word, with no chance to phrase it."""
    meeting, item = _meeting_with_feedback(journal)
    tool = make_tool()
    tool.show_checkin(meeting)
    editor = tool.editor
    heard: list[Change] = []
    gateway.changes.connect(heard.append)
    click(qtbot, editor.feedback_rows[0].action_button)
    assert journal.checkins.actions() == []  # nothing is made until the person has said it
    assert editor.action_text.text() == "I will "
    assert CRITICISM in editor.answer_label.text() and editor.answer_label.isVisible()
    assert editor.action_goal.currentData() == item.goal_uuid

    qtbot.keyClick(editor.action_text, Qt.Key.Key_Return)  # "I will" alone is not an action yet
    assert journal.checkins.actions() == []
    type_text(qtbot, editor.action_text, "send a short status note every Thursday")
    heard.clear()
    click(qtbot, editor.save_action_button)
    [action] = journal.checkins.actions()
    assert action.text == "I will send a short status note every Thursday"
    assert action.text != CRITICISM
    assert journal.checkins.feedback(meeting)[0].action_uuid == action.uuid
    [added] = [c for c in heard if c.made_by(tool)]  # one act: the action, its link, the draft gone
    assert added.areas == {Area.ACTION, Area.FEEDBACK, Area.DRAFT}
    assert journal.drafts.get(action_key(meeting)) == ""


def test_an_answer_half_written_comes_back_after_a_restart(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting, item = _meeting_with_feedback(journal)
    tool = make_tool()
    tool.show_checkin(meeting)
    click(qtbot, tool.editor.feedback_rows[0].action_button)
    type_text(qtbot, tool.editor.action_text, "ask Dana")
    assert tool.flush()
    assert ActionDraft.read(journal.drafts.get(action_key(meeting))).answers == item.uuid

    again = make_tool()
    again.show_checkin(meeting)
    assert again.editor.action_text.text() == "I will ask Dana"
    assert CRITICISM in again.editor.answer_label.text()
    click(qtbot, again.editor.cancel_edit_button)  # let it go: the feedback stays as it was
    assert again.editor.action_text.text() == "" and not again.editor.answer_label.isVisible()
    assert journal.drafts.get(action_key(meeting)) == ""
    assert journal.checkins.feedback(meeting)[0].action_uuid is None


def test_words_typed_for_another_action_are_never_replaced(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    meeting, _item = _meeting_with_feedback(journal)
    tool = make_tool()
    tool.show_checkin(meeting)
    type_text(qtbot, tool.editor.action_text, "Book time with Priya")
    click(qtbot, tool.editor.feedback_rows[0].action_button)
    assert tool.editor.action_text.text() == "Book time with Priya"
    assert "add it or clear it first" in tool.editor.notice.label.text()


def test_a_failure_midway_leaves_no_action_and_no_link(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting, _item = _meeting_with_feedback(journal)
    tool = make_tool()
    tool.show_checkin(meeting)
    click(qtbot, tool.editor.feedback_rows[0].action_button)
    type_text(qtbot, tool.editor.action_text, "flag delays the day I see them")
    assert tool.flush()
    failing = Failing(monkeypatch, journal.checkins, "save_feedback")  # after the action was written
    click(qtbot, tool.editor.save_action_button)
    assert failing.calls == 1
    assert journal.checkins.actions() == []
    assert journal.checkins.feedback(meeting)[0].action_uuid is None
    assert tool.editor.action_text.text() == "I will flag delays the day I see them"  # still there
    failing.failing = False
    click(qtbot, tool.editor.save_action_button)
    [action] = journal.checkins.actions()
    assert journal.checkins.feedback(meeting)[0].action_uuid == action.uuid


def test_the_follow_up_greets_by_first_name_and_lists_each_item_once(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    """The defect: "Hi Dr. Ana Ruiz," and the feedback-turned-action listed twice."""
    meeting, _item = _meeting_with_feedback(journal)
    tool = make_tool()
    tool.show_checkin(meeting)
    click(qtbot, tool.editor.feedback_rows[0].action_button)
    type_text(qtbot, tool.editor.action_text, "send a status note every Thursday")
    click(qtbot, tool.editor.save_action_button)
    click(qtbot, tool.step_buttons[FOLLOW_UP])
    click(qtbot, tool.follow_up.draft_button)
    message = tool.follow_up.message_edit.toPlainText()
    assert message.startswith("Hi Ana,\n")
    assert message.count("I will send a status note every Thursday") == 1
    assert message.count(CRITICISM) == 1
    assert "What I heard from you" not in message  # the only feedback is answered above
