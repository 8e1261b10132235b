"""The Feelings tool driven like a person would: check in, forgive, decide, and come back to it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

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

from app.domain.emotions import EmotionCatalogue
from app.domain.workbench import (
    CheckIn,
    Decision,
    EmotionRating,
    ForgivenessItem,
    ForgivenessStatus,
    MoodCheck,
)
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.feelings_tool import FeelingsTool
from app.ui.feelings.mood_chart import MoodChart
from app.ui.feelings.mood_check import MoodCheckDialog, MoodCheckForm
from app.ui.feelings.stay_or_go import SittingCard
from app.workbench_catalogue import load_emotions
from tests.ui.helpers import SAVE_WAIT_MS, type_text

LEFT = Qt.MouseButton.LeftButton
INTERACTIVE = (QAbstractButton, QAbstractItemView, QPlainTextEdit, QTextEdit, QLineEdit, QAbstractSpinBox,
               MoodChart)


@pytest.fixture
def emotions() -> EmotionCatalogue:
    return load_emotions()


@pytest.fixture
def tool(qtbot: QtBot, observed: ObservedJournal, emotions: EmotionCatalogue) -> Iterator[FeelingsTool]:
    widget = FeelingsTool(observed, emotions)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget


def a_check(at: datetime, mood: int, *ratings: tuple[str, int], note: str = "") -> MoodCheck:
    emotions = tuple(EmotionRating(name, intensity) for name, intensity in ratings)
    return MoodCheck(str(uuid.uuid4()), at, mood, emotions, note)


def feelings_changes(observed: ObservedJournal) -> list[str]:
    seen: list[str] = []
    observed.workbench_changed.connect(seen.append)
    return seen


def list_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


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

    with qtbot.waitSignal(observed.workbench_changed, check_params_cb=lambda area: area == "feelings"):
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
    assert changes == ["feelings", "feelings"]


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
    journal.feelings.save_mood_check(a_check(datetime.now(UTC), 5, ("Grateful", 5)))
    observed.changed("feelings")  # as the evening entry's check-in does
    assert "Grateful 5" in list_texts(tool.checkin.history)[0]


def test_a_finished_check_in_is_saved_by_flush(qtbot: QtBot, tool: FeelingsTool, journal: Journal,
                                               observed: ObservedJournal) -> None:
    form = tool.checkin.form
    qtbot.mouseClick(form.chips["Sad"].toggle, LEFT)
    qtbot.mouseClick(form.mood_buttons[2], LEFT)
    type_text(qtbot, form.note, "Long day.")
    changes = feelings_changes(observed)
    assert tool.flush(), "a form with an overall mood is what the person meant to record"
    [stored] = journal.feelings.mood_checks()
    assert (stored.mood, stored.emotions, stored.note) == (2, (EmotionRating("Sad", 3),), "Long day.")
    assert form.is_blank() and changes == ["feelings"]
    assert tool.flush(), "a blank form has nothing to lose"
    assert len(journal.feelings.mood_checks()) == 1


def test_a_half_made_check_in_is_not_dropped_by_flush(qtbot: QtBot, tool: FeelingsTool,
                                                      journal: Journal) -> None:
    form = tool.checkin.form
    qtbot.mouseClick(form.chips["Worried"].toggle, LEFT)
    type_text(qtbot, form.note, "About tomorrow.")
    assert not tool.flush(), "closing the window must ask before losing it"
    assert journal.feelings.mood_checks() == []
    assert tool.checkin.status.property("state") == "error"
    assert "overall mood" in tool.checkin.status.text()
    assert form.chips["Worried"].is_picked() and form.note.toPlainText() == "About tomorrow."
    tool.refresh()  # coming back to the page neither stores nor drops it
    assert journal.feelings.mood_checks() == [] and form.chips["Worried"].is_picked()
    qtbot.mouseClick(form.mood_buttons[3], LEFT)
    assert "overall mood" not in tool.checkin.status.text()
    assert tool.flush()
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


# -- Forgiveness -------------------------------------------------------------------------------


def test_forgiveness_add_edit_status_and_delete_with_undo(
    qtbot: QtBot, tool: FeelingsTool, journal: Journal, observed: ObservedJournal
) -> None:
    qtbot.mouseClick(tool.section_buttons["forgiveness"], LEFT)
    section = tool.forgiveness
    assert section.isVisible() and not tool.checkin.isVisible()
    assert section.empty_label.isVisible()
    changes = feelings_changes(observed)

    type_text(qtbot, section.whom_edit, "My manager")
    type_text(qtbot, section.happened_edit, "Told me about the plan in a hallway.")
    qtbot.mouseClick(section.status_buttons["working_on_it"], LEFT)
    qtbot.mouseClick(section.save_button, LEFT)
    [first] = journal.feelings.forgiveness()
    assert (first.whom, first.what_happened, first.status) == (
        "My manager", "Told me about the plan in a hallway.", ForgivenessStatus.WORKING_ON_IT)
    assert list_texts(section.list) == ["My manager  ·  Working on it\nTold me about the plan in a hallway."]

    qtbot.mouseClick(section.status_buttons["forgiven"], LEFT)
    type_text(qtbot, section.notes_edit, "We talked it through on Friday.")
    qtbot.mouseClick(section.save_button, LEFT)
    [edited] = journal.feelings.forgiveness()
    assert edited.uuid == first.uuid and edited.created_at == first.created_at
    assert edited.status == ForgivenessStatus.FORGIVEN and edited.notes == "We talked it through on Friday."

    qtbot.mouseClick(section.add_button, LEFT)
    assert section.current is None and section.whom_edit.text() == ""
    qtbot.mouseClick(section.myself_button, LEFT)
    type_text(qtbot, section.happened_edit, "Not asking for help sooner.")
    qtbot.mouseClick(section.save_button, LEFT)
    assert [i.whom for i in journal.feelings.forgiveness()] == ["My manager", "Myself"]
    assert journal.feelings.forgiveness()[1].status == ForgivenessStatus.NOT_YET

    section.list.setCurrentRow(0)
    assert section.current is not None and section.current.whom == "My manager"
    qtbot.mouseClick(section.delete_button, LEFT)
    assert [i.whom for i in journal.feelings.forgiveness()] == ["Myself"]
    assert section.notice.isVisible()
    qtbot.mouseClick(section.notice.accept_button, LEFT)
    restored = journal.feelings.forgiveness()
    assert [i.whom for i in restored] == ["My manager", "Myself"]
    assert restored[0].created_at == first.created_at
    assert restored[0].notes == "We talked it through on Friday."
    assert changes.count("feelings") == 5  # three saves, a delete, an undo


def test_forgiveness_needs_whom_or_what(qtbot: QtBot, tool: FeelingsTool, journal: Journal) -> None:
    tool.show_section("forgiveness")
    section = tool.forgiveness
    type_text(qtbot, section.happened_edit, "Something I keep replaying.")
    qtbot.mouseClick(section.save_button, LEFT)
    assert journal.feelings.forgiveness() == []
    assert section.status.property("state") == "error"
    assert not tool.flush(), "unsaved words that can't be saved yet are reported, not dropped"
    assert section.happened_edit.toPlainText() == "Something I keep replaying."


def test_unsaved_forgiveness_words_are_saved_before_moving_on(qtbot: QtBot, tool: FeelingsTool,
                                                              journal: Journal) -> None:
    now = datetime.now(UTC)
    journal.feelings.save_forgiveness(
        ForgivenessItem(str(uuid.uuid4()), "The company", "", ForgivenessStatus.NOT_YET, "", now, now))
    journal.feelings.save_forgiveness(
        ForgivenessItem(str(uuid.uuid4()), "A coworker", "", ForgivenessStatus.NOT_YET, "", now, now))
    tool.refresh()
    tool.show_section("forgiveness")
    section = tool.forgiveness
    section.list.setCurrentRow(0)
    type_text(qtbot, section.notes_edit, "Less angry today.")
    assert section.is_dirty()
    section.list.setCurrentRow(1)
    assert journal.feelings.forgiveness()[0].notes == "Less angry today."
    assert section.current is not None and section.current.whom == "A coworker"
    type_text(qtbot, section.notes_edit, "Ask for coffee.")
    assert tool.flush()
    assert journal.feelings.forgiveness()[1].notes == "Ask for coffee."


def test_forgiveness_is_saved_while_typing(qtbot: QtBot, tool: FeelingsTool, journal: Journal,
                                            observed: ObservedJournal) -> None:
    tool.show_section("forgiveness")
    section = tool.forgiveness
    with qtbot.waitSignal(observed.workbench_changed, timeout=SAVE_WAIT_MS,
                          check_params_cb=lambda area: area == "feelings"):
        type_text(qtbot, section.whom_edit, "The company")
    [item] = journal.feelings.forgiveness()
    assert item.whom == "The company"
    assert list_texts(section.list) == ["The company  ·  Not yet"]
    section.happened_edit.setFocus()
    with qtbot.waitSignal(section.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, section.happened_edit, "Moved the goalposts twice. ")
    [item] = journal.feelings.forgiveness()
    assert item.what_happened == "Moved the goalposts twice."
    assert section.happened_edit.toPlainText() == "Moved the goalposts twice. ", "the text stays as typed"
    assert section.happened_edit.textCursor().position() == len("Moved the goalposts twice. "), \
        "the cursor stays where the person left it"
    assert not section.is_dirty() and section.status.text() == "Saved."


def test_forgiveness_words_without_whom_wait_on_screen(qtbot: QtBot, tool: FeelingsTool,
                                                       journal: Journal) -> None:
    tool.show_section("forgiveness")
    section = tool.forgiveness
    type_text(qtbot, section.notes_edit, "Still hurts.")
    qtbot.waitUntil(lambda: "whom or what" in section.status.text(), timeout=SAVE_WAIT_MS)
    assert journal.feelings.forgiveness() == []
    assert section.notes_edit.toPlainText() == "Still hurts." and section.is_dirty()
    assert not tool.flush()
    with qtbot.waitSignal(section.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, section.whom_edit, "Myself")
    [item] = journal.feelings.forgiveness()
    assert (item.whom, item.notes) == ("Myself", "Still hurts.")
    assert tool.flush()


# -- Stay or go --------------------------------------------------------------------------------


def test_stay_or_go_is_saved_and_revisiting_keeps_the_earlier_sitting(
    qtbot: QtBot, tool: FeelingsTool, journal: Journal, observed: ObservedJournal
) -> None:
    qtbot.mouseClick(tool.section_buttons["stay"], LEFT)
    section = tool.stay
    assert not section.revisit_button.isEnabled(), "nothing to revisit yet"
    assert section.earlier == []
    type_text(qtbot, section.stay_edit, "The team.")
    type_text(qtbot, section.leave_edit, "The way this started.")
    type_text(qtbot, section.conditions_edit, "Weekly feedback.")
    assert not section.date_edit.isVisibleTo(section), "no decision, no date to ask for"
    qtbot.mouseClick(section.decision_buttons["stay"], LEFT)
    assert section.date_edit.isVisibleTo(section) and section.date_edit.date().toPython() == date.today()
    with qtbot.waitSignal(observed.workbench_changed, check_params_cb=lambda area: area == "feelings"):
        qtbot.mouseClick(section.save_button, LEFT)
    [first] = journal.feelings.decisions()
    assert (first.reasons_to_stay, first.reasons_to_leave, first.conditions_to_stay) == (
        "The team.", "The way this started.", "Weekly feedback.")
    assert first.decision == Decision.STAY and first.decided_on == date.today()

    qtbot.mouseClick(section.revisit_button, LEFT)
    assert section.revisiting
    assert section.stay_edit.toPlainText() == "The team.", "a new sitting starts from the last one"
    assert [s.uuid for s in section.earlier] == [first.uuid]
    section.stay_edit.clear()
    type_text(qtbot, section.stay_edit, "The team, and my manager listened.")
    qtbot.mouseClick(section.decision_buttons["undecided"], LEFT)
    qtbot.mouseClick(section.save_button, LEFT)

    newest, earlier = journal.feelings.decisions()
    assert earlier == first, "the earlier sitting is kept exactly"
    assert newest.uuid != first.uuid and newest.reasons_to_stay == "The team, and my manager listened."
    assert newest.decision == Decision.UNDECIDED and newest.decided_on is None
    assert [s.uuid for s in section.earlier] == [first.uuid]
    [card] = section.earlier_box.findChildren(SittingCard)
    assert card.findChildren(QLineEdit) == [] and card.findChildren(QPlainTextEdit) == [], "read-only"

    qtbot.mouseClick(section.revisit_button, LEFT)
    qtbot.mouseClick(section.save_button, LEFT)
    assert [s.uuid for s in section.earlier] == [newest.uuid, first.uuid], "newest first"


def test_an_edited_sitting_is_saved_by_flush(qtbot: QtBot, tool: FeelingsTool, journal: Journal) -> None:
    tool.show_section("stay")
    type_text(qtbot, tool.stay.leave_edit, "Too tired to decide tonight.")
    assert tool.flush()
    [saved] = journal.feelings.decisions()
    assert saved.reasons_to_leave == "Too tired to decide tonight."
    assert not tool.stay.is_dirty()


def test_revisit_untouched_saves_nothing_until_asked(qtbot: QtBot, tool: FeelingsTool,
                                                     journal: Journal) -> None:
    tool.show_section("stay")
    type_text(qtbot, tool.stay.stay_edit, "Reasons")
    qtbot.mouseClick(tool.stay.save_button, LEFT)
    qtbot.mouseClick(tool.stay.revisit_button, LEFT)
    assert tool.flush()
    assert len(journal.feelings.decisions()) == 1


def test_a_sitting_is_saved_while_typing(qtbot: QtBot, tool: FeelingsTool, journal: Journal,
                                         observed: ObservedJournal) -> None:
    tool.show_section("stay")
    section = tool.stay
    with qtbot.waitSignal(observed.workbench_changed, timeout=SAVE_WAIT_MS,
                          check_params_cb=lambda area: area == "feelings"):
        type_text(qtbot, section.stay_edit, "The people. ")
    [first] = journal.feelings.decisions()
    assert first.reasons_to_stay == "The people."
    assert section.stay_edit.toPlainText() == "The people. ", "the text stays as typed"
    assert section.revisit_button.isEnabled() and not section.is_dirty()
    with qtbot.waitSignal(section.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, section.stay_edit, "The work.")
    [again] = journal.feelings.decisions()
    assert again.uuid == first.uuid and again.reasons_to_stay == "The people. The work."

    qtbot.mouseClick(section.revisit_button, LEFT)
    with qtbot.waitSignal(section.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, section.leave_edit, "Too much pressure.")
    newest, earlier = journal.feelings.decisions()
    assert earlier == again and newest.reasons_to_leave == "Too much pressure."
    assert [s.uuid for s in section.earlier] == [again.uuid]


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
