"""Import…: bring in a journal kept elsewhere, with its progress shown and a clear result.

The person picks a file or a folder; the dialog says what it recognised, then reads, checks and
saves in a worker so the window stays responsive. Until the save starts, Cancel stops it with
nothing changed; the save itself is one transaction, so it is all or nothing either way.

For a jrnl journal it offers jrnl's time format and tag symbols (import_options.py), prefilled
from the person's jrnl settings when they name the journal. A folder or zip import leaves out a
file it cannot read; the result names it, with why, and lists every one left out.
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
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Change
from app.io.importers import (
    AUTO,
    DESCRIPTIONS,
    JRNL,
    UnknownTimeFormat,
    detect_format,
    read_import,
    skipped_sentence,
)
from app.io.jrnl_options import DEFAULT_OPTIONS
from app.store.errors import InvalidImport, StoreError
from app.ui.data.worker import BackgroundCall
from app.ui.journal.import_options import JrnlOptionsPanel
from app.ui.widgets import messages
from app.ui.widgets.fitted_dialog import DIALOG_MIN_WIDTH, FittedDialog, fit_to_text
from app.ui.widgets.form_fields import push_button, restyle, wrapped_label

if TYPE_CHECKING:
    from app.domain.workbench import BundleReport
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal

FORMAT_NAMES = DESCRIPTIONS
STEPS = 3  # reading, checking, saving
# Files that may be a jrnl journal whatever they hold; these suffixes never are.
_NOT_JRNL = (".json", ".zip", ".doentry")


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
        self.recognised_label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is never markup
        self.recognised_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recognised_label.hide()
        self.jrnl_panel = JrnlOptionsPanel()
        self.jrnl_panel.hide()

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
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout.addWidget(self.result_label)
        self.result_banner.hide()
        self.skipped_caption = wrapped_label("Every file left out, and why:", "muted")
        self.skipped_caption.hide()
        self.skipped_list = QPlainTextEdit()
        self.skipped_list.setReadOnly(True)
        self.skipped_list.setAccessibleName("Files left out, and why")
        self.skipped_list.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.skipped_list.setTabChangesFocus(True)
        self.skipped_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 16)
        self.skipped_list.hide()

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
        layout.addWidget(self.jrnl_panel)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.step_label)
        layout.addWidget(self.result_banner)
        layout.addWidget(self.skipped_caption)
        layout.addWidget(self.skipped_list)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self._progress_relay.moved.connect(self._moved)
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.jrnl_panel.changed.connect(self._recognise)

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
        self.result_banner.hide()
        self._show_skipped(False)
        if path.is_dir() or path.suffix.lower() not in _NOT_JRNL:
            self.jrnl_panel.prefill(path)  # jrnl's own settings, if they name this journal
        self._recognise()
        if self._format is not None:
            self.import_button.setFocus()

    def _recognise(self) -> None:
        """Say what the chosen path holds, read with the jrnl settings as they are typed now."""
        path = self._path
        if path is None or self._running:
            return
        self._format = None
        options = self.jrnl_panel.options()
        jrnl_like = False
        try:
            self._format = detect_format(path, self.jrnl_panel.dating())
        except UnknownTimeFormat as error:
            jrnl_like = True
            self._show_recognised(f"{error}", ok=False)
        except InvalidImport as error:
            self._show_recognised(f"{error}", ok=False)
        except OSError as error:
            self._show_recognised(f"{path} could not be read ({error.strerror or error}).", ok=False)
        else:
            kind = "folder" if path.is_dir() else "file"
            what = FORMAT_NAMES.get(self._format, self._format)
            self._show_recognised(f"This {kind} looks like {what}:\n{path}", ok=True)
        jrnl_like = jrnl_like or self._format == JRNL
        self.jrnl_panel.setVisible(jrnl_like)
        self._refit()
        ready = self._format is not None and (self._format != JRNL or options is not None)
        self.import_button.setEnabled(ready)

    def _show_skipped(self, shown: bool) -> None:
        self.skipped_caption.setVisible(shown)
        self.skipped_list.setVisible(shown)

    def _refit(self) -> None:
        """Fit the text now: the panel's own layout would tell the dialog's only on its next event."""
        panel_layout = self.jrnl_panel.layout()
        if panel_layout is not None:
            panel_layout.invalidate()
        self.jrnl_panel.updateGeometry()
        own = self.layout()
        if own is not None:
            own.invalidate()
        fit_to_text(self)

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
        options = (self.jrnl_panel.options() if chosen == JRNL else None) or DEFAULT_OPTIONS
        service: Journal = self._journal.service
        cancel, relay = self._cancel, self._progress_relay
        cancel.clear()

        def work() -> tuple[BundleReport, str, tuple[tuple[str, str], ...]]:  # values in and out, no widgets
            relay.moved.emit(Step.READING, 0)
            bundle = read_import(path, chosen, jrnl=options)
            if cancel.is_set():
                raise _Cancelled
            count = len(bundle.entries)
            relay.moved.emit(Step.CHECKING, count)
            known = service.existing_uuids([entry.uuid for entry in bundle.entries])
            if cancel.is_set():
                raise _Cancelled
            relay.moved.emit(Step.SAVING, count - len(known))
            report = service.import_bundle(bundle)  # one transaction: all of it, or nothing
            return report, chosen, bundle.skipped

        self._running = True
        self._saving = False
        self.file_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.jrnl_panel.setEnabled(False)
        self.result_banner.hide()
        self._show_skipped(False)
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

    def _finished(self, result: tuple[BundleReport, str, tuple[tuple[str, str], ...]]) -> None:
        report, chosen, skipped = result
        self._done()
        self.progress_bar.setValue(STEPS)
        self.step_label.setText("Done.")
        text = result_text(report, skipped_sentence(skipped, chosen))
        if skipped:
            self.skipped_list.setPlainText("\n".join(f"{name}: {reason}" for name, reason in skipped))
            self._show_skipped(True)
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
        self.jrnl_panel.setEnabled(True)
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


def result_text(report: BundleReport, skipped: str = "") -> str:
    """"Added 1,204 entries; 3 were already here." — with the stage tools' records when there are any,
    and then `skipped` ("skipped 1 file that is not a Day One entry: …") as a sentence of its own."""
    said = _added_text(report)
    return f"{said} {skipped[0].upper()}{skipped[1:]}." if skipped else said


def _added_text(report: BundleReport) -> str:
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
