"""The reliability report's measurements hold their bars, and its table reads as it should.

The kill figures are judged at full strength by test_kill_harness.py; here they run twice only, to
see their rows in the table. Everything else (wrong passphrases, the canary, backups, payloads)
runs as `make reliability` runs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.markdown_render import render_markdown
from tests.io.fixtures.injection_payloads import ALL
from tests.reliability.report import (
    BACKUPS_KEPT,
    BACKUPS_MADE,
    ROW_ORDER,
    CanaryRun,
    Figure,
    WrongPassphraseRun,
    active_content,
    changed_files,
    cli_commands,
    format_table,
    measure_backups,
    measure_canary,
    measure_hostile_inputs,
    measure_kills,
    measure_payloads,
    measure_wrong_passphrases,
    snapshot,
)
from tests.reliability.test_kill_harness import typing_survived

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wrong_passphrases(tmp_path_factory: pytest.TempPathFactory) -> WrongPassphraseRun:
    return measure_wrong_passphrases(tmp_path_factory.mktemp("wrong-passphrases"))


@pytest.fixture(scope="module")
def canary(tmp_path_factory: pytest.TempPathFactory) -> CanaryRun:
    return measure_canary(tmp_path_factory.mktemp("canary"))


@pytest.fixture(scope="module")
def non_kill_figures(
    tmp_path_factory: pytest.TempPathFactory, wrong_passphrases: WrongPassphraseRun, canary: CanaryRun
) -> list[Figure]:
    work = tmp_path_factory.mktemp("backups")
    return [
        *wrong_passphrases.figures(),
        *canary.figures(),
        *measure_backups(work, encrypted=False).figures(),
        *measure_backups(work, encrypted=True).figures(),
        *measure_payloads().figures(),
        *measure_hostile_inputs(tmp_path_factory.mktemp("hostile")).figures(),
    ]


# -- wrong passphrases ----------------------------------------------------------------------


def test_no_wrong_passphrase_changes_a_file(wrong_passphrases: WrongPassphraseRun) -> None:
    run = wrong_passphrases
    changed = [f"{a.name}: {a.changed}" for a in run.attempts if a.changed]
    assert run.changes == 0, changed or run.whole_run_changes
    let_in = [f"{a.name}: {a.said}" for a in run.attempts if not a.refused]
    assert not let_in
    assert all(figure.ok for figure in run.figures())


def test_every_way_in_was_tried(wrong_passphrases: WrongPassphraseRun) -> None:
    names = " | ".join(attempt.name for attempt in wrong_passphrases.attempts)
    ways = ("encryption.unlock", "unlock_with_recovery", "Journal.open without a key", "trustbridge passwd")
    assert all(way in names for way in ways)
    assert wrong_passphrases.commands_tried == cli_commands()  # every command the command line has
    opening = {"search", "export", "import", "backup", "backups", "restore", "check", "decrypt", "passwd"}
    assert opening <= cli_commands()


def test_the_change_count_sees_a_change(tmp_path: Path) -> None:
    (tmp_path / "kept").write_bytes(b"same")
    (tmp_path / "edited").write_bytes(b"before")
    (tmp_path / "gone").write_bytes(b"x")
    before = snapshot(tmp_path)
    (tmp_path / "edited").write_bytes(b"after!")
    (tmp_path / "gone").unlink()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "new").write_bytes(b"")
    changed = changed_files(before, snapshot(tmp_path))
    assert changed == sorted(str(tmp_path / name) for name in ("edited", "gone", "sub/new"))


# -- canary ---------------------------------------------------------------------------------


def test_the_canary_is_nowhere_in_an_encrypted_journals_files(canary: CanaryRun) -> None:
    assert not canary.problems  # the phrase really was typed and saved
    assert canary.encrypted_hits == []
    assert canary.encrypted_scanned >= 7  # open: journal, -wal, -shm, key; closed: journal, key, backup
    assert {"journal.sqlite3-wal", "journal.sqlite3-shm"} <= set(canary.open_files)


def test_the_canary_is_found_in_a_plain_journal(canary: CanaryRun) -> None:
    assert canary.control_hits  # so finding nothing above means something
    assert any(hit.startswith("while open:") for hit in canary.control_hits)  # the live files are searched


# -- backups --------------------------------------------------------------------------------


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_every_backup_checks_out_rotates_and_restores(tmp_path: Path, encrypted: bool) -> None:
    run = measure_backups(tmp_path, encrypted=encrypted)
    assert run.problems == []
    assert (run.made, run.verified, run.kept) == (BACKUPS_MADE, BACKUPS_MADE, BACKUPS_KEPT)
    assert run.rotated == BACKUPS_MADE - BACKUPS_KEPT > 0
    assert run.restored
    assert all(figure.ok for figure in run.figures())


# -- payloads -------------------------------------------------------------------------------


def test_every_payload_is_neutralised() -> None:
    run = measure_payloads()
    assert run.total == len(ALL) >= 50
    assert run.failures == []
    assert run.figures()[0].value == f"{len(ALL)} of {len(ALL)}"


@pytest.mark.parametrize(
    "fragment",
    [
        "<script>alert(1)</script>",
        '<p onclick="alert(1)">x</p>',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="jav&#x09;ascript:alert(1)">x</a>',
        '<a href=" DATA:text/html,x">x</a>',
        '<a href="file:///etc/passwd">x</a>',
        '<a href="vbscript:msgbox">x</a>',
        '<span src="https://evil.example/x.png">x</span>',
        '<img src="https://evil.example/x.png">',
        "<iframe src=//evil.example/></iframe>",
    ],
)
def test_the_payload_check_catches_active_content(fragment: str) -> None:
    assert active_content(fragment)


def test_the_payload_check_passes_ordinary_output() -> None:
    source = "# Plan\n\n**Done** [notes](https://example.com) <me@example.com> ![cat](cat.png)\n\n"
    source += "| a |\n|:-:|\n| b |"
    assert active_content(render_markdown(source)) == []


# -- the table ------------------------------------------------------------------------------


def test_the_table_shows_every_figure_in_order(tmp_path: Path, non_kill_figures: list[Figure]) -> None:
    kills = measure_kills(2, 0, tmp_path)
    assert len(kills.typing) == 2
    figures = sorted(kills.figures() + non_kill_figures, key=lambda f: ROW_ORDER.index(f.name))
    assert [f.name for f in figures] == list(ROW_ORDER)
    table = format_table(figures, 12.3).splitlines()
    assert table[0] == "Trustbridge reliability report (measured just now, in 12 s)"
    assert table[1].split() == ["figure", "measured", "bar", "result"]
    assert set(table[2].replace(" ", "")) == {"-"}
    rows = table[3 : 3 + len(figures)]
    for figure, row in zip(figures, rows, strict=True):
        assert row.startswith(figure.name) and figure.value in row and figure.bar in row
    columns = [table[1].index(heading) for heading in ("measured", "bar", "result")]
    assert all(row[columns[-1] :].strip() in {"pass", "FAIL"} for row in rows)  # one aligned column
    assert rows[0][columns[0] :].startswith(f"{sum(map(typing_survived, kills.typing))} of 2")
    assert "kills survived (import)" in rows[1] and "not run" in rows[1]
    assert table[3 + len(figures)] == ""
    verdict = table[4 + len(figures)]
    assert verdict == "Every bar is met." if all(f.ok for f in figures) else verdict.endswith("bars missed:")
    assert all(f.ok for f in non_kill_figures), format_table(non_kill_figures)


def test_a_missed_bar_is_shown_with_what_went_wrong() -> None:
    figures = [
        Figure("payloads neutralised", "56 of 57", "all", False, ("'<x>': <script",)),
        Figure("max text lost", "0.50 s over 3 kills", "<= 2 s", True),
    ]
    table = format_table(figures)
    assert "FAIL" in table.splitlines()[3] and "pass" in table.splitlines()[4]
    assert "1 of 2 bars missed:" in table
    assert "    '<x>': <script" in table
