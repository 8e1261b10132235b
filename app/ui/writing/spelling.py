"""Misspelled words underlined as the person types: one highlighter per document.

`SpellHighlighter` marks the words its `Speller` does not know with the wavy spelling underline,
on top of whatever else the line is formatted with. The Markdown editor's highlighter is one (it
extends this class), so a document never has two highlighters fighting over its formats; a plain
field gets a SpellHighlighter of its own from `attach_spelling`. Qt calls `highlightBlock` only for
the lines that changed, and the speller remembers every word it has looked up, so a keystroke
costs one line's words (benches/spelling.py).

Which editors are checked, and with which speller, is the SpellingService's business
(spelling_service.py); without one nothing is marked.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from app.ui.widgets.theme import current_palette
from app.ui.writing.spelling_words import Speller, checkable_words, misspelled_spans

# An editor whose `spelling` property is False is never checked (none needs it yet).
OPT_OUT_PROPERTY = "spelling"
_IN_FENCE = 1  # a block's state: inside a ``` code block, where nothing is checked

MultiLineEditor = QPlainTextEdit | QTextEdit


class SpellHighlighter(QSyntaxHighlighter):
    """Marks misspelled words. Subclasses format the line first, then call `mark_spelling`."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.speller: Speller | None = None

    def set_speller(self, speller: Speller | None) -> None:
        """Check with `speller` from now on (None: check nothing) and mark the whole text again."""
        if speller is self.speller:
            return
        self.speller = speller
        self.rehighlight()

    def recheck(self, word: str) -> None:
        """Mark again only the lines that hold `word` (it was added to the personal dictionary)."""
        lowered = word.lower()  # "gaslighting" is right at a sentence's start too
        for block in _blocks(self.document()):
            if lowered in block.text().lower():
                self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:
        self.mark_spelling(text)

    def mark_spelling(self, text: str, formatted: Sequence[tuple[int, int]] = ()) -> None:
        """Underline the misspelt words of the block; `formatted` are the (start, length) ranges the
        block's own highlighting already formatted (the Markdown highlighter's), whose looks a word
        keeps under its underline. A word outside them takes the underline in one call: asking each
        character's format costs a keystroke milliseconds in a long paragraph."""
        speller = self.speller
        if speller is None:
            return
        previous = self.previousBlockState()
        in_fence = previous == _IN_FENCE
        if text.lstrip().startswith(("```", "~~~")):
            self.setCurrentBlockState(0 if in_fence else _IN_FENCE)
            return
        self.setCurrentBlockState(_IN_FENCE if in_fence else 0)
        if in_fence:
            return
        spans = misspelled_spans(text, speller)
        if spans:
            underline_color = QColor(current_palette().danger)
            plain = QTextCharFormat()
            plain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            plain.setUnderlineColor(underline_color)
            for start, length in spans:
                if any(at < start + length and start < at + size for at, size in formatted):
                    self._underline(start, length, underline_color)
                else:
                    self.setFormat(start, length, plain)

    def _underline(self, start: int, length: int, color: QColor) -> None:
        """Add the underline to each run of the word's own formats (bold, a heading ...)."""
        run_start = start
        run_format = self.format(start)
        for position in range(start + 1, start + length + 1):
            current = self.format(position) if position < start + length else None
            if current is not None and current == run_format:
                continue
            marked = QTextCharFormat(run_format)
            marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            marked.setUnderlineColor(color)
            self.setFormat(run_start, position - run_start, marked)
            if current is not None:
                run_start, run_format = position, current


def attach_spelling(editor: MultiLineEditor) -> SpellHighlighter:
    """The editor's spelling highlighter: the one its document has (the Markdown editor's), else a
    new one for it."""
    document = editor.document()
    for child in document.children():
        if isinstance(child, SpellHighlighter):
            return child
    return SpellHighlighter(document)


def misspelled_word_at(editor: MultiLineEditor, position: int) -> tuple[int, str] | None:
    """(position in the document, word) of the misspelled word at `position`, if there is one."""
    highlighter = attach_spelling(editor)
    speller = highlighter.speller
    if speller is None:
        return None
    block = editor.document().findBlock(position)
    if not block.isValid() or block.userState() == _IN_FENCE:
        return None
    offset = position - block.position()
    for start, word in checkable_words(block.text()):
        if start <= offset <= start + len(word):
            return (block.position() + start, word) if speller.is_misspelled(word) else None
    return None


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()
