"""Import…: a jrnl journal's time format and tag symbols, jrnl's settings, and files left out (issue 13)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.import_dialog import ImportDialog
from tests.ui.journal.journal_helpers import run_import

FIXTURES = Path(__file__).resolve().parents[2] / "io" / "fixtures"
LITTLE_ENDIAN = FIXTURES / "jrnl" / "little_endian_dates.journal"
WAIT_MS = 10_000


@pytest.fixture
def dialog(qtbot: QtBot, observed: ObservedJournal, home: Path) -> ImportDialog:
    made = ImportDialog(observed)
    qtbot.addWidget(made)
    made.show()
    return made




def typed(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def test_a_journal_in_another_time_format_is_read_once_its_format_is_typed(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal
) -> None:
    dialog.set_path(LITTLE_ENDIAN)
    panel = dialog.jrnl_panel
    assert "starts like a jrnl journal" in dialog.recognised_label.text()
    assert panel.isVisible() and not dialog.import_button.isEnabled()
    assert panel.check_label.text() == "No entry starts with a date in this time format."

    typed(qtbot, panel.time_format_edit, "%d.%m.%Y")
    assert "looks like" not in dialog.recognised_label.text()
    typed(qtbot, panel.time_format_edit, "%d.%m.%Y %H:%M")
    assert "This file looks like a jrnl journal" in dialog.recognised_label.text()
    assert panel.check_label.text() == "Reads 2 entries; the first is dated 9 June 2013 at 15:39."
    assert dialog.import_button.isEnabled()

    assert run_import(qtbot, dialog) == "Added 2 entries."
    created = sorted(entry.created_at.astimezone().replace(tzinfo=None) for entry in journal.iter_entries())
    assert created == [datetime(2013, 6, 9, 15, 39), datetime(2013, 7, 10, 15, 40)]


def test_a_value_that_cant_be_used_says_why_and_offers_no_import(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.set_path(FIXTURES / "jrnl" / "tags.journal")
    panel = dialog.jrnl_panel
    assert dialog.import_button.isEnabled()
    assert panel.check_label.text() == "Reads 2 entries; the first is dated 9 April 2013 at 15:39."
    typed(qtbot, panel.tag_symbols_edit, "ab")
    assert panel.check_label.text().startswith("Tag symbols can't be letters, digits or _ (a)")
    assert panel.check_label.property("state") == "error"
    assert not dialog.import_button.isEnabled()
    typed(qtbot, panel.tag_symbols_edit, "@")
    typed(qtbot, panel.time_format_edit, "%Y-%m %H:%M")
    assert panel.check_label.text() == (
        "The time format %Y-%m %H:%M has no day (%d), so it can't date an entry."
    )
    assert not dialog.import_button.isEnabled()
    typed(qtbot, panel.time_format_edit, "")
    assert dialog.import_button.isEnabled() and panel.check_label.property("state") == ""


def test_jrnls_own_settings_are_filled_in_and_said(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, home: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "work.journal"
    copy.write_text("[09.06.2013 15:39] Notes for #team with @dana.\n", encoding="utf-8")
    config = home / ".config" / "jrnl" / "jrnl.yaml"
    config.parent.mkdir(parents=True)
    config.write_text(f'journals:\n  work: {copy}\ntimeformat: "%d.%m.%Y %H:%M"\ntagsymbols: "@"\n')

    dialog.set_path(copy)
    panel = dialog.jrnl_panel
    assert (panel.time_format_edit.text(), panel.tag_symbols_edit.text()) == ("%d.%m.%Y %H:%M", "@")
    assert panel.settings_label.text() == (
        "Read jrnl's settings for this journal from ~/.config/jrnl/jrnl.yaml: time format %d.%m.%Y %H:%M, "
        "tags start with @."
    )
    assert dialog.import_button.isEnabled()
    assert run_import(qtbot, dialog) == "Added 1 entry."
    assert [entry.tags for entry in journal.iter_entries()] == [("@dana",)]

    config.write_text("journals: [", encoding="utf-8")
    dialog.set_path(copy)
    said = panel.settings_label.text()
    assert said.startswith("jrnl's settings in ~/.config/jrnl/jrnl.yaml were not used: ")
    assert panel.time_format_edit.text() == "" and not dialog.import_button.isEnabled()


def test_a_day_one_folder_with_a_damaged_entry_names_it_in_the_result(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "Journal.dayone"
    shutil.copytree(FIXTURES / "dayone" / "dayone.dayone", folder)
    (folder / "entries" / "ABC.doentry").write_bytes(b"")
    (folder / "entries" / "DEF.doentry").mkdir()
    dialog.set_path(folder)
    assert not dialog.jrnl_panel.isVisible()
    text = run_import(qtbot, dialog)
    assert text == (
        "Added 4 entries. Skipped 2 files that are not Day One entries: entries/ABC.doentry (it is empty) "
        "and entries/DEF.doentry (it is a folder, not a file Trustbridge can import)."
    )
    assert dialog.result_label.text() == text
    assert dialog.skipped_list.isVisible()
    assert dialog.skipped_list.toPlainText() == (
        "entries/ABC.doentry: it is empty\n"
        "entries/DEF.doentry: it is a folder, not a file Trustbridge can import"
    )
    assert journal.count_entries() == 4
    dialog.set_path(FIXTURES / "jrnl" / "simple.journal")
    assert not dialog.skipped_list.isVisible()


def test_the_jrnl_choices_are_named_and_reached_by_keyboard(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.set_path(LITTLE_ENDIAN)
    panel = dialog.jrnl_panel
    for widget in (panel.time_format_edit, panel.tag_symbols_edit, panel.check_label, panel.settings_label,
                   dialog.skipped_list):
        assert widget.accessibleName()
    assert panel.time_format_edit.accessibleDescription()
    panel.time_format_edit.setFocus()
    qtbot.keyClick(panel.time_format_edit, Qt.Key.Key_Tab)
    focused: QWidget | None = dialog.focusWidget()
    assert focused is panel.tag_symbols_edit
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # "Ta&g symbols"
    assert dialog.focusWidget() is panel.tag_symbols_edit
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "&Time format"
    assert dialog.focusWidget() is panel.time_format_edit
