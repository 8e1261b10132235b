"""The command line's quick read path: the app's own statements through sqlite3 (SQLCipher when
encrypted), the same hits as the app's SQLAlchemy path, nothing written, and the normal open
whenever the journal is not in its usual settled state."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.records import EntryDraft, EntryKind
from app.domain.search import SearchFilters, SearchOrder
from app.domain.stages import Stage
from app.domain.workbench import MoodCheck
from app.paths import database_path
from app.store import encryption, schema
from app.store.health import MARKER_PREFIX
from app.store.journal import Journal
from app.store.quick_read import head_revision
from app.store.search_read import quick_search
from tests.store.tool_words import fill_every_tool

PASSPHRASE = "a quiet walk before the search"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
QUERIES = ["m", "wr", "written", "review ", "revi", '"the review"', "review manager", "nothing-here", "AND",
           '"']
FILTERS = [
    SearchFilters(),
    SearchFilters(stages=frozenset({Stage.OWNERSHIP, Stage.CHECKINS})),
    SearchFilters(kinds=frozenset({EntryKind.REFLECTION})),
    SearchFilters(tag="work"),
    SearchFilters(since=date(2026, 3, 3), until=date(2026, 3, 9)),
    SearchFilters(moods=frozenset({1, 2})),
]


def _fill(journal: Journal) -> None:
    fill_every_tool(journal)
    for index in range(14):
        journal.save_entry(
            EntryDraft(f"e{index:02d}", EntryKind.REFLECTION if index % 2 else EntryKind.FREE,
                       f"The review {index} with my manager, written up. " + "more words " * (index % 4),
                       stage=Stage.OWNERSHIP if index % 3 == 0 else None,
                       prompt_key="ownership.what_happened" if index % 3 == 0 else None,
                       title=f"Review {index}", tags=("work",) if index % 2 else ()),
            when=START + timedelta(days=index % 7, hours=index),
        )
    low = MoodCheck("low", START + timedelta(days=2, hours=20), 1, note="a bit low")
    journal.feelings.save_mood_check(low)


def _matrix(journal: Journal, data_dir: Path, key: bytes | None, queries: list[str] = QUERIES,
            filters_tried: list[SearchFilters] = FILTERS, limits: tuple[int, ...] = (3, 50)) -> None:
    for text in queries:
        for filters in filters_tried:
            for order in SearchOrder:
                for limit in limits:
                    expected = journal.search.search(text, filters, order, limit)
                    assert quick_search(data_dir, key, text, filters, order, limit) == expected, (
                        text, filters, order, limit)


def test_the_same_hits_as_the_app_plain(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    try:
        _fill(journal)
        assert journal.search.search("review ")  # the matrix compares real hits
        _matrix(journal, data_dir, None)
    finally:
        journal.close()


def test_the_same_hits_as_the_app_encrypted(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    _fill(journal)
    journal.close()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, PASSPHRASE)
    journal = Journal.open(data_dir, key)
    try:  # fewer than plain: every SQLCipher connection reads and decrypts its pages afresh
        _matrix(journal, data_dir, key, ["m", "written", "revi", '"the review"', "AND"], FILTERS[::2], (50,))
    finally:
        journal.close()
    assert quick_search(data_dir, None, "review") is None  # no key: the normal open asks for it
    assert quick_search(data_dir, bytes(32), "review") is None  # not this journal's key


def test_a_small_window_gives_the_same_hits_on_both_paths(data_dir: Path) -> None:
    from app.store.search import SearchService

    journal = Journal.open(data_dir)
    try:
        _fill(journal)
        service = SearchService(journal._sessions, window=2, rank_all=2)
        for text in ("review ", "written", "review manager"):
            assert quick_search(data_dir, None, text, window=2, rank_all=2) == service.search(text)
    finally:
        journal.close()


def _state(data_dir: Path) -> dict[str, tuple[int, int]]:
    return {path.name: (path.stat().st_size, path.stat().st_mtime_ns) for path in sorted(data_dir.iterdir())}


def test_it_writes_nothing(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    _fill(journal)
    journal.close()
    before = _state(data_dir)
    assert quick_search(data_dir, None, "review")
    assert _state(data_dir) == before  # no -wal, no -shm, no marker, not a byte of the journal


def test_it_reads_beside_the_open_app(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    try:
        _fill(journal)
        journal.save_entry(EntryDraft("fresh", EntryKind.FREE, "a brand new thought"), when=START)
        assert [hit.uuid for hit in quick_search(data_dir, None, "brand") or []] == ["fresh"]
    finally:
        journal.close()


@pytest.fixture
def filled(data_dir: Path) -> Path:
    journal = Journal.open(data_dir)
    _fill(journal)
    journal.close()
    assert quick_search(data_dir, None, "review") is not None
    return data_dir


def test_an_older_schema_goes_the_normal_way(filled: Path) -> None:
    with closing(sqlite3.connect(database_path(filled))) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0008'")
        connection.commit()
    assert quick_search(filled, None, "review") is None


def test_an_interrupted_encryption_goes_the_normal_way(filled: Path) -> None:
    Path(f"{database_path(filled)}.encrypting").write_bytes(b"half a copy")
    assert quick_search(filled, None, "review") is None


def test_a_process_that_died_with_it_open_goes_the_normal_way(filled: Path) -> None:
    (filled / f"{MARKER_PREFIX}somewhere-1-1").write_text("")  # nobody holds it: an unclean shutdown
    assert quick_search(filled, None, "review") is None


def test_a_key_file_without_a_key_goes_the_normal_way(filled: Path) -> None:
    (filled / "journal.key").write_text("{}")
    assert quick_search(filled, None, "review") is None


def test_a_damaged_or_missing_file_goes_the_normal_way(filled: Path, tmp_path: Path) -> None:
    assert quick_search(tmp_path / "nowhere", None, "review") is None
    path = database_path(filled)
    with path.open("r+b") as stream:
        stream.write(b"not a database at all, not even close")
    assert quick_search(filled, None, "review") is None


def test_the_read_path_knows_this_version_s_head() -> None:
    assert head_revision() == schema.HEAD_REVISION
