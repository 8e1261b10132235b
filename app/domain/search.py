"""Full-text search values, and turning what the person types into a safe FTS5 query.

Plain Python: the store runs the query, the UI and command line show the hits. The person's text
never reaches FTS5's own syntax: every word is quoted, so stray quotes, brackets and operator
words (AND, OR, NOT, NEAR) are searched for as words instead of failing as syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.records import EntryKind
from app.domain.stages import Stage

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

MAX_TERMS = 64  # a pasted page should still search, not build a query SQLite takes seconds over
# A snippet is a glimpse: FTS5 cuts it to a few words, but one "word" can be megabytes long (a
# pasted blob without spaces), and the title is whatever was imported. Both are held to this.
MAX_SNIPPET_CHARS = 300
MAX_TITLE_CHARS = 200
# The shortest word still being typed that matches as a prefix. The FTS table keeps ready-made
# lists for one-, two- and three-letter prefixes (migration 0004), so even the first keystroke
# answers within budget at 100,000 entries instead of expanding most of the vocabulary.
MIN_PREFIX = 1

# A word is a run of letters, digits and combining marks: what FTS5's unicode61 tokenizer keeps.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")


class SearchOrder(StrEnum):
    RANKED = "ranked"
    NEWEST = "newest"


MOODS = range(1, 6)  # the overall mood of a check-in: 1 (very low) .. 5 (very good)
# Named kinds of day for SearchFilters.moods, shared by the search page and the command line.
MOOD_GROUPS: dict[str, frozenset[int]] = {
    "low": frozenset({1, 2}),
    "middling": frozenset({3}),
    "good": frozenset({4, 5}),
}


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Narrowing a search; every empty field means 'any'. Days are local and inclusive.

    `moods` keeps entries written on a local calendar day whose *latest* mood check-in (the last
    by time that day, as `latest_mood_check` picks it) has one of these overall moods, 1 to 5.
    The latest rather than any check-in, so every day has exactly one mood and "low days" and
    "good days" never share an entry; a day without a check-in matches no mood. Values outside
    1 to 5 match nothing.
    """

    stages: frozenset[Stage] = frozenset()
    kinds: frozenset[EntryKind] = frozenset()
    tag: str | None = None
    since: date | None = None
    until: date | None = None
    moods: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class SearchHit:
    entry_id: int
    uuid: str
    kind: EntryKind
    stage: Stage | None
    title: str
    snippet: str  # plain text with HIGHLIGHT_START/END around the matched terms
    created_at: datetime  # aware UTC


@dataclass(frozen=True, slots=True)
class _Chunk:
    words: tuple[str, ...]
    phrase: bool  # typed inside closed quotes


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _chunks(text: str) -> list[_Chunk]:
    """Quoted phrases and bare words, in order; an unmatched quote is just a separator."""
    text = unicodedata.normalize("NFC", text)
    parts = text.split('"')
    closed = len(parts) if len(parts) % 2 == 1 else len(parts) - 1  # the last quote may be stray
    chunks: list[_Chunk] = []
    for index, part in enumerate(parts):
        inside = index % 2 == 1 and index < closed
        if inside:
            words = tuple(_words(part))
            if words:
                chunks.append(_Chunk(words, phrase=True))
            continue
        for piece in part.split():
            words = tuple(_words(piece))
            if words:
                chunks.append(_Chunk(words, phrase=False))
    return chunks[:MAX_TERMS]


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for what the person typed, or None if it holds no words.

    Words are quoted terms joined with AND; a word still being typed (the text ends inside it)
    matches as a prefix once it has MIN_PREFIX letters, so results follow the keyboard. "Quoted
    phrases" stay phrases, and a hyphenated or dotted word ("follow-up") is a phrase of its
    parts, as FTS5 indexes it.
    """
    chunks = _chunks(text)
    if not chunks:
        return None
    stripped = unicodedata.normalize("NFC", text)
    typing = bool(stripped) and _WORD.fullmatch(stripped[-1]) is not None
    terms = [f'"{" ".join(chunk.words)}"' for chunk in chunks]
    if typing and not chunks[-1].phrase and len(chunks[-1].words[-1]) >= MIN_PREFIX:
        terms[-1] += "*"
    return " AND ".join(terms)


def capped(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with "…" after; a highlight cut open is closed again."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if cut.count(HIGHLIGHT_START) > cut.count(HIGHLIGHT_END):
        cut += HIGHLIGHT_END
    return cut + "…"


def terms(text: str) -> list[str]:
    """The words to highlight in a full entry view, lower-cased, each once, in typed order."""
    seen: dict[str, None] = {}
    for chunk in _chunks(text):
        for word in chunk.words:
            seen.setdefault(word.casefold(), None)
    return list(seen)
