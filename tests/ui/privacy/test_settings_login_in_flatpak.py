"""Inside a Flatpak a login entry would be written into the sandbox, which the desktop never reads:
Settings → Reminders greys "Start Trustbridge when I log in" and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.io import autostart
from app.ui.widgets import desktop_abilities
from tests.ui.conftest import SessionFactory
from tests.ui.privacy.test_settings_sections import go_to, settings
from tests.ui.widgets.appearance_state import appearance

pytestmark = pytest.mark.usefixtures(appearance.__name__)


def test_inside_a_flatpak_start_at_login_is_not_offered(
    qtbot: QtBot, open_session: SessionFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flatpak_info = tmp_path / ".flatpak-info"
    flatpak_info.write_text("[Application]\nname=io.github.trustbridge.Trustbridge\n", encoding="utf-8")
    monkeypatch.setattr(desktop_abilities, "AUTOSTART_SUPPORTED", autostart.supported("linux", flatpak_info))
    window, session = open_session()
    dialog = settings(qtbot, window, session)
    go_to(qtbot, dialog, "reminders")
    page = dialog.reminders_page
    assert not page.login_check.isEnabled()
    notes = [label for label in page.findChildren(QLabel)
             if label.text() == "Starting at login is not available on this system yet."]
    assert len(notes) == 1 and notes[0].isVisible()
