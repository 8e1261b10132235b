"""search: the ranked or newest-first hits, entries and tools' words, as text for a terminal or as JSON.

A tool's hit shows where it was written ("Check-in, 4 March: notes"); in JSON every hit carries
"source" (its kind: "entry", "checkin", "goal", …), "uuid" and "field" (see `SearchHit`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import suppress
from typing import TYPE_CHECKING

from app.cli.common import CommandError, _data_dir, _is_text, _safe
from app.cli.keys import _data_key

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.search import SearchFilters, SearchHit, SearchOrder


def _search(args: argparse.Namespace) -> int:
    from app.domain.records import EntryKind
    from app.domain.search import MOOD_GROUPS, SearchFilters, SearchOrder
    from app.domain.stages import Stage
    from app.paths import database_path

    data_dir = _data_dir(args)
    if not database_path(data_dir).exists():
        raise CommandError(f"there is no journal in {data_dir} to search.")
    if args.since is not None and args.until is not None and args.since > args.until:
        raise CommandError("--since is after --until, so nothing could match.")
    for name, value in (("the query", args.query), ("--tag", args.tag)):
        if value is not None and not _is_text(value):
            raise CommandError(f"{name} holds bytes that are not UTF-8 text, so nothing could match.")
    filters = SearchFilters(
        stages=frozenset(Stage(name) for name in args.stage or ()),
        kinds=frozenset(EntryKind(name) for name in args.kind or ()),
        tag=args.tag,
        since=args.since,
        until=args.until,
        moods=frozenset().union(*(MOOD_GROUPS.get(name) or {int(name)} for name in args.mood or ())),
    )
    order = SearchOrder.NEWEST if args.newest else SearchOrder.RANKED
    hits = _find(data_dir, args.query, filters, order, args.limit)
    text = _hits_json(hits) if args.json else _safe(_hits_text(hits))
    stream = sys.stdout
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        return 1
    return 0


def _find(
    data_dir: Path, text: str, filters: SearchFilters, order: SearchOrder, limit: int
) -> list[SearchHit]:
    """The hits, read straight from the file when it is in its usual state (no SQLAlchemy is loaded:
    `app/store/search_read.py`), else through the journal opened the normal way."""
    from app.paths import KEY_FILE_NAME
    from app.store.search_read import quick_search

    key = _data_key(data_dir) if (data_dir / KEY_FILE_NAME).exists() else None
    hits = quick_search(data_dir, key, text, filters, order, limit)
    if hits is not None:
        return hits
    from app.store.journal import Journal

    journal = Journal.open(data_dir, key)
    try:
        return journal.search.search(text, filters, order, limit)
    finally:
        journal.close()


def _marked(snippet: str, start: str, end: str) -> str:
    """A snippet on one line, with the highlight markers swapped for visible ones."""
    from app.domain.search import HIGHLIGHT_END, HIGHLIGHT_START

    return " ".join(snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end).split())


def _hits_text(hits: Sequence[SearchHit]) -> str:
    from datetime import date

    from app.domain.search import entry_label_words, hit_day, where_written

    if not hits:
        return "Nothing matches.\n"
    today = date.today()
    blocks = []
    for hit in hits:
        snippet = _marked(hit.snippet, "[", "]")
        day = hit_day(hit).isoformat()
        if hit.is_entry:
            heading = " ".join(hit.title.split()) or _marked(hit.snippet, "", "")
            blocks.append(f"{day}  {entry_label_words(hit)}  {heading}\n    {snippet}\n")
        else:
            blocks.append(f"{day}  {where_written(hit, today)}\n    {snippet}\n")
    return "\n".join(blocks)


def _hits_json(hits: Sequence[SearchHit]) -> str:
    import json

    from app.domain.text import json_terminal_safe

    return json_terminal_safe(json.dumps([_record(hit) for hit in hits], ensure_ascii=False, indent=2)) + "\n"


def _record(hit: SearchHit) -> dict[str, object]:
    """One hit in JSON. An entry keeps "created_at", "kind" and "stage"; a tool's hit has "when"
    (a date, or a moment with its offset), "where" (the where-line) and the tool's "stage"."""
    from datetime import date

    from app.domain.search import TOOL_STAGES, where_written

    record: dict[str, object] = {"source": hit.source.value, "uuid": hit.uuid, "field": hit.field}
    if hit.is_entry:
        record["created_at"] = hit.when.isoformat()
        record["kind"] = hit.kind.value if hit.kind else None
        record["stage"] = hit.stage.value if hit.stage else None
    else:
        record["when"] = hit.when.isoformat()
        record["where"] = where_written(hit, date.today())
        record["stage"] = TOOL_STAGES[hit.source].value
    record["title"] = hit.title
    record["snippet"] = _marked(hit.snippet, "**", "**")
    return record
