"""The Journal list's rows: the prompt an answer belongs to, two lines of its words, its tags, and
one height for every row (set by the font alone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.catalogue import load_catalogue
from app.domain.records import EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.entry_delegate import EntryDelegate, wrap_lines
from app.ui.journal.entry_list_model import PROMPT_ROLE
from app.ui.journal.entry_words import PromptTexts, plain_preview
from tests.ui.journal.journal_helpers import add_answer, add_free, make_page, ownership_prompt

LONG = ("I met Dana and we went through the report line by line, and she asked for the risks "
        "to be flagged the day I see them rather than at the end of the week. ") * 3


class RecordingPainter(QPainter):
    """A painter that remembers every text it draws (the delegate paints through Python)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:  # noqa: N802 (Qt's name)
        self.texts.extend(arg for arg in args if isinstance(arg, str))
        super().drawText(*args)


def _painted(page: Any, row: int) -> list[str]:
    view = page.list_view
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    delegate = view.itemDelegate()
    index = page.model.index(row)
    option.rect = QRect(0, 0, 520, delegate.sizeHint(option, index).height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    try:
        delegate.paint(painter, option, index)
    finally:
        painter.end()
    return painter.texts


def test_an_answer_row_shows_its_prompt_and_two_lines_of_its_words(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    """The defect: a row showed one elided line and never the prompt the answer belongs to."""
    add_answer(journal, LONG)
    add_free(journal, "A free entry", minutes_ago=30)
    page = make_page(qtbot, observed)
    _key, question = ownership_prompt()
    assert page.model.index(0).data(PROMPT_ROLE) == question
    assert page.model.index(1).data(PROMPT_ROLE) == ""
    spoken = page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert f"answer to \u201c{question}\u201d" in spoken

    texts = _painted(page, 0)
    assert any(question.startswith(text.rstrip("…")) and len(text) > 10 for text in texts), texts
    words = [text for text in texts if len(text) > 20 and text.rstrip("…") in LONG]
    assert len(words) == 2 and words[1].endswith("…")  # two lines, the second cut
    assert not any(question in text for text in _painted(page, 1))


def test_every_row_has_the_same_height_set_by_the_font(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    add_answer(journal, LONG)
    add_free(journal, "short", minutes_ago=10, title="A title", tags=("a", "b"))
    page = make_page(qtbot, observed)
    delegate = page.list_view.itemDelegate()
    assert isinstance(delegate, EntryDelegate)
    option = QStyleOptionViewItem()
    option.font = page.list_view.font()
    heights = {delegate.sizeHint(option, page.model.index(row)).height() for row in range(2)}
    assert len(heights) == 1
    bigger = QFont(option.font)
    bigger.setPointSizeF(option.font.pointSizeF() * 2)
    option.font = bigger
    assert delegate.sizeHint(option, page.model.index(0)).height() > heights.pop()
    assert page.list_view.uniformItemSizes()


def test_the_prompt_comes_from_the_catalogue_by_its_key() -> None:
    catalogue = load_catalogue()
    texts = PromptTexts(catalogue)
    prompt = catalogue.guide(Stage.FEELINGS).prompts[1]
    assert texts.prompt(EntryKind.REFLECTION, Stage.FEELINGS, prompt.key, "Older words") == prompt.text
    evening = catalogue.evening[0]
    assert texts.prompt(EntryKind.EVENING, None, evening.key, "") == evening.text
    assert texts.prompt(EntryKind.REFLECTION, Stage.FEELINGS, "gone", "Older  words") == "Older words"
    assert texts.prompt(EntryKind.FREE, None, None, "My title") == ""


def test_the_preview_is_plain_words_wrapped_in_two_lines(qtbot: QtBot) -> None:
    assert plain_preview("# Heading\n\n- one **bold**\n- two") == "Heading one bold two"
    font = QFont()
    lines = wrap_lines(plain_preview(LONG), font, 300)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert wrap_lines("short", font, 300) == ["short"]
