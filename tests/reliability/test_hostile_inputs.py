"""The hostile-input run of the reliability report: every attack refused cleanly, and a judge that
would notice if one were not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.hostile_inputs import HOSTILE_INPUTS, judge, run_hostile_imports


@pytest.mark.slow
def test_every_hostile_input_is_refused_cleanly(tmp_path: Path) -> None:
    tried, refused, failures = run_hostile_imports(tmp_path)

    assert failures == []
    assert tried == refused == len(HOSTILE_INPUTS) >= 25


def test_the_judge_counts_only_a_one_line_refusal() -> None:
    clean = "trustbridge: error: can't import x: the date 0001-01-01 is outside 1900–2200.\n"
    assert judge(1, "", clean) is None
    assert judge(0, "Imported 1 entry.\n", "") == "was accepted"
    assert judge(None, "", "") is not None  # a hang
    traceback = "Traceback (most recent call last):\n  ...\nOverflowError: date value out of range\n"
    assert judge(1, "", traceback) is not None
    assert judge(1, "", clean + clean) is not None
