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
    BackupFailed,
    BackupInfo,
    RestoreRefused,
    check,
    make_backup,
    newest_good_backup,
    plain_connect,
    restore_over_damaged,
    set_damaged_aside,
)
from app.store.errors import (
    InvalidKeyFile,
    JournalDamaged,
    JournalLocked,
    KeyFileMissing,
    StorageUnavailable,
    StoreError,
    WrongPassphrase,
)
from app.store.journal import Journal
from app.store.schema import find_damage
from tests.files import snapshot
from tests.store.unclean import left_open_by_a_crash

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
    # A page the cheap checks at every open don't read: found by the full check, which an open runs
    # after an unclean shutdown (app/store/health.py), and by the on-demand check any time.
    assert any(problem.startswith("quick_check") for problem in find_damage(database_path(data_dir)))
    left_open_by_a_crash(data_dir)
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
    assert find_damage(path, key) != []  # the full check, on demand
    left_open_by_a_crash(data_dir)  # and at the next open after an unclean shutdown
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
    left_open_by_a_crash(data_dir)  # so the open runs the full check

    error = assert_refused_untouched(data_dir)
    offered = error.newest_good_backup
    assert offered is not None
    assert offered.path == good.path and offered.entries == 310 and offered.made_at == good.made_at
    assert newest_good_backup(data_dir / "backups") == offered


def test_a_backup_of_an_empty_journal_is_not_offered_over_an_older_one_that_holds_entries(
    tmp_path: Path,
) -> None:
    """A journal emptied by mistake, then backed up: the way back is the older copy with the writing."""
    data_dir = tmp_path / "journal"
    write_journal(data_dir, 5)
    real = backup_at(data_dir, 1)
    database_path(data_dir).unlink()
    Journal.open(data_dir).close()  # a new, empty journal in its place…
    backup_at(data_dir, 2)  # …backed up, newer than the real one
    database_path(data_dir).write_bytes(b"")

    error = assert_refused_untouched(data_dir)
    offered = error.newest_good_backup
    assert offered is not None and offered.path == real.path and offered.entries == 5


def test_an_encrypted_journal_offers_its_encrypted_backup(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    key = encrypted_journal(data_dir)
    keyed = encryption.keyed_connect(key)
    made = backup_at(data_dir, 5, keyed)
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 100] ^= 0x01
    path.write_bytes(bytes(data))
    left_open_by_a_crash(data_dir)  # so the open runs the full check

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
    left_open_by_a_crash(data_dir)  # so the open runs the full check
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


def test_only_a_missing_file_is_a_new_journal(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    assert find_damage(database_path(data_dir)) == []
    journal = Journal.open(data_dir)
    try:
        assert journal.count_entries() == 0
    finally:
        journal.close()
    with closing(sqlite3.connect(database_path(data_dir))) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


# -- issue 10, defect 1: an empty, cut-short or foreign file is damage, never a new journal --------


def five_entries_backed_up(data_dir: Path) -> BackupInfo:
    """The issue's scenario: five entries, one backup, only one kept."""
    write_journal(data_dir, 5)
    return make_backup(database_path(data_dir), data_dir / "backups", keep=1, now=START)


def test_an_empty_file_is_damage_and_the_good_backup_is_offered_and_kept(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    good = five_entries_backed_up(data_dir)
    database_path(data_dir).write_bytes(b"")

    error = assert_refused_untouched(data_dir)
    assert error.problems == ["the file is empty (0 bytes)"]
    assert error.newest_good_backup is not None and error.newest_good_backup.path == good.path
    assert str(good.path) in str(error) and "5 entries" in str(error)
    before = snapshot(data_dir)
    with pytest.raises(BackupFailed, match="empty"):  # no backup of it, so no rotation either
        make_backup(database_path(data_dir), data_dir / "backups", keep=1, now=START + timedelta(days=1))
    assert snapshot(data_dir) == before
    assert not check(database_path(data_dir)).ok

    report = restore_over_damaged(data_dir, good.path)
    assert report.entries == 5 and report.damaged_kept_at is not None
    assert report.damaged_kept_at.read_bytes() == b""
    add_more(data_dir, 0, 0)  # opens cleanly
    assert check(database_path(data_dir)).entries == 5


def test_an_empty_file_with_its_wal_beside_it_is_damage_and_the_wal_is_kept(tmp_path: Path) -> None:
    """SQLite deletes the -wal it finds beside an empty file: nothing may open such a file."""
    data_dir = tmp_path / "journal"
    live = Journal.open(data_dir)
    try:
        live.add_entries(entries(20))
        wal_bytes = Path(f"{live.path}-wal").read_bytes()
    finally:
        live.close()
    path = database_path(data_dir)
    path.write_bytes(b"")
    wal = Path(f"{path}-wal")
    wal.write_bytes(wal_bytes)

    error = assert_refused_untouched(data_dir)
    assert "empty" in error.problems[0] and wal.name in error.problems[0]
    with pytest.raises(BackupFailed):
        make_backup(path, data_dir / "backups")
    assert not check(path).ok
    assert wal.read_bytes() == wal_bytes

    kept = set_damaged_aside(data_dir)
    assert Path(f"{kept}-wal").read_bytes() == wal_bytes and kept.read_bytes() == b""
    assert not path.exists() and not wal.exists()


def test_the_first_page_of_a_real_journal_alone_is_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    write_journal(data_dir)
    path = database_path(data_dir)
    path.write_bytes(path.read_bytes()[:4096])
    error = assert_refused_untouched(data_dir)
    assert "cut short" in error.problems[0]


def test_a_header_ahead_of_the_file_is_not_damage_while_its_wal_holds_the_pages(tmp_path: Path) -> None:
    """A checkpoint cut short writes page 1 before the pages past the end: the -wal still has them."""
    data_dir = tmp_path / "journal"
    live = Journal.open(data_dir)
    try:
        live.add_entries(entries(50))
        copy = tmp_path / "copy"
        copy.mkdir()
        path = database_path(copy)
        path.write_bytes(live.path.read_bytes())
        Path(f"{path}-wal").write_bytes(Path(f"{live.path}-wal").read_bytes())
    finally:
        live.close()
    data = bytearray(path.read_bytes())
    data[28:32] = (len(data) // PAGE + 5).to_bytes(4, "big")  # the header's page count, ahead of the file
    path.write_bytes(bytes(data))
    assert find_damage(path) == []
    Path(f"{path}-wal").unlink()
    assert "cut short" in find_damage(path)[0]


def test_a_folder_in_the_journal_s_place_is_damage_and_can_be_set_aside(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    path = database_path(data_dir)
    path.mkdir(parents=True)
    (path / "inside").write_text("not a journal")

    error = assert_refused_untouched(data_dir)
    assert "folder" in error.problems[0] and error.newest_good_backup is None
    assert "no backup" in str(error)

    kept = set_damaged_aside(data_dir)
    assert (kept / "inside").read_text() == "not a journal"
    journal = Journal.open(data_dir)  # a new journal now, with the old folder kept beside it
    try:
        assert journal.count_entries() == 0
    finally:
        journal.close()


def test_a_pipe_in_the_journal_s_place_is_damage_without_waiting_on_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    os.mkfifo(database_path(data_dir))
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(data_dir)
    assert "not a regular file" in caught.value.problems[0]
    with pytest.raises(BackupFailed, match="not a regular file"):
        make_backup(database_path(data_dir), data_dir / "backups")


def test_a_link_to_nothing_is_not_taken_for_a_new_journal(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    database_path(data_dir).symlink_to(tmp_path / "unplugged-drive" / "journal.sqlite3")
    before = sorted(data_dir.iterdir())
    with pytest.raises(StorageUnavailable, match="isn't there"):
        Journal.open(data_dir)
    assert sorted(data_dir.iterdir()) == before and not (tmp_path / "unplugged-drive").exists()


def test_a_missing_file_with_its_wal_left_is_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    Path(f"{database_path(data_dir)}-wal").write_bytes(b"recent changes" * 100)
    error = assert_refused_untouched(data_dir)
    assert "missing" in error.problems[0]


def test_a_new_journal_left_by_a_crash_before_its_tables_still_opens(tmp_path: Path) -> None:
    """A first opening cut short after SQLite wrote its header (one page, no tables) is not damage."""
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    with closing(sqlite3.connect(database_path(data_dir))) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
    assert database_path(data_dir).stat().st_size == PAGE
    add_more(data_dir, 3, 0)
    assert check(database_path(data_dir)).entries == 3


def test_an_empty_file_is_set_aside_and_a_new_journal_started_when_asked(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"")
    assert_refused_untouched(data_dir)
    kept = set_damaged_aside(data_dir)
    assert kept.parent == data_dir and kept.name.startswith("journal.damaged-") and kept.read_bytes() == b""
    add_more(data_dir, 2, 0)
    assert check(database_path(data_dir)).entries == 2
    with pytest.raises(RestoreRefused):
        set_damaged_aside(tmp_path / "nothing-here")


# -- issue 10, defect 10a: an encrypted journal whose key file is gone says so ------------------------


def test_a_missing_key_file_is_named_not_called_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    key = encrypted_journal(data_dir)
    backup_at(data_dir, 1, encryption.keyed_connect(key))
    key_file = data_dir / "journal.key"
    key_file.unlink()
    before = snapshot(data_dir)

    with pytest.raises(KeyFileMissing) as caught:
        Journal.open(data_dir)
    message = str(caught.value)
    assert str(key_file) in message and "recovery code" in message and "Nothing was changed" in message
    assert isinstance(caught.value, InvalidKeyFile)
    with pytest.raises(BackupFailed, match="key file is missing"):
        make_backup(database_path(data_dir), data_dir / "backups")
    assert "key file is missing" in check(database_path(data_dir)).problems[0]
    assert snapshot(data_dir) == before


def test_without_encrypted_backups_a_foreign_file_names_the_key_file_as_a_possibility(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    encrypted_journal(data_dir)
    (data_dir / "journal.key").unlink()
    error = assert_refused_untouched(data_dir)
    assert "journal.key is missing" in str(error)


# -- issue 10, attack review: an SQLite file of another program is damage, never taken over --------


def foreign_tables(path: Path) -> None:
    """What the review put in the journal's place: a sound SQLite file holding one table of its own."""
    path.unlink()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("create table foo(x)")


def no_tables_but_a_user_version(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 7")


def no_tables_but_an_application_id(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA application_id = 1234")
        connection.execute("PRAGMA journal_mode=WAL")


def only_a_view(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("create view v as select 1")


FOREIGN = [foreign_tables, no_tables_but_a_user_version, no_tables_but_an_application_id, only_a_view]


@pytest.mark.parametrize("replace", FOREIGN, ids=[replace.__name__ for replace in FOREIGN])
def test_an_sqlite_file_of_another_program_is_damage_and_nothing_is_written(
    tmp_path: Path, replace: Callable[[Path], None]
) -> None:
    data_dir = tmp_path / "journal"
    good = five_entries_backed_up(data_dir)
    path = database_path(data_dir)
    replace(path)
    assert check(path).problems  # a sound SQLite file, but not a journal

    error = assert_refused_untouched(data_dir)  # every file byte for byte as it was: no WAL switch
    assert error.problems == ["it is not a Trustbridge journal but an SQLite file of another program"]
    assert "another program" in str(error) and "journal.key" not in str(error)
    assert error.newest_good_backup is not None and error.newest_good_backup.path == good.path
    assert str(good.path) in str(error) and "5 entries" in str(error)


def test_our_tables_without_their_version_record_are_damage_but_not_called_foreign(tmp_path: Path) -> None:
    """Creation and its version stamp are one transaction now; an older file, or one changed outside
    Trustbridge, can still lack the stamp: it is ours, so it is not called another program's."""
    data_dir = tmp_path / "journal"
    good = five_entries_backed_up(data_dir)
    path = database_path(data_dir)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TABLE alembic_version")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    error = assert_refused_untouched(data_dir)
    assert "version" in error.problems[0] and "missing" in error.problems[0]
    assert "another program" not in str(error)
    assert error.newest_good_backup is not None and error.newest_good_backup.path == good.path


def test_an_empty_version_record_is_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    five_entries_backed_up(data_dir)
    with closing(sqlite3.connect(database_path(data_dir))) as connection:
        connection.execute("DELETE FROM alembic_version")
        connection.commit()
    error = assert_refused_untouched(data_dir)
    assert "empty" in error.problems[0] and "another program" not in error.problems[0]


def test_a_first_creation_cut_short_is_not_called_foreign(tmp_path: Path) -> None:
    """No schema, user_version 0, application_id 0: what a crash after the first connection leaves."""
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    path = database_path(data_dir)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
    assert find_damage(path) == []


def test_an_encrypted_file_of_another_program_is_damage_after_the_key(tmp_path: Path) -> None:
    """Same key, a sound SQLCipher file, but not a journal: found after the key, and nothing written."""
    import sqlcipher3

    from app.store.keys import sqlcipher_key

    data_dir = tmp_path / "journal"
    key = encrypted_journal(data_dir)
    made = backup_at(data_dir, 5, encryption.keyed_connect(key))
    path = database_path(data_dir)
    path.unlink()
    with closing(sqlcipher3.dbapi2.connect(str(path))) as connection:
        connection.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
        connection.execute("create table foo(x)")
        connection.commit()
    assert not path.read_bytes().startswith(b"SQLite format 3")

    error = assert_refused_untouched(data_dir, key)
    assert "another program" in error.problems[0]
    assert error.newest_good_backup is not None and error.newest_good_backup.path == made.path
