"""A full disk and a read-only journal, for real, through the app's own editor and autosave.

tests/reliability/full_disk_writer.py types into a real WritingCard in a subprocess while its disk
refuses to write (a soft RLIMIT_FSIZE, an immutable journal file, a read-only folder) and reports
what the person would see. Here we check it kept every character, said so, saved everything by
itself once the fault was gone, and that the journal is sound with earlier entries untouched.
The writers run side by side: each mostly waits on the autosaver's retry timer.

Exports meet a full disk the same way (a child process with a soft RLIMIT_FSIZE): every format,
PDF included, must fail with one line and a non-zero status and leave the old file byte-identical.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.domain.records import EntryDraft, EntryKind
from app.paths import database_path
from app.store.journal import Journal
from app.ui.writing.autosave import RETRY_DELAY_MS
from tests.reliability.full_disk_writer import MAX_CHARS
from tests.reliability.typing_writer import typed_text

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX resource limits")

ROOT = Path(__file__).resolve().parents[2]
SEED = 11  # full_disk_writer's default
EARLIER = ("Before the deadline: café, naïve, Grüße 🙂\n" * 30, "A short one.", "Line\n" * 200)
# Root ignores file modes; without these capabilities it obeys them like anyone else.
DROP_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


@dataclass
class Run:
    fault: str
    data_dir: Path
    earlier: list[tuple[Any, ...]]
    skipped: str | None = None
    code: int | None = None
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    stderr: str = ""


def _entry_rows(path: Path) -> list[tuple[Any, ...]]:
    """Every column of every entry row, as stored."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT * FROM entries ORDER BY uuid").fetchall()
    finally:
        connection.close()


def _prepare(data_dir: Path) -> list[tuple[Any, ...]]:
    """A journal holding a few entries saved before any fault, closed; their rows, byte for byte."""
    journal = Journal.open(data_dir)
    try:
        for body in EARLIER:
            journal.save_entry(EntryDraft(uuid=str(uuid.uuid4()), kind=EntryKind.FREE, body=body))
    finally:
        journal.close()
    return _entry_rows(database_path(data_dir))


def _can_make_immutable(probe: Path) -> str | None:
    """None when `chattr +i` works here (root with CAP_LINUX_IMMUTABLE on a filesystem that has it)."""
    if shutil.which("chattr") is None:
        return "chattr is not installed"
    probe.write_text("probe")
    result = subprocess.run(["chattr", "+i", str(probe)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return f"chattr +i is refused here ({result.stderr.strip()})"
    subprocess.run(["chattr", "-i", str(probe)], check=True)
    probe.unlink()
    return None


def _command(fault: str, data_dir: Path) -> tuple[list[str] | None, str | None]:
    base = [sys.executable, "-m", "tests.reliability.full_disk_writer", str(data_dir), fault]
    if fault == "immutable":
        reason = _can_make_immutable(data_dir.parent / "immutable-probe")
        return (None, reason) if reason else (base, None)
    if fault == "readonly-dir" and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            return None, "root ignores file modes, and setpriv (to drop CAP_DAC_OVERRIDE) is not installed"
        return DROP_DAC + base, None
    return base, None


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TRUSTBRIDGE_DATA_DIR", None)
    started: dict[str, tuple[Run, subprocess.Popen[str]]] = {}
    done: dict[str, Run] = {}
    for fault in ("fsize", "immutable", "readonly-dir"):
        data_dir = tmp_path_factory.mktemp(f"disk-{fault}") / "journal"
        run = Run(fault, data_dir, _prepare(data_dir))
        command, run.skipped = _command(fault, data_dir)
        if command is None:
            done[fault] = run
            continue
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        started[fault] = (run, process)
    for fault, (run, process) in started.items():
        try:
            out, run.stderr = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            out, run.stderr = process.communicate()
        run.code = process.returncode
        for line in out.splitlines():
            if line.startswith("{"):
                event = json.loads(line)
                run.events[event["event"]] = event
        done[fault] = run
    yield done
    for run in done.values():  # a writer that died mid-fault must not leave undeletable files behind
        run.data_dir.chmod(0o700)
        if run.fault == "immutable" and not run.skipped:
            files = [str(p) for p in run.data_dir.iterdir()]
            subprocess.run(["chattr", "-i", *files], capture_output=True, check=False)


def _run(runs: dict[str, Run], fault: str) -> Run:
    run = runs[fault]
    if run.skipped:
        pytest.skip(run.skipped)
    assert run.code == 0, f"writer exited {run.code}: {run.events.get('gave_up')} {run.stderr[-2000:]}"
    return run


def _check_journal(run: Run, final_text: str) -> None:
    """integrity_check ok, the earlier entries byte-identical, the typed entry complete."""
    path = database_path(run.data_dir)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    typed_uuid = run.events["ready"]["uuid"]
    rows = _entry_rows(path)
    assert [row for row in rows if typed_uuid not in row] == run.earlier
    journal = Journal.open(run.data_dir)
    try:
        assert journal.get_entry(typed_uuid).body == final_text
    finally:
        journal.close()


@pytest.mark.parametrize("fault", ["fsize", "immutable"])
def test_a_refused_write_keeps_every_character_says_so_and_saves_it_all_when_it_can(
    runs: dict[str, Run], fault: str
) -> None:
    """fsize: a full disk; immutable: the journal file turned read-only under the open app (root-proof)."""
    run = _run(runs, fault)
    failed = run.events["failed"]
    assert failed["editor_holds_all"], "the editor lost typed text when the save failed"
    assert failed["stored_intact"], "the version saved before the fault changed while saves failed"
    assert failed["state"] == "error"
    assert failed["status"].startswith("Not saved yet:")
    assert "Your text is safe in this window" in failed["status"]

    retried = run.events["retried"]  # no keystroke and no flush after the fault was lifted
    assert retried["complete"] and retried["editor_holds_all"]
    assert retried["saved_chars"] == failed["typed"]
    assert retried["status"] == "Saved" and retried["state"] == "saved"
    assert retried["after_s"] <= RETRY_DELAY_MS / 1000 + 3, "the retry came long after its delay"
    _check_journal(run, typed_text(SEED, MAX_CHARS)[: failed["typed"]])


def test_a_folder_made_read_only_after_opening_does_not_stop_the_saves(runs: dict[str, Run]) -> None:
    """The open journal files stay writable: every keystroke is saved, no false alarm; it reopens."""
    run = _run(runs, "readonly-dir")
    kept = run.events["kept"]
    assert kept["complete"], "text typed into a read-only folder was not saved"
    assert kept["status"] == "Saved" and kept["state"] == "saved"
    assert kept["reopen"] == "opened"
    _check_journal(run, typed_text(SEED, MAX_CHARS)[: kept["typed"]])


# -- exports on a full disk ----------------------------------------------------------------------

# The command line in a child process whose files may not grow past a limit (a soft RLIMIT_FSIZE,
# SIGXFSZ ignored so a write past it fails with EFBIG): a full disk for the export, for real. The
# journal is only read by an export, so the limit meets the exported file alone.
LIMITED_CLI = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
_soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), hard))
from app.__main__ import main
sys.exit(main(sys.argv[2:]))
"""
EXPORT_LIMIT = 128 * 1024  # each export below is about twice this
OLD_EXPORT = b"%PDF-1.4\n% the export from last week, whole and good\n%%EOF\n"
PARAGRAPH = ("Today I wrote the weekly update before lunch and asked for feedback on the plan. " * 9).strip()


@pytest.fixture(scope="module")
def export_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("export-full") / "journal"
    journal = Journal.open(data_dir)
    try:
        for n in range(150):
            journal.save_entry(EntryDraft(uuid=str(uuid.uuid4()), kind=EntryKind.FREE, title=f"Entry {n}",
                                          body=f"{PARAGRAPH} {n}\n\n{PARAGRAPH}"))
    finally:
        journal.close()
    return data_dir


def _export(data_dir: Path, format_name: str, out: Path, limit: int | None,
            ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TRUSTBRIDGE_DATA_DIR", None)
    cli = ["--data-dir", str(data_dir), "export", "--format", format_name, "--out", str(out)]
    command = [sys.executable, "-c", LIMITED_CLI, str(limit)] if limit else [sys.executable, "-m", "app"]
    return subprocess.run([*command, *cli], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                          check=False)


@pytest.mark.parametrize("format_name", ["pdf", "json", "markdown", "html"])
def test_an_export_on_a_full_disk_fails_and_keeps_the_old_file(
    export_journal: Path, tmp_path: Path, format_name: str
) -> None:
    """Before, Qt's PDF writer ignored the failed writes: a truncated PDF replaced the old one, exit 0."""
    unlimited = _export(export_journal, format_name, tmp_path / f"whole.{format_name}", None)
    assert unlimited.returncode == 0, unlimited.stderr
    assert (tmp_path / f"whole.{format_name}").stat().st_size > EXPORT_LIMIT * 1.5  # the limit will bite

    out = tmp_path / f"existing.{format_name}"
    out.write_bytes(OLD_EXPORT)
    result = _export(export_journal, format_name, out, EXPORT_LIMIT)
    assert result.returncode != 0
    assert out.read_bytes() == OLD_EXPORT
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].endswith(f"can't write {out}: File too large."), result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
