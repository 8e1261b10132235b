"""Real journal files in temporary folders for the storage tests."""

from __future__ import annotations

from collections.abc import Iterator
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
