"""The guided flow through the four stages, driven like a person would, across restarts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.records import EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal
from app.ui.stages.stage_page import StagePage
from app.ui.writing.autosave import SAVE_DELAY_MS
from tests.ui.conftest import WindowFactory, close_window
from tests.ui.helpers import SAVE_WAIT_MS, type_and_wait_for_save, type_text


def stage_page(window: object, stage: Stage) -> StagePage:
    page = window.page(stage.value)  # type: ignore[attr-defined]
    assert isinstance(page, StagePage)
    return page


def test_autosave_is_due_within_a_second_of_the_last_keystroke() -> None:
    assert SAVE_DELAY_MS < 1000


def test_an_answer_in_every_stage_survives_a_restart(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    answers = {stage: f"My {stage.value} answer: honest, ünïcode ✓" for stage in Stage}
    for stage in Stage:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + stage.number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == stage.value
        page = stage_page(window, stage)
        # Expectations opens on a linked prompt: its answer is the plan's first checkpoint.
        saved = page.linked.saved if page.linked.field is not None else page.autosaver.saved
        page.card.editor.focus_editor()
        with qtbot.waitSignal(saved, timeout=SAVE_WAIT_MS):
            type_text(qtbot, page.card.editor.text_edit, answers[stage])
        assert page.progress_label.text() == f"1 of {len(page.guide.prompts)} answered"
    close_window(window)

    reopened = open_window()
    for stage in Stage:
        reopened.show_page(stage.value)
        page = stage_page(reopened, stage)
        assert page.current_index == 0
        assert page.card.editor.text() == answers[stage]
        assert page.progress_label.text() == f"1 of {len(page.guide.prompts)} answered"


def test_next_previous_skip_and_coming_back_to_where_you_stopped(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(Stage.FEELINGS.value)
    page = stage_page(window, Stage.FEELINGS)
    assert page.skip_button.isVisible() and not page.next_button.isVisible()
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert page.current_index == 1
    assert page.card.kicker.text() == f"Prompt 2 of {len(page.guide.prompts)}"
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "Angry, then embarrassed.")
    assert page.next_button.isVisible() and not page.skip_button.isVisible()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current_index == 2
    assert page.card.editor.text() == ""
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.current_index == 1
    assert page.card.editor.text() == "Angry, then embarrassed."
    qtbot.keyClick(page.card.editor.text_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current_index == 2
    close_window(window)

    reopened = open_window()
    reopened.show_page(Stage.FEELINGS.value)
    again = stage_page(reopened, Stage.FEELINGS)
    assert again.current_index == 2
    item = again.path_list.item(1)
    assert item.text().startswith("✓")
    assert "Angry, then embarrassed." in item.text()


def test_choosing_a_prompt_from_the_path_list(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(Stage.EXPECTATIONS.value)
    page = stage_page(window, Stage.EXPECTATIONS)
    last = page.path_list.count() - 1
    page.path_list.itemActivated.emit(page.path_list.item(last))
    assert page.current_index == last
    assert not page.next_button.isVisible()  # no prompt after the last: the way on instead
    assert page.next_stage_button.isVisible() and page.next_stage_button.text() == "Next stage: Check-ins →"
    assert page.card.prompt.text() == page.guide.prompts[last].text


def test_empty_answers_create_nothing(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    window = open_window()
    window.show_page(Stage.OWNERSHIP.value)
    page = stage_page(window, Stage.OWNERSHIP)
    page.card.editor.focus_editor()
    type_text(qtbot, page.card.editor.text_edit, "   \n  ")
    assert page.flush()
    assert journal.count_entries() == 0
    assert page.progress_label.text().startswith("0 of")


def test_erasing_an_answer_removes_it(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    window = open_window()
    window.show_page(Stage.OWNERSHIP.value)
    page = stage_page(window, Stage.OWNERSHIP)
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "draft")
    assert journal.count_entries() == 1
    page.card.editor.text_edit.selectAll()
    with qtbot.waitSignal(page.autosaver.removed, timeout=3000):
        qtbot.keyClick(page.card.editor.text_edit, Qt.Key.Key_Delete)
    assert journal.count_entries() == 0
    assert page.progress_label.text().startswith("0 of")


def test_switching_pages_saves_at_once(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    window = open_window()
    window.show_page(Stage.CHECKINS.value)
    page = stage_page(window, Stage.CHECKINS)
    page.card.editor.focus_editor()
    qtbot.keyClicks(page.card.editor.text_edit, "Bring the dashboard numbers")
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # no waiting
    answers = journal.stage_answers(Stage.CHECKINS)
    assert [a.body for a in answers] == ["Bring the dashboard numbers"]
    assert answers[0].kind == EntryKind.REFLECTION
    assert answers[0].title == page.guide.prompts[0].text


def test_closing_saves_at_once(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(Stage.OWNERSHIP.value)
    page = stage_page(window, Stage.OWNERSHIP)
    page.card.editor.focus_editor()
    qtbot.keyClicks(page.card.editor.text_edit, "Typed and closed straight away")
    close_window(window)
    reopened = open_window()
    reopened.show_page(Stage.OWNERSHIP.value)
    assert stage_page(reopened, Stage.OWNERSHIP).card.editor.text() == "Typed and closed straight away"


def test_the_window_remembers_the_last_page(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(Stage.EXPECTATIONS.value)
    close_window(window)
    assert open_window().current_key == Stage.EXPECTATIONS.value
