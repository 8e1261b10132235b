"""Fuzzy matching for the command palette: "exp json" finds "Export JSON".

Each word of the query must appear in the text as a subsequence (its letters in order, not
necessarily side by side), in any order of words. The best way to place a word's letters is
found by dynamic programming and scored: letters at the start of a word count most, letters
right after the previous one next, and each gap between matched letters costs a little (more
for a longer gap). Case and accents are ignored ("uber" finds "Über"). No Qt here; the palette
(app/ui/shell) asks it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

LETTER = 1  # every matched letter
WORD_START = 8  # a letter that starts a word ("E" of "Export", "J" of "JSON")
TEXT_START = 4  # more still for the very first letter of the text
CONSECUTIVE = 6  # a letter right after the one matched before it
GAP = 1  # each letter skipped between two matched letters of one query word
JUMP = 3  # and once for each such gap, however short
LONGEST_TEXT = 200  # only the beginning of a long text is searched (an entry's first line)
_INSIDE_WORDS = "'’"  # "what's" is one word


@dataclass(frozen=True, slots=True)
class Match:
    """How well a query fits a text, and which of its letters matched (for highlighting)."""

    score: int
    positions: tuple[int, ...]


def fold(text: str) -> str:
    """The text as it is compared: lower case, accents dropped, one character for each character
    (so positions in the folded text are positions in the text)."""
    return "".join(_fold_char(char) for char in text)


def _fold_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    folded = bare.casefold() if bare else char.casefold()
    return folded[0] if folded else char


def word_starts(text: str) -> list[bool]:
    """For each character: does a word start here? (a letter or digit after a space or
    punctuation other than an apostrophe inside a word, a capital after a lower-case letter, a
    digit after a letter and the other way round)"""
    starts = []
    previous = ""
    in_word = False
    for char in text:
        if char.isalnum():
            starts.append(not in_word or (char.isupper() and previous.islower())
                          or (char.isdigit() != previous.isdigit()))
            in_word = True
        else:
            starts.append(False)
            in_word = in_word and char in _INSIDE_WORDS
        previous = char
    return starts


def match(query: str, text: str) -> Match | None:
    """How `query` fits `text`, or None if some word of it is not in the text.

    An empty query fits everything with score 0.
    """
    words = fold(query).split()
    text = text[:LONGEST_TEXT]
    folded = fold(text)
    starts = word_starts(text)
    score = 0
    positions: set[int] = set()
    for word in words:
        found = _match_word(word, folded, starts)
        if found is None:
            return None
        score += found.score
        positions.update(found.positions)
    return Match(score, tuple(sorted(positions)))


def _is_subsequence(word: str, text: str) -> bool:
    letters = iter(text)
    return all(char in letters for char in word)


def _match_word(word: str, text: str, starts: list[bool]) -> Match | None:
    """The best placement of one query word's letters in the (folded) text."""
    if not _is_subsequence(word, text):
        return None
    n = len(text)
    unreachable = -(10**9)

    def letter_score(j: int) -> int:
        return LETTER + (WORD_START if starts[j] else 0) + (TEXT_START if j == 0 else 0)

    # best[j]: the best score with the current letter of `word` at text[j]; came_from[i][j]:
    # where the letter before it was then (-1 for the word's first letter).
    best = [letter_score(j) if text[j] == word[0] else unreachable for j in range(n)]
    came_from: list[list[int]] = [[-1] * n]
    for letter in word[1:]:
        row = [unreachable] * n
        back = [-1] * n
        # The best earlier placement k <= j - 2, counted as best[k] + GAP * k, so that the cost
        # of the letters skipped (GAP * (j - k - 1)) comes off in one subtraction.
        far_value, far_at = unreachable, -1
        for j in range(1, n):
            if j >= 2 and best[j - 2] > unreachable and best[j - 2] + GAP * (j - 2) > far_value:
                far_value, far_at = best[j - 2] + GAP * (j - 2), j - 2
            if text[j] != letter:
                continue
            candidates = []
            if best[j - 1] > unreachable:
                candidates.append((best[j - 1] + CONSECUTIVE, j - 1))
            if far_at >= 0:
                candidates.append((far_value - GAP * (j - 1) - JUMP, far_at))
            if candidates:
                value, at = max(candidates)
                row[j] = value + letter_score(j)
                back[j] = at
        best = row
        came_from.append(back)
    top = max(range(n), key=lambda j: best[j])
    if best[top] <= unreachable:
        return None
    positions = [top]
    for back in reversed(came_from[1:]):
        positions.append(back[positions[-1]])
    return Match(best[top], tuple(reversed(positions)))


def rank(query: str, items: Sequence[T], text_of: Callable[[T], str]) -> list[tuple[T, Match]]:
    """The items whose text fits the query, best first; equal scores keep the shorter text first,
    then the order given (so an empty query lists everything as given)."""
    if not query.split():
        return [(item, Match(0, ())) for item in items]
    found = []
    for index, item in enumerate(items):
        text = text_of(item)
        fit = match(query, text)
        if fit is not None:
            found.append((-fit.score, len(text), index, item, fit))
    found.sort(key=lambda row: row[:3])
    return [(item, fit) for _score, _length, _index, item, fit in found]
