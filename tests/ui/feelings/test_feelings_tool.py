"""The Feelings tool driven like a person would: check in, and look back over time; the whole tool
from the keyboard, named for screen readers, and fitting a small window. (Forgiveness and stay or
go: test_forgiveness_and_stay.py; saving while typing and changes from elsewhere:
test_feelings_saving.py.)"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.emotions import EmotionCatalogue
from app.domain.workbench import CheckIn, EmotionRating, ForgivenessItem, ForgivenessStatus
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.feelings_tool import FeelingsTool
from app.ui.feelings.form_drafts import MOOD_DRAFT
from app.ui.feelings.mood_chart import MoodChart
from app.ui.feelings.mood_check import MoodCheckDialog, MoodCheckForm
from tests.ui.feelings.helpers import a_check, feelings_changes, list_texts, touching
from tests.ui.helpers import type_text

LEFT = Qt.MouseButton.LeftButton
INTERACTIVE = (QAbstractButton, QAbstractItemView, QPlainTextEdit, QTextEdit, QLineEdit, QAbstractSpinBox,
               MoodChart)


# -- Check in ----------------------------------------------------------------------------------


def test_a_check_in_with_two_feelings_is_saved_and_listed(
    qtbot: QtBot, tool: FeelingsTool, journal: Journal, observed: ObservedJournal
) -> None:
    section = tool.checkin
    assert section.empty_label.isVisible() and not section.history.isVisible()
    form = section.form
    qtbot.mouseClick(form.chips["Angry"].toggle, LEFT)
    qtbot.mouseClick(form.chips["Hopeful"].toggle, LEFT)
    assert form.chips["Angry"].intensity.isVisible() and not form.chips["Afraid"].intensity.isVisible()
    form.chips["Angry"].intensity.setValue(4)
    form.chips["Hopeful"].intensity.setValue(2)
    qtbot.mouseClick(form.mood_buttons[2], LEFT)
    type_text(qtbot, form.note, "The one-to-one was hard, but I said my piece.")

    with qtbot.waitSignal(observed.changes, check_params_cb=touching(Area.MOOD)):
        qtbot.mouseClick(section.save_button, LEFT)

    [stored] = journal.feelings.mood_checks()
    assert stored.mood == 2
    assert stored.emotions == (EmotionRating("Angry", 4), EmotionRating("Hopeful", 2))
    assert stored.note == "The one-to-one was hard, but I said my piece."
    assert stored.at.tzinfo is not None and abs(datetime.now(UTC) - stored.at) < timedelta(minutes=1)
    [row] = list_texts(section.history)
    assert "Angry 4, Hopeful 2" in row and "Low (2 of 5)" in row and "I said my piece" in row
    assert section.history.isVisible() and not section.empty_label.isVisible()
    assert form.is_blank(), "the form is ready for the next check-in"
    assert "Saved" in section.status.text()
    assert tool.chart.check_count == 1


def test_a_check_in_needs_an_overall_mood(qtbot: QtBot, tool: FeelingsTool, journal: Journal) -> None:
    section = tool.checkin
    qtbot.mouseClick(section.form.chips["Worried"].toggle, LEFT)
    qtbot.mouseClick(section.save_button, LEFT)
    assert journal.feelings.mood_checks() == []
    assert section.status.property("state") == "error"
    assert "overall mood" in section.status.text()
    assert section.form.chips["Worried"].is_picked(), "nothing the person picked is thrown away"


def test_equal_intensities_keep_the_order_they_were_picked_in(qtbot: QtBot, tool: FeelingsTool,
                                                              journal: Journal) -> None:
    form = tool.checkin.form
    for name in ("Relieved", "Anxious", "Proud"):
        qtbot.mouseClick(form.chips[name].toggle, LEFT)
    qtbot.mouseClick(form.chips["Anxious"].toggle, LEFT)  # changed their mind
    qtbot.mouseClick(form.mood_buttons[3], LEFT)
    qtbot.mouseClick(tool.checkin.save_button, LEFT)
    [stored] = journal.feelings.mood_checks()
    assert [r.name for r in stored.emotions] == ["Relieved", "Proud"]


def test_deleting_a_check_in_can_be_undone(qtbot: QtBot, tool: FeelingsTool, journal: Journal,
                                           observed: ObservedJournal) -> None:
    now = datetime.now(UTC)
    older = journal.feelings.save_mood_check(a_check(now - timedelta(days=2), 2, ("Sad", 3), note="older"))
    newer = journal.feelings.save_mood_check(a_check(now - timedelta(days=1), 4, ("Calm", 2), note="newer"))
    tool.refresh()
    section = tool.checkin
    assert len(list_texts(section.history)) == 2
    assert "newer" in list_texts(section.history)[0], "newest first"
    changes = feelings_changes(observed)

    section.history.setCurrentRow(0)
    qtbot.mouseClick(section.delete_button, LEFT)
    assert [c.uuid for c in journal.feelings.mood_checks()] == [older.uuid]
    assert section.notice.isVisible() and "Deleted the check-in" in section.notice.label.text()
    assert len(list_texts(section.history)) == 1
    assert tool.chart.check_count == 1

    qtbot.mouseClick(section.notice.accept_button, LEFT)
    assert journal.feelings.mood_checks() == [older, newer], "brought back exactly as it was"
    assert not section.notice.isVisible()
    assert len(list_texts(section.history)) == 2
    assert changes == [frozenset({Area.MOOD}), frozenset({Area.MOOD})]


def test_the_delete_key_removes_the_selected_check_in_and_ctrl_z_brings_it_back(
    qtbot: QtBot, tool: FeelingsTool, journal: Journal
) -> None:
    journal.feelings.save_mood_check(a_check(datetime.now(UTC), 3, ("Uncertain", 2)))
    tool.refresh()
    history = tool.checkin.history
    history.setCurrentRow(0)
    history.setFocus()
    qtbot.waitUntil(history.hasFocus)
    qtbot.keyClick(history, Qt.Key.Key_Delete)
    assert journal.feelings.mood_checks() == []
    qtbot.keyClick(QApplication.focusWidget() or tool, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(journal.feelings.mood_checks()) == 1


def test_a_check_in_saved_elsewhere_shows_up(tool: FeelingsTool, journal: Journal,
                                             observed: ObservedJournal) -> None:
    today_page = object()  # the evening entry's check-in, saved through the gateway
    check = a_check(datetime.now(UTC), 5, ("Grateful", 5))
    assert observed.act(Area.MOOD, lambda j: j.feelings.save_mood_check(check), origin=today_page)
    assert "Grateful 5" in list_texts(tool.checkin.history)[0]
    assert tool.chart.check_count == 1


def test_a_finished_check_in_waits_as_a_draft_until_save(qtbot: QtBot, tool: FeelingsTool, journal: Journal,
                                                         observed: ObservedJournal) -> None:
    """Leaving never makes a check-in (it is timed when Save is pressed): flush keeps the finished
    form as its draft, on screen and in the file, and Save makes it."""
    form = tool.checkin.form
    qtbot.mouseClick(form.chips["Sad"].toggle, LEFT)
    qtbot.mouseClick(form.mood_buttons[2], LEFT)
    type_text(qtbot, form.note, "Long day.")
    changes = feelings_changes(observed)
    assert tool.flush()
    assert journal.feelings.mood_checks() == [] and "Long day." in journal.drafts.get(MOOD_DRAFT)
    assert form.mood() == 2 and form.note.toPlainText() == "Long day."
    qtbot.mouseClick(tool.checkin.save_button, LEFT)
    [stored] = journal.feelings.mood_checks()
    assert (stored.mood, stored.emotions, stored.note) == (2, (EmotionRating("Sad", 3),), "Long day.")
    assert form.is_blank() and journal.drafts.get(MOOD_DRAFT) == ""
    assert changes == [frozenset({Area.MOOD, Area.DRAFT})], "the check-in and its draft's end: one action"
    assert tool.flush(), "a blank form has nothing to lose"
    assert len(journal.feelings.mood_checks()) == 1


def test_a_half_made_check_in_is_not_dropped_by_flush(qtbot: QtBot, tool: FeelingsTool,
                                                      journal: Journal) -> None:
    form = tool.checkin.form
    qtbot.mouseClick(form.chips["Worried"].toggle, LEFT)
    type_text(qtbot, form.note, "About tomorrow.")
    assert tool.flush(), "kept as a draft: nothing stands in the way of locking or closing"
    assert journal.feelings.mood_checks() == []
    assert "About tomorrow." in journal.drafts.get(MOOD_DRAFT)
    assert form.chips["Worried"].is_picked() and form.note.toPlainText() == "About tomorrow."
    tool.refresh()  # coming back to the page neither stores nor drops it
    assert journal.feelings.mood_checks() == [] and form.chips["Worried"].is_picked()
    qtbot.mouseClick(tool.checkin.save_button, LEFT)
    assert "overall mood" in tool.checkin.status.text() and journal.feelings.mood_checks() == []
    qtbot.mouseClick(form.mood_buttons[3], LEFT)
    assert "overall mood" not in tool.checkin.status.text()
    qtbot.mouseClick(tool.checkin.save_button, LEFT)
    [stored] = journal.feelings.mood_checks()
    assert stored.mood == 3 and stored.note == "About tomorrow."


# -- the form from the keyboard ----------------------------------------------------------------


def test_the_form_works_from_the_keyboard(qtbot: QtBot, emotions: EmotionCatalogue) -> None:
    form = MoodCheckForm(emotions)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    form.focus_first()
    first = emotions.families[0].emotions[0]
    second = emotions.families[0].emotions[1]
    assert QApplication.focusWidget() is form.chips[first].toggle

    qtbot.keyClick(form.chips[first].toggle, Qt.Key.Key_Space)
    assert form.chips[first].is_picked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    spin = form.chips[first].intensity
    assert QApplication.focusWidget() in (spin, spin.findChild(QLineEdit)), "Tab reaches the intensity"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert spin.value() == 4
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.chips[second].toggle
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # and off again
    assert not form.chips[second].is_picked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.chips[emotions.families[0].emotions[2]].toggle, \
        "an unpicked feeling's intensity is skipped"

    form.mood_buttons[4].setFocus()
    qtbot.keyClick(form.mood_buttons[4], Qt.Key.Key_Space)
    check = form.value()
    assert check.mood == 4 and check.emotions == (EmotionRating(first, 4),)


def test_clear_resets_every_choice(qtbot: QtBot, emotions: EmotionCatalogue) -> None:
    form = MoodCheckForm(emotions)
    qtbot.addWidget(form)
    qtbot.mouseClick(form.chips["Lonely"].toggle, LEFT)
    form.chips["Lonely"].intensity.setValue(5)
    qtbot.mouseClick(form.mood_buttons[1], LEFT)
    form.note.setPlainText("note")
    form.clear()
    assert form.is_blank() and form.mood() is None and form.picked() == []
    assert not form.chips["Lonely"].intensity.isVisibleTo(form)
    with pytest.raises(ValueError):
        form.value()
    qtbot.mouseClick(form.chips["Lonely"].toggle, LEFT)
    assert form.chips["Lonely"].intensity.value() == 3, "a picked feeling starts in the middle again"


def test_the_dialog_returns_the_check_in_when_saved(qtbot: QtBot, emotions: EmotionCatalogue) -> None:
    dialog = MoodCheckDialog(emotions)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible(), "no overall mood yet: the dialog stays open and says why"
    assert "overall mood" in dialog.hint.text()
    qtbot.mouseClick(dialog.form.chips["Determined"].toggle, LEFT)
    qtbot.mouseClick(dialog.form.mood_buttons[4], LEFT)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    check = dialog.check()
    assert check is not None and check.mood == 4 and check.emotions == (EmotionRating("Determined", 3),)


def test_the_dialog_closed_without_saving_gives_nothing(qtbot: QtBot, emotions: EmotionCatalogue) -> None:
    dialog = MoodCheckDialog(emotions)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.form.mood_buttons[3], LEFT)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.check() is None

# -- Over time ---------------------------------------------------------------------------------


def test_the_chart_shows_check_ins_and_meetings_from_the_journal(
    qtbot: QtBot, tool: FeelingsTool, journal: Journal
) -> None:
    start = datetime.now(UTC) - timedelta(days=10)
    for day, mood in enumerate((2, 2, 3, 4)):
        journal.feelings.save_mood_check(a_check(start + timedelta(days=3 * day), mood, ("Hopeful", mood)))
    meeting = start + timedelta(days=4)
    journal.checkins.save_checkin(CheckIn(str(uuid.uuid4()), meeting, "", "", None, True, "", start, start))
    tool.refresh()
    qtbot.mouseClick(tool.section_buttons["chart"], LEFT)
    chart = tool.chart
    assert chart.isVisible()
    assert not chart.grab().isNull()
    description = chart.accessibleDescription()
    assert description.startswith("4 check-ins from ") and "mood went from 2 to 4" in description
    assert "1 check-in meeting marked" in description
    assert tool.over_time.summary.text() == description


def test_the_chart_says_what_to_do_first(tool: FeelingsTool) -> None:
    tool.show_section("chart")
    assert "check-in" in tool.over_time.summary.text().lower()
    assert tool.chart.is_empty


# -- the whole tool ----------------------------------------------------------------------------


def test_sections_switch_from_the_keyboard(qtbot: QtBot, tool: FeelingsTool) -> None:
    with qtbot.waitActive(tool):
        tool.activateWindow()
    tool.focus_first()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert tool.current_section == "stay" and tool.stay.isVisible()
    focused = QApplication.focusWidget()
    assert focused is tool.section_buttons["stay"]
    qtbot.keyClick(focused, Qt.Key.Key_Right)  # the sections are one group: arrows move between them
    assert QApplication.focusWidget() is tool.section_buttons["chart"]
    assert tool.current_section == "chart"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # and Tab goes on into the section
    assert tool.over_time.isAncestorOf(QApplication.focusWidget())


def test_every_interactive_widget_has_an_accessible_name(tool: FeelingsTool, journal: Journal) -> None:
    now = datetime.now(UTC)
    journal.feelings.save_mood_check(a_check(now, 3, ("Calm", 2)))
    journal.feelings.save_forgiveness(
        ForgivenessItem(str(uuid.uuid4()), "Myself", "", ForgivenessStatus.NOT_YET, "", now, now))
    tool.refresh()
    for key in tool.sections:
        tool.show_section(key)
        for chip in tool.checkin.form.chips.values():
            chip.toggle.setChecked(True)  # every intensity control exists and is shown
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
        for w in tool.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not w.accessibleName().strip()
    ]
    assert unnamed == []


def test_the_dialog_names_its_controls(qtbot: QtBot, emotions: EmotionCatalogue) -> None:
    dialog = MoodCheckDialog(emotions)
    qtbot.addWidget(dialog)
    unnamed = [type(w).__name__ for w in dialog.findChildren(QWidget)
               if isinstance(w, INTERACTIVE) and not w.accessibleName().strip()]
    assert unnamed == [] and dialog.accessibleName()


def test_the_note_keeps_three_lines_at_double_text_size(tool: FeelingsTool) -> None:
    """The page scrolls around the form, so the note keeps room for its lines at any text size."""
    note = tool.checkin.note_edit
    font = tool.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tool.setFont(font)
    line = note.fontMetrics().lineSpacing()
    assert note.minimumHeight() >= 3 * line
    assert note.maximumHeight() >= 7 * line
    assert note.height() >= 3 * line


def test_every_section_fits_a_small_window_at_double_text_size(qtbot: QtBot, tool: FeelingsTool) -> None:
    """1024 px wide, less the sidebar, the page margins and a scroll bar: nothing may need more."""
    font = tool.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tool.setFont(font)
    available = 1024 - 208 - 2 * 40 - 12
    tool.resize(available, 700)
    for key in tool.sections:
        tool.show_section(key)
        qtbot.waitUntil(lambda: tool.minimumSizeHint().width() <= available, timeout=2000)
        assert tool.sections[key].width() <= available, key
