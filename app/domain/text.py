"""Small facts about a piece of writing that several screens show."""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w'’-]*\w[\w'’-]*", re.UNICODE)  # a lone dash or quote is not a word
_MARKUP = re.compile(r"^\s{0,3}(#{1,6}(?:\s+|$)|[-*+](?:\s+|$)|\d+[.)](?:\s+|$)|>\s?)")
_INLINE = re.compile(r"(\*\*|__|\*|`|~~)(?=\S)(.+?)(?<=\S)\1")
_WORDS_PER_MINUTE = 140  # an unhurried speaking pace


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def first_line(text: str, limit: int = 120) -> str:
    """The first non-empty line with leading Markdown markers removed, for lists and titles."""
    for raw in text.splitlines():
        line = _INLINE.sub(r"\2", _MARKUP.sub("", raw)).strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def speaking_seconds(text: str, words_per_minute: int = _WORDS_PER_MINUTE) -> int:
    """About how long the text takes to say aloud at the given pace, in whole seconds."""
    if words_per_minute <= 0:
        raise ValueError("words_per_minute must be positive")
    return round(word_count(text) * 60 / words_per_minute)
