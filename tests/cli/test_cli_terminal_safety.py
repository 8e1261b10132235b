"""What the command line prints to a terminal never carries control characters it would act on.

An entry imported from jrnl can hold escape sequences that clear the screen or retitle the
window, bidi overrides that reorder a line, C1 controls. Printed for a person they are escaped
("\\x1b[2J"); `--json` keeps them exactly, as JSON escapes; an export written to a file or a
pipe stays verbatim.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import parse_args, run
from app.domain.records import EntryDraft, EntryKind
from app.domain.search import MAX_SNIPPET_CHARS
from app.domain.text import json_terminal_safe, terminal_safe
from app.store.journal import Journal

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CLEAR = "\x1b[2J\x1b[H"
TITLE = "\x1b]0;owned\x07"
HOSTILE_TITLE = f"Evil{TITLE}title\u202etxt.exe"
HOSTILE_BODY = f"review {CLEAR}gone\x9b31m\x7f\rover\u2066written\x00"
# Everything a terminal acts on: C0 but newline and tab, DEL, C1, bidi overrides and isolates.
ACTED_ON = [chr(code) for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if chr(code) not in "\n\t"]
ACTED_ON += [*"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))


def acted_on(text: str) -> list[str]:
    return [char for char in text if char in ACTED_ON]


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        journal.save_entry(EntryDraft(uuid="cccccccc-0000-4000-8000-000000000001", kind=EntryKind.FREE,
                                      body=HOSTILE_BODY, title=HOSTILE_TITLE),
                           when=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    finally:
        journal.close()
    return folder


def test_the_helper_escapes_what_a_terminal_acts_on_and_keeps_the_rest() -> None:
    assert terminal_safe(f"a{CLEAR}b") == "a\\x1b[2J\\x1b[Hb"
    assert terminal_safe("x\u202ey\x9bz\x7f\ud800") == "x\\u202ey\\x9bz\\x7f\\ud800"
    assert terminal_safe("two\nlines\tand tab, שלום \u200f 🧭 é") == "two\nlines\tand tab, שלום \u200f 🧭 é"
    assert terminal_safe("two\nlines\t", one_line=True) == "two\\x0alines\\x09"
    assert acted_on(terminal_safe("".join(ACTED_ON))) == []
    text = json.dumps(["".join(ACTED_ON) + "\n"], ensure_ascii=False)
    assert json.loads(json_terminal_safe(text)) == ["".join(ACTED_ON) + "\n"]
    assert acted_on(json_terminal_safe(text)) == []


def test_search_results_are_escaped_for_the_terminal(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "review"]) == 0
    out = capsys.readouterr().out
    assert acted_on(out) == []
    assert "Evil\\x1b]0;owned\\x07title\\u202etxt.exe" in out
    assert "\\x1b[2J\\x1b[Hgone\\x9b31m" in out


def test_search_json_keeps_every_character_as_a_json_escape(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "review", "--json"]) == 0
    out = capsys.readouterr().out
    assert acted_on(out) == []
    (record,) = json.loads(out)
    assert record["title"] == HOSTILE_TITLE
    assert CLEAR in record["snippet"] and "\x9b31m" in record["snippet"] and "\u2066" in record["snippet"]


def test_file_names_quoted_in_errors_are_escaped_on_one_line(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / f"missing{CLEAR}\nname\u202e.json"
    assert cli(["--data-dir", str(journal_dir), "import", str(hostile)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and acted_on(err) == []
    assert "missing\\x1b[2J\\x1b[H\\x0aname\\u202e.json" in err


def test_an_undecodable_file_name_is_shown_not_a_crash(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = os.fsdecode(b"caf\xe9-\xff.json")  # not UTF-8: Python holds it as lone surrogates
    assert cli(["--data-dir", str(journal_dir), "import", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert "caf\\udce9-\\udcff.json" in err and len(err.splitlines()) == 1


def test_the_backups_listing_escapes_the_folder_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / f"data{TITLE}"
    Journal.open(folder).close()
    assert cli(["--data-dir", str(folder), "backups"]) == 0
    assert cli(["--data-dir", str(folder), "backup"]) == 0
    assert cli(["--data-dir", str(folder), "backups"]) == 0
    output = capsys.readouterr()
    assert acted_on(output.out + output.err) == []
    assert "data\\x1b]0;owned\\x07" in output.out


def test_an_export_to_a_file_or_a_pipe_stays_verbatim(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "journal.md"
    assert cli(["--data-dir", str(journal_dir), "export", "--format", "markdown", "--out", str(out)]) == 0
    assert HOSTILE_BODY in out.read_bytes().decode("utf-8")
    assert cli(["--data-dir", str(journal_dir), "export", "--format", "markdown"]) == 0
    assert HOSTILE_BODY in capsys.readouterr().out  # captured: not a terminal


@pytest.mark.slow
@pytest.mark.parametrize("format_name", ["markdown", "json"])
def test_an_export_read_straight_off_a_terminal_is_escaped(journal_dir: Path, format_name: str) -> None:
    """Standard output on a real pseudo-terminal: what a person running the export sees. JSON
    stays JSON, the same data, with JSON escapes."""
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(journal_dir), "export", "--format", format_name],
            cwd=PROJECT_ROOT, stdin=subprocess.DEVNULL, stdout=follower, stderr=subprocess.PIPE,
        )
        os.close(follower)
        chunks: list[bytes] = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the process closed its end
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait() == 0
        assert process.stderr is not None
        process.stderr.close()
    finally:
        os.close(leader)
    shown = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")  # the terminal's own line ends
    assert acted_on(shown) == []
    if format_name == "json":
        (entry,) = json.loads(shown)["entries"]
        assert entry["body"] == HOSTILE_BODY and entry["title"] == HOSTILE_TITLE
    else:
        assert "review \\x1b[2J\\x1b[Hgone" in shown


def test_a_snippet_from_a_huge_one_word_body_is_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        journal.save_entry(EntryDraft(uuid="cccccccc-0000-4000-8000-000000000002", kind=EntryKind.FREE,
                                      body="blob" + "x" * 5_000_000))
    finally:
        journal.close()
    assert cli(["--data-dir", str(folder), "search", "blob"]) == 0
    assert len(capsys.readouterr().out) < 3 * MAX_SNIPPET_CHARS  # the snippet, and again as the heading
    assert cli(["--data-dir", str(folder), "search", "blob", "--json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert len(record["snippet"]) <= MAX_SNIPPET_CHARS + 5
