"""A word still being typed, spelled out as the words the journal holds that start with it.

FTS5 answers a prefix ('"wor"*') that has no ready-made list (three letters and more, revision
0009) by merging the list of every word that starts with it, in full, for each place the statement
reads the index: the count, the page, its snippets, bm25's count of the word. At 100,000 entries
that is 3 to 100 ms each time ("wor": 7 ms, "the": over 100). Those words are few ("wor": work,
worried, worry), so they are read once from FTS5's own vocabulary (`fts5vocab`, a temporary table
per connection, nothing stored) and the search runs on them instead:

- one word (most words being typed, once four or five letters are in: "manag" is "manager" alone):
  the very same matches, bm25 and snippets;
- several, as one OR group ('("work" OR "worried" OR "worry")'): the same matches, and snippets mark
  the same words; FTS5 reads each word's list only as far as it needs (from where the page starts).
  Ranked, bm25 would score each of them as a word of its own, so the score alone is still taken
  from the prefix as typed (`score_match`); everything else reads the group;
- when no word starts with it in either index, nothing can match: no search at all.

More than `MAX_TERMS` words, a word outside plain ASCII letters and digits (whose folding FTS5 does
its own way), or a phrase ending in a prefix keep the prefix as typed. Nothing is cached: the
vocabulary is read on every keystroke, so a word added a moment ago is found at once.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_TERMS = 64  # more words than this keep the prefix ("the": 41 words, spelled out in 17-55 ms, where
# FTS5 merged their lists in 110-140 ms for each statement reading them)
MIN_LETTERS = 3  # one and two letters have ready-made prefix lists (revision 0009)
# The vocabulary of each FTS5 index, as a temporary table of the connection (`fts5vocab`, 'row':
# one row per word). Made on first use; the command line's read-only connection makes them before
# it turns `query_only` on.
VOCABULARIES = (("entries_fts_words", "entries_fts"), ("entries_fts_tools_words", "entries_fts_tools"))
VOCABULARY_SQL = tuple(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name} "
                       f"USING fts5vocab(main, '{table}', 'row')" for name, table in VOCABULARIES)


@dataclass(frozen=True, slots=True)
class Typed:
    """The word being typed at the end of a match expression, as `fts_query` wrote it."""

    prefix: str  # lower-case ASCII letters and digits, as FTS5 folds them
    term: str  # '"wor"*'


def typed_prefix(match: str) -> Typed | None:
    """The last term of `match` when it is one plain word being typed with `MIN_LETTERS` or more."""
    term = match.rpartition(" AND ")[2]
    if not (term.startswith('"') and term.endswith('"*')):
        return None
    word = term[1:-2]
    if len(word) < MIN_LETTERS or not word.isascii() or not word.isalnum():
        return None
    return Typed(word.lower(), term)


def terms_sql() -> str:
    """The words of both indexes that start with `:low` (those from `:low` up to, not including,
    `:high`), at most `:cap` from each: each vocabulary stops reading there."""
    arms = " UNION ".join(f"SELECT term FROM (SELECT term FROM temp.{name} "
                          "WHERE term >= :low AND term < :high LIMIT :cap)" for name, _table in VOCABULARIES)
    return f"SELECT term FROM ({arms})"


def terms_params(typed: Typed) -> dict[str, object]:
    high = typed.prefix[:-1] + chr(ord(typed.prefix[-1]) + 1)  # the next word after every one with it
    return {"low": typed.prefix, "high": high, "cap": MAX_TERMS + 1}


def spelled_out(typed: Typed, terms: list[str]) -> str | None:
    """What stands for the typed prefix, given the words that start with it ([] never reaches
    here): the one word, or an OR group of them; None to keep the prefix (too many)."""
    if len(terms) > MAX_TERMS or not all(term.startswith(typed.prefix) for term in terms):
        return None
    quoted = ['"' + term.replace('"', '""') + '"' for term in sorted(set(terms))]
    return quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})"


def replaced(expression: str, typed: Typed, spelled: str) -> str:
    """`expression` (the match, or one counted word) with its last term spelled out."""
    head, _sep, last = expression.rpartition(" AND ")
    if last != typed.term:
        return expression
    return f"{head} AND {spelled}" if head else spelled
