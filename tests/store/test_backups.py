"""Backups on real journal files: made and checked, rotated safely, listed, restored, and when due."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.records import EntryDraft, EntryKind
from app.paths import database_path
from app.store.backups import (
    AUTOMATIC,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    BackupFailed,
    JournalInUse,
    RestoreRefused,
    backup_due,
    check,
    holding_data_dir,
    list_backups,
    lock_path,
    make_backup,
    restore,
)
from app.store.journal import Journal

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _add(journal: Journal, *bodies: str) -> None:
    for number, body in enumerate(bodies):
        journal.save_entry(EntryDraft(uuid=f"{body}-{number}", kind=EntryKind.FREE, body=body))


def _bodies(journal_dir: Path) -> list[str]:
    opened = Journal.open(journal_dir)
    try:
        return sorted(summary.preview for summary in opened.list_entries())
    finally:
        opened.close()


def _corrupt(path: Path) -> None:
    """Scribble over the middle of the file, past the header, as a failing disk might."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def _flip_last_page(path: Path) -> None:
    """Flip bits across the last page (a b-tree page): still copyable, but `quick_check` fails."""
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 4096 + 8, len(data), 7):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_backup_is_a_checked_private_copy_with_the_entries(journal: Journal, journal_dir: Path) -> None:
    _add(journal, "first thought", "second thought")
    folder = journal_dir / "backups"
    info = make_backup(journal.path, folder, now=NOON)
    assert info.path == folder / "journal-20261126T120000Z.sqlite3"
    assert info.entries == 2 and info.reason == AUTOMATIC and info.made_at == NOON
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no temporary, -wal or -shm left
    assert check(info.path).ok
    with closing(sqlite3.connect(info.path)) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file


def test_a_backup_includes_what_is_still_in_the_wal(journal: Journal, journal_dir: Path) -> None:
    _add(journal, "written just now")
    assert Path(f"{journal.path}-wal").stat().st_size > 0  # the journal is open: its pages are in the WAL
    info = make_backup(journal.path, journal_dir / "backups", now=NOON)
    assert info.entries == 1


def test_two_backups_in_one_second_both_keep_their_own_file(journal: Journal, journal_dir: Path) -> None:
    folder = journal_dir / "backups"
    first = make_backup(journal.path, folder, now=NOON)
    second = make_backup(journal.path, folder, now=NOON)
    assert first.path != second.path and second.path.name == "journal-20261126T120000Z-2.sqlite3"
    assert [info.path for info in list_backups(folder)] == [second.path, first.path]


def test_rotation_keeps_the_newest_automatic_ones_and_never_the_others(
    journal: Journal, journal_dir: Path
) -> None:
    folder = journal_dir / "backups"
    upgrade = folder / "before-upgrade-20200101T000000Z.sqlite3"
    made = [make_backup(journal.path, folder, now=NOON + timedelta(days=day), keep=3) for day in range(5)]
    make_backup(journal.path, folder, reason=BEFORE_RESTORE, now=NOON - timedelta(days=9), keep=3)
    sqlite3.connect(upgrade).close()  # an (empty) older before-upgrade file, as the schema step leaves
    make_backup(journal.path, folder, now=NOON + timedelta(days=5), keep=3)
    listed = list_backups(folder)
    automatic = [info.path for info in listed if info.reason == AUTOMATIC]
    assert automatic == [folder / "journal-20261201T120000Z.sqlite3", made[4].path, made[3].path]
    assert {info.reason for info in listed} == {AUTOMATIC, BEFORE_RESTORE, BEFORE_UPGRADE}


def test_a_copy_that_fails_its_check_is_removed_and_nothing_is_rotated(
    journal: Journal, journal_dir: Path
) -> None:
    folder = journal_dir / "backups"
    _add(journal, *(f"entry number {n} " * 40 for n in range(60)))
    kept = [make_backup(journal.path, folder, now=NOON + timedelta(days=day), keep=2) for day in range(2)]
    journal.close()
    before = sorted(p.name for p in folder.iterdir())
    _flip_last_page(database_path(journal_dir))  # the journal went bad: its copy must not push out a good one
    with pytest.raises(BackupFailed, match="did not pass its check") as failed:
        make_backup(database_path(journal_dir), folder, now=NOON + timedelta(days=7), keep=2)
    assert "older backups were kept" in str(failed.value)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert all(check(info.path).ok for info in kept)


def test_a_file_without_entries_is_not_taken_as_a_backup(tmp_path: Path) -> None:
    stranger = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(stranger)) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(BackupFailed, match="entries can't be read"):
        make_backup(stranger, tmp_path / "backups")
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_backup_with_no_journal_to_copy_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(BackupFailed, match="there is no journal"):
        make_backup(tmp_path / "journal.sqlite3", tmp_path / "backups")
    assert not (tmp_path / "journal.sqlite3").exists()


def test_listing_counts_entries_and_names_unreadable_files(journal: Journal, journal_dir: Path) -> None:
    folder = journal_dir / "backups"
    older = make_backup(journal.path, folder, now=NOON)
    _add(journal, "one", "two", "three")
    newer = make_backup(journal.path, folder, now=NOON + timedelta(hours=1))
    damaged = folder / "journal-20261126T130500Z.sqlite3"
    damaged.write_bytes(b"this is not a database at all" * 200)
    (folder / "notes.txt").write_text("not a backup")
    listed = list_backups(folder)
    assert [info.path for info in listed] == [damaged, newer.path, older.path]
    assert [info.entries for info in listed] == [None, 3, 0]
    assert listed[0].problem and not listed[0].ok
    assert listed[1].ok and listed[1].size == newer.path.stat().st_size
    assert listed[1].made_at == NOON + timedelta(hours=1)


def test_backup_due_is_at_most_once_a_local_day(
    journal: Journal, journal_dir: Path, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("EST+5")
    folder = journal_dir / "backups"
    evening = datetime(2026, 11, 26, 23, 0, tzinfo=UTC)  # 18:00 on the 26th in New York
    assert backup_due(folder, evening)
    make_backup(journal.path, folder, now=evening)
    assert not backup_due(folder, evening + timedelta(hours=4))  # 23:00 local: the same day
    assert backup_due(folder, evening + timedelta(hours=6))  # 01:00 local on the 27th
    make_backup(journal.path, folder, reason=BEFORE_RESTORE, now=evening + timedelta(hours=6))
    assert backup_due(folder, evening + timedelta(hours=6))  # only automatic backups count


def test_restore_backs_up_the_current_file_first_then_holds_the_backup(
    journal: Journal, journal_dir: Path
) -> None:
    folder = journal_dir / "backups"
    _add(journal, "kept in the backup")
    chosen = make_backup(journal.path, folder, now=NOON)
    _add(journal, "written after", "and this")
    journal.close()
    report = restore(chosen.path, database_path(journal_dir), now=NOON + timedelta(hours=2))
    assert report.entries == 1
    assert report.safety_backup is not None
    assert report.safety_backup.reason == BEFORE_RESTORE and report.safety_backup.entries == 3
    assert report.safety_backup.path.name == "before-restore-20261126T140000Z.sqlite3"
    assert _bodies(journal_dir) == ["kept in the backup"]
    assert check(database_path(journal_dir)).ok
    # the copy taken first brings the later entries back
    restore(report.safety_backup.path, database_path(journal_dir))
    assert len(_bodies(journal_dir)) == 3


def test_a_corrupted_backup_is_refused_and_the_journal_is_untouched(
    journal: Journal, journal_dir: Path
) -> None:
    _add(journal, *(f"entry number {n} " * 40 for n in range(60)))
    chosen = make_backup(journal.path, journal_dir / "backups", now=NOON)
    journal.close()
    _corrupt(chosen.path)
    live = database_path(journal_dir)
    before = live.read_bytes()
    with pytest.raises(RestoreRefused, match="damaged"):
        restore(chosen.path, live)
    assert live.read_bytes() == before
    assert [info.reason for info in list_backups(journal_dir / "backups")] == [AUTOMATIC]  # no safety copy


def test_restore_refuses_the_journal_itself_and_a_missing_file(journal: Journal, journal_dir: Path) -> None:
    with pytest.raises(RestoreRefused, match="journal itself"):
        restore(journal.path, journal.path)
    with pytest.raises(RestoreRefused, match="no backup"):
        restore(journal_dir / "nothing.sqlite3", journal.path)


def test_check_finds_a_search_index_out_of_step_and_a_damaged_file(
    journal: Journal, journal_dir: Path
) -> None:
    _add(journal, "findable words")
    assert check(journal.path).ok and check(journal.path).entries == 1
    journal.close()
    path = database_path(journal_dir)
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("DROP TRIGGER entries_fts_au")
        raw.execute("UPDATE entries SET body = 'different words now'")
    report = check(path)
    assert not report.ok and "search index" in report.problems[0]
    _corrupt(path)
    assert not check(path).ok
    assert not check(journal_dir / "missing.sqlite3").ok


def test_backups_made_in_one_second_never_reuse_a_rotated_name(tmp_path: Path) -> None:
    """Rotation removes the first of a second; the next one must still sort as the newest."""
    data_dir = tmp_path / "data"
    Journal.open(data_dir).close()
    folder = data_dir / "backups"
    moment = datetime(2026, 11, 26, 22, 0, tzinfo=UTC)
    made = [make_backup(database_path(data_dir), folder, keep=2, now=moment).path.name for _ in range(4)]
    assert len(set(made)) == 4
    assert [info.path.name for info in list_backups(folder)] == [made[3], made[2]]


# -- issue 10: rotation keeps the newest good backups and the last one that holds anything ----------


def _empty_journal(tmp_path: Path) -> Path:
    other = tmp_path / "emptied"
    Journal.open(other).close()
    return database_path(other)


def test_rotation_never_removes_the_newest_backup_that_holds_anything(
    journal: Journal, journal_dir: Path, tmp_path: Path
) -> None:
    """Five entries backed up, keep=1, then backups of an empty journal: the five survive them all."""
    folder = journal_dir / "backups"
    _add(journal, "one", "two", "three", "four", "five")
    real = make_backup(journal.path, folder, now=NOON, keep=1)
    empty = _empty_journal(tmp_path)
    emptied = [make_backup(empty, folder, now=NOON + timedelta(days=day), keep=1) for day in (1, 2, 3)]
    listed = [(info.path, info.entries) for info in list_backups(folder)]
    assert listed == [(emptied[2].path, 0), (real.path, 5)]

    _add(journal, "six")  # once a kept backup holds something again, the old one may go
    newest = make_backup(journal.path, folder, now=NOON + timedelta(days=4), keep=1)
    assert [(info.path, info.entries) for info in list_backups(folder)] == [(newest.path, 6)]


def test_an_unreadable_backup_is_not_counted_among_the_kept(journal: Journal, journal_dir: Path) -> None:
    folder = journal_dir / "backups"
    _add(journal, "one")
    oldest, middle, newer = (make_backup(journal.path, folder, now=NOON + timedelta(days=day), keep=5)
                             for day in range(3))
    newer.path.write_bytes(b"\x00" * 8192)  # gone bad on the disk since it was made
    newest = make_backup(journal.path, folder, now=NOON + timedelta(days=3), keep=2)
    remaining = [info.path for info in list_backups(folder)]
    assert remaining == [newest.path, newer.path, middle.path]  # two good ones kept, the bad one aside
    assert oldest.path not in remaining


# -- issue 10, defect 10b: the refusal says who holds the journal --------------------------------


def test_a_command_holding_the_journal_is_named_not_taken_for_the_app(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with holding_data_dir(data_dir, "trustbridge import"):
        assert lock_path(data_dir).read_text().splitlines()[5] == "trustbridge import"
        with pytest.raises(JournalInUse) as caught, holding_data_dir(data_dir):
            pass
    message = str(caught.value)
    assert "another Trustbridge command" in message and "trustbridge import" in message
    assert f"process {os.getpid()}" in message and "nothing was changed" in message
    assert "Close the app" not in message


def test_the_app_holding_the_journal_is_named_as_the_app(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    app_lock = QLockFile(str(lock_path(data_dir)))
    assert app_lock.tryLock(0)
    try:
        said = r"Trustbridge is open on this journal \(the app, process \d+\)\. Close the app"
        with pytest.raises(JournalInUse, match=said), holding_data_dir(data_dir):
            pass
    finally:
        app_lock.unlock()


def test_a_lock_written_by_a_command_still_reads_as_held_to_the_app(tmp_path: Path) -> None:
    """Qt reads five lines of a lock file; the sixth, the command's purpose, must not change its verdict."""
    from PySide6.QtCore import QLockFile

    data_dir = tmp_path / "data"
    with holding_data_dir(data_dir, "trustbridge restore"):
        app_lock = QLockFile(str(lock_path(data_dir)))
        app_lock.setStaleLockTime(0)
        assert not app_lock.tryLock(0)
        pid, _host, _name = app_lock.getLockInfo()
        assert pid == os.getpid()


# -- issue 10, attack review: the lock file names this computer, so it is this account's alone ---------


def test_a_command_s_lock_file_is_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    old_umask = os.umask(0o022)  # the usual umask, which leaves a 0644 request at 0644
    try:
        with holding_data_dir(data_dir, "trustbridge import"):
            assert stat.S_IMODE(lock_path(data_dir).stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


@pytest.mark.parametrize(("reason", "words"), [
    (AUTOMATIC, "made an automatic backup, journal-"),
    (BEFORE_RESTORE, "made a backup before a restore, before-restore-"),
    (BEFORE_UPGRADE, "made a backup before an upgrade, before-upgrade-"),
])
def test_the_log_names_each_kind_of_backup_with_its_article(
    journal: Journal, journal_dir: Path, caplog: pytest.LogCaptureFixture, reason: str, words: str
) -> None:
    _add(journal, "a line to keep")
    with caplog.at_level("INFO", logger="app.store.backup_making"):
        make_backup(journal.path, journal_dir / "backups", reason=reason, now=NOON)
    lines = [record.getMessage() for record in caplog.records if record.name == "app.store.backup_making"]
    assert len(lines) == 1 and lines[0].startswith(words) and lines[0].endswith("(1 entry)")
    assert "a automatic" not in lines[0] and "a before" not in lines[0]
