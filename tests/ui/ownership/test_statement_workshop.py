"""The statement workshop driven like a person would: parts, draft, hints, versions, export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.domain.changes import Area, Change
from app.domain.clock import FixedClock
from app.domain.statement_checks import compose_statement
from app.domain.workbench import StatementParts, StatementVersion
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.ownership.statement_compare import StatementCompareDialog
from app.ui.ownership.statement_export import statement_markdown, write_markdown, write_pdf
from app.ui.ownership.statement_words import EMPTY_EXPLANATION, speaking_time_text
from app.ui.ownership.statement_workshop import StatementWorkshop
from app.workbench_catalogue import load_check_lists
from tests.ui.helpers import SAVE_WAIT_MS, type_text
from tests.ui.ownership.conftest import NOW

PARTS = StatementParts(
    what_is_true="I missed three report deadlines this quarter",
    what_i_own="I did not ask for help when I fell behind",
    what_i_commit_to="I will flag risks the day I see them",
    what_i_need="A short weekly check-in with you",
)


@pytest.fixture
def workshop(qtbot: QtBot, observed: ObservedJournal) -> Iterator[StatementWorkshop]:
    widget = StatementWorkshop(observed, load_check_lists())
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    assert widget.flush()


def _fill_parts(qtbot: QtBot, workshop: StatementWorkshop, parts: StatementParts = PARTS) -> None:
    for field, editor in workshop.part_editors.items():
        editor.setFocus()
        qtbot.keyClicks(editor, getattr(parts, field))


def _type_draft(qtbot: QtBot, workshop: StatementWorkshop, text: str) -> None:
    """Type into the draft and wait until the autosave has stored it."""
    workshop.draft_edit.setFocus()
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, workshop.draft_edit, text)


def _save_versions(qtbot: QtBot, workshop: StatementWorkshop, *texts: str) -> list[StatementVersion]:
    saved = []
    for text in texts:
        workshop.draft_edit.selectAll()
        _type_draft(qtbot, workshop, text)
        version = workshop.save_version()
        assert version is not None
        saved.append(version)
    return saved


def _next_day(clock: FixedClock) -> None:
    """The morning after: versions saved today have been read again, and are plain to mark final."""
    clock.advance_to(NOW + timedelta(days=1))


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- empty state, parts and the draft ------------------------------------------------------------


def test_an_empty_workshop_explains_how_it_works(workshop: StatementWorkshop) -> None:
    assert workshop.empty_label.isVisible()
    assert workshop.empty_label.text() == EMPTY_EXPLANATION
    assert workshop.versions_empty.isVisible() and not workshop.versions_list.isVisible()
    assert workshop.hints_empty.isVisible() and "as you write" in workshop.hints_empty.text()
    assert workshop.speaking_label.text() == "Nothing to say aloud yet"
    assert workshop.parts_body.isVisible()  # nothing written: the parts come first


def test_parts_build_the_draft_which_is_autosaved(
    qtbot: QtBot, workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal
) -> None:
    changes: list[Change] = []
    observed.changes.connect(changes.append)
    _fill_parts(qtbot, workshop)
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        _click(qtbot, workshop.build_button)  # the draft is empty: nothing is asked
    assert not workshop.parts_notice.isVisible()
    expected = compose_statement(PARTS)
    assert workshop.draft_text() == expected
    stored = journal.statements.draft()
    assert stored.parts == PARTS
    assert stored.text == expected
    assert any(change.touches(Area.STATEMENT) for change in changes)
    assert not workshop.empty_label.isVisible()
    assert workshop.status_label.text() == "Saved"


def test_typing_in_a_part_is_saved_within_a_second(qtbot: QtBot, journal: Journal) -> None:
    workshop = StatementWorkshop(ObservedJournal(journal), load_check_lists())  # the real delay
    qtbot.addWidget(workshop)
    workshop.show()
    editor = workshop.part_editors["what_i_own"]
    editor.setFocus()
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS) as blocker:
        qtbot.keyClicks(editor, "My part")
    assert blocker.args is not None
    assert journal.statements.draft().parts.what_i_own == "My part"


def test_rebuilding_over_a_written_draft_asks_inline_and_can_be_undone(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _type_draft(qtbot, workshop, "My own words.")
    _fill_parts(qtbot, workshop)
    _click(qtbot, workshop.build_button)
    notice = workshop.parts_notice
    assert notice.isVisible() and "Replace" in notice.label.text()
    assert workshop.draft_text() == "My own words."  # nothing replaced before the yes

    _click(qtbot, notice.reject_button)  # "Keep my draft"
    assert not notice.isVisible()
    assert workshop.draft_text() == "My own words."

    _click(qtbot, workshop.build_button)
    assert notice.accept_button.text() == "Replace the draft"
    _click(qtbot, notice.accept_button)
    assert workshop.draft_text() == compose_statement(PARTS)
    assert journal.statements.draft().text == compose_statement(PARTS)
    assert notice.isVisible() and notice.accept_button.text() == "Undo"

    _click(qtbot, notice.accept_button)
    assert workshop.draft_text() == "My own words."
    assert journal.statements.draft().text == "My own words."


def test_building_with_no_parts_says_what_to_do_first(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    _click(qtbot, workshop.build_button)
    assert workshop.parts_notice.isVisible()
    assert "at least one of the parts" in workshop.parts_notice.label.text()
    assert workshop.draft_text() == ""


def test_hiding_the_workshop_saves_at_once(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    workshop.draft_edit.setFocus()
    qtbot.keyClicks(workshop.draft_edit, "Said before the timer")
    workshop.hide()
    assert journal.statements.draft().text == "Said before the timer"


def test_a_change_made_elsewhere_is_shown(
    workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal
) -> None:
    journal.statements.save_draft(PARTS, "Imported text")
    observed.announce(Change.of(Area.STATEMENT))
    assert workshop.draft_text() == "Imported text"
    assert workshop.part_editors["what_is_true"].toPlainText() == PARTS.what_is_true


def test_a_written_draft_folds_the_parts_away_on_opening(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    journal.statements.save_draft(PARTS, "Already drafted")
    widget = StatementWorkshop(observed, load_check_lists())
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.parts_body.isVisible()
    assert widget.parts_toggle.accessibleName() == "Show the four parts"
    _click(qtbot, widget.parts_toggle)
    assert widget.parts_body.isVisible()
    assert widget.part_editors["what_i_need"].toPlainText() == PARTS.what_i_need


def _fill_the_disk(journal: Journal) -> Any:
    """Make SQLite itself report 'database or disk is full' on every new connection."""
    engine = journal._engine

    def cap(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
        cursor.close()

    engine.dispose()
    event.listen(engine, "connect", cap)
    return cap


def test_a_full_disk_keeps_the_draft_on_screen_and_says_so(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    cap = _fill_the_disk(journal)
    text = "Words that must not be lost. " * 4000
    with qtbot.waitSignal(workshop.failed, timeout=SAVE_WAIT_MS) as failure:
        workshop.draft_edit.insertPlainText(text)
    assert "full" in failure.args[0]
    assert workshop.draft_text() == text
    assert workshop.status_label.property("state") == "error"
    assert "Your text is safe" in workshop.status_label.text()
    assert workshop.save_version() is None  # nothing is versioned before the draft itself is safe
    assert journal.statements.draft().text == ""

    journal._engine.dispose()
    event.remove(journal._engine, "connect", cap)
    assert workshop.flush()
    assert journal.statements.draft().text == text
    assert workshop.status_label.text() == "Saved"


# -- hints and speaking time ---------------------------------------------------------------------


def test_hints_point_at_blame_and_absolutes_and_select_the_phrase(
    qtbot: QtBot, workshop: StatementWorkshop
) -> None:
    _type_draft(qtbot, workshop, "I always did the reports, but they never told me the dates moved.")
    qtbot.waitUntil(lambda: workshop.hints_list.count() > 0, timeout=SAVE_WAIT_MS)
    found = {(hint.kind, hint.phrase.casefold()) for hint in workshop.hints()}
    assert ("blame", "but") in found
    assert ("blame", "they never") in found
    assert ("absolute", "always") in found
    assert workshop.hints_list.isVisible() and not workshop.hints_empty.isVisible()
    texts = [workshop.hints_list.item(row).text() for row in range(workshop.hints_list.count())]
    assert any("“always”" in text for text in texts)
    assert any("shifted elsewhere" in text for text in texts)  # the message from resources/

    row = next(r for r, hint in enumerate(workshop.hints()) if hint.phrase == "always")
    item = workshop.hints_list.item(row)
    qtbot.mouseClick(workshop.hints_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=workshop.hints_list.visualItemRect(item).center())
    assert workshop.draft_edit.textCursor().selectedText() == "always"
    assert workshop.draft_edit.hasFocus()


def test_a_hint_after_an_emoji_still_selects_the_right_words(
    qtbot: QtBot, workshop: StatementWorkshop
) -> None:
    workshop.draft_edit.setPlainText("I tried 🙂 but it always slipped.")
    workshop.update_hints()
    hint = next(h for h in workshop.hints() if h.phrase == "always")
    workshop.select_hint(hint)
    assert workshop.draft_edit.textCursor().selectedText() == "always"


def test_a_very_long_draft_rests_the_checks_but_not_the_speaking_time(workshop: StatementWorkshop) -> None:
    workshop.draft_edit.setPlainText("I always said but. " * 2000)
    workshop.update_hints()
    assert workshop.hints() == []
    assert "checks are resting" in workshop.hints_empty.text()
    assert "8,000 words" in workshop.speaking_label.text()


def test_many_hints_are_capped_and_counted(workshop: StatementWorkshop) -> None:
    workshop.draft_edit.setPlainText("I always said but. " * 30)
    workshop.update_hints()
    assert len(workshop.hints()) == 40
    assert workshop.hints_empty.text() == "The first 40 of 60 are shown."


def test_speaking_time_is_always_shown(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    _type_draft(qtbot, workshop, " ".join(["word"] * 128))
    qtbot.waitUntil(lambda: "128 words" in workshop.speaking_label.text(), timeout=SAVE_WAIT_MS)
    assert workshop.speaking_label.text() == "About 55 seconds to say aloud · 128 words"
    assert speaking_time_text(1) == "About 1 second to say aloud"
    assert speaking_time_text(60) == "About 1 minute to say aloud"
    assert speaking_time_text(95) == "About 1 minute 35 seconds to say aloud"


def test_a_draft_without_concerns_says_so(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    text = " ".join(["I own the late reports and I will send each one on the agreed day."] * 8)
    _type_draft(qtbot, workshop, text)
    workshop.update_hints()
    assert workshop.hints() == []
    assert workshop.hints_empty.isVisible()
    assert "Nothing to point out" in workshop.hints_empty.text()


# -- versions ------------------------------------------------------------------------------------


def test_ctrl_s_saves_a_version_of_parts_and_text(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _fill_parts(qtbot, workshop)
    _type_draft(qtbot, workshop, "First take.")
    qtbot.keyClick(workshop.draft_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    versions = journal.statements.versions()
    assert [(v.number, v.text, v.parts) for v in versions] == [(1, "First take.", PARTS)]
    assert workshop.versions_list.count() == 1
    assert workshop.versions_list.isVisible() and not workshop.versions_empty.isVisible()
    assert workshop.draft_notice.label.text() == "Saved as version 1."
    first_row = workshop.versions_list.item(0).text()
    assert first_row.startswith("Version 1") and "“First take.”" in first_row


def test_an_unchanged_draft_makes_no_new_version(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    (first,) = _save_versions(qtbot, workshop, "Same words.")
    _click(qtbot, workshop.save_version_button)
    assert journal.statements.versions() == [first]
    assert "Nothing has changed since version 1" in workshop.draft_notice.label.text()


def test_an_empty_draft_is_not_saved_as_a_version(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _click(qtbot, workshop.save_version_button)
    assert journal.statements.versions() == []
    assert "nothing in the draft" in workshop.draft_notice.label.text()


def test_two_versions_compare_side_by_side(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    _save_versions(qtbot, workshop, "I was late with the report.", "I was late with two reports.")
    assert [workshop.versions_list.item(r).text().split("\n")[0] for r in range(2)] == [
        "Version 2", "Version 1"]  # newest first
    workshop.select_versions(1, 2)
    assert workshop.compare_button.isEnabled()
    assert not workshop.restore_button.isEnabled()  # restoring needs exactly one
    _click(qtbot, workshop.compare_button)
    dialogs = workshop.findChildren(StatementCompareDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.old_heading.text() == "Version 1" and dialog.new_heading.text() == "Version 2"
    assert '<span class="del">the report</span>' in dialog.old_html
    assert '<span class="ins">two reports</span>' in dialog.new_html
    assert "line-through" in dialog.old_view.toHtml()  # the marking survives into what is shown
    dialog.close()


def test_one_version_compares_with_the_current_draft(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    _save_versions(qtbot, workshop, "Version text here.")
    workshop.draft_edit.selectAll()
    _type_draft(qtbot, workshop, "Draft text here.")
    workshop.select_versions(1)
    dialog = workshop.compare_selected()
    assert dialog is not None
    assert dialog.new_heading.text() == "Your current draft"
    assert 'class="del">Version</span>' in dialog.old_html
    assert 'class="ins">Draft</span>' in dialog.new_html
    dialog.close()


def test_compare_dialog_can_be_opened_directly(qtbot: QtBot) -> None:
    dialog = StatementCompareDialog("Before", "one two three", "After", "one 2 three")
    qtbot.addWidget(dialog)
    assert '<span class="del">two</span>' in dialog.old_html
    assert '<span class="ins">2</span>' in dialog.new_html
    assert dialog.old_view.accessibleName() == "Before"


def test_restore_puts_a_version_back_with_undo(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _save_versions(qtbot, workshop, "Older words.", "Newer words.")
    workshop.draft_edit.selectAll()
    _type_draft(qtbot, workshop, "Work in progress.")
    workshop.select_versions(1)
    _click(qtbot, workshop.restore_button)
    assert workshop.draft_text() == "Older words."
    assert journal.statements.draft().text == "Older words."
    notice = workshop.versions_notice
    assert notice.isVisible() and "Version 1" in notice.label.text()
    _click(qtbot, notice.accept_button)  # Undo
    assert workshop.draft_text() == "Work in progress."
    assert journal.statements.draft().text == "Work in progress."


def test_exactly_one_version_is_final_and_it_toggles(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, clock: FixedClock
) -> None:
    first, second = _save_versions(qtbot, workshop, "One.", "Two.")
    _next_day(clock)  # read again the day after: marking final is plain
    workshop.select_versions(1)
    assert workshop.final_button.text() == "Mark as final"
    _click(qtbot, workshop.final_button)
    final = journal.statements.final()
    assert final is not None and final.uuid == first.uuid
    workshop.select_versions(2)
    _click(qtbot, workshop.final_button)
    assert [v.number for v in journal.statements.versions() if v.is_final] == [2]
    assert "★ Final" in workshop.versions_list.item(0).text()
    assert "★ Final" not in workshop.versions_list.item(1).text()
    assert "version 2" in workshop.export_source_label.text()

    workshop.select_versions(2)
    assert workshop.final_button.text() == "Unmark final"
    _click(qtbot, workshop.final_button)
    assert journal.statements.final() is None
    assert not any(v.is_final for v in workshop.versions)
    assert second.number == 2 and workshop.final_button.text() == "Mark as final"


def test_delete_a_version_and_undo(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, clock: FixedClock
) -> None:
    first, _second = _save_versions(qtbot, workshop, "Keep me.", "And me.")
    _next_day(clock)
    workshop.select_versions(1)
    _click(qtbot, workshop.final_button)
    workshop.select_versions(1)
    _click(qtbot, workshop.delete_button)
    assert [v.number for v in journal.statements.versions()] == [2]
    assert workshop.versions_list.count() == 1
    notice = workshop.versions_notice
    assert "Version 1 deleted" in notice.label.text()
    _click(qtbot, notice.accept_button)
    restored = journal.statements.versions()
    assert [v.number for v in restored] == [2, 1]
    assert restored[1].uuid == first.uuid and restored[1].text == "Keep me." and restored[1].is_final
    assert workshop.versions_list.count() == 2


def test_the_delete_key_deletes_the_selected_version(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _save_versions(qtbot, workshop, "Only one.")
    workshop.select_versions(1)
    workshop.versions_list.setFocus()
    qtbot.keyClick(workshop.versions_list, Qt.Key.Key_Delete)
    assert journal.statements.versions() == []
    assert workshop.versions_empty.isVisible()


# -- export --------------------------------------------------------------------------------------


def test_copy_uses_the_draft_until_a_version_is_final(
    qtbot: QtBot, workshop: StatementWorkshop, clock: FixedClock
) -> None:
    clipboard = QGuiApplication.clipboard()
    _type_draft(qtbot, workshop, "Draft to copy.")
    _click(qtbot, workshop.copy_button)
    assert clipboard.text() == "Draft to copy."
    assert "No version is marked final" in workshop.export_notice.label.text()

    workshop.save_version()
    _next_day(clock)
    workshop.select_versions(1)
    workshop.toggle_final()
    workshop.draft_edit.selectAll()
    _type_draft(qtbot, workshop, "Later changes.")
    _click(qtbot, workshop.copy_button)
    assert clipboard.text() == "Draft to copy."
    assert workshop.export_notice.label.text() == "Copied your final statement (version 1)."


def test_nothing_to_copy_says_so(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    QGuiApplication.clipboard().setText("untouched")
    _click(qtbot, workshop.copy_button)
    assert QGuiApplication.clipboard().text() == "untouched"
    assert workshop.export_notice.label.text() == "There is nothing to copy yet."


def test_export_writes_markdown_and_pdf_files(
    qtbot: QtBot, workshop: StatementWorkshop, tmp_path: Path, clock: FixedClock
) -> None:
    _type_draft(qtbot, workshop, "Line one.\n\nLine <two> & more.")
    version = workshop.save_version()
    assert version is not None
    _next_day(clock)
    workshop.select_versions(1)
    workshop.toggle_final()

    markdown = tmp_path / "statement.md"
    assert workshop.export_markdown_to(markdown)
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# My ownership statement\n")
    assert "final version 1" in text
    assert text.endswith("Line one.\n\nLine <two> & more.\n")
    assert "version 1" in workshop.export_notice.label.text()

    pdf = tmp_path / "statement.pdf"
    assert workshop.export_pdf_to(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000
    assert list(tmp_path.glob("*.part")) == []  # no temporary file left behind


def test_export_to_a_missing_folder_reports_it(
    qtbot: QtBot, workshop: StatementWorkshop, tmp_path: Path
) -> None:
    _type_draft(qtbot, workshop, "Some words.")
    assert not workshop.export_markdown_to(tmp_path / "missing" / "statement.md")
    assert workshop.export_notice.property("state") == "error"
    assert "could not be written" in workshop.export_notice.label.text()


def test_the_statement_is_never_exported_into_the_journal_s_own_folder(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _type_draft(qtbot, workshop, "Some words.")
    key_file = journal.path.parent / "journal.key"
    assert not workshop.export_pdf_to(key_file) and not workshop.export_markdown_to(journal.path)
    assert workshop.export_notice.property("state") == "error"
    assert "inside the folder where Trustbridge keeps the journal" in workshop.export_notice.label.text()
    assert not key_file.exists()


def test_export_helpers_write_real_files(tmp_path: Path, journal: Journal) -> None:
    version = journal.statements.save_version(PARTS, "Ünïcode, emoji 🙂 and RTL \u200f text.")
    target = tmp_path / "v.md"
    write_markdown(target, version)
    assert target.read_text(encoding="utf-8") == statement_markdown(version)
    assert "🙂" in target.read_text(encoding="utf-8")

    pdf = tmp_path / "v.pdf"
    write_pdf(pdf, "My ownership statement", "First paragraph.\n\nSecond 🙂 paragraph.\n" * 40)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5000


def test_a_failed_pdf_leaves_an_older_file_alone(tmp_path: Path) -> None:
    older = tmp_path / "keep.pdf"
    write_pdf(older, "Old", "The older export.")
    before = older.read_bytes()
    with pytest.raises(OSError):
        write_pdf(tmp_path / "no-such-folder" / "keep.pdf", "New", "Never written.")
    assert older.read_bytes() == before


# -- accessibility -------------------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QAbstractItemView, QPlainTextEdit, QTextEdit, QLineEdit)


def test_every_interactive_widget_has_an_accessible_name(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    _save_versions(qtbot, workshop, "One.", "Two.")
    workshop.select_versions(1, 2)
    dialog = workshop.compare_selected()
    assert dialog is not None
    widgets = [*workshop.findChildren(QWidget), dialog]
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
        for w in widgets
        if isinstance(w, INTERACTIVE) and not w.accessibleName().strip()
    ]
    assert unnamed == []
    dialog.close()


def test_tab_reaches_every_part_the_draft_and_the_actions(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    _save_versions(qtbot, workshop, "One.")
    workshop.set_parts_visible(True)
    workshop.select_versions(1)
    workshop.part_editors["what_is_true"].setFocus()
    seen: list[QWidget] = []
    for _ in range(30):
        focused = QGuiApplication.focusObject()
        assert isinstance(focused, QWidget)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QGuiApplication.focusObject())  # type: ignore[arg-type]
    for wanted in (*workshop.part_editors.values(), workshop.build_button, workshop.draft_edit,
                   workshop.save_version_button, workshop.versions_list, workshop.restore_button,
                   workshop.copy_button, workshop.pdf_button):
        assert wanted in seen, wanted.accessibleName()
