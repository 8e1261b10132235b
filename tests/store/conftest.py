"""Real journal files in temporary folders for the storage tests."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.store.journal import Journal


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def journal(journal_dir: Path) -> Iterator[Journal]:
    opened = Journal.open(journal_dir)
    yield opened
    opened.close()


@pytest.fixture
def local_timezone() -> Iterator[Callable[[str], None]]:
    """Switch the process's local time zone (a POSIX TZ string, no tz database needed)."""
    before = os.environ.get("TZ")

    def switch(spec: str) -> None:
        os.environ["TZ"] = spec
        time.tzset()

    yield switch
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
