"""The method in the workshop: starting points to insert and make one's own, reflect first (a
version written today is read again tomorrow before it is final), and the rehearsal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.ownership.rehearsal import RehearsalDialog, clock_text, spoken_length_text
from app.ui.ownership.starters_card import load_starters
from app.ui.ownership.statement_workshop import StatementWorkshop
from app.workbench_catalogue import load_check_lists
from tests.ui.helpers import SAVE_WAIT_MS, type_text
from tests.ui.ownership.conftest import FAST

LATE_EVENING = datetime(2026, 3, 3, 23, 50).astimezone()  # the person's own evening, wherever the test runs
WORDS_105 = " ".join(["word"] * 104) + " always."


@pytest.fixture
def late_clock() -> FixedClock:
    return FixedClock(LATE_EVENING)


@pytest.fixture
def workshop(qtbot: QtBot, journal: Journal, late_clock: FixedClock) -> Iterator[StatementWorkshop]:
    gateway = ObservedJournal(journal, save_timing=FAST, clock=late_clock)
    widget = StatementWorkshop(gateway, load_check_lists())
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    yield widget
    assert widget.flush()


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_draft(qtbot: QtBot, workshop: StatementWorkshop, text: str) -> None:
    workshop.draft_edit.setFocus()
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, workshop.draft_edit, text)


# -- starting points -----------------------------------------------------------------------------


def test_the_three_starting_points_are_offered_with_a_line_each(workshop: StatementWorkshop) -> None:
    buttons = workshop.starters_card.buttons
    assert list(buttons) == [s.key for s in load_starters()]
    for starter in load_starters():
        assert buttons[starter.key].isVisible() and buttons[starter.key].text() == starter.title
        assert buttons[starter.key].accessibleDescription() == starter.when


def test_a_starting_point_goes_in_at_the_cursor_is_saved_like_typing_and_undoes_in_one_step(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _type_draft(qtbot, workshop, "First words.")
    starter = load_starters()[0]
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        _click(qtbot, workshop.starters_card.buttons[starter.key])
    assert workshop.draft_text() == f"First words. {starter.text}"
    assert journal.statements.draft().text == f"First words. {starter.text}"
    assert workshop.draft_edit.hasFocus()
    assert workshop.draft_edit.textCursor().selectedText() == "…"  # the first blank, ready to fill
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClicks(workshop.draft_edit, "the Friday update")
    assert workshop.draft_text().startswith(
        "First words. I didn't realise that the Friday update was expected")

    qtbot.keyClick(workshop.draft_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing
    qtbot.keyClick(workshop.draft_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the starter
    assert workshop.draft_text() == "First words."
    assert workshop.flush()
    assert journal.statements.draft().text == "First words."


def test_a_starting_point_replaces_the_selection_and_reaches_by_keyboard(
    qtbot: QtBot, workshop: StatementWorkshop
) -> None:
    _type_draft(qtbot, workshop, "Replace me")
    workshop.draft_edit.selectAll()
    starter = load_starters()[2]
    button = workshop.starters_card.buttons[starter.key]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert workshop.draft_text() == starter.text


# -- reflect first -------------------------------------------------------------------------------


def test_a_version_written_today_is_read_again_tomorrow_before_it_is_final(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, late_clock: FixedClock
) -> None:
    _type_draft(qtbot, workshop, "Written late at night.")
    version = workshop.save_version()
    assert version is not None
    assert "read it again tomorrow" in workshop.versions_list.item(0).text()
    workshop.select_versions(1)
    _click(qtbot, workshop.final_button)
    notice = workshop.versions_notice
    assert notice.isVisible() and notice.label.text().startswith("Sleep on it?")
    assert notice.accept_button.text() == "Mark final anyway"
    assert journal.statements.final() is None  # nothing is marked before the answer
    _click(qtbot, notice.reject_button)
    assert journal.statements.final() is None

    late_clock.advance_to(LATE_EVENING + timedelta(minutes=20))  # just past midnight
    workshop.hide()
    workshop.show()  # the page is shown again the next day
    assert "read it again tomorrow" not in workshop.versions_list.item(0).text()
    workshop.select_versions(1)
    _click(qtbot, workshop.final_button)  # plain, now
    final = journal.statements.final()
    assert final is not None and final.uuid == version.uuid
    assert not workshop.versions_notice.label.text().startswith("Sleep on it?")


def test_mark_final_anyway_marks_it_on_the_same_day(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _type_draft(qtbot, workshop, "Sure of it already.")
    version = workshop.save_version()
    assert version is not None
    workshop.select_versions(1)
    workshop.toggle_final()
    _click(qtbot, workshop.versions_notice.accept_button)
    final = journal.statements.final()
    assert final is not None and final.uuid == version.uuid
    assert "★ Final" in workshop.versions_list.item(0).text()
    assert "read it again tomorrow" not in workshop.versions_list.item(0).text()
    workshop.select_versions(1)
    workshop.toggle_final()  # unmarking never asks
    assert journal.statements.final() is None


# -- rehearsal -----------------------------------------------------------------------------------


def test_the_spoken_length_is_estimated_from_the_words() -> None:
    assert spoken_length_text(WORDS_105, 140) == "about 45 seconds to say (105 words)"
    assert spoken_length_text("Just this.", 140) == "about 1 second to say (2 words)"
    assert spoken_length_text(" ".join(["w"] * 280), 140) == "about 2 minutes to say (280 words)"
    assert spoken_length_text(" ".join(["w"] * 175), 140) == "about 1 minute 15 seconds to say (175 words)"
    assert spoken_length_text("  ", 140) == "Nothing to say yet"
    assert clock_text(65_400) == "1:05"


def test_rehearse_opens_with_the_draft_in_large_text_and_its_checks(
    qtbot: QtBot, workshop: StatementWorkshop
) -> None:
    workshop.draft_edit.setPlainText(WORDS_105)
    _click(qtbot, workshop.rehearse_button)
    dialog = workshop.rehearsal
    assert isinstance(dialog, RehearsalDialog) and dialog.isVisible()
    assert dialog.text_view.toPlainText() == WORDS_105 and dialog.text_view.isReadOnly()
    assert dialog.text_view.font().pointSizeF() > workshop.draft_edit.font().pointSizeF()
    assert dialog.estimate_label.text() == "About 45 seconds to say (105 words)"
    hints = [dialog.hints_list.item(row).text() for row in range(dialog.hints_list.count())]
    assert any("“always”" in hint for hint in hints)  # the gentle checks come along
    assert dialog.timer_label.text() == "0:00"


def test_the_timer_starts_and_stops_by_keyboard_and_escape_closes(
    qtbot: QtBot, workshop: StatementWorkshop
) -> None:
    workshop.draft_edit.setPlainText("Short and true.")
    workshop.draft_edit.setFocus()
    qtbot.keyClick(workshop.draft_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = workshop.rehearsal
    assert dialog is not None and dialog.isVisible()
    assert dialog.focusWidget() is dialog.start_button  # Space starts it at once
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)
    assert dialog.running and dialog.start_button.text() == "Stop"
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)
    assert not dialog.running and dialog.start_button.text() == "Start"
    assert dialog.result_label.isVisible() and dialog.result_label.text().startswith("You took ")
    qtbot.keyClick(dialog.reset_button, Qt.Key.Key_Space)
    assert dialog.timer_label.text() == "0:00" and not dialog.result_label.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_empty_draft_has_nothing_to_rehearse(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    _click(qtbot, workshop.rehearse_button)
    assert workshop.rehearsal is None
    assert workshop.draft_notice.label.text().startswith("There is nothing to rehearse yet")
