"""Settings → "Check the journal now": the full check in a worker, its answer in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.paths import database_path
from app.ui.privacy import journal_check
from app.ui.privacy.settings_dialog import SettingsDialog
from tests.files import snapshot
from tests.store.test_damaged_journal import break_an_index_page, write_journal
from tests.ui.conftest import SessionFactory

WAIT_MS = 30_000


def settings_from_the_menu(qtbot: QtBot, open_session: SessionFactory) -> SettingsDialog:
    window, _session = open_session()
    window.open_settings()  # File → Settings…, as the person opens it
    dialogs = [dialog for dialog in window.open_dialogs if isinstance(dialog, SettingsDialog)]
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])
    return dialogs[0]


def journal_files(data_dir: Path) -> dict[str, str]:
    """The journal and anything beside it (the window's own state file aside)."""
    return {name: digest for name, digest in snapshot(data_dir).items() if name.startswith("journal")}


def check_now(qtbot: QtBot, dialog: SettingsDialog) -> str:
    """Press the button from the keyboard and wait for the answer under it."""
    dialog.show_section("backups")  # the check lives beside the backups
    assert dialog.check_button.isVisible() and dialog.check_button.accessibleName()
    dialog.check_button.setFocus()
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)
    assert not dialog.check_button.isEnabled()  # one check at a time
    qtbot.waitUntil(lambda: dialog.check_call is None, timeout=WAIT_MS)
    assert dialog.check_button.isEnabled() and dialog.check_message.isVisible()
    return dialog.check_message.text()


def test_a_sound_journal_is_checked_and_said_to_be_sound(qtbot: QtBot, open_session: SessionFactory,
                                                        data_dir: Path) -> None:
    write_journal(data_dir, 50)
    dialog = settings_from_the_menu(qtbot, open_session)
    assert check_now(qtbot, dialog) == journal_check.SOUND


def test_a_damaged_journal_is_told_plainly_and_nothing_is_changed(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    write_journal(data_dir, 400)
    dialog = settings_from_the_menu(qtbot, open_session)
    break_an_index_page(database_path(data_dir))  # real bytes, under the open journal
    before = journal_files(data_dir)
    said = check_now(qtbot, dialog)
    assert said.startswith("The check found a problem in your journal file: quick_check")
    assert "Nothing was changed." in said and "Backups…" in said
    assert journal_files(data_dir) == before  # read only: not a byte written, no file made beside it


def test_a_closed_journal_is_not_checked_and_says_why(qtbot: QtBot, open_session: SessionFactory) -> None:
    window, session = open_session()
    from app.ui.privacy.settings_dialog import open_settings

    dialog = open_settings(session, window, lambda: None)  # the journal closed under the dialog
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    assert dialog.check_message.text() == journal_check.NOT_OPEN and dialog.check_call is None
