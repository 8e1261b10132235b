"""Encryption at rest, store side: convert a plain journal, open it with the key, nothing readable.

Argon2id at the real parameters takes ~0.1 s per derive, so these tests use them as they are.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.records import EntryDraft, EntryKind
from app.domain.search import SearchFilters
from app.paths import database_path
from app.store import encryption, keys
from app.store.backups import list_backups, make_backup
from app.store.errors import JournalLocked, StorageUnavailable, WrongPassphrase, WrongRecoveryCode
from app.store.journal import Journal
from tests.files import snapshot

CANARY = "marigold-canary-7f3a"  # written, then searched for in the raw bytes of every file
PASSPHRASE = "a long walk before the review"


def fill(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    try:
        for n in range(12):
            draft = EntryDraft(str(uuid.uuid4()), EntryKind.FREE, f"Entry {n}: {CANARY} and more words")
            journal.save_entry(draft, when=datetime(2026, 3, 1 + n, 9, tzinfo=UTC))
    finally:
        journal.close()


def raw_hits(data_dir: Path) -> list[str]:
    needle = CANARY.encode()
    return [str(path.relative_to(data_dir)) for path in data_dir.rglob("*")
            if path.is_file() and needle in path.read_bytes()]



@pytest.fixture
def encrypted(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "journal"
    fill(data_dir)
    make_backup(database_path(data_dir), data_dir / "backups")  # a plain backup, made before
    assert raw_hits(data_dir)  # the canary really is on disk in the clear before
    code = encryption.encrypt_journal(data_dir, PASSPHRASE)
    return data_dir, code


def test_nothing_readable_is_left_on_disk(encrypted: tuple[Path, str]) -> None:
    data_dir, _code = encrypted
    assert raw_hits(data_dir) == []
    assert not database_path(data_dir).read_bytes().startswith(b"SQLite format 3")
    leftovers = [p.name for p in data_dir.rglob("*") if p.suffix in {".plain", ".encrypting", ".pending"}]
    assert leftovers == []


def test_it_opens_only_with_its_key_and_everything_is_there(encrypted: tuple[Path, str]) -> None:
    data_dir, code = encrypted
    with pytest.raises(JournalLocked):
        Journal.open(data_dir)
    journal = Journal.open(data_dir, encryption.unlock(data_dir, PASSPHRASE))
    try:
        assert journal.count_entries() == 12
        assert len(journal.search.search(CANARY.split("-")[0], SearchFilters())) == 12  # FTS5 too
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, f"after: {CANARY}"))
    finally:
        journal.close()
    assert raw_hits(data_dir) == []  # new writes (and their WAL) are encrypted too
    assert encryption.unlock_with_recovery(data_dir, code.lower()) == encryption.unlock(data_dir, PASSPHRASE)


def test_the_wrong_passphrase_changes_no_file(encrypted: tuple[Path, str]) -> None:
    data_dir, _code = encrypted
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        encryption.unlock(data_dir, "not it")
    assert snapshot(data_dir) == before


def test_changing_the_passphrase_leaves_the_journal_untouched(encrypted: tuple[Path, str]) -> None:
    data_dir, _code = encrypted
    key = encryption.unlock(data_dir, PASSPHRASE)
    database = database_path(data_dir).read_bytes()
    encryption.change_passphrase(data_dir, key, "a new one for the new month")
    assert database_path(data_dir).read_bytes() == database
    with pytest.raises(WrongPassphrase):
        encryption.unlock(data_dir, PASSPHRASE)
    assert encryption.unlock(data_dir, "a new one for the new month") == key


def test_backups_are_encrypted_and_still_open(encrypted: tuple[Path, str]) -> None:
    data_dir, _code = encrypted
    key = encryption.unlock(data_dir, PASSPHRASE)
    backups = sorted((data_dir / "backups").glob("*.sqlite3"))
    assert backups
    for backup in backups:
        connection = encryption.keyed_connect(key)(backup)
        try:
            assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 12
        finally:
            connection.close()


@pytest.mark.parametrize("stage", ["copied", "key pending", "moved aside", "swapped", "shredding"])
def test_a_crash_at_any_step_leaves_one_whole_journal(tmp_path: Path, stage: str) -> None:
    """Rebuild each state the swap passes through, as a crash would leave it, then settle and open."""
    data_dir = tmp_path / "journal"
    fill(data_dir)
    journal_file = database_path(data_dir)
    keyfile, key, _code = keys.create(PASSPHRASE)
    copy = journal_file.with_name(journal_file.name + encryption.ENCRYPTING)
    encryption._export(journal_file, None, copy, key)
    pending = keys.key_file_path(data_dir).with_name(keys.KEY_FILE_NAME + encryption.PENDING)
    aside = journal_file.with_name(journal_file.name + encryption.PLAIN_OLD)
    if stage != "copied":
        keys.write_key_file(pending, keyfile)
    if stage in {"moved aside", "swapped", "shredding"}:
        journal_file.replace(aside)
    if stage in {"swapped", "shredding"}:
        copy.replace(journal_file)
    if stage == "shredding":
        pending.replace(keys.key_file_path(data_dir))
    encryption.settle_interrupted(data_dir)
    encrypted = stage in {"swapped", "shredding"}
    assert encryption.is_encrypted(data_dir) is encrypted
    journal = Journal.open(data_dir, key if encrypted else None)
    try:
        assert journal.count_entries() == 12
    finally:
        journal.close()
    names = {p.name for p in data_dir.iterdir()}
    assert not names & {copy.name, pending.name, aside.name}


def test_decrypting_gives_back_a_plain_journal_and_plain_backups(encrypted: tuple[Path, str]) -> None:
    data_dir, _code = encrypted
    key = encryption.unlock(data_dir, PASSPHRASE)
    encryption.decrypt_journal(data_dir, key)
    assert not encryption.is_encrypted(data_dir)
    assert database_path(data_dir).read_bytes().startswith(b"SQLite format 3")
    journal = Journal.open(data_dir)  # no key needed any more
    try:
        assert journal.count_entries() == 12
        assert len(journal.search.search(CANARY.split("-")[0], SearchFilters())) == 12
    finally:
        journal.close()
    assert CANARY.encode() in database_path(data_dir).read_bytes()  # readable again, as asked
    backups = sorted((data_dir / "backups").glob("*.sqlite3"))
    assert backups and all(path.read_bytes().startswith(b"SQLite format 3") for path in backups)
    names = {p.name for p in data_dir.rglob("*")}
    assert not {n for n in names if n.endswith((".decrypting", ".encrypted", ".pending", ".plain"))}


def test_decrypting_with_a_key_that_is_not_the_journals_changes_no_file(
    encrypted: tuple[Path, str],
) -> None:
    data_dir, _code = encrypted
    before = snapshot(data_dir)
    with pytest.raises(StorageUnavailable):
        encryption.decrypt_journal(data_dir, keys.new_data_key())
    assert snapshot(data_dir) == before
    assert encryption.is_encrypted(data_dir)


def test_decrypting_a_plain_journal_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    fill(data_dir)
    with pytest.raises(StorageUnavailable, match="not encrypted"):
        encryption.decrypt_journal(data_dir, keys.new_data_key())


@pytest.mark.parametrize("stage", ["copied", "moved aside", "swapped", "key removed"])
def test_a_crash_at_any_step_of_a_decrypt_leaves_one_whole_journal(tmp_path: Path, stage: str) -> None:
    """Rebuild each state the decrypt's swap passes through, then settle and open."""
    data_dir = tmp_path / "journal"
    fill(data_dir)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, PASSPHRASE)
    journal_file = database_path(data_dir)
    copy = journal_file.with_name(journal_file.name + encryption.DECRYPTING)
    aside = journal_file.with_name(journal_file.name + encryption.ENCRYPTED_OLD)
    encryption._export(journal_file, key, copy, None)
    if stage != "copied":
        journal_file.replace(aside)
    if stage in {"swapped", "key removed"}:
        copy.replace(journal_file)
    if stage == "key removed":
        keys.key_file_path(data_dir).unlink()
    encryption.settle_interrupted(data_dir)
    encrypted = stage in {"copied", "moved aside"}
    assert encryption.is_encrypted(data_dir) is encrypted
    journal = Journal.open(data_dir, key if encrypted else None)
    try:
        assert journal.count_entries() == 12
    finally:
        journal.close()
    names = {p.name for p in data_dir.iterdir()}
    assert not names & {copy.name, aside.name}
    if encrypted:
        assert raw_hits(data_dir) == []  # the plain leftover copy was removed, not left readable


def test_a_backup_conversion_cut_short_is_settled(encrypted: tuple[Path, str]) -> None:
    """Encrypting a backup: the old plain file moved aside, the checked copy not yet renamed."""
    data_dir, _code = encrypted
    backup = sorted((data_dir / "backups").glob("*.sqlite3"))[0]
    copy = backup.with_name(backup.name + encryption.ENCRYPTING)
    aside = backup.with_name(backup.name + encryption.PLAIN_OLD)
    backup.replace(copy)
    aside.write_bytes(b"SQLite format 3\0 a stand-in for the plain old backup")
    encryption.settle_interrupted(data_dir)
    assert backup.exists() and not copy.exists() and not aside.exists()
    key = encryption.unlock(data_dir, PASSPHRASE)
    connection = encryption.keyed_connect(key)(backup)
    try:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 12
    finally:
        connection.close()


def test_opening_settles_an_encryption_cut_short(tmp_path: Path) -> None:
    """A crash left the plain journal moved aside and the encrypted copy not yet in place."""
    data_dir = tmp_path / "journal"
    fill(data_dir)
    journal_file = database_path(data_dir)
    keyfile, key, _code = keys.create(PASSPHRASE)
    copy = journal_file.with_name(journal_file.name + encryption.ENCRYPTING)
    encryption._export(journal_file, None, copy, key)
    pending = keys.key_file_path(data_dir).with_name(keys.KEY_FILE_NAME + encryption.PENDING)
    keys.write_key_file(pending, keyfile)
    journal_file.replace(journal_file.with_name(journal_file.name + encryption.PLAIN_OLD))
    journal = Journal.open(data_dir)  # no key needed: the encryption is undone, nothing lost
    try:
        assert journal.count_entries() == 12
    finally:
        journal.close()
    leftovers = {p.name for p in data_dir.iterdir()} & {copy.name, pending.name, journal_file.name + ".plain"}
    assert leftovers == set() and not encryption.is_encrypted(data_dir)


def test_check_finds_a_tampered_page_in_an_encrypted_journal(encrypted: tuple[Path, str]) -> None:
    from app.store.backups import check

    data_dir, _code = encrypted
    key = encryption.unlock(data_dir, PASSPHRASE)
    path = database_path(data_dir)
    assert check(path, encryption.keyed_connect(key)).ok
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 100  # inside a page in the middle, past its header
    data[middle] ^= 0xFF
    path.write_bytes(bytes(data))
    report = check(path, encryption.keyed_connect(key))
    assert not report.ok and report.problems


def test_a_new_recovery_code_replaces_the_old_one(encrypted: tuple[Path, str]) -> None:
    data_dir, old_code = encrypted
    key = encryption.unlock(data_dir, PASSPHRASE)
    journal_before = hashlib.sha256(database_path(data_dir).read_bytes()).hexdigest()
    new_code = encryption.replace_recovery_code(data_dir, key)
    assert new_code != old_code
    assert encryption.unlock_with_recovery(data_dir, new_code) == key
    assert encryption.unlock(data_dir, PASSPHRASE) == key  # the passphrase is untouched
    with pytest.raises(WrongRecoveryCode):
        encryption.unlock_with_recovery(data_dir, old_code)
    assert hashlib.sha256(database_path(data_dir).read_bytes()).hexdigest() == journal_before


def test_a_key_that_is_not_the_journals_is_refused_before_anything_is_read(
    encrypted: tuple[Path, str]
) -> None:
    data_dir, _code = encrypted
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, keys.new_data_key())
    assert snapshot(data_dir) == before


def test_a_damaged_copy_kept_aside_is_sealed_by_encryption_and_unsealed_by_decryption(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    fill(data_dir)
    damaged = data_dir / "journal.damaged-20260301T090000Z.sqlite3"
    whole = database_path(data_dir).read_bytes()
    damaged.write_bytes(whole[: len(whole) // 2 + 1])  # cut short: damaged, and holding the canary
    assert CANARY.encode() in damaged.read_bytes()
    kept = damaged.read_bytes()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    assert raw_hits(data_dir) == []
    assert not damaged.exists() and damaged.with_name(damaged.name + ".sealed").is_file()
    encryption.decrypt_journal(data_dir, encryption.unlock(data_dir, PASSPHRASE))
    assert damaged.read_bytes() == kept


def test_backups_the_disk_would_not_convert_stay_whole_and_are_finished_at_the_next_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: converting a backup fails as a full disk would (SQLite's own words)."""
    data_dir = tmp_path / "journal"
    fill(data_dir)
    backup = make_backup(database_path(data_dir), data_dir / "backups").path
    plain_backup = backup.read_bytes()
    real_export = encryption._export

    def full_for_backups(source: Path, *args: object) -> None:
        if source.parent.name == "backups":
            raise sqlite3.OperationalError("database or disk is full")
        real_export(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(encryption, "_export", full_for_backups)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    assert backup.read_bytes() == plain_backup  # kept whole, not shredded for lack of space
    monkeypatch.setattr(encryption, "_export", real_export)
    key = encryption.unlock(data_dir, PASSPHRASE)
    Journal.open(data_dir, key, finish_conversions=True).close()  # the app's next opening finishes it
    assert raw_hits(data_dir) == []
    listed = list_backups(data_dir / "backups", encryption.keyed_connect(key))
    assert [info.entries for info in listed] == [12]


def test_the_recovery_code_comes_back_even_when_converting_what_is_beside_the_journal_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: sealing a damaged copy fails (a full disk) after the journal is encrypted."""
    data_dir = tmp_path / "journal"
    fill(data_dir)
    (data_dir / "journal.damaged-20260301T090000Z.sqlite3").write_bytes(database_path(data_dir).read_bytes())

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption, "write_private_bytes", full)
    code = encryption.encrypt_journal(data_dir, PASSPHRASE)
    assert encryption.unlock_with_recovery(data_dir, code) == encryption.unlock(data_dir, PASSPHRASE)


def test_a_decrypt_the_disk_stops_part_way_leaves_every_backup_encrypted(
    encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: the second backup's plain copy can't be written (SQLite's full-disk words)."""
    data_dir, _code = encrypted
    key = encryption.unlock(data_dir, PASSPHRASE)
    for hour in (10, 11):
        make_backup(database_path(data_dir), data_dir / "backups", connect=encryption.keyed_connect(key),
                    now=datetime(2026, 3, 20, hour, tzinfo=UTC))
    real_export = encryption._export
    done: list[Path] = []

    def full_on_the_second(source: Path, *args: object) -> None:
        if source.parent.name == "backups" and done:
            raise sqlite3.OperationalError("database or disk is full")
        real_export(source, *args)  # type: ignore[arg-type]
        if source.parent.name == "backups":
            done.append(source)

    monkeypatch.setattr(encryption, "_export", full_on_the_second)
    with pytest.raises(StorageUnavailable):
        encryption.decrypt_journal(data_dir, key)
    assert done and raw_hits(data_dir) == []  # nothing plain left behind
    assert encryption.is_encrypted(data_dir)
    assert not list((data_dir / "backups").glob("*.decrypting"))
