"""Journal: newest first, read rendered, edit in place, delete with undo; the lazy list model."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.records import MEETING_TAG, EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import MoodCheck
from app.store.journal import Journal
from app.ui.journal.entry_list_model import DAY_ROLE
from app.ui.journal.journal_page import JournalPage
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import type_and_wait_for_save


def add(journal: Journal, body: str, minutes_ago: int, kind: EntryKind = EntryKind.FREE,
        stage: Stage | None = None) -> str:
    key = str(uuid.uuid4())
    draft = EntryDraft(key, kind, body, stage, "p" if stage else None, "A prompt" if stage else "")
    journal.save_entry(draft, when=datetime.now(UTC) - timedelta(minutes=minutes_ago))
    return key


def journal_page(window: object) -> JournalPage:
    page = window.page("journal")  # type: ignore[attr-defined]
    assert isinstance(page, JournalPage)
    return page


def test_entries_are_listed_newest_first_and_open_rendered(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    add(journal, "older entry", 30)
    add(journal, "# Heading\n\nnewest **entry**", 5, EntryKind.REFLECTION, Stage.OWNERSHIP)
    window = open_window()
    window.show_page("journal")
    page = journal_page(window)
    assert page.count_label.text() == "2 entries"
    assert page.model.data(page.model.index(0)) == "Heading"
    assert page.model.data(page.model.index(1)) == "older entry"
    accessible = page.model.data(page.model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("Ownership,")
    page.list_view.setCurrentIndex(page.model.index(0))
    assert page.current_entry is not None and page.current_entry.body.startswith("# Heading")
    assert page.meta_label.text().startswith("Ownership ·")
    assert page.title_label_entry.text() == "A prompt"
    assert "<strong>entry</strong>" in page.reader.toHtml() or "font-weight" in page.reader.toHtml()
    assert page.reader.toPlainText().startswith("Heading")


def test_editing_an_entry_autosaves_it(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    key = add(journal, "first draft", 5)
    window = open_window()
    window.show_page("journal")
    page = journal_page(window)
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.content.currentWidget() is page.card
    page.card.editor.text_edit.moveCursor(page.card.editor.text_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(page.autosaver.saved, timeout=3000):
        qtbot.keyClicks(page.card.editor.text_edit, ", revised")
    assert journal.get_entry(key).body == "first draft, revised"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.content.currentWidget() is page.reader
    assert page.reader.toPlainText() == "first draft, revised"


def test_new_entry_from_the_journal(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    window = open_window()
    page = journal_page(window)
    assert "Nothing here yet" in page.empty_label.text()
    window.nav_buttons["today"].setFocus()
    qtbot.keyClick(window.nav_buttons["today"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "journal"
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "Written from the journal")
    assert journal.count_entries() == 1
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 entry"
    assert page.card.editor.text() == "Written from the journal"  # still editing, not interrupted


def test_delete_and_undo(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    add(journal, "keep me", 20)
    doomed = add(journal, "delete me", 10)
    window = open_window()
    window.show_page("journal")
    page = journal_page(window)
    page.list_view.setCurrentIndex(page.model.index(0))
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert journal.count_entries() == 1
    assert page.notice.isVisible()
    assert page.model.rowCount() == 1
    qtbot.mouseClick(page.notice.accept_button, Qt.MouseButton.LeftButton)
    assert journal.count_entries() == 2
    assert journal.get_entry(doomed).body == "delete me"
    assert not page.notice.isVisible()
    assert page.current_entry is not None and page.current_entry.uuid == doomed


def test_the_app_clears_last_sessions_deletions_at_start_up(journal: Journal) -> None:
    from app.ui.shell.session import open_journal_and_catalogue

    key = add(journal, "gone", 1)
    journal.delete_entry(key)
    reopened, _catalogue = open_journal_and_catalogue(journal.path.parent)
    try:
        assert reopened.existing_uuids([key]) == set()
    finally:
        reopened.close()


def test_ctrl_z_brings_a_deleted_entry_back(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    doomed = add(journal, "delete me, then think again", 10)
    window = open_window()
    window.show_page("journal")
    page = journal_page(window)
    page.list_view.setCurrentIndex(page.model.index(0))
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert journal.count_entries() == 0
    qtbot.keyClick(page.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.get_entry(doomed).body == "delete me, then think again"
    assert not page.notice.isVisible()


def test_an_entry_can_be_opened_from_elsewhere(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    wanted = add(journal, "the one to open", 60 * 24 * 40)
    for n in range(5):
        add(journal, f"newer {n}", n)
    window = open_window()
    window.open_entry(wanted)
    assert window.current_key == "journal"
    page = journal_page(window)
    assert page.current_entry is not None and page.current_entry.uuid == wanted
    assert page.reader.toPlainText() == "the one to open"


def test_choosing_a_day_in_the_calendar_selects_its_entry(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    from datetime import date

    older_day = date.today() - timedelta(days=10)
    wanted = str(uuid.uuid4())
    journal.save_entry(EntryDraft(wanted, EntryKind.FREE, "ten days back"),
                       when=datetime(older_day.year, older_day.month, older_day.day, 14).astimezone())
    for n in range(4):
        add(journal, f"newer {n}", n)
    window = open_window()
    window.show_page("journal")
    page = journal_page(window)
    assert page.calendar.isVisibleTo(page)
    with qtbot.waitSignal(page.calendar.day_chosen):
        page.calendar.show_day(older_day)
        page.calendar.calendar.activated.emit(page.calendar.calendar.selectedDate())
    assert page.current_entry is not None and page.current_entry.uuid == wanted
    assert page.list_view.currentIndex().row() == page.model.row_of(wanted)
    # A day with nothing on it lands on the nearest earlier day, and says so.
    page.show_day(older_day + timedelta(days=1))
    assert page.current_entry is not None and page.current_entry.uuid == wanted
    assert "Nothing written on" in page.notice.label.text()
    # Picking a row in the list moves the calendar to its day.
    page.list_view.setCurrentIndex(page.model.index(0))
    assert page.calendar.selected_day() == page.model.data(page.model.index(0), DAY_ROLE)
    assert page.calendar.selected_day() != older_day


def test_marking_an_entry_for_the_check_in_toggles_the_tag_and_survives_reopen(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    key = add(journal, "bring this up", 5)
    window = open_window()
    window.show_page("journal")
    page = journal_page(window)
    page.list_view.setCurrentIndex(page.model.index(0))
    assert page.meeting_button.accessibleName() == "Bring this entry to your next check-in"
    assert not page.meeting_button.isChecked() and not page.marked_label.isVisibleTo(page)
    saved: list[Change] = []
    page._journal.changes.connect(saved.append)  # what every other view hears
    page.meeting_button.setFocus()
    qtbot.keyClick(page.meeting_button, Qt.Key.Key_Space)
    assert MEETING_TAG in journal.get_entry(key).tags
    assert journal.get_entry(key).body == "bring this up"
    assert [c for c in saved if c.touches(Area.ENTRY) and key in c.uuids]
    assert page.marked_label.isVisibleTo(page)
    # Editing afterwards keeps the mark: the editor saves with the new tags.
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.card.editor.text_edit.moveCursor(page.card.editor.text_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(page.autosaver.saved, timeout=3000):
        qtbot.keyClicks(page.card.editor.text_edit, " soon")
    assert journal.get_entry(key).tags == (MEETING_TAG,)
    assert journal.get_entry(key).body == "bring this up soon"
    window.close()

    reopened = open_window()
    reopened.show_page("journal")
    again = journal_page(reopened)
    again.list_view.setCurrentIndex(again.model.index(0))
    assert again.meeting_button.isChecked()
    qtbot.mouseClick(again.meeting_button, Qt.MouseButton.LeftButton)
    assert MEETING_TAG not in journal.get_entry(key).tags
    assert not again.marked_label.isVisibleTo(again)


def test_calendar_marks_follow_saves_and_check_ins(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    window = open_window()
    window.show_page("journal")
    page = journal_page(window)
    today = datetime.now().date()
    page.calendar.show_day(today)
    assert today not in page.calendar.marks
    observed = page._journal  # the app's own ObservedJournal
    elsewhere = object()  # another tool
    draft = EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "today")
    done = observed.act(Area.ENTRY, lambda j: j.save_entry(draft), origin=elsewhere)
    assert done is not None
    entry = done.value
    assert page.calendar.marks[today].entries == 1
    observed.act(Area.ENTRY, lambda j: j.delete_entry(entry.uuid), origin=elsewhere, uuids={entry.uuid})
    assert today not in page.calendar.marks
    check = MoodCheck(str(uuid.uuid4()), datetime.now(UTC), 4)
    observed.act(Area.MOOD, lambda j: j.feelings.save_mood_check(check), origin=elsewhere)
    assert page.calendar.marks[today].mood == 4


def test_the_list_row_follows_an_edit(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    key = add(journal, "first draft", 5)
    window = open_window()
    window.show_page("journal")
    page = journal_page(window)
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.card.editor.text_edit
    editor.selectAll()
    with qtbot.waitSignal(page.autosaver.saved, timeout=3000):
        qtbot.keyClicks(editor, "completely new")
    assert journal.get_entry(key).body == "completely new"
    assert page.model.data(page.model.index(0)) == "completely new"
