"""An Undo that puts an earlier draft back is offered only until the draft is edited again:
pressing it after typing would silently throw away every word written since."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.workbench import StatementParts
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.ownership.statement_workshop import StatementWorkshop
from app.ui.widgets.notice import InlineNotice
from app.workbench_catalogue import load_check_lists
from tests.ui.helpers import SAVE_WAIT_MS, type_text


@pytest.fixture
def workshop(qtbot: QtBot, observed: ObservedJournal) -> Iterator[StatementWorkshop]:
    widget = StatementWorkshop(observed, load_check_lists())
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    yield widget
    assert widget.flush()


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_draft(qtbot: QtBot, workshop: StatementWorkshop, text: str) -> None:
    workshop.draft_edit.setFocus()
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, workshop.draft_edit, text)


def _press_undo_if_offered(qtbot: QtBot, notice: InlineNotice) -> None:
    """What a person may do: press the bar's Undo, if the bar still shows one."""
    if notice.isVisible() and notice.accept_button.isVisible() and notice.accept_button.text() == "Undo":
        _click(qtbot, notice.accept_button)
    notice.undo()  # and Ctrl+Z, where a page wires it to the bar


def _restore_version_one(qtbot: QtBot, workshop: StatementWorkshop) -> None:
    for text in ("Older words.", "Newer words."):
        workshop.draft_edit.selectAll()
        _type_draft(qtbot, workshop, text)
        assert workshop.save_version() is not None
    workshop.draft_edit.selectAll()
    _type_draft(qtbot, workshop, "Work in progress.")
    workshop.select_versions(1)
    _click(qtbot, workshop.restore_button)
    assert workshop.draft_text() == "Older words."


def test_typing_after_a_restore_withdraws_its_undo_and_keeps_the_new_words(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _restore_version_one(qtbot, workshop)
    notice = workshop.versions_notice
    assert notice.isVisible() and notice.accept_button.isVisible()  # Undo, before any edit

    workshop.draft_edit.moveCursor(workshop.draft_edit.textCursor().MoveOperation.End)
    _type_draft(qtbot, workshop, " Then I added this.")

    assert notice.isVisible() and notice.label.text() == "Version 1 is back in your draft."
    assert not notice.accept_button.isVisible()  # the news stays, the Undo that would wipe goes
    _press_undo_if_offered(qtbot, notice)
    assert workshop.flush()
    assert workshop.draft_text() == "Older words. Then I added this."
    assert journal.statements.draft().text == "Older words. Then I added this."


def test_editing_a_part_after_a_restore_also_withdraws_its_undo(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _restore_version_one(qtbot, workshop)
    workshop.set_parts_visible(True)
    editor = workshop.part_editors["what_i_own"]
    editor.setFocus()
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClicks(editor, "I kept quiet")
    _press_undo_if_offered(qtbot, workshop.versions_notice)
    assert workshop.flush()
    stored = journal.statements.draft()
    assert (stored.text, stored.parts.what_i_own) == ("Older words.", "I kept quiet")


def test_a_statement_changed_elsewhere_after_a_restore_withdraws_its_undo(
    qtbot: QtBot, workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal
) -> None:
    _restore_version_one(qtbot, workshop)
    parts = StatementParts(what_is_true="Imported")
    assert observed.act(Area.STATEMENT, lambda j: j.statements.save_draft(parts, "From elsewhere."),
                        origin=object()) is not None
    assert workshop.draft_text() == "From elsewhere."
    _press_undo_if_offered(qtbot, workshop.versions_notice)
    assert journal.statements.draft().text == "From elsewhere."


def test_typing_after_a_rebuild_withdraws_its_undo(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    _type_draft(qtbot, workshop, "My own words.")
    workshop.set_parts_visible(True)
    workshop.part_editors["what_is_true"].setFocus()
    qtbot.keyClicks(workshop.part_editors["what_is_true"], "The report was late")
    _click(qtbot, workshop.build_button)
    _click(qtbot, workshop.parts_notice.accept_button)  # "Replace the draft"
    assert workshop.parts_notice.accept_button.text() == "Undo"
    rebuilt = workshop.draft_text()

    workshop.draft_edit.moveCursor(workshop.draft_edit.textCursor().MoveOperation.End)
    _type_draft(qtbot, workshop, " And more.")
    _press_undo_if_offered(qtbot, workshop.parts_notice)
    assert workshop.flush()
    assert journal.statements.draft().text == rebuilt + " And more."
