"""Words shown outside a Qt class's self.tr are still marked for pyside6-lupdate, each in its
context, and read in English exactly as before."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.privacy.curtain import HIDE_KEYS
from app.ui.shell.window_lock import lock_or_explain
from app.ui.widgets import desktop_abilities
from tests.ui.conftest import MessageLog, SessionFactory

ROOT = Path(__file__).resolve().parents[3]

LOCK_TEXTS = [
    "Locking needs a passphrase",
    "This journal isn't encrypted, so there is no passphrase to lock it with.",
    "Turn on encryption in Settings, and Ctrl+L will close the journal until your passphrase is typed. "
    "To hide the screen for a moment now, use %s.",
    "Open Settings",
    "Not now",
    "Your journal stays open",
    "Trustbridge couldn't lock the journal just now.",
    "Your latest writing may not be saved yet, or another task is still running. Nothing was changed; "
    "try again in a moment.",
]
ABILITIES = [
    "Reminders need a tray icon or a notification service on this desktop, and neither is there, so "
    "none will show.",
    "Keeping Trustbridge running needs a tray icon area on this desktop, and there isn't one.",
    "Starting at login is not available on this system yet.",
]
SETTINGS_FAILED = "That setting could not be saved (%s), so it is back to what it was."


def lupdate() -> str:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    program = str(found) if found.exists() else shutil.which("pyside6-lupdate")
    if program is None:
        pytest.skip("pyside6-lupdate is not installed")
    return program


def test_lupdate_finds_them_each_in_its_context(tmp_path: Path) -> None:
    catalogue = tmp_path / "found.ts"
    files = ["app/ui/widgets/desktop_abilities.py", "app/ui/shell/window_lock.py",
             "app/ui/privacy/settings_dialog.py"]
    subprocess.run([lupdate(), *files, "-ts", str(catalogue)], cwd=ROOT, check=True, capture_output=True)
    found = {(context.findtext("name"), message.findtext("source"))
             for context in ET.parse(catalogue).getroot().iter("context")
             for message in context.iter("message")}
    wanted = ({("WindowLock", text) for text in LOCK_TEXTS}
              | {("DesktopAbilities", text) for text in ABILITIES}
              | {("SettingsDialog", SETTINGS_FAILED)})
    assert wanted - found == set()


def test_the_english_reads_as_before(open_session: SessionFactory, message_log: MessageLog) -> None:
    assert [desktop_abilities.NO_NOTIFICATIONS, desktop_abilities.NO_TRAY,
            desktop_abilities.AUTOSTART_ELSEWHERE] == ABILITIES
    window, session = open_session()
    lock_or_explain(window, session, lambda: None, lambda: True)  # a plain journal: nothing to lock with
    shown = (window, LOCK_TEXTS[0], LOCK_TEXTS[1], LOCK_TEXTS[2] % HIDE_KEYS, LOCK_TEXTS[3], LOCK_TEXTS[4])
    assert message_log.calls == [("confirm", shown)]
