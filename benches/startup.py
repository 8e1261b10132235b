"""Cold start of Trustbridge against a bare PySide6 window, measured in the same run.

DESIGN.md's budgets are relative, not absolute, and measured against a bare PySide6 window with a
button and a text field, started the same way on the same machine; measuring both here,
alternating, cancels out the machine's speed and any drift during the run:

- window: the main window reaches its idle event loop, at most 1.5x bare;
- usable: the person can type on Today (its writing field enabled and editable) and move between
  stages (the sidebar enabled), at most 4x bare, 5x on a journal of 50,000 entries or more. The
  app's probe prints it only after looking at those widgets (app/ui/shell/startup_probe.py);
- ready: what waits until the window is usable has started too (reported, no budget);
- encrypted (--encrypted): the unlock page is on screen at most 1.5x bare, and from the
  passphrase entered to usable at most 2 s (its ratio to bare is shown too). The probe types the
  passphrase from an environment variable that the app reads only while probing, so window and
  usable from spawn include the key's derivation there and carry no budget of their own.

Every time is taken in this (parent) process with `time.perf_counter`, from just before the child
is spawned to the moment its line arrives on stdout, so interpreter start-up and imports count;
passphrase to usable is the difference of the app's own two times. The script reports figures and
never fails on a budget; it exits 1 only if a child could not be measured at all (crashed, hung,
printed nothing, or its probe found the window not usable).

`--journal PATH` (a data folder, or its journal.sqlite3) measures a copy of that journal in a
temporary folder; the original is only read. The reference corpus at 100k entries is
/tmp/trustbridge-bench/corpus-100000-seed7 (benches/corpus.py).

    .venv/bin/python benches/startup.py [--runs 15] [--journal PATH] [--encrypted] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WINDOW_BUDGET = 1.5
USABLE_BUDGET = 4.0
USABLE_BUDGET_LARGE = 5.0  # on a journal of LARGE entries or more
LARGE = 50_000
UNLOCK_BUDGET = 1.5
PASSPHRASE_TO_USABLE_BUDGET = 2.0  # seconds
PROBE_ENV = "TRUSTBRIDGE_STARTUP_PROBE"  # app/ui/shell/startup_probe.py: prints its lines and quits
PROBE_PASSPHRASE_ENV = "TRUSTBRIDGE_STARTUP_PROBE_PASSPHRASE"  # read by the app only with PROBE_ENV
BENCH_PASSPHRASE = "bench passphrase, correct horse battery"
DATABASE = "journal.sqlite3"
KEY_FILE = "journal.key"

# The baseline: the least a PySide6 app can do to show a window with a button and a text field
# and reach its event loop.
BARE_WINDOW = """\
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget
started = time.perf_counter()
app = QApplication(sys.argv[:1])
window = QMainWindow()
central = QWidget()
column = QVBoxLayout(central)
column.addWidget(QPushButton("Go"))
column.addWidget(QLineEdit())
window.setCentralWidget(central)
window.show()
def idle():
    print(f"window {time.perf_counter() - started:.4f}", flush=True)
    app.quit()
QTimer.singleShot(0, idle)
sys.exit(app.exec())
"""


class ChildFailed(RuntimeError):
    """A child exited badly or never printed what we waited for: there is no figure to report."""


@dataclass
class Sample:
    """One child's run: seconds from spawn to each probe line, and what the child itself reported."""

    since_spawn: dict[str, float] = field(default_factory=dict)
    in_process: dict[str, float] = field(default_factory=dict)


def run_child(
    name: str, argv: list[str], env: dict[str, str], wanted: tuple[str, ...], timeout: float
) -> Sample:
    """Spawn `argv`, timestamp each probe line as it arrives, and wait for the child to exit."""
    sample = Sample()
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as stderr:
        started = time.perf_counter()
        with subprocess.Popen(
            argv,
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            bufsize=1,
        ) as child:
            # A hung child must not hang the bench: kill it after `timeout`, which ends the read loop.
            watchdog = threading.Timer(timeout, child.kill)
            watchdog.start()
            try:
                lines = child.stdout if child.stdout is not None else ()  # always a pipe; narrows the type
                for line in lines:
                    arrived = time.perf_counter() - started
                    label, _, value = line.strip().partition(" ")
                    if label in wanted and label not in sample.since_spawn:
                        sample.since_spawn[label] = arrived
                        with contextlib.suppress(ValueError):  # a probe line without a number
                            sample.in_process[label] = float(value)
                code = child.wait()
            finally:
                watchdog.cancel()
        missing = [label for label in wanted if label not in sample.since_spawn]
        if code != 0 or missing:
            stderr.seek(0)
            tail = stderr.read()[-2000:].strip()
            why = f"exit status {code}" + (f", never printed {', '.join(missing)}" if missing else "")
            raise ChildFailed(f"{name}: {why}" + (f"\n{tail}" if tail else ""))
    return sample


def p90(values: list[float]) -> float:
    """The 90th percentile, interpolated between samples (the maximum for fewer than two)."""
    if len(values) < 2:
        return max(values)
    return statistics.quantiles(values, n=10, method="inclusive")[8]


def summary(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0, "median": None, "p90": None, "min": None, "max": None, "samples": []}
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p90": p90(values),
        "min": min(values),
        "max": max(values),
        "samples": [round(v, 4) for v in values],
    }


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    return numerator / denominator if numerator is not None and denominator else None


@dataclass
class Setup:
    """The journal the measured starts open: where it is, how big, and how it opens."""

    data_dir: Path
    entries: int
    encrypted: bool
    source: str


def count_entries(database: Path) -> int:
    """Live entries in a plain journal (opened read-only: the file is never changed)."""
    with contextlib.closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0])


def copy_journal(source: Path, target: Path) -> None:
    """The journal (and its key file, if any) into `target`; the source is only read."""
    folder = source.parent if source.is_file() else source
    database = source if source.is_file() else source / DATABASE
    if not database.is_file():
        raise SystemExit(f"no journal at {source} (expected {DATABASE} in it)")
    target.mkdir(mode=0o700, parents=True)
    shutil.copyfile(database, target / DATABASE)
    if (folder / KEY_FILE).is_file():
        shutil.copyfile(folder / KEY_FILE, target / KEY_FILE)


def encrypt(data_dir: Path) -> None:
    """Turn encryption on in the copy, as Settings does (default Argon2id settings)."""
    sys.path.insert(0, str(REPO))
    from app.store.encryption import encrypt_journal

    encrypt_journal(data_dir, BENCH_PASSPHRASE)


def measure(
    runs: int, timeout: float, platform: str, journal: Path | None = None, encrypted: bool = False
) -> dict[str, Any]:
    """Prepare the journal, warm up, take the first-ever start once, then alternate bare and
    Trustbridge `runs` times."""
    base_env = {**os.environ, "QT_QPA_PLATFORM": platform}
    base_env.pop("TRUSTBRIDGE_DATA_DIR", None)  # --data-dir is given; keep the user's journal out of it
    # Bytecode as an installed app has it: a shell with PYTHONDONTWRITEBYTECODE=1 would make every
    # start compile every module of the app from source again. The children write theirs (the
    # warm-up does) under the scratch folder, so the working tree is left as it was.
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    base_env.pop(PROBE_ENV, None)
    base_env.pop(PROBE_PASSPHRASE_ENV, None)
    app_env = {**base_env, PROBE_ENV: "1"}
    if encrypted:
        app_env[PROBE_PASSPHRASE_ENV] = BENCH_PASSPHRASE
    bare_argv = [sys.executable, "-c", BARE_WINDOW]
    plain_labels = ("window", "usable", "ready")
    app_labels = ("window", "unlock", "submitted", "usable", "ready") if encrypted else plain_labels

    series: dict[str, list[float]] = {"bare_window": [], **{f"app_{label}": [] for label in app_labels}}
    in_process: dict[str, list[float]] = {f"app_{label}": [] for label in app_labels}
    if encrypted:
        in_process["passphrase_to_usable"] = []
    failures: list[str] = []
    first_start: dict[str, float] | None = None
    setup: Setup | None = None

    with tempfile.TemporaryDirectory(prefix="trustbridge-bench-") as scratch:
        for env in (base_env, app_env):
            env["PYTHONPYCACHEPREFIX"] = str(Path(scratch, "pycache"))
        journal_dir = Path(scratch, "journal")
        app_argv = [sys.executable, "-m", "app", "--data-dir", str(journal_dir)]

        def bare() -> None:
            sample = run_child("bare window", bare_argv, base_env, ("window",), timeout)
            series["bare_window"].append(sample.since_spawn["window"])

        def trustbridge() -> None:
            sample = run_child("trustbridge", app_argv, app_env, app_labels, timeout)
            for label in app_labels:
                series[f"app_{label}"].append(sample.since_spawn[label])
                if label in sample.in_process:
                    in_process[f"app_{label}"].append(sample.in_process[label])
            if encrypted and {"usable", "submitted"} <= sample.in_process.keys():
                waited = sample.in_process["usable"] - sample.in_process["submitted"]
                in_process["passphrase_to_usable"].append(waited)

        try:
            if journal is not None:
                copy_journal(journal, journal_dir)
                source = str(journal)
            else:
                # A new journal, made by a start that is not measured (and no welcome: an existing
                # journal's start shows Today, which is what is measured).
                run_child("trustbridge (making the journal)", app_argv, {**base_env, PROBE_ENV: "1"},
                          plain_labels, timeout)
                settings = journal_dir / "settings.json"
                settings.unlink(missing_ok=True)  # the new journal's welcome is noted there
                source = "empty journal"
            encrypted_already = (journal_dir / KEY_FILE).exists()
            if encrypted_already and not encrypted:
                raise SystemExit("that journal is encrypted: add --encrypted")
            entries = count_entries(journal_dir / DATABASE) if not encrypted_already else -1
            if encrypted and not encrypted_already:
                encrypt(journal_dir)
            setup = Setup(journal_dir, entries, encrypted, source)
            # Warm-up (discarded): fills the OS file cache and __pycache__ for both, and brings the
            # copy up to this version's schema, so measured runs are ordinary cold starts.
            run_child("bare window", bare_argv, base_env, ("window",), timeout)
            run_child("trustbridge", app_argv, app_env, app_labels, timeout)
            if journal is None and not encrypted:
                # The very first start of a new user: creates the file and runs the migrations.
                first = run_child(
                    "trustbridge (new journal)",
                    [sys.executable, "-m", "app", "--data-dir", str(Path(scratch, "first"))],
                    app_env, plain_labels, timeout,
                )
                first_start = first.since_spawn
        except ChildFailed as error:
            failures.append(str(error))

        if not failures:
            for index in range(runs):
                # Alternate which goes first so neither always runs right after the other.
                order = (bare, trustbridge) if index % 2 == 0 else (trustbridge, bare)
                for step in order:
                    try:
                        step()
                    except ChildFailed as error:
                        failures.append(str(error))

    stats = {name: summary(values) for name, values in series.items()}
    bare_stats = stats["bare_window"]
    ratios = {
        f"app_{label}/bare_window": {
            "median": ratio(stats[f"app_{label}"]["median"], bare_stats["median"]),
            "p90": ratio(stats[f"app_{label}"]["p90"], bare_stats["p90"]),
        }
        for label in app_labels if label != "submitted"
    }
    entries = setup.entries if setup is not None else 0
    usable_budget = USABLE_BUDGET_LARGE if entries >= LARGE else USABLE_BUDGET
    budgets: dict[str, float] = {"app_window/bare_window": WINDOW_BUDGET,
                                 "app_usable/bare_window": usable_budget}
    if encrypted:
        # The unlock page is this start's first paint, and what follows it waits for a passphrase
        # (typed by the probe) and the key's derivation: its budgets are the unlock page and
        # passphrase → usable; window and usable from spawn are shown without one.
        budgets = {"app_unlock/bare_window": UNLOCK_BUDGET}
    inner = {name: summary(values) for name, values in in_process.items()}
    if encrypted:
        to_usable = inner["passphrase_to_usable"]
        ratios["passphrase_to_usable/bare_window"] = {
            "median": ratio(to_usable["median"], bare_stats["median"]),
            "p90": ratio(to_usable["p90"], bare_stats["p90"]),
        }
    return {
        "python": sys.executable,
        "platform": platform,
        "runs": runs,
        "journal": None if setup is None else {"source": setup.source, "entries": setup.entries,
                                               "encrypted": setup.encrypted},
        "budgets": budgets,
        "passphrase_to_usable_budget_s": PASSPHRASE_TO_USABLE_BUDGET if encrypted else None,
        "seconds_since_spawn": stats,
        "seconds_after_run_gui_started": inner,
        "ratios": ratios,
        "first_start": first_start,
        "failures": failures,
    }


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:7.1f} ms"


def _x(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def _verdict(value: float | None, budget: float | None) -> str:
    if value is None or budget is None:
        return ""
    return "  within" if value <= budget else "  OVER"


LABELS = {
    "bare_window": "bare window (button, field)",
    "app_window": "Trustbridge window idle",
    "app_unlock": "unlock page shown",
    "app_submitted": "passphrase entered",
    "app_usable": "Trustbridge usable",
    "app_ready": "Trustbridge ready",
}


def print_report(report: dict[str, Any]) -> None:
    stats = report["seconds_since_spawn"]
    journal = report["journal"] or {}
    what = journal.get("source", "?")
    if journal.get("entries", -1) >= 0:
        what += f", {journal['entries']:,} entries"
    if journal.get("encrypted"):
        what += ", encrypted"
    print(f"Startup, {report['runs']} alternating runs each, QT_QPA_PLATFORM={report['platform']}; {what}")
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"interpreter: {report['python']}; load average now: {load}")
    print(f"{'time from spawn':<30}{'median':>12}{'p90':>12}{'min':>12}{'max':>12}")
    for key, label in LABELS.items():
        if key not in stats:
            continue
        s = stats[key]
        print(f"{label:<30}{_ms(s['median']):>12}{_ms(s['p90']):>12}{_ms(s['min']):>12}{_ms(s['max']):>12}")
    inner = report["seconds_after_run_gui_started"]
    own = ", ".join(f"{key.removeprefix('app_')} {_ms(value['median']).strip()}"
                    for key, value in inner.items() if key.startswith("app_"))
    print(f"of which after run_gui() began (the app's own probe, median): {own}")
    print(f"{'ratio to bare window':<30}{'median':>12}{'p90':>12}{'budget':>12}")
    budgets = report["budgets"]
    for key, r in report["ratios"].items():
        label = key.removeprefix("app_").replace("_", " ").replace("/bare window", " / bare")
        budget = budgets.get(key)
        shown = "—" if budget is None else "≤ " + _x(budget)
        print(f"{label:<30}{_x(r['median']):>12}{_x(r['p90']):>12}{shown:>12}{_verdict(r['median'], budget)}")
    if report["passphrase_to_usable_budget_s"] is not None:
        s = inner["passphrase_to_usable"]
        limit = report["passphrase_to_usable_budget_s"]
        shown = "≤ " + _ms(limit).strip()
        print(f"{'passphrase → usable':<30}{_ms(s['median']):>12}{_ms(s['p90']):>12}{shown:>12}"
              f"{_verdict(s['median'], limit)}")
    first = report["first_start"]
    if first:
        print(f"first-ever start (new journal, once): window {_ms(first.get('window')).strip()}, "
              f"usable {_ms(first.get('usable')).strip()}, ready {_ms(first.get('ready')).strip()}")
    for failure in report["failures"]:
        print(f"FAILED: {failure}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15, help="measured starts of each (default 15)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a child is killed")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for the children")
    parser.add_argument("--journal", type=Path,
                        help="measure a copy of this journal (a data folder or its file)")
    parser.add_argument("--encrypted", action="store_true",
                        help="encrypt the copy; measure the unlock page and passphrase → usable")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    report = measure(args.runs, args.timeout, args.platform, args.journal, args.encrypted)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
