"""What "best match" means for short and common searches, and the plans that keep it cheap.

A search of one or two letters shows the newest matches first; a longer one ranks by bm25 over all
its matches when at most the window match, else over the newest `window` matches (per index).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.search import (
    ORDER_NOTE,
    RANK_ALL,
    RANK_WINDOW,
    SearchFilters,
    SearchOrder,
    effective_order,
    fts_query,
    is_short,
)
from app.domain.workbench import CheckIn
from app.store.journal import Journal
from app.store.search import SearchService
from app.store.search_sql import FEW, Variant, count_statement, pick, search_statement
from tests.store.test_search import _plan

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _write(journal: Journal, bodies: list[str]) -> None:
    """Entries written a day apart in the order given (the last is the newest), saved out of order."""
    order = list(range(len(bodies)))
    order = order[1::2] + order[::2]  # ids and days disagree: newest first is by day, not by id
    for index in order:
        journal.save_entry(EntryDraft(f"e{index:03d}", EntryKind.FREE, bodies[index]),
                           when=START + timedelta(days=index))


def _bodies(count: int) -> list[str]:
    """Bodies that all hold "budget" a different number of times, and other words now and then."""
    return [" ".join(["budget"] * (1 + index * 7 % 5) + ["filler"] * (index % 9)
                     + ["mango" if index % 3 else "melon"]) for index in range(count)]


def _uuids(service: SearchService, text: str, **kwargs: object) -> list[str]:
    return [hit.uuid for hit in service.search(text, **kwargs)]  # type: ignore[arg-type]


def _service(journal: Journal, window: int) -> SearchService:
    """Ranking windowed as soon as more than `window` match (the app waits for RANK_ALL)."""
    return SearchService(journal._sessions, window=window, rank_all=window)


def _reference(journal: Journal, match: str) -> list[tuple[str, float, str]]:
    """Every live matching entry as (uuid, bm25, created_at), straight from FTS5: no window, no cap."""
    with journal._engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT entries.uuid, bm25(entries_fts), entries.created_at FROM entries_fts "
            "JOIN entries ON entries.id = entries_fts.rowid WHERE entries_fts MATCH ? "
            "AND entries.deleted_at IS NULL", (match,)).all()
    return [(str(row[0]), float(row[1]), str(row[2])) for row in rows]


def test_the_words_say_what_best_match_means() -> None:
    assert is_short("m") and is_short("st") and is_short("I m") and is_short(' "ab" ')
    assert not is_short("sta") and not is_short("") and not is_short("!!") and not is_short("ab c")
    assert effective_order("m", SearchOrder.RANKED) is SearchOrder.NEWEST
    assert effective_order("mango", SearchOrder.RANKED) is SearchOrder.RANKED
    assert effective_order("mango", SearchOrder.NEWEST) is SearchOrder.NEWEST
    assert "newest" in ORDER_NOTE and f"{RANK_WINDOW:,}" in ORDER_NOTE and f"{RANK_ALL:,}" in ORDER_NOTE


@pytest.mark.parametrize("text", ["m", "me", "b", "bu"])
def test_one_or_two_letters_show_the_newest_matches_first_whatever_the_order(
    journal: Journal, text: str
) -> None:
    _write(journal, _bodies(12))
    newest = [f"e{index:03d}" for index in reversed(range(12))
              if any(word.startswith(text) for word in _bodies(12)[index].split())]
    assert newest, "the test's words should match"
    for order in SearchOrder:
        assert _uuids(journal.search, text, order=order, limit=100) == newest
        assert _uuids(journal.search, text, order=order, limit=3) == newest[:3]


def test_a_longer_search_with_few_matches_is_ranked_exactly_as_a_full_ranking(journal: Journal) -> None:
    _write(journal, _bodies(12))
    full = sorted(_reference(journal, '"budget"'), key=lambda row: (row[1], row[2]), reverse=False)
    ranked = _uuids(_service(journal, window=50), "budget ", limit=100)
    assert sorted(ranked) == sorted(row[0] for row in full)
    scores = {row[0]: row[1] for row in full}
    assert [scores[uuid] for uuid in ranked] == sorted(scores[uuid] for uuid in ranked)
    assert _uuids(_service(journal, window=50), "budget ", limit=4) == ranked[:4]
    assert _uuids(journal.search, "budget ", limit=100) == ranked  # the app's window is far larger


@pytest.mark.parametrize("window", [1, 3, 7])
def test_more_matches_than_the_window_rank_the_newest_window(journal: Journal, window: int) -> None:
    _write(journal, _bodies(15))
    journal.delete_entry("e014")  # the newest: a deleted entry takes no place in the window
    rows = sorted(_reference(journal, '"budget"'), key=lambda row: row[2], reverse=True)[:window]
    expected = [row[0] for row in sorted(rows, key=lambda row: (row[1], row[2]))]
    ranked = _uuids(_service(journal, window=window), "budget ", limit=100)
    assert sorted(ranked) == sorted(expected)
    scores = {row[0]: row[1] for row in rows}
    assert [scores[uuid] for uuid in ranked] == sorted(scores.values())
    assert _uuids(_service(journal, window=window), "budget ", limit=2) == ranked[:2]


def test_the_window_counts_the_matches_the_filters_keep(journal: Journal) -> None:
    _write(journal, _bodies(15))
    melons = SearchFilters(since=(START + timedelta(days=6)).date())
    window = 2
    since = str(START + timedelta(days=6))
    rows = [row for row in _reference(journal, '"budget" AND "melon"') if row[2] >= since]
    newest = sorted(rows, key=lambda row: row[2], reverse=True)[:window]
    ranked = _uuids(_service(journal, window=window), "budget melon ", filters=melons, limit=100)
    assert sorted(ranked) == sorted(row[0] for row in newest)


def test_newest_first_is_the_same_whether_few_or_many_match(journal: Journal) -> None:
    """Both ways of finding the page (sorting few matches, walking the date index for many) agree."""
    _write(journal, _bodies(20))
    match = fts_query("budget ")
    assert match is not None
    pages = []
    for variant in (Variant.SORTED, Variant.WALKED):
        statement = search_statement(match, order=SearchOrder.NEWEST, limit=5, variants=(variant,))
        with journal._engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            pages.append([row[1] for row in driver.execute(statement.sql, statement.params).fetchall()])
    assert pages[0] == pages[1] == _uuids(journal.search, "budget ", order=SearchOrder.NEWEST, limit=5)


def test_the_count_picks_the_variant(journal: Journal) -> None:
    _write(journal, _bodies(6))
    match = fts_query("budget ")
    assert match is not None
    statement = count_statement(match, rank_all=3)
    with journal._engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        assert tuple(driver.execute(statement.sql, statement.params).fetchone()) == (6, 0)
    assert pick(SearchOrder.RANKED, 3, rank_all=3) is Variant.RANKED
    assert pick(SearchOrder.RANKED, 4, rank_all=3) is Variant.WINDOWED
    assert pick(SearchOrder.NEWEST, FEW - 1) is Variant.SORTED
    assert pick(SearchOrder.NEWEST, FEW) is Variant.WALKED
    # The tools' arm walks its date index from 1,000 matches too (it sorted up to 25,000: slower).
    assert pick(SearchOrder.NEWEST, 999, tools=True) is Variant.SORTED
    assert pick(SearchOrder.NEWEST, 1000, tools=True) is Variant.WALKED
    assert pick(SearchOrder.RANKED, 4, rank_all=3, filters=SearchFilters(tag="work")) is Variant.RANKED


def _many(journal: Journal, count: int, word_until: int) -> None:
    """`count` entries a day apart (added in one import); those before `word_until` hold "beta"."""
    entries = [Entry(0, f"m{index:05d}", EntryKind.FREE, None, None, "",
                     f"alpha {'beta' if index < word_until else 'gamma'} {index}", (),
                     START + timedelta(days=index), START + timedelta(days=index))
               for index in range(count)]
    journal.add_entries(entries)


def _newest(journal: Journal, text: str, variant: Variant, limit: int = 50) -> list[str]:
    match = fts_query(text)
    assert match is not None
    variants = (variant, Variant.WALKED)
    statement = search_statement(match, order=SearchOrder.NEWEST, limit=limit, variants=variants)
    with journal._engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        return [row[1] for row in driver.execute(statement.sql, statement.params).fetchall()]


def test_dense_matches_newest_first_give_the_walk_s_page(journal: Journal) -> None:
    _many(journal, 1600, word_until=1100)
    walked = _newest(journal, "alpha ", Variant.WALKED)
    assert walked == [f"m{index:05d}" for index in range(1599, 1549, -1)]
    assert _uuids(journal.search, "alpha ", order=SearchOrder.NEWEST) == walked
    assert _uuids(journal.search, "a", order=SearchOrder.NEWEST, limit=7) == walked[:7]


def test_dense_matches_older_than_the_floor_are_still_found(journal: Journal) -> None:
    """1,100 of 1,600 entries match, none of the newest 500: the floor's page is not full, the walk
    finds them."""
    _many(journal, 1600, word_until=1100)
    expected = [f"m{index:05d}" for index in range(1099, 1049, -1)]
    assert _newest(journal, "beta ", Variant.WALKED) == expected
    assert _uuids(journal.search, "beta ", order=SearchOrder.NEWEST) == expected
    assert _uuids(journal.search, "beta ", order=SearchOrder.RANKED)  # ranked, windowed: found too


def test_floored_pages_sit_beside_newer_tool_words(journal: Journal) -> None:
    """Tools newer than every entry take the first places; the entries after them are still right."""
    _many(journal, 1600, word_until=1100)
    for index in range(20):
        when = START + timedelta(days=3000 + index)
        notes = f"alpha beta notes {index}"
        journal.checkins.save_checkin(CheckIn(f"c{index}", when, "", notes, None, False, "", when, when))
    hits = journal.search.search("alpha ", order=SearchOrder.NEWEST)
    assert [hit.uuid for hit in hits[:20]] == [f"c{index}" for index in range(19, -1, -1)]
    assert [hit.uuid for hit in hits[20:]] == [f"m{index:05d}" for index in range(1599, 1569, -1)]
    hits = journal.search.search("beta ", order=SearchOrder.NEWEST)
    assert [hit.uuid for hit in hits[20:]] == [f"m{index:05d}" for index in range(1099, 1069, -1)]


def test_few_matches_newest_first_are_sorted_from_the_fts_scan(journal: Journal) -> None:
    plan = _plan(journal, SearchOrder.NEWEST, SearchFilters(), Variant.SORTED)
    assert plan[0].startswith("SCAN entries_fts VIRTUAL TABLE INDEX"), plan
    assert any(row.startswith("SEARCH entries USING INTEGER PRIMARY KEY") for row in plan), plan
    assert not any("ix_entries_live_created_at_id" in row for row in plan), plan  # no walk of every entry
    assert not any("VIRTUAL TABLE INDEX 0:=" in row for row in plan), plan


def test_the_window_comes_off_the_date_index_and_is_scored_in_one_scan(journal: Journal) -> None:
    plan = _plan(journal, SearchOrder.RANKED, SearchFilters(), Variant.WINDOWED)
    walk = ("SCAN entries USING INDEX ix_entries_live_created_at_id",
            "SEARCH entries USING INDEX ix_entries_live_created_at_id")
    assert plan[0].startswith("SCAN entries_fts VIRTUAL TABLE INDEX"), plan
    assert sum(row.startswith(walk) for row in plan) == 1, plan
    # One scan for the snippets, one to score the window, one for the match set: no probe per row.
    assert sum(row.startswith("SCAN entries_fts VIRTUAL TABLE INDEX") for row in plan) == 3, plan
    assert not any("VIRTUAL TABLE INDEX 0:=" in row for row in plan), plan


def test_the_count_reads_only_the_indexes(journal: Journal) -> None:
    statement = count_statement('"review"')
    with journal._engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        explained = driver.execute(f"EXPLAIN QUERY PLAN {statement.sql}", statement.params)
        plan = [str(row[3]) for row in explained]
    tables = [row for row in plan if row.startswith(("SCAN", "SEARCH")) and "subquery" not in row
              and row != "SCAN CONSTANT ROW"]
    names = [row.split(" VIRTUAL TABLE")[0] for row in tables]
    assert names == ["SCAN entries_fts", "SCAN entries_fts_tools"], plan  # the FTS indexes only
    assert all("VIRTUAL TABLE INDEX 0:M" in row for row in tables[:2]), plan


def test_the_tools_sorted_newest_first_give_the_walk_s_page(journal: Journal) -> None:
    for index in range(30):  # saved out of date order, some without the word
        when = START + timedelta(days=(index * 7) % 30)
        notes = f"alpha notes {index}" if index % 4 else f"other notes {index}"
        journal.checkins.save_checkin(CheckIn(f"c{index}", when, "", notes, None, False, "", when, when))
    match = fts_query("alpha ")
    assert match is not None
    pages = []
    for variant in (Variant.WALKED, Variant.SORTED):
        variants = (Variant.WALKED, variant)
        statement = search_statement(match, order=SearchOrder.NEWEST, limit=10, variants=variants)
        with journal._engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            pages.append([row[1] for row in driver.execute(statement.sql, statement.params).fetchall()])
    assert len(pages[0]) == 10 and pages[0] == pages[1]


def test_a_word_being_typed_is_counted_by_the_word_itself_when_that_is_enough(journal: Journal) -> None:
    """A prefix matches at least what the word itself matches: the count is the same either way."""
    _write(journal, [*_bodies(6), "budgets only", "budgeting too"])
    with journal._engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        for words, rank_all, expected in ((['"budget"*'], 3, 4), (['"budget"*'], 10, 8), (['"budg"*'], 10, 8),
                                          (['"mango"', '"budg"*'], 10, 4), (['"budgets"*'], 10, 1)):
            statement = count_statement('"x"', rank_all=rank_all, order=SearchOrder.RANKED, words=words)
            assert driver.execute(statement.sql, statement.params).fetchone()[0] == expected, words
