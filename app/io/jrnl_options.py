"""How a jrnl journal was written: its time format (jrnl's `timeformat`) and its tag symbols (`tagsymbols`).

jrnl writes each entry's date with strftime and its `timeformat`, and reads it back with strptime,
falling back to a loose reading of whatever is between the brackets. Its tags are words after
any of its `tagsymbols`. A journal written with `%d.%m.%Y %H:%M` or with `@` alone as the tag
symbol is read exactly only with the same settings: these are they, checked before anything is
read, so a format that could never read a date back is refused with the reason, not after a
100,000-entry file has been searched for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from app.store.errors import InvalidImport

DEFAULT_TAG_SYMBOLS = "#@"
MAX_FORMAT_CHARS = 100
MAX_TAG_SYMBOLS = 16
# glibc's shorthands: strftime writes them, Python's strptime does not read them. jrnl's own
# default, "%F %r", is two of them (jrnl then falls back to its loose reading).
_SHORTHANDS = {
    "F": "%Y-%m-%d", "T": "%H:%M:%S", "R": "%H:%M", "r": "%I:%M:%S %p", "D": "%m/%d/%y", "h": "%b",
    "e": "%d",
}  # fmt: skip
# What each directive can look like, for a header written without brackets.
_PIECES = {
    "Y": r"\d{4}", "y": r"\d{2}", "m": r"\d{1,2}", "d": r" ?\d{1,2}", "H": r"\d{1,2}", "I": r"\d{1,2}",
    "M": r"\d{1,2}", "S": r"\d{1,2}", "p": r"[AaPp][Mm]", "j": r"\d{1,3}", "f": r"\d{1,6}",
    "b": r"[^\W\d_]{3,}\.?", "B": r"[^\W\d_]{3,}", "a": r"[^\W\d_]{2,}\.?", "A": r"[^\W\d_]{3,}",
    "%": "%",
}  # fmt: skip
_DIRECTIVE = re.compile(r"%(.)", re.DOTALL)
# Day 9 of month 6: a format that drops or swaps the day and the month shows it when read back.
_SAMPLE = datetime(2013, 6, 9, 15, 39, 27)


@dataclass(frozen=True, slots=True)
class JrnlOptions:
    """jrnl's `timeformat` (None: the spellings jrnl writes unless told otherwise) and `tagsymbols`."""

    time_format: str | None = None
    tag_symbols: str = DEFAULT_TAG_SYMBOLS

    @property
    def readable_format(self) -> str | None:
        """The time format as strptime reads it (glibc's shorthands spelt out)."""
        return None if self.time_format is None else spelt_out(self.time_format)

    def describe(self) -> str:
        """'time format %d.%m.%Y %H:%M, tags start with @'."""
        symbols = " or ".join(self.tag_symbols)
        tags = f"tags start with {symbols}"
        return tags if self.time_format is None else f"time format {self.time_format}, {tags}"


DEFAULT_OPTIONS = JrnlOptions()


def jrnl_options(time_format: str | None = None, tag_symbols: str | None = None) -> JrnlOptions:
    """Options checked: InvalidImport says in one sentence what is wrong with either."""
    problem = (time_format_problem(time_format) if time_format is not None else None) or (
        tag_symbols_problem(tag_symbols) if tag_symbols is not None else None
    )
    if problem:
        raise InvalidImport(problem)
    symbols = DEFAULT_TAG_SYMBOLS if tag_symbols is None else "".join(dict.fromkeys(tag_symbols))
    return JrnlOptions(time_format, symbols)


def time_format_problem(time_format: str) -> str | None:
    """Why dates written with `time_format` could not be read back exactly, or None if they can."""
    shown = time_format.strip()
    if not shown:
        return "The time format is empty: give jrnl's timeformat, such as %Y-%m-%d %H:%M."
    if len(time_format) > MAX_FORMAT_CHARS:
        return f"The time format is longer than {MAX_FORMAT_CHARS} characters: it is not jrnl's timeformat."
    if "]" in time_format or "\n" in time_format or "\r" in time_format:
        return f"The time format {shown} holds a ] or a line break; jrnl's dates sit on one line in [ ]."
    readable = spelt_out(time_format)
    try:
        read = datetime.strptime(_SAMPLE.strftime(readable), readable)
    except (ValueError, re.error) as error:  # re.error: a directive given twice
        return f"Trustbridge can't read dates in the time format {shown} ({error})."
    for lost, part, directive in (
        (read.year != _SAMPLE.year, "year", "%Y"),
        (read.month != _SAMPLE.month, "month", "%m"),
        (read.day != _SAMPLE.day, "day", "%d"),
    ):
        if lost:
            return f"The time format {shown} has no {part} ({directive}), so it can't date an entry."
    return None


def tag_symbols_problem(symbols: str) -> str | None:
    """Why `symbols` can't be the characters a tag starts with, or None if they can."""
    if not symbols.strip():
        return "Tag symbols can't be empty: give the characters a tag starts with, such as #@."
    if any(char.isspace() or not char.isprintable() for char in symbols):
        return "Tag symbols can't be spaces or line breaks: give the characters a tag starts with, like #@."
    wordy = next((char for char in symbols if char.isalnum() or char == "_"), None)
    if wordy is not None:
        return f"Tag symbols can't be letters, digits or _ ({wordy}): a tag is a symbol, then a word: @work."
    if len(set(symbols)) > MAX_TAG_SYMBOLS:
        return f"Give at most {MAX_TAG_SYMBOLS} tag symbols."
    return None


def spelt_out(time_format: str) -> str:
    """`time_format` with glibc's shorthands (%F, %T, %R, %r, %D, %h, %e) written in full."""
    return _DIRECTIVE.sub(lambda match: _SHORTHANDS.get(match.group(1), match.group(0)), time_format)


@lru_cache(maxsize=16)
def bare_header(readable_format: str) -> re.Pattern[str]:
    """A line starting with a date in `readable_format` (no brackets), the date as group 1."""
    pieces: list[str] = []
    position = 0
    for match in _DIRECTIVE.finditer(readable_format):
        pieces.append(re.escape(readable_format[position : match.start()]))
        pieces.append(_PIECES.get(match.group(1), r".+?"))
        position = match.end()
    pieces.append(re.escape(readable_format[position:]))
    return re.compile(rf"^({''.join(pieces)})(?: |$)", re.MULTILINE)


@lru_cache(maxsize=16)
def tag_pattern(symbols: str) -> re.Pattern[str]:
    """jrnl's tag, (?<!\\S)([SYMBOLS][-+*#/\\w]+), with the symbol first (found about twice as fast:
    the engine only stops at a symbol), and one rule more: a tag holds at least one letter or
    digit after its symbol, so a Markdown heading's "##" is never a tag."""
    chars = "".join(re.escape(char) for char in symbols)
    return re.compile(rf"[{chars}](?<!\S[{chars}])(?=[-+*#/\w]*[^\W_])[-+*#/\w]+")
