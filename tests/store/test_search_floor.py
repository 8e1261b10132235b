"""Reading many matches from a floor up (`Variant.FLOORED`, `FLOOR_RANKED`) gives the very page a
read of every match gives, however entries were added; and a short word being typed is shown
newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

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
        for text in ("alpha ", "alpha beta "):
            expected = _reference(journal, text, window, filters)
            got = [hit.uuid for hit in service.search(text, filters, limit=200) if hit.is_entry]
            assert sorted(got) == sorted(expected), (text, filters)
            assert got[:10] == expected[:10], (text, filters)
    seen = _statements(journal, lambda: service.search("alpha "))
    assert any("rowid >= ?" in sql and "ORDER BY rank" in sql for sql in seen), seen
