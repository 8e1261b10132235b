"""The person's own questions for a meeting: typed while preparing, saved with the check-in, put in
the agenda where the questions go; thanks and own questions written elsewhere (the stage's prompts)
show in the preparation view without overwriting, or being overwritten by, what is typed there."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.store.journal import Journal
from app.ui.checkins.checkins_tool import PREPARE
from app.ui.data.journal_events import ObservedJournal
from tests.ui.checkins.checkin_helpers import ToolFactory, add_checkin, add_plan, click, stored, utc_at
from tests.ui.helpers import SAVE_WAIT_MS, type_text


def test_own_questions_are_saved_and_go_into_the_agenda(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal
) -> None:
    add_plan(journal)
    meeting = add_checkin(journal, utc_at(date.today() + timedelta(days=2)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    prepare = tool.prepare
    assert prepare.own_questions_edit.accessibleName() == "Your own questions"
    heard: list[Change] = []
    gateway.changes.connect(heard.append)
    prepare.own_questions_edit.setFocus()
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, prepare.own_questions_edit,
                  "What does good look like by day 30?\n- Who else should I ask?")
    assert stored(journal, meeting.uuid).own_questions == (
        "What does good look like by day 30?\n- Who else should I ask?")
    assert any(c.touches(Area.CHECKIN) and c.made_by(tool) for c in heard)

    prepare.tick_questions({tool.prepare._questions[0].key})
    click(qtbot, prepare.assemble_button)
    agenda = prepare.agenda_editor.text()
    section = agenda.split("## Questions to ask", 1)[1].split("##", 1)[0]
    assert f"- {tool.prepare._questions[0].text}" in section
    assert "- What does good look like by day 30?" in section
    assert "- Who else should I ask?" in section and "- - Who" not in section


def test_thanks_and_questions_written_elsewhere_show_while_preparing(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() + timedelta(days=2)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    tool.show_step(PREPARE)
    prepare = tool.prepare
    agenda = prepare.agenda_editor
    agenda.focus_editor()
    with qtbot.waitSignal(tool.saver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, agenda.text_edit, "My own agenda line")
    caret = agenda.text_edit.textCursor().position()

    prompts = object()  # the stage's prompts, writing the next check-in's thanks and questions
    current = stored(journal, meeting.uuid)
    done = gateway.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(
        replace(current, thanks="The time she gave me on Monday", own_questions="What comes after day 60?")),
        origin=prompts, uuids={meeting.uuid})
    assert done is not None
    assert prepare.thanks_edit.toPlainText() == "The time she gave me on Monday"
    assert prepare.own_questions_edit.toPlainText() == "What comes after day 60?"
    assert agenda.text() == "My own agenda line"
    assert agenda.text_edit.textCursor().position() == caret  # the typing place was not moved
    after = stored(journal, meeting.uuid)
    assert (after.thanks, after.agenda) == ("The time she gave me on Monday", "My own agenda line")


def test_a_save_here_keeps_what_was_written_elsewhere_meanwhile(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal
) -> None:
    """The defect behind it: each field was written onto the check-in as last read here, so a save
    of the agenda put back the thanks as they were before the prompts changed them."""
    meeting = add_checkin(journal, utc_at(date.today() + timedelta(days=2)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    agenda = tool.prepare.agenda_editor
    agenda.focus_editor()
    type_text(qtbot, agenda.text_edit, "Typed, not yet saved")
    journal.checkins.save_checkin(replace(stored(journal, meeting.uuid), thanks="Written elsewhere"))
    assert tool.flush()
    after = stored(journal, meeting.uuid)
    assert (after.agenda, after.thanks) == ("Typed, not yet saved", "Written elsewhere")


def test_a_field_being_typed_in_is_not_replaced_by_a_change_from_elsewhere(
    qtbot: QtBot, make_tool: ToolFactory, journal: Journal, gateway: ObservedJournal
) -> None:
    meeting = add_checkin(journal, utc_at(date.today() + timedelta(days=2)))
    tool = make_tool()
    tool.show_checkin(meeting.uuid)
    thanks = tool.prepare.thanks_edit
    thanks.setFocus()
    type_text(qtbot, thanks, "Mine, being typed")  # pending when the change arrives
    current = stored(journal, meeting.uuid)
    gateway.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(replace(current, lessons="Elsewhere")),
                origin=object(), uuids={meeting.uuid})
    assert thanks.toPlainText() == "Mine, being typed"
    assert thanks.textCursor().position() == len("Mine, being typed")
    assert tool.prepare.lessons_edit.toPlainText() == "Elsewhere"
    after = stored(journal, meeting.uuid)
    assert (after.thanks, after.lessons) == ("Mine, being typed", "Elsewhere")
