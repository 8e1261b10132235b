"""Copying rich data must not crash the process when it ends (Qt's generic clipboard frees it
after Python has gone, which used to end the copy test's process with SIGSEGV)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

_COPY_THEN_EXIT = """
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication
from app.ui.widgets.clipboard import put_on_clipboard
app = QApplication(["copy"])
data = QMimeData()
data.setText("# Brief")
data.setHtml("<h1>Brief</h1>")
put_on_clipboard(data)
app.processEvents()
assert QApplication.clipboard().mimeData().text() == "# Brief"
{way_out}
"""


@pytest.mark.parametrize("way_out", ["", "del app", "raise SystemExit(0)"])
def test_a_process_that_copied_rich_data_ends_cleanly(way_out: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _COPY_THEN_EXIT.format(way_out=way_out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-800:])
