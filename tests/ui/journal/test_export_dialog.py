"""Export…: every format from the dialog, with a range where it applies, the warning in words,
and a clear result. The file chooser is patched in messages, so no modal dialog ever opens."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.io.importers import read_import
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.export_dialog import FORMATS, NOT_ENCRYPTED_TEXT, ExportDialog
from app.ui.widgets import messages
from app.ui.widgets.form_fields import qdate

WAIT_MS = 15_000
DAYS = (datetime(2026, 1, 15, 12, tzinfo=UTC), datetime(2026, 2, 15, 12, tzinfo=UTC),
        datetime(2026, 3, 15, 12, tzinfo=UTC))


@pytest.fixture
def seeded(journal: Journal) -> Journal:
    for number, when in enumerate(DAYS, start=1):
        draft = EntryDraft(uuid=f"cccccccc-0000-4000-8000-00000000000{number}", kind=EntryKind.FREE,
                           body=f"Entry {number} <b>not bold</b>", title=f"Day {number}")
        journal.save_entry(draft, when=when)
    return journal


def make(qtbot: QtBot, observed: ObservedJournal, key: str) -> ExportDialog:
    dialog = ExportDialog(observed, key)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[str, Path]]:
    asked: list[tuple[str, Path]] = []

    def file(_parent: object, title: str, suggested: Path, _filter: str) -> Path:
        asked.append((title, suggested))
        return path

    def folder(_parent: object, title: str, suggested: Path) -> Path:
        asked.append((title, suggested))
        return path

    monkeypatch.setattr(messages, "choose_export_file", file)
    monkeypatch.setattr(messages, "choose_export_folder", folder)
    return asked


def save(qtbot: QtBot, dialog: ExportDialog) -> tuple[str, int]:
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as blocker:
        dialog.save_button.click()
    return blocker.args[0], blocker.args[1]


@pytest.mark.usefixtures("seeded")
def test_json_holds_everything_and_offers_no_range(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "json")
    assert dialog.warning_label.text() == NOT_ENCRYPTED_TEXT and dialog.warning_label.isVisible()
    assert not dialog.range_button.isVisible() and not dialog.since_edit.isVisible()
    folder = tmp_path / "exports"
    folder.mkdir()
    asked = choose(monkeypatch, folder / "backup")  # no suffix: the dialog adds it
    path, count = save(qtbot, dialog)
    assert asked[0][0] == "Export as JSON" and asked[0][1].suffix == ".json"
    assert (path, count) == (str(folder / "backup.json"), 3)
    assert dialog.status_label.text() == f"Saved 3 entries to {folder / 'backup.json'}."
    assert len(read_import(Path(path)).entries) == 3
    assert dialog.close_button.text() == "Close"
    assert [p.name for p in folder.iterdir()] == ["backup.json"]  # no temporary left behind


@pytest.mark.usefixtures("seeded")
def test_html_with_a_range(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "html")
    assert not dialog.since_edit.isEnabled()
    dialog.range_button.click()
    assert dialog.since_edit.isEnabled() and dialog.until_edit.isEnabled()
    dialog.since_edit.setDate(qdate(date(2026, 2, 1)))
    dialog.until_edit.setDate(qdate(date(2026, 3, 31)))
    choose(monkeypatch, tmp_path / "part.html")
    path, count = save(qtbot, dialog)
    assert count == 2
    text = Path(path).read_text(encoding="utf-8")
    assert "Day 2" in text and "Day 3" in text and "Day 1" not in text
    assert "&lt;b&gt;not bold&lt;/b&gt;" in text


@pytest.mark.usefixtures("seeded")
def test_a_backwards_range_is_explained_not_saved(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "markdown")
    dialog.range_button.click()
    dialog.since_edit.setDate(qdate(date(2026, 3, 1)))
    dialog.until_edit.setDate(qdate(date(2026, 2, 1)))
    folder = tmp_path / "exports"
    folder.mkdir()
    asked = choose(monkeypatch, folder / "x.md")
    dialog.save_button.click()
    assert asked == []
    assert "first day is after the last day" in dialog.status_label.text()
    assert list(folder.iterdir()) == []


@pytest.mark.usefixtures("seeded")
def test_markdown_file(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "markdown")
    choose(monkeypatch, tmp_path / "journal.md")
    path, count = save(qtbot, dialog)
    assert count == 3 and Path(path).read_text(encoding="utf-8").startswith("# Trustbridge journal\n")


@pytest.mark.usefixtures("seeded")
def test_markdown_folder_and_a_refused_folder(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "markdown-folder")
    assert dialog.save_button.text() == "Choose a folder name…"
    choose(monkeypatch, tmp_path / "out")
    path, count = save(qtbot, dialog)
    assert count == 3 and len(list(Path(path).glob("*/*/*.md"))) == 3
    with qtbot.waitSignal(dialog.export_failed, timeout=WAIT_MS) as blocker:
        dialog.save_button.click()  # the same folder again: it holds files now
    message: str = blocker.args[0]
    assert message.startswith("Nothing was saved.") and "already holds files" in message
    assert dialog.status_label.text() == message and dialog.save_button.isEnabled()


@pytest.mark.usefixtures("seeded")
def test_pdf(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "pdf")
    choose(monkeypatch, tmp_path / "journal.pdf")
    path, count = save(qtbot, dialog)
    assert count == 3 and Path(path).read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("key", ["json", "pdf", "markdown-folder"])
def test_an_export_into_the_journal_s_own_folder_is_refused(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    from tests.files import snapshot

    data_dir = journal.path.parent
    before = snapshot(data_dir, skip={"journal.sqlite3-wal", "journal.sqlite3-shm"})
    dialog = make(qtbot, observed, key)
    choose(monkeypatch, journal.path)  # the journal itself, picked by mistake in the file chooser
    with qtbot.waitSignal(dialog.export_failed, timeout=WAIT_MS) as blocker:
        dialog.save_button.click()
    assert blocker.args[0].startswith("Nothing was saved: that is inside the folder where Trustbridge keeps")
    assert dialog.status_label.text() == blocker.args[0] and dialog.save_button.isEnabled()
    assert snapshot(data_dir, skip={"journal.sqlite3-wal", "journal.sqlite3-shm"}) == before


def test_a_folder_that_cannot_be_written_says_so(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker_file = tmp_path / "afile"
    blocker_file.write_text("x", encoding="utf-8")
    dialog = make(qtbot, observed, "json")
    choose(monkeypatch, blocker_file / "export.json")
    with qtbot.waitSignal(dialog.export_failed, timeout=WAIT_MS) as blocker:
        dialog.save_button.click()
    assert blocker.args[0].startswith("Nothing was saved. It could not be written there")


def test_changing_your_mind_writes_nothing(
    qtbot: QtBot, observed: ObservedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "html")
    monkeypatch.setattr(messages, "choose_export_file", lambda *_args: None)
    dialog.save_button.click()
    assert not dialog.running and not dialog.status_label.isVisible()
    dialog.close_button.click()
    assert not dialog.isVisible()


@pytest.mark.parametrize("key", list(FORMATS))
def test_everything_is_named(qtbot: QtBot, observed: ObservedJournal, key: str) -> None:
    dialog = make(qtbot, observed, key)
    assert dialog.accessibleName() == f"Export as {FORMATS[key].name}"
    for widget in (dialog.save_button, dialog.close_button, dialog.all_button, dialog.range_button,
                   dialog.since_edit, dialog.until_edit, dialog.progress_bar):
        assert widget.accessibleName()


def test_json_from_the_dialog_round_trips(
    qtbot: QtBot, observed: ObservedJournal, seeded: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, observed, "json")
    choose(monkeypatch, tmp_path / "all.json")
    path, _count = save(qtbot, dialog)
    assert json.loads(Path(path).read_text(encoding="utf-8"))["format"] == "trustbridge"
    other = Journal.open(tmp_path / "other")
    try:
        other.import_bundle(read_import(Path(path)))
        assert [e.body for e in other.iter_entries()] == [e.body for e in seeded.iter_entries()]
    finally:
        other.close()
