"""Reading many matches from a floor up (`Variant.FLOORED`, `FLOOR_RANKED`) gives the very page a
read of every match gives, however entries were added; and a short word being typed is shown
newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from app.domain.records import Entry, EntryKind
from app.domain.search import (
    SearchFilters,
    SearchOrder,
    effective_order,
    fts_query,
    fts_words,
    is_being_typed_short,
)
from app.domain.stages import Stage
from app.store.journal import Journal
from app.store.search import SearchService
from app.store.search_sql import FLOOR_REACH, Variant, search_statement

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _add(journal: Journal, indexes: range | list[int], text: str = "alpha", prefix: str = "m") -> None:
    """One entry a day per index (its day), added in the order given: ids follow the order added."""
    journal.add_entries([
        Entry(0, f"{prefix}{index:05d}", EntryKind.FREE, Stage.FEELINGS if index % 3 else None, None, "",
              f"{text} {'beta' if index % 2 else 'gamma'} {'alpha ' * (index % 4)}{index}", (),
              START + timedelta(days=index), START + timedelta(days=index))
        for index in indexes])


ANY = SearchFilters()


def _walked(journal: Journal, text: str, filters: SearchFilters = ANY, limit: int = 50) -> list[str]:
    match = fts_query(text)
    assert match is not None
    statement = search_statement(match, filters, SearchOrder.NEWEST, limit, variants=(Variant.WALKED,))
    with journal._engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        return [row[1] for row in driver.execute(statement.sql, statement.params).fetchall()]


def _uuids(service: SearchService, text: str, **kwargs: Any) -> list[str]:
    return [hit.uuid for hit in service.search(text, **kwargs)]


def _statements(journal: Journal, action: Any) -> list[str]:
    seen: list[str] = []

    def note(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(journal._engine, "before_cursor_execute", note)
    try:
        action()
    finally:
        event.remove(journal._engine, "before_cursor_execute", note)
    return seen


def test_a_short_word_being_typed_is_shown_newest_first() -> None:
    assert is_being_typed_short("the m") and is_being_typed_short("wor") and is_being_typed_short("told th")
    assert not is_being_typed_short("worr") and not is_being_typed_short("wor ")
    assert not is_being_typed_short('"the m"') and not is_being_typed_short("")
    assert effective_order("the m", SearchOrder.RANKED) is SearchOrder.NEWEST
    assert effective_order("the mo", SearchOrder.RANKED) is SearchOrder.NEWEST
    assert effective_order("the mor", SearchOrder.RANKED) is SearchOrder.NEWEST
    assert effective_order("the more", SearchOrder.RANKED) is SearchOrder.RANKED
    assert effective_order("the m ", SearchOrder.RANKED) is SearchOrder.RANKED  # finished words
    assert fts_words('told "the m" follow-up mo') == ['"told"', '"the"', '"m"', '"follow"', '"up"', '"mo"*']


def test_newest_first_from_the_floor_is_the_walk_s_page(journal: Journal) -> None:
    _add(journal, range(1500))
    hits = _statements(journal, lambda: _uuids(journal.search, "alpha ", order=SearchOrder.NEWEST))
    assert any(":floor" in sql or "rowid >= ?" in sql for sql in hits), hits  # the floor was used
    assert _uuids(journal.search, "alpha ", order=SearchOrder.NEWEST) == _walked(journal, "alpha ")
    assert _uuids(journal.search, "al", limit=7) == _walked(journal, "al", limit=7)
    assert _uuids(journal.search, "alpha b", limit=20) == _walked(journal, "alpha b", limit=20)


def test_newest_first_with_newer_entries_added_before_an_old_import(journal: Journal) -> None:
    """Written first and newest, then 1,500 older entries imported: the newest entries sit below
    the floor's rows, so the page is read in full and still starts with them."""
    _add(journal, range(3000, 3030), prefix="n")
    _add(journal, range(1500))
    expected = _walked(journal, "alpha ")
    assert expected[:30] == [f"n{index:05d}" for index in range(3029, 2999, -1)]
    assert _uuids(journal.search, "alpha ", order=SearchOrder.NEWEST) == expected
    assert _uuids(journal.search, "alp", limit=40) == _walked(journal, "alp", limit=40)


def test_newest_first_with_old_entries_imported_last_and_filters(journal: Journal) -> None:
    _add(journal, range(FLOOR_REACH, FLOOR_REACH + 1200))
    _add(journal, range(0, 900), prefix="o")  # older, added later: above the floor, below the page
    for filters in (SearchFilters(), SearchFilters(stages=frozenset({Stage.FEELINGS})),
                    SearchFilters(since=(START + timedelta(days=2150)).date())):
        for text in ("alpha ", "alpha beta ", "be"):
            assert _uuids(journal.search, text, filters=filters, order=SearchOrder.NEWEST) == \
                _walked(journal, text, filters), (text, filters)


def _reference(journal: Journal, match: str, window: int, filters: SearchFilters) -> list[str]:
    """The newest `window` matches (filters kept) ranked by bm25 from a read of every match."""
    everything = SearchService(journal._sessions, window=10**9, rank_all=10**9)
    newest = [hit.uuid for hit in everything.search(match, filters, SearchOrder.NEWEST, limit=10**6)
              if hit.is_entry][:window]
    ranked = [hit.uuid for hit in everything.search(match, filters, SearchOrder.RANKED, limit=10**6)
              if hit.is_entry]
    return [uuid for uuid in ranked if uuid in set(newest)]


def test_the_ranked_window_from_the_floor_is_the_newest_window(journal: Journal) -> None:
    _add(journal, range(600))
    _add(journal, range(600, 640), text="alpha alpha alpha", prefix="x")
    _add(journal, range(100, 140), text="alpha alpha alpha alpha", prefix="o")  # old, added last
    window = 50
    service = SearchService(journal._sessions, window=window, rank_all=window)
    for filters in (SearchFilters(), SearchFilters(stages=frozenset({Stage.FEELINGS}))):
        for text in ("alpha ", "alpha beta ", "alpha beta"):  # the last word still being typed too
            expected = _reference(journal, text, window, filters)
            got = [hit.uuid for hit in service.search(text, filters, limit=200) if hit.is_entry]
            assert sorted(got) == sorted(expected), (text, filters)
            assert got[:10] == expected[:10], (text, filters)
    seen = _statements(journal, lambda: service.search("alpha "))
    assert any("FROM top" in sql for sql in seen[:-1]), seen  # the window read first, on its own
    assert "FROM top" not in seen[-1], seen  # the window's scan never shares a statement with bm25


def test_equal_scores_at_the_edge_of_a_page_from_the_window_are_the_newest(journal: Journal) -> None:
    """Entries written alike score alike: the window's page keeps the newest of them, as the full
    window read does (an independent review found the floor's page keeping the oldest)."""
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    journal.add_entries([
        Entry(0, f"same-{i:04d}", EntryKind.FREE, None, None, "", "daily standup notes", (),
              start + timedelta(days=i), start + timedelta(days=i))
        for i in range(300)
    ])
    service = SearchService(journal._sessions, window=50, rank_all=50)
    got = [hit.uuid for hit in service.search("standup notes", limit=10) if hit.is_entry]
    assert got == [f"same-{i:04d}" for i in range(299, 289, -1)]
    assert got == _reference(journal, "standup notes", 50, SearchFilters())[:10]
    seen = _statements(journal, lambda: service.search("standup notes", limit=10))
    assert "FROM top" in seen[-2] and "json_each(" in seen[-1], seen  # the window held: scored from it
    assert "ORDER BY entries_fts.rank, entries_fts.rowid DESC" in seen[-1], seen


def test_the_ranked_window_when_the_newest_entries_were_added_first(journal: Journal) -> None:
    """The newest entries written first, then 600 older ones imported: the highest rowids are old,
    so the check sends the search to the window off the date index, which gives the same page."""
    _add(journal, range(3000, 3030), text="alpha alpha", prefix="n")
    _add(journal, range(600))
    window = 50
    service = SearchService(journal._sessions, window=window, rank_all=window)
    for text in ("alpha ", "alpha beta", "alpha gamma "):
        expected = _reference(journal, text, window, ANY)
        assert any(uuid.startswith("n") for uuid in expected), text
        got = [hit.uuid for hit in service.search(text, limit=200) if hit.is_entry]
        assert sorted(got) == sorted(expected), text
        assert got[:10] == expected[:10], text
    seen = _statements(journal, lambda: service.search("alpha "))
    assert any("FROM top" in sql for sql in seen) and "FROM top" not in seen[-1], seen  # checked, fell back
    assert "json_each(" not in seen[-1] and "ix_entries_live_created_at_id" in seen[-1], seen


def test_few_matches_newest_first_are_sorted_without_a_floor(journal: Journal) -> None:
    _add(journal, range(1500))
    _add(journal, range(1500, 1520), text="omega")
    seen = _statements(journal, lambda: _uuids(journal.search, "omega ", order=SearchOrder.NEWEST))
    assert len(seen) == 2 and not any("rowid >= ?" in sql for sql in seen), seen  # a count, then the page
    assert _uuids(journal.search, "omega ", order=SearchOrder.NEWEST) == _walked(journal, "omega ")


def test_equal_scores_ranked_over_every_match_show_the_newest(journal: Journal) -> None:
    """Fewer matches than the window: every match is ranked, and of entries written alike the
    newest come first (FTS5's own order of equal scores gave the oldest)."""
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    journal.add_entries([
        Entry(0, f"same-{i:04d}", EntryKind.FREE, None, None, "", "daily standup notes", (),
              start + timedelta(days=i), start + timedelta(days=i))
        for i in range(300)
    ])
    got = [hit.uuid for hit in journal.search.search("standup notes", limit=5)]
    assert got == [f"same-{i:04d}" for i in range(299, 294, -1)]


@pytest.mark.parametrize("variant", list(Variant))
def test_snippets_are_cut_from_the_page_s_lowest_rowid_up(variant: Variant) -> None:
    """Each arm cuts its page's snippets in a pass over the matches that starts at the page's lowest
    rowid: a common word's snippets never cost a scan of every match (measured: 17 ms of 40 for
    '"told the"' at 100,000 entries)."""
    newest = variant in (Variant.SORTED, Variant.WALKED, Variant.FLOORED)
    order = SearchOrder.NEWEST if newest else SearchOrder.RANKED
    tools = Variant.SORTED if newest else Variant.RANKED
    statement = search_statement('"review"', ANY, order, variants=(variant, tools))
    assert statement.sql.count("rowid >= (SELECT min(id) FROM page)") == 2, statement.sql  # both arms
