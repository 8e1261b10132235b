"""Today: tonight's prompt, free writing, and the journey at a glance."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.prompts import Catalogue
from app.domain.records import EntryKind
from app.domain.stages import Stage
from app.domain.streaks import streak_length
from app.store.journal import Journal
from app.ui.today.today_page import TodayPage, current_stage, greeting
from tests.ui.conftest import WindowFactory, close_window
from tests.ui.helpers import type_and_wait_for_save


def today_page(window: object) -> TodayPage:
    page = window.page("today")  # type: ignore[attr-defined]
    assert isinstance(page, TodayPage)
    return page


def test_tonights_prompt_is_the_prompt_of_the_day(open_window: WindowFactory, catalogue: Catalogue) -> None:
    page = today_page(open_window())
    assert page.card.prompt.text() == catalogue.prompt_of_the_day(date.today()).text
    assert page.mode == EntryKind.EVENING


def test_the_evening_entry_is_saved_and_found_again(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal, catalogue: Catalogue
) -> None:
    window = open_window()
    page = today_page(window)
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "A calmer day. I asked two questions.")
    entry = journal.entry_for_day(EntryKind.EVENING, date.today())
    assert entry is not None
    assert entry.prompt_key == catalogue.prompt_of_the_day(date.today()).key
    close_window(window)
    again = today_page(open_window())
    assert again.card.editor.text() == "A calmer day. I asked two questions."


def test_another_prompt_offers_a_new_question_while_nothing_is_written(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal, catalogue: Catalogue
) -> None:
    page = today_page(open_window())
    assert page.another_button.isEnabled()
    qtbot.mouseClick(page.another_button, Qt.MouseButton.LeftButton)
    second = catalogue.prompt_of_the_day(date.today(), 1)
    assert page.card.prompt.text() == second.text
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "Something")
    entry = journal.entry_for_day(EntryKind.EVENING, date.today())
    assert entry is not None and entry.prompt_key == second.key and entry.title == second.text


def test_another_prompt_never_moves_written_words_to_a_different_question(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal, catalogue: Catalogue
) -> None:
    """It used to re-file the answer under the new question, silently. Once something is written
    the words stay with their prompt: the button is off and says why."""
    page = today_page(open_window())
    first = catalogue.prompt_of_the_day(date.today())
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "Something")
    assert not page.another_button.isEnabled()
    assert "stays with this prompt" in page.another_button.toolTip()
    assert "Free writing" in page.another_button.accessibleDescription()
    qtbot.mouseClick(page.another_button, Qt.MouseButton.LeftButton)
    page.next_prompt()  # asked for however it comes: still nothing moves
    assert page.flush() and not page.autosaver.pending
    entry = journal.entry_for_day(EntryKind.EVENING, date.today())
    assert entry is not None and entry.prompt_key == first.key and entry.title == first.text
    assert page.card.prompt.text() == first.text


def test_another_prompt_comes_back_when_the_words_are_cleared(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    page = today_page(open_window())
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "Not this one")
    assert not page.another_button.isEnabled()
    page.card.editor.text_edit.selectAll()
    with qtbot.waitSignal(page.autosaver.removed):
        qtbot.keyClick(page.card.editor.text_edit, Qt.Key.Key_Delete)
    assert page.another_button.isEnabled()
    assert page.another_button.toolTip() == "Show a different prompt for tonight"
    assert journal.entry_for_day(EntryKind.EVENING, date.today()) is None


def test_tonights_words_keep_another_prompt_off_when_the_page_opens_again(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    page = today_page(window)
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "Written earlier")
    close_window(window)
    assert not today_page(open_window()).another_button.isEnabled()


def test_free_writing_is_its_own_entry(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    page = today_page(open_window())
    qtbot.mouseClick(page.free_button, Qt.MouseButton.LeftButton)
    assert page.mode == EntryKind.FREE
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "Just thoughts")
    free = journal.entry_for_day(EntryKind.FREE, date.today())
    assert free is not None and free.body == "Just thoughts"
    assert journal.entry_for_day(EntryKind.EVENING, date.today()) is None
    qtbot.mouseClick(page.evening_button, Qt.MouseButton.LeftButton)
    assert page.card.editor.text() == ""


def test_stage_cards_show_progress_and_lead_to_their_page(
    qtbot: QtBot, open_window: WindowFactory, catalogue: Catalogue
) -> None:
    window = open_window()
    window.show_page(Stage.FEELINGS.value)
    feelings = window.page(Stage.FEELINGS.value)
    type_and_wait_for_save(qtbot, feelings.card.editor, feelings.autosaver, "Anger first")  # type: ignore[attr-defined]
    window.show_page("today")
    page = today_page(window)
    card = page.stage_cards[Stage.FEELINGS]
    total = len(catalogue.guide(Stage.FEELINGS).prompts)
    assert f"1 of {total} answered" in card.text()
    assert "you are here" in card.text()
    assert card.accessibleName() == f"Feelings: 1 of {total} answered"
    qtbot.mouseClick(page.stage_cards[Stage.EXPECTATIONS], Qt.MouseButton.LeftButton)
    assert window.current_key == Stage.EXPECTATIONS.value


def test_greeting_and_streak_and_current_stage() -> None:
    assert greeting(datetime(2026, 1, 1, 21, 0)) == "Good evening"
    assert greeting(datetime(2026, 1, 1, 8, 0)) == "Good morning"
    assert greeting(datetime(2026, 1, 1, 13, 0)) == "Good afternoon"
    today = date(2026, 3, 10)
    days = {today - timedelta(days=n) for n in (1, 2, 3, 5)}
    assert streak_length(days, today) == 3  # today still blank: counts back from yesterday
    assert streak_length(days | {today}, today) == 4
    assert streak_length(set(), today) == 0
    none: dict[Stage, set[str]] = {s: set() for s in Stage}
    totals = dict.fromkeys(Stage, 2)
    assert current_stage(none, totals, None) == Stage.OWNERSHIP
    done_first = {**none, Stage.OWNERSHIP: {"a", "b"}}
    assert current_stage(done_first, totals, Stage.OWNERSHIP) == Stage.FEELINGS
    assert current_stage(done_first, totals, Stage.EXPECTATIONS) == Stage.EXPECTATIONS
