"""A win typed in the modal win dialog is kept as a draft from the first keystroke: it comes back
after a crash, goes from the drafts in the same act that puts the win in the log, and Cancel lets
it go. Changing a logged win keeps OK/Cancel, with the words kept under the win's uuid meanwhile."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.workbench import Evidence
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.plan.evidence_dialog import EvidenceDialog
from app.ui.plan.plan_tool import PlanTool
from app.ui.plan.win_draft import NEW_WIN_KEY, WinDraft, record_win, win_draft_key
from app.ui.widgets.form_fields import qdate
from tests.ui.helpers import SAVE_WAIT_MS
from tests.ui.plan.plan_helpers import FAST, Failing, add_goal, create_plan, make_tool

KEY_EVERY_MS = 300
# The pause never comes while a key arrives every 300 ms, so only the cap can save.
CAPPED = SaveTiming(delay_ms=1000, max_wait_ms=100, retry_ms=200)
START = date.today() - timedelta(days=10)


def _open_add(qtbot: QtBot, tool: PlanTool) -> EvidenceDialog:
    tool.show_section("evidence")
    qtbot.mouseClick(tool.evidence_section.add_evidence_button, Qt.MouseButton.LeftButton)
    dialog = tool.evidence_section.evidence_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _open_edit(qtbot: QtBot, tool: PlanTool) -> EvidenceDialog:
    tool.show_section("evidence")
    tool.evidence_section.evidence_list.setCurrentRow(0)
    qtbot.mouseClick(tool.evidence_section.edit_evidence_button, Qt.MouseButton.LeftButton)
    dialog = tool.evidence_section.evidence_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _kept(journal: Journal, key: str = NEW_WIN_KEY) -> WinDraft | None:
    """The draft as it is in the file."""
    return WinDraft.parse(journal.drafts.get(key), date.today())


def _type_kept(qtbot: QtBot, dialog: EvidenceDialog, journal: Journal, text: str,
               key: str = NEW_WIN_KEY) -> None:
    """Type into the win's text and wait until the draft in the file has it."""
    dialog.form.text_edit.setFocus()
    qtbot.keyClicks(dialog.form.text_edit, text)
    qtbot.waitUntil(lambda: (kept := _kept(journal, key)) is not None and kept.text.endswith(text),
                    timeout=SAVE_WAIT_MS)


def _crash(tool: PlanTool) -> None:
    """The process dies with the dialog open: no Cancel, no OK, no close, no flush; what is in the
    file is all a new start finds (the dialog is only hidden, so nothing of it runs again)."""
    dialog = tool.evidence_section.evidence_dialog
    assert dialog is not None
    dialog.hide()
    tool.hide()


def test_a_new_win_is_kept_as_typed_and_comes_back_after_a_crash(qtbot: QtBot, journal: Journal) -> None:
    tool = make_tool(qtbot, ObservedJournal(journal, save_timing=FAST))
    create_plan(qtbot, tool, START)
    goal = add_goal(qtbot, tool, "Tickets")
    dialog = _open_add(qtbot, tool)
    dialog.form.goal_combo.setCurrentIndex(dialog.form.goal_combo.findData(goal.uuid))
    dialog.form.date_edit.setDate(qdate(date.today() - timedelta(days=1)))
    _type_kept(qtbot, dialog, journal, "Closed 14 old tickets")
    assert _kept(journal) == WinDraft("Closed 14 old tickets", goal.uuid, date.today() - timedelta(days=1))
    assert journal.plans.evidence() == []  # a draft is not a win: no list, count or brief shows it
    _crash(tool)

    again = make_tool(qtbot, ObservedJournal(journal, save_timing=FAST))
    restored = _open_add(qtbot, again)
    assert restored.form.text() == "Closed 14 old tickets"
    yesterday = date.today() - timedelta(days=1)
    assert (restored.form.goal_uuid(), restored.form.happened_on()) == (goal.uuid, yesterday)
    assert restored.restored_label.isVisible() and restored.ok_button.isEnabled()
    restored.accept()
    assert [e.text for e in journal.plans.evidence()] == ["Closed 14 old tickets"]
    assert journal.drafts.get(NEW_WIN_KEY) == ""


def test_steady_typing_in_the_win_reaches_the_file_at_least_every_max_wait(
    qtbot: QtBot, journal: Journal
) -> None:
    tool = make_tool(qtbot, ObservedJournal(journal, save_timing=CAPPED))
    create_plan(qtbot, tool, START)
    dialog = _open_add(qtbot, tool)
    dialog.form.text_edit.setFocus()
    typed = ""
    for char in "Shipped it":  # a key every 300 ms for three seconds
        qtbot.keyClick(dialog.form.text_edit, char)
        typed += char
        qtbot.wait(KEY_EVERY_MS)  # longer than the cap: what was typed so far is in the file
        kept = _kept(journal)
        assert kept is not None and kept.text == typed
    dialog.reject()


def test_ok_saves_the_win_and_clears_its_draft_in_one_act(qtbot: QtBot, journal: Journal) -> None:
    observed = ObservedJournal(journal, save_timing=FAST)
    tool = make_tool(qtbot, observed)
    create_plan(qtbot, tool, START)
    dialog = _open_add(qtbot, tool)
    _type_kept(qtbot, dialog, journal, "Thanked by the team")
    changes: list[Change] = []
    observed.changes.connect(changes.append)
    dialog.accept()
    assert [e.text for e in journal.plans.evidence()] == ["Thanked by the team"]
    assert journal.drafts.get(NEW_WIN_KEY) == ""
    assert [c.areas for c in changes] == [frozenset({Area.EVIDENCE, Area.DRAFT})]
    assert changes[0].made_by(tool)


def test_a_win_whose_draft_cannot_be_cleared_is_not_saved_and_its_words_stay(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = make_tool(qtbot, ObservedJournal(journal, save_timing=FAST))
    create_plan(qtbot, tool, START)
    dialog = _open_add(qtbot, tool)
    _type_kept(qtbot, dialog, journal, "Led the retro")
    failing = Failing(monkeypatch, journal.drafts, "clear")  # fails after the win was written
    dialog.accept()
    assert failing.calls == 1
    assert journal.plans.evidence() == []  # all of the act, or none of it
    assert tool.notice.isVisible() and "Couldn't save the evidence" in tool.notice.label.text()
    failing.failing = False
    again = _open_add(qtbot, tool)
    assert again.form.text() == "Led the retro" and again.restored_label.isVisible()
    again.accept()
    assert [e.text for e in journal.plans.evidence()] == ["Led the retro"]
    assert journal.drafts.get(NEW_WIN_KEY) == ""


def test_ok_waits_while_the_words_cannot_be_kept(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = make_tool(qtbot, ObservedJournal(journal, save_timing=FAST))
    create_plan(qtbot, tool, START)
    failing = Failing(monkeypatch, journal.drafts, "put")
    dialog = _open_add(qtbot, tool)
    dialog.form.text_edit.setFocus()
    qtbot.keyClicks(dialog.form.text_edit, "Fixed the build")
    dialog.accept()
    assert dialog.isVisible() and journal.plans.evidence() == []  # nothing typed is thrown away
    failing.failing = False
    dialog.accept()
    assert [e.text for e in journal.plans.evidence()] == ["Fixed the build"]
    assert journal.drafts.get(NEW_WIN_KEY) == ""


def test_cancel_lets_the_words_go(qtbot: QtBot, journal: Journal) -> None:
    tool = make_tool(qtbot, ObservedJournal(journal, save_timing=FAST))
    create_plan(qtbot, tool, START)
    dialog = _open_add(qtbot, tool)
    _type_kept(qtbot, dialog, journal, "Not worth keeping")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert journal.drafts.get(NEW_WIN_KEY) == ""
    fresh = _open_add(qtbot, tool)
    assert fresh.form.text() == "" and not fresh.restored_label.isVisible()
    fresh.reject()


def test_closing_the_window_keeps_the_words_for_next_time(qtbot: QtBot, journal: Journal) -> None:
    tool = make_tool(qtbot, ObservedJournal(journal, save_timing=FAST))
    create_plan(qtbot, tool, START)
    dialog = _open_add(qtbot, tool)
    dialog.form.text_edit.setFocus()
    qtbot.keyClicks(dialog.form.text_edit, "Half a thought")
    dialog.close()  # the title bar's close, or the app quitting: not the person saying "discard"
    kept = _kept(journal)
    assert kept is not None and kept.text == "Half a thought"
    assert _open_add(qtbot, tool).form.text() == "Half a thought"


def test_changing_a_logged_win_keeps_the_words_under_its_uuid_until_ok_or_cancel(
    qtbot: QtBot, journal: Journal
) -> None:
    win = Evidence("w-1", None, date.today(), "A win", None, datetime.now(UTC))
    journal.plans.save_evidence(win)
    key = win_draft_key(existing_uuid="w-1")
    tool = make_tool(qtbot, ObservedJournal(journal, save_timing=FAST))
    create_plan(qtbot, tool, START)
    dialog = _open_edit(qtbot, tool)
    dialog.form.text_edit.moveCursor(dialog.form.text_edit.textCursor().MoveOperation.End)
    _type_kept(qtbot, dialog, journal, ", and a big one", key)
    assert journal.drafts.get(NEW_WIN_KEY) == ""
    assert [e.text for e in journal.plans.evidence()] == ["A win"]  # OK still decides
    _crash(tool)

    tool = make_tool(qtbot, ObservedJournal(journal, save_timing=FAST))
    again = _open_edit(qtbot, tool)
    assert again.form.text() == "A win, and a big one" and again.restored_label.isVisible()
    again.reject()  # Cancel: the logged win stays as it was, the words go
    assert journal.drafts.get(key) == ""
    assert [e.text for e in journal.plans.evidence()] == ["A win"]

    third = _open_edit(qtbot, tool)
    assert third.form.text() == "A win" and not third.restored_label.isVisible()
    third.form.text_edit.moveCursor(third.form.text_edit.textCursor().MoveOperation.End)
    _type_kept(qtbot, third, journal, "!", key)
    third.accept()
    assert [e.text for e in journal.plans.evidence()] == ["A win!"]
    assert journal.drafts.get(key) == ""


def test_a_win_from_a_journal_entry_keeps_its_draft_apart(qtbot: QtBot, journal: Journal) -> None:
    """The Journal page's dialog (given the journal) keeps its words under the entry's key."""
    observed = ObservedJournal(journal, save_timing=FAST)
    journal.drafts.put(NEW_WIN_KEY, WinDraft("A plan win", None, date.today()).body())
    dialog = EvidenceDialog(None, [], text="Calmed a tense review", entry_uuid="e-7", journal=observed)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.text() == "Calmed a tense review"  # the plan's draft is not this one
    key = win_draft_key(entry_uuid="e-7")
    assert dialog.draft_key == key
    dialog.form.text_edit.moveCursor(dialog.form.text_edit.textCursor().MoveOperation.End)
    _type_kept(qtbot, dialog, journal, " in ten minutes", key)
    evidence = dialog.evidence()
    assert evidence is not None
    assert observed.act({Area.EVIDENCE, Area.DRAFT}, lambda j: record_win(j, evidence, key)) is not None
    assert journal.drafts.get(key) == ""
    assert journal.drafts.get(NEW_WIN_KEY) != ""  # the plan's draft is still there
    assert [e.text for e in journal.plans.evidence()] == ["Calmed a tense review in ten minutes"]


def test_without_the_journal_the_dialog_keeps_no_draft(qtbot: QtBot, journal: Journal) -> None:
    dialog = EvidenceDialog(None, [], text="Today's win")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.text_edit, " again")
    assert dialog.draft_key is None
    dialog.reject()
    assert journal.drafts.get(NEW_WIN_KEY) == ""


def test_words_kept_by_hand_or_by_an_older_version_still_come_back() -> None:
    today = date(2026, 3, 3)
    assert WinDraft.parse("", today) is None
    assert WinDraft.parse("plain words", today) == WinDraft("plain words", None, today)
    assert WinDraft.parse('{"text": "x", "goal": 3, "on": "soon"}', today) == WinDraft("x", None, today)
    assert WinDraft("   ", "g", today).body() == ""  # no words: nothing to keep
    kept = WinDraft("Ünïcode ✓", "g", today)
    assert WinDraft.parse(kept.body(), date(2030, 1, 1)) == kept
