"""Word counts, list titles and reading time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.text import first_line, join_once, speaking_seconds, word_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("one", 1),
        ("one two  three\nfour", 4),
        ("don't stop", 2),
        ("it’s fine", 2),
        ("a well-known fact", 3),
        ("Zoë est naïve", 3),
        ("שלום עולם", 2),
        ("日本語", 1),
        ("42 things", 2),
        ("— … !!! ??", 0),
        ("# Heading\n\n- item one\n- item two", 5),
        ("**bold**, _italic_ and `code`.", 4),
        ("a - b", 2),
        ("before -- after", 2),
        ("' quoted '", 1),
        ("rock-'n'-roll", 1),
        ("1. first\n2. second", 4),
    ],
)
def test_word_count(text: str, expected: int) -> None:
    assert word_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("\n\n   \n", ""),
        ("Plain line", "Plain line"),
        ("  indented  ", "indented"),
        ("\n\n  \nSecond line wins\nThird", "Second line wins"),
        ("# Heading", "Heading"),
        ("### Deeper heading", "Deeper heading"),
        ("###### Six", "Six"),
        ("#hashtag", "#hashtag"),
        ("- list item", "list item"),
        ("* star item", "star item"),
        ("+ plus item", "plus item"),
        ("1. numbered", "numbered"),
        ("12) numbered", "numbered"),
        ("> quoted", "quoted"),
        (">quoted", "quoted"),
        ("   # three spaces still a heading", "three spaces still a heading"),
        ("**bold** start", "bold start"),
        ("__strong__ start", "strong start"),
        ("an *emphasised* word", "an emphasised word"),
        ("`code` here", "code here"),
        ("~~struck~~ out", "struck out"),
        ("# **Bold heading**", "Bold heading"),
        ("- a *b* **c**", "a b c"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("#\n\nReal text", "Real text"),
        ("- \n> \nAfter markers", "After markers"),
        ("-\n*\n1.\n##\nAfter empty items", "After empty items"),
        ("-5 degrees", "-5 degrees"),
    ],
)
def test_first_line(text: str, expected: str) -> None:
    assert first_line(text) == expected


def test_first_line_truncates_with_an_ellipsis() -> None:
    long = "word " * 100
    line = first_line(long, limit=40)
    assert len(line) <= 40
    assert line.endswith("…")
    assert not line[:-1].endswith(" ")
    assert long.startswith(line[:-1])


def test_first_line_keeps_a_line_exactly_at_the_limit() -> None:
    exact = "x" * 120
    assert first_line(exact) == exact
    assert first_line(exact + "y") == "x" * 119 + "…"
    assert len(first_line("y" * 500)) == 120


def test_first_line_truncates_after_stripping_markup() -> None:
    text = "# " + "a" * 20  # the marker does not count toward the limit
    assert first_line(text, limit=20) == "a" * 20
    assert first_line(text, limit=19) == "a" * 18 + "…"


@settings(max_examples=200, deadline=None)
@given(text=st.text(), limit=st.integers(min_value=2, max_value=200))
def test_first_line_is_one_bounded_line(text: str, limit: int) -> None:
    line = first_line(text, limit=limit)
    assert len(line) <= limit
    assert "\n" not in line and "\r" not in line
    assert line == line.strip()


@pytest.mark.parametrize(
    ("words", "seconds"),
    [(0, 0), (1, 0), (70, 30), (140, 60), (280, 120), (1400, 600)],
)
def test_speaking_seconds(words: int, seconds: int) -> None:
    assert speaking_seconds(" ".join(["word"] * words)) == seconds


def test_speaking_seconds_counts_words_not_characters() -> None:
    assert speaking_seconds("supercalifragilistic " * 140) == speaking_seconds("a " * 140) == 60


def test_join_once_adds_a_paragraph_only_when_it_is_new() -> None:
    assert join_once("", "New.") == "New."
    assert join_once("Kept.", "  ") == "Kept."
    assert join_once("Kept.", "New.") == "Kept.\n\nNew."
    assert join_once("Kept.\n\nNew.", "New.") == "Kept.\n\nNew."  # already there as a paragraph
    assert join_once("Kept. New. Words", "New.") == "Kept. New. Words\n\nNew."  # a sentence is not it
