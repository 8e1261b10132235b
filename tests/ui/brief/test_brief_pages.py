"""The brief on paper: a real PDF, read back page by page. Each section stays on one page where it
fits (the statement never split between two pages), and empty sections are not printed at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.brief import BriefMaterial, BriefSection, default_choice
from app.domain.workbench import Evidence, StatementParts, StatementVersion
from app.ui.brief import brief_output
from app.ui.brief.brief_dialog import BriefDialog
from app.ui.data.journal_events import ObservedJournal
from tests.domain.test_brief import NOW, material
from tests.ui.brief.pdf_text import page_texts

STATEMENT = "\n\n".join(
    ["Statement opens here."]
    + [f"Line {n} of what I own: the reports slipped and I did not say so early enough." for n in range(14)]
    + ["Statement closes here."]
)


def _filled(evidence: int) -> BriefMaterial:
    """A brief whose progress section is `evidence` lines long, then the statement."""
    items = tuple(Evidence(f"e{n}", "g1", date(2026, 3, 6) + timedelta(days=n % 5),
                           f"Progress note {n}: sent the weekly update before lunch", None, NOW)
                  for n in range(evidence))
    statement = StatementVersion("s", 3, StatementParts(), STATEMENT, True, NOW)
    return material(evidence=items, statement=statement, entries=(), questions=(), open_actions=(),
                    done_actions=(), feedback=())


def _pdf(qtbot: QtBot, observed: ObservedJournal, made: BriefMaterial, path: Path,
         monkeypatch: pytest.MonkeyPatch) -> list[str]:
    dialog = BriefDialog(observed)
    qtbot.addWidget(dialog)
    dialog.show_material(made)
    monkeypatch.setattr(brief_output, "choose_save_path", lambda *_args: path)
    assert dialog.save_pdf()
    return page_texts(path)


def _page_of(pages: list[str], words: str) -> int:
    found = [n for n, text in enumerate(pages) if words.replace(" ", "") in text]
    assert len(found) == 1, (words, found)
    return found[0]


def test_the_statement_is_never_split_across_pages(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Progress sections of many lengths before it move the statement down the page a line at a time:
    wherever it would have crossed a page's end, it starts on the next page instead."""
    moved = 0
    for evidence in range(20, 62, 3):
        pages = _pdf(qtbot, observed, _filled(evidence), tmp_path / f"brief-{evidence}.pdf", monkeypatch)
        heading = _page_of(pages, "Ownership statement")
        assert _page_of(pages, "Statement opens here.") == heading
        assert _page_of(pages, "Statement closes here.") == heading
        assert _page_of(pages, "Progress note 0:") == 0
        moved += heading > 0 and f"Progressnote{evidence - 1}:" in pages[heading - 1]
    assert moved, "some of these briefs had the statement start on a page of its own"


def test_a_section_longer_than_a_page_still_prints_whole(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = _pdf(qtbot, observed, _filled(140), tmp_path / "long.pdf", monkeypatch)
    assert len(pages) >= 3
    text = "".join(pages)
    assert all(f"Progressnote{n}:" in text for n in range(140))  # nothing lost to the page breaks
    assert _page_of(pages, "Goals and progress") == 0  # not pushed off the first page: it can't fit anyway
    assert _page_of(pages, "Statement opens here.") == _page_of(pages, "Statement closes here.")


def test_empty_sections_are_not_printed(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = replace(_filled(3), statement=None, questions=())
    choice = default_choice(made)
    assert BriefSection.STATEMENT in choice.sections and BriefSection.QUESTIONS in choice.sections
    text = "".join(_pdf(qtbot, observed, made, tmp_path / "short.pdf", monkeypatch))
    assert "Goalsandprogress" in text and "Progressnote2:" in text
    for left_out in ("Ownership statement", "hasn't changed", "Questions to ask", "No questions prepared",
                     "Actions", "Feedback from last time", "From your journal", "No entries chosen"):
        assert left_out.replace(" ", "") not in text
