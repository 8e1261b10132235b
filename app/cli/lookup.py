"""search: the ranked or newest-first hits, as text for a terminal or as JSON."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import suppress
from typing import TYPE_CHECKING

from app.cli.common import CommandError, _data_dir, _is_text, _safe
from app.cli.keys import _open_journal

if TYPE_CHECKING:
    from app.domain.search import SearchHit


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
    journal = _open_journal(data_dir)
    try:
        hits = journal.search.search(args.query, filters, order, args.limit)
    finally:
        journal.close()
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


def _marked(snippet: str, start: str, end: str) -> str:
    """A snippet on one line, with the highlight markers swapped for visible ones."""
    from app.domain.search import HIGHLIGHT_END, HIGHLIGHT_START

    return " ".join(snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end).split())


def _hits_text(hits: Sequence[SearchHit]) -> str:
    from app.domain.records import entry_label
    from app.domain.timeline import local_date

    if not hits:
        return "No entries match.\n"
    blocks = []
    for hit in hits:
        snippet = _marked(hit.snippet, "[", "]")
        heading = " ".join(hit.title.split()) or _marked(hit.snippet, "", "")
        day = local_date(hit.created_at).isoformat()
        blocks.append(f"{day}  {entry_label(hit.kind, hit.stage)}  {heading}\n    {snippet}\n")
    return "\n".join(blocks)


def _hits_json(hits: Sequence[SearchHit]) -> str:
    import json

    from app.domain.text import json_terminal_safe

    records = [
        {
            "uuid": hit.uuid,
            "created_at": hit.created_at.isoformat(),
            "kind": hit.kind.value,
            "stage": hit.stage.value if hit.stage else None,
            "title": hit.title,
            "snippet": _marked(hit.snippet, "**", "**"),
        }
        for hit in hits
    ]
    return json_terminal_safe(json.dumps(records, ensure_ascii=False, indent=2)) + "\n"
