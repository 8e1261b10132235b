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
    FLOOR_REACH,
    Statement,
    Variant,
    count_statement,
    floor_check,
    floor_statement,
    pick,
    search_statement,
)

log = logging.getLogger(__name__)

Run = Callable[[Statement], Sequence[Sequence[Any]]]


def search_with(
    run: Run, text: str, filters: SearchFilters = ANY, order: SearchOrder = SearchOrder.RANKED,
    limit: int = 50, window: int = RANK_WINDOW, rank_all: int = RANK_ALL,
) -> list[SearchHit]:
    """What matches `text`, best or newest first (newest for a short search): the count of each
    index's matches (up to a cap) picks how each arm finds its page, then the search.

    Many entries matching are read only from a floor up (`Variant.FLOORED`, `FLOOR_RANKED`): a
    cheap statement finds the floor, and the page is kept only when nothing below the floor can
    belong on it; else the arm reads every match, as a full search does.
    """
    match = fts_query(text)
    if match is None or limit <= 0:
        return []
    order = effective_order(text, order)
    if order is SearchOrder.NEWEST:  # the newest entries first: many matches fill a page from the floor
        tools = int(run(count_statement(match, filters, rank_all, order, entries=False))[0][1])
        tool_variant = pick(order, tools, rank_all, filters, tools=True)
        floor, edge, _matched = run(floor_statement(match, FLOOR_REACH))[0]
        variants = (Variant.FLOORED, tool_variant)
        rows = _page(run, match, filters, order, limit, window, variants, int(floor or 0))
        if edge is None or _newer_than(rows, limit, edge):
            return [hit_from_row(row) for row in rows]
    counted = count_statement(match, filters, rank_all, order, fts_words(text))
    entries, tools, newest_id, _tool_rows = run(counted)[0]
    entry_variant = pick(order, int(entries), rank_all, filters, newest_id=int(newest_id or 0), limit=limit)
    tool_variant = pick(order, int(tools), rank_all, filters, tools=True)
    if entry_variant is Variant.PROBED:  # the floor read the newest entries already: walk every match
        entry_variant = Variant.WALKED
    if entry_variant is Variant.WINDOWED:
        newest_floor, _edge, matched_floor = run(floor_statement(match, window, window))[0]
        floor = min(int(newest_floor or 0), int(matched_floor or 0))
        held, oldest_at, oldest_id, below = run(floor_check(match, filters, floor, window))[0]
        if held and (below is None or (int(held) >= window and str(oldest_at) > str(below))):
            variants, oldest = (Variant.FLOOR_RANKED, tool_variant), (str(oldest_at), int(oldest_id))
            rows = _page(run, match, filters, order, limit, window, variants, floor, oldest)
            return [hit_from_row(row) for row in rows]
    rows = _page(run, match, filters, order, limit, window, (entry_variant, tool_variant))
    return [hit_from_row(row) for row in rows]


def _page(
    run: Run, match: str, filters: SearchFilters, order: SearchOrder, limit: int, window: int,
    variants: tuple[Variant, Variant], floor: int = 0, oldest: tuple[str, int] = ("", 0),
) -> Sequence[Sequence[Any]]:
    return run(search_statement(match, filters, order, limit, window, variants, floor, oldest))


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
