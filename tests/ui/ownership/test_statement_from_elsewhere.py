"""The workshop follows parts written elsewhere (the stage page's prompts write one part, or the
draft, per act) field by field: a field being edited keeps its words, the others update, nothing
written elsewhere is put back as it was, and each field's undo stays its own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.workbench import StatementDraft
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.ownership.statement_workshop import StatementWorkshop
from app.workbench_catalogue import load_check_lists
from tests.ui.helpers import SAVE_WAIT_MS

SLOW = SaveTiming(delay_ms=60_000, max_wait_ms=60_000, retry_ms=60_000)  # no timer comes due


@pytest.fixture
def gateway(journal: Journal) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=SLOW)


@pytest.fixture
def workshop(qtbot: QtBot, gateway: ObservedJournal) -> Iterator[StatementWorkshop]:
    widget = StatementWorkshop(gateway, load_check_lists())
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    yield widget
    widget.flush()


def _prompt_writes(gateway: ObservedJournal, part: str, words: str) -> None:
    """What the stage page's prompt card does: one part per act, under its own origin."""
    def write(j: Journal) -> StatementDraft:
        draft = j.statements.draft()
        if part == "text":
            return j.statements.save_draft(draft.parts, words)
        return j.statements.save_draft(replace(draft.parts, **{part: words}), draft.text)

    assert gateway.act(Area.STATEMENT, write, origin=object()) is not None


def test_a_part_written_by_a_prompt_appears_while_another_is_being_typed(
    qtbot: QtBot, workshop: StatementWorkshop, gateway: ObservedJournal, journal: Journal
) -> None:
    typing = workshop.part_editors["what_i_own"]
    typing.setFocus()
    qtbot.keyClicks(typing, "I kept quiet")  # not saved yet: no timer has come due
    _prompt_writes(gateway, "what_is_true", "The report was late twice")
    assert workshop.part_editors["what_is_true"].toPlainText() == "The report was late twice"
    assert typing.toPlainText() == "I kept quiet"
    stored = journal.statements.draft().parts
    # Before: the workshop saved its old, empty "what is true" over the prompt's answer.
    assert (stored.what_is_true, stored.what_i_own) == ("The report was late twice", "I kept quiet")

    _prompt_writes(gateway, "text", "The whole statement, from the last prompt.")
    assert workshop.draft_text() == "The whole statement, from the last prompt."
    qtbot.keyClicks(typing, ", and I am sorry")
    assert workshop.flush()
    stored_draft = journal.statements.draft()
    assert stored_draft.parts.what_is_true == "The report was late twice"
    assert stored_draft.parts.what_i_own == "I kept quiet, and I am sorry"
    assert stored_draft.text == "The whole statement, from the last prompt."


def test_a_save_never_writes_back_a_part_it_did_not_edit(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal
) -> None:
    draft = journal.statements.draft()
    journal.statements.save_draft(replace(draft.parts, what_i_need="Written behind its back"), "")
    qtbot.keyClicks(workshop.part_editors["what_i_commit_to"], "Fridays")
    assert workshop.flush()
    stored = journal.statements.draft().parts
    assert (stored.what_i_need, stored.what_i_commit_to) == ("Written behind its back", "Fridays")


def test_a_field_whose_save_failed_keeps_its_words_and_the_others_update(
    qtbot: QtBot, workshop: StatementWorkshop, gateway: ObservedJournal, journal: Journal,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    real = journal.statements.save_draft
    broken = {"on": True}

    def save_draft(*args: object, **kwargs: object) -> StatementDraft:
        if broken["on"]:
            raise StorageUnavailable("The journal could not be saved: the disk is full.")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    qtbot.keyClicks(workshop.draft_edit, "My words")
    monkeypatch.setattr(journal.statements, "save_draft", save_draft)
    assert not workshop.flush()
    broken["on"] = False  # the prompt's save lands; the workshop's flush on hearing of it too
    _prompt_writes(gateway, "what_i_need", "A weekly check-in")
    assert workshop.draft_text() == "My words"
    assert workshop.part_editors["what_i_need"].toPlainText() == "A weekly check-in"
    stored = journal.statements.draft()
    assert (stored.text, stored.parts.what_i_need) == ("My words", "A weekly check-in")


def test_a_field_being_edited_keeps_its_words_even_when_it_cannot_be_saved(
    qtbot: QtBot, workshop: StatementWorkshop, gateway: ObservedJournal, journal: Journal,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClicks(workshop.part_editors["what_i_own"], "Mine")
    real_act = gateway.act
    calls = {"n": 0}

    def act(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if kwargs.get("origin") is workshop:
            return None  # the workshop's own save is refused (the journal said why)
        return real_act(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gateway, "act", act)
    _prompt_writes(gateway, "what_i_own", "Written by the prompt")
    _prompt_writes(gateway, "what_is_true", "True words")
    assert workshop.part_editors["what_i_own"].toPlainText() == "Mine"  # pending: kept
    assert workshop.part_editors["what_is_true"].toPlainText() == "True words"
    assert workshop.saver.pending
    monkeypatch.setattr(gateway, "act", real_act)
    assert workshop.flush()
    stored = journal.statements.draft().parts
    assert (stored.what_i_own, stored.what_is_true) == ("Mine", "True words")


def test_undo_in_a_field_takes_back_only_what_was_typed_there(
    qtbot: QtBot, workshop: StatementWorkshop, gateway: ObservedJournal, journal: Journal
) -> None:
    true_editor, own_editor = workshop.part_editors["what_is_true"], workshop.part_editors["what_i_own"]
    qtbot.keyClicks(true_editor, "Typed then saved")
    assert workshop.flush()
    own_editor.setFocus()
    qtbot.keyClicks(own_editor, "Still typing")
    _prompt_writes(gateway, "what_is_true", "From the prompt")
    assert true_editor.toPlainText() == "From the prompt"
    assert not true_editor.document().isUndoAvailable()  # Ctrl+Z cannot bring back old words here
    qtbot.keyClick(true_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert true_editor.toPlainText() == "From the prompt"
    qtbot.keyClick(own_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing goes
    assert own_editor.toPlainText() == ""
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        workshop.flush()
    stored = journal.statements.draft().parts
    assert (stored.what_is_true, stored.what_i_own) == ("From the prompt", "")
