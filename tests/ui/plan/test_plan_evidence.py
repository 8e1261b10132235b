"""The plan's Evidence section and the evidence dialog it shares with the Journal page."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.workbench import Evidence, Goal, GoalStatus
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.evidence_dialog import EvidenceDialog
from app.ui.plan.plan_lists import LINE_ROLE
from app.ui.widgets.form_fields import qdate
from tests.ui.plan.plan_helpers import add_goal, create_plan, make_tool, unnamed

# -- evidence ----------------------------------------------------------------------------------


def test_evidence_added_for_a_goal_is_listed_newest_first_and_filtered(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today() - timedelta(days=20))
    tickets = add_goal(qtbot, tool, "Tickets")
    add_goal(qtbot, tool, "Releases")
    tool.show_section("evidence")
    assert tool.evidence_section.evidence_empty.isVisible()
    assert not tool.evidence_section.evidence_list.isVisible()

    qtbot.mouseClick(tool.evidence_section.add_evidence_button, Qt.MouseButton.LeftButton)
    dialog = tool.evidence_section.evidence_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    form = dialog.form
    form.goal_combo.setCurrentIndex(form.goal_combo.findData(tickets.uuid))
    form.date_edit.setDate(qdate(date.today() - timedelta(days=2)))
    qtbot.keyClicks(form.text_edit, "Closed 14 old tickets")
    # One act saves the win and clears the draft it was typed in.
    with qtbot.waitSignal(observed.changes, check_params_cb=lambda change: change.areas == {
            Area.EVIDENCE, Area.DRAFT} and change.made_by(tool)):
        dialog.accept()

    stored = journal.plans.evidence()
    assert [(e.text, e.goal_uuid, e.happened_on) for e in stored] == [
        ("Closed 14 old tickets", tickets.uuid, date.today() - timedelta(days=2))]
    assert tool.evidence_section.evidence_dialog is None

    qtbot.mouseClick(tool.evidence_section.add_evidence_button, Qt.MouseButton.LeftButton)
    second = tool.evidence_section.evidence_dialog
    assert second is not None
    qtbot.keyClicks(second.form.text_edit, "Thanked by the team for the handbook")
    second.accept()
    evidence_list = tool.evidence_section.evidence_list
    texts = [evidence_list.item(row).text() for row in range(evidence_list.count())]
    assert texts[0].endswith("Thanked by the team for the handbook")  # newest first
    assert "The plan in general" in texts[0]
    assert texts[1].endswith("Closed 14 old tickets") and "Tickets" in texts[1]

    tool.evidence_section.evidence_filter.setCurrentIndex(tool.evidence_section.evidence_filter.findData(tickets.uuid))
    assert tool.evidence_section.evidence_list.count() == 1
    assert tool.evidence_section.evidence_list.item(0).text().endswith("Closed 14 old tickets")
    assert "1 piece of evidence" in tool.goals_section.goal_list.item(0).data(LINE_ROLE)

    tool.evidence_section.evidence_list.setFocus()
    tool.evidence_section.evidence_list.setCurrentRow(0)
    qtbot.keyClick(tool.evidence_section.evidence_list, Qt.Key.Key_Delete)
    assert [e.text for e in journal.plans.evidence()] == ["Thanked by the team for the handbook"]
    tool.undo()
    assert len(journal.plans.evidence()) == 2


def test_evidence_can_be_changed(qtbot: QtBot, observed: ObservedJournal, journal: Journal) -> None:
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today() - timedelta(days=20))
    goal = add_goal(qtbot, tool, "Tickets")
    journal.plans.save_evidence(Evidence("w", None, date.today(), "A win", "entry-1", datetime.now(UTC)))
    tool.refresh()
    tool.show_section("evidence")
    assert "from your journal" in tool.evidence_section.evidence_list.item(0).text()
    tool.evidence_section.evidence_list.setCurrentRow(0)
    qtbot.mouseClick(tool.evidence_section.edit_evidence_button, Qt.MouseButton.LeftButton)
    dialog = tool.evidence_section.evidence_dialog
    assert dialog is not None and dialog.form.text() == "A win"
    dialog.form.goal_combo.setCurrentIndex(dialog.form.goal_combo.findData(goal.uuid))
    dialog.accept()
    changed = journal.plans.evidence()
    assert len(changed) == 1
    assert (changed[0].uuid, changed[0].goal_uuid, changed[0].entry_uuid) == ("w", goal.uuid, "entry-1")


def test_the_evidence_dialog_returns_evidence_from_an_entry(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    goals = [Goal("g1", "p", "Tickets", "", "", (), GoalStatus.ON_TRACK, "", 0, now, now)]
    dialog = EvidenceDialog(None, goals, text="Solved the outage in an hour", entry_uuid="entry-42")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.from_entry_label.isVisible()
    assert dialog.ok_button.isEnabled()
    dialog.form.goal_combo.setCurrentIndex(dialog.form.goal_combo.findData("g1"))
    dialog.form.date_edit.setDate(qdate(date.today() - timedelta(days=1)))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    evidence = dialog.evidence()
    assert evidence is not None
    assert (evidence.entry_uuid, evidence.goal_uuid, evidence.text, evidence.happened_on) == (
        "entry-42", "g1", "Solved the outage in an hour", date.today() - timedelta(days=1))
    assert evidence.uuid and evidence.created_at.tzinfo is not None


def test_evidence_from_an_older_entry_is_dated_the_day_it_was_written(qtbot: QtBot) -> None:
    written = date.today() - timedelta(days=4)
    dialog = EvidenceDialog(None, [], text="Calmed a tense review", entry_uuid="e-7", happened_on=written)
    qtbot.addWidget(dialog)
    evidence = dialog.evidence()
    assert evidence is not None and evidence.happened_on == written
    fresh = EvidenceDialog(None, [], text="Today's win")
    qtbot.addWidget(fresh)
    assert fresh.form.happened_on() == date.today()

    def accept_at_once() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EvidenceDialog)
        dialog.ok_button.click()

    QTimer.singleShot(0, accept_at_once)
    asked, ok = EvidenceDialog.ask(None, [], "Calmed a tense review", "e-7", happened_on=written)
    assert ok and asked is not None
    assert (asked.happened_on, asked.entry_uuid, asked.text) == (written, "e-7", "Calmed a tense review")


def test_the_evidence_dialog_keeps_an_empty_win_open(qtbot: QtBot) -> None:
    dialog = EvidenceDialog(None, [], text="   ")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    assert dialog.form.goal_combo.count() == 1  # only "the plan in general" without goals
    dialog.accept()
    assert dialog.isVisible() and dialog.evidence() is None
    assert unnamed(dialog) == []


# -- the journal around it ---------------------------------------------------------------------


def test_evidence_added_elsewhere_appears(qtbot: QtBot, observed: ObservedJournal, journal: Journal) -> None:
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today() - timedelta(days=2))
    journal_page = object()  # whoever saved it, as long as it is not the tool
    win = Evidence("x", None, date.today(), "Logged from an entry", "e1", datetime.now(UTC))
    done = observed.act(Area.EVIDENCE, lambda j: j.plans.save_evidence(win), origin=journal_page)
    assert done is not None and done.change.uuids == {"x"}
    assert [e.text for e in tool.evidence] == ["Logged from an entry"]
    assert tool.section_buttons["evidence"].text() == "Evidence (1)"


def _words_on_screen(widget: QWidget) -> list[str]:
    """Every text a person can read or hear in a widget: labels, buttons, names, tips, choices."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.accessibleName(), child.toolTip()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QPlainTextEdit):
            texts.append(child.placeholderText())
    return [text for text in texts if text]


def test_evidence_is_called_evidence_not_a_brag_log_or_wins(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    """One name for one thing: the section, its buttons and its dialog say "evidence"."""
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, date.today() - timedelta(days=5))
    tool.show_section("evidence")
    section = tool.evidence_section
    assert section.add_evidence_button.text() == "Add evidence…"
    qtbot.mouseClick(section.add_evidence_button, Qt.MouseButton.LeftButton)
    dialog = section.evidence_dialog
    assert dialog is not None and dialog.windowTitle() == "Add evidence"
    words = _words_on_screen(section) + _words_on_screen(dialog)
    assert any("dated proof of your progress" in text for text in words)
    assert [text for text in words if re.search(r"\bbrag|\bwins?\b", text, re.IGNORECASE)] == []
    dialog.reject()
