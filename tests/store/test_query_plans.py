"""Today's queries take their indexes: EXPLAIN QUERY PLAN on a journal with realistic rows, after
the statistics the app keeps (app/store/statistics.py), on SQLite 3.40 (plain) and SQLCipher's
3.53 (encrypted)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.store import encryption
from app.store.journal import Journal
from app.store.statistics import PLANNED_INDEX, analyzed_rows

START = datetime(2023, 11, 1, 8, 0, tzinfo=UTC)
TODAY = date(2026, 10, 30)
COUNT = 6000
PASSPHRASE = "slow breaths before the call"
STAGES = list(Stage)
KINDS = [EntryKind.REFLECTION] * 8 + [EntryKind.EVENING] * 5 + [EntryKind.FREE] * 6 + [EntryKind.IMPORTED]


def realistic(count: int) -> list[Entry]:
    """Three years of writing, a few an evening: reflections on a stage's eight prompts, evening
    entries, free writing and a few imported ones (the corpus benches/corpus.py makes, smaller)."""
    made = []
    for number in range(count):
        kind = KINDS[number % len(KINDS)]
        moment = START + timedelta(minutes=number * 263)
        reflection = kind is EntryKind.REFLECTION
        made.append(Entry(
            id=0, uuid=f"entry-{number:06d}", kind=kind,
            stage=STAGES[number % len(STAGES)] if reflection else None,
            prompt_key=f"prompt-{number % 8}" if reflection else None,
            title=f"Day {number}", body=f"What happened today, number {number}, and how it felt.",
            tags=("work",) if number % 3 == 0 else (), created_at=moment, updated_at=moment,
        ))
    return made


def _journal(data_dir: Path, key: bytes | None) -> Journal:
    journal = Journal.open(data_dir, key)
    try:
        journal.add_entries(realistic(COUNT))
    finally:
        journal.close()
    return Journal.open(data_dir, key, finish_conversions=True)  # as the app opens it: statistics kept


@pytest.fixture(scope="module", params=["plain", "encrypted"])
def journal(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    data_dir = tmp_path_factory.mktemp("plans") / "journal"
    key = None
    if request.param == "encrypted":
        Journal.open(data_dir).close()
        encryption.encrypt_journal(data_dir, PASSPHRASE)
        key = encryption.unlock(data_dir, PASSPHRASE)
    opened = _journal(data_dir, key)
    try:
        yield opened
    finally:
        opened.close()


def plans_of(journal: Journal, read: Callable[[Journal], object]) -> list[tuple[str, list[str]]]:
    """Each statement `read` runs on the entries table, with its query plan's lines."""
    engine = journal._engine
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        if " entries" in statement and not statement.lstrip().upper().startswith("EXPLAIN"):
            seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", record)
    try:
        read(journal)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    found = []
    with engine.connect() as connection:
        for statement, params in seen:
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).fetchall()
            found.append((statement, [str(row[3]) for row in rows]))
    assert found, "the read ran no query on the entries table"
    return found


def reads_whole_table(line: str) -> bool:
    return line == "SCAN entries" or (line.startswith("SCAN entries ") and "INDEX" not in line)


TODAY_READS: dict[str, Callable[[Journal], object]] = {
    "last_stage": lambda j: j.last_stage(),
    "evening entry": lambda j: j.entry_for_day(EntryKind.EVENING, TODAY),
    "free entry": lambda j: j.entry_for_day(EntryKind.FREE, TODAY),
    "on this day": lambda j: j.on_this_day(TODAY),
    "streak": lambda j: j.writing_days(TODAY - timedelta(days=60)),
}


def test_the_app_s_open_analyzed_the_entries(journal: Journal) -> None:
    with journal._engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert analyzed_rows(driver) == COUNT
        partial = driver.execute(
            "SELECT count(*) FROM sqlite_stat1 WHERE idx = 'ix_entries_live_created_at_id'").fetchone()[0]
        assert partial == 0  # left out: analyzed, it makes the planner count by reading the table


@pytest.mark.parametrize("name", list(TODAY_READS))
def test_today_s_reads_search_an_index(journal: Journal, name: str) -> None:
    for statement, lines in plans_of(journal, TODAY_READS[name]):
        on_entries = [line for line in lines if " entries " in f"{line} "]
        assert on_entries, (statement, lines)
        for line in on_entries:
            assert line.startswith("SEARCH entries USING ") and "INDEX" in line, (name, statement, lines)


def test_answered_prompts_walks_its_index_without_reading_every_reflection(journal: Journal) -> None:
    """SQLite 3.53 skips along (stage, prompt_key) with a SEARCH; 3.40 walks that index in order,
    so DISTINCT needs no temporary b-tree, where without statistics it read every reflection by
    kind and sorted them."""
    read = plans_of(journal, lambda j: j.answered_prompts())
    [lines] = [lines for statement, lines in read if "DISTINCT" in statement]
    assert any(PLANNED_INDEX in line for line in lines), lines
    assert not any("TEMP B-TREE" in line for line in lines), lines
    assert not any(reads_whole_table(line) for line in lines), lines


def test_purge_at_open_reads_indexes_only_and_still_purges(tmp_path: Path) -> None:
    journal = _journal(tmp_path / "journal", None)
    try:
        for statement, lines in plans_of(journal, lambda j: j.purge_deleted()):
            assert not any(reads_whole_table(line) for line in lines), (statement, lines)
            if "DELETE" in statement:  # the deleted rows come from their own index (revision 0010)
                assert any("ix_entries_deleted_at" in line for line in lines), (statement, lines)
        journal.delete_entry("entry-000042")
        journal.purge_deleted()
        assert journal.existing_uuids(["entry-000042", "entry-000043"]) == {"entry-000043"}
    finally:
        journal.close()


def test_without_statistics_today_s_answers_read_by_kind(tmp_path: Path) -> None:
    """What the statistics change (the plan the issue measured at ~70 ms at 100k): a command, which
    keeps no statistics, on a journal never analyzed."""
    data_dir = tmp_path / "journal"
    journal = Journal.open(data_dir)
    try:
        journal.add_entries(realistic(COUNT))
        [lines] = [lines for statement, lines in plans_of(journal, lambda j: j.answered_prompts())
                   if "DISTINCT" in statement]
        assert any("TEMP B-TREE FOR DISTINCT" in line for line in lines), lines
    finally:
        journal.close()
