"""The starting points for the ownership statement: the shipped file and the parser's checks."""

from __future__ import annotations

import pytest

from app.domain.prompts import CatalogueError
from app.domain.statement_starters import BLANK, parse_starters
from app.resources import read_text


def test_the_shipped_file_has_the_three_kinds_of_ownership_each_with_blanks() -> None:
    starters = parse_starters(read_text("statement_starters.toml"))
    assert [s.key for s in starters] == ["did_not_know", "still_building", "here_is_what_i_will_do"]
    for starter in starters:
        assert starter.title and starter.when.endswith(".")
        assert starter.first_blank() == starter.text.index(BLANK)
        assert "\n" not in starter.text and "  " not in starter.text  # one paragraph, tidy spacing
    assert "expected" in starters[0].title and "building" in starters[1].title
    assert "what I'll do" in starters[2].title


def _one(**fields: str) -> str:
    values = {"key": "a", "title": "A", "when": "When.", "text": "I will …"} | fields
    return "[[starter]]\n" + "".join(f'{name} = "{value}"\n' for name, value in values.items())


def test_a_starter_is_read_with_its_whitespace_tidied() -> None:
    (starter,) = parse_starters(_one(text="I   will …\\nsoon"))
    assert starter.text == "I will … soon" and starter.first_blank() == 7


@pytest.mark.parametrize(("text", "problem"), [
    ("not toml = [", "statement_starters.toml"),
    ("", "at least one"),
    ("starter = 3", "at least one"),
    (_one(text="Nothing to fill in"), "no blank"),
    (_one(title=" "), "needs a title"),
    (_one() + _one(), "listed twice"),
    ("starter = [1]", "not a table"),
])
def test_a_malformed_file_says_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(CatalogueError, match=problem):
        parse_starters(text)
