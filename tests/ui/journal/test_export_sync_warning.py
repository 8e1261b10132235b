"""An export into a folder that a sync client uploads says so under the target, each time, in
plain words; an export anywhere else says nothing more. The file chooser is patched in messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.export_dialog import ExportDialog
from app.ui.widgets import messages

WAIT_MS = 15_000
DROPBOX_WORDS = ("This folder is synced by Dropbox: the export will be uploaded to your Dropbox account, "
                 "and exports are not encrypted.")


@pytest.fixture
def dropbox(home: Path) -> Path:
    folder = home / "Dropbox"
    folder.mkdir()
    (folder / ".dropbox").write_text('{"tag": "dropbox"}', encoding="utf-8")
    return folder


def make(qtbot: QtBot, observed: ObservedJournal, key: str) -> ExportDialog:
    dialog = ExportDialog(observed, key)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def export_to(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog: ExportDialog, path: Path) -> None:
    """Choose `path` in the (patched) file chooser, save, and wait for the export and the word."""
    monkeypatch.setattr(messages, "choose_export_file", lambda *_args: path)
    monkeypatch.setattr(messages, "choose_export_folder", lambda *_args: path)
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.sync_said, timeout=WAIT_MS)


@pytest.mark.parametrize(("key", "name"), [("json", "backup.json"), ("markdown", "journal.md"),
                                           ("html", "journal.html"), ("markdown-folder", "Journal")])
def test_an_export_into_dropbox_says_it_will_be_uploaded(
    qtbot: QtBot, observed: ObservedJournal, dropbox: Path, monkeypatch: pytest.MonkeyPatch, key: str,
    name: str,
) -> None:
    dialog = make(qtbot, observed, key)
    assert not dialog.sync_label.isVisible()  # nothing chosen yet
    target = dropbox / "Private" / name
    target.parent.mkdir()
    export_to(qtbot, monkeypatch, dialog, target)
    assert target.exists()
    assert dialog.sync_label.isVisible() and dialog.sync_label.text() == DROPBOX_WORDS
    assert dialog.sync_label.accessibleName() == "The chosen folder is synced"


def test_the_word_follows_the_target_each_time(
    qtbot: QtBot, observed: ObservedJournal, home: Path, dropbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "markdown")
    onedrive = home / "OneDrive - Contoso"
    onedrive.mkdir()
    export_to(qtbot, monkeypatch, dialog, onedrive / "a.md")
    assert dialog.sync_label.isVisible() and "synced by OneDrive" in dialog.sync_label.text()
    assert "your OneDrive account" in dialog.sync_label.text()

    local = home / "Documents"
    local.mkdir()
    export_to(qtbot, monkeypatch, dialog, local / "b.md")
    assert not dialog.sync_label.isVisible()  # not synced: nothing more said

    export_to(qtbot, monkeypatch, dialog, dropbox / "c.md")
    assert dialog.sync_label.isVisible() and dialog.sync_label.text() == DROPBOX_WORDS  # said again


def test_a_refused_target_says_nothing_about_syncing(
    qtbot: QtBot, observed: ObservedJournal, dropbox: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "markdown")
    export_to(qtbot, monkeypatch, dialog, dropbox / "c.md")
    assert dialog.sync_label.isVisible()
    with qtbot.waitSignal(dialog.export_failed, timeout=WAIT_MS):
        dialog.save_to(data_dir / "inside.md")  # refused: the journal's own folder
    assert not dialog.sync_label.isVisible()
