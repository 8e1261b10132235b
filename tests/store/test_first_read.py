"""The first page's quick read: tonight's entry as the store gives it, before SQLAlchemy loads,
and nothing at all for a journal that needs the normal open first."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import Plan, PlanStatus, Stakeholder
from app.paths import KEY_FILE_NAME, database_path
from app.store.first_read import read_first_page
from app.store.health import MARKER_PREFIX, stale_markers
from app.store.journal import Journal
from app.store.quick_read import head_revision

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2025, 6, 15)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


def _write(journal: Journal, kind: EntryKind, body: str, when: datetime, **more: object) -> str:
    key = str(uuid.uuid4())
    journal.save_entry(EntryDraft(uuid=key, kind=kind, body=body, **more), when=when)  # type: ignore[arg-type]
    return key


@pytest.fixture
def written(tmp_path: Path) -> Path:
    """A closed journal with evenings and free writing around DAY, one of them deleted."""
    data_dir = tmp_path / "data"
    journal = Journal.open(data_dir)
    _write(journal, EntryKind.EVENING, "Yesterday evening.", _at(DAY - timedelta(days=1), 21))
    _write(journal, EntryKind.EVENING, "Just after midnight.", _at(DAY, 0, 5), prompt_key="evening-1",
           tags=("sleep", "criteria"))
    removed = _write(journal, EntryKind.EVENING, "Written later, then deleted.", _at(DAY, 23))
    journal.delete_entry(removed)
    _write(journal, EntryKind.FREE, "Free words.", _at(DAY, 22, 30))
    _write(journal, EntryKind.REFLECTION, "A stage answer.", _at(DAY, 22), stage=Stage.OWNERSHIP)
    journal.close()
    return data_dir


@pytest.mark.parametrize("kind", [EntryKind.EVENING, EntryKind.FREE])
@pytest.mark.parametrize("day", [DAY - timedelta(days=1), DAY, DAY + timedelta(days=1)])
def test_the_quick_read_gives_the_entry_the_store_gives(written: Path, kind: EntryKind, day: date) -> None:
    first = read_first_page(written, kind, day)
    journal = Journal.open(written)
    try:
        expected = journal.entry_for_day(kind, day)
        has_plan = journal.plans.current_plan() is not None
    finally:
        journal.close()
    assert first is not None
    assert first.entry == expected
    assert first.has_plan is has_plan is False
    assert first.day == day


def test_tonights_entry_keeps_its_tags_zone_and_prompt(written: Path) -> None:
    first = read_first_page(written, EntryKind.EVENING, DAY)
    assert first is not None and first.entry is not None
    assert first.entry.body == "Just after midnight."  # the deleted later one is not tonight's
    assert first.entry.tags == ("criteria", "sleep")
    assert first.entry.prompt_key == "evening-1"
    assert first.entry.time_zone is not None
    assert first.entry.created_at.tzinfo is UTC


def test_a_plan_is_seen_as_the_store_sees_it(written: Path) -> None:
    """An ended plan too: the current plan is then the newest of all (PlanStore.current_plan)."""
    journal = Journal.open(written)
    now = datetime.now(UTC)
    journal.plans.save_plan(Plan(str(uuid.uuid4()), DAY, 60, "Dana", (Stakeholder("HR"),), PlanStatus.ENDED,
                                 now, now))
    assert journal.plans.current_plan() is not None
    journal.close()
    first = read_first_page(written, EntryKind.EVENING, DAY)
    assert first is not None and first.has_plan


def test_no_journal_yet_reads_nothing(tmp_path: Path) -> None:
    assert read_first_page(tmp_path / "new", EntryKind.EVENING, DAY) is None


def test_an_encrypted_journal_waits_for_its_passphrase(written: Path) -> None:
    (written / KEY_FILE_NAME).write_text("{}")  # a key file: the passphrase comes first
    assert read_first_page(written, EntryKind.EVENING, DAY) is None


def test_a_journal_left_open_by_a_dead_process_waits_for_its_check(written: Path) -> None:
    (written / f"{MARKER_PREFIX}elsewhere-4242-0").write_text("")
    assert stale_markers(written) != []
    assert read_first_page(written, EntryKind.EVENING, DAY) is None


def test_a_journal_due_an_upgrade_waits_for_it(written: Path) -> None:
    with sqlite3.connect(database_path(written)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0009'")
    assert head_revision() != "0009"
    assert read_first_page(written, EntryKind.EVENING, DAY) is None


def test_an_encryption_cut_short_waits_for_the_open(written: Path) -> None:
    Path(f"{database_path(written)}.encrypting").write_bytes(b"")
    assert read_first_page(written, EntryKind.EVENING, DAY) is None


def test_a_file_that_is_not_a_journal_waits_for_the_open(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"not a database, only words" * 100)
    assert read_first_page(data_dir, EntryKind.EVENING, DAY) is None


def test_the_quick_read_loads_no_sqlalchemy_and_writes_nothing(written: Path) -> None:
    before = sorted((path.name, path.stat().st_mtime_ns) for path in written.iterdir())
    script = (
        "import json, sys\nfrom datetime import date\nfrom pathlib import Path\n"
        "from app.domain.records import EntryKind\nfrom app.store.first_read import read_first_page\n"
        "first = read_first_page(Path(sys.argv[1]), EntryKind.EVENING, date(2025, 6, 15))\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('sqlalchemy'))\n"
        "print(json.dumps([first.entry.body, loaded]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(written)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=True)
    body, loaded = json.loads(result.stdout.splitlines()[-1])
    assert body == "Just after midnight."
    assert loaded == []
    assert sorted((path.name, path.stat().st_mtime_ns) for path in written.iterdir()) == before
