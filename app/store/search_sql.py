"""The search statement as plain SQL text with named parameters, written once for two readers.

The app runs it through SQLAlchemy (`app/store/search.py`); the command line's quick read path
runs the very same text through the standard `sqlite3` module, or SQLCipher's (see
`app/store/search_read.py`), without importing SQLAlchemy. So nothing here imports SQLAlchemy or
the models: every parameter is a plain value (text, a whole number), datetimes already as the
text `UTCDateTime` stores, and a list is spelled out as one named parameter per item.

Two statements per search as a rule: a count, then the search (a third only when a page read
from a floor turns out not to be the whole answer). Two FTS5 indexes answer it: `entries_fts` over
entry titles and bodies, and `entries_fts_tools` over the tools' text fields (revision 0007, kept
by triggers). Each arm takes its own best (or newest) `limit` hits and UNION ALL merges them into
one list: by bm25, which both indexes compute with the same tokenizer and weights, or newest first.

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
keeping the rows in the set of matches, so the walk stops after the page (`Variant.WALKED`). A
word still being typed is not counted first (its prefix expansion costs as much as the floored
page). Ranked, the whole match set is handed over by FTS5 in bm25 order (`ORDER BY rank`,
`Variant.RANKED`), or, for the window, one statement (`Variant.FLOOR_RANKED`) reads the highest
matching rowids once (rowids follow insertion, so the newest entries sit at the top; a margin
covers a few added out of date order), keeps their newest `window` as the window, ranks those,
and returns beside every row whether they are the newest `window` of all matches (`held_window`):
nothing below the lowest of those rowids may be newer than the oldest of them. If not (an old
journal imported after newer entries were written), the window comes off the date index instead
(`Variant.WINDOWED`). Snippets are cut only for the page.

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
# Newest first with many matches, the page is read from the lowest id among this many newest
# entries up (`Variant.FLOORED`); a page that reaches older than them is read in full instead.
FLOOR_REACH = 1000
# Newest first, the tools' arm sorts up to this many matches (measured: 11,000 in ~5 ms at 100k).
TOOLS_FEW = 25_000
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
    WALKED = "walked"  # newest first, many matches: walk the date index
    RANKED = "ranked"  # ranked, at most `rank_all` matches: FTS5's own bm25 order
    WINDOWED = "windowed"  # ranked, more: score the newest `window`, keep the best
    # Both of these read only the FTS rows from a floor up (rowids follow insertion, so the newest
    # entries sit at the top; an old entry imported later is simply one more row to look at), and
    # `search_with` checks that nothing below the floor could belong on the page, else falls back.
    FLOORED = "floored"  # newest first, many matches: sort the matches from `:floor` up
    FLOOR_RANKED = "floor_ranked"  # ranked, many matches: the newest `window` of the highest
    # matching rowids, by bm25, with the check (`search_statement`, `held_window`)


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

    The tools' rows are few and long (a check-in's notes): newest first, sorting every match of
    them (up to `TOOLS_FEW`) beats walking their date index.
    A mood or tag filter is read row by row, so with one the ranking is never windowed: every
    match is ranked, in FTS5's order, until `limit` pass.
    """
    if order is SearchOrder.NEWEST and tools:
        return Variant.SORTED if matches < TOOLS_FEW else Variant.WALKED
    if order is SearchOrder.NEWEST:
        return Variant.SORTED if matches < FEW else Variant.WALKED
    if filters.moods or _tag(filters) is not None:
        return Variant.RANKED
    return Variant.RANKED if matches <= rank_all else Variant.WINDOWED


def search_statement(
    match: str, filters: SearchFilters = ANY, order: SearchOrder = SearchOrder.RANKED, limit: int = 50,
    window: int = RANK_WINDOW, variants: tuple[Variant, Variant] | tuple[Variant] | None = None,
    floor: int = 0,
) -> Statement:
    """The search statement for an expression from `fts_query`, ordered as `order` says.

    `order` is taken as given: `effective_order` decides first what a short search shows.
    `variants` says how the entries' arm and the tools' arm find their pages (from `pick`; one
    for both when given once); by default the variant for many matches. With the entries'
    arm `FLOOR_RANKED`, each row also carries the window's check (`CHECK_COLUMNS`).
    """
    window = min(max(window, 1), SQLITE_MAX_INT - 1)
    params: dict[str, object] = {
        "match": match, "limit": min(max(limit, 0), SQLITE_MAX_INT), "window": window,
        "mark_start": HIGHLIGHT_START, "mark_end": HIGHLIGHT_END, "ellipsis": "…", "floor": floor,
    }
    many = Variant.WALKED if order is SearchOrder.NEWEST else Variant.RANKED
    chosen = variants or (many,)
    entries_variant, tools_variant = chosen[0], chosen[-1]
    entry = entry_arm(filters, params)
    entries = entry.variant(entries_variant)
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
    if entries_variant is not Variant.FLOOR_RANKED:
        return Statement(f"SELECT {names} FROM ({arms}) ORDER BY {ordering} LIMIT :limit", params)
    # The highest `:scan` matching rowids are read once (`top`, MATERIALIZED: one MATCH scan that
    # stops there); the newest `:window` of them (filters kept) are the window (`recent`) the arm
    # ranks, and tell whether they are the newest `window` matches of all (`held_window`).
    params["scan"] = window + window // 16 + 1  # a margin for entries added a little out of date order
    top = ("SELECT rowid AS id FROM entries_fts WHERE entries_fts MATCH :match "
           "ORDER BY rowid DESC LIMIT :scan")
    recent = ("SELECT entries.created_at AS at, entries.id AS id FROM top CROSS JOIN entries "
              f"ON entries.id = top.id WHERE {entry.where} "
              "ORDER BY entries.created_at DESC, entries.id DESC LIMIT :window")
    below = (f"SELECT created_at FROM entries INDEXED BY {ENTRY_WALK} WHERE entries.deleted_at IS NULL "
             "AND entries.id < (SELECT min(id) FROM top) ORDER BY created_at DESC, id DESC LIMIT 1")
    check = (f"(SELECT count(*) FROM recent) AS held, (SELECT at FROM recent ORDER BY at, id LIMIT 1) "
             f"AS oldest_at, ({below}) AS below")
    return Statement(f"WITH top AS MATERIALIZED ({top}), recent AS MATERIALIZED ({recent}) "
                     f"SELECT {names}, {check} FROM ({arms}) ORDER BY {ordering} LIMIT :limit", params)


def held_window(row: Sequence[object], window: int) -> bool:
    """Whether a `FLOOR_RANKED` page ranked the newest `window` matches of all, from its check
    columns: the matches above the floor hold them when they are that many and the oldest of them
    is newer than every live entry below the floor (or nothing is below it)."""
    held, oldest_at, below = row[len(COLUMNS):len(COLUMNS) + 3]
    if not held:
        return False
    return below is None or (int(str(held)) >= window and str(oldest_at) > str(below))


def _counted(table: str, match: str = "match", cap: str = "cap") -> str:
    """How many rows of `table` match, counted up to the cap: a pass over the matches only as far
    as `pick` needs to look."""
    return f"(SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH :{match} LIMIT :{cap}))"


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
        return (f"SELECT {self.walk_id} FROM {self.walk_table} INDEXED BY {self.walk_index} "
                f"WHERE {self.where} AND {self.walk_id} IN {self.matches()} "
                f"ORDER BY {self.walk_order} LIMIT {count}")

    def _ranked_page(self, condition: str) -> str:
        """The page by bm25, equal scores newest added first (as `WINDOWED` orders them), chosen from
        (rowid, score) pairs alone; snippets are cut in one more pass over the matches, for the
        page's rows only (a sort of whole rows would cut a snippet for every match)."""
        page = (f"SELECT {self.fts}.rowid AS id, {self.fts}.rank AS score FROM {self.source} "
                f"WHERE {self.fts} MATCH :match AND {condition} "
                f"ORDER BY {self.fts}.rank, {self.fts}.rowid DESC LIMIT :limit")
        return (f"WITH page AS MATERIALIZED ({page}) "
                f"{self.columns}, (SELECT score FROM page WHERE page.id = {self.rowid}) AS score "
                f"FROM {self.source} WHERE {self.fts} MATCH :match "
                f"AND +{self.rowid} IN (SELECT id FROM page)")

    def variant(self, variant: Variant) -> str:
        if variant is Variant.FLOORED:  # one scan above the floor for the page, one for its snippets
            page = (f"SELECT {self.walk_id} FROM {self.sorted_from} WHERE {self.fts} MATCH :match "
                    f"AND {self.rowid} >= :floor AND {self.where} ORDER BY {self.walk_order} LIMIT :limit")
            return (f"{self.columns}, 0.0 AS score FROM {self.source} WHERE {self.fts} MATCH :match "
                    f"AND {self.rowid} >= :floor AND +{self.rowid} IN ({page})")
        if variant is Variant.FLOOR_RANKED:  # FTS5 scores the rows above the floor, hands them over
            # in bm25 order, those in the window (`recent`, see `search_statement`) pass, and LIMIT
            # stops: snippets only for the page
            return self._ranked_page(f"{self.rowid} >= (SELECT min(id) FROM top) "
                                     f"AND +{self.rowid} IN (SELECT id FROM recent)")
        if variant is Variant.RANKED and not self.costly_filter:
            return self._ranked_page(self.held_where)
        if variant is Variant.RANKED:  # FTS5 hands rows over in bm25 order and LIMIT stops early, so a
            # filter read per row (a day's mood) is read only until the page is full; equal scores
            # at the page's edge then come in FTS5's own order (oldest added first)
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


def _tag(filters: SearchFilters) -> str | None:
    return filters.tag.strip() if filters.tag is not None and filters.tag.strip() else None


def _until(filters: SearchFilters) -> date | None:
    """The last day asked for; the calendar's last day is no limit."""
    return filters.until if filters.until is not None and filters.until < date.max else None


def is_refusal(message: str) -> bool:
    """Whether a driver's error message is FTS5 refusing the MATCH expression (not a storage fault)."""
    reason = message.lower()
    return any(sign in reason for sign in FTS_REFUSALS)
