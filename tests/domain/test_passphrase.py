"""The new-passphrase rule: one plain sentence for each way it can go wrong, nothing when it is fine."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.passphrase import MIN_PASSPHRASE_LENGTH, new_passphrase_problem


@pytest.mark.parametrize(
    ("first", "again", "says"),
    [
        ("", "", "Choose a passphrase"),
        ("   \t ", "   \t ", "Choose a passphrase"),
        ("short", "short", f"at least {MIN_PASSPHRASE_LENGTH} characters"),
        ("a" * (MIN_PASSPHRASE_LENGTH - 1), "a" * (MIN_PASSPHRASE_LENGTH - 1), "at least"),
        ("lantern over the harbour", "", "a second time"),
        ("lantern over the harbour", "lantern over the harbor", "not the same"),
        ("lantern over the harbour", "Lantern over the harbour", "not the same"),
    ],
)
def test_each_problem_is_named_in_one_sentence(first: str, again: str, says: str) -> None:
    problem = new_passphrase_problem(first, again)
    assert says in problem
    assert problem.endswith(".") and "\n" not in problem


def test_a_long_enough_matching_passphrase_is_fine() -> None:
    assert new_passphrase_problem("a" * MIN_PASSPHRASE_LENGTH, "a" * MIN_PASSPHRASE_LENGTH) == ""
    assert new_passphrase_problem("lantern over the harbour", "lantern over the harbour") == ""
    assert new_passphrase_problem("mañana, à bientôt", "mañana, à bientôt") == ""


@given(st.text(min_size=MIN_PASSPHRASE_LENGTH).filter(str.strip))
def test_any_long_enough_text_typed_twice_the_same_passes(text: str) -> None:
    assert new_passphrase_problem(text, text) == ""


@given(st.text(), st.text())
def test_fine_means_both_are_the_same_and_long_enough(first: str, again: str) -> None:
    if new_passphrase_problem(first, again) == "":
        assert first == again and len(first) >= MIN_PASSPHRASE_LENGTH and first.strip()
