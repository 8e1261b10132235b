"""Light Markdown highlighting: enough to see structure, never loud."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextDocument

from app.ui.widgets.theme import current_palette
from app.ui.writing.spelling import SpellHighlighter


def _format(
    color: str | None = None, bold: bool = False, italic: bool = False, mono: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if mono:
        fmt.setFontFamilies(["monospace"])
    return fmt


class MarkdownHighlighter(SpellHighlighter):  # the document's one highlighter: spelling too
    _RULES = (
        ("heading", re.compile(r"^\s{0,3}#{1,6}\s.*$")),
        ("quote", re.compile(r"^\s{0,3}>.*$")),
        ("marker", re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")),
        ("bold", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
        ("italic", re.compile(r"(?<![*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![*_])")),
        ("code", re.compile(r"`[^`\n]+`")),
        ("link", re.compile(r"\[[^\]\n]+\]\([^)\n]+\)")),
    )

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._build_formats()

    def _build_formats(self) -> None:
        palette = self._palette = current_palette()
        self._formats = {
            "heading": _format(palette.accent_text, bold=True),
            "quote": _format(palette.muted, italic=True),
            "marker": _format(palette.accent, bold=True),
            "bold": _format(bold=True),
            "italic": _format(italic=True),
            "code": _format(palette.text_soft, mono=True),
            "link": _format(palette.accent_text),
        }

    def highlightBlock(self, text: str) -> None:
        if self._palette is not current_palette():  # the system switched light/dark
            self._build_formats()
        formatted: list[tuple[int, int]] = []
        for name, pattern in self._RULES:
            fmt = self._formats[name]
            for match in pattern.finditer(text):
                formatted.append((match.start(), match.end() - match.start()))
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        self.mark_spelling(text, formatted)  # on top of the Markdown formats
