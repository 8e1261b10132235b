"""An export into a folder that a sync client uploads says so under the target, each time, in
plain words, and asks before writing there; an export anywhere else says nothing more. The file
chooser and the question are patched in messages (here the person answers Save unless a test says)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.export_dialog import ExportDialog
from app.ui.widgets import messages
from tests.ui.conftest import MessageLog

WAIT_MS = 15_000
DROPBOX_WORDS = ("This folder is synced by Dropbox: the export will be uploaded to your Dropbox account, "
                 "and exports are not encrypted.")


@pytest.fixture(autouse=True)
def _save_here_anyway(message_log: MessageLog) -> None:
    message_log.confirm = True


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
    name: str, message_log: MessageLog,
) -> None:
    dialog = make(qtbot, observed, key)
    qtbot.waitUntil(lambda: dialog.sync_said, timeout=WAIT_MS)
    assert not dialog.sync_label.isVisible()  # nothing chosen yet, and the home folder is not synced
    target = dropbox / "Private" / name
    target.parent.mkdir()
    export_to(qtbot, monkeypatch, dialog, target)
    assert target.exists()
    assert message_log.names() == ["confirm"]  # asked before it was written
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


def test_the_line_and_the_question_come_before_anything_is_written(
    qtbot: QtBot, observed: ObservedJournal, home: Path, dropbox: Path, monkeypatch: pytest.MonkeyPatch,
    message_log: MessageLog,
) -> None:
    """The place is looked at as it is chosen: the line is up, and nothing written, while the person
    is asked; "Choose another place" opens the chooser again, and a place not synced is saved."""
    dialog = make(qtbot, observed, "markdown")
    synced, local = dropbox / "journal.md", home / "journal.md"
    places = [synced, local]
    seen_when_asked: list[tuple[bool, str, bool]] = []

    def choose(*_args: object) -> Path:
        return places.pop(0)

    def confirm(_parent: object, title: str, text: str, details: str, act: str, stay: str) -> bool:
        seen_when_asked.append((dialog.sync_label.isVisible(), dialog.sync_label.text(), synced.exists()))
        assert (title, act, stay, details) == ("Save in a synced folder?", "Save", "Choose another place",
                                               "Save here anyway?")
        assert text == ("This folder is synced by Dropbox: the file will be uploaded to your Dropbox account "
                        "and isn't encrypted.")
        return False  # Choose another place

    monkeypatch.setattr(messages, "choose_export_file", choose)
    monkeypatch.setattr(messages, "confirm", confirm)
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as written:
        dialog.save_button.click()
    assert seen_when_asked == [(True, DROPBOX_WORDS, False)]  # said before, and nothing written there
    assert written.args[0] == str(local) and local.exists() and not synced.exists()
    qtbot.waitUntil(lambda: dialog.sync_said, timeout=WAIT_MS)
    assert not dialog.sync_label.isVisible()  # the new place is not synced


def test_where_the_chooser_starts_is_said_as_the_dialog_opens(
    qtbot: QtBot, observed: ObservedJournal, home: Path, message_log: MessageLog,
) -> None:
    """A whole home folder synced by Syncthing: said before anything is pressed."""
    config = home / ".config" / "syncthing" / "config.xml"
    config.parent.mkdir(parents=True)
    config.write_text('<configuration><folder id="h" path="~"/></configuration>', encoding="utf-8")
    dialog = make(qtbot, observed, "html")
    qtbot.waitUntil(lambda: dialog.sync_said, timeout=WAIT_MS)
    assert dialog.sync_label.isVisible() and "synced by Syncthing" in dialog.sync_label.text()
    assert message_log.names() == []  # nothing asked yet: nothing was chosen
