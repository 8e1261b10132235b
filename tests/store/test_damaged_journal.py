"""A damaged journal at open: found read-only, never written, and put right from a good backup."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.records import Entry, EntryKind
from app.paths import database_path
from app.store import encryption
from app.store.backups import (
    BackupInfo,
    RestoreRefused,
    check,
    make_backup,
    newest_good_backup,
    plain_connect,
    restore_over_damaged,
)
from app.store.errors import JournalDamaged, JournalLocked, StoreError, WrongPassphrase
from app.store.journal import Journal
from app.store.schema import find_damage
from tests.files import snapshot

PASSPHRASE = "a quiet morning before the meeting"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
PAGE = 4096
INDEX_LEAF = 0x0A  # the b-tree page type byte of an index leaf page


def entries(count: int, start: int = 0) -> list[Entry]:
    made = []
    for number in range(start, start + count):
        moment = START + timedelta(hours=number)
        made.append(Entry(
            id=0, uuid=f"entry-{number:05d}", kind=EntryKind.FREE, stage=None, prompt_key=None,
            title=f"Day {number}", body=f"Thoughts number {number}, with a few more words to fill a page.",
            tags=("work",), created_at=moment, updated_at=moment,
        ))
    return made


def write_journal(data_dir: Path, count: int = 400) -> None:
    """A closed journal with enough entries that its indexes span many pages."""
    journal = Journal.open(data_dir)
    try:
        journal.add_entries(entries(count))
    finally:
        journal.close()



def page_size(path: Path) -> int:
    header = path.read_bytes()[:100]
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def break_an_index_page(path: Path) -> int:
    """Overwrite the start of an index leaf page in the middle of the file; return its number."""
    data = bytearray(path.read_bytes())
    size = page_size(path)
    leaves = [n for n in range(1, len(data) // size) if data[n * size] == INDEX_LEAF]
    assert len(leaves) >= 3, "the journal should have several index pages"
    chosen = leaves[len(leaves) // 2]
    data[chosen * size : chosen * size + 12] = b"\xff" * 12  # the page header: type, freeblock, cells
    path.write_bytes(bytes(data))
    return chosen + 1


def assert_refused_untouched(data_dir: Path, key: bytes | None = None) -> JournalDamaged:
    before = snapshot(data_dir)
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(data_dir, key)
    assert snapshot(data_dir) == before  # same files, same bytes: no -wal, -shm or backup made
    error = caught.value
    assert error.problems and all(isinstance(problem, str) for problem in error.problems)
    assert "damaged" in str(error) and "not changed" in str(error)
    return error


def test_a_sound_journal_passes_the_read_only_check_and_opens(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    before = snapshot(data_dir)
    assert find_damage(database_path(data_dir)) == []
    assert snapshot(data_dir) == before  # the check itself left no -wal or -shm behind
    journal = Journal.open(data_dir)
    try:
        assert journal.count_entries() == 400
    finally:
        journal.close()


def test_a_journal_left_open_with_its_wal_still_passes(tmp_path: Path) -> None:
    """After a crash the -wal holds the newest pages: the check reads them, it does not call them damage."""
    data_dir = tmp_path / "journal"
    first = Journal.open(data_dir)
    try:
        first.add_entries(entries(20))
        assert Path(f"{first.path}-wal").exists()
        assert find_damage(first.path) == []
        second = Journal.open(data_dir)
        try:
            assert second.count_entries() == 20
        finally:
            second.close()
    finally:
        first.close()


def test_a_broken_index_page_is_damage_and_nothing_is_written(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    break_an_index_page(database_path(data_dir))
    error = assert_refused_untouched(data_dir)
    assert any(problem.startswith("quick_check") for problem in error.problems)
    assert error.newest_good_backup is None  # no backups folder at all


def test_a_truncated_file_is_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    path = database_path(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: (len(data) // PAGE // 2) * PAGE])
    assert_refused_untouched(data_dir)


def test_a_file_cut_inside_its_header_is_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    path = database_path(data_dir)
    path.write_bytes(path.read_bytes()[:60])
    assert_refused_untouched(data_dir)


def test_random_bytes_are_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    database_path(data_dir).write_bytes(os.urandom(PAGE * 8))
    error = assert_refused_untouched(data_dir)
    assert "not a database" in " ".join(error.problems)


def encrypted_journal(data_dir: Path) -> bytes:
    write_journal(data_dir)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    return encryption.unlock(data_dir, PASSPHRASE)


def test_an_encrypted_journal_with_a_tampered_page_is_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    key = encrypted_journal(data_dir)
    path = database_path(data_dir)
    assert find_damage(path, key) == []
    data = bytearray(path.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 100] ^= 0x01  # one bit, inside a page in the middle
    path.write_bytes(bytes(data))
    assert_refused_untouched(data_dir, key)


def test_the_wrong_passphrase_is_not_called_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    key = encrypted_journal(data_dir)
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        encryption.unlock(data_dir, "not the passphrase")
    with pytest.raises(JournalLocked):
        Journal.open(data_dir)
    assert snapshot(data_dir) == before
    journal = Journal.open(data_dir, key)
    try:
        assert journal.count_entries() == 400
    finally:
        journal.close()


Connect = Callable[[Path], sqlite3.Connection]


def backup_at(data_dir: Path, hours: int, connect: Connect = plain_connect) -> BackupInfo:
    return make_backup(
        database_path(data_dir), data_dir / "backups", now=START + timedelta(hours=hours), connect=connect
    )


def add_more(data_dir: Path, count: int, start: int, key: bytes | None = None) -> None:
    journal = Journal.open(data_dir, key)
    try:
        journal.add_entries(entries(count, start))
    finally:
        journal.close()


def test_the_newest_good_backup_is_offered_passing_over_a_bad_newer_one(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 300)
    backup_at(data_dir, 1)
    add_more(data_dir, 10, 300)
    good = backup_at(data_dir, 2)
    add_more(data_dir, 10, 310)
    bad = backup_at(data_dir, 3)
    break_an_index_page(bad.path)
    break_an_index_page(database_path(data_dir))

    error = assert_refused_untouched(data_dir)
    offered = error.newest_good_backup
    assert offered is not None
    assert offered.path == good.path and offered.entries == 310 and offered.made_at == good.made_at
    assert newest_good_backup(data_dir / "backups") == offered


def test_an_encrypted_journal_offers_its_encrypted_backup(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    key = encrypted_journal(data_dir)
    keyed = encryption.keyed_connect(key)
    made = backup_at(data_dir, 5, keyed)
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 100] ^= 0x01
    path.write_bytes(bytes(data))

    error = assert_refused_untouched(data_dir, key)
    assert error.newest_good_backup is not None
    assert error.newest_good_backup.path == made.path and error.newest_good_backup.entries == 400


def test_restore_over_damaged_keeps_the_damaged_file_and_opens_the_backup(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 300)
    good = backup_at(data_dir, 1)
    path = database_path(data_dir)
    break_an_index_page(path)
    damaged_bytes = path.read_bytes()
    error = assert_refused_untouched(data_dir)
    assert error.newest_good_backup is not None

    report = restore_over_damaged(data_dir, error.newest_good_backup.path)

    assert report.restored_from == good.path and report.entries == 300 and report.safety_backup is None
    kept = report.damaged_kept_at
    assert kept is not None and kept.parent == data_dir
    assert kept.name.startswith("journal.damaged-") and kept.name.endswith(".sqlite3")
    assert kept.read_bytes() == damaged_bytes  # moved, never written
    assert path.stat().st_mode & 0o777 == 0o600
    assert check(path).ok
    journal = Journal.open(data_dir)
    try:
        assert journal.count_entries() == 300
        assert journal.get_entry("entry-00042").body.startswith("Thoughts number 42")
    finally:
        journal.close()


def test_restore_over_damaged_moves_the_wal_and_shm_aside_too(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 50)
    good = backup_at(data_dir, 1)
    path = database_path(data_dir)
    path.write_bytes(os.urandom(PAGE * 4))
    Path(f"{path}-wal").write_bytes(b"left by a crash")
    Path(f"{path}-shm").write_bytes(b"index of the wal")

    report = restore_over_damaged(data_dir, good.path)

    kept = report.damaged_kept_at
    assert kept is not None
    assert Path(f"{kept}-wal").read_bytes() == b"left by a crash"
    assert Path(f"{kept}-shm").read_bytes() == b"index of the wal"
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert check(path).ok and check(path).entries == 50


def test_restore_over_damaged_refuses_a_bad_backup_and_changes_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 300)
    bad = backup_at(data_dir, 1)
    break_an_index_page(bad.path)
    break_an_index_page(database_path(data_dir))
    before = snapshot(data_dir)

    with pytest.raises(RestoreRefused, match="not changed"):
        restore_over_damaged(data_dir, bad.path)
    assert snapshot(data_dir) == before


def test_a_restore_that_fails_part_way_puts_the_damaged_file_back(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 50)
    good = backup_at(data_dir, 1)
    path = database_path(data_dir)
    path.write_bytes(os.urandom(PAGE * 4))
    before = snapshot(data_dir)

    def refuse_the_journal(target: Path) -> sqlite3.Connection:
        """A disk that refuses the new journal file once the damaged one is out of the way."""
        if target == path:
            raise sqlite3.OperationalError("disk I/O error")
        return plain_connect(target)

    with pytest.raises(RestoreRefused, match="put back") as caught:
        restore_over_damaged(data_dir, good.path, refuse_the_journal)
    assert isinstance(caught.value, StoreError)
    assert snapshot(data_dir) == before  # the damaged file back under its own name, nothing left over


def test_the_check_reads_an_existing_empty_file_as_a_new_journal(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    database_path(data_dir).touch()
    assert find_damage(database_path(data_dir)) == []
    journal = Journal.open(data_dir)
    try:
        assert journal.count_entries() == 0
    finally:
        journal.close()
    with closing(sqlite3.connect(database_path(data_dir))) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
