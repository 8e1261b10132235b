"""The jrnl reader's quick ways find exactly what the plain ways find (app/io/jrnl_format.py):
headers by looking only after a newline, tags only where a symbol is, the starred title without
splitting every line, and uuids without a UUID object. A re-import must find every entry again,
so an entry's uuid may never change."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.io import jrnl_format
from app.io.jrnl_format import UUID_NAMESPACE, read_jrnl
from app.io.jrnl_options import tag_pattern

PIECES = (
    "word", " ", "\n", "\n\n", "@tag", "#tag", "##", "#1", "@_", "a@b", "@@x", "#a#b", "x#y", "-#y", "@-x-",
    "&x", "&&y", "+", "/", "*", " *", ". ", "! ", "\u2028", "\x0c", "\x85", "\x1c", "\v", "\t", "é", "@日本",
    "[", "]", "[x] ", "\n[2020-01-02 10:00] ", "\n[2019-07 14:23] ", "\n[2020-02-31 10:00] ", "\n[no date]",
)
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def findall_tags(raw: str, symbols: str) -> list[str]:
    """The tags as one findall over the text finds them (what `_tags` did before)."""
    return list(dict.fromkeys(tag.lower() for tag in tag_pattern(symbols).findall(raw)))


def splitlines_starred(raw: str) -> bool:
    lines = raw.splitlines()
    return bool(lines) and lines[0].strip().endswith("*")


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(("#@", "@", "&#", "##+", "+/")))
def test_tags_are_what_findall_finds(raw: str, symbols: str) -> None:
    assert jrnl_format._tags(raw, symbols) == findall_tags(raw, symbols)


@pytest.mark.parametrize("raw", ["a@b @c", "@@x ##y", "#a#b #c", "x #1 -#y @-x- @_ @日本 #work.", "## @ #"])
def test_a_tag_after_a_word_or_a_symbol_is_still_not_a_tag(raw: str) -> None:
    assert jrnl_format._tags(raw, "#@") == findall_tags(raw, "#@")


@settings(max_examples=300, deadline=None)
@given(texts)
def test_bracketed_headers_are_what_finditer_finds(text: str) -> None:
    quick = [(match.start(), match.end()) for match in jrnl_format._bracketed_lines(text)]
    plain = [(match.start(), match.end()) for match in jrnl_format._BRACKETED.finditer(text)]
    assert quick == plain


@settings(max_examples=300, deadline=None)
@given(texts)
def test_starred_is_read_from_the_first_line_as_splitlines_ends_it(raw: str) -> None:
    assert jrnl_format._split_entry(raw)[2] == splitlines_starred(raw)


@pytest.mark.parametrize(
    "raw", ["Title\u2028rest *", "Title *\u2028rest", "Title\x0c*", " *", "", "\n*", "a\x85 *"]
)
def test_a_star_after_an_unusual_line_break_is_not_the_title_s(raw: str) -> None:
    assert jrnl_format._split_entry(raw)[2] == splitlines_starred(raw)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_uuids_are_uuid5_of_the_same_name(name: str) -> None:
    try:
        expected = str(uuid.uuid5(UUID_NAMESPACE, name))
    except UnicodeEncodeError:  # a lone surrogate: neither way can hash it
        with pytest.raises(UnicodeEncodeError):
            jrnl_format._name_hash(name)
        return
    assert jrnl_format._uuid5_text(jrnl_format._name_hash(name)) == expected


def test_entries_keep_the_uuids_earlier_versions_gave_them(tmp_path: Path) -> None:
    """Pinned: uuid5 of 'file, moment, title, body' (numbered when repeated), as before."""
    source = tmp_path / "journal.txt"
    source.write_text("[2024-05-01 09:30] Same.\n\n[2024-05-01 09:30] Same.\n\n[2024-05-02 10:00] Other\n",
                      encoding="utf-8")
    entries = read_jrnl(source)
    keys = ["journal.txt\n2024-05-01T09:30:00\nSame.\n", "journal.txt\n2024-05-01T09:30:00\nSame.\n\n1",
            "journal.txt\n2024-05-02T10:00:00\nOther\n"]
    assert [entry.uuid for entry in entries] == [str(uuid.uuid5(UUID_NAMESPACE, key)) for key in keys]
    version_5 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
    assert all(version_5.fullmatch(entry.uuid) for entry in entries)
