"""Full-text search over everything written: entries, and the words in every tool.

One statement per search. Two FTS5 indexes answer it: `entries_fts` over entry titles and
bodies, and `entries_fts_tools` over the tools' text fields (revision 0007, kept by triggers).
Each arm takes its own best (or newest) `limit` hits and UNION ALL merges them into one list:
ranked by bm25, which both indexes compute with the same tokenizer and weights, so a check-in's
notes and an entry about the same words sit side by side; newest first by when each was written.

Ranked, the entries' FTS5 table drives its arm (MATCH, then `ORDER BY rank`, which FTS5 answers
from its own bm25 ordering without a temporary sort), joined to `entries` by rowid for the
metadata and the filters; newest first, an ordinary index picks each arm's page: the entries'
(see `entry_arm`) and the tools' dates table's, kept beside their FTS index (see `tool_arm`). The
SQL is fixed text chosen by which filters are set; the person's words, tags and dates only ever
travel as bound parameters.

Filters: the days apply to both (a tool's words by their record's day: a check-in's meeting, a
piece of evidence's day, a goal's last edit); a stage keeps that stage's tools too; kinds of
entry, tags and moods are things only entries have, so with any of them set the tools are left out.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Float, Integer, Row, String, bindparam, column, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.selectable import TextualSelect

from app.domain.records import EntryKind
from app.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_SNIPPET_CHARS,
    MAX_TITLE_CHARS,
    TOOL_STAGES,
    SearchFilters,
    SearchHit,
    SearchOrder,
    SourceKind,
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
TOOLS_FTS = "entries_fts_tools"
TOOL_DATES = "entries_fts_tools_at"  # each tool index row's kind, at and sort_at by the same rowid (0007)
# What every search returns per hit, in the same columns from both arms; a snippet needs its FTS
# table as a MATCH-ed table in FROM. Title and snippet are cut in SQL, one character past the cap
# (so `capped` knows to add "…"): a 50 MB one-word body never leaves SQLite whole. `at` is the
# stored text of a datetime or a date; `sort_at` orders both newest first (a day at its noon).
_HIT_COLUMNS = (
    "SELECT 'entry' AS source, entries.uuid AS uuid, '' AS field, "
    f"substr(entries.title, 1, {MAX_TITLE_CHARS + 1}) AS title, "
    f"substr(snippet(entries_fts, -1, :mark_start, :mark_end, :ellipsis, {SNIPPET_TOKENS}), "
    f"1, {MAX_SNIPPET_CHARS + 1}) AS snippet, "
    "entries.created_at AS at, entries.id AS entry_id, entries.kind AS kind, entries.stage AS stage"
)
_TOOL_COLUMNS = (
    f"SELECT {TOOLS_FTS}.kind AS source, {TOOLS_FTS}.uuid AS uuid, {TOOLS_FTS}.field AS field, "
    f"substr({TOOLS_FTS}.detail, 1, {MAX_TITLE_CHARS + 1}) AS title, "
    f"substr(snippet({TOOLS_FTS}, 0, :mark_start, :mark_end, :ellipsis, {SNIPPET_TOKENS}), "
    f"1, {MAX_SNIPPET_CHARS + 1}) AS snippet, "
    f"{TOOLS_FTS}.at AS at, NULL AS entry_id, NULL AS kind, NULL AS stage"
)
_TOOL_SORT_AT = (f"CASE WHEN length({TOOLS_FTS}.at) = 10 THEN {TOOLS_FTS}.at || ' 12:00:00' "
                 f"ELSE {TOOLS_FTS}.at END")
_RESULT_COLUMNS = (
    column("source", String), column("uuid", String), column("field", String), column("title", String),
    column("snippet", String), column("at", String), column("entry_id", Integer), column("kind", String),
    column("stage", String),
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
    """The one search statement for an expression from `fts_query`; public so its plan can be tested.

    Entries only when a filter only entries have is set (see the module's note); else the
    entries' arm and the tools' arm, each at most `limit` hits, merged by rank or by time.
    """
    params: dict[str, object] = {"match": match, "limit": min(max(limit, 0), _SQLITE_MAX_INT)}
    binds: list[BindParameter[Any]] = [
        bindparam("since", type_=UTCDateTime()), bindparam("until", type_=UTCDateTime())
    ]
    entries = entry_arm(filters, order, params, binds)
    tools = tool_arm(filters, order, params, binds)
    if tools is None:
        sql = entries
    elif order is SearchOrder.NEWEST:
        sql = (f"SELECT * FROM ({entries}) UNION ALL SELECT * FROM ({tools}) "
               "ORDER BY sort_at DESC, entry_id DESC LIMIT :limit")
    else:
        sql = f"SELECT * FROM ({entries}) UNION ALL SELECT * FROM ({tools}) ORDER BY score LIMIT :limit"
    params.update(mark_start=HIGHLIGHT_START, mark_end=HIGHLIGHT_END, ellipsis="…")
    used = [bind for bind in binds if bind.key in params]
    last = column("sort_at", String) if order is SearchOrder.NEWEST else column("score", Float)
    return text(sql).bindparams(*used).bindparams(**params).columns(*_RESULT_COLUMNS, last)


def entry_arm(
    filters: SearchFilters, order: SearchOrder, params: dict[str, object], binds: list[BindParameter[Any]]
) -> str:
    """The entries' part of the search, adding the parameters it needs.

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
    if filters.stages:
        conditions.append("entries.stage IN :stages")
        params["stages"] = sorted(stage.value for stage in filters.stages)
        binds.append(bindparam("stages", expanding=True))
    if filters.kinds:
        conditions.append("entries.kind IN :kinds")
        params["kinds"] = sorted(kind.value for kind in filters.kinds)
        binds.append(bindparam("kinds", expanding=True))
    if _tag(filters) is not None:
        conditions.append(
            "EXISTS (SELECT 1 FROM entry_tags"
            " WHERE entry_tags.entry_id = entries.id AND entry_tags.name = :tag)"
        )
        params["tag"] = _tag(filters)
    if filters.moods:
        conditions.append(f"({_DAY_MOOD}) IN :moods")
        params["moods"] = sorted(filters.moods)
        binds.append(bindparam("moods", expanding=True))
    if filters.since is not None:
        conditions.append("entries.created_at >= :since")
        params["since"] = local_day_bounds(filters.since)[0]
    until = _until(filters)
    if until is not None:
        conditions.append("entries.created_at < :until")
        params["until"] = local_day_bounds(until)[1]
    where = " AND ".join(conditions)
    if order is SearchOrder.NEWEST:
        return (
            f"{_HIT_COLUMNS}, entries.created_at AS sort_at "
            "FROM entries_fts CROSS JOIN entries ON entries.id = entries_fts.rowid "
            "WHERE entries_fts MATCH :match AND +entries_fts.rowid IN ("
            "SELECT entries.id FROM entries INDEXED BY ix_entries_live_created_at_id "
            f"WHERE {where} AND entries.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH :match) "
            "ORDER BY entries.created_at DESC, entries.id DESC LIMIT :limit) "
            "ORDER BY entries.created_at DESC, entries.id DESC"
        )
    return (
        f"{_HIT_COLUMNS}, entries_fts.rank AS score "
        "FROM entries_fts CROSS JOIN entries ON entries.id = entries_fts.rowid "
        f"WHERE entries_fts MATCH :match AND {where} ORDER BY rank LIMIT :limit"
    )


def tool_arm(
    filters: SearchFilters, order: SearchOrder, params: dict[str, object], binds: list[BindParameter[Any]]
) -> str | None:
    """The tools' part of the search, or None when a filter only entries have is set.

    Ranked, the tools' FTS5 table drives it in bm25 order, filtered on its own unindexed columns.
    Newest first, as the entries' arm: the page comes from walking `entries_fts_tools_at` (each
    index row's kind and date under the same rowid, kept by the same triggers) down its index on
    `sort_at`, keeping the rowids in the set of matches (built once), so LIMIT stops after the
    page; the FTS table's unindexed `at` is never read row by row to sort every match. The outer
    scan only cuts the page's snippets, `+` again keeping it one scan rather than a probe per row.
    """
    if filters.kinds or filters.moods or _tag(filters) is not None:
        return None
    # Ranked, the conditions read the FTS table's own columns; newest first, the dates' table's.
    held = TOOL_DATES if order is SearchOrder.NEWEST else TOOLS_FTS
    conditions: list[str] = []
    if filters.stages:
        kinds = sorted(kind.value for kind, stage in TOOL_STAGES.items() if stage in filters.stages)
        if not kinds:
            return None
        conditions.append(f"{held}.kind IN :tool_kinds")
        params["tool_kinds"] = kinds
        binds.append(bindparam("tool_kinds", expanding=True))
    # A tool's `at` is a stored datetime (compared with the day's UTC bounds, as entries are) or a
    # date (compared with the day itself).
    if filters.since is not None:
        conditions.append(f"(CASE WHEN length({held}.at) = 10 THEN {held}.at >= :since_day "
                          f"ELSE {held}.at >= :since END)")
        params["since"] = local_day_bounds(filters.since)[0]
        params["since_day"] = filters.since.isoformat()
    until = _until(filters)
    if until is not None:
        conditions.append(f"(CASE WHEN length({held}.at) = 10 THEN {held}.at <= :until_day "
                          f"ELSE {held}.at < :until END)")
        params["until"] = local_day_bounds(until)[1]
        params["until_day"] = until.isoformat()
    if order is SearchOrder.NEWEST:  # the page's rowids first, so only its snippets are cut
        page = " AND ".join([*conditions, f"{TOOL_DATES}.id IN "
                             f"(SELECT rowid FROM {TOOLS_FTS} WHERE {TOOLS_FTS} MATCH :match)"])
        return (f"{_TOOL_COLUMNS}, {_TOOL_SORT_AT} AS sort_at FROM {TOOLS_FTS} "
                f"WHERE {TOOLS_FTS} MATCH :match AND +{TOOLS_FTS}.rowid IN ("
                f"SELECT {TOOL_DATES}.id FROM {TOOL_DATES} INDEXED BY ix_entries_fts_tools_at_sort_at "
                f"WHERE {page} ORDER BY {TOOL_DATES}.sort_at DESC, {TOOL_DATES}.id DESC LIMIT :limit) "
                f"ORDER BY sort_at DESC, {TOOLS_FTS}.rowid DESC")
    where = " AND ".join([f"{TOOLS_FTS} MATCH :match", *conditions])
    return (f"{_TOOL_COLUMNS}, {TOOLS_FTS}.rank AS score FROM {TOOLS_FTS} WHERE {where} "
            "ORDER BY rank LIMIT :limit")


def _tag(filters: SearchFilters) -> str | None:
    return filters.tag.strip() if filters.tag is not None and filters.tag.strip() else None


def _until(filters: SearchFilters) -> date | None:
    """The last day asked for; the calendar's last day is no limit."""
    return filters.until if filters.until is not None and filters.until < date.max else None


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
        """What matches what the person typed, entries and tools in one list, best or newest first;
        [] if nothing to match.

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
        return [_hit(row) for row in rows]


def _hit(row: Row[Any]) -> SearchHit:
    source = SourceKind(row.source)
    entry = source is SourceKind.ENTRY
    return SearchHit(
        source=source,
        uuid=row.uuid,
        field=row.field or "",
        title=capped(row.title or "", MAX_TITLE_CHARS),
        snippet=capped(row.snippet or "", MAX_SNIPPET_CHARS),
        when=_when(row.at),
        entry_id=row.entry_id if entry else None,
        kind=EntryKind(row.kind) if entry else None,
        stage=Stage(row.stage) if entry and row.stage else None,
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
