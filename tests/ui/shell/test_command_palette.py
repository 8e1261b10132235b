"""The command palette (Ctrl+K), driven by the keyboard only: it finds places, tools, menu
actions and recent entries, runs what the sidebar and the menu run, and Esc leaves everything
as it was."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal
from app.ui.journal.export_dialog import ExportDialog
from app.ui.shell.command_palette import CommandPalette
from app.ui.shell.main_window import MainWindow
from app.ui.shell.palette_commands import RECENT_ENTRIES, TOOL_TITLES, Kind
from app.ui.shell.window_help import text_fields_take_palette_key
from app.ui.stages.stage_page import StagePage
from tests.ui.conftest import WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_palette(qtbot: QtBot, window: MainWindow) -> CommandPalette:
    """Ctrl+K from wherever the cursor is."""
    qtbot.keyClick(focused(), Qt.Key.Key_K, CTRL)
    palette = window.keyboard.palette
    assert palette is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.field)  # the palette's window is active
    return palette


def test_ctrl_k_opens_the_palette_with_the_cursor_in_its_search_field(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    palette = open_palette(qtbot, window)
    assert palette.isVisible() and focused() is palette.field
    assert palette.accessibleName() == "Command palette"
    assert palette.field.accessibleName() == "Find a command"
    assert palette.field.accessibleDescription() == "Up and Down choose, Enter opens, Escape closes"
    count = palette.list.count()
    assert palette.list.accessibleName() == f"{count} choices" == palette.count_label.text()
    kinds = [palette.list.item(row).data(Qt.ItemDataRole.UserRole + 1).kind for row in range(count)]
    assert kinds == sorted(kinds, key=list(Kind).index)  # places, tools, actions, then entries
    assert palette.titles()[:3] == ["Today", "Ownership", "Feelings"]
    assert "Ownership: Statement workshop" in palette.titles()
    assert {"New entry", "Import", "Export JSON", "Export PDF", "Check-in brief", "Backups", "Settings",
            "Lock journal", "Hide what's on screen", "Quit", "Keyboard shortcuts"} <= set(palette.titles())
    assert "Command palette" not in palette.titles()
    # the window under it is modal to it: a second Ctrl+K opens no second palette
    assert window.keyboard.open_palette() is palette


def test_exp_json_finds_export_json_and_enter_opens_its_export(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "exp json")
    assert palette.titles() == ["Export JSON"]
    assert palette.list.accessibleName() == "1 match" == palette.count_label.text()
    item = palette.list.currentItem()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Export JSON, Action"
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert not palette.isVisible()
    exports = [d for d in window.open_dialogs if isinstance(d, ExportDialog)]
    assert len(exports) == 1 and exports[0].format.name == "JSON"
    assert exports[0].isVisible()
    assert window.keyboard.palette is None


def test_up_and_down_choose_and_nothing_found_says_so(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "exp")
    titles = palette.titles()
    assert titles[:3] == ["Export PDF", "Export JSON", "Export HTML"]
    assert palette.list.accessibleName() == f"{len(titles)} matches"
    qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    qtbot.keyClick(palette.field, Qt.Key.Key_Up)
    assert palette.list.currentRow() == 1
    qtbot.keyClick(palette.field, Qt.Key.Key_Up)
    qtbot.keyClick(palette.field, Qt.Key.Key_Up)  # stays at the top
    assert palette.list.currentRow() == 0
    qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    qtbot.keyClick(palette.field, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert palette.ran is not None and palette.ran.title == "Export JSON"
    assert [d.format.name for d in window.open_dialogs if isinstance(d, ExportDialog)] == ["JSON"]


def test_nothing_matches(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "zzqx")
    assert palette.titles() == []
    assert palette.list.accessibleName() == "Nothing matches"
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)  # nothing to run: it stays open
    assert palette.isVisible() and palette.ran is None


def test_a_recent_entry_found_by_a_word_of_it_opens_in_the_journal(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    wanted = journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE,
                                           "The lighthouse meeting went better than I feared"))
    journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "Quiet day, nothing to say"))
    window = open_window()
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "lighthouse")
    assert palette.titles() == ["The lighthouse meeting went better than I feared"]
    spoken = palette.list.currentItem().data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("The lighthouse meeting went better than I feared, Entry, Free writing, ")
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert window.current_key == "journal"
    current = window.page("journal").current_entry  # type: ignore[attr-defined]
    assert current is not None and current.uuid == wanted.uuid


def test_only_the_newest_entries_are_offered(
    qtbot: QtBot, open_window: WindowFactory, journal: Journal
) -> None:
    for number in range(RECENT_ENTRIES + 5):
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, f"Note number {number}"))
    window = open_window()
    palette = open_palette(qtbot, window)
    entries = [c for c in palette.commands if c.kind is Kind.ENTRY]
    assert len(entries) == RECENT_ENTRIES
    assert entries[0].title == f"Note number {RECENT_ENTRIES + 4}"  # newest first


def test_esc_closes_and_the_cursor_goes_back_where_it_was(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)  # Ownership, the cursor in its answer
    editor = focused()
    qtbot.keyClicks(editor, "Half a thought")
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "quit")
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    assert not palette.isVisible() and palette.ran is None
    assert window.isVisible()  # nothing ran
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    qtbot.keyClicks(editor, ", still here")
    assert editor.toPlainText() == "Half a thought, still here"  # type: ignore[attr-defined]
    assert window.keyboard.palette is None


def test_a_place_and_a_tool_run_what_the_sidebar_and_the_page_run(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "journal")
    assert palette.titles()[0] == "Journal"
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert window.current_key == "journal"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.page("journal").isAncestorOf(focused())  # where Ctrl+J puts the cursor
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "your plan")
    assert palette.titles() == ["Expectations: Your plan"]
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    page = window.current_page()
    assert window.current_key == Stage.EXPECTATIONS.value
    assert isinstance(page, StagePage) and page.tool_button.isChecked()


def test_the_tool_names_are_the_pages_own(open_window: WindowFactory) -> None:
    window = open_window()
    for stage, title in TOOL_TITLES.items():
        page = window.page(stage.value)
        assert isinstance(page, StagePage)
        assert page.tool_button.text() == title


def test_never_over_the_privacy_curtain(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    palette = open_palette(qtbot, window)
    assert window.curtain is not None
    window.curtain.hide_all()  # an idle lock waiting for a modal window brings the curtain down
    assert not palette.isVisible()
    assert window.keyboard.palette is None
    assert window.keyboard.open_palette() is None
    window.curtain.reveal()
    assert window.keyboard.open_palette() is not None


def test_it_closes_with_the_journal(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    palette = open_palette(qtbot, window)
    assert window.flush_all()
    window.detach(close_session_dialogs=True)
    assert not palette.isVisible()
    assert window.keyboard.open_palette() is None  # no journal: nothing to offer


class GreedyField(QLineEdit):
    """A text field that takes Ctrl+K for itself, as Qt's fields do on X11-style desktops (delete
    to the end of the line)."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_K and event.modifiers() == CTRL):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_k_is_the_palettes_even_in_a_text_field_that_would_take_it(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    """Where Ctrl+K deletes to the end of a line, the window's text fields are told that nothing
    overrides it, so the menu item gets the key (the palette claims it on such desktops only)."""
    window = open_window()
    assert isinstance(text_fields_take_palette_key(), bool)
    field = GreedyField()
    field.setAccessibleName("A greedy field")
    window.sidebar.layout().addWidget(field)  # type: ignore[union-attr]
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_K, CTRL)
    assert window.keyboard.palette is None  # the field took it
    window.keyboard.claim_palette_key()
    qtbot.keyClick(field, Qt.Key.Key_K, CTRL)
    palette = window.keyboard.palette
    assert palette is not None and palette.isVisible()
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(field.hasFocus)
    other = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, CTRL)
    assert window.keyboard.eventFilter(field, other) is False  # every other key is the field's
