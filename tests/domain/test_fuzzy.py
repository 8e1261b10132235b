"""The palette's fuzzy match: every query word a subsequence of the text; word starts and
letters side by side count most; case and accents don't matter."""

from __future__ import annotations

import pytest

from app.domain.fuzzy import Match, fold, match, rank, word_starts

COMMANDS = [
    "Today", "Ownership", "Feelings", "Expectations", "Check-ins", "Journal", "Search",
    "Ownership: Statement workshop", "New entry", "Import", "Export JSON", "Export Markdown",
    "Export Markdown folder", "Export HTML", "Export PDF", "Check-in brief", "Backups", "Settings",
    "Lock journal", "Hide what's on screen", "Quit", "Keyboard shortcuts",
]


def ranked(query: str) -> list[str]:
    return [text for text, _fit in rank(query, COMMANDS, str)]


def test_every_word_must_be_in_the_text_in_order_of_its_letters() -> None:
    assert match("exp json", "Export JSON") is not None
    assert match("json exp", "Export JSON") is not None  # the words in any order
    assert match("exp json", "Export Markdown") is None
    assert match("nosj", "Export JSON") is None  # a word's letters keep their order
    assert match("xyz", "Today") is None


def test_an_empty_query_fits_everything_and_keeps_the_order_given() -> None:
    assert match("", "Today") == Match(0, ())
    assert match("   ", "Today") == Match(0, ())
    assert ranked("") == COMMANDS


def test_the_matched_letters_are_the_best_placed_ones() -> None:
    fit = match("exp json", "Export JSON")
    assert fit is not None and fit.positions == (0, 1, 2, 7, 8, 9, 10)
    # "set" could take the s of "Backups"; the word that starts with it is better
    fit = match("set", "Backups: settings")
    assert fit is not None and fit.positions == (9, 10, 11)


def test_case_and_accents_are_ignored() -> None:
    assert match("EXPORT", "export json") is not None
    fit = match("uber", "Über uns")
    assert fit is not None and fit.positions == (0, 1, 2, 3)
    assert match("uber", "Uber uns") == fit
    assert fold("Straße Café") == "strase cafe"  # one character for each: positions stay right
    assert len(fold("ﬁ Ⅻ ß")) == len("ﬁ Ⅻ ß")


def test_word_starts() -> None:
    marks = "".join("^" if start else "." for start in word_starts("Export JSON, what's myNote 2x"))
    assert marks == "^......^.....^......^.^....^^"


def test_word_starts_and_letters_side_by_side_score_first() -> None:
    assert ranked("exp json") == ["Export JSON"]
    assert ranked("ej")[0] == "Export JSON"  # two word starts beat letters inside words
    assert ranked("ex")[:5] == ["Export PDF", "Export JSON", "Export HTML", "Expectations", "Export Markdown"]
    assert ranked("set")[0] == "Settings"
    assert ranked("lock")[0] == "Lock journal"
    assert ranked("md")[:2] == ["Export Markdown", "Export Markdown folder"]  # shorter first
    assert ranked("ks")[0] == "Keyboard shortcuts"
    assert ranked("tod")[0] == "Today"
    own = ranked("own")
    assert own[:2] == ["Ownership", "Ownership: Statement workshop"]


def test_consecutive_letters_beat_scattered_ones() -> None:
    together = match("port", "Export")
    scattered = match("port", "Plan of record today")
    assert together is not None and scattered is not None
    assert together.score > scattered.score


def test_a_word_start_beats_the_same_letters_inside_a_word() -> None:
    start = match("sh", "Show history")
    inside = match("sh", "Wash")
    assert start is not None and inside is not None and start.score > inside.score


def test_a_long_text_is_searched_at_its_beginning_only() -> None:
    text = "a" * 300 + " zebra"
    assert match("zebra", text) is None
    assert match("zebra", "zebra " + "a" * 300) is not None


@pytest.mark.parametrize("query", ["e", "exp", "export json", "o w n", "ß"])
def test_positions_point_at_the_letters_typed(query: str) -> None:
    for text in [*COMMANDS, "Straße"]:
        fit = match(query, text)
        if fit is None:
            continue
        typed = set(fold(query).replace(" ", ""))
        assert {fold(text)[i] for i in fit.positions} <= typed
        assert list(fit.positions) == sorted(set(fit.positions))
