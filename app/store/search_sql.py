"""The search statement as plain SQL text with named parameters, written once for two readers.

The app runs it through SQLAlchemy (`app/store/search.py`); the command line's quick read path
runs the very same text through the standard `sqlite3` module, or SQLCipher's (see
`app/store/search_read.py`), without importing SQLAlchemy. So nothing here imports SQLAlchemy or
the models: every parameter is a plain value (text, a whole number), datetimes already as the
text `UTCDateTime` stores, and a list is spelled out as one named parameter per item.

Two statements per search as a rule: a count, then the search (a third for the ranked window,
or when a page read from a floor turns out not to be the whole answer; before them, a word still
being typed is spelled out as the words that start with it, `app/store/search_terms.py`).
Two FTS5 indexes answer it: `entries_fts` over entry titles and bodies, and `entries_fts_tools`
over the tools' text fields (revision 0007, kept by triggers). Each arm takes its own best (or
newest) `limit` hits and UNION ALL merges them into one list: by bm25, which both indexes compute
with the same tokenizer and weights, or newest first.

What "best match" means, so that every keystroke stays cheap at 100,000 entries (see
`app.domain.search.effective_order` and `ORDER_NOTE`): a search of one or two letters, or whose
last word is still being typed and has three letters or fewer, shows the newest matches first.
Otherwise each arm ranks by bm25, over all its matches when some word of it is in at most
`rank_all` places (exactly as a full ranking would), else over its newest `window` matches, so a
common word never makes FTS5 score tens of thousands of rows.

How an arm finds its page depends on how many rows match, counted first up to a cap
(`count_statement`: FTS5 hands over rowids and stops at the cap; ranked, each word is counted on
its own, and a word being typed by the word itself first, so its prefix is expanded only when
needed). Newest first, a few matches (under `FEW`) are simply sorted; many are read from a floor,
the lowest id among the newest `FLOOR_REACH` entries (`Variant.FLOORED`), and the page is kept
when it is full and newer than everything below the floor; else the date index is walked down,
keeping the rows in the set of matches, so the walk stops after the page (`Variant.WALKED`).
Ranked, the whole match set is handed over by FTS5 in bm25 order (`Variant.RANKED`), or, for the window,
`window_statement` first reads the highest matching rowids once (rowids follow insertion, so the
newest entries sit at the top; a margin covers a few added out of date order), keeps their newest
`window` as the window, and says whether they are the newest `window` of all matches
(`held_window`): nothing below the lowest of those rowids may be newer than the oldest of them. If
so, the search statement scores only those rows (`Variant.FLOOR_RANKED`); if not (an old journal
imported after newer entries were written), the window comes off the date index instead
(`Variant.WINDOWED`). Snippets are cut only for the page, in a pass that starts at its lowest rowid
(`app/store/search_arms.py`).

Filters: the days apply to both (a tool's words by their record's day); a stage keeps that
stage's tools too; kinds of entry, tags and moods are things only entries have, so with any of
them set the tools are left out. The person's words, tags and dates only ever travel as
parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    RANK_ALL,
    RANK_WINDOW,
    SearchFilters,
    SearchOrder,
)
from app.store.search_arms import (
    COLUMNS,
    ENTRY_WALK,
    TOOLS_FTS,
    Variant,
    entry_arm,
    filter_tag,
    tool_arm,
)

__all__ = ["COLUMNS", "Variant"]  # also read from here by the search's callers

SQLITE_MAX_INT = 2**63 - 1  # `--limit` takes any whole number; SQLite's LIMIT takes 64 bits
ANY = SearchFilters()  # no narrowing: the default for every search
# Newest first, an arm with fewer matches than this sorts them; with more it walks its date index.
FEW = 1000
# Newest first with many matches, the page is read from the lowest id among this many newest
# entries up (`Variant.FLOORED`); a page that reaches older than them is read in full instead.
FLOOR_REACH = 1000
# Newest first, the tools' arm sorts fewer matches than this, else walks its date index (measured
# at 100k entries, 14,000 tool rows: 160 matches sorted 0.8 ms, walked 1.6; 1,000 about even; 2,700
# sorted 2.3, walked 1.3; 14,000 sorted 6.5, walked 4.6).
TOOLS_FEW = 1000
# How SQLite words its refusal of a MATCH expression; any other failure is a real storage fault.
FTS_REFUSALS = ("fts5", "match", "no such column", "unterminated string")


@dataclass(frozen=True, slots=True)
class Statement:
    """SQL text with named parameters (`:name`), and their values: plain text and numbers only."""

    sql: str
    params: dict[str, object]
    rows: bool = True  # False for a statement that returns none (a temporary table made)


def count_statement(
    match: str, filters: SearchFilters = ANY, rank_all: int = RANK_ALL,
    order: SearchOrder = SearchOrder.NEWEST, words: Sequence[str] = (), reach: int | None = None,
    entries: bool = True,
) -> Statement:
    """How many rows of each index match, each counted up to a cap: what picks each arm's variant.

    Cheap whatever the word: FTS5 hands over rowids without reading positions, and stops at the cap.
    Given `words` (`fts_words`), the entries are counted by the word fewest entries hold: a bound
    on the matches that never reads positions (a phrase's) nor intersects long lists (AND).
    Given `reach`, two more columns say where newest first reads from: the lowest id among the
    newest `reach` live entries, and when the `reach`-th newest was written (both NULL with fewer):
    one pass down the date index. Without `entries` they are not counted (NULL): a word being typed
    is a prefix that FTS5 expands by merging every longer word's list, which costs as much as
    reading the newest page from the floor.
    """
    newest = order is SearchOrder.NEWEST
    params: dict[str, object] = {"match": match, "cap": FEW if newest else rank_all + 1,
                                 "tools_cap": TOOLS_FEW if newest else rank_all + 1}
    tools = "0" if tool_arm(filters, {}) is None else _counted(TOOLS_FTS, cap="tools_cap")
    counted = _counted("entries_fts") if entries else "NULL"
    if words and entries:
        counts = [_counted("entries_fts", f"word_{index}") for index in range(len(words))]
        params.update({f"word_{index}": word for index, word in enumerate(words)})
        if words[-1].endswith("*"):  # a word being typed: a prefix matches at least what the word
            # itself matches, so when the word alone reaches the cap its expansion (a merge of every
            # longer word's list, the costly part) is never read
            last = len(words) - 1
            params["word_exact"] = words[-1].removesuffix("*")
            exact = _counted("entries_fts", "word_exact")
            counts[last] = f"(CASE WHEN {exact} >= :cap THEN :cap ELSE {counts[last]} END)"
        counted = counts[0] if len(counts) == 1 else f"min({', '.join(counts)})"
    if reach is None:
        return Statement(f"SELECT {counted}, {tools}", params)
    params["reach"] = max(reach, 1)
    floor = (f"SELECT id FROM entries INDEXED BY {ENTRY_WALK} WHERE entries.deleted_at IS NULL "
             "ORDER BY created_at DESC, id DESC LIMIT :reach")
    edge = (f"SELECT created_at FROM entries INDEXED BY {ENTRY_WALK} WHERE entries.deleted_at IS NULL "
            "ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET :reach - 1")
    return Statement(f"SELECT {counted}, {tools}, (SELECT min(id) FROM ({floor})), ({edge})", params)


def pick(
    order: SearchOrder, matches: int, rank_all: int = RANK_ALL, filters: SearchFilters = ANY, *,
    tools: bool = False,
) -> Variant:
    """The variant an arm with this many matches (as `count_statement` counted them) takes.

    Newest first, few matches are sorted and more walk the date index: for the tools' arm, fewer
    than `TOOLS_FEW` (measured apart from the entries' `FEW`, though both are 1,000 now).
    A mood or tag filter is read row by row, so with one the ranking is never windowed: every
    match is ranked, in FTS5's order, until `limit` pass.
    """
    if order is SearchOrder.NEWEST and tools:
        return Variant.SORTED if matches < TOOLS_FEW else Variant.WALKED
    if order is SearchOrder.NEWEST:
        return Variant.SORTED if matches < FEW else Variant.WALKED
    if filters.moods or filter_tag(filters) is not None:
        return Variant.RANKED
    return Variant.RANKED if matches <= rank_all else Variant.WINDOWED


def search_statement(
    match: str, filters: SearchFilters = ANY, order: SearchOrder = SearchOrder.RANKED, limit: int = 50,
    window: int = RANK_WINDOW, variants: tuple[Variant, Variant] | tuple[Variant] | None = None,
    floor: int = 0, window_ids: str = "[]", score_match: str | None = None,
) -> Statement:
    """The search statement for an expression from `fts_query`, ordered as `order` says.

    `order` is taken as given: `effective_order` decides first what a short search shows.
    `variants` says how the entries' arm and the tools' arm find their pages (from `pick`; one
    for both when given once); by default the variant for many matches. With the entries' arm
    `FLOOR_RANKED`, `window_ids` (a JSON list) and `floor` are the window `window_statement` read.
    bm25 scores `score_match` (by default `match`): the same matches, the words as typed.
    """
    window = min(max(window, 1), SQLITE_MAX_INT - 1)
    params: dict[str, object] = {
        "match": match, "limit": min(max(limit, 0), SQLITE_MAX_INT), "window": window,
        "mark_start": HIGHLIGHT_START, "mark_end": HIGHLIGHT_END, "ellipsis": "…", "floor": floor,
        "score_match": score_match or match,
    }
    many = Variant.WALKED if order is SearchOrder.NEWEST else Variant.RANKED
    chosen = variants or (many,)
    entries_variant, tools_variant = chosen[0], chosen[-1]
    if entries_variant is Variant.FLOOR_RANKED:
        params["window_ids"] = window_ids
    entries = entry_arm(filters, params).variant(entries_variant)
    tools = tool_arm(filters, params)
    if tools is None:
        arms = entries
    else:
        arms = f"SELECT * FROM ({entries}) UNION ALL SELECT * FROM ({tools.variant(tools_variant)})"
    names = ", ".join(COLUMNS)
    if order is SearchOrder.NEWEST:
        ordering = "sort_at DESC, entry_id DESC, source, uuid, field"
    else:
        ordering = "score, sort_at DESC, entry_id DESC, source, uuid, field"
    return Statement(f"SELECT {names} FROM ({arms}) ORDER BY {ordering} LIMIT :limit", params)


def window_statement(match: str, filters: SearchFilters = ANY, window: int = RANK_WINDOW) -> Statement:
    """The window a ranked search with many matches scores (`Variant.FLOOR_RANKED`), read once
    from the highest matching rowids, and whether it is the newest `window` matches of all.

    The highest `:scan` matching rowids (`top`: one MATCH scan that stops there) hold, filters
    kept, their newest `:window` (`recent`). One row: those ids as a JSON list (the search
    statement's `:window_ids`), how many they are, when the oldest of them was written, when the
    newest live entry below `top` was (NULL if none), and their lowest id (the `:floor` to score
    from). Its own statement: with the window's MATCH scan in the same statement as FTS5's bm25,
    SQLCipher's SQLite (3.53) scored twice as slowly (measured: 46 against 18 ms).
    """
    window = min(max(window, 1), SQLITE_MAX_INT - 1)
    params: dict[str, object] = {"match": match, "window": window,
                                 "scan": window + window // 16 + 1}  # a margin for entries added a
    # little out of date order
    entry = entry_arm(filters, params)
    top = ("SELECT rowid AS id FROM entries_fts WHERE entries_fts MATCH :match "
           "ORDER BY rowid DESC LIMIT :scan")
    recent = ("SELECT entries.created_at AS at, entries.id AS id FROM top CROSS JOIN entries "
              f"ON entries.id = top.id WHERE {entry.where} "
              "ORDER BY entries.created_at DESC, entries.id DESC LIMIT :window")
    below = (f"SELECT created_at FROM entries INDEXED BY {ENTRY_WALK} WHERE entries.deleted_at IS NULL "
             "AND entries.id < (SELECT min(id) FROM top) ORDER BY created_at DESC, id DESC LIMIT 1")
    return Statement(f"WITH top AS MATERIALIZED ({top}), recent AS MATERIALIZED ({recent}) "
                     "SELECT (SELECT json_group_array(id) FROM recent), (SELECT count(*) FROM recent), "
                     f"(SELECT min(at) FROM recent), ({below}), (SELECT min(id) FROM recent)", params)


def held_window(row: Sequence[object], window: int) -> bool:
    """Whether `window_statement`'s window is the newest `window` matches of all: it is when the
    matches above the floor hold that many and the oldest of them is newer than every live entry
    below the floor (or nothing is below it)."""
    held, oldest_at, below = row[1:4]
    if not held:
        return False
    return below is None or (int(str(held)) >= window and str(oldest_at) > str(below))


def _counted(table: str, match: str = "match", cap: str = "cap") -> str:
    """How many rows of `table` match, counted up to the cap: a pass over the matches only as far
    as `pick` needs to look."""
    return f"(SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH :{match} LIMIT :{cap}))"


def is_refusal(message: str) -> bool:
    """Whether a driver's error message is FTS5 refusing the MATCH expression (not a storage fault)."""
    reason = message.lower()
    return any(sign in reason for sign in FTS_REFUSALS)
