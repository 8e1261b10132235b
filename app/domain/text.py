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


# What a terminal acts on instead of showing: the C0 controls but tab and newline (escape
# sequences, carriage returns), DEL, the C1 controls, the bidi overrides and isolates that reorder
# what is shown, and lone surrogates (undecodable file names), which no encoding can print.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_TERMINAL_UNSAFE = re.compile(f"[{_UNSAFE}]")
_TERMINAL_UNSAFE_LINE = re.compile(f"[{_UNSAFE}\n\t]")


def terminal_safe(text: str, *, one_line: bool = False) -> str:
    """Text fit to print on a terminal: each character it would act on shown as an escape.

    An entry or a file name can hold ESC sequences that clear the screen or retitle the window;
    printed this way they read "\\x1b[2J" and do nothing. `one_line` escapes newlines and tabs
    too, for messages that must stay on a single line.
    """
    pattern = _TERMINAL_UNSAFE_LINE if one_line else _TERMINAL_UNSAFE
    return pattern.sub(_escaped, text)


def json_terminal_safe(json_text: str) -> str:
    """JSON text with the characters `terminal_safe` escapes written as JSON escapes (\\u001b).

    Only valid because such characters can only stand inside JSON strings; the data is unchanged.
    """
    return _TERMINAL_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def join_once(kept: str, added: str) -> str:
    """`added` after `kept` as a paragraph of its own, unless it is blank or already there as a
    whole paragraph: moving words in twice never writes them twice."""
    words = added.strip()
    if not words or f"\n\n{words}\n\n" in f"\n\n{kept.strip()}\n\n":
        return kept
    return f"{kept.rstrip()}\n\n{added}" if kept.strip() else added
