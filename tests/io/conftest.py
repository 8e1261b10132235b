"""Real journals in temporary folders for the import/export tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal

# Saved deliberately out of time order: the oldest entry gets the highest id.
SAMPLE_DRAFTS: tuple[tuple[EntryDraft, datetime], ...] = (
    (
        EntryDraft(
            uuid="00000000-0000-4000-8000-000000000001",
            kind=EntryKind.REFLECTION,
            body="I missed the **deadline**.\n\n- what happened\n- what I'll change\n",
            stage=Stage.OWNERSHIP,
            prompt_key="ownership.what_happened",
            title="The deadline",
            tags=("work", "honesty"),
        ),
        datetime(2026, 3, 2, 9, 15, 30, 123456, tzinfo=UTC),
    ),
    (
        EntryDraft(
            uuid="00000000-0000-4000-8000-000000000002",
            kind=EntryKind.EVENING,
            body="Tired but calmer. Nul:\x00 RTL:\u200fשלום\u200e emoji:🧭👩🏽‍💻 combining: e\u0301\u0308",
            tags=("évening", "🙂"),
        ),
        datetime(2026, 3, 2, 21, 0, tzinfo=UTC),
    ),
    (
        EntryDraft(
            uuid="00000000-0000-4000-8000-000000000003",
            kind=EntryKind.FREE,
            body="Line one\r\nLine two\rLine three\n",
            title="Mixed\nline endings",
        ),
        datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC),
    ),
    (
        EntryDraft(
            uuid="00000000-0000-4000-8000-000000000004",
            kind=EntryKind.REFLECTION,
            body="",
            stage=Stage.CHECKINS,
            prompt_key="checkins.agenda",
        ),
        datetime(2026, 3, 3, 8, 0, tzinfo=UTC),
    ),
)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened = Journal.open(tmp_path / "source")
    yield opened
    opened.close()


@pytest.fixture
def other_journal(tmp_path: Path) -> Iterator[Journal]:
    opened = Journal.open(tmp_path / "target")
    yield opened
    opened.close()


@pytest.fixture
def sample_entries(journal: Journal) -> list[Entry]:
    """The sample drafts saved in `journal`, as the journal now returns them."""
    for draft, when in SAMPLE_DRAFTS:
        journal.save_entry(draft, when=when)
    return [journal.get_entry(draft.uuid) for draft, _ in SAMPLE_DRAFTS]


@pytest.fixture
def written_in_berlin(local_timezone: Callable[[str], None]) -> None:
    """Entries saved after this (list it before `sample_entries`) keep "Europe/Berlin"."""
    local_timezone("Europe/Berlin")
