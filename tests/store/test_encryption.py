"""Encryption at rest, store side: convert a plain journal, open it with the key, nothing readable.

Argon2id at the real parameters takes ~0.1 s per derive, so these tests use them as they are.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.records import EntryDraft, EntryKind
from app.domain.search import SearchFilters
from app.paths import database_path
from app.store import encryption, keys
from app.store.backups import make_backup
from app.store.errors import JournalLocked, WrongPassphrase
from app.store.journal import Journal

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


def snapshot(data_dir: Path) -> dict[str, str]:
    return {str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data_dir.rglob("*")) if p.is_file()}


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
