"""`trustbridge check`: the full check on demand, plain and encrypted, beside the open app too."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import ENV_PASSPHRASE, parse_args, run
from app.paths import database_path
from app.store import encryption
from app.store.backups import make_backup
from app.store.health import MARKER_PREFIX, check_due, checked_path, stale_markers
from app.store.journal import Journal
from tests.store.test_damaged_journal import PAGE, break_an_index_page, write_journal

PASSPHRASE = "tea, then the hard email"


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))


def test_a_sound_journal_passes_and_the_pass_is_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "journal"
    write_journal(folder, 30)
    assert check_due(folder, datetime.now(UTC))
    assert cli(["--data-dir", str(folder), "check"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "The journal passed its check."
    assert "30 entries" in out and err == ""
    assert checked_path(folder).is_file() and not check_due(folder, datetime.now(UTC))


def test_a_damaged_journal_says_what_is_wrong_and_names_the_newest_good_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "journal"
    write_journal(folder, 400)
    good = make_backup(database_path(folder), folder / "backups")
    break_an_index_page(database_path(folder))
    before = database_path(folder).read_bytes()

    assert cli(["--data-dir", str(folder), "check"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("problem: quick_check")
    assert "did not pass its check" in err and str(good.path) in err and "400 entries" in err
    assert "trustbridge restore" in err
    assert database_path(folder).read_bytes() == before  # read only
    assert not checked_path(folder).exists()  # no pass recorded


def test_without_a_good_backup_it_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "journal"
    write_journal(folder, 400)
    break_an_index_page(database_path(folder))
    assert cli(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "no backup of it passes its check" in err and err.count("\n") == 1


def test_an_encrypted_journal_is_checked_with_the_passphrase_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "journal"
    write_journal(folder, 300)
    encryption.encrypt_journal(folder, PASSPHRASE)
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(folder), "check"]) == 0
    assert capsys.readouterr().out.startswith("The journal passed its check.\n")

    path = database_path(folder)
    data = bytearray(path.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 100] ^= 0x01  # one bit in a page in the middle
    path.write_bytes(bytes(data))
    assert cli(["--data-dir", str(folder), "check"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("problem: ") and "did not pass its check" in err

    monkeypatch.setenv(ENV_PASSPHRASE, "not the passphrase")
    assert cli(["--data-dir", str(folder), "check"]) == 1
    assert "did not pass" not in capsys.readouterr().err  # a wrong passphrase is not called damage


def test_check_beside_the_open_journal_leaves_its_marker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "journal"
    write_journal(folder, 20)
    journal = Journal.open(folder)
    try:
        held = sorted(p for p in folder.iterdir() if p.name.startswith(MARKER_PREFIX))
        assert cli(["--data-dir", str(folder), "check"]) == 0
        capsys.readouterr()
        assert sorted(p for p in folder.iterdir() if p.name.startswith(MARKER_PREFIX)) == held
        assert stale_markers(folder) == []
        assert journal.count_entries() == 20
    finally:
        journal.close()
