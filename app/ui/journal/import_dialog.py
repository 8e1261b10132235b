"""Import…: bring in a journal kept elsewhere, with its progress shown and a clear result.

The person picks a file or a folder; the dialog says what it recognised, then reads, checks and
saves in a worker so the window stays responsive. Until the save starts, Cancel stops it with
nothing changed; the save itself is one transaction, so it is all or nothing either way.
"""

from __future__ import annotations

import threading
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Change
from app.io.importers import AUTO, DAYONE, JRNL, MARKDOWN_FOLDER, TRUSTBRIDGE, detect_format, read_import
from app.store.errors import InvalidImport, StoreError
from app.ui.data.worker import BackgroundCall
from app.ui.widgets import messages
from app.ui.widgets.fitted_dialog import DIALOG_MIN_WIDTH, FittedDialog, fit_to_text
from app.ui.widgets.form_fields import push_button, restyle, wrapped_label

if TYPE_CHECKING:
    from app.domain.workbench import BundleReport
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal

FORMAT_NAMES = {
    TRUSTBRIDGE: "a Trustbridge export",
    JRNL: "a jrnl journal",
    DAYONE: "a Day One export",
    MARKDOWN_FOLDER: "a Trustbridge Markdown folder",
}
STEPS = 3  # reading, checking, saving


class Step(Enum):
    READING = 0
    CHECKING = 1
    SAVING = 2


class _Cancelled(Exception):
    """The person pressed Cancel before the save began; nothing was written."""


class _Progress(QObject):
    """Lives on the UI thread; the worker emits, and the dialog hears it there (queued)."""

    moved = Signal(object, int)  # Step, how many entries


class ImportDialog(FittedDialog):
    """Choose, recognise, import, report.

    Signals: import_finished(str result text) — records were added (or were all there already);
    import_failed(str message) — nothing changed; import_cancelled() — stopped before saving.
    """

    import_finished = Signal(str)
    import_failed = Signal(str)
    import_cancelled = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._path: Path | None = None
        self._format: str | None = None
        self._cancel = threading.Event()
        self._running = False
        self._saving = False
        self._call: BackgroundCall | None = None
        self._progress_relay = _Progress(self)

        self.setWindowTitle("Import a journal")
        self.setAccessibleName("Import a journal")
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self._build()
        self._wire()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        heading = wrapped_label("Bring in what you wrote elsewhere", "cardHeading")
        intro = wrapped_label(
            "Choose a jrnl journal, a Day One export (a zip, a folder or Journal.json) or a Trustbridge "
            "export. Entries keep their dates and tags, and anything already in your journal is skipped.",
            "muted",
        )
        self.file_button = push_button("Choose a file…", "Choose a journal file to import")
        self.folder_button = push_button("Choose a folder…", "Choose a journal folder to import")
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.file_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addStretch(1)

        self.recognised_label = wrapped_label("")
        self.recognised_label.setAccessibleName("What was recognised")
        self.recognised_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recognised_label.hide()

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, STEPS)
        self.progress_bar.setAccessibleName("Import progress")
        self.progress_bar.setTextVisible(False)
        self.step_label = wrapped_label("", "muted")
        self.step_label.setAccessibleName("Import step")
        self.progress_bar.hide()
        self.step_label.hide()

        self.result_banner = QFrame()
        self.result_banner.setObjectName("banner")
        banner_layout = QVBoxLayout(self.result_banner)
        banner_layout.setContentsMargins(14, 10, 14, 10)
        self.result_label = wrapped_label("")
        self.result_label.setAccessibleName("Import result")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout.addWidget(self.result_label)
        self.result_banner.hide()

        self.import_button = push_button("Import", "Import the chosen journal")
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.close_button = push_button("Cancel", "Cancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(choose_row)
        layout.addWidget(self.recognised_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.step_label)
        layout.addWidget(self.result_banner)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self._progress_relay.moved.connect(self._moved)
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # -- choosing --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def choose_file(self) -> None:
        path = messages.choose_import_file(self)
        if path is not None:
            self.set_path(path)

    def choose_folder(self) -> None:
        path = messages.choose_import_folder(self)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        """Recognise what `path` holds and say so; Import is offered only for something readable."""
        self._path = path
        self._format = None
        self.result_banner.hide()
        try:
            self._format = detect_format(path)
        except InvalidImport as error:
            self._show_recognised(f"{error}", ok=False)
        except OSError as error:
            self._show_recognised(f"{path} could not be read ({error.strerror or error}).", ok=False)
        else:
            kind = "folder" if path.is_dir() else "file"
            what = FORMAT_NAMES.get(self._format, self._format)
            self._show_recognised(f"This {kind} looks like {what}:\n{path}", ok=True)
        self.import_button.setEnabled(self._format is not None)
        if self._format is not None:
            self.import_button.setFocus()

    def _show_recognised(self, text: str, ok: bool) -> None:
        self.recognised_label.setText(text)
        self.recognised_label.setObjectName("" if ok else "muted")
        restyle(self.recognised_label)
        self.recognised_label.show()
        fit_to_text(self)

    # -- importing -------------------------------------------------------------------------

    def start_import(self) -> None:
        if self._path is None or self._format is None or self._running:
            return
        path, chosen = self._path, self._format or AUTO
        service: Journal = self._journal.service
        cancel, relay = self._cancel, self._progress_relay
        cancel.clear()

        def work() -> BundleReport:  # on a worker thread: values in, values out, no widgets
            relay.moved.emit(Step.READING, 0)
            bundle = read_import(path, chosen)
            if cancel.is_set():
                raise _Cancelled
            count = len(bundle.entries)
            relay.moved.emit(Step.CHECKING, count)
            known = service.existing_uuids([entry.uuid for entry in bundle.entries])
            if cancel.is_set():
                raise _Cancelled
            relay.moved.emit(Step.SAVING, count - len(known))
            return service.import_bundle(bundle)  # one transaction: all of it, or nothing

        self._running = True
        self._saving = False
        self.file_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.result_banner.hide()
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.step_label.show()
        fit_to_text(self)
        self.close_button.setText("Cancel")
        self.close_button.setFocus()
        call = BackgroundCall(work, self)
        call.finished.connect(self._finished)
        call.failed.connect(self._failed)
        self._call = call
        call.start()

    def _moved(self, step: Step, count: int) -> None:
        self.progress_bar.setValue(step.value)
        if self._cancel.is_set():
            return  # "Stopping…" stays until the worker has stopped
        if step is Step.READING:
            self.step_label.setText("Reading…")
        elif step is Step.CHECKING:
            self.step_label.setText(f"Checking {_entries(count)}…")
        else:
            self._saving = True
            self.close_button.setEnabled(False)  # the save is one transaction: it can't stop halfway
            self.step_label.setText(f"Saving {_entries(count)}…")

    def _finished(self, report: BundleReport) -> None:
        self._done()
        self.progress_bar.setValue(STEPS)
        self.step_label.setText("Done.")
        text = result_text(report)
        self._show_result(text, error=False)
        if report.total_added:
            self._journal.announce(Change.everything(origin=self))  # every view reloads what it shows
        self.import_finished.emit(text)

    def _failed(self, error: object) -> None:
        self._done()
        self.progress_bar.hide()
        self.step_label.hide()
        if isinstance(error, _Cancelled):
            self._show_result("Import stopped. Nothing was imported; your journal is as it was.", error=False)
            self.import_cancelled.emit()
            return
        if isinstance(error, StoreError):
            reason = str(error)
        elif isinstance(error, OSError):
            reason = f"The file could not be read ({error.strerror or error})."
        else:
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        if "Nothing was imported" not in reason:
            reason = f"{reason} Nothing was imported."
        text = f"{reason} Your journal is as it was."
        self._show_result(text, error=True)
        self.import_failed.emit(text)

    def _done(self) -> None:
        if self._call is not None:
            self._call.deleteLater()
            self._call = None
        self._running = False
        self._saving = False
        self.file_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.import_button.setEnabled(False)  # import again only after choosing again
        self.close_button.setEnabled(True)
        self.close_button.setText("Close")
        self.close_button.setAccessibleName("Close")
        self.close_button.setFocus()

    def _show_result(self, text: str, error: bool) -> None:
        self.result_label.setText(text)
        restyle(self.result_banner, state="error" if error else "")
        self.result_banner.show()
        fit_to_text(self)

    def reject(self) -> None:
        """Cancel asks a running import to stop (before its save); otherwise it closes the dialog."""
        if self._running:
            if not self._saving:
                self._cancel.set()
                self.step_label.setText("Stopping…")
                self.close_button.setEnabled(False)
            return
        super().reject()


def result_text(report: BundleReport) -> str:
    """"Added 1,204 entries; 3 were already here." — with the stage tools' records when there are any."""
    entries = report.added.get("entries", 0)
    moved = report.added.get("linked_answers", 0)  # an older export's answers, now in their tools
    others = report.total_added - entries - moved
    added = f"Added {_entries(entries)}"
    if others:
        added += f" and {others:,} {'record' if others == 1 else 'records'} from the stage tools"
    if moved:
        answers = "answer to a guided prompt went into its tool" if moved == 1 else (
            "answers to guided prompts went into their tools")
        added += f"; {moved:,} {answers}"
    skipped = report.total_skipped
    if not report.total_added and skipped:
        return f"Everything in it was already here ({skipped:,}), so nothing changed."
    if not report.total_added:
        return "There was nothing in it to import, so nothing changed."
    if skipped:
        added += f"; {skipped:,} {'was' if skipped == 1 else 'were'} already here"
    return f"{added}."


def _entries(count: int) -> str:
    return f"{count:,} {'entry' if count == 1 else 'entries'}"


def open_import(journal: ObservedJournal, parent: QWidget) -> ImportDialog:
    """Show the import dialog over `parent` without blocking; it is kept until the window closes."""
    dialog = ImportDialog(journal, parent)
    dialog.open()
    return dialog
