"""One search, whoever runs the SQL: the statement for what was typed, and its rows as hits.

Shared by the app's SQLAlchemy service (`app/store/search.py`) and the command line's quick
read path (`app/store/search_read.py`); it imports neither SQLAlchemy nor a driver: `run` is
how the caller executes a `Statement` and returns its rows, in `COLUMNS` order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from app.domain.records import EntryKind
from app.domain.search import (
    MAX_SNIPPET_CHARS,
    MAX_TITLE_CHARS,
    RANK_ALL,
    RANK_WINDOW,
    SearchFilters,
    SearchHit,
    SearchOrder,
    SourceKind,
    capped,
    effective_order,
    fts_query,
    fts_words,
)
from app.domain.stages import Stage
from app.store.search_sql import (
    ANY,
    COLUMNS,
    FEW,
    FLOOR_REACH,
    Statement,
    Variant,
    count_statement,
    held_window,
    pick,
    search_statement,
    window_statement,
)
from app.store.search_terms import (
    VOCABULARY_SQL,
    replaced,
    spelled_out,
    terms_params,
    terms_sql,
    typed_prefix,
)

log = logging.getLogger(__name__)

Run = Callable[[Statement], Sequence[Sequence[Any]]]


def search_with(
    run: Run, text: str, filters: SearchFilters = ANY, order: SearchOrder = SearchOrder.RANKED,
    limit: int = 50, window: int = RANK_WINDOW, rank_all: int = RANK_ALL,
) -> list[SearchHit]:
    """What matches `text`, best or newest first (newest for a short search): the count of each
    index's matches (up to a cap) picks how each arm finds its page, then the search.

    Many entries matching are read only from a floor up: newest first from the lowest id among
    the newest entries (`Variant.FLOORED`, the count finds it), ranked from the newest matches by
    rowid (`Variant.FLOOR_RANKED`, the window read first by `window_statement`). The page is kept
    only when nothing below the floor can belong on it; else the arm reads every match, as a full
    search does. A word still being typed is first spelled out as the words that start with it.
    """
    match = fts_query(text)
    if match is None or limit <= 0:
        return []
    order = effective_order(text, order)
    spelled = _spell_out(run, match, fts_words(text), order)
    if spelled is None:  # a word being typed that no word in the journal starts with
        return []
    match, words, score_match = spelled
    if order is SearchOrder.NEWEST:  # the newest entries first: many matches fill a page from the floor
        prefix = match.endswith("*")  # counted only after the floor's page, if that falls short
        counted = count_statement(match, filters, rank_all, order, reach=FLOOR_REACH, entries=not prefix)
        entries, tools, floor, edge = run(counted)[0]
        tool_variant = pick(order, int(tools), rank_all, filters, tools=True)
        if entries is not None and int(entries) < FEW:  # few: sorted, no floor needed
            rows = _page(run, match, filters, order, limit, window, (Variant.SORTED, tool_variant))
            return [hit_from_row(row) for row in rows]
        variants = (Variant.FLOORED, tool_variant)
        rows = _page(run, match, filters, order, limit, window, variants, int(floor or 0))
        if edge is None or _newer_than(rows, limit, edge):
            return [hit_from_row(row) for row in rows]
        if entries is None:
            entries = run(count_statement(match, filters, rank_all, order, words))[0][0]
        variants = (pick(order, int(entries), rank_all, filters), tool_variant)
        rows = _page(run, match, filters, order, limit, window, variants)
        return [hit_from_row(row) for row in rows]
    entries, tools = run(count_statement(match, filters, rank_all, order, words))[0]
    entry_variant = pick(order, int(entries), rank_all, filters)
    tool_variant = pick(order, int(tools), rank_all, filters, tools=True)
    if entry_variant is Variant.WINDOWED:  # the newest matches by rowid, checked to be the window
        held = run(window_statement(match, filters, window))[0]
        if held_window(held, window):
            ids, floor = str(held[0]), int(held[4])
            variants = (Variant.FLOOR_RANKED, tool_variant)
            statement = search_statement(match, filters, order, limit, window, variants, floor, ids,
                                         score_match)
            return [hit_from_row(row) for row in run(statement)]
    rows = _page(run, match, filters, order, limit, window, (entry_variant, tool_variant), 0, score_match)
    return [hit_from_row(row) for row in rows]


def _spell_out(
    run: Run, match: str, words: list[str], order: SearchOrder,
) -> tuple[str, list[str], str | None] | None:
    """The match, its counted words and what bm25 scores (None: the match itself), with a word
    being typed spelled out as the words of the indexes that start with it (`search_terms`); None
    when none do, so nothing can match."""
    typed = typed_prefix(match)
    if typed is None:
        return match, words, None
    for made in VOCABULARY_SQL:
        run(Statement(made, {}, rows=False))
    terms = [str(row[0]) for row in run(Statement(terms_sql(), terms_params(typed)))]
    if not terms:
        return None
    spelled = spelled_out(typed, terms)
    if spelled is None:
        return match, words, None
    several = order is SearchOrder.RANKED and len(terms) > 1  # bm25 scores the prefix as typed
    return (replaced(match, typed, spelled), [replaced(word, typed, spelled) for word in words],
            match if several else None)


def _page(
    run: Run, match: str, filters: SearchFilters, order: SearchOrder, limit: int, window: int,
    variants: tuple[Variant, Variant], floor: int = 0, score_match: str | None = None,
) -> Sequence[Sequence[Any]]:
    return run(search_statement(match, filters, order, limit, window, variants, floor, "[]", score_match))


def _newer_than(rows: Sequence[Sequence[Any]], limit: int, edge: object) -> bool:
    """Whether a newest-first page read from the floor up is the page of every match: it is when
    it is full and all of it is newer than the floor's edge (every entry below the floor is at most
    as new as the edge, so none of them can enter)."""
    return len(rows) >= limit and str(rows[-1][COLUMNS.index("sort_at")]) > str(edge)


def hit_from_row(row: Sequence[Any]) -> SearchHit:
    """A row of the search statement (`COLUMNS`) as a hit."""
    source_name, uuid, field, title, snippet, at, entry_id, kind, stage = row[:9]
    source = SourceKind(source_name)
    entry = source is SourceKind.ENTRY
    return SearchHit(
        source=source,
        uuid=uuid,
        field=field or "",
        title=capped(title or "", MAX_TITLE_CHARS),
        snippet=capped(snippet or "", MAX_SNIPPET_CHARS),
        when=_when(at),
        entry_id=entry_id if entry else None,
        kind=EntryKind(kind) if entry else None,
        stage=Stage(stage) if entry and stage else None,
    )


def _when(stored: object) -> datetime | date:
    """A stored datetime (naive UTC text) as an aware datetime, a stored date as a date."""
    if isinstance(stored, str):
        try:
            if len(stored) == 10:
                return date.fromisoformat(stored)
            return datetime.fromisoformat(stored).replace(tzinfo=UTC)
        except ValueError:
            log.warning("a search hit has a date that can't be read: %r", stored[:40])
    return date.min
