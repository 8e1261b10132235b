"""Two real app processes on one journal: the second brings the first forward and leaves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.paths import LOG_NAME, log_dir
from app.ui.shell.single_instance import ask_running_instance_to_activate

ROOT = Path(__file__).resolve().parents[3]
START_MS = 30_000  # a cold start of the app on a loaded two-core machine


def app_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "app", "--data-dir", str(data_dir)]


def test_a_second_launch_activates_the_first_window_and_exits(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(app_command(data_dir), cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: ask_running_instance_to_activate(data_dir, 300), timeout=START_MS)
        second = subprocess.run(app_command(data_dir), cwd=ROOT, env=env, capture_output=True,
                                text=True, timeout=START_MS / 1000)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first window is still the one on the journal
        logged = log_dir(data_dir) / LOG_NAME
        qtbot.waitUntil(
            lambda: logged.read_text(encoding="utf-8").count("a second launch asked this window") >= 2,
            timeout=5000,
        )  # the probe above, then the real second launch
    finally:
        first.terminate()
        first.wait(timeout=30)
