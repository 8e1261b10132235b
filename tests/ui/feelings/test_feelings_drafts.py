"""Feelings forms that are not records yet, kept as drafts while they are made: the mood check-in
(on the page and in Today's dialog) and a forgiveness item without "whom or what". Nothing typed
waits for a button to reach the file, locking is never held up by a half-made form, a draft comes
back when the tool is built again, and the action that makes the record clears its draft. Deleting
a forgiveness item saves its latest words first, so Undo brings them back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import FEELINGS, Area, Change
from app.domain.clock import FixedClock
from app.domain.emotions import EmotionCatalogue
from app.domain.workbench import EmotionRating, ForgivenessStatus
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.feelings.feelings_tool import FeelingsTool
from app.ui.feelings.forgiveness_section import WORDS_BACK
from app.ui.feelings.form_drafts import (
    MOOD_DRAFT,
    NEW_FORGIVENESS_DRAFT,
    TODAY_MOOD_DRAFT,
    MoodFormState,
    decode_mood,
    decode_new_item,
    encode_mood,
)
from app.ui.feelings.mood_check import DRAFT_BACK, MoodCheckDialog
from tests.ui.feelings.helpers import CAPPED, FAST, HELD, KEY_EVERY_MS, STEADY, ToolFactory, counting, failing
from tests.ui.helpers import SAVE_WAIT_MS, type_text

LEFT = Qt.MouseButton.LeftButton


def mood_draft(journal: Journal, key: str = MOOD_DRAFT) -> MoodFormState:
    return decode_mood(journal.drafts.get(key))


def all_changes(observed: ObservedJournal) -> list[Change]:
    seen: list[Change] = []
    observed.changes.connect(seen.append)
    return seen


def half_made(qtbot: QtBot, tool: FeelingsTool, note: str = "About tomorrow.") -> None:
    form = tool.checkin.form
    qtbot.mouseClick(form.chips["Worried"].toggle, LEFT)
    form.chips["Worried"].intensity.setValue(4)
    qtbot.mouseClick(form.chips["Hopeful"].toggle, LEFT)
    type_text(qtbot, form.note, note)


# -- the mood check-in on the Feelings page ------------------------------------------------------


@pytest.mark.parametrize(("timing", "lag"), [(FAST, 0), (CAPPED, 1)], ids=["pauses", "capped"])
def test_the_check_in_note_reaches_its_draft_while_typed(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory, timing: SaveTiming, lag: int,
) -> None:
    """A key every 300 ms for three seconds, no mood chosen, no button: the draft in the file holds
    all the note but at most `lag` keys after each key's 300 ms."""
    tool, _observed = open_tool(timing)
    note = tool.checkin.note_edit
    assert note is tool.checkin.form.note
    note.setFocus()
    typed = ""
    for char in STEADY:
        qtbot.keyClicks(note, char)
        typed += char
        qtbot.wait(KEY_EVERY_MS)
        stored = mood_draft(journal).note
        assert stored in {typed[:keys] for keys in range(len(typed) - lag, len(typed) + 1)}, (typed, stored)
    assert journal.feelings.mood_checks() == [], "a draft is no check-in"


def test_a_half_made_check_in_never_holds_up_flush_all(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(HELD)
    half_made(qtbot, tool)
    assert tool.checkin.draft.saver.pending
    assert observed.flush_all(), "locking and closing go ahead"
    assert tool.flush()
    assert mood_draft(journal) == MoodFormState(
        None, (EmotionRating("Worried", 4), EmotionRating("Hopeful", 3)), "About tomorrow.")
    assert journal.feelings.mood_checks() == []
    assert tool.checkin.status.property("state") != "error"


def test_the_draft_comes_back_when_the_tool_is_built_again_and_after_a_restart(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory, data_dir: Path,
) -> None:
    tool, observed = open_tool(HELD)
    half_made(qtbot, tool, "Line one\nline two ")
    qtbot.mouseClick(tool.checkin.form.mood_buttons[2], LEFT)
    assert observed.flush_all()

    again, _ = open_tool(HELD)
    form = again.checkin.form
    assert form.mood() == 2 and form.note.toPlainText() == "Line one\nline two "
    assert form.picked() == [EmotionRating("Worried", 4), EmotionRating("Hopeful", 3)]
    assert form.chips["Worried"].intensity.isVisibleTo(form)
    assert again.checkin.status.text() == DRAFT_BACK
    assert not again.checkin.draft.saver.pending, "putting it back writes nothing"

    reopened = Journal.open(data_dir)  # as after a restart: the same file, opened again
    try:
        restarted, _ = open_tool(HELD, store=reopened)
        assert restarted.checkin.form.state() == form.state()
    finally:
        reopened.close()


def test_save_times_the_check_in_then_and_clears_its_draft_in_the_same_action(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    started = datetime(2031, 5, 6, 21, 0, tzinfo=UTC)
    clock = FixedClock(started)
    tool, observed = open_tool(HELD, clock)
    half_made(qtbot, tool)
    qtbot.mouseClick(tool.checkin.form.mood_buttons[4], LEFT)
    assert observed.flush_all() and mood_draft(journal).mood == 4
    pressed = datetime(2031, 5, 6, 21, 7, tzinfo=UTC)
    clock.advance_to(pressed)
    changes = all_changes(observed)

    qtbot.mouseClick(tool.checkin.save_button, LEFT)
    [check] = journal.feelings.mood_checks()
    assert check.at == pressed, "timed when Save was pressed, not when the form was started"
    assert (check.mood, check.note) == (4, "About tomorrow.")
    assert journal.drafts.get(MOOD_DRAFT) == ""
    assert [c.areas for c in changes] == [frozenset({Area.MOOD, Area.DRAFT})]
    assert check.uuid in changes[0].uuids and changes[0].made_by(tool.checkin)
    assert tool.checkin.form.is_blank() and not tool.checkin.draft.saver.pending
    assert observed.flush_all() and journal.drafts.get(MOOD_DRAFT) == ""


def test_a_failed_save_keeps_the_draft_and_the_form(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tool, observed = open_tool(HELD)
    half_made(qtbot, tool)
    qtbot.mouseClick(tool.checkin.form.mood_buttons[3], LEFT)
    assert observed.flush_all()
    kept = journal.drafts.get(MOOD_DRAFT)
    assert "About tomorrow." in kept
    failing(monkeypatch, journal.feelings, "save_mood_check", times=1)
    with qtbot.waitSignal(observed.problem):
        qtbot.mouseClick(tool.checkin.save_button, LEFT)
    assert journal.feelings.mood_checks() == []
    assert journal.drafts.get(MOOD_DRAFT) == kept, "clearing the draft went back with the failed save"
    assert tool.checkin.form.note.toPlainText() == "About tomorrow." and tool.checkin.form.mood() == 3
    assert tool.checkin.status.property("state") == "error"
    qtbot.mouseClick(tool.checkin.save_button, LEFT)
    assert len(journal.feelings.mood_checks()) == 1 and journal.drafts.get(MOOD_DRAFT) == ""


def test_a_failed_draft_write_keeps_the_words_and_is_tried_again(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tool, observed = open_tool(FAST)
    calls = failing(monkeypatch, journal.drafts, "put", times=2)
    with qtbot.waitSignal(observed.problem):
        type_text(qtbot, tool.checkin.note_edit, "Still here.")
    assert tool.checkin.note_edit.toPlainText() == "Still here."
    assert tool.checkin.status.property("state") == "error"
    qtbot.waitUntil(lambda: mood_draft(journal).note == "Still here.")  # the retry, by itself
    assert len(calls) == 3


def test_start_over_clears_the_draft(qtbot: QtBot, journal: Journal, open_tool: ToolFactory) -> None:
    tool, observed = open_tool(HELD)
    half_made(qtbot, tool)
    assert observed.flush_all() and journal.drafts.get(MOOD_DRAFT)
    qtbot.mouseClick(tool.checkin.clear_button, LEFT)
    assert observed.flush_all()
    assert journal.drafts.get(MOOD_DRAFT) == ""


def test_a_restored_journal_brings_its_own_draft(journal: Journal, open_tool: ToolFactory) -> None:
    tool, observed = open_tool(HELD)
    journal.drafts.put(MOOD_DRAFT, encode_mood(MoodFormState(5, (), "From the backup")))
    observed.announce(Change.everything())
    assert tool.checkin.form.mood() == 5 and tool.checkin.note_edit.toPlainText() == "From the backup"
    assert not tool.checkin.draft.saver.pending


def test_draft_saves_are_not_feelings_changes(qtbot: QtBot, open_tool: ToolFactory,
                                              monkeypatch: pytest.MonkeyPatch, journal: Journal) -> None:
    """The list and the chart are not read again for every key in the note."""
    tool, observed = open_tool(FAST)
    changes = all_changes(observed)
    reads = counting(monkeypatch, journal.feelings, "mood_checks")
    with qtbot.waitSignal(tool.checkin.draft.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, tool.checkin.note_edit, "Quiet")
    assert changes and all(c.areas == frozenset({Area.DRAFT}) for c in changes)
    assert not any(c.touches(FEELINGS) for c in changes) and reads == []


# -- the check-in dialog from Today --------------------------------------------------------------


def test_todays_dialog_keeps_its_own_draft_and_its_save_clears_it(
    qtbot: QtBot, journal: Journal, emotions: EmotionCatalogue,
) -> None:
    observed = ObservedJournal(journal, save_timing=HELD)
    journal.drafts.put(MOOD_DRAFT, encode_mood(MoodFormState(None, (), "the page's own")))
    dialog = MoodCheckDialog(emotions, journal=observed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.form.chips["Frustrated"].toggle, LEFT)
    type_text(qtbot, dialog.form.note, "Long week.")
    assert observed.flush_all(), "locking while the dialog is open keeps its words"
    assert mood_draft(journal, TODAY_MOOD_DRAFT).note == "Long week."
    type_text(qtbot, dialog.form.note, " Done.")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, LEFT)  # "Not now" keeps them for next time
    assert dialog.check() is None and journal.feelings.mood_checks() == []
    assert mood_draft(journal, TODAY_MOOD_DRAFT).note == "Long week. Done."
    assert mood_draft(journal).note == "the page's own", "the Feelings page's draft is its own"

    again = MoodCheckDialog(emotions, journal=observed)
    qtbot.addWidget(again)
    again.show()
    assert again.form.note.toPlainText() == "Long week. Done." and again.form.chips["Frustrated"].is_picked()
    assert again.hint.text() == DRAFT_BACK
    qtbot.mouseClick(again.form.mood_buttons[2], LEFT)
    changes = all_changes(observed)
    with qtbot.waitSignal(again.accepted):
        qtbot.mouseClick(again.save_button, LEFT)
    [stored] = journal.feelings.mood_checks()
    assert again.check() == stored and (stored.mood, stored.note) == (2, "Long week. Done.")
    assert journal.drafts.get(TODAY_MOOD_DRAFT) == ""
    assert [c.areas for c in changes] == [frozenset({Area.MOOD, Area.DRAFT})]
    assert mood_draft(journal).note == "the page's own"


def test_todays_dialog_stays_open_when_its_save_fails(
    qtbot: QtBot, journal: Journal, emotions: EmotionCatalogue, monkeypatch: pytest.MonkeyPatch,
) -> None:
    observed = ObservedJournal(journal, save_timing=HELD)
    origin = object()
    dialog = MoodCheckDialog(emotions, journal=observed, origin=origin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.form.mood_buttons[4], LEFT)
    type_text(qtbot, dialog.form.note, "Better.")
    failing(monkeypatch, journal.feelings, "save_mood_check", times=1)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.check() is None and "Not saved" in dialog.hint.text()
    assert dialog.form.note.toPlainText() == "Better."
    changes = all_changes(observed)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert changes[-1].made_by(origin) and len(journal.feelings.mood_checks()) == 1


# -- forgiveness -------------------------------------------------------------------------------


def test_delete_saves_the_latest_words_first_so_undo_brings_them_back(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, _observed = open_tool(HELD)
    tool.show_section("forgiveness")
    section = tool.forgiveness
    type_text(qtbot, section.whom_edit, "My manager")
    qtbot.mouseClick(section.save_button, LEFT)
    type_text(qtbot, section.notes_edit, "We talked on Friday.")
    assert section.saver.pending, "the last words are not in the file yet"
    qtbot.mouseClick(section.delete_button, LEFT)
    assert journal.feelings.forgiveness() == []
    qtbot.mouseClick(section.notice.accept_button, LEFT)
    [back] = journal.feelings.forgiveness()
    assert (back.whom, back.notes) == ("My manager", "We talked on Friday.")
    assert section.notes_edit.toPlainText() == "We talked on Friday."


def test_delete_waits_while_the_latest_words_cannot_be_saved(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tool, observed = open_tool(HELD)
    tool.show_section("forgiveness")
    section = tool.forgiveness
    type_text(qtbot, section.whom_edit, "The company")
    qtbot.mouseClick(section.save_button, LEFT)
    type_text(qtbot, section.notes_edit, "Less angry.")
    failing(monkeypatch, journal.feelings, "save_forgiveness", times=1)
    with qtbot.waitSignal(observed.problem):
        qtbot.mouseClick(section.delete_button, LEFT)
    assert [i.whom for i in journal.feelings.forgiveness()] == ["The company"], "not deleted"
    assert section.notes_edit.toPlainText() == "Less angry." and section.notice.isVisible()
    qtbot.mouseClick(section.delete_button, LEFT)
    qtbot.mouseClick(section.notice.accept_button, LEFT)
    [back] = journal.feelings.forgiveness()
    assert back.notes == "Less angry."


@pytest.mark.parametrize(("timing", "lag"), [(FAST, 0), (CAPPED, 1)], ids=["pauses", "capped"])
def test_a_new_items_words_reach_its_draft_while_typed_before_whom(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory, timing: SaveTiming, lag: int,
) -> None:
    tool, _observed = open_tool(timing)
    tool.show_section("forgiveness")
    edit = tool.forgiveness.happened_edit
    edit.setFocus()
    typed = ""
    for char in STEADY:
        qtbot.keyClicks(edit, char)
        typed += char
        qtbot.wait(KEY_EVERY_MS)
        stored = decode_new_item(journal.drafts.get(NEW_FORGIVENESS_DRAFT)).what_happened
        assert stored in {typed[:keys] for keys in range(len(typed) - lag, len(typed) + 1)}, (typed, stored)
    assert journal.feelings.forgiveness() == []


def test_a_new_items_draft_comes_back_and_creating_the_item_clears_it_at_once(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tool, observed = open_tool(HELD)
    tool.show_section("forgiveness")
    section = tool.forgiveness
    type_text(qtbot, section.happened_edit, "Took credit for my work.")
    qtbot.mouseClick(section.status_buttons["working_on_it"], LEFT)
    type_text(qtbot, section.notes_edit, "Say it next time.")
    assert observed.flush_all()
    assert journal.feelings.forgiveness() == []

    again, observed = open_tool(HELD)  # as after a crash: the tool built again
    again.show_section("forgiveness")
    section = again.forgiveness
    assert section.current is None and section.status.text() == WORDS_BACK
    assert section.happened_edit.toPlainText() == "Took credit for my work."
    assert section.notes_edit.toPlainText() == "Say it next time."
    assert section.status_buttons["working_on_it"].isChecked()

    type_text(qtbot, section.whom_edit, "A coworker")
    failing(monkeypatch, journal.feelings, "save_forgiveness", times=1)
    assert not observed.flush_all()
    assert journal.feelings.forgiveness() == [] and journal.drafts.get(NEW_FORGIVENESS_DRAFT), \
        "the item and the draft's clearing are one action: neither happened"
    changes = all_changes(observed)
    assert observed.flush_all()
    [item] = journal.feelings.forgiveness()
    assert (item.whom, item.what_happened, item.notes, item.status) == (
        "A coworker", "Took credit for my work.", "Say it next time.", ForgivenessStatus.WORKING_ON_IT)
    assert journal.drafts.get(NEW_FORGIVENESS_DRAFT) == ""
    assert [c.areas for c in changes] == [frozenset({Area.FORGIVENESS, Area.DRAFT})]


def test_a_new_items_draft_waits_while_another_item_is_open(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, _observed = open_tool(HELD)
    tool.show_section("forgiveness")
    section = tool.forgiveness
    type_text(qtbot, section.whom_edit, "The company")
    qtbot.mouseClick(section.save_button, LEFT)
    qtbot.mouseClick(section.add_button, LEFT)
    type_text(qtbot, section.notes_edit, "Not sure who yet.")
    section.list.setCurrentRow(0)  # moving on keeps them as the draft
    assert section.current is not None and section.current.whom == "The company"
    assert "Not sure who yet." in journal.drafts.get(NEW_FORGIVENESS_DRAFT)
    qtbot.mouseClick(section.add_button, LEFT)
    assert section.current is None and section.notes_edit.toPlainText() == "Not sure who yet."
    section.notes_edit.selectAll()
    qtbot.keyClick(section.notes_edit, Qt.Key.Key_Delete)  # wiped: the draft goes too
    assert tool.flush() and journal.drafts.get(NEW_FORGIVENESS_DRAFT) == ""
