"""Each index's part of the search statement (`app/store/search_sql.py`): how an arm finds its page.

Plain SQL text, no SQLAlchemy, no driver: `search_sql` puts the arms together. An arm of the
entries' index (`entry_arm`) or of the tools' (`tool_arm`) gives, for a `Variant`, the SQL that picks
its page of (rowid, score) and then cuts that page's snippets in one more pass over its matches,
from the lowest rowid of the page up (FTS5 takes a rowid bound as where to start reading), so
snippets never cost a scan of every match.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from app.domain.search import (
    MAX_SNIPPET_CHARS,
    MAX_TITLE_CHARS,
    TOOL_STAGES,
    SearchFilters,
)
from app.domain.timeline import local_day_bounds
from app.store.stored_time import stored_moment

SNIPPET_TOKENS = 16
TOOLS_FTS = "entries_fts_tools"
TOOL_DATES = "entries_fts_tools_at"  # each tool index row's kind, at and sort_at by the same rowid (0007)
ENTRY_WALK = "ix_entries_live_created_at_id"
TOOL_WALK = "ix_entries_fts_tools_at_sort_at"

# What every search returns per hit, in the same columns from every arm (see `COLUMNS`); a snippet
# needs its FTS table as a MATCH-ed table in FROM. Title and snippet are cut in SQL, one character
# past the cap (so `capped` knows to add "…"): a 50 MB one-word body never leaves SQLite whole.
# `at` is the stored text of a datetime or a date; `sort_at` orders both newest first (a day at
# its noon); `score` is bm25 (lower is better), 0 newest first.
COLUMNS = ("source", "uuid", "field", "title", "snippet", "at", "entry_id", "kind", "stage", "sort_at",
           "score")
_ENTRY_COLUMNS = (
    "SELECT 'entry' AS source, entries.uuid AS uuid, '' AS field, "
    f"substr(entries.title, 1, {MAX_TITLE_CHARS + 1}) AS title, "
    f"substr(snippet(entries_fts, -1, :mark_start, :mark_end, :ellipsis, {SNIPPET_TOKENS}), "
    f"1, {MAX_SNIPPET_CHARS + 1}) AS snippet, "
    "entries.created_at AS at, entries.id AS entry_id, entries.kind AS kind, entries.stage AS stage, "
    "entries.created_at AS sort_at"
)
_TOOL_SORT_AT = (f"CASE WHEN length({TOOLS_FTS}.at) = 10 THEN {TOOLS_FTS}.at || ' 12:00:00' "
                 f"ELSE {TOOLS_FTS}.at END")
_TOOL_COLUMNS = (
    f"SELECT {TOOLS_FTS}.kind AS source, {TOOLS_FTS}.uuid AS uuid, {TOOLS_FTS}.field AS field, "
    f"substr({TOOLS_FTS}.detail, 1, {MAX_TITLE_CHARS + 1}) AS title, "
    f"substr(snippet({TOOLS_FTS}, 0, :mark_start, :mark_end, :ellipsis, {SNIPPET_TOKENS}), "
    f"1, {MAX_SNIPPET_CHARS + 1}) AS snippet, "
    f"{TOOLS_FTS}.at AS at, NULL AS entry_id, NULL AS kind, NULL AS stage, {_TOOL_SORT_AT} AS sort_at"
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


class Variant(Enum):
    """How an arm finds its page (see `app/store/search_sql.py`'s note)."""

    SORTED = "sorted"  # newest first, few matches: sort them
    WALKED = "walked"  # newest first, many matches: walk the date index
    RANKED = "ranked"  # ranked, at most `rank_all` matches: FTS5's own bm25 order
    WINDOWED = "windowed"  # ranked, more: score the newest `window`, keep the best
    # Both of these read only the FTS rows from a floor up (rowids follow insertion, so the newest
    # entries sit at the top; an old entry imported later is simply one more row to look at), and
    # `search_with` checks that nothing below the floor could belong on the page, else falls back.
    FLOORED = "floored"  # newest first, many matches: sort the matches from `:floor` up
    FLOOR_RANKED = "floor_ranked"  # ranked, many matches: the newest `window` of the highest
    # matching rowids, by bm25, once checked (`window_statement`, `held_window`)


@dataclass(frozen=True, slots=True)
class _Arm:
    """One index's part of the search: how it pages, given its filters."""

    columns: str  # the hit columns, FROM the FTS table joined to what the filters read
    source: str  # the FTS table and what it joins, as FROM
    fts: str
    rowid: str  # the FTS table's rowid as the page's ids are named
    where: str  # the filters, on the table walked by date
    held_where: str  # the filters, on the columns the ranked FTS scan reads
    walk_table: str
    walk_index: str
    walk_id: str
    walk_order: str
    sorted_from: str  # the FTS table joined to the walked table, for a sort of every match
    costly_filter: bool = False  # a filter worth reading only until the ranked page is full (moods)

    def matches(self) -> str:
        return f"(SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH :match)"

    def newest(self, count: str) -> str:
        """The ids of the newest `count` matches, walking the date index down."""
        return (f"SELECT {self.walk_id} AS id FROM {self.walk_table} INDEXED BY {self.walk_index} "
                f"WHERE {self.where} AND {self.walk_id} IN {self.matches()} "
                f"ORDER BY {self.walk_order} LIMIT {count}")

    def _paged(self, page: str) -> str:
        """The hit columns of a page chosen from (id, score) pairs alone, cut in one more pass over
        the matches that starts at the page's lowest rowid: snippets for the page's rows only (a sort
        of whole rows would cut one for every match), and never a scan of every match for them."""
        return (f"WITH page AS MATERIALIZED ({page}) "
                f"{self.columns}, (SELECT score FROM page WHERE page.id = {self.rowid}) AS score "
                f"FROM {self.source} WHERE {self.fts} MATCH :match "
                f"AND {self.rowid} >= (SELECT min(id) FROM page) AND +{self.rowid} IN (SELECT id FROM page)")

    def _ranked(self, source: str, condition: str) -> str:
        """The page by bm25, equal scores newest added first (as `WINDOWED` orders them). Scored on
        `:score_match`: the very words typed, where `:match` may spell a word being typed out as
        the words that start with it (the same matches, but bm25 would count each on its own)."""
        return (f"SELECT {self.fts}.rowid AS id, {self.fts}.rank AS score FROM {source} "
                f"WHERE {self.fts} MATCH :score_match AND {condition} "
                f"ORDER BY {self.fts}.rank, {self.fts}.rowid DESC LIMIT :limit")

    def variant(self, variant: Variant) -> str:
        if variant is Variant.FLOORED:  # one scan above the floor for the page, one for its snippets
            return self._paged(f"SELECT {self.walk_id} AS id, 0.0 AS score FROM {self.sorted_from} "
                               f"WHERE {self.fts} MATCH :match AND {self.rowid} >= :floor AND {self.where} "
                               f"ORDER BY {self.walk_order} LIMIT :limit")
        if variant is Variant.FLOOR_RANKED:  # the window `window_statement` read, its filters already
            # kept: FTS5 scores only its rows, from its lowest rowid up
            held = f"{self.rowid} >= :floor AND +{self.rowid} IN (SELECT value FROM json_each(:window_ids))"
            return self._paged(self._ranked(self.fts, held))
        if variant is Variant.RANKED and not self.costly_filter:
            return self._paged(self._ranked(self.source, self.held_where))
        if variant is Variant.RANKED:  # FTS5 hands rows over in bm25 order and LIMIT stops early, so a
            # filter read per row (a day's mood) is read only until the page is full; equal scores
            # at the page's edge then come in FTS5's own order (oldest added first)
            return (f"{self.columns}, {self.fts}.rank AS score FROM {self.source} "
                    f"WHERE {self.fts} MATCH :score_match AND {self.held_where} ORDER BY rank LIMIT :limit")
        if variant is Variant.WINDOWED:
            return self._paged(f"SELECT {self.fts}.rowid AS id, bm25({self.fts}) AS score FROM {self.fts} "
                               f"WHERE {self.fts} MATCH :score_match "
                               f"AND +{self.fts}.rowid IN ({self.newest(':window')}) "
                               f"ORDER BY score, {self.fts}.rowid DESC LIMIT :limit")
        if variant is Variant.WALKED:
            return self._paged(f"SELECT id, 0.0 AS score FROM ({self.newest(':limit')})")
        return self._paged(f"SELECT {self.walk_id} AS id, 0.0 AS score FROM {self.sorted_from} "
                           f"WHERE {self.fts} MATCH :match AND {self.where} "
                           f"ORDER BY {self.walk_order} LIMIT :limit")


def entry_arm(filters: SearchFilters, params: dict[str, object]) -> _Arm:
    """The entries' part of the search, adding the parameters its filters need.

    `CROSS JOIN` makes SQLite keep the FTS table as the outer loop (it never reorders a cross
    join): the MATCH narrows first. Newest first with many matches walks live entries down the
    partial index ix_entries_live_created_at_id and keeps those in the set of FTS rowids (built
    once), so LIMIT stops after the page instead of fetching and sorting every match.
    """
    conditions = ["entries.deleted_at IS NULL"]
    if filters.stages:
        stages = _listed("stages", sorted(stage.value for stage in filters.stages), params)
        conditions.append(f"entries.stage IN ({stages})")
    if filters.kinds:
        kinds = _listed("kinds", sorted(kind.value for kind in filters.kinds), params)
        conditions.append(f"entries.kind IN ({kinds})")
    tag = filter_tag(filters)
    if tag is not None:
        conditions.append(
            "EXISTS (SELECT 1 FROM entry_tags"
            " WHERE entry_tags.entry_id = entries.id AND entry_tags.name = :tag)"
        )
        params["tag"] = tag
    if filters.moods:
        conditions.append(f"({_DAY_MOOD}) IN ({_listed('moods', sorted(filters.moods), params)})")
    if filters.since is not None:
        conditions.append("entries.created_at >= :since")
        params["since"] = stored_moment(local_day_bounds(filters.since)[0])
    until = _until(filters)
    if until is not None:
        conditions.append("entries.created_at < :until")
        params["until"] = stored_moment(local_day_bounds(until)[1])
    where = " AND ".join(conditions)
    return _Arm(
        columns=_ENTRY_COLUMNS, source="entries_fts CROSS JOIN entries ON entries.id = entries_fts.rowid",
        fts="entries_fts", rowid="entries_fts.rowid", where=where, held_where=where,
        walk_table="entries", walk_index=ENTRY_WALK, walk_id="entries.id",
        walk_order="entries.created_at DESC, entries.id DESC",
        sorted_from="entries_fts CROSS JOIN entries ON entries.id = entries_fts.rowid",
        costly_filter=bool(filters.moods),
    )


def tool_arm(filters: SearchFilters, params: dict[str, object]) -> _Arm | None:
    """The tools' part of the search, or None when a filter only entries have is set.

    Ranked, the tools' FTS5 table drives it, filtered on its own unindexed columns. By date, the
    page comes from `entries_fts_tools_at` (each index row's kind and date under the same rowid,
    kept by the same triggers) and its index on `sort_at`; the FTS table's unindexed `at` is never
    read row by row to sort every match.
    """
    if filters.kinds or filters.moods or filter_tag(filters) is not None:
        return None
    kinds: list[str] = []
    if filters.stages:
        kinds = sorted(kind.value for kind, stage in TOOL_STAGES.items() if stage in filters.stages)
        if not kinds:
            return None
        _listed("tool_kinds", kinds, params)
    if filters.since is not None:
        params["since"] = stored_moment(local_day_bounds(filters.since)[0])
        params["since_day"] = filters.since.isoformat()
    until = _until(filters)
    if until is not None:
        params["until"] = stored_moment(local_day_bounds(until)[1])
        params["until_day"] = until.isoformat()

    def held(table: str) -> str:
        # A tool's `at` is a stored datetime (compared with the day's UTC bounds, as entries are)
        # or a date (compared with the day itself).
        conditions = ["1"]
        if kinds:
            conditions.append(f"{table}.kind IN ({_names('tool_kinds', len(kinds))})")
        if filters.since is not None:
            conditions.append(f"(CASE WHEN length({table}.at) = 10 THEN {table}.at >= :since_day "
                              f"ELSE {table}.at >= :since END)")
        if until is not None:
            conditions.append(f"(CASE WHEN length({table}.at) = 10 THEN {table}.at <= :until_day "
                              f"ELSE {table}.at < :until END)")
        return " AND ".join(conditions)

    return _Arm(
        columns=_TOOL_COLUMNS, source=TOOLS_FTS, fts=TOOLS_FTS, rowid=f"{TOOLS_FTS}.rowid",
        where=held(TOOL_DATES), held_where=held(TOOLS_FTS),
        walk_table=TOOL_DATES, walk_index=TOOL_WALK, walk_id=f"{TOOL_DATES}.id",
        walk_order=f"{TOOL_DATES}.sort_at DESC, {TOOL_DATES}.id DESC",
        sorted_from=f"{TOOLS_FTS} CROSS JOIN {TOOL_DATES} ON {TOOL_DATES}.id = {TOOLS_FTS}.rowid",
    )


def _names(name: str, count: int) -> str:
    return ", ".join(f":{name}_{index}" for index in range(count))


def _listed(name: str, values: list[str] | list[int], params: dict[str, object]) -> str:
    """A list as one named parameter per value (sqlite3 has no expanding parameters)."""
    for index, value in enumerate(values):
        params[f"{name}_{index}"] = value
    return _names(name, len(values))


def filter_tag(filters: SearchFilters) -> str | None:
    return filters.tag.strip() if filters.tag is not None and filters.tag.strip() else None


def _until(filters: SearchFilters) -> date | None:
    """The last day asked for; the calendar's last day is no limit."""
    return filters.until if filters.until is not None and filters.until < date.max else None
