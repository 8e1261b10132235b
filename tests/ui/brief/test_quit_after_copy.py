"""Quitting after the brief's Copy ends the process cleanly (it used to crash with exit 139 under the
offscreen and minimal platforms, 4 runs of 4): the app takes its own rich text back from Qt's
in-process clipboard before it quits. Real app processes, started as a person starts them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
RUNS = 4
START_S = 120  # a cold start, a new journal and a gathered brief, four at once on two busy cores


@pytest.mark.parametrize("platform", ["offscreen", "minimal"])
def test_quitting_after_copying_the_brief_exits_cleanly(tmp_path: Path, platform: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.ui.brief.quit_after_copy", str(tmp_path / f"journal-{n}")],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in range(RUNS)
    ]
    results = []
    for run in runs:
        out, err = run.communicate(timeout=START_S)
        results.append((run.returncode, out.split("\n"), err[-600:]))
    assert [code for code, _out, _err in results] == [0] * RUNS, results
    for _code, lines, _err in results:
        assert "copied" in lines  # the brief really was on the clipboard
        assert "clipboard taken back" in lines  # by the app on quitting, not only by the exit hook
