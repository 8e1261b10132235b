"""A word still being typed is spelled out as the words the journal holds that start with it
(app/store/search_terms.py): the same hits in the same order as the prefix gives, read without
FTS5 merging every such word's list, and never from a stale list of words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from app.domain.records import Entry, EntryKind
from app.domain.search import SearchFilters, SearchHit, SearchOrder
from app.domain.stages import Stage
from app.domain.workbench import CheckIn
from app.store import search_terms
from app.store.journal import Journal
from app.store.search import SearchService

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
WORDS = ("work", "worried", "worry", "world", "word", "workshop", "manager", "about", "told", "the")


def _fill(journal: Journal, count: int = 240) -> None:
    """Entries whose words vary in how often and how close together they come, so bm25 tells them
    apart; a few check-ins hold words only the tools' index has."""
    entries = []
    for index in range(count):
        words = [WORDS[(index * 7 + step * 3) % len(WORDS)] for step in range(1 + index % 5)]
        body = " ".join(words) + f" filler {'padding ' * (index % 9)}end {index}"
        when = START + timedelta(hours=index * 5)
        entries.append(Entry(0, f"e{index:04d}", EntryKind.FREE, Stage.FEELINGS if index % 3 else None, None,
                             "", body, (), when, when))
    journal.add_entries(entries)
    for index in range(6):
        when = START + timedelta(days=3 + index)
        journal.checkins.save_checkin(CheckIn(f"c{index}", when, "", f"the workbench worried me {index}",
                                              None, False, "", when, when))


def _kept_as_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference: every word being typed stays a prefix (no list of words is short enough)."""
    monkeypatch.setattr(search_terms, "MAX_TERMS", 0)


def _seen(hits: list[SearchHit]) -> list[tuple[str, str, str]]:
    return [(hit.source.value, hit.uuid, hit.field) for hit in hits]


def _matches(journal: Journal, action: Any) -> list[str]:
    """The MATCH expressions the statements were given."""
    given: list[str] = []

    def note(*args: Any) -> None:
        parameters = args[3]
        values = parameters.values() if isinstance(parameters, dict) else parameters
        given.extend(str(value) for value in values if isinstance(value, str) and '"' in str(value))

    event.listen(journal._engine, "before_cursor_execute", note)
    try:
        action()
    finally:
        event.remove(journal._engine, "before_cursor_execute", note)
    return given


TEXTS = ("wor", "worr", "work", "workshop", "the wor", "told the wor", "manag", "the m", "abo",
         "worried abou")


@pytest.mark.parametrize("order", list(SearchOrder))
def test_spelled_out_the_hits_are_the_prefix_s_own(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, order: SearchOrder
) -> None:
    _fill(journal)
    services = [journal.search, SearchService(journal._sessions, window=40, rank_all=40)]  # + the window
    filters = [SearchFilters(), SearchFilters(stages=frozenset({Stage.FEELINGS}))]
    got = {(text, index, which): service.search(text, chosen, order, limit=30)
           for text in TEXTS for index, chosen in enumerate(filters)
           for which, service in enumerate(services)}
    _kept_as_typed(monkeypatch)
    assert sum(bool(hits) for hits in got.values()) >= len(got) - 4  # nearly every search finds some
    for (text, index, which), hits in got.items():
        expected = services[which].search(text, filters[index], order, limit=30)
        assert _seen(hits) == _seen(expected), (text, index, which)
        for hit, reference in zip(hits, expected, strict=True):  # the same words marked
            assert _marked(hit.snippet) == _marked(reference.snippet), (text, hit.uuid)


def _marked(snippet: str) -> set[str]:
    return {part.split("\x03")[0].lower() for part in snippet.split("\x02")[1:]}


def test_one_word_being_typed_is_searched_as_that_word(journal: Journal) -> None:
    _fill(journal)
    given = _matches(journal, lambda: journal.search.search("manag"))
    assert '"manager"' in given and not any("*" in match for match in given), given
    given = _matches(journal, lambda: journal.search.search("wor", order=SearchOrder.NEWEST))
    group = '("word" OR "work" OR "workbench" OR "workshop" OR "world" OR "worried" OR "worry")'
    assert group in given and not any('"wor"*' in match for match in given), given
    # Ranked, several words: the matches are read through the group, bm25 still scores the prefix.
    given = _matches(journal, lambda: journal.search.search("worr"))
    assert '("worried" OR "worry")' in given and '"worr"*' in given, given


def test_a_word_nothing_starts_with_is_not_searched_for(journal: Journal) -> None:
    _fill(journal)
    given = _matches(journal, lambda: journal.search.search("the zqx"))
    assert journal.search.search("the zqx") == []
    assert journal.search.search("zqxw", order=SearchOrder.NEWEST) == []
    assert given == [], given  # no MATCH at all: only the vocabularies were read


def test_words_written_or_removed_a_moment_ago_are_spelled_out_at_once(journal: Journal) -> None:
    _fill(journal, 30)
    assert journal.search.search("wormh") == []
    when = START + timedelta(days=400)
    journal.add_entries([Entry(0, "fresh", EntryKind.FREE, None, None, "", "a wormhole and a wormhold", (),
                               when, when)])
    assert [hit.uuid for hit in journal.search.search("wormh")] == ["fresh"]
    assert [hit.uuid for hit in journal.search.search("wormho", order=SearchOrder.NEWEST)] == ["fresh"]
    journal.delete_entry("fresh")
    assert journal.search.search("wormh") == []


def test_only_plain_words_of_three_letters_or_more_are_spelled_out() -> None:
    assert search_terms.typed_prefix('"told" AND "wor"*') == search_terms.Typed("wor", '"wor"*')
    assert search_terms.typed_prefix('"Wor"*') == search_terms.Typed("wor", '"Wor"*')
    assert search_terms.typed_prefix('"wo"*') is None  # ready-made prefix lists (revision 0009)
    assert search_terms.typed_prefix('"the wor"*') is None  # a phrase ending in a prefix
    assert search_terms.typed_prefix('"café"*') is None  # FTS5 folds it its own way
    assert search_terms.typed_prefix('"work"') is None  # finished
    typed = search_terms.Typed("wor", '"wor"*')
    assert search_terms.replaced('"the" AND "wor"*', typed, '"work"') == '"the" AND "work"'
    assert search_terms.replaced('"wor"*', typed, '("work" OR "worry")') == '("work" OR "worry")'
    assert search_terms.spelled_out(typed, ["work"] * (search_terms.MAX_TERMS + 1)) is None
