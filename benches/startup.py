"""Cold start of Trustbridge against a bare PySide6 window, measured in the same run.

DESIGN.md's budget is relative, not absolute: Trustbridge's window must reach its idle event
loop within 1.5× the time a bare QMainWindow takes when started the same way on the same machine.
Measuring both here, alternating, cancels out the machine's speed and any drift during the run.

Every time is taken in this (parent) process with `time.perf_counter`, from just before the child
is spawned to the moment its line arrives on stdout, so interpreter start-up and imports count.
The script reports figures and never fails on a budget; it exits 1 only if a child could not be
measured at all (crashed, hung or printed nothing).

    .venv/bin/python benches/startup.py [--runs 15] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
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
BUDGET = 1.5
PROBE_ENV = "TRUSTBRIDGE_STARTUP_PROBE"  # app/ui/shell/application.py prints "window"/"ready" and quits

# The baseline: the least a PySide6 app can do to show a window and reach its event loop.
BARE_WINDOW = """\
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
started = time.perf_counter()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
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


def measure(runs: int, timeout: float, platform: str) -> dict[str, Any]:
    """Warm up, take the first-ever start once, then alternate bare and Trustbridge `runs` times."""
    base_env = {**os.environ, "QT_QPA_PLATFORM": platform}
    base_env.pop("TRUSTBRIDGE_DATA_DIR", None)  # --data-dir is given; keep the user's journal out of it
    base_env.pop(PROBE_ENV, None)
    app_env = {**base_env, PROBE_ENV: "1"}
    bare_argv = [sys.executable, "-c", BARE_WINDOW]

    series: dict[str, list[float]] = {"bare_window": [], "app_window": [], "app_ready": []}
    in_process: dict[str, list[float]] = {"app_window": [], "app_ready": []}
    failures: list[str] = []
    first_start: dict[str, float] | None = None

    with tempfile.TemporaryDirectory(prefix="trustbridge-bench-") as scratch:
        journal_dir = Path(scratch, "journal")
        app_argv = [sys.executable, "-m", "app", "--data-dir", str(journal_dir)]

        def bare() -> None:
            sample = run_child("bare window", bare_argv, base_env, ("window",), timeout)
            series["bare_window"].append(sample.since_spawn["window"])

        def trustbridge() -> None:
            sample = run_child("trustbridge", app_argv, app_env, ("window", "ready"), timeout)
            for label in ("window", "ready"):
                series[f"app_{label}"].append(sample.since_spawn[label])
                if label in sample.in_process:
                    in_process[f"app_{label}"].append(sample.in_process[label])

        try:
            # Warm-up (discarded): fills the OS file cache and __pycache__ for both, and creates the
            # journal the measured runs open, so those are ordinary cold starts of an existing journal.
            run_child("bare window", bare_argv, base_env, ("window",), timeout)
            run_child("trustbridge", app_argv, app_env, ("window", "ready"), timeout)
            # The very first start of a new user: creates the file and runs the migrations.
            first = run_child(
                "trustbridge (new journal)",
                [sys.executable, "-m", "app", "--data-dir", str(Path(scratch, "first"))],
                app_env,
                ("window", "ready"),
                timeout,
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
        f"{name}/bare_window": {
            "median": ratio(stats[name]["median"], bare_stats["median"]),
            "p90": ratio(stats[name]["p90"], bare_stats["p90"]),
        }
        for name in ("app_window", "app_ready")
    }
    return {
        "python": sys.executable,
        "platform": platform,
        "runs": runs,
        "budget_ratio": BUDGET,
        "seconds_since_spawn": stats,
        "seconds_after_run_gui_started": {name: summary(values) for name, values in in_process.items()},
        "ratios": ratios,
        "first_start": first_start,
        "failures": failures,
    }


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:7.1f} ms"


def _x(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def print_report(report: dict[str, Any]) -> None:
    stats = report["seconds_since_spawn"]
    names = {
        "bare_window": "bare PySide6 window idle",
        "app_window": "Trustbridge window idle",
        "app_ready": "Trustbridge journal ready",
    }
    print(f"Startup, {report['runs']} alternating runs each, QT_QPA_PLATFORM={report['platform']}")
    print(f"interpreter: {report['python']}")
    print(f"{'time from spawn':<28}{'median':>12}{'p90':>12}{'min':>12}{'max':>12}")
    for key, label in names.items():
        s = stats[key]
        print(f"{label:<28}{_ms(s['median']):>12}{_ms(s['p90']):>12}{_ms(s['min']):>12}{_ms(s['max']):>12}")
    inner = report["seconds_after_run_gui_started"]
    window, ready = (_ms(inner[key]["median"]).strip() for key in ("app_window", "app_ready"))
    print(f"of which after run_gui() began (the app's own probe, median): window {window}, ready {ready}")
    print(f"{'ratio to bare window':<28}{'median':>12}{'p90':>12}{'budget':>12}")
    rows = (("app_window/bare_window", "window / bare"), ("app_ready/bare_window", "ready / bare"))
    for key, label in rows:
        r = report["ratios"][key]
        verdict = "" if r["median"] is None else ("  within" if r["median"] <= BUDGET else "  OVER")
        print(f"{label:<28}{_x(r['median']):>12}{_x(r['p90']):>12}{'≤ ' + _x(BUDGET):>12}{verdict}")
    first = report["first_start"]
    if first:
        print(
            f"first-ever start (new journal, once): window {_ms(first.get('window')).strip()}, "
            f"ready {_ms(first.get('ready')).strip()}"
        )
    for failure in report["failures"]:
        print(f"FAILED: {failure}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15, help="measured starts of each (default 15)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a child is killed")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for the children")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    report = measure(args.runs, args.timeout, args.platform)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
