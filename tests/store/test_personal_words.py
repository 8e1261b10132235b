"""The person's own dictionary: kept in the journal as typed, encrypted and backed up with it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from app.domain.limits import MAX_PERSONAL_WORD_CHARS
from app.paths import database_path
from app.store import encryption, schema
from app.store.backups import make_backup, restore
from app.store.engine import create_journal_engine
from app.store.journal import Journal
from tests.store.test_migrations import alembic_config, table_names, versions_in

PASSPHRASE = "a long walk before the review"
CANARY = "Marigoldwyn"  # a word no dictionary holds, looked for in the raw bytes


def test_words_are_kept_as_typed_once_and_survive_a_reopen(journal: Journal, journal_dir: Path) -> None:
    assert journal.personal_words.words() == []
    journal.personal_words.add("Anja")
    journal.personal_words.add("anja")  # another word: the case is the word's own
    journal.personal_words.add("Anja")  # already kept: nothing changes
    journal.personal_words.add("Kündigungsgespräch")
    reopened = Journal.open(journal_dir)
    try:
        assert reopened.personal_words.words() == ["Anja", "Kündigungsgespräch", "anja"]
    finally:
        reopened.close()
    journal.personal_words.remove("anja")
    assert journal.personal_words.words() == ["Anja", "Kündigungsgespräch"]


@pytest.mark.parametrize("word", ["", "two words", "x" * (MAX_PERSONAL_WORD_CHARS + 1), "tab\there"])
def test_a_word_must_be_one_word_of_sensible_length(journal: Journal, word: str) -> None:
    with pytest.raises(ValueError):
        journal.personal_words.add(word)
    assert journal.personal_words.words() == []


def test_adding_many_keeps_only_the_new_ones(journal: Journal) -> None:
    journal.personal_words.add("Dana")
    assert journal.personal_words.add_many(["Dana", "PIP-Gespräch", "Priya", "Priya"]) == 2
    assert journal.personal_words.words() == ["Dana", "PIP-Gespräch", "Priya"]


def test_an_added_word_joins_an_operation(journal: Journal) -> None:
    with pytest.raises(RuntimeError), journal.operation():
        journal.personal_words.add("Dana")
        raise RuntimeError("the action failed after")
    assert journal.personal_words.words() == []


def test_an_encrypted_journal_keeps_its_words_encrypted_and_its_backups_bring_them_back(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "journal"
    Journal.open(data_dir).close()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, PASSPHRASE)
    journal = Journal.open(data_dir, key)
    try:
        journal.personal_words.add(CANARY)
    finally:
        journal.close()
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert files and all(CANARY.encode() not in path.read_bytes() for path in files)

    connect = encryption.keyed_connect(key)
    backup = make_backup(database_path(data_dir), data_dir / "backups", connect=connect)
    journal = Journal.open(data_dir, key)
    try:
        journal.personal_words.remove(CANARY)
    finally:
        journal.close()
    restore(backup.path, database_path(data_dir), connect=connect)
    journal = Journal.open(data_dir, key)
    try:
        assert journal.personal_words.words() == [CANARY]
    finally:
        journal.close()


def test_the_migration_makes_the_table_and_takes_it_away_again(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal")
    journal.personal_words.add("Anja")
    path = journal.path
    journal.close()
    engine = create_journal_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0010")
        assert versions_in(path) == [("0010",)]
        assert "personal_words" not in table_names(path)
        schema.upgrade_to_head(engine)
        assert schema.current_revision(engine) == schema.HEAD_REVISION == "0011"
    finally:
        engine.dispose()
    assert "personal_words" in table_names(path)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM personal_words").fetchone() == (0,)
        conn.execute("INSERT INTO personal_words VALUES ('Anja', '2026-12-08 00:00:00.000000')")
        conn.execute("INSERT INTO personal_words VALUES ('anja', '2026-12-08 00:00:00.000000')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO personal_words VALUES ('Anja', '2026-12-08 00:00:00.000000')")
