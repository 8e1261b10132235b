"""'Add as evidence' on the Journal page takes the words of the answer, never the prompt's question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.timeline import local_date
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.plan.evidence_dialog import FROM_ENTRY, EvidenceDialog
from app.ui.plan.win_draft import EVIDENCE_WORDS, evidence_words
from tests.ui.journal.journal_helpers import add_answer, add_plan, make_page, open_row, ownership_prompt


def _accept_when_open(seen: dict[str, object]) -> None:
    """Once the modal dialog is up: note what it shows, then add it as it is."""

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EvidenceDialog)
        seen["text"] = dialog.form.text()
        seen["note"] = dialog.from_entry_label.text()
        seen["title"] = dialog.windowTitle()
        dialog.ok_button.click()

    QTimer.singleShot(0, accept)


def test_add_as_evidence_takes_the_answer_not_the_question(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    """The defect: the evidence said the prompt's question (the entry's title) instead of the answer."""
    add_plan(journal)
    answer = "I shipped the report two days late twice in March, and I did not flag it early."
    entry = add_answer(journal, answer)
    page = make_page(qtbot, observed)
    assert open_row(page).uuid == entry.uuid
    seen: dict[str, object] = {}
    _accept_when_open(seen)
    page.add_as_evidence()

    _key, question = ownership_prompt()
    assert seen["text"] == answer and question not in str(seen["text"])
    assert seen["note"] == FROM_ENTRY and seen["title"] == "Add evidence"
    [evidence] = journal.plans.evidence()
    assert evidence.text == answer
    assert evidence.entry_uuid == entry.uuid  # the link to the entry is kept
    assert evidence.happened_on == local_date(entry.created_at)
    assert page.notice.label.text() == "Added to your evidence."


def test_a_long_answer_starts_the_evidence_with_its_first_part(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    add_plan(journal)
    first = "## What I did\n\nI rewrote the **handover checklist** and walked Sam through it."
    rest = "\n\n".join(f"Then paragraph {n} goes on about the week in some detail. " * 3 for n in range(8))
    entry = add_answer(journal, f"{first}\n\n{rest}")
    page = make_page(qtbot, observed)
    open_row(page)
    seen: dict[str, object] = {}
    _accept_when_open(seen)
    page.add_as_evidence()

    text = str(seen["text"])
    assert text.startswith("What I did\n\nI rewrote the handover checklist and walked Sam through it.")
    assert len(text) <= EVIDENCE_WORDS
    assert "start of your journal entry" in str(seen["note"])
    [evidence] = journal.plans.evidence()
    assert evidence.text == text.strip() and evidence.entry_uuid == entry.uuid


def test_add_as_evidence_saves_what_was_typed_just_before(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    """The words in the editor are saved first, so the evidence holds them too."""
    add_plan(journal)
    add_answer(journal, "Fixed the build")
    page = make_page(qtbot, observed)
    open_row(page)
    page.edit_button.click()
    page.card.editor.text_edit.moveCursor(page.card.editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.card.editor.text_edit, " for the whole team")
    seen: dict[str, object] = {}
    _accept_when_open(seen)
    page.add_as_evidence()
    assert [e.text for e in journal.plans.evidence()] == ["Fixed the build for the whole team"]


# -- the words it starts with ----------------------------------------------------------------------


def test_short_words_are_kept_whole_without_markdown_marks() -> None:
    words = evidence_words("# Done\n\n- closed **14** tickets\n- thanked by *Priya*\n")
    assert words.text == "Done\n\nclosed 14 tickets\nthanked by Priya" and not words.shortened


def test_long_words_are_cut_after_whole_paragraphs() -> None:
    body = "First part, short.\n\n" + "x " * 400
    words = evidence_words(body)
    assert words.text == "First part, short." and words.shortened


@pytest.mark.parametrize(("body", "expected"), [
    ("One sentence here. " * 40, ("One sentence here. " * 25).strip()),
    ("word " * 200, ("word " * 95).strip() + "…"),
])
def test_one_long_paragraph_is_cut_after_a_sentence_else_a_word(body: str, expected: str) -> None:
    words = evidence_words(body)
    assert words.shortened and words.text == expected
    assert len(words.text) <= EVIDENCE_WORDS


def test_an_empty_entry_gives_no_words() -> None:
    assert evidence_words("  \n\n ").text == ""
