"""The Feelings tool on the one write path: typing reaches the file while it goes on, a failed save
keeps the words and tries again by itself, and the tool shows what changed wherever it came from,
passing over the echo of its own edits. The save timing is short, so these stay quick.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.clock import FixedClock
from app.domain.workbench import (
    Decision,
    EmotionRating,
    ForgivenessItem,
    ForgivenessStatus,
    MoodCheck,
    StayOrGo,
)
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.feelings.feelings_tool import FeelingsTool
from app.ui.feelings.mood_words import EMPTY_ONE
from tests.ui.feelings.helpers import (
    CAPPED,
    FAST,
    HELD,
    KEY_EVERY_MS,
    STEADY,
    ToolFactory,
    counting,
    failing,
)
from tests.ui.helpers import SAVE_WAIT_MS, type_text

LEFT = Qt.MouseButton.LeftButton


def an_item(whom: str, notes: str = "") -> ForgivenessItem:
    now = datetime.now(UTC)
    return ForgivenessItem(str(uuid.uuid4()), whom, "", ForgivenessStatus.NOT_YET, notes, now, now)


def a_sitting(stay: str) -> StayOrGo:
    return StayOrGo(str(uuid.uuid4()), stay, "", "", Decision.UNDECIDED, None, datetime.now(UTC))


def a_check(mood: int, name: str, at: datetime | None = None) -> MoodCheck:
    return MoodCheck(str(uuid.uuid4()), at or datetime.now(UTC), mood, (EmotionRating(name, 3),), "")


def editor_and_file(
    tool: FeelingsTool, journal: Journal, field: str
) -> tuple[QPlainTextEdit, Callable[[], str]]:
    """The text box typed into, and how to read what of it is in the file."""
    if field == "forgiveness":
        journal.feelings.save_forgiveness(an_item("The company"))
        tool.refresh()
        tool.show_section("forgiveness")
        tool.forgiveness.list.setCurrentRow(0)
        return tool.forgiveness.notes_edit, lambda: journal.feelings.forgiveness()[0].notes
    tool.show_section("stay")

    def reasons() -> str:
        sittings = journal.feelings.decisions()
        return sittings[0].reasons_to_stay if sittings else ""

    return tool.stay.stay_edit, reasons


# -- steady typing -----------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["forgiveness", "stay"])
@pytest.mark.parametrize(("timing", "lag"), [(FAST, 0), (CAPPED, 1)], ids=["pauses", "capped"])
def test_steady_typing_reaches_the_file_at_least_every_max_wait(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
    field: str, timing: SaveTiming, lag: int,
) -> None:
    """A key every 300 ms, never stopping: after each key's 300 ms the file holds all the text but
    at most `lag` keys (with CAPPED, the pause is never reached; only the cap of 400 ms saves)."""
    tool, _observed = open_tool(timing)
    edit, on_file = editor_and_file(tool, journal, field)
    edit.setFocus()
    typed = ""
    for char in STEADY:
        qtbot.keyClicks(edit, char)
        typed += char
        qtbot.wait(KEY_EVERY_MS)
        stored = on_file()
        assert any(stored == typed[:keys].strip() for keys in range(len(typed) - lag, len(typed) + 1)), \
            (typed, stored)
    assert tool.flush()
    assert on_file() == STEADY and edit.toPlainText() == STEADY


def test_pending_words_are_saved_by_flush_all(qtbot: QtBot, journal: Journal, open_tool: ToolFactory) -> None:
    tool, observed = open_tool(CAPPED)
    notes, notes_on_file = editor_and_file(tool, journal, "forgiveness")
    type_text(qtbot, notes, "Less angry.")
    reasons, reasons_on_file = editor_and_file(tool, journal, "stay")
    type_text(qtbot, reasons, "The people.")
    assert tool.forgiveness.is_dirty() and tool.stay.is_dirty()
    assert observed.flush_all(), "the shell's flush on lock, hide and close reaches both editors"
    assert notes_on_file() == "Less angry." and reasons_on_file() == "The people."
    assert not tool.forgiveness.is_dirty() and not tool.stay.is_dirty()


# -- a failing save ----------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "method"),
                         [("forgiveness", "save_forgiveness"), ("stay", "save_decision")])
def test_a_failed_save_keeps_the_words_says_so_and_tries_again_by_itself(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch,
    open_tool: ToolFactory, field: str, method: str,
) -> None:
    tool, observed = open_tool(FAST)
    edit, on_file = editor_and_file(tool, journal, field)
    section = tool.forgiveness if field == "forgiveness" else tool.stay
    problems: list[str] = []
    observed.problem.connect(problems.append)
    calls = failing(monkeypatch, journal.feelings, method, times=2)

    with qtbot.waitSignal(observed.problem):
        type_text(qtbot, edit, "Still here.")
    assert "disk is full" in problems[0], "the status line says why"
    assert edit.toPlainText() == "Still here." and section.is_dirty(), "the words stay on screen"
    assert section.status.property("state") == "error" and "tried again" in section.status.text()
    assert on_file() == ""

    qtbot.waitUntil(lambda: on_file() == "Still here.")  # no key pressed, no button: the retry
    assert len(calls) == 3 and len(problems) == 2
    assert not section.is_dirty() and section.status.text() == "Saved."
    assert edit.toPlainText() == "Still here."


def test_a_failed_delete_changes_nothing_and_says_so(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch,
    open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(FAST)
    journal.feelings.save_forgiveness(an_item("A coworker"))
    tool.refresh()
    tool.show_section("forgiveness")
    section = tool.forgiveness
    section.list.setCurrentRow(0)
    failing(monkeypatch, journal.feelings, "delete_forgiveness", times=1)
    with qtbot.waitSignal(observed.problem):
        qtbot.mouseClick(section.delete_button, LEFT)
    assert [i.whom for i in journal.feelings.forgiveness()] == ["A coworker"]
    assert section.list.count() == 1 and section.current is not None
    assert section.notice.isVisible() and "still on your list" in section.notice.label.text()
    qtbot.mouseClick(section.delete_button, LEFT)  # the disk has room again
    assert journal.feelings.forgiveness() == []


# -- changes from elsewhere, and the tool's own echo -------------------------------------------


def test_a_mood_check_in_saved_elsewhere_updates_the_list_and_the_chart(
    journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(FAST)
    assert tool.chart.check_count == 0
    today_tile = object()  # Today's mood tile saves through the gateway, as its own origin
    check = a_check(4, "Relieved")
    done = observed.act(Area.MOOD, lambda j: j.feelings.save_mood_check(check), origin=today_tile)
    assert done is not None and done.change.uuids == {check.uuid}
    assert tool.checkin.history.count() == 1 and "Relieved 3" in tool.checkin.history.item(0).text()
    assert tool.chart.check_count == 1
    assert tool.over_time.summary.text() == EMPTY_ONE, "one check-in: the chart says what comes next"


def test_a_meeting_planned_elsewhere_is_marked_on_the_chart(
    journal: Journal, open_tool: ToolFactory,
) -> None:
    from app.domain.workbench import CheckIn

    tool, observed = open_tool(FAST)
    start = datetime.now(UTC) - timedelta(days=6)
    for day, mood in enumerate((2, 4)):
        journal.feelings.save_mood_check(a_check(mood, "Hopeful", start + timedelta(days=4 * day)))
    tool.refresh()
    assert tool.chart.meetings_shown == 0
    meeting = CheckIn(str(uuid.uuid4()), start + timedelta(days=2), "", "", None, True, "", start, start)
    assert observed.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(meeting), origin=object())
    assert tool.chart.meetings_shown == 1


def test_an_import_reloads_every_section_and_keeps_unsaved_words(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(CAPPED)
    tool.show_section("stay")
    type_text(qtbot, tool.stay.leave_edit, "Not saved yet")
    journal.feelings.save_mood_check(a_check(2, "Tired"))
    journal.feelings.save_forgiveness(an_item("The old team"))
    older = a_sitting("Imported reasons")
    journal.feelings.save_decision(older)

    observed.announce(Change.everything())  # as an import or a restore does
    assert tool.checkin.history.count() == 1 and tool.chart.check_count == 1
    assert [i.whom for i in tool.forgiveness.items] == ["The old team"]
    assert tool.forgiveness.list.count() == 1
    assert [s.uuid for s in tool.stay.sittings] == [older.uuid]
    assert tool.stay.leave_edit.toPlainText() == "Not saved yet", "what is being typed stays"
    assert tool.stay.is_dirty()


def test_a_forgiveness_change_made_elsewhere_shows_up_but_not_our_own_echo(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch,
    open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(FAST)
    tool.show_section("forgiveness")
    section = tool.forgiveness
    reads = counting(monkeypatch, journal.feelings, "forgiveness")
    with qtbot.waitSignal(section.saver.saved):
        type_text(qtbot, section.whom_edit, "Myself ")
    assert reads == [], "the tool did not read the list back for its own save"
    assert [i.whom for i in journal.feelings.forgiveness()] == ["Myself"]
    assert section.whom_edit.text() == "Myself ", "the editor was not reloaded from the file"
    assert section.list.count() == 1, "the list shows the new item all the same"

    other = an_item("The company")
    before = len(reads)
    assert observed.act(Area.FORGIVENESS, lambda j: j.feelings.save_forgiveness(other), origin=object())
    assert len(reads) == before + 1, "a change from elsewhere is read once"
    assert [i.whom for i in section.items] == ["Myself", "The company"]
    assert section.whom_edit.text() == "Myself ", "the item being edited stays in the editor"


def test_a_sitting_changed_elsewhere_shows_up_but_not_our_own_echo(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch,
    open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(FAST)
    tool.show_section("stay")
    section = tool.stay
    reads = counting(monkeypatch, journal.feelings, "decisions")
    with qtbot.waitSignal(section.saver.saved):
        type_text(qtbot, section.stay_edit, "The people. ")
    assert reads == [], "its own save is not read back"
    assert section.stay_edit.toPlainText() == "The people. "
    [mine] = section.sittings

    imported = StayOrGo(mine.uuid, "Changed elsewhere", "", "", Decision.STAY,
                        datetime.now(UTC).date(), mine.created_at)
    assert observed.act(Area.DECISION, lambda j: j.feelings.save_decision(imported), origin=object())
    assert len(reads) == 1
    assert section.stay_edit.toPlainText() == "Changed elsewhere", "nothing unsaved: the editor follows"


# -- the clock ---------------------------------------------------------------------------------


def test_every_section_reads_the_time_from_the_journal_clock(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    moment = datetime(2031, 5, 6, 23, 58, tzinfo=UTC)
    clock = FixedClock(moment)
    tool, _observed = open_tool(FAST, clock)

    form = tool.checkin.form
    qtbot.mouseClick(form.mood_buttons[3], LEFT)
    qtbot.mouseClick(tool.checkin.save_button, LEFT)
    [check] = journal.feelings.mood_checks()
    assert check.at == moment

    tool.show_section("forgiveness")
    type_text(qtbot, tool.forgiveness.whom_edit, "Myself")
    assert tool.flush()
    [item] = journal.feelings.forgiveness()
    assert item.created_at == moment

    tool.show_section("stay")
    qtbot.mouseClick(tool.stay.decision_buttons["leave"], LEFT)
    assert tool.stay.date_edit.date().toPython() == clock.today()
    assert tool.flush()
    [sitting] = journal.feelings.decisions()
    assert sitting.created_at == moment and sitting.decided_on == clock.today()


# -- the decision in the person's own words, written from the stage's prompt --------------------


def write_own_words_elsewhere(observed: ObservedJournal, text: str, **other: object) -> StayOrGo:
    """What the stage page does with the answer to "Your decision: … Which is it, and why?": it
    writes the reflection (and here, for the test, any `other` field) of the newest sitting, or
    starts one; from elsewhere, in one act."""

    def write(j: Journal) -> StayOrGo:
        if not other:  # the store's own way for the prompt's answer
            return j.feelings.set_current_reflection(text, datetime.now(UTC))
        sittings = j.feelings.decisions()
        newest = sittings[0] if sittings else StayOrGo(
            str(uuid.uuid4()), "", "", "", Decision.UNDECIDED, None, datetime.now(UTC))
        return j.feelings.save_decision(replace(newest, reflection=text, **other))

    done = observed.act(Area.DECISION, write, origin=object())
    assert done is not None
    return done.value


def test_own_words_written_elsewhere_show_up_and_what_is_being_typed_stays(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(HELD)
    tool.show_section("stay")
    section = tool.stay
    type_text(qtbot, section.stay_edit, "The people.")
    assert tool.flush()
    type_text(qtbot, section.stay_edit, " The work.")  # not saved yet: HELD never saves by itself
    assert section.is_dirty()

    write_own_words_elsewhere(observed, "Staying, for the people.", reasons_to_leave="The hours.")
    assert section.reflection_edit.toPlainText() == "Staying, for the people.", "shown field by field"
    assert section.leave_edit.toPlainText() == "The hours."
    assert section.stay_edit.toPlainText() == "The people. The work.", "the field being typed in stays"
    assert section.is_dirty()

    assert tool.flush()
    [sitting] = journal.feelings.decisions()
    assert sitting.reasons_to_stay == "The people. The work."
    assert sitting.reflection == "Staying, for the people.", "saving one field kept the other's words"
    assert sitting.reasons_to_leave == "The hours."


def test_own_words_being_typed_are_not_clobbered_by_a_change_made_elsewhere(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(HELD)
    tool.show_section("stay")
    section = tool.stay
    qtbot.mouseClick(section.decision_buttons["leave"], LEFT)
    assert tool.flush()
    type_text(qtbot, section.reflection_edit, "Going, and going well.")

    write_own_words_elsewhere(observed, "Written on the stage page.", conditions_to_stay="A new manager.")
    assert section.reflection_edit.toPlainText() == "Going, and going well.", "typed words stay"
    assert section.conditions_edit.toPlainText() == "A new manager."
    assert section.decision() == Decision.LEAVE

    assert tool.flush()
    [sitting] = journal.feelings.decisions()
    assert (sitting.reflection, sitting.conditions_to_stay) == ("Going, and going well.", "A new manager.")
    assert sitting.decision == Decision.LEAVE


def test_a_decision_changed_elsewhere_shows_and_the_leaving_plan_follows(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(FAST)
    tool.show_section("stay")
    type_text(qtbot, tool.stay.stay_edit, "The people.")
    assert tool.flush()
    write_own_words_elsewhere(observed, "I'm going.", decision=Decision.LEAVE,
                              decided_on=datetime.now(UTC).date())
    assert tool.stay.decision() == Decision.LEAVE
    assert tool.stay.date_row.isVisibleTo(tool.stay) and tool.leaving.is_open


def test_own_words_written_before_the_first_sitting_start_it_and_the_tool_edits_that_one(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(FAST)
    tool.show_section("stay")
    section = tool.stay
    made = write_own_words_elsewhere(observed, "Not sure yet.")
    assert section.reflection_edit.toPlainText() == "Not sure yet."
    assert section.revisit_button.isEnabled() and not section.is_dirty()

    with qtbot.waitSignal(section.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, section.leave_edit, "The commute.")
    [sitting] = journal.feelings.decisions()
    assert sitting.uuid == made.uuid, "the same sitting: no second one"
    assert (sitting.reasons_to_leave, sitting.reflection) == ("The commute.", "Not sure yet.")


def test_words_typed_in_a_first_sitting_go_onto_the_one_started_elsewhere(
    qtbot: QtBot, journal: Journal, open_tool: ToolFactory,
) -> None:
    tool, observed = open_tool(HELD)
    tool.show_section("stay")
    section = tool.stay
    type_text(qtbot, section.stay_edit, "The team.")  # a first sitting, not saved yet
    made = write_own_words_elsewhere(observed, "Staying.")
    assert section.stay_edit.toPlainText() == "The team." and section.is_dirty()
    assert section.reflection_edit.toPlainText() == "Staying."

    assert tool.flush()
    [sitting] = journal.feelings.decisions()
    assert sitting.uuid == made.uuid
    assert (sitting.reasons_to_stay, sitting.reflection) == ("The team.", "Staying.")
