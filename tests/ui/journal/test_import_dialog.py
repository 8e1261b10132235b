"""Import…: recognise the real fixture journals, import them in a worker, say what happened.

The worker's steps arrive by signal; the tests wait on the dialog's own finished/failed signals.
A file that can't be read changes nothing, and says so.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.changes import Change
from app.domain.workbench import ImportBundle
from app.io.importers import read_import
from app.io.jrnl_options import JrnlOptions
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.import_dialog import STEPS, ImportDialog, result_text
from app.ui.widgets import messages
from tests.ui.journal.journal_helpers import run_import

FIXTURES = Path(__file__).resolve().parents[2] / "io" / "fixtures"
WAIT_MS = 10_000


@pytest.fixture
def dialog(qtbot: QtBot, observed: ObservedJournal) -> ImportDialog:
    made = ImportDialog(observed)
    qtbot.addWidget(made)
    made.show()
    return made




def test_a_jrnl_file_is_recognised_and_imported(
    qtbot: QtBot, dialog: ImportDialog, observed: ObservedJournal, journal: Journal
) -> None:
    dialog.set_path(FIXTURES / "jrnl" / "simple.journal")
    assert "looks like a jrnl journal" in dialog.recognised_label.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(observed.changes, timeout=WAIT_MS,
                          check_params_cb=lambda change: change.wholesale) as announced:
        text = run_import(qtbot, dialog)
    assert announced.args[0] == Change.everything()
    assert text == "Added 2 entries."
    assert dialog.result_label.text() == text and dialog.result_banner.isVisible()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == STEPS
    assert dialog.step_label.text() == "Done."
    assert journal.count_entries() == 2
    assert dialog.close_button.text() == "Close" and not dialog.running


def test_a_second_import_adds_nothing_and_says_so(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal
) -> None:
    dialog.set_path(FIXTURES / "dayone" / "Journal.json")
    assert "looks like a Day One export" in dialog.recognised_label.text()
    assert run_import(qtbot, dialog) == "Added 2 entries."
    dialog.set_path(FIXTURES / "dayone" / "Journal.json")
    assert run_import(qtbot, dialog) == "Everything in it was already here (2), so nothing changed."
    assert journal.count_entries() == 2


def test_a_jrnl_folder_through_the_folder_button(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "choose_import_folder", lambda _parent: FIXTURES / "jrnl" / "basic_folder")
    dialog.folder_button.click()
    assert "This folder looks like a jrnl journal" in dialog.recognised_label.text()
    text = run_import(qtbot, dialog)
    assert text.startswith("Added ") and journal.count_entries() > 0


def test_choosing_nothing_changes_nothing(dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "choose_import_file", lambda _parent: None)
    dialog.file_button.click()
    assert not dialog.recognised_label.isVisible() and not dialog.import_button.isEnabled()


def test_an_unknown_file_is_not_offered(dialog: ImportDialog, tmp_path: Path) -> None:
    odd = tmp_path / "notes.txt"
    odd.write_text("just some notes\n", encoding="utf-8")
    dialog.set_path(odd)
    assert "is not a format Trustbridge can import" in dialog.recognised_label.text()
    assert not dialog.import_button.isEnabled()


def test_a_malformed_file_adds_nothing_and_says_why(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "trustbridge", "version": 1, "entries": [{"uuid": 5}]}', encoding="utf-8")
    dialog.set_path(broken)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.import_failed, timeout=WAIT_MS) as blocker:
        dialog.import_button.click()
    message: str = blocker.args[0]
    assert "Entry 1 of 1" in message
    assert "Nothing was imported" in message and message.endswith("Your journal is as it was.")
    assert dialog.result_banner.property("state") == "error"
    assert journal.count_entries() == 0


def test_cancel_before_the_save_imports_nothing(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.ui.journal.import_dialog as module

    cancelled = threading.Event()

    def read_after_cancel(path: Path, chosen: str, jrnl: JrnlOptions) -> ImportBundle:
        """The real reader, held until Cancel is pressed, so the test never races the worker."""
        assert cancelled.wait(WAIT_MS / 1000)
        return read_import(path, chosen, jrnl=jrnl)

    monkeypatch.setattr(module, "read_import", read_after_cancel)
    dialog.set_path(FIXTURES / "jrnl" / "tags.journal")
    with qtbot.waitSignal(dialog.import_cancelled, timeout=WAIT_MS):
        dialog.import_button.click()
        dialog.reject()  # Cancel: the worker stops after reading, before checking or saving
        assert dialog.step_label.text() == "Stopping…" and dialog.isVisible()
        cancelled.set()
    assert "Nothing was imported" in dialog.result_label.text()
    assert journal.count_entries() == 0
    assert dialog.isVisible()  # the result is shown; Close now closes
    dialog.reject()
    assert not dialog.isVisible()


def test_the_result_sentence() -> None:
    from app.domain.workbench import BundleReport

    assert result_text(BundleReport(added={"entries": 1204}, skipped={"entries": 3})) == (
        "Added 1,204 entries; 3 were already here."
    )
    assert result_text(BundleReport(added={"entries": 1, "goals": 2}, skipped={"plans": 1})) == (
        "Added 1 entry and 2 records from the stage tools; 1 was already here."
    )
    assert result_text(BundleReport()) == "There was nothing in it to import, so nothing changed."


def test_everything_is_named(dialog: ImportDialog) -> None:
    for widget in (dialog.file_button, dialog.folder_button, dialog.import_button, dialog.close_button,
                   dialog.progress_bar):
        assert widget.accessibleName()
