"""`trustbridge encrypt`, `decrypt` and `passwd`, and every other command on an encrypted journal.

The passphrase comes from the environment or a terminal prompt; a missing or wrong one is one
clear line, exit status 1, and not a byte changed anywhere in the data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, parse_args, run
from app.domain.records import EntryDraft, EntryKind
from app.paths import ENV_DATA_DIR, database_path
from app.store import encryption, keys
from app.store.backups import LOCK_NAME
from app.store.errors import JournalLocked
from app.store.journal import Journal
from tests.files import snapshot

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CANARY = "heliotrope-canary-52c1"
PASSPHRASE = "the quiet hour after lunch"


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))



def raw_hits(folder: Path) -> list[str]:
    return [str(p.relative_to(folder)) for p in folder.rglob("*")
            if p.is_file() and CANARY.encode() in p.read_bytes()]


@pytest.fixture(autouse=True)
def no_passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    monkeypatch.delenv(ENV_NEW_PASSPHRASE, raising=False)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        for n in range(3):
            journal.save_entry(EntryDraft(uuid=f"uuid-{n}", kind=EntryKind.FREE, body=f"{CANARY} number {n}"))
    finally:
        journal.close()
    return folder


@pytest.fixture
def encrypted_dir(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    assert cli(["--data-dir", str(journal_dir), "backup"]) == 0  # a plain backup, to be converted
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(journal_dir), "encrypt"]) == 0
    monkeypatch.delenv(ENV_PASSPHRASE)
    capsys.readouterr()
    return journal_dir


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A person at a terminal: the answers they type, in order, for getpass and input alike."""
    import getpass

    answers: list[str] = []
    monkeypatch.setattr("app.cli.keys._is_terminal", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": answers.pop(0))
    monkeypatch.setattr("builtins.input", lambda prompt="": answers.pop(0))
    yield answers
    assert answers == []  # every answer given was asked for


def test_encrypt_prints_the_recovery_code_once_and_leaves_nothing_readable(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "backup"]) == 0
    assert raw_hits(journal_dir)
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(journal_dir), "encrypt"]) == 0
    out, err = capsys.readouterr()
    code = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    assert out.count(code) == 1 and "Write it down" in out
    assert PASSPHRASE not in out + err
    assert encryption.is_encrypted(journal_dir)
    assert raw_hits(journal_dir) == []
    assert encryption.unlock_with_recovery(journal_dir, code) == encryption.unlock(journal_dir, PASSPHRASE)
    assert not (journal_dir / LOCK_NAME).exists()  # the folder is let go afterwards


def test_encrypt_refuses_an_encrypted_journal(
    encrypted_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(encrypted_dir)
    monkeypatch.setenv(ENV_PASSPHRASE, "another one")
    assert cli(["--data-dir", str(encrypted_dir), "encrypt"]) == 1
    assert "already encrypted" in capsys.readouterr().err
    assert snapshot(encrypted_dir) == before


def test_encrypt_asks_twice_at_a_terminal_and_refuses_a_mismatch(
    journal_dir: Path, terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(journal_dir)
    terminal.extend([PASSPHRASE, "something else"])
    assert cli(["--data-dir", str(journal_dir), "encrypt"]) == 1
    assert "not the same" in capsys.readouterr().err
    assert snapshot(journal_dir) == before
    terminal.extend([PASSPHRASE, PASSPHRASE])
    assert cli(["--data-dir", str(journal_dir), "encrypt"]) == 0
    assert encryption.unlock(journal_dir, PASSPHRASE)


def test_encrypt_without_a_passphrase_or_terminal_changes_nothing(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(journal_dir)
    assert cli(["--data-dir", str(journal_dir), "encrypt"]) == 1
    assert ENV_PASSPHRASE in capsys.readouterr().err
    assert snapshot(journal_dir) == before


def test_encrypt_refuses_while_the_app_holds_the_journal(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QLockFile

    app_lock = QLockFile(str(journal_dir / LOCK_NAME))  # exactly what the running app holds
    assert app_lock.tryLock(0)
    try:
        before = snapshot(journal_dir)
        monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
        assert cli(["--data-dir", str(journal_dir), "encrypt"]) == 1
        assert "Trustbridge is open on this journal" in capsys.readouterr().err
        assert snapshot(journal_dir) == before
    finally:
        app_lock.unlock()
    assert not encryption.is_encrypted(journal_dir)


def test_export_opens_an_encrypted_journal_with_the_passphrase(
    encrypted_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(encrypted_dir), "export"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert CANARY in json.dumps(exported)
    assert raw_hits(encrypted_dir) == []


@pytest.mark.parametrize("command", [
    ["export"], ["search", "number"], ["import", "IMPORT"], ["backup"], ["backups"], ["check"],
    ["restore", "BACKUP"], ["passwd"], ["decrypt", "--yes"],
])
@pytest.mark.parametrize("given", [None, "not the passphrase"])
def test_a_missing_or_wrong_passphrase_fails_plainly_and_changes_no_file(
    encrypted_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    command: list[str], given: str | None,
) -> None:
    backup = sorted((encrypted_dir / "backups").glob("*.sqlite3"))[0]
    importable = tmp_path / "import.json"
    importable.write_text('{"format": "trustbridge", "version": 1, "entries": []}', encoding="utf-8")
    argv = [{"IMPORT": str(importable), "BACKUP": str(backup)}.get(part, part) for part in command]
    if given is not None:
        monkeypatch.setenv(ENV_PASSPHRASE, given)
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, "a brand new one")
    before = snapshot(encrypted_dir)
    assert cli(["--data-dir", str(encrypted_dir), *argv]) == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("trustbridge: error: ")
    assert (ENV_PASSPHRASE in err) if given is None else ("does not open this journal" in err)
    assert CANARY not in out + err
    if given is not None:
        assert given not in out + err
    assert snapshot(encrypted_dir) == before


def test_a_real_process_without_a_terminal_fails_with_exit_status_one(encrypted_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {ENV_PASSPHRASE, ENV_DATA_DIR}}
    before = snapshot(encrypted_dir)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(encrypted_dir), "export"],
        cwd=PROJECT_ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert ENV_PASSPHRASE in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(encrypted_dir) == before


def test_passwd_changes_the_passphrase_only(
    encrypted_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = database_path(encrypted_dir).read_bytes()
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, "a second passphrase")
    assert cli(["--data-dir", str(encrypted_dir), "passwd"]) == 0
    out, err = capsys.readouterr()
    assert "a second passphrase" not in out + err and PASSPHRASE not in out + err
    assert database_path(encrypted_dir).read_bytes() == database
    assert cli(["--data-dir", str(encrypted_dir), "check"]) == 1  # the old one no longer opens it
    assert "does not open this journal" in capsys.readouterr().err
    monkeypatch.setenv(ENV_PASSPHRASE, "a second passphrase")
    assert cli(["--data-dir", str(encrypted_dir), "check"]) == 0


def test_passwd_at_a_terminal_asks_for_the_current_then_the_new_one_twice(
    encrypted_dir: Path, terminal: list[str]
) -> None:
    terminal.extend([PASSPHRASE, "typed at the prompt", "typed at the prompt"])
    assert cli(["--data-dir", str(encrypted_dir), "passwd"]) == 0
    assert encryption.unlock(encrypted_dir, "typed at the prompt")


def test_backup_and_check_of_an_encrypted_journal_stay_encrypted(
    encrypted_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(encrypted_dir), "backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    out_copy = tmp_path / "elsewhere.sqlite3"
    assert cli(["--data-dir", str(encrypted_dir), "backup", "--out", str(out_copy)]) == 0
    capsys.readouterr()
    for copy in (made, out_copy):
        assert not copy.read_bytes().startswith(b"SQLite format 3")
        assert CANARY.encode() not in copy.read_bytes()
        connection = encryption.keyed_connect(encryption.unlock(encrypted_dir, PASSPHRASE))(copy)
        try:
            assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 3
        finally:
            connection.close()
    assert cli(["--data-dir", str(encrypted_dir), "check"]) == 0
    assert "3 entries" in capsys.readouterr().out
    assert cli(["--data-dir", str(encrypted_dir), "backups"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and all("3 entries" in line for line in listed)
    assert cli(["--data-dir", str(encrypted_dir), "restore", str(made)]) == 0
    assert raw_hits(encrypted_dir) == []


def test_search_and_import_work_on_an_encrypted_journal(
    encrypted_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    exported = tmp_path / "journal.json"
    assert cli(["--data-dir", str(encrypted_dir), "export", "--out", str(exported)]) == 0
    other = tmp_path / "other"
    assert cli(["--data-dir", str(other), "import", str(exported)]) == 0  # other is plain: no key asked
    assert cli(["--data-dir", str(encrypted_dir), "import", str(exported)]) == 0
    capsys.readouterr()
    assert cli(["--data-dir", str(encrypted_dir), "search", "number", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    assert raw_hits(encrypted_dir) == []


def test_decrypt_makes_the_journal_plain_again(
    encrypted_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(encrypted_dir), "decrypt", "--yes"]) == 0
    assert "plain files" in capsys.readouterr().out
    assert not keys.key_file_path(encrypted_dir).exists()
    assert CANARY.encode() in database_path(encrypted_dir).read_bytes()  # readable, as asked
    journal = Journal.open(encrypted_dir)  # no key needed
    try:
        assert journal.count_entries() == 3
    finally:
        journal.close()
    backups = sorted((encrypted_dir / "backups").glob("*.sqlite3"))
    assert backups and all(path.read_bytes().startswith(b"SQLite format 3") for path in backups)
    monkeypatch.delenv(ENV_PASSPHRASE)
    assert cli(["--data-dir", str(encrypted_dir), "check"]) == 0  # no passphrase asked any more
    assert cli(["--data-dir", str(encrypted_dir), "decrypt", "--yes"]) == 1
    assert "not encrypted" in capsys.readouterr().err


def test_decrypt_needs_yes_typed_at_a_terminal_or_the_flag(
    encrypted_dir: Path, monkeypatch: pytest.MonkeyPatch, terminal: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = snapshot(encrypted_dir)
    terminal.append("no")
    assert cli(["--data-dir", str(encrypted_dir), "decrypt"]) == 1
    assert "still encrypted" in capsys.readouterr().out
    assert snapshot(encrypted_dir) == before
    terminal.extend(["yes", PASSPHRASE])
    assert cli(["--data-dir", str(encrypted_dir), "decrypt"]) == 0
    assert not encryption.is_encrypted(encrypted_dir)


def test_decrypt_without_a_terminal_needs_the_flag(
    encrypted_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(encrypted_dir)
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(encrypted_dir), "decrypt"]) == 1
    assert "--yes" in capsys.readouterr().err
    assert snapshot(encrypted_dir) == before
    with pytest.raises(JournalLocked):
        Journal.open(encrypted_dir)


def test_restoring_a_plain_file_into_an_encrypted_journal_is_refused_plainly(
    encrypted_dir: Path, journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plain = tmp_path / "plain"
    Journal.open(plain).close()
    before = snapshot(encrypted_dir)
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(encrypted_dir), "restore", str(database_path(plain))]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and ("nothing was changed" in lines[0] or "journal was not changed" in lines[0])
    assert snapshot(encrypted_dir) == before
