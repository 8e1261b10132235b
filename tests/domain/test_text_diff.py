"""Word differences between statement versions, and their HTML for the side-by-side view."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.text_diff import DiffSpan, diff_html, word_diff


def _sides(spans: list[DiffSpan]) -> tuple[str, str]:
    return "".join(span.old for span in spans), "".join(span.new for span in spans)


def test_a_changed_word_is_one_replacement() -> None:
    spans = word_diff("I was late twice.", "I was late three times.")
    assert spans == [
        DiffSpan("equal", "I was late ", "I was late "),
        DiffSpan("replace", "twice", "three times"),
        DiffSpan("equal", ".", "."),
    ]


def test_insertions_and_deletions() -> None:
    assert word_diff("I own it.", "I fully own it.") == [
        DiffSpan("equal", "I", "I"),
        DiffSpan("insert", "", " fully"),
        DiffSpan("equal", " own it.", " own it."),
    ]
    assert word_diff("I really own it.", "I own it.") == [
        DiffSpan("equal", "I", "I"),
        DiffSpan("delete", " really", ""),
        DiffSpan("equal", " own it.", " own it."),
    ]


def test_neighbouring_changes_read_as_one() -> None:
    assert word_diff("a b c", "x y z") == [DiffSpan("replace", "a b c", "x y z")]


def test_punctuation_is_its_own_token() -> None:
    spans = word_diff("It was my fault", "It was my fault.")
    assert spans == [DiffSpan("equal", "It was my fault", "It was my fault"), DiffSpan("insert", "", ".")]


def test_contractions_stay_whole_words() -> None:
    spans = word_diff("I didn't ask.", "I don't ask.")
    assert DiffSpan("replace", "didn't", "don't") in spans


def test_identical_texts_are_one_equal_span() -> None:
    text = "Same words,\nsame   spacing."
    assert word_diff(text, text) == [DiffSpan("equal", text, text)]


def test_empty_texts() -> None:
    assert word_diff("", "") == []
    assert word_diff("", "New text") == [DiffSpan("insert", "", "New text")]
    assert word_diff("Old text", "") == [DiffSpan("delete", "Old text", "")]


def test_whitespace_changes_are_kept() -> None:
    spans = word_diff("one two", "one\n\ntwo")
    assert _sides(spans) == ("one two", "one\n\ntwo")
    assert DiffSpan("replace", " ", "\n\n") in spans


def test_unicode_words() -> None:
    spans = word_diff("Ich bin müde und naïve.", "Ich bin wach und naïve.")
    assert DiffSpan("replace", "müde", "wach") in spans
    assert _sides(spans) == ("Ich bin müde und naïve.", "Ich bin wach und naïve.")


_TEXT = st.text(alphabet=st.sampled_from(list("ab cé.\n,'’\t")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT)
def test_spans_always_rebuild_both_texts(old: str, new: str) -> None:
    spans = word_diff(old, new)
    assert _sides(spans) == (old, new)
    for span in spans:
        assert span.op in {"equal", "delete", "insert", "replace"}
        if span.op == "equal":
            assert span.old == span.new and span.old
        elif span.op == "delete":
            assert span.old and not span.new
        elif span.op == "insert":
            assert span.new and not span.old
        else:
            assert span.old and span.new
    for first, second in pairwise(spans):
        assert first.op == "equal" or second.op == "equal"  # changes next to each other are merged


def test_html_marks_each_side() -> None:
    old_html, new_html = diff_html(word_diff("I was late twice.", "I was late three times."))
    assert old_html == 'I was late <span class="del">twice</span>.'
    assert new_html == 'I was late <span class="ins">three times</span>.'


def test_html_escapes_text_and_keeps_line_breaks() -> None:
    old_html, new_html = diff_html(word_diff("A & B\nC", "A & B\nC <b>bold</b>"))
    assert "<b>" not in new_html
    assert "&lt;b&gt;bold&lt;/b&gt;" in new_html
    assert old_html == "A &amp; B<br>C"
    assert new_html.startswith("A &amp; B")
    assert "\n" not in old_html + new_html
    assert new_html.count("<br>") == 1
    assert diff_html([DiffSpan("equal", "a\r\nb\rc", "a\r\nb\rc")]) == ("a<br>b<br>c", "a<br>b<br>c")


def test_html_of_no_change_and_of_nothing() -> None:
    assert diff_html([]) == ("", "")
    same = diff_html(word_diff("Plain text", "Plain text"))
    assert same == ("Plain text", "Plain text")


def test_html_of_pure_insert_and_delete() -> None:
    assert diff_html([DiffSpan("insert", "", "new")]) == ("", '<span class="ins">new</span>')
    assert diff_html([DiffSpan("delete", "old", "")]) == ('<span class="del">old</span>', "")
