"""Search over a real journal file: ranking, order, prefixes, phrases, filters and odd input.

The words written in the tools are searched too: tests/store/test_search_everything.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.records import EntryDraft, EntryKind
from app.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_SNIPPET_CHARS,
    MAX_TITLE_CHARS,
    SearchFilters,
    SearchOrder,
    SourceKind,
    fts_query,
)
from app.domain.stages import Stage
from app.domain.workbench import MoodCheck
from app.store.journal import Journal
from app.store.search_sql import Variant, search_statement
from tests.extreme_journal import ZONES, build_extreme_journal, local_zone


def _save(journal: Journal, uuid: str, body: str, when: datetime, **fields: object) -> None:
    draft = EntryDraft(uuid=uuid, kind=fields.pop("kind", EntryKind.FREE), body=body, **fields)  # type: ignore[arg-type]
    journal.save_entry(draft, when=when)


@pytest.fixture
def seeded(journal: Journal) -> Journal:
    _save(journal, "once", "I mentioned the review once, among other things.",
          datetime(2026, 3, 2, 9, 0, tzinfo=UTC), kind=EntryKind.EVENING)
    _save(journal, "thrice", "The review went fine. Then a second review with my manager.",
          datetime(2026, 3, 1, 9, 0, tzinfo=UTC), title="Review day", kind=EntryKind.REFLECTION,
          stage=Stage.OWNERSHIP, prompt_key="ownership.what_happened", tags=("work",))
    _save(journal, "phrase", "We talked about the missed deadline and what comes next.",
          datetime(2026, 3, 3, 9, 0, tzinfo=UTC), kind=EntryKind.REFLECTION, stage=Stage.FEELINGS,
          prompt_key="feelings.now", tags=("meeting",))
    _save(journal, "scrambled", "The deadline was missed, I know.",
          datetime(2026, 3, 4, 9, 0, tzinfo=UTC), tags=("meeting",))
    return journal


def _uuids(journal: Journal, text: str, **kwargs: object) -> list[str]:
    return [hit.uuid for hit in journal.search.search(text, **kwargs)]  # type: ignore[arg-type]


def test_ranked_puts_the_entry_about_the_term_first(seeded: Journal) -> None:
    assert _uuids(seeded, "review ") == ["thrice", "once"]


def test_newest_first_order(seeded: Journal) -> None:
    assert _uuids(seeded, "review ", order=SearchOrder.NEWEST) == ["once", "thrice"]
    assert _uuids(seeded, "deadline ", order=SearchOrder.NEWEST) == ["scrambled", "phrase"]


def test_the_last_word_matches_as_a_prefix(seeded: Journal) -> None:
    assert set(_uuids(seeded, "revi")) == {"thrice", "once"}
    assert _uuids(seeded, "revi ") == []
    assert _uuids(seeded, "mana") == ["thrice"]


def test_phrases_match_words_in_order(seeded: Journal) -> None:
    assert _uuids(seeded, '"missed deadline"') == ["phrase"]
    assert set(_uuids(seeded, "missed deadline ")) == {"phrase", "scrambled"}


def test_case_and_diacritics_are_ignored(journal: Journal) -> None:
    _save(journal, "cafe", "Coffee at the Café with Zoë.", datetime(2026, 3, 1, tzinfo=UTC))
    assert _uuids(journal, "cafe ") == ["cafe"]
    assert _uuids(journal, "ZOE ") == ["cafe"]


def test_hit_carries_metadata_and_a_marked_snippet(seeded: Journal) -> None:
    [hit] = seeded.search.search("manager")
    assert (hit.uuid, hit.kind, hit.stage, hit.title) == ("thrice", EntryKind.REFLECTION, Stage.OWNERSHIP,
                                                          "Review day")
    assert (hit.source, hit.field, hit.is_entry) == (SourceKind.ENTRY, "", True)
    assert hit.when == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    assert isinstance(hit.when, datetime) and hit.when.tzinfo is not None
    assert f"{HIGHLIGHT_START}manager{HIGHLIGHT_END}" in hit.snippet
    assert hit.entry_id is not None and hit.entry_id > 0


def test_a_long_body_gives_a_short_snippet_around_the_hit(journal: Journal) -> None:
    body = " ".join(["filler"] * 200) + " needle " + " ".join(["filler"] * 200)
    _save(journal, "long", body, datetime(2026, 3, 1, tzinfo=UTC))
    [hit] = journal.search.search("needle")
    assert f"{HIGHLIGHT_START}needle{HIGHLIGHT_END}" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet.split()) <= 16


def test_filter_by_stage_and_kind(seeded: Journal) -> None:
    owning = SearchFilters(stages=frozenset({Stage.OWNERSHIP}))
    assert _uuids(seeded, "review", filters=owning) == ["thrice"]
    either = SearchFilters(stages=frozenset({Stage.OWNERSHIP, Stage.FEELINGS}))
    assert set(_uuids(seeded, "the", filters=either)) == {"thrice", "phrase"}
    evenings = SearchFilters(kinds=frozenset({EntryKind.EVENING}))
    assert _uuids(seeded, "review", filters=evenings) == ["once"]
    free = SearchFilters(kinds=frozenset({EntryKind.FREE, EntryKind.EVENING}))
    assert set(_uuids(seeded, "the", filters=free)) == {"once", "scrambled"}


def test_filter_by_tag(seeded: Journal) -> None:
    assert set(_uuids(seeded, "deadline", filters=SearchFilters(tag="meeting"))) == {"phrase", "scrambled"}
    assert _uuids(seeded, "review", filters=SearchFilters(tag=" work ")) == ["thrice"]
    assert _uuids(seeded, "review", filters=SearchFilters(tag="meeting")) == []


def test_filter_by_local_days(journal: Journal, local_timezone: Callable[[str], None]) -> None:
    local_timezone("EST+5")
    # 02:00 UTC on 2 March is still 1 March in New York.
    _save(journal, "late", "plan notes", datetime(2026, 3, 2, 2, 0, tzinfo=UTC))
    _save(journal, "next", "plan notes", datetime(2026, 3, 2, 12, 0, tzinfo=UTC))
    _save(journal, "after", "plan notes", datetime(2026, 3, 3, 12, 0, tzinfo=UTC))
    first = SearchFilters(since=date(2026, 3, 1), until=date(2026, 3, 1))
    assert _uuids(journal, "plan", filters=first) == ["late"]
    assert set(_uuids(journal, "plan", filters=SearchFilters(since=date(2026, 3, 2)))) == {"next", "after"}
    assert set(_uuids(journal, "plan", filters=SearchFilters(until=date(2026, 3, 2)))) == {"late", "next"}


def test_filters_combine(seeded: Journal) -> None:
    filters = SearchFilters(kinds=frozenset({EntryKind.REFLECTION}), tag="meeting", since=date(2026, 3, 3))
    assert _uuids(seeded, "deadline", filters=filters) == ["phrase"]


def test_deleted_entries_are_not_found_until_restored(seeded: Journal) -> None:
    seeded.delete_entry("thrice")
    assert _uuids(seeded, "review") == ["once"]
    seeded.restore_entry("thrice")
    assert set(_uuids(seeded, "review")) == {"once", "thrice"}


def test_edits_are_searchable_at_once(seeded: Journal) -> None:
    _save(seeded, "once", "Now about budgets instead.", datetime(2026, 3, 5, tzinfo=UTC),
          kind=EntryKind.EVENING)
    assert _uuids(seeded, "review") == ["thrice"]
    assert _uuids(seeded, "budgets") == ["once"]


def test_limit(seeded: Journal) -> None:
    assert len(seeded.search.search("the", limit=2)) == 2
    assert seeded.search.search("the", limit=0) == []


@pytest.mark.parametrize(
    "text", ['"', "AND", "OR", "NOT", "NEAR", 'foo"bar', "*", "(", ")", "", "  ", "a*b", "NEAR(review",
             "review OR", "-review", "col:review", "{title}: review", "^review", "'", "\x00", "🧭"],
)
def test_odd_input_never_raises(seeded: Journal, text: str) -> None:
    hits = seeded.search.search(text)
    assert isinstance(hits, list)
    if fts_query(text) is None:
        assert hits == []


def test_operator_words_search_for_themselves(journal: Journal) -> None:
    _save(journal, "and", "This and that.", datetime(2026, 3, 1, tzinfo=UTC))
    _save(journal, "none", "Nothing here.", datetime(2026, 3, 2, tzinfo=UTC))
    assert _uuids(journal, "AND") == ["and"]
    assert _uuids(journal, 'review"AND') == []


PlanRow = tuple[int, int, str]


def _plan_rows(
    journal: Journal, order: SearchOrder, filters: SearchFilters, variant: Variant | None = None
) -> list[PlanRow]:
    """EXPLAIN QUERY PLAN for one variant of the search statement: (id, parent, detail) per plan row.

    By default the variant for many matches: FTS5's bm25 order ranked, the date walk newest first.
    """
    chosen = variant or (Variant.WALKED if order is SearchOrder.NEWEST else Variant.RANKED)
    statement = search_statement('"review"', filters, order, variants=(chosen,))
    with journal._engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        rows = driver.execute(f"EXPLAIN QUERY PLAN {statement.sql}", statement.params).fetchall()
    return [(int(row[0]), int(row[1]), str(row[3])) for row in rows]


def _subtree(rows: list[PlanRow], parent: int) -> list[PlanRow]:
    found: list[PlanRow] = []
    for row in rows:
        if row[1] == parent:
            found.append(row)
            found.extend(_subtree(rows, row[0]))
    return found


def _arm(rows: list[PlanRow], table: str) -> list[str]:
    """The plan rows of the part of the statement that scans `table`'s FTS index: the node holding
    its first scan, with everything below it. With the tools left out that is the whole plan;
    with them, the entries' (or the tools') arm of the UNION ALL, apart from the merge of the
    pages each arm hands over."""
    scan = next(row for row in rows if row[2].startswith(f"SCAN {table} VIRTUAL TABLE"))
    return [detail for _id, _parent, detail in _subtree(rows, scan[1])]


def _whole_row_sorts(rows: list[PlanRow]) -> list[PlanRow]:
    """The sorts of rows that carry their snippets: every "USE TEMP B-TREE" but the final merge of
    the arms' pages (at the top) and a ranked page's own sort of (rowid, score) pairs, which is
    materialized apart as `page` before a single pass cuts the snippets of its rows only."""
    pages = [row for row in rows if row[2] == "MATERIALIZE page"]
    inside = {row[0] for page in pages for row in _subtree(rows, page[0])}
    return [row for row in rows if "USE TEMP B-TREE" in row[2] and row[1] != 0 and row[0] not in inside]


def _plan(
    journal: Journal, order: SearchOrder, filters: SearchFilters, variant: Variant | None = None
) -> list[str]:
    """The entries' part of the plan: what finds, filters and orders the entries. The statement's
    final merge of the arms' pages (a sort of at most `limit` rows, at the top) is not part of it."""
    rows = [row for row in _plan_rows(journal, order, filters, variant)
            if not (row[1] == 0 and row[2] == "USE TEMP B-TREE FOR ORDER BY")]
    return _arm(rows, "entries_fts")


@pytest.mark.parametrize(
    "filters",
    [SearchFilters(), SearchFilters(stages=frozenset({Stage.OWNERSHIP}), kinds=frozenset({EntryKind.FREE}),
                                    tag="work", since=date(2026, 1, 1), until=date(2026, 12, 31))],
)
def test_ranked_query_is_driven_by_the_fts_index_without_a_sort(
    seeded: Journal, filters: SearchFilters
) -> None:
    plan = _plan(seeded, SearchOrder.RANKED, filters)
    assert plan[0].startswith("SCAN entries_fts VIRTUAL TABLE INDEX"), plan
    assert any(row.startswith("SEARCH entries USING INTEGER PRIMARY KEY") for row in plan), plan
    # The page is chosen from (rowid, score) pairs (equal scores newest first); whole rows, with
    # their snippets, are never sorted.
    rows = _plan_rows(seeded, SearchOrder.RANKED, filters)
    assert any(row[2] == "MATERIALIZE page" for row in rows), rows
    assert not _whole_row_sorts(rows), rows


@pytest.mark.parametrize(
    "filters",
    [SearchFilters(), SearchFilters(kinds=frozenset({EntryKind.FREE}), tag="work", since=date(2026, 1, 1))],
)
def test_newest_first_walks_the_live_index_and_stops_at_the_page(
    seeded: Journal, filters: SearchFilters
) -> None:
    plan = _plan(seeded, SearchOrder.NEWEST, filters)
    assert plan[0].startswith("SCAN entries_fts VIRTUAL TABLE INDEX"), plan
    walk = ("SCAN entries USING INDEX ix_entries_live_created_at_id",
            "SEARCH entries USING INDEX ix_entries_live_created_at_id")
    assert any(row.startswith(walk) for row in plan), plan
    # The page is one FTS scan plus one rowid set, never a MATCH probe per entry.
    assert not any("VIRTUAL TABLE INDEX 0:=" in row for row in plan), plan
    assert sum(row.startswith("SCAN entries_fts VIRTUAL TABLE INDEX") for row in plan) == 2, plan


def test_newest_first_pages_skip_deleted_and_keep_filters(seeded: Journal) -> None:
    assert _uuids(seeded, "the", order=SearchOrder.NEWEST, limit=2) == ["scrambled", "phrase"]
    seeded.delete_entry("scrambled")
    assert _uuids(seeded, "the", order=SearchOrder.NEWEST, limit=2) == ["phrase", "once"]
    meetings = SearchFilters(tag="meeting")
    assert _uuids(seeded, "the", order=SearchOrder.NEWEST, filters=meetings) == ["phrase"]
    hits = seeded.search.search("review", order=SearchOrder.NEWEST, limit=1)
    assert [hit.uuid for hit in hits] == ["once"]
    assert f"{HIGHLIGHT_START}review{HIGHLIGHT_END}" in hits[0].snippet


@pytest.mark.parametrize("expression", ['"unclosed', "AND", "nosuchcolumn : x", "NEAR("])
def test_an_expression_fts5_refuses_finds_nothing_instead_of_failing(
    seeded: Journal, monkeypatch: pytest.MonkeyPatch, expression: str
) -> None:
    # The last resort behind fts_query: feed the service expressions FTS5 itself rejects.
    monkeypatch.setattr("app.store.search_hits.fts_query", lambda text: expression)
    assert seeded.search.search("review") == []
    assert seeded.count_entries() == 4  # the journal is untouched and still usable


def _mood(journal: Journal, uuid: str, at: datetime, mood: int) -> None:
    journal.feelings.save_mood_check(MoodCheck(uuid=uuid, at=at, mood=mood))


@pytest.fixture
def moody(journal: Journal, local_timezone: Callable[[str], None]) -> Journal:
    """Three local days in New York: a low day, a day that ended well, and a day with no check-in."""
    local_timezone("EST+5")
    _save(journal, "low", "standup notes", datetime(2026, 3, 2, 14, 0, tzinfo=UTC))
    _mood(journal, "low-1", datetime(2026, 3, 2, 22, 0, tzinfo=UTC), 2)
    # 03:00 UTC on 4 March is still 3 March in New York: the check-in belongs to that local day.
    _save(journal, "mixed", "standup notes", datetime(2026, 3, 3, 13, 0, tzinfo=UTC))
    _mood(journal, "mixed-1", datetime(2026, 3, 3, 12, 0, tzinfo=UTC), 1)
    _mood(journal, "mixed-2", datetime(2026, 3, 4, 3, 0, tzinfo=UTC), 5)
    # 01:00 UTC on 3 March is 2 March in New York: written on the low day.
    _save(journal, "late", "standup notes", datetime(2026, 3, 3, 1, 0, tzinfo=UTC))
    _save(journal, "none", "standup notes", datetime(2026, 3, 6, 15, 0, tzinfo=UTC))
    _mood(journal, "other-day", datetime(2026, 3, 7, 15, 0, tzinfo=UTC), 2)
    return journal


def test_mood_filter_uses_the_latest_check_in_of_the_local_day(moody: Journal) -> None:
    low = SearchFilters(moods=frozenset({1, 2}))
    assert set(_uuids(moody, "standup", filters=low)) == {"low", "late"}
    good = SearchFilters(moods=frozenset({4, 5}))
    assert _uuids(moody, "standup", filters=good) == ["mixed"]
    assert _uuids(moody, "standup", filters=SearchFilters(moods=frozenset({3}))) == []
    assert len(_uuids(moody, "standup")) == 4  # no mood filter: days without a check-in count too


def test_mood_filter_in_newest_first_order_and_with_other_filters(moody: Journal) -> None:
    low = SearchFilters(moods=frozenset({2}))
    assert _uuids(moody, "standup", filters=low, order=SearchOrder.NEWEST) == ["late", "low"]
    narrowed = SearchFilters(moods=frozenset({2}), since=date(2026, 3, 2), until=date(2026, 3, 2),
                             kinds=frozenset({EntryKind.FREE}))
    assert _uuids(moody, "standup", filters=narrowed, order=SearchOrder.NEWEST) == ["late", "low"]
    assert _uuids(moody, "standup", filters=SearchFilters(moods=frozenset({0, 6}))) == []


def test_a_newer_check_in_moves_a_day_between_moods(moody: Journal) -> None:
    _mood(moody, "low-2", datetime(2026, 3, 2, 23, 30, tzinfo=UTC), 4)
    assert _uuids(moody, "standup", filters=SearchFilters(moods=frozenset({2}))) == []
    assert set(_uuids(moody, "standup", filters=SearchFilters(moods=frozenset({4})))) == {"low", "late"}
    moody.feelings.delete_mood_check("low-2")
    assert set(_uuids(moody, "standup", filters=SearchFilters(moods=frozenset({2})))) == {"low", "late"}


@pytest.mark.parametrize("order", [SearchOrder.RANKED, SearchOrder.NEWEST])
def test_mood_filtered_plan_probes_the_mood_index_once_per_entry(seeded: Journal, order: SearchOrder) -> None:
    plan = _plan(seeded, order, SearchFilters(moods=frozenset({1, 2}), tag="work"))
    assert plan[0].startswith("SCAN entries_fts VIRTUAL TABLE INDEX"), plan
    assert any(row.startswith("SEARCH mood_checks USING INDEX ix_mood_checks_at") for row in plan), plan
    assert not any(row.startswith("SCAN mood_checks") for row in plan), plan
    # No sort of whole rows: newest first sorts only its final page; ranked with a mood filter,
    # FTS5 hands rows over in bm25 order and the day's mood is read only until the page is full.
    rows = _plan_rows(seeded, order, SearchFilters(moods=frozenset({1, 2}), tag="work"))
    assert not _whole_row_sorts(rows), rows
    if order is SearchOrder.RANKED:
        assert not any("USE TEMP B-TREE" in row for row in plan), plan


# -- capped snippets; a journal at the ends of the calendar -----------------------------------


@pytest.mark.parametrize("order", list(SearchOrder))
def test_a_one_word_body_of_megabytes_gives_a_short_snippet(journal: Journal, order: SearchOrder) -> None:
    """FTS5 cuts a snippet to a few words, but one word can be the whole 5 MB body: the hit holds
    a glimpse with the highlight closed, and an over-long title is cut too."""
    blob = "blob" + "x" * 5_000_000
    _save(journal, "huge", blob, datetime(2026, 3, 2, 9, 0, tzinfo=UTC), title="T" * 100_000)
    (hit,) = journal.search.search("blob", order=order)
    assert len(hit.snippet) <= MAX_SNIPPET_CHARS + 2 and hit.snippet.endswith(HIGHLIGHT_END + "…")
    assert hit.snippet.count(HIGHLIGHT_START) == hit.snippet.count(HIGHLIGHT_END) == 1
    assert hit.title == "T" * MAX_TITLE_CHARS + "…"
    _save(journal, "short", "A short review.", datetime(2026, 3, 3, 9, 0, tzinfo=UTC), title="Short")
    (short,) = journal.search.search("review", order=order)  # an ordinary hit is untouched
    assert short.snippet == f"A short {HIGHLIGHT_START}review{HIGHLIGHT_END}." and short.title == "Short"


@pytest.mark.parametrize("zone", ZONES)
def test_search_finds_entries_at_the_ends_of_the_calendar(tmp_path: Path, zone: str) -> None:
    build_extreme_journal(tmp_path / "journal")
    journal = Journal.open(tmp_path / "journal")
    try:
        with local_zone(zone):
            for order in SearchOrder:
                assert len(journal.search.search("written", order=order)) == 3
            edges = SearchFilters(since=date.min, until=date.max)
            assert len(journal.search.search("written", edges)) == 3
            early = journal.search.search("written", SearchFilters(until=date(1, 1, 2)))
            assert [hit.when.year for hit in early] == [1]
            late = journal.search.search("written", SearchFilters(since=date(9999, 12, 30)))
            assert [hit.when.year for hit in late] == [9999]
            journal.search.search("written", SearchFilters(moods=frozenset({3})))  # SQLite's own dates
    finally:
        journal.close()
