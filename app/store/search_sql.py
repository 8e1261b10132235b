"""The search statement as plain SQL text with named parameters, written once for two readers.

The app runs it through SQLAlchemy (`app/store/search.py`); the command line's quick read path
runs the very same text through the standard `sqlite3` module, or SQLCipher's (see
`app/store/search_read.py`), without importing SQLAlchemy. So nothing here imports SQLAlchemy or
the models: every parameter is a plain value (text, a whole number), datetimes already as the
text `UTCDateTime` stores, and a list is spelled out as one named parameter per item.

Two statements per search: a count, then the search. Two FTS5 indexes answer it: `entries_fts`
over entry titles and bodies, and `entries_fts_tools` over the tools' text fields (revision 0007,
kept by triggers).
Each arm takes its own best (or newest) `limit` hits and UNION ALL merges them into one list: by
bm25, which both indexes compute with the same tokenizer and weights, or newest first.

What "best match" means, so that every keystroke stays cheap at 100,000 entries (see
`app.domain.search.effective_order`): a search of one or two letters shows the newest matches
first. Otherwise each arm ranks by bm25, over all its matches when at most `rank_all` of them
match (exactly as a full ranking would), else over its newest `window` matches, so a common
word never makes FTS5 score tens of thousands of rows. (Between the two a window costs more than
it saves: it reads the matches three times.)

How an arm finds its page depends on how many rows match, counted first up to a cap
(`count_statement`, about a millisecond: FTS5 hands over rowids and stops at the cap). Newest
first, a few matches are simply sorted; many are found by walking the date index down and
keeping the rows in the set of matches, so the walk stops after the page. Ranked, the whole
match set is handed over by FTS5 in bm25 order (`ORDER BY rank`), or the window's rows are
scored and the best `limit` kept. Snippets are cut only for the page.

Filters: the days apply to both (a tool's words by their record's day); a stage keeps that
stage's tools too; kinds of entry, tags and moods are things only entries have, so with any of
them set the tools are left out. The person's words, tags and dates only ever travel as
parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum

from app.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_SNIPPET_CHARS,
    MAX_TITLE_CHARS,
    RANK_ALL,
    RANK_WINDOW,
    TOOL_STAGES,
    SearchFilters,
    SearchOrder,
)
from app.domain.timeline import local_day_bounds

SNIPPET_TOKENS = 16
SQLITE_MAX_INT = 2**63 - 1  # `--limit` takes any whole number; SQLite's LIMIT takes 64 bits
ANY = SearchFilters()  # no narrowing: the default for every search
# Newest first, an arm with fewer matches than this sorts them; with more it walks its date index.
FEW = 1000
# Newest first, when at least a quarter of the entries match (one or two letters, a common word),
# the newest PROBE_WALK entries are each asked whether they match, one probe each, instead of
# reading the whole match set: dense matches fill a page within a few dozen entries. Counted up to
# DENSE_CAP, so it applies to journals of up to four times that many entries; beyond, the walk.
DENSE_SHARE = 4
DENSE_CAP = 25_000
PROBE_WALK = 500
# Newest first with many matches, the page is read from the lowest id among this many newest
# entries up (`Variant.FLOORED`); a page that reaches older than them is read in full instead.
FLOOR_REACH = 1000
# Newest first, the tools' arm sorts up to this many matches (measured: 11,000 in ~5 ms at 100k).
TOOLS_FEW = DENSE_CAP
TOOLS_FTS = "entries_fts_tools"
TOOL_DATES = "entries_fts_tools_at"  # each tool index row's kind, at and sort_at by the same rowid (0007)
ENTRY_WALK = "ix_entries_live_created_at_id"
TOOL_WALK = "ix_entries_fts_tools_at_sort_at"
# How SQLite words its refusal of a MATCH expression; any other failure is a real storage fault.
FTS_REFUSALS = ("fts5", "match", "no such column", "unterminated string")

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
    """How an arm finds its page (see the module's note)."""

    SORTED = "sorted"  # newest first, few matches: sort them
    PROBED = "probed"  # newest first, dense matches: probe the newest entries one by one
    WALKED = "walked"  # newest first, many matches: walk the date index
    RANKED = "ranked"  # ranked, at most `rank_all` matches: FTS5's own bm25 order
    WINDOWED = "windowed"  # ranked, more: score the newest `window`, keep the best
    # Both of these read only the FTS rows from `:floor` up (rowids follow insertion, so the newest
    # entries sit at the top; an old entry imported later is simply one more row to look at), and
    # `search_with` checks that nothing below the floor could belong on the page, else falls back.
    FLOORED = "floored"  # newest first, many matches: sort the matches above the floor
    FLOOR_RANKED = "floor_ranked"  # ranked, many matches: the newest `window` above the floor, by bm25


@dataclass(frozen=True, slots=True)
class Statement:
    """SQL text with named parameters (`:name`), and their values: plain text and numbers only."""

    sql: str
    params: dict[str, object]


def stored_moment(moment: datetime) -> str:
    """An aware datetime as the text `UTCDateTime` stores it: naive UTC, microseconds."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def count_statement(
    match: str, filters: SearchFilters = ANY, rank_all: int = RANK_ALL,
    order: SearchOrder = SearchOrder.NEWEST, words: Sequence[str] = (), entries: bool = True,
) -> Statement:
    """How many rows of each index match, each counted up to a cap: what picks each arm's variant.

    Cheap whatever the word: FTS5 hands over rowids without reading positions, and stops at the cap.
    Given `words` (`fts_words`), the entries are counted by the word fewest entries hold: a bound
    on the matches that never reads positions (a phrase's) nor intersects long lists (AND).
    Without `entries` they are not counted (0): newest first reads them from a floor first.
    """
    params: dict[str, object] = {"match": match, "cap": _cap(rank_all, order)}
    tools = "0" if tool_arm(filters, {}) is None else _counted(TOOLS_FTS)
    sizes = f"(SELECT max(id) FROM entries), (SELECT count(*) FROM {TOOL_DATES})"
    counted = _counted("entries_fts") if entries else "0"
    if words and entries:
        counts = [_counted("entries_fts", f"word_{index}") for index in range(len(words))]
        params.update({f"word_{index}": word for index, word in enumerate(words)})
        counted = counts[0] if len(counts) == 1 else f"min({', '.join(counts)})"
    return Statement(f"SELECT {counted}, {tools}, {sizes}", params)


def floor_statement(match: str, reach: int, window: int | None = None) -> Statement:
    """Where the rows worth reading start: the lowest id among the newest `reach` live entries,
    when the `reach`-th newest was written (NULL with fewer), and given `window`, the rowid of
    the matching row a quarter past the `window`-th highest (NULL with fewer; the quarter is a
    margin for entries added a little out of date order): one pass down each list, no more."""
    params: dict[str, object] = {"match": match, "reach": max(reach, 1),
                                 "window": max(window or 1, 1) * 5 // 4 + 1}
    newest = (f"SELECT id FROM entries INDEXED BY {ENTRY_WALK} WHERE entries.deleted_at IS NULL "
              "ORDER BY created_at DESC, id DESC LIMIT :reach")
    matched = ("(SELECT rowid FROM entries_fts WHERE entries_fts MATCH :match "
               "ORDER BY rowid DESC LIMIT 1 OFFSET :window - 1)") if window else "NULL"
    edge = (f"SELECT created_at FROM entries INDEXED BY {ENTRY_WALK} WHERE entries.deleted_at IS NULL "
            "ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET :reach - 1")
    return Statement(f"SELECT (SELECT min(id) FROM ({newest})), ({edge}), {matched}", params)


def floor_check(match: str, filters: SearchFilters, floor: int, window: int) -> Statement:
    """How many of the newest `window` matches above `floor` there are (filters kept), the oldest
    of them (when written, id), and when the newest live entry below the floor was written (NULL if
    none): the matches above the floor hold the newest `window` of all when they are that many
    and the oldest of them is newer than everything below."""
    params: dict[str, object] = {"match": match, "floor": floor, "window": max(window, 1)}
    arm = entry_arm(filters, params)
    below = (f"SELECT created_at FROM entries INDEXED BY {ENTRY_WALK} WHERE entries.deleted_at IS NULL "
             "AND entries.id < :floor ORDER BY created_at DESC, id DESC LIMIT 1")
    recent = arm.recent("entries.created_at AS at, entries.id AS id")
    return Statement(f"WITH recent AS ({recent}) SELECT (SELECT count(*) FROM recent), "
                     f"(SELECT at FROM recent ORDER BY at, id LIMIT 1), "
                     f"(SELECT id FROM recent ORDER BY at, id LIMIT 1), ({below})", params)


def pick(
    order: SearchOrder, matches: int, rank_all: int = RANK_ALL, filters: SearchFilters = ANY, *,
    newest_id: int | None = None, limit: int = 50, tools: bool = False,
) -> Variant:
    """The variant an arm with this many matches (as `count_statement` counted them) takes.

    `newest_id` (the entries' largest id) tells dense entries apart. The tools' rows are few and
    long (a check-in's notes): sorting every match of them (`TOOLS_FEW`) beats a probe per row.
    A mood or tag filter is read row by row, so with one the ranking is never windowed: every
    match is ranked, in FTS5's order, until `limit` pass.
    """
    if order is SearchOrder.NEWEST and tools:
        return Variant.SORTED if matches < TOOLS_FEW else Variant.WALKED
    if order is SearchOrder.NEWEST:
        dense = newest_id is not None and matches >= max(FEW, newest_id // DENSE_SHARE)
        if dense and limit * 4 <= PROBE_WALK:
            return Variant.PROBED
        return Variant.SORTED if matches < FEW else Variant.WALKED
    if filters.moods or _tag(filters) is not None:
        return Variant.RANKED
    return Variant.RANKED if matches <= rank_all else Variant.WINDOWED


def search_statement(
    match: str, filters: SearchFilters = ANY, order: SearchOrder = SearchOrder.RANKED, limit: int = 50,
    window: int = RANK_WINDOW, variants: tuple[Variant, Variant] | tuple[Variant] | None = None,
    floor: int = 0, oldest: tuple[str, int] = ("", 0),
) -> Statement:
    """The search statement for an expression from `fts_query`, ordered as `order` says.

    `order` is taken as given: `effective_order` decides first what a short search shows.
    `variants` says how the entries' arm and the tools' arm find their pages (from `pick`; one
    for both when given once); by default the variant for many matches.
    """
    window = min(max(window, 1), SQLITE_MAX_INT - 1)
    params: dict[str, object] = {
        "match": match, "limit": min(max(limit, 0), SQLITE_MAX_INT), "window": window,
        "mark_start": HIGHLIGHT_START, "mark_end": HIGHLIGHT_END, "ellipsis": "…", "floor": floor,
        "oldest_at": oldest[0], "oldest_id": oldest[1],
    }
    many = Variant.WALKED if order is SearchOrder.NEWEST else Variant.RANKED
    chosen = variants or (many,)
    entries_variant, tools_variant = chosen[0], chosen[-1]
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


def _cap(rank_all: int, order: SearchOrder) -> int:
    """Counting costs a pass over the matches up to the cap: only as far as `pick` needs to look."""
    return max(FEW, DENSE_CAP) if order is SearchOrder.NEWEST else rank_all + 1


def _counted(table: str, match: str = "match") -> str:
    """How many rows of `table` match, counted up to the cap."""
    return f"(SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH :{match} LIMIT :cap))"


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
    walk_at: str
    sorted_from: str  # the FTS table joined to the walked table, for a sort of every match

    def matches(self) -> str:
        return f"(SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH :match)"

    def newest(self, count: str) -> str:
        """The ids of the newest `count` matches, walking the date index down."""
        return (f"SELECT {self.walk_id} FROM {self.walk_table} INDEXED BY {self.walk_index} "
                f"WHERE {self.where} AND {self.walk_id} IN {self.matches()} "
                f"ORDER BY {self.walk_order} LIMIT {count}")

    def recent(self, columns: str) -> str:
        """The newest `:window` matches from `:floor` up, filters kept (entries only)."""
        return (f"SELECT {columns} FROM {self.sorted_from} WHERE {self.fts} MATCH :match "
                f"AND {self.rowid} >= :floor AND {self.where} ORDER BY {self.walk_order} LIMIT :window")

    def variant(self, variant: Variant) -> str:
        if variant is Variant.FLOORED:  # one scan above the floor for the page, one for its snippets
            page = (f"SELECT {self.walk_id} FROM {self.sorted_from} WHERE {self.fts} MATCH :match "
                    f"AND {self.rowid} >= :floor AND {self.where} ORDER BY {self.walk_order} LIMIT :limit")
            return (f"{self.columns}, 0.0 AS score FROM {self.source} WHERE {self.fts} MATCH :match "
                    f"AND {self.rowid} >= :floor AND +{self.rowid} IN ({page})")
        if variant is Variant.FLOOR_RANKED:  # FTS5 scores the rows above the floor, hands them over
            # in bm25 order, those in the window (no older than its oldest, `floor_check`) pass, and
            # LIMIT stops: snippets only for the page
            return (f"{self.columns}, {self.fts}.rank AS score FROM {self.source} "
                    f"WHERE {self.fts} MATCH :match AND {self.rowid} >= :floor AND {self.held_where} "
                    f"AND ({self.walk_at}, {self.walk_id}) >= (:oldest_at, :oldest_id) "
                    "ORDER BY rank LIMIT :limit")
        if variant is Variant.PROBED:  # the page and its snippets both by one probe per entry
            recent = (f"SELECT {self.walk_id} AS id, {self.walk_at} AS at "
                      f"FROM {self.walk_table} INDEXED BY {self.walk_index} WHERE {self.where} "
                      f"ORDER BY {self.walk_order} LIMIT {PROBE_WALK}")
            probe = f"SELECT 1 FROM {self.fts} WHERE {self.fts} MATCH :match AND {self.fts}.rowid = recent.id"
            # No ORDER BY here: `recent` is a co-routine that SQLite reads in its own order, newest
            # first, so LIMIT stops after the page's probes (a sort would probe all PROBE_WALK).
            page = f"SELECT recent.id AS id FROM ({recent}) AS recent WHERE EXISTS ({probe}) LIMIT :limit"
            joined = ""
            if self.fts != self.source:
                joined = f" CROSS JOIN {self.walk_table} ON {self.walk_id} = page.id"
            return (f"{self.columns}, 0.0 AS score FROM ({page}) AS page CROSS JOIN {self.fts} "
                    f"ON {self.fts}.rowid = page.id{joined} WHERE {self.fts} MATCH :match")

        if variant is Variant.RANKED:  # FTS5 hands rows over in bm25 order: LIMIT stops early
            return (f"{self.columns}, {self.fts}.rank AS score FROM {self.source} "
                    f"WHERE {self.fts} MATCH :match AND {self.held_where} ORDER BY rank LIMIT :limit")
        if variant is Variant.WINDOWED:
            page = (f"SELECT {self.fts}.rowid FROM {self.fts} WHERE {self.fts} MATCH :match "
                    f"AND +{self.fts}.rowid IN ({self.newest(':window')}) "
                    f"ORDER BY bm25({self.fts}), {self.fts}.rowid DESC LIMIT :limit")
            score = f"bm25({self.fts})"
        elif variant is Variant.WALKED:
            page, score = self.newest(":limit"), "0.0"
        else:
            page = (f"SELECT {self.walk_id} FROM {self.sorted_from} WHERE {self.fts} MATCH :match "
                    f"AND {self.where} ORDER BY {self.walk_order} LIMIT :limit")
            score = "0.0"
        # The unary `+` keeps the outer scan one pass over the matches that cuts the page's
        # snippets, instead of one MATCH probe per row of the page.
        return (f"{self.columns}, {score} AS score FROM {self.source} "
                f"WHERE {self.fts} MATCH :match AND +{self.rowid} IN ({page})")


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
    tag = _tag(filters)
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
        walk_order="entries.created_at DESC, entries.id DESC", walk_at="entries.created_at",
        sorted_from="entries_fts CROSS JOIN entries ON entries.id = entries_fts.rowid",
    )


def tool_arm(filters: SearchFilters, params: dict[str, object]) -> _Arm | None:
    """The tools' part of the search, or None when a filter only entries have is set.

    Ranked, the tools' FTS5 table drives it, filtered on its own unindexed columns. By date, the
    page comes from `entries_fts_tools_at` (each index row's kind and date under the same rowid,
    kept by the same triggers) and its index on `sort_at`; the FTS table's unindexed `at` is never
    read row by row to sort every match.
    """
    if filters.kinds or filters.moods or _tag(filters) is not None:
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
        walk_order=f"{TOOL_DATES}.sort_at DESC, {TOOL_DATES}.id DESC", walk_at=f"{TOOL_DATES}.sort_at",
        sorted_from=f"{TOOLS_FTS} CROSS JOIN {TOOL_DATES} ON {TOOL_DATES}.id = {TOOLS_FTS}.rowid",
    )


def _names(name: str, count: int) -> str:
    return ", ".join(f":{name}_{index}" for index in range(count))


def _listed(name: str, values: list[str] | list[int], params: dict[str, object]) -> str:
    """A list as one named parameter per value (sqlite3 has no expanding parameters)."""
    for index, value in enumerate(values):
        params[f"{name}_{index}"] = value
    return _names(name, len(values))


def _tag(filters: SearchFilters) -> str | None:
    return filters.tag.strip() if filters.tag is not None and filters.tag.strip() else None


def _until(filters: SearchFilters) -> date | None:
    """The last day asked for; the calendar's last day is no limit."""
    return filters.until if filters.until is not None and filters.until < date.max else None


def is_refusal(message: str) -> bool:
    """Whether a driver's error message is FTS5 refusing the MATCH expression (not a storage fault)."""
    reason = message.lower()
    return any(sign in reason for sign in FTS_REFUSALS)
