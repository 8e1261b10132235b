"""Full-text search over entry titles and bodies through the FTS5 index.

One statement per search. Ranked, the FTS5 table drives it (MATCH, then `ORDER BY rank`, which
FTS5 answers from its own bm25 ordering without a temporary sort), joined to `entries` by rowid
for the metadata and the filters; newest first, the entries index picks the page (see
`build_query`). The SQL is fixed text chosen by which filters are set; the
person's words, tags and dates only ever travel as bound parameters.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import Integer, String, bindparam, column, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.selectable import TextualSelect

from app.domain.records import EntryKind
from app.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_SNIPPET_CHARS,
    MAX_TITLE_CHARS,
    SearchFilters,
    SearchHit,
    SearchOrder,
    capped,
    fts_query,
)
from app.domain.stages import Stage
from app.domain.timeline import local_day_bounds
from app.store.models import UTCDateTime
from app.store.unit import SessionFactory, describe, unit_of_work

log = logging.getLogger(__name__)

SNIPPET_TOKENS = 16
_SQLITE_MAX_INT = 2**63 - 1  # `--limit` takes any whole number; SQLite's LIMIT takes 64 bits
ANY = SearchFilters()  # no narrowing: the default for every search
# How SQLite words its refusal of a MATCH expression; any other failure is a real storage fault.
_FTS_REFUSALS = ("fts5", "match", "no such column", "unterminated string")
# What every search returns per hit; the snippet needs entries_fts as a MATCH-ed table in FROM.
# Title and snippet are cut in SQL, one character past the cap (so `capped` knows to add "…"):
# a 50 MB one-word body never leaves SQLite whole.
_HIT_COLUMNS = (
    "SELECT entries.id, entries.uuid, entries.kind, entries.stage, "
    f"substr(entries.title, 1, {MAX_TITLE_CHARS + 1}) AS title, "
    f"substr(snippet(entries_fts, -1, :mark_start, :mark_end, :ellipsis, {SNIPPET_TOKENS}), "
    f"1, {MAX_SNIPPET_CHARS + 1}) AS snippet, "
    "entries.created_at"
)

# The overall mood of the last check-in on the local day an entry was written (NULL if none that
# day): one probe of ix_mood_checks_at per entry, walked backwards from the day's end. SQLite's
# 'localtime' and 'utc' use the same C library time zone as Python's astimezone(), so the day is
# the one `local_day_bounds` and the rest of the Journal count.
_DAY_MOOD = (
    "SELECT mood_checks.mood FROM mood_checks"
    " WHERE mood_checks.at >= datetime(date(entries.created_at, 'localtime'), 'utc')"
    " AND mood_checks.at < datetime(date(entries.created_at, 'localtime'), '+1 day', 'utc')"
    " ORDER BY mood_checks.at DESC, mood_checks.id DESC LIMIT 1"
)


def build_query(
    match: str, filters: SearchFilters = ANY, order: SearchOrder = SearchOrder.RANKED,
    limit: int = 50,
) -> TextualSelect:
    """The search statement for an expression from `fts_query`; public so its plan can be tested.

    `CROSS JOIN` makes SQLite keep the FTS table as the outer loop (it never reorders a cross
    join): the MATCH narrows first and, ranked, FTS5 hands rows over in bm25 order so LIMIT
    stops early. Without it an index on `entries` can tempt the planner into probing the FTS
    table once per entry and sorting afterwards.

    Newest first walks live entries down the partial index ix_entries_live_created_at_id and
    keeps those in the set of FTS rowids (built once), so LIMIT stops after the page instead of
    fetching and sorting every match. The outer FTS scan only cuts snippets for that page; the
    unary `+` keeps SQLite from turning the page into one MATCH probe per row, which costs a
    whole prefix expansion each time.
    """
    conditions = ["entries.deleted_at IS NULL"]
    params: dict[str, object] = {"match": match, "limit": min(max(limit, 0), _SQLITE_MAX_INT)}
    binds = [bindparam("since", type_=UTCDateTime()), bindparam("until", type_=UTCDateTime())]
    if filters.stages:
        conditions.append("entries.stage IN :stages")
        params["stages"] = sorted(stage.value for stage in filters.stages)
        binds.append(bindparam("stages", expanding=True))
    if filters.kinds:
        conditions.append("entries.kind IN :kinds")
        params["kinds"] = sorted(kind.value for kind in filters.kinds)
        binds.append(bindparam("kinds", expanding=True))
    if filters.tag is not None and filters.tag.strip():
        conditions.append(
            "EXISTS (SELECT 1 FROM entry_tags"
            " WHERE entry_tags.entry_id = entries.id AND entry_tags.name = :tag)"
        )
        params["tag"] = filters.tag.strip()
    if filters.moods:
        conditions.append(f"({_DAY_MOOD}) IN :moods")
        params["moods"] = sorted(filters.moods)
        binds.append(bindparam("moods", expanding=True))
    if filters.since is not None:
        conditions.append("entries.created_at >= :since")
        params["since"] = local_day_bounds(filters.since)[0]
    if filters.until is not None and filters.until < date.max:  # the calendar's last day: no limit
        conditions.append("entries.created_at < :until")
        params["until"] = local_day_bounds(filters.until)[1]
    where = " AND ".join(conditions)
    if order is SearchOrder.NEWEST:
        sql = (
            f"{_HIT_COLUMNS} FROM entries_fts CROSS JOIN entries ON entries.id = entries_fts.rowid "
            "WHERE entries_fts MATCH :match AND +entries_fts.rowid IN ("
            "SELECT entries.id FROM entries INDEXED BY ix_entries_live_created_at_id "
            f"WHERE {where} AND entries.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH :match) "
            "ORDER BY entries.created_at DESC, entries.id DESC LIMIT :limit) "
            "ORDER BY entries.created_at DESC, entries.id DESC"
        )
    else:
        sql = (
            f"{_HIT_COLUMNS} FROM entries_fts CROSS JOIN entries ON entries.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH :match AND {where} ORDER BY rank LIMIT :limit"
        )
    params.update(mark_start=HIGHLIGHT_START, mark_end=HIGHLIGHT_END, ellipsis="…")
    used = [bind for bind in binds if bind.key in params]
    return (
        text(sql)
        .bindparams(*used)
        .bindparams(**params)
        .columns(
            column("id", Integer), column("uuid", String), column("kind", String), column("stage", String),
            column("title", String), column("snippet", String), column("created_at", UTCDateTime()),
        )
    )


class SearchService:
    """Searches the journal; like every store service, one session per call."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def search(
        self,
        text: str,
        filters: SearchFilters = ANY,
        order: SearchOrder = SearchOrder.RANKED,
        limit: int = 50,
    ) -> list[SearchHit]:
        """The entries matching what the person typed, best or newest first; [] if nothing to match.

        Never raises on odd input: `fts_query` only builds expressions FTS5 accepts, and should
        SQLite still refuse one, the search finds nothing rather than failing while they type.
        """
        match = fts_query(text)
        if match is None or limit <= 0:
            return []
        query = build_query(match, filters, order, limit)
        with unit_of_work(self._sessions) as session:
            try:
                rows = session.execute(query).all()
            except DBAPIError as error:
                reason = describe(error).lower()
                if not any(sign in reason for sign in _FTS_REFUSALS):
                    raise
                log.warning("FTS5 refused a search expression: %s", describe(error))
                session.rollback()
                return []
        return [
            SearchHit(
                entry_id=row[0],
                uuid=row[1],
                kind=EntryKind(row[2]),
                stage=Stage(row[3]) if row[3] else None,
                title=capped(row[4] or "", MAX_TITLE_CHARS),
                snippet=capped(row[5] or "", MAX_SNIPPET_CHARS),
                created_at=row[6],
            )
            for row in rows
        ]
