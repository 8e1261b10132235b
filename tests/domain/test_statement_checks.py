"""The ownership statement: composing a first draft, and the gentle checks on its wording."""

from __future__ import annotations

import pytest

from app.domain.prompts import CatalogueError
from app.domain.statement_checks import (
    CheckLists,
    Hint,
    check_statement,
    compose_statement,
    parse_check_lists,
    speaking_seconds,
)
from app.domain.workbench import StatementParts
from app.workbench_catalogue import load_check_lists


@pytest.fixture(scope="module")
def lists() -> CheckLists:
    return load_check_lists()


def _found(hints: list[Hint], kind: str) -> list[str]:
    return [hint.phrase for hint in hints if hint.kind == kind]


# -- composing -----------------------------------------------------------------------------------


def test_all_four_parts_become_paragraphs_with_their_words_kept() -> None:
    parts = StatementParts(
        what_is_true="The May reports went out late three times.",
        what_i_own="I did not raise the delays early enough",
        what_i_commit_to="I will send a status note every Friday by noon.",
        what_i_need="A clear order of priorities when requests clash!",
    )
    draft = compose_statement(parts)
    paragraphs = draft.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0] == "The May reports went out late three times."
    assert paragraphs[1].endswith("I did not raise the delays early enough.")  # a full stop added
    assert paragraphs[2].endswith("I will send a status note every Friday by noon.")
    assert paragraphs[3].endswith("A clear order of priorities when requests clash!")
    for part in (parts.what_i_own, parts.what_i_commit_to, parts.what_i_need):
        assert part in draft
    assert paragraphs[1] != parts.what_i_own + "."  # a light lead-in joins the parts


def test_empty_parts_are_skipped() -> None:
    draft = compose_statement(StatementParts(what_i_commit_to="  Weekly updates.  ", what_i_need="\n"))
    assert draft.count("\n\n") == 0
    assert draft.endswith("Weekly updates.")
    assert compose_statement(StatementParts()) == ""
    assert compose_statement(StatementParts("  ", "\t", "", "\n")) == ""


def test_a_part_with_several_lines_is_kept_as_written() -> None:
    own = "I missed two handovers.\nI did not ask for help."
    assert own in compose_statement(StatementParts(what_i_own=own))


def test_unicode_and_closing_marks_need_no_extra_full_stop() -> None:
    draft = compose_statement(StatementParts(what_is_true="Ich war zu spät…", what_i_need="Support (weekly)"))
    assert "Ich war zu spät…\n\n" in draft
    assert draft.endswith("Support (weekly)")


def test_the_drafts_own_words_pass_the_checks_quietly(lists: CheckLists) -> None:
    """Our lead-ins must not trip the checks the person sees."""
    draft = compose_statement(StatementParts("a", "b", "c", "d"))
    assert [hint.kind for hint in check_statement(draft, lists)] == ["length"]


# -- the shipped lists ---------------------------------------------------------------------------


def test_the_shipped_lists(lists: CheckLists) -> None:
    for phrase in ("but", "they never", "not my fault", "nobody told me", "if they had"):
        assert phrase in lists.blame
    for phrase in ("I guess", "maybe", "sort of", "I think"):
        assert phrase in lists.hedges
    for phrase in ("always", "never", "everyone", "nobody"):
        assert phrase in lists.absolutes
    assert (lists.min_seconds, lists.max_seconds) == (45, 75)
    assert 100 <= lists.words_per_minute <= 180
    for key in ("blame", "hedge", "absolute", "too_short", "too_long"):
        assert lists.message(key).strip()
    assert load_check_lists() is lists


# -- matching ------------------------------------------------------------------------------------


def test_phrases_match_whole_words_in_any_case(lists: CheckLists) -> None:
    hints = check_statement("BUT the button was butter, but Maybe not.", lists)
    assert _found(hints, "blame") == ["BUT", "but"]
    assert _found(hints, "hedge") == ["Maybe"]


def test_positions_point_at_the_phrase(lists: CheckLists) -> None:
    text = "It was not my fault."
    (hint,) = [h for h in check_statement(text, lists) if h.kind == "blame"]
    assert (hint.start, hint.end) == (7, 19)
    assert text[hint.start : hint.end] == hint.phrase == "not my fault"


def test_multi_word_phrases_match_across_any_spacing(lists: CheckLists) -> None:
    text = "Honestly, Nobody\n  told   me about it."
    hints = check_statement(text, lists)
    assert _found(hints, "blame") == ["Nobody\n  told   me"]
    assert _found(hints, "absolute") == ["Nobody"]


def test_punctuation_next_to_words(lists: CheckLists) -> None:
    hints = check_statement('"Always," they said; (never) again... maybe?', lists)
    assert _found(hints, "absolute") == ["Always", "never"]
    assert _found(hints, "hedge") == ["maybe"]
    hints = check_statement("'they never' was the phrase", lists)
    assert _found(hints, "blame") == ["they never"]


def test_words_inside_other_words_do_not_match(lists: CheckLists) -> None:
    hints = check_statement("Nevertheless the buttress held; everyones' maybes and alwaysness.", lists)
    assert [hint.kind for hint in hints] == ["length"]


def test_apostrophes_straight_and_curly(lists: CheckLists) -> None:
    assert _found(check_statement("I’ll try harder.", lists), "hedge") == ["I’ll try"]
    assert _found(check_statement("I'll try harder.", lists), "hedge") == ["I'll try"]
    custom = CheckLists(blame=("it’s not fair",))
    assert _found(check_statement("Well, it's NOT fair.", custom), "blame") == ["it's NOT fair"]
    # a word is not found at the start of a contraction
    assert _found(check_statement("Don't stop.", CheckLists(hedges=("don",))), "hedge") == []


def test_overlapping_phrases_of_one_kind_are_reported_once(lists: CheckLists) -> None:
    hints = check_statement("I'll try to be on time.", lists)
    assert _found(hints, "hedge") == ["I'll try"]  # "try to" overlaps it and starts later
    longest = CheckLists(absolutes=("all", "all the time"))
    assert _found(check_statement("It happens all the time, all of it.", longest), "absolute") == [
        "all the time",
        "all",
    ]


def test_kinds_may_overlap_each_other(lists: CheckLists) -> None:
    hints = check_statement("They never said so.", lists)
    spans = [(hint.kind, hint.start, hint.end) for hint in hints if hint.kind != "length"]
    assert spans == [("blame", 0, 10), ("absolute", 5, 10)]


def test_unicode_text_keeps_offsets_right(lists: CheckLists) -> None:
    text = "Zoë said—maybe—it’s always été like this."
    hints = check_statement(text, lists)
    for hint in hints:
        if hint.kind != "length":
            assert text[hint.start : hint.end] == hint.phrase
    assert _found(hints, "hedge") == ["maybe"]
    assert _found(hints, "absolute") == ["always"]


def test_hints_come_in_reading_order_with_one_message_per_kind(lists: CheckLists) -> None:
    text = "Maybe it was always like this, but I think I can change it."
    hints = [hint for hint in check_statement(text, lists) if hint.kind != "length"]
    assert [hint.phrase for hint in hints] == ["Maybe", "always", "but", "I think"]
    assert [hint.start for hint in hints] == sorted(hint.start for hint in hints)
    by_kind = {(hint.kind, hint.message) for hint in hints}
    assert len(by_kind) == len({hint.kind for hint in hints})
    assert all(hint.message == lists.message(hint.kind) for hint in hints)


def test_messages_stay_gentle(lists: CheckLists) -> None:
    for key in ("blame", "hedge", "absolute", "too_short", "too_long"):
        text = lists.message(key).casefold()
        for harsh in ("wrong", "bad", "must", "don't", "never", "should not", "stop"):
            assert harsh not in text.split()


# -- length --------------------------------------------------------------------------------------


def test_speaking_seconds() -> None:
    assert speaking_seconds("", 140) == 0
    assert speaking_seconds("word " * 140, 140) == 60
    assert speaking_seconds("word " * 70, 140) == 30
    assert speaking_seconds("one two three", 60) == 3
    with pytest.raises(ValueError):
        speaking_seconds("text", 0)


def test_a_statement_of_about_a_minute_gets_no_length_hint() -> None:
    lists = CheckLists(words_per_minute=120, min_seconds=45, max_seconds=75)
    assert check_statement("word " * 120, lists) == []  # 60 s
    assert check_statement("word " * 90, lists) == []  # exactly 45 s
    assert check_statement("word " * 150, lists) == []  # exactly 75 s


def test_too_short_and_too_long_say_how_long() -> None:
    lists = CheckLists(words_per_minute=120, min_seconds=45, max_seconds=75)
    (short,) = check_statement("word " * 60, lists)
    assert short.kind == "length"
    assert "30 seconds" in short.message
    assert (short.start, short.end, short.phrase) == (0, 0, "")
    (long,) = check_statement("word " * 200, lists)
    assert "100 seconds" in long.message
    assert long.message != short.message


def test_shipped_length_messages_name_the_range(lists: CheckLists) -> None:
    (hint,) = check_statement("Hello there.", lists)
    assert "45" in hint.message and "75" in hint.message and "1 seconds" in hint.message


def test_nothing_written_means_no_hints(lists: CheckLists) -> None:
    assert check_statement("", lists) == []
    assert check_statement("  \n ", lists) == []
    assert check_statement("— …", lists) == []


# -- parsing -------------------------------------------------------------------------------------

_GOOD = """
[pace]
words_per_minute = 150
min_seconds = 40
max_seconds = 70

[blame]
message = "Blame  hint."
phrases = ["not  my fault", "but"]

[hedge]
message = "Hedge hint."
phrases = ["maybe"]

[absolute]
message = "Absolute hint."
phrases = ["always"]

[length]
too_short = "Short: {seconds} s, aim for {min_seconds}-{max_seconds}."
too_long = "Long: {seconds} s."
"""


def test_parse_a_good_file() -> None:
    lists = parse_check_lists(_GOOD)
    assert lists.blame == ("not my fault", "but")  # spacing normalised
    assert lists.hedges == ("maybe",)
    assert lists.absolutes == ("always",)
    assert (lists.words_per_minute, lists.min_seconds, lists.max_seconds) == (150, 40, 70)
    assert lists.message("blame") == "Blame hint."
    (hint,) = check_statement("Hi.", lists)
    assert hint.message == "Short: 0 s, aim for 40-70."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("[pace]", "[speed]"),
        ("words_per_minute = 150", "words_per_minute = 0"),
        ("words_per_minute = 150", 'words_per_minute = "fast"'),
        ("words_per_minute = 150", "words_per_minute = true"),
        ("min_seconds = 40", "min_seconds = 80"),
        ('phrases = ["maybe"]', "phrases = []"),
        ('phrases = ["maybe"]', 'phrases = ["maybe", " "]'),
        ('phrases = ["maybe"]', 'phrases = ["maybe", "Maybe"]'),
        ('message = "Hedge hint."', 'message = ""'),
        ("[absolute]", "[absolutes]"),
        ('too_long = "Long: {seconds} s."', 'too_long = "Long: {minutes} min."'),
        ('too_long = "Long: {seconds} s."', 'too_long = "Long: {0} s."'),
        ('too_long = "Long: {seconds} s."', ""),
        ("[length]", "[length]\nbroken = [\n"),
    ],
)
def test_bad_files_are_refused(old: str, new: str) -> None:
    assert old in _GOOD
    with pytest.raises(CatalogueError):
        parse_check_lists(_GOOD.replace(old, new, 1))
