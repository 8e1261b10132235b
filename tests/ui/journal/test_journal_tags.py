"""Tags on entries: added, changed and removed on the Journal page, saved with the text through the
entry's Autosaver, shown on the list, kept when the journal is opened again, found by search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.records import MEETING_TAG
from app.domain.search import SearchFilters
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.entry_list_model import TAGS_ROLE
from app.ui.journal.entry_words import parse_tags, summary_tags
from app.ui.journal.journal_page import JournalPage
from tests.ui.helpers import SAVE_WAIT_MS, type_text
from tests.ui.journal.journal_helpers import add_free, make_page, open_row


def _type_tags(qtbot: QtBot, page: JournalPage, text: str, *, replace: bool = True) -> None:
    """Type into the tags field like a person, then leave it with Enter (which saves at once)."""
    page.tags_edit.setFocus()
    if replace:
        page.tags_edit.selectAll()
        qtbot.keyClick(page.tags_edit, Qt.Key.Key_Backspace)
    type_text(qtbot, page.tags_edit, text)
    qtbot.keyClick(page.tags_edit, Qt.Key.Key_Return)


def test_tags_are_added_changed_and_removed_and_survive_reopening(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal, data_dir: Path
) -> None:
    entry = add_free(journal, "Talked to Dana about the release notes")
    page = make_page(qtbot, observed)
    open_row(page)
    assert page.tags_edit.accessibleName() == "Tags" and page.tags_edit.text() == ""
    heard: list[Change] = []
    observed.changes.connect(heard.append)

    _type_tags(qtbot, page, "feedback, #release")
    assert journal.get_entry(entry.uuid).tags == ("feedback", "release")
    assert journal.get_entry(entry.uuid).body == "Talked to Dana about the release notes"
    saves = [c for c in heard if c.touches(Area.ENTRY) and c.made_by(page.autosaver)]
    assert len(saves) == 1  # one act: the Autosaver's own save of the entry

    _type_tags(qtbot, page, "feedback, notes")  # edit: one stays, one goes, one comes
    assert journal.get_entry(entry.uuid).tags == ("feedback", "notes")
    _type_tags(qtbot, page, "notes")  # remove
    assert journal.get_entry(entry.uuid).tags == ("notes",)

    reopened = Journal.open(data_dir)  # the journal opened again, as after a restart
    try:
        again = make_page(qtbot, ObservedJournal(reopened, save_timing=observed.save_timing))
        assert open_row(again).tags == ("notes",)
        assert again.tags_edit.text() == "notes"
        hits = reopened.search.search("release", SearchFilters(tag="notes"))
        assert [hit.uuid for hit in hits] == [entry.uuid]
        assert reopened.search.search("release", SearchFilters(tag="feedback")) == []
    finally:
        reopened.close()


def test_tags_typed_with_the_text_are_saved_in_the_same_act(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    entry = add_free(journal, "First words")
    page = make_page(qtbot, observed)
    open_row(page)
    heard: list[Change] = []
    observed.changes.connect(heard.append)
    page.tags_edit.setFocus()
    type_text(qtbot, page.tags_edit, "project")  # no Enter: it waits for the next save
    page.edit_button.click()
    editor = page.card.editor.text_edit
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(page.autosaver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor, ", and more")
    stored = journal.get_entry(entry.uuid)
    assert (stored.body, stored.tags) == ("First words, and more", ("project",))
    assert len([c for c in heard if c.made_by(page.autosaver)]) == 1


def test_a_new_entry_gets_its_tags_when_first_saved(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    page = make_page(qtbot, observed)
    page.new_entry()
    _type_tags(qtbot, page, "evening")
    assert journal.count_entries() == 0  # tags alone are no entry
    page.card.editor.focus_editor()
    with qtbot.waitSignal(page.autosaver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, page.card.editor.text_edit, "A new entry")
    [summary] = journal.list_entries()
    assert journal.get_entry(summary.uuid).tags == ("evening",)


def test_the_check_in_mark_and_typed_tags_live_together(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    entry = add_free(journal, "Bring this up", tags=(MEETING_TAG, "team"))
    page = make_page(qtbot, observed)
    open_row(page)
    assert page.tags_edit.text() == "team" and page.meeting_button.isChecked()
    _type_tags(qtbot, page, "team, risks")
    assert journal.get_entry(entry.uuid).tags == (MEETING_TAG, "risks", "team")
    page.meeting_button.click()
    assert journal.get_entry(entry.uuid).tags == ("risks", "team")
    assert page.tags_edit.text() == "risks, team"  # as stored


def test_tags_show_on_the_list_rows(qtbot: QtBot, observed: ObservedJournal, journal: Journal) -> None:
    add_free(journal, "Tagged", tags=("feedback", "release"))
    page = make_page(qtbot, observed)
    assert summary_tags(page.model.summary(0)) == ("feedback", "release")
    assert page.model.index(0).data(TAGS_ROLE) == "#feedback #release"
    assert "Tags: feedback, release" in page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_tags_are_parsed_as_a_person_types_them() -> None:
    assert parse_tags(" feedback,, #release , @notes, Feedback ") == ("feedback", "release", "notes")
    assert parse_tags("") == ()
