"""The start-up probe benches/startup.py reads: "usable" only when Today can really be typed into
and the sidebar moves between stages; an encrypted journal's unlock page before the store loads."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal
from app.ui.shell import application, startup_probe
from app.ui.today.today_page import TodayPage
from tests.ui.conftest import WindowFactory

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.usefixtures("_root_logging")  # run_gui logs to the data folder
def test_the_probe_says_window_usable_ready_in_order_on_a_real_start(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    journal = Journal.open(data_dir)
    journal.save_entry(EntryDraft(uuid="earlier", kind=EntryKind.FREE, body="an existing journal"))
    journal.close()
    monkeypatch.setenv(application.STARTUP_PROBE, "1")
    assert application.run_gui(None, ["trustbridge"]) == 0
    said = [line.split()[0] for line in capfd.readouterr().out.splitlines() if line.strip()]
    assert said == ["window", "usable", "ready"]


def test_usable_only_when_todays_field_can_be_typed_into(open_window: WindowFactory) -> None:
    window = open_window()
    page = window.current_page()
    assert isinstance(page, TodayPage)
    field = page.card.editor.text_edit
    assert startup_probe.usable_problem(window) is None
    field.setReadOnly(True)
    assert startup_probe.usable_problem(window) == "Today's writing field can't be typed into"
    field.setReadOnly(False)
    field.setEnabled(False)
    assert startup_probe.usable_problem(window) == "Today's writing field can't be typed into"
    field.setEnabled(True)
    window.nav_buttons["journal"].setEnabled(False)
    assert startup_probe.usable_problem(window) == "sidebar places disabled: journal"
    window.nav_buttons["journal"].setEnabled(True)
    window.show_page("journal")
    assert startup_probe.usable_problem(window) == "the page in view is 'journal', not Today"


def test_the_passphrase_is_read_from_the_environment_only_while_probing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(startup_probe.STARTUP_PROBE, raising=False)
    monkeypatch.setenv(startup_probe.PROBE_PASSPHRASE, "never in a normal run")
    assert startup_probe.probe_passphrase() is None
    monkeypatch.setenv(startup_probe.STARTUP_PROBE, "1")
    assert startup_probe.probe_passphrase() == "never in a normal run"


_UNLOCK_FIRST = """
import json, sys
from app.ui.shell import application, session_core

shown = session_core.SessionCore.show_unlock

def show_unlock(self, message=""):
    shown(self, message)
    loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("sqlalchemy", "alembic"))
    print(json.dumps({"unlock_page": self.host.unlock_page is not None, "loaded": loaded}), flush=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    QTimer.singleShot(0, lambda: QApplication.instance().exit(0))  # shown before the loop runs

session_core.SessionCore.show_unlock = show_unlock
sys.exit(application.run_gui(sys.argv[1], ["trustbridge"]))
"""


def test_an_encrypted_journals_unlock_page_shows_before_sqlalchemy_loads(
    tmp_path: Path, encrypted_template: Path
) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(encrypted_template, data_dir)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", _UNLOCK_FIRST, str(data_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True, env=env,
    )
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen == {"unlock_page": True, "loaded": []}
