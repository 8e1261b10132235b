"""SIGKILL the real autosave path, and a command-line import, at random moments; nothing may break.

Typing: tests/reliability/typing_writer.py opens the real main window on one tool's text field —
Today's entry, the statement draft, a prompt answered in the workshop, a forgiveness text, a mood
check-in's note, a goal's success, a check-in's notes, in turn (tests/reliability/tool_targets.py) —
types a key every 300 ms, never pausing, and prints a timeline; we kill it at a seeded random moment
during the typing, then check that the database opens, `PRAGMA integrity_check` is ok, and the saved
text is a prefix of what was typed holding every keystroke made more than MAX_LOSS_S before the kill.

Import: `python -m app import <a jrnl file of a few thousand entries>` is killed at a random moment
of its run; afterwards the journal holds all of that import or none of it, integrity_check is ok,
and `trustbridge check` passes when the command line has it.

How many: TRUSTBRIDGE_KILLS (typing, default 14: two per tool) and TRUSTBRIDGE_IMPORT_KILLS (default 6);
`make reliability` runs 200 + 40 through tests/reliability/report.py. TRUSTBRIDGE_KILL_SEED changes
the moments (default 5). The figures are printed at the end of the run (see conftest.py).

The cycles and the journals they start from are plain functions (`build_template`,
`run_typing_kills`, `build_import_setup`, `run_import_kills`), so the reliability report measures
with exactly the code these tests judge.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.cli import build_parser
from app.paths import database_path
from app.store.errors import StoreError
from app.store.journal import Journal
from tests.reliability.tool_targets import TARGETS
from tests.reliability.typing_writer import typed_text

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

ROOT = Path(__file__).resolve().parents[2]
TYPING_KILLS = int(os.environ.get("TRUSTBRIDGE_KILLS", "14"))
IMPORT_KILLS = int(os.environ.get("TRUSTBRIDGE_IMPORT_KILLS", "6"))
SEED = int(os.environ.get("TRUSTBRIDGE_KILL_SEED", "5"))
MAX_LOSS_S = 1.5
INTERVAL_MS = 300  # a steady typist who never pauses long enough for the 700 ms debounce
TYPING_WINDOW_S = 5.0  # kills land anywhere in the first seconds of typing, well past MAX_LOSS_S
TOOLS = tuple(TARGETS)  # kill i types into TOOLS[i % len(TOOLS)]
CHARS = int(TYPING_WINDOW_S * 1000 / INTERVAL_MS) + 20
IMPORT_ENTRIES = 5000
WORKERS = 2  # one kill cycle per core; each writer mostly waits on its typing timer
READY_TIMEOUT_S = 60


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TRUSTBRIDGE_DATA_DIR", None)
    return env


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def _has_check_command() -> bool:
    """Whether `trustbridge check` exists yet (another part of issue 5 adds it)."""
    for action in build_parser()._actions:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict) and "check" in choices:
            return True
    return False


def _run_check(data_dir: Path) -> str | None:
    """None when `trustbridge check` passes (or does not exist yet), else what it said."""
    if not _has_check_command():
        return None
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "check"],
        capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=60, check=False,
    )
    if result.returncode == 0:
        return None
    return f"check exited {result.returncode}: {result.stdout.strip()} {result.stderr.strip()}"


class _Lines:
    """Reads a child's stdout on a thread, so the kill moment is chosen by the clock, not by output."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self.first = threading.Event()  # the first line arrived, or the stream ended
        self.ended = threading.Event()
        self._process = process
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self.lines.append(line.rstrip("\n"))
            self.first.set()
        self.first.set()
        self.ended.set()

    def join(self) -> list[str]:
        self._thread.join(timeout=30)
        assert self._process.stdout is not None
        self._process.stdout.close()
        return self.lines


def _kill(process: subprocess.Popen[str]) -> float:
    moment = time.monotonic()
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    return moment


# -- typing ---------------------------------------------------------------------------------


@dataclass
class TypingOutcome:
    index: int
    delay: float
    tool: str = TOOLS[0]
    typed: int = 0
    saved: int = 0
    lost_s: float = 0.0
    problems: list[str] = field(default_factory=list)


def most_lost_by_tool(outcomes: list[TypingOutcome]) -> dict[str, float]:
    """The most typing any kill cost, per tool typed into (tools not run are left out)."""
    most: dict[str, float] = {}
    for outcome in outcomes:
        most[outcome.tool] = max(most.get(outcome.tool, 0.0), outcome.lost_s)
    return most


def typing_survived(outcome: TypingOutcome) -> bool:
    """A sound file holding what was typed, short of at most MAX_LOSS_S of typing."""
    return not outcome.problems and outcome.lost_s <= MAX_LOSS_S


def build_template(folder: Path) -> Path:
    """A journal created (and migrated) in `folder`, closed: every kill cycle starts from a copy."""
    Journal.open(folder).close()
    return folder


def typing_cycle(index: int, template: Path, work: Path, seed: int = SEED) -> TypingOutcome:
    """Start a writer on a copy of `template`, SIGKILL it at a seeded moment, judge what is left."""
    rng = random.Random(seed * 100_003 + index)
    delay = rng.uniform(0.0, TYPING_WINDOW_S)
    tool = TOOLS[index % len(TOOLS)]
    outcome = TypingOutcome(index, delay, tool)
    text_seed = rng.randrange(1 << 30)
    text = typed_text(text_seed, CHARS)
    data_dir = work / f"typing-{index}"
    shutil.copytree(template, data_dir)
    errors = work / f"typing-{index}.stderr"
    with errors.open("w") as stderr:
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.typing_writer", str(data_dir), str(text_seed),
             "--tool", tool, "--interval-ms", str(INTERVAL_MS), "--chars", str(CHARS)],
            stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=ROOT, env=_env(),
        )
    lines = _Lines(writer)
    try:
        if not lines.first.wait(READY_TIMEOUT_S) or not lines.lines or not lines.lines[0].startswith("ready"):
            _kill(writer)
            lines.join()
            outcome.problems.append(f"the writer never got ready: {errors.read_text()[-400:]!r}")
            return outcome
        _, _tool, ready_at = lines.lines[0].split()
        # The random wait before the kill is the point of the test; the writer's death ends it early.
        lines.ended.wait(max(0.0, float(ready_at) + delay - time.monotonic()))
    finally:
        killed_at = _kill(writer)
    timeline = [(float(t), int(n)) for kind, t, n in
                (line.split() for line in lines.join()[1:] if line.startswith("key "))]
    if writer.returncode != -signal.SIGKILL:
        outcome.problems.append(f"the writer ended by itself (status {writer.returncode})")
    outcome.typed = timeline[-1][1] if timeline else 0

    integrity = _integrity(database_path(data_dir))
    if integrity != "ok":
        outcome.problems.append(f"integrity_check: {integrity}")
        return outcome
    try:
        journal = Journal.open(data_dir)
    except StoreError as error:
        outcome.problems.append(f"the journal does not open: {error}")
        return outcome
    try:
        saved = TARGETS[tool].saved_text(journal)  # "" when never saved: right only if typed just now
    finally:
        journal.close()
    outcome.saved = len(saved)
    if saved != text[: len(saved)]:
        outcome.problems.append(f"the saved text is not what was typed: {saved[-40:]!r}")
        return outcome
    first_unsaved = next((t for t, n in timeline if n == len(saved) + 1), None)
    outcome.lost_s = max(0.0, killed_at - first_unsaved) if first_unsaved is not None else 0.0
    return outcome


def run_typing_kills(
    count: int, template: Path, work: Path, *, seed: int = SEED, workers: int = WORKERS
) -> list[TypingOutcome]:
    """`count` typing kill cycles, `workers` at a time, in index order."""
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda i: typing_cycle(i, template, work, seed), range(count)))


@pytest.fixture(scope="module")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal created (and migrated) once; every kill cycle starts from a copy of the closed file."""
    return build_template(tmp_path_factory.mktemp("template") / "journal")


@pytest.fixture(scope="module")
def typing_outcomes(
    template_dir: Path, tmp_path_factory: pytest.TempPathFactory, kill_figures: dict[str, object]
) -> list[TypingOutcome]:
    """Every typing kill of the run, made once and judged by the two tests below."""
    outcomes = run_typing_kills(TYPING_KILLS, template_dir, tmp_path_factory.mktemp("typing"))
    kill_figures["typing_kills"] = len(outcomes)
    kill_figures["typing_survived"] = sum(typing_survived(o) for o in outcomes)
    kill_figures["max_lost_s"] = max((o.lost_s for o in outcomes), default=0.0)
    kill_figures["max_lost_by_tool"] = most_lost_by_tool(outcomes)
    return outcomes


def _report(outcomes: list[TypingOutcome], problems: Callable[[TypingOutcome], list[str]]) -> str:
    return "\n".join(
        f"kill {o.index} at {o.delay:.2f} s into the typing: {'; '.join(problems(o))}"
        for o in outcomes if problems(o)
    )


@pytest.mark.slow
@pytest.mark.timeout(60 + TYPING_KILLS * 3)
def test_a_killed_app_leaves_a_sound_file_holding_what_was_typed(
    typing_outcomes: list[TypingOutcome],
) -> None:
    outcomes = typing_outcomes
    assert len(outcomes) == TYPING_KILLS
    assert any(o.typed for o in outcomes), "no kill came late enough for anything to be typed"
    assert not any(o.problems for o in outcomes), _report(outcomes, lambda o: o.problems)


@pytest.mark.slow
@pytest.mark.timeout(60 + TYPING_KILLS * 3)
def test_a_killed_app_loses_at_most_a_second_and_a_half_of_typing_in_any_tool(
    typing_outcomes: list[TypingOutcome],
) -> None:
    def too_much(outcome: TypingOutcome) -> list[str]:
        if outcome.lost_s <= MAX_LOSS_S:
            return []
        unsaved = outcome.typed - outcome.saved
        return [f"{outcome.lost_s:.2f} s of typing lost in {outcome.tool} ({unsaved} of "
                f"{outcome.typed} characters typed were not saved)"]

    assert any(o.saved for o in typing_outcomes), "no kill came late enough to find anything saved"
    assert max(o.lost_s for o in typing_outcomes) <= MAX_LOSS_S, _report(typing_outcomes, too_much)


# -- import ---------------------------------------------------------------------------------


def jrnl_text(count: int) -> str:
    """A jrnl export of `count` entries, seven hours apart."""
    start = datetime(2023, 1, 2, 8, 0)
    lines: list[str] = []
    for n in range(count):
        moment = (start + timedelta(hours=7 * n)).strftime("%Y-%m-%d %H:%M")
        lines.append(f"[{moment}] Day {n} of the plan.\nI sent update {n} and felt @steady about it.\n")
    return "\n".join(lines)


def _entry_count(data_dir: Path) -> int:
    connection = sqlite3.connect(database_path(data_dir))
    try:
        return int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])
    finally:
        connection.close()


@dataclass(frozen=True)
class ImportSetup:
    jrnl: Path
    template: Path
    before: int
    after: int
    run_s: float


def build_import_setup(base: Path, template: Path, entries: int = IMPORT_ENTRIES) -> ImportSetup:
    """The file, a journal with one entry of its own, and one uninterrupted import to time and count."""
    jrnl = base / "journal.txt"
    jrnl.write_text(jrnl_text(entries), encoding="utf-8")
    own = base / "template"
    shutil.copytree(template, own)
    from app.domain.records import EntryDraft, EntryKind

    journal = Journal.open(own)
    journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "Mine, written before any import."))
    journal.close()
    full = base / "full"
    shutil.copytree(own, full)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(full), "import", str(jrnl)],
        capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=120, check=False,
    )
    run_s = time.monotonic() - started
    if result.returncode != 0:
        raise RuntimeError(f"the uninterrupted import failed: {result.stderr}")
    after = _entry_count(full)
    if after != 1 + entries:
        raise RuntimeError(f"the uninterrupted import left {after} entries, not {1 + entries}")
    return ImportSetup(jrnl, own, 1, after, run_s)


@pytest.fixture(scope="module")
def import_setup(tmp_path_factory: pytest.TempPathFactory, template_dir: Path) -> ImportSetup:
    return build_import_setup(tmp_path_factory.mktemp("import"), template_dir)


@dataclass
class ImportOutcome:
    index: int
    delay: float
    count: int = 0
    finished: bool = False
    problems: list[str] = field(default_factory=list)


def import_cycle(index: int, setup: ImportSetup, work: Path, seed: int = SEED) -> ImportOutcome:
    """Start an import on a copy of the setup's journal, SIGKILL it at a seeded moment, judge the rest."""
    rng = random.Random(seed * 7_919 + index)
    # Most of a run is Python starting up; the transaction is its last tenth or so. Every other kill
    # aims at that end, the rest anywhere; a few land after the import finished, which is fine too.
    delay = setup.run_s * (rng.uniform(0.0, 1.02) if index % 2 else rng.uniform(0.75, 1.02))
    outcome = ImportOutcome(index, delay)
    data_dir = work / f"import-{index}"
    shutil.copytree(setup.template, data_dir)
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "import", str(setup.jrnl)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=_env(),
    )
    lines = _Lines(process)
    try:
        lines.ended.wait(delay)  # the random moment is the point; an import that ends first ends the wait
    finally:
        _kill(process)
    lines.join()
    outcome.finished = process.returncode == 0
    integrity = _integrity(database_path(data_dir))
    if integrity != "ok":
        outcome.problems.append(f"integrity_check: {integrity}")
        return outcome
    outcome.count = _entry_count(data_dir)
    if outcome.count not in (setup.before, setup.after):
        outcome.problems.append(
            f"{outcome.count} entries: neither none ({setup.before}) nor all ({setup.after})"
        )
    said = _run_check(data_dir)
    if said:
        outcome.problems.append(said)
    return outcome


def run_import_kills(count: int, setup: ImportSetup, work: Path, *, seed: int = SEED) -> list[ImportOutcome]:
    """`count` import kill cycles, one at a time: the moments come from an import timed alone."""
    return [import_cycle(i, setup, work, seed) for i in range(count)]


@pytest.mark.slow
@pytest.mark.timeout(120 + IMPORT_KILLS * 8)
def test_killing_an_import_leaves_all_of_it_or_none(
    import_setup: ImportSetup, tmp_path: Path, kill_figures: dict[str, object]
) -> None:
    outcomes = run_import_kills(IMPORT_KILLS, import_setup, tmp_path)
    failed = [o for o in outcomes if o.problems]
    kill_figures["import_kills"] = len(outcomes)
    kill_figures["import_survived"] = len(outcomes) - len(failed)
    kill_figures["import_all"] = sum(o.count == import_setup.after for o in outcomes)
    kill_figures["import_none"] = sum(o.count == import_setup.before for o in outcomes)
    kill_figures["import_finished"] = sum(o.finished for o in outcomes)
    kill_figures["import_run_s"] = import_setup.run_s
    kill_figures["check_command"] = _has_check_command()
    assert not failed, "\n".join(
        f"import kill {o.index} at {o.delay:.2f} s: {'; '.join(o.problems)}" for o in failed[:10]
    )
