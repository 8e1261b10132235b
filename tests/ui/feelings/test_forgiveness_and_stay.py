"""The Feelings tool's forgiveness list and stay-or-go sittings, driven like a person would."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.workbench import Decision, ForgivenessItem, ForgivenessStatus
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.feelings_tool import FeelingsTool
from app.ui.feelings.form_drafts import NEW_FORGIVENESS_DRAFT
from app.ui.feelings.stay_or_go import SittingCard
from app.ui.widgets.form_fields import DATE_FORMAT
from tests.ui.feelings.helpers import feelings_changes, list_texts, touching
from tests.ui.helpers import SAVE_WAIT_MS, type_text

LEFT = Qt.MouseButton.LeftButton


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
    assert changes == [frozenset({Area.FORGIVENESS})] * 5  # three saves, a delete, an undo


def test_forgiveness_needs_whom_or_what(qtbot: QtBot, tool: FeelingsTool, journal: Journal) -> None:
    tool.show_section("forgiveness")
    section = tool.forgiveness
    type_text(qtbot, section.happened_edit, "Something I keep replaying.")
    qtbot.mouseClick(section.save_button, LEFT)
    assert journal.feelings.forgiveness() == []
    assert section.status.property("state") == "error"
    assert tool.flush(), "words that can't be an item yet are kept as a draft, not dropped"
    assert "Something I keep replaying." in journal.drafts.get(NEW_FORGIVENESS_DRAFT)
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
    with qtbot.waitSignal(observed.changes, timeout=SAVE_WAIT_MS,
                          check_params_cb=touching(Area.FORGIVENESS)):
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


def test_forgiveness_words_without_whom_wait_as_a_draft(qtbot: QtBot, tool: FeelingsTool,
                                                        journal: Journal, observed: ObservedJournal) -> None:
    tool.show_section("forgiveness")
    section = tool.forgiveness
    type_text(qtbot, section.notes_edit, "Still hurts.")
    qtbot.waitUntil(lambda: "whom or what" in section.status.text(), timeout=SAVE_WAIT_MS)
    assert journal.feelings.forgiveness() == []
    assert section.notes_edit.toPlainText() == "Still hurts."
    assert tool.flush() and not section.is_dirty()
    assert "Still hurts." in journal.drafts.get(NEW_FORGIVENESS_DRAFT)
    changes: list[frozenset[Area]] = []
    observed.changes.connect(lambda change: changes.append(change.areas))
    with qtbot.waitSignal(section.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, section.whom_edit, "Myself")
    [item] = journal.feelings.forgiveness()
    assert (item.whom, item.notes) == ("Myself", "Still hurts.")
    assert journal.drafts.get(NEW_FORGIVENESS_DRAFT) == ""
    assert changes[0] == frozenset({Area.FORGIVENESS, Area.DRAFT}), "created, and its draft cleared, at once"
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
    with qtbot.waitSignal(observed.changes, check_params_cb=touching(Area.DECISION)):
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
    with qtbot.waitSignal(observed.changes, timeout=SAVE_WAIT_MS,
                          check_params_cb=touching(Area.DECISION)):
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


def test_the_decision_in_own_words_is_saved_with_the_sitting_and_kept_when_revisiting(
    qtbot: QtBot, tool: FeelingsTool, journal: Journal
) -> None:
    tool.show_section("stay")
    section = tool.stay
    qtbot.mouseClick(section.decision_buttons["stay"], LEFT)
    with qtbot.waitSignal(section.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, section.reflection_edit, "Staying: the team is worth one honest try.")
    [first] = journal.feelings.decisions()
    assert first.decision == Decision.STAY
    assert first.reflection == "Staying: the team is worth one honest try."

    qtbot.mouseClick(section.revisit_button, LEFT)
    assert section.reflection_edit.toPlainText() == first.reflection, "a new sitting starts from the last"
    [card] = section.earlier_box.findChildren(SittingCard)
    assert first.reflection in [label.text() for label in card.findChildren(QLabel)]


def test_the_decided_on_date_opens_a_calendar_instead_of_spin_arrows(tool: FeelingsTool) -> None:
    """The defect: a bare QDateEdit drew unstyled spin arrows; date fields elsewhere drop down a
    calendar, styled by the app's sheet (QDateEdit::drop-down)."""
    tool.show_section("stay")
    edit = tool.stay.date_edit
    assert edit.calendarPopup(), "a calendar drops down"
    assert edit.displayFormat() == DATE_FORMAT, "the same format as every other date field"
    assert edit.calendarWidget().accessibleName() == "Date of the decision, calendar"
    assert edit.date().toPython() == date.today()
