"""Every test gets its own data folder; nothing touches the real user's journal or settings."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TRUSTBRIDGE_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return folder


@pytest.fixture
def journal(data_dir: Path) -> Iterator[object]:
    from app.store.journal import Journal

    opened = Journal.open(data_dir)
    yield opened
    if "PySide6.QtCore" in sys.modules:  # a UI test may leave a worker reading: it finishes first
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
    opened.close()


@pytest.fixture
def _root_logging() -> Iterator[None]:
    """run_gui sets up logging to the data folder; its handlers go again afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
