"""The Expectations introduction follows the stay-or-go decision."""

from __future__ import annotations

import pytest

from app.catalogue import load_catalogue
from app.domain.stage_intros import LEAVE_INTRO, STAY_OPENING, expectations_intro
from app.domain.stages import Stage
from app.domain.workbench import Decision

BASE = (
    "\nIf you have decided to stay, the next step is making sure you and your manager are picturing "
    "the same result. This stage helps you write down each goal.\n"
)


@pytest.mark.parametrize("decision", [None, Decision.UNDECIDED])
def test_undecided_shows_the_stage_text_as_it_is(decision: Decision | None) -> None:
    assert expectations_intro(decision, BASE) == BASE


def test_a_decision_to_stay_commits_instead_of_asking() -> None:
    text = expectations_intro(Decision.STAY, BASE)
    assert text == (
        "You have decided to stay and give this your best. The next step is making sure you and your "
        "manager are picturing the same result. This stage helps you write down each goal."
    )
    assert "If you have decided" not in text


def test_a_stay_version_of_any_other_text_starts_from_the_commitment() -> None:
    other = "Write each goal down."
    assert expectations_intro(Decision.STAY, other) == f"{STAY_OPENING} {other}"
    assert expectations_intro(Decision.STAY, "  ") == STAY_OPENING


def test_a_decision_to_leave_says_the_plan_still_matters_and_points_to_the_leaving_plan() -> None:
    text = expectations_intro(Decision.LEAVE, BASE)
    assert text == LEAVE_INTRO
    for words in ("still matters", "reputation", "references", "on your way out", "leaving plan",
                  "Stay or go"):
        assert words in text, words
    assert "If you have decided to stay" not in text


def test_the_stage_text_shipped_today_reads_well_after_a_decision_to_stay() -> None:
    base = load_catalogue().guide(Stage.EXPECTATIONS).introduction
    text = expectations_intro(Decision.STAY, base)
    assert text.startswith(f"{STAY_OPENING} The next step is")
