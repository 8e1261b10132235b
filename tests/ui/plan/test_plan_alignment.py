"""'Who agreed': a new record starts empty, the manager's name is offered, never typed in for you."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from tests.ui.helpers import SAVE_WAIT_MS
from tests.ui.plan.plan_helpers import create_plan, make_tool


# The completion list is a popup: the offscreen platform says it can neither raise it nor grab keys.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_a_new_agreement_starts_empty_and_keeps_exactly_what_is_typed(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    """The defect: the manager's name was put into every new record, and typing added to it
    ("DanaHR partner")."""
    tool = make_tool(qtbot, observed)
    plan = create_plan(qtbot, tool, date.today() - timedelta(days=2))  # manager: Dana
    tool.show_section("alignment")
    section = tool.alignment_section
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    editor = section.alignment_editor
    [record] = journal.plans.alignments(plan.uuid)
    assert record.who == "" and editor.who_edit.text() == ""
    assert QApplication.focusWidget() is editor.who_edit
    assert "Dana" in editor.who_edit.placeholderText()  # offered, not written
    assert editor.names.stringList() == ["Dana"]

    with qtbot.waitSignal(tool.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClicks(editor.who_edit, "HR partner")
    assert editor.who_edit.text() == "HR partner"
    assert journal.plans.alignments(plan.uuid)[0].who == "HR partner"

    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)  # a second one starts empty too
    assert editor.who_edit.text() == ""
    assert editor.names.stringList() == ["Dana", "HR partner"]
    with qtbot.waitSignal(tool.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClicks(editor.who_edit, "Dan")  # the completion is offered, the field holds what was typed
    assert editor.who_edit.text() == "Dan"
    completer = editor.who_edit.completer()
    assert completer is not None and completer.currentCompletion() == "Dana"
    whos = sorted(a.who for a in journal.plans.alignments(plan.uuid))
    assert whos == ["Dan", "HR partner"]
