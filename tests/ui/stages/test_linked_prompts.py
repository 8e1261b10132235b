"""Prompts that ask for a tool's text write that tool: one text, shown on the prompt and in the tool.

Driven like a person would in the real window on a real journal: type an answer, find it in the
tool; change it in the tool, find it on the prompt; no journal entry made for it; and at the end
of a stage, a way on to the tool and to the next stage.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.prompt_links import ToolField
from app.domain.stage_intros import LEAVE_INTRO
from app.domain.stages import Stage
from app.domain.workbench import CheckIn, Decision, MilestoneMark, StatementDraft, StatementParts
from app.store.errors import StorageUnavailable
from app.ui.data.journal_events import ObservedJournal
from app.ui.shell.main_window import MainWindow
from app.ui.stages.stage_page import StagePage
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import SAVE_WAIT_MS, type_text


def open_stage(window: MainWindow, stage: Stage, key: str) -> StagePage:
    window.show_page(stage.value)
    page = window.page(stage.value)
    assert isinstance(page, StagePage)
    page.go_to(page.guide.index_of(key))
    assert page.guide.prompts[page.current_index].key == key
    return page


def gateway(window: MainWindow) -> ObservedJournal:
    assert window.journal is not None
    return window.journal


def statement(window: MainWindow) -> StatementDraft:
    draft = gateway(window).read(lambda j: j.statements.draft(), None)
    assert draft is not None
    return draft


def workshop_writes(window: MainWindow, text: str) -> None:
    """The statement workshop (another origin) saves its draft text."""
    parts = statement(window).parts
    gateway(window).act(Area.STATEMENT, lambda j: j.statements.save_draft(parts, text), origin="the workshop")


def answer(qtbot: QtBot, page: StagePage, text: str) -> None:
    page.card.editor.focus_editor()
    with qtbot.waitSignal(page.linked.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, page.card.editor.text_edit, text)


def test_an_ownership_part_typed_on_the_prompt_is_the_workshop_part(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    page = open_stage(window, Stage.OWNERSHIP, "my-part")
    assert page.link_button.isVisible() and page.link_button.text() == "Kept in your statement workshop →"
    assert "as “What I own”" in page.link_button.accessibleDescription()
    answer(qtbot, page, "I stopped flagging delays early.")
    qtbot.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    assert page.views.current_widget() is page.tool
    journal = gateway(window)
    assert statement(window).parts.what_i_own == "I stopped flagging delays early."
    assert journal.read(lambda j: j.count_entries(), -1) == 0  # one text in one place: no entry
    assert page.progress_label.text() == f"1 of {len(page.guide.prompts)} answered"
    assert page.path_list.item(page.current_index).text().startswith("✓")


def test_the_workshop_draft_shows_on_the_statement_prompt_and_back(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    page = open_stage(window, Stage.OWNERSHIP, "ownership-statement")
    workshop_writes(window, "Written in the workshop.")
    assert page.card.editor.text() == "Written in the workshop."
    assert "Written in the workshop." in page.path_list.item(page.current_index).text()
    qtbot.keyClick(page.card.editor.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.linked.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, page.card.editor.text_edit, " And here.")
    assert statement(window).text == "Written in the workshop. And here."


def test_typing_on_the_prompt_is_not_overwritten_by_a_change_from_elsewhere(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    page = open_stage(window, Stage.OWNERSHIP, "what-is-true")
    page.card.editor.focus_editor()
    type_text(qtbot, page.card.editor.text_edit, "Typed, not saved yet")
    assert page.linked.pending
    workshop_writes(window, "Other.")
    assert page.card.editor.text() == "Typed, not saved yet"
    assert page.flush()
    assert statement(window).parts.what_is_true == "Typed, not saved yet"


def test_moving_between_linked_and_plain_prompts_keeps_each_answer_in_its_place(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    page = open_stage(window, Stage.OWNERSHIP, "feedback-in-my-words")
    with qtbot.waitSignal(page.autosaver.saved, timeout=SAVE_WAIT_MS):
        page.card.editor.focus_editor()
        type_text(qtbot, page.card.editor.text_edit, "Late reports, twice.")
    page.go_next()  # what-is-true: linked
    assert page.card.editor.text() == ""
    type_text(qtbot, page.card.editor.text_edit, "The March report was late.")
    page.go_previous()  # saved on the way out, into the statement
    assert page.card.editor.text() == "Late reports, twice."
    journal = gateway(window)
    assert statement(window).parts.what_is_true == "The March report was late."
    [entry] = journal.read(lambda j: j.stage_answers(Stage.OWNERSHIP), [])
    assert entry.prompt_key == "feedback-in-my-words" and entry.body == "Late reports, twice."
    page.go_next()
    assert page.card.editor.text() == "The March report was late."


def test_the_stay_or_leave_prompt_writes_the_sitting(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    page = open_stage(window, Stage.FEELINGS, "stay-or-leave")
    answer(qtbot, page, "Stay. I want to show I can do this.")
    sittings = gateway(window).read(lambda j: j.feelings.decisions(), [])
    assert [s.reflection for s in sittings] == ["Stay. I want to show I can do this."]


def test_checkpoint_prompts_wait_for_the_plan(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    page = open_stage(window, Stage.EXPECTATIONS, "success-30-days")
    answer(qtbot, page, "Every weekly report on time.")
    journal = gateway(window)
    written = journal.read(lambda j: j.prompt_fields.get(ToolField.CHECKPOINT_30), "")
    assert written == "Every weekly report on time."
    assert page.progress_label.text().startswith("1 of")


def test_questions_and_thanks_prepare_the_next_checkin(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    journal = gateway(window)
    now = journal.clock.now()
    meeting = CheckIn(
        uuid="next", scheduled_at=now + timedelta(days=2), agenda="", notes="", rating=None, held=False,
        follow_up="", created_at=now, updated_at=now,
    )
    journal.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(meeting), origin="test")
    page = open_stage(window, Stage.CHECKINS, "questions-to-ask")
    answer(qtbot, page, "Which report matters most to you?")
    page.go_next()  # thank-manager
    answer(qtbot, page, "The time you gave me last week.")
    assert page.flush()
    [saved] = journal.read(lambda j: j.checkins.checkins(), [])
    assert saved.own_questions == "Which report matters most to you?"
    assert saved.thanks == "The time you gave me last week."
    journal.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(replace(saved, thanks="Edited in the tool.")),
                origin="the check-ins tool")
    assert page.card.editor.text() == "Edited in the tool."


def test_an_answer_written_in_a_tool_counts_on_the_stage(open_window: WindowFactory) -> None:
    window = open_window()
    page = open_stage(window, Stage.OWNERSHIP, "feedback-in-my-words")
    parts = StatementParts(what_i_need="Time.")
    gateway(window).act(Area.STATEMENT, lambda j: j.statements.save_draft(parts, ""), origin="the workshop")
    assert page.progress_label.text() == f"1 of {len(page.guide.prompts)} answered"
    need = page.guide.index_of("what-i-need")
    assert page.path_list.item(need).text().startswith("✓")


def test_the_last_prompt_offers_the_tool_and_the_next_stage(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    page = open_stage(window, Stage.OWNERSHIP, "ownership-statement")
    assert page.current_index == len(page.guide.prompts) - 1
    assert not page.next_button.isVisible()
    assert page.end_tool_button.isVisible() and page.next_stage_button.isVisible()
    assert page.next_stage_button.text() == "Next stage: Feelings →"
    qtbot.mouseClick(page.end_tool_button, Qt.MouseButton.LeftButton)
    assert page.views.current_widget() is page.tool
    assert page.tool_next_button.isVisible()
    with qtbot.waitSignal(page.go_to_stage) as asked:
        qtbot.mouseClick(page.tool_next_button, Qt.MouseButton.LeftButton)
    assert asked.args == [Stage.FEELINGS]


def test_after_the_last_stage_the_way_on_is_today(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    page = open_stage(window, Stage.CHECKINS, "walking-out")
    assert page.next_stage_button.text() == "Back to Today →"
    with qtbot.waitSignal(page.go_to_stage) as asked:
        qtbot.mouseClick(page.next_stage_button, Qt.MouseButton.LeftButton)
    assert asked.args == [None]


def test_milestone_mark_names_match_the_prompts() -> None:
    checkpoints = (ToolField.CHECKPOINT_30, ToolField.CHECKPOINT_60, ToolField.CHECKPOINT_90)
    assert [f.mark for f in checkpoints] == list(MilestoneMark)


def test_the_expectations_introduction_follows_the_stay_or_go_decision(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(Stage.EXPECTATIONS.value)
    page = window.page(Stage.EXPECTATIONS.value)
    assert isinstance(page, StagePage)
    assert page.intro_label.text() == page.guide.introduction
    journal = gateway(window)
    now = journal.clock.now()
    journal.act(Area.DECISION, lambda j: j.feelings.set_current_reflection("Time to go.", now),
                origin="stay or go")
    [sitting] = journal.read(lambda j: j.feelings.decisions(), [])
    journal.act(Area.DECISION, lambda j: j.feelings.save_decision(replace(sitting, decision=Decision.LEAVE)),
                origin="stay or go")
    assert page.intro_label.text() == LEAVE_INTRO
    assert "leaving plan" in page.intro_label.text()


def test_a_linked_answer_that_cannot_be_read_is_never_shown_empty_nor_overwritten(
    qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    workshop_writes(window, "A long draft I worked on for days.")
    page = open_stage(window, Stage.OWNERSHIP, "commitment")
    journal = gateway(window)
    store = journal.read(lambda j: j, None)
    assert store is not None

    def unreadable() -> StatementDraft:
        raise StorageUnavailable("The journal could not be read: the disk went away.")

    monkeypatch.setattr(store.statements, "draft", unreadable)
    here = page.current_index
    page.go_to(page.guide.index_of("ownership-statement"))
    assert page.current_index == here  # stayed with the prompt it could read
    monkeypatch.undo()
    page.go_to(page.guide.index_of("ownership-statement"))
    assert page.card.editor.text() == "A long draft I worked on for days."
    with qtbot.waitSignal(page.linked.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClick(page.card.editor.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, page.card.editor.text_edit, " P.S.")
    assert statement(window).text == "A long draft I worked on for days. P.S."
