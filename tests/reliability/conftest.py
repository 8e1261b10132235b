"""The reliability tests drive the same real windows as the UI tests.

The kill harness (test_kill_harness.py) leaves its figures in `kill_figures`; they are printed as
one line at the end of the run, so `make reliability` reports what it measured.
"""

from __future__ import annotations

import pytest

from app.ui.data.journal_events import SaveTiming
from tests.ui.conftest import catalogue, message_log, observed, open_window

__all__ = ["catalogue", "kill_figures", "message_log", "observed", "open_window", "save_timing"]


@pytest.fixture
def save_timing() -> SaveTiming:
    """The app's own save timing: what these tests judge is what a person gets."""
    return SaveTiming()


_FIGURES = pytest.StashKey[dict[str, object]]()


@pytest.fixture(scope="session")
def kill_figures(request: pytest.FixtureRequest) -> dict[str, object]:
    """Shared by the kill tests of one run; read back by pytest_terminal_summary."""
    return request.config.stash.setdefault(_FIGURES, {})


def kill_summary(figures: dict[str, object]) -> str:
    """One line: kills survived (typing and import) and the most typing a kill cost."""
    parts: list[str] = []
    kills = survived = 0
    if "typing_kills" in figures:
        kills += int(str(figures["typing_kills"]))
        survived += int(str(figures["typing_survived"]))
        by_tool = figures.get("max_lost_by_tool", {})
        tools = ""
        if isinstance(by_tool, dict):
            tools = ", ".join(f"{tool} {lost:.2f} s" for tool, lost in by_tool.items())
        parts.append(
            f"typing {figures['typing_survived']}/{figures['typing_kills']}, "
            f"max text lost {float(str(figures['max_lost_s'])):.2f} s" + (f" ({tools})" if tools else "")
        )
    if "import_kills" in figures:
        kills += int(str(figures["import_kills"]))
        survived += int(str(figures["import_survived"]))
        checked = "trustbridge check" if figures.get("check_command") else "integrity_check only"
        parts.append(
            f"import {figures['import_survived']}/{figures['import_kills']} "
            f"({figures['import_all']} all, {figures.get('import_finished', 0)} done before the kill, "
            f"{figures['import_none']} none; {checked}; "
            f"an uninterrupted import takes {float(str(figures['import_run_s'])):.2f} s)"
        )
    return f"kills survived: {survived}/{kills} — " + "; ".join(parts)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = terminalreporter.config.stash.get(_FIGURES, {})
    if figures:
        terminalreporter.write_line(kill_summary(figures))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Under pytest-xdist, a worker hands its figures to the main process (tests/conftest.py prints them)."""
    workeroutput = getattr(session.config, "workeroutput", None)
    figures = session.config.stash.get(_FIGURES, {})
    if workeroutput is not None and figures:
        workeroutput["kill_figures"] = dict(figures)
