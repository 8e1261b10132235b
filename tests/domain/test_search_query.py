"""What the person types becomes a safe FTS5 expression: words, prefixes, phrases, and odd input."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from app.domain.search import (
    FIELD_WORDS,
    MAX_TERMS,
    MOOD_GROUPS,
    MOODS,
    TOOL_KINDS,
    TOOL_STAGES,
    SearchFilters,
    SearchHit,
    SourceKind,
    fts_query,
    hit_day,
    terms,
    where_written,
)


def test_plain_words_are_quoted_terms_joined_with_and() -> None:
    assert fts_query("missed review ") == '"missed" AND "review"'


def test_the_word_being_typed_is_a_prefix() -> None:
    assert fts_query("missed rev") == '"missed" AND "rev"*'
    assert fts_query("rev") == '"rev"*'


def test_a_single_letter_being_typed_is_a_prefix() -> None:
    assert fts_query("m") == '"m"*'
    assert fts_query("plan a") == '"plan" AND "a"*'
    assert fts_query("plan a ") == '"plan" AND "a"'  # a finished one-letter word is a word
    assert fts_query("ab") == '"ab"*'


def test_quoted_phrases_stay_phrases_and_are_never_prefixes() -> None:
    assert fts_query('"missed the review"') == '"missed the review"'
    assert fts_query('"missed review" manager') == '"missed review" AND "manager"*'


def test_stray_quotes_are_separators() -> None:
    assert fts_query('"') is None
    assert fts_query('foo"bar') == '"foo" AND "bar"*'
    assert fts_query('"open phrase') == '"open" AND "phrase"*'
    assert fts_query('"closed" "open') == '"closed" AND "open"*'


@pytest.mark.parametrize("word", ["AND", "OR", "NOT", "NEAR"])
def test_operator_words_are_searched_as_words(word: str) -> None:
    assert fts_query(f"{word} ") == f'"{word}"'
    assert fts_query(f"plan {word} review ") == f'"plan" AND "{word}" AND "review"'


def test_punctuation_is_dropped_and_joined_words_become_phrases() -> None:
    assert fts_query("follow-up. ") == '"follow up"'
    assert fts_query("NEAR(a b) ") == '"NEAR a" AND "b"'
    assert fts_query("(review)") == '"review"'  # ends in punctuation, so not still being typed
    assert fts_query("col:review ") == '"col review"'
    assert fts_query("^start -minus +plus ") == '"start" AND "minus" AND "plus"'


def test_unicode_words_are_kept_and_normalised() -> None:
    assert fts_query("café ") == '"café"'
    assert fts_query("cafe\u0301 ") == '"café"'  # decomposed input is composed first
    assert fts_query("Über שלום 日本語") == '"Über" AND "שלום" AND "日本語"*'


@pytest.mark.parametrize("text", ["", "   ", "*", "(", ")", '""', '" "', "-", "...", "_", "🧭", "\x00"])
def test_no_words_means_no_query(text: str) -> None:
    assert fts_query(text) is None


def test_a_pasted_page_is_capped() -> None:
    query = fts_query(" ".join(f"w{n}" for n in range(500)))
    assert query is not None
    assert query.count(" AND ") == MAX_TERMS - 1


@pytest.mark.parametrize(
    "text",
    ['"', "AND", "OR NOT", 'foo"bar', "*", "(", "a*b", "NEAR(", "col:x", "{x y}", "x OR", "- x", "'", "\\",
     "^"],
)
def test_every_expression_is_accepted_by_fts5(text: str) -> None:
    database = sqlite3.connect(":memory:")
    database.execute(
        "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"
    )
    database.execute("INSERT INTO t VALUES ('and or', 'not near x y b')")
    query = fts_query(text)
    if query is not None:
        database.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()


def test_terms_are_the_words_to_highlight_once_each() -> None:
    assert terms('Review "the REVIEW" follow-up') == ["review", "the", "follow", "up"]
    assert terms("(*)") == []


def test_mood_groups_split_every_mood_once() -> None:
    groups = list(MOOD_GROUPS.values())
    assert set().union(*groups) == set(MOODS)
    assert sum(len(group) for group in groups) == len(MOODS)
    assert SearchFilters().moods == frozenset()  # no mood filter unless one is asked for


# -- where a tool's words were written --------------------------------------------------------------


def _tool_hit(source: SourceKind, field: str, when: datetime | date, title: str = "") -> SearchHit:
    return SearchHit(source=source, uuid="u", field=field, title=title, snippet="", when=when)


def test_the_where_line_names_the_place_in_plain_words() -> None:
    march = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
    today = date(2026, 6, 1)
    assert where_written(_tool_hit(SourceKind.CHECKIN, "notes", march), today) == "Check-in, 4 March: notes"
    assert where_written(_tool_hit(SourceKind.CHECKIN, "notes", march), date(2027, 1, 1)) == (
        "Check-in, 4 March 2026: notes")  # another year says which
    evidence = _tool_hit(SourceKind.EVIDENCE, "text", date(2026, 3, 12))
    assert where_written(evidence, today) == "Evidence, 12 March"
    assert where_written(_tool_hit(SourceKind.STATEMENT_DRAFT, "what_i_own", march)) == (
        "Statement draft: what I own")
    assert where_written(_tool_hit(SourceKind.GOAL, "success", march, "Ship on time")) == (
        "Goal “Ship on time”: what success looks like")
    assert where_written(_tool_hit(SourceKind.DECISION, "reasons_to_leave", march), today) == (
        "Stay or go, 4 March: reasons to leave")
    assert where_written(_tool_hit(SourceKind.PLAN_MILESTONE, "met:60", date(2026, 5, 1)), today) == (
        "60-day checkpoint, 1 May: what was met")
    assert where_written(_tool_hit(SourceKind.STAKEHOLDER, "expectations:2", march, "")) == (
        "Plan: what a stakeholder expects")


def test_a_long_or_empty_goal_title_reads_well_in_the_where_line() -> None:
    long = _tool_hit(SourceKind.GOAL, "notes", date(2026, 3, 4), "A goal " * 20)
    assert where_written(long).startswith("Goal “A goal A goal") and "…”: notes" in where_written(long)
    assert where_written(_tool_hit(SourceKind.GOAL, "title", date(2026, 3, 4), "  ")) == "Goal (untitled)"


def test_a_hit_says_its_column_part_and_day() -> None:
    hit = _tool_hit(SourceKind.GOAL_MILESTONE, "success:1", date(2026, 5, 1))
    assert (hit.column, hit.part, hit.is_entry, hit_day(hit)) == ("success", "1", False, date(2026, 5, 1))
    plain = _tool_hit(SourceKind.MOOD, "note", datetime(2026, 3, 4, 12, 0, tzinfo=UTC))
    assert (plain.column, plain.part) == ("note", "")
    assert set(TOOL_STAGES) == set(TOOL_KINDS) and SourceKind.ENTRY not in TOOL_KINDS
    assert {kind for kind, _column in FIELD_WORDS} == set(TOOL_KINDS)
