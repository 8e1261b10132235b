"""`trustbridge passwd --recovery-code`, `trustbridge settings`, and `backup` keeping the chosen number.

A forgotten passphrase is replaced with the recovery code; a wrong code is one line, exit status 1
and not a byte changed. The settings are shown and changed with clear errors, and the command-line
backup keeps exactly as many automatic backups as the app would.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, ENV_RECOVERY_CODE, build_parser, parse_args, run
from app.domain.passphrase import MIN_PASSPHRASE_LENGTH
from app.domain.records import EntryDraft, EntryKind
from app.paths import database_path
from app.store import encryption
from app.store.backups import AUTOMATIC, LOCK_NAME, list_backups, make_backup
from app.store.journal import Journal
from app.store.preferences import DEFAULT_BACKUPS_KEPT, Preferences, load_preferences, settings_path
from tests.files import snapshot

PASSPHRASE = "the long walk home in spring"
NEW_PASSPHRASE = "a kettle on the windowsill"


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))



@pytest.fixture(autouse=True)
def no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (ENV_PASSPHRASE, ENV_NEW_PASSPHRASE, ENV_RECOVERY_CODE):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        for n in range(2):
            journal.save_entry(EntryDraft(uuid=f"uuid-{n}", kind=EntryKind.FREE, body=f"Entry number {n}"))
    finally:
        journal.close()
    return folder


@pytest.fixture
def encrypted(journal_dir: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """An encrypted journal and its recovery code, as `encrypt` printed it."""
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(journal_dir), "encrypt"]) == 0
    monkeypatch.delenv(ENV_PASSPHRASE)
    out = capsys.readouterr().out
    code = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    return journal_dir, code


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A person at a terminal: what they type at each hidden prompt, in order."""
    import getpass

    answers: list[str] = []
    prompts: list[str] = []

    def ask(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr("app.cli.keys._is_terminal", lambda: True)
    monkeypatch.setattr(getpass, "getpass", ask)
    yield answers
    assert answers == []  # every answer given was asked for


# -- recovery ------------------------------------------------------------------------------


def test_the_recovery_code_sets_a_new_passphrase_and_touches_nothing_else(
    encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, code = encrypted
    database = database_path(folder).read_bytes()
    monkeypatch.setenv(ENV_RECOVERY_CODE, code.lower().replace("-", " "))  # as someone might type it back
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert cli(["--data-dir", str(folder), "passwd", "--recovery-code"]) == 0
    out, err = capsys.readouterr()
    assert "new passphrase" in out and err == ""
    assert code not in out + err and NEW_PASSPHRASE not in out + err
    assert database_path(folder).read_bytes() == database  # only the key file was re-wrapped
    assert encryption.unlock(folder, NEW_PASSPHRASE) == encryption.unlock_with_recovery(folder, code)
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert cli(["--data-dir", str(folder), "check"]) == 1  # the forgotten one no longer opens it
    assert "does not open this journal" in capsys.readouterr().err
    monkeypatch.setenv(ENV_PASSPHRASE, NEW_PASSPHRASE)
    assert cli(["--data-dir", str(folder), "check"]) == 0


@pytest.mark.parametrize("typed", [
    "0000-0000-0000-0000-0000-0000-0000", "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", "not a code at all",
])
def test_a_wrong_recovery_code_is_one_line_and_changes_no_file(
    encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    typed: str,
) -> None:
    folder, _code = encrypted
    before = snapshot(folder)
    monkeypatch.setenv(ENV_RECOVERY_CODE, typed)
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert cli(["--data-dir", str(folder), "passwd", "--recovery-code"]) == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert out == "" and len(lines) == 1 and lines[0].startswith("trustbridge: error: ")
    assert "Nothing was changed" in err and typed not in err
    assert snapshot(folder) == before
    assert encryption.unlock(folder, PASSPHRASE)


def test_at_a_terminal_the_code_is_asked_hidden_then_the_new_passphrase_twice(
    encrypted: tuple[Path, str], terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, code = encrypted
    terminal.extend([code, NEW_PASSPHRASE, NEW_PASSPHRASE])
    assert cli(["--data-dir", str(folder), "passwd", "--recovery-code"]) == 0
    assert code not in capsys.readouterr().out
    assert encryption.unlock(folder, NEW_PASSPHRASE)


def test_a_wrong_code_at_a_terminal_stops_before_asking_for_a_new_passphrase(
    encrypted: tuple[Path, str], terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _code = encrypted
    before = snapshot(folder)
    terminal.append("ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567")  # well formed, but not this journal's
    assert cli(["--data-dir", str(folder), "passwd", "--recovery-code"]) == 1
    assert "does not open this journal" in capsys.readouterr().err
    assert snapshot(folder) == before


def test_without_a_code_or_a_terminal_it_says_where_the_code_goes(
    encrypted: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _code = encrypted
    before = snapshot(folder)
    assert cli(["--data-dir", str(folder), "passwd", "--recovery-code"]) == 1
    assert ENV_RECOVERY_CODE in capsys.readouterr().err
    assert snapshot(folder) == before


def test_recovery_on_a_plain_journal_says_there_is_nothing_to_recover(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(journal_dir)
    monkeypatch.setenv(ENV_RECOVERY_CODE, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567")
    assert cli(["--data-dir", str(journal_dir), "passwd", "--recovery-code"]) == 1
    assert "not encrypted" in capsys.readouterr().err
    assert snapshot(journal_dir) == before


def test_a_wrong_passphrase_points_to_the_recovery_code(
    encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _code = encrypted
    monkeypatch.setenv(ENV_PASSPHRASE, "not the passphrase")
    assert cli(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "passwd --recovery-code" in err


@pytest.mark.parametrize("recovering", [True, False])
def test_a_new_passphrase_must_meet_the_apps_rule(
    encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    recovering: bool,
) -> None:
    folder, code = encrypted
    before = snapshot(folder)
    if recovering:
        monkeypatch.setenv(ENV_RECOVERY_CODE, code)
    else:
        monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, "x" * (MIN_PASSPHRASE_LENGTH - 1))
    argv = ["--data-dir", str(folder), "passwd", *(["--recovery-code"] if recovering else [])]
    assert cli(argv) == 1
    err = capsys.readouterr().err
    assert f"at least {MIN_PASSPHRASE_LENGTH} characters" in err and len(err.strip().splitlines()) == 1
    assert snapshot(folder) == before


def test_a_short_passphrase_typed_at_a_terminal_is_refused_before_asking_again(
    journal_dir: Path, terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(journal_dir)
    terminal.append("short")
    assert cli(["--data-dir", str(journal_dir), "encrypt"]) == 1
    assert f"at least {MIN_PASSPHRASE_LENGTH} characters" in capsys.readouterr().err
    assert snapshot(journal_dir) == before
    assert not encryption.is_encrypted(journal_dir)


# -- settings ------------------------------------------------------------------------------


def test_settings_shows_the_defaults_without_writing_anything(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(journal_dir)
    assert cli(["--data-dir", str(journal_dir), "settings"]) == 0
    out = capsys.readouterr().out
    assert f"backups kept: {DEFAULT_BACKUPS_KEPT}" in out
    assert f"after {Preferences().lock_after_minutes} minutes idle" in out
    assert snapshot(journal_dir) == before


def test_settings_changes_what_it_is_given_and_keeps_the_rest(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "settings", "--backups-kept", "7"]) == 0
    assert "backups kept: 7" in capsys.readouterr().out
    assert load_preferences(journal_dir) == Preferences(backups_kept=7)
    assert cli(["--data-dir", str(journal_dir), "settings", "--lock-after", "0"]) == 0
    assert "never on its own" in capsys.readouterr().out
    assert load_preferences(journal_dir) == Preferences(backups_kept=7, lock_after_minutes=0)
    assert settings_path(journal_dir).stat().st_mode & 0o777 == 0o600
    assert cli(["--data-dir", str(journal_dir), "settings"]) == 0
    shown = capsys.readouterr().out
    assert "backups kept: 7" in shown and "never on its own" in shown


@pytest.mark.parametrize(("argv", "expected"), [
    (["--backups-kept", "0"], "--backups-kept must be between 1 and 365, not 0."),
    (["--backups-kept", "400"], "--backups-kept must be between 1 and 365, not 400."),
    (["--lock-after", "7"], "--lock-after must be one of 1, 5, 15, 30, 60 minutes, or 0 for never; not 7."),
    (["--backups-kept", "5", "--lock-after", "-1"], "--lock-after must be one of"),
])
def test_settings_out_of_range_is_one_clear_line_and_changes_nothing(
    journal_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    assert cli(["--data-dir", str(journal_dir), "settings", "--backups-kept", "9"]) == 0
    capsys.readouterr()
    before = settings_path(journal_dir).read_bytes()
    assert cli(["--data-dir", str(journal_dir), "settings", *argv]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and expected in err and "Nothing was changed" in err
    assert settings_path(journal_dir).read_bytes() == before
    assert json.loads(before)["backups_kept"] == 9


def test_settings_that_are_not_numbers_are_refused_by_the_parser(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--data-dir", str(journal_dir), "settings", "--backups-kept", "many"])
    assert exited.value.code == 2
    assert "expected a whole number, got 'many'" in capsys.readouterr().err
    assert not settings_path(journal_dir).exists()


def test_settings_refuse_to_change_while_the_app_holds_the_journal(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QLockFile

    app_lock = QLockFile(str(journal_dir / LOCK_NAME))  # exactly what the running app holds
    assert app_lock.tryLock(0)
    try:
        assert cli(["--data-dir", str(journal_dir), "settings"]) == 0  # reading is fine
        capsys.readouterr()
        assert cli(["--data-dir", str(journal_dir), "settings", "--backups-kept", "3"]) == 1
        assert "Trustbridge is open on this journal" in capsys.readouterr().err
    finally:
        app_lock.unlock()
    assert not settings_path(journal_dir).exists()


def test_settings_of_a_folder_that_does_not_exist_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert cli(["--data-dir", str(missing), "settings", "--backups-kept", "3"]) == 1
    assert "no journal folder" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize("command", [["settings"], ["backup"]])
def test_a_deeply_nested_settings_file_still_lets_every_command_run(
    journal_dir: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """The README's promise: a mangled settings file gives the defaults, whatever it holds."""
    settings_path(journal_dir).write_text("[" * 100_000, encoding="utf-8")
    assert cli(["--data-dir", str(journal_dir), *command]) == 0
    output = capsys.readouterr()
    assert "Traceback" not in output.err
    if command == ["settings"]:
        assert f"backups kept: {DEFAULT_BACKUPS_KEPT}" in output.out


# -- backup keeps the chosen number --------------------------------------------------------


def test_backup_keeps_as_many_as_the_setting_says(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = journal_dir / "backups"
    journal = database_path(journal_dir)
    days = [datetime(2026, 3, day, 9, 0, tzinfo=UTC) for day in (1, 2, 3)]
    older = [make_backup(journal, folder, now=moment).path for moment in days]
    assert cli(["--data-dir", str(journal_dir), "settings", "--backups-kept", "2"]) == 0
    assert cli(["--data-dir", str(journal_dir), "backup"]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[-1])
    listed = list_backups(folder)
    assert [info.path for info in listed] == [made, older[2]]  # the newest two, newest first
    assert all(info.reason == AUTOMATIC and info.entries == 2 for info in listed)


# -- help ----------------------------------------------------------------------------------


def test_help_names_the_recovery_code_and_the_settings() -> None:
    parser = build_parser()
    main_help = parser.format_help()
    assert "settings" in main_help and "--recovery-code" in main_help
    commands = next(action for action in parser._actions if action.dest == "command")
    passwd_help = commands.choices["passwd"].format_help()  # type: ignore[index]
    settings_help = commands.choices["settings"].format_help()  # type: ignore[index]
    assert ENV_RECOVERY_CODE in passwd_help
    assert "--backups-kept N" in settings_help and "--lock-after MINUTES" in settings_help
