"""Export…: take the journal out as JSON, Markdown (a file or a folder), HTML or PDF.

One dialog serves every format: what the format is for, which days go in (where a range makes
sense: the JSON backup always holds everything), a plain word that the file will not be
encrypted, then where to save. The writing runs in a worker, so a big journal never freezes the
window; files are written beside their target and moved into place only when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.io.atomic_file import write_text
from app.io.export_range import EVERYTHING, DateRange
from app.paths import INSIDE_DATA_DIR, inside_data_dir
from app.store.errors import StoreError
from app.ui.data.worker import BackgroundCall
from app.ui.widgets import messages
from app.ui.widgets.fitted_dialog import DIALOG_MIN_WIDTH, FittedDialog, fit_to_text
from app.ui.widgets.form_fields import make_date_edit, push_button, pydate, restyle, wrapped_label
from app.ui.widgets.sync_warning import confirm_synced_target, synced_folder_of

if TYPE_CHECKING:
    from app.io.sync_folders import SyncedFolder
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.journal.pdf_export import PdfExportJob

NOT_ENCRYPTED_TEXT = (
    "This export will not be encrypted. Anyone who can open the file can read what you wrote, "
    "so keep it somewhere private, and delete it when you no longer need it."
)
DEFAULT_RANGE_DAYS = 30


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One way out of the journal, as the menu and the dialog present it."""

    key: str
    name: str  # "HTML"; the menu shows "HTML…"
    about: str
    suffix: str  # "" for a folder
    file_filter: str
    ranged: bool

    @property
    def folder(self) -> bool:
        return not self.suffix


FORMATS: dict[str, ExportFormat] = {
    fmt.key: fmt
    for fmt in (
        ExportFormat("json", "JSON", "Everything in your journal, in the file Trustbridge can import again "
                     "without losing anything. The one to keep as a backup or to move to another computer.",
                     ".json", "Trustbridge JSON (*.json)", ranged=False),
        ExportFormat("markdown", "Markdown", "One readable text file, oldest day first, that any text editor "
                     "opens.", ".md", "Markdown (*.md)", ranged=True),
        ExportFormat("markdown-folder", "Markdown folder", "A new folder with one Markdown file per entry, "
                     "sorted by year and month. Trustbridge can import it again.", "", "", ranged=True),
        ExportFormat("html", "HTML", "One page to read in any web browser or print, with a list of months "
                     "to jump between.", ".html", "Web page (*.html)", ranged=True),
        ExportFormat("pdf", "PDF", "Pages ready to print or to read on any device.", ".pdf", "PDF (*.pdf)",
                     ranged=True),
    )
}


def write_export(journal: Journal, key: str, path: Path, span: DateRange = EVERYTHING) -> int:
    """Write the export `key` at `path` (not PDF: see PdfExportJob); return how many entries it holds.

    Safe on a worker thread: each journal call has its own session. Raises OSError or
    FolderNotEmpty (with a message for the person) when it can't be written.
    """
    if key == "markdown-folder":
        from app.io.markdown_folder import export_markdown_folder

        return export_markdown_folder(journal, path, span)
    writer = _text_writer(key, span)
    return write_text(path, lambda stream: writer(journal, stream))


def _text_writer(key: str, span: DateRange) -> Callable[[Journal, TextIO], int]:
    if key == "json":
        from app.io.json_format import export_json

        return export_json
    if key == "markdown":
        from app.io.export_range import export_markdown_range

        return lambda journal, stream: export_markdown_range(journal, stream, span)
    if key == "html":
        from app.io.html_export import export_html

        return lambda journal, stream: export_html(journal, stream, span)
    raise ValueError(f"no text export called {key!r}")


class ExportDialog(FittedDialog):
    """Signals: export_finished(str path, int entries) — the export is in place;
    export_failed(str message) — nothing was written at the chosen place.
    """

    export_finished = Signal(str, int)
    export_failed = Signal(str)

    def __init__(self, journal: ObservedJournal, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.format = FORMATS[key]
        self._call: BackgroundCall | PdfExportJob | None = None
        self._target: Path | None = None
        self._sync_look: BackgroundCall | None = None  # whether the target's folder is synced, while asked
        self._looking_at: Path | None = None  # the place that look is about
        self._line_folder: Path | None = None  # the folder the line shown is about
        title = f"Export as {self.format.name}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self._build(title)
        self._wire()
        self._range_toggled(False)  # "All entries" to start with: the two days wait until a range is chosen
        self._look_for_sync(self.suggested_path())  # where the chooser starts: said before any press

    # -- layout ----------------------------------------------------------------------------

    def _build(self, title: str) -> None:
        heading = wrapped_label(title, "cardHeading")
        about = wrapped_label(self.format.about, "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(about)

        today = self._journal.clock.today()
        self.all_button = QRadioButton("All entries")
        self.all_button.setAccessibleName("Export all entries")
        self.range_button = QRadioButton("Only the entries written between two days")
        self.range_button.setAccessibleName("Export only the entries written between two days")
        self.since_edit = make_date_edit("First day to export", today - timedelta(days=DEFAULT_RANGE_DAYS))
        self.until_edit = make_date_edit("Last day to export", today)
        self._range_group = QButtonGroup(self)
        self._range_group.addButton(self.all_button)
        self._range_group.addButton(self.range_button)
        self.all_button.setChecked(True)
        if self.format.ranged:
            range_row = QHBoxLayout()
            range_row.setContentsMargins(26, 0, 0, 0)  # under the choice it belongs to
            range_row.setSpacing(8)
            range_row.addWidget(QLabel("From"))
            range_row.addWidget(self.since_edit)
            range_row.addWidget(QLabel("to"))
            range_row.addWidget(self.until_edit)
            range_row.addStretch(1)
            layout.addWidget(self.all_button)
            layout.addWidget(self.range_button)
            layout.addLayout(range_row)
        else:
            for widget in (self.all_button, self.range_button, self.since_edit, self.until_edit):
                widget.hide()

        warning = QFrame()
        warning.setObjectName("banner")
        warning_layout = QVBoxLayout(warning)
        warning_layout.setContentsMargins(14, 10, 14, 10)
        self.warning_label = wrapped_label(NOT_ENCRYPTED_TEXT)
        self.warning_label.setAccessibleName("This export will not be encrypted")
        warning_layout.addWidget(self.warning_label)
        layout.addWidget(warning)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: the count is not known until it is written
        self.progress_bar.setAccessibleName("Export progress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.status_label = wrapped_label("")
        self.status_label.setAccessibleName("Export result")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        # Said each time the chosen place is in a folder a sync client uploads (under the target).
        self.sync_label = wrapped_label("", "muted")
        self.sync_label.setAccessibleName(self.tr("The chosen folder is synced"))
        self.sync_label.hide()
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.sync_label)
        layout.addStretch(1)

        where = "Choose a folder name…" if self.format.folder else "Save…"
        self.save_button = push_button(where, f"Choose where to save the {self.format.name} export")
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.close_button = push_button("Cancel", "Cancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self.range_button.toggled.connect(self._range_toggled)
        self.save_button.clicked.connect(self.choose_and_save)
        self.close_button.clicked.connect(self.reject)

    def _range_toggled(self, checked: bool) -> None:
        self.since_edit.setEnabled(checked)
        self.until_edit.setEnabled(checked)

    def span(self) -> DateRange:
        """The days chosen (ValueError, from DateRange, if the first is after the last)."""
        if not self.format.ranged or not self.range_button.isChecked():
            return EVERYTHING
        return DateRange(pydate(self.since_edit.date()), pydate(self.until_edit.date()))

    @property
    def running(self) -> bool:
        return self._call is not None

    def suggested_path(self) -> Path:
        stem = f"trustbridge-{self._journal.clock.today():%Y-%m-%d}"
        return Path.home() / f"{stem}{self.format.suffix}"

    def choose_and_save(self) -> None:
        """Ask where (through messages, so tests never open a real file dialog), then save there."""
        try:
            span = self.span()
        except ValueError as error:
            self._show_status(str(error), error=True)
            return
        title = f"Export as {self.format.name}"
        if self.format.folder:
            path = messages.choose_export_folder(self, f"{title}: name a new folder", self.suggested_path())
        else:
            path = messages.choose_export_file(self, title, self.suggested_path(), self.format.file_filter)
        while path is not None:
            if self.format.suffix and not path.suffix:
                path = path.with_suffix(self.format.suffix)
            synced = synced_folder_of(path)  # as the place is chosen, before anything is written
            self._sync_look = self._looking_at = None  # an earlier look's answer is for another place
            self._say_sync(path, synced)
            if synced is None or confirm_synced_target(self, path, synced):
                self.save_to(path, span)
                return
            # "Choose another place": the chooser again, where it was
            if self.format.folder:
                path = messages.choose_export_folder(self, f"{title}: name a new folder", path)
            else:
                path = messages.choose_export_file(self, title, path, self.format.file_filter)

    def save_to(self, path: Path, span: DateRange = EVERYTHING) -> None:
        """Write the export at `path` in a worker; the result is said in the dialog."""
        if self._call is not None:
            return
        service: Journal = self._journal.service
        if inside_data_dir(path, service.path.parent):
            self._say_sync(path, None)
            refused = f"Nothing was saved: {INSIDE_DATA_DIR}."
            self._show_status(refused, error=True)
            self.export_failed.emit(refused)
            return
        key = self.format.key
        self._target = path
        if path.parent != self._line_folder:
            self._say_sync(path, None)  # said again for this target, if it is so
        self._look_for_sync(path)  # the export doesn't wait for it

        self.save_button.setEnabled(False)
        self.progress_bar.show()
        self._show_status(f"Writing {path.name}…", error=False)
        if key == "pdf":  # Qt lays PDF pages out on this thread: a part per turn of the event loop
            from app.ui.journal.pdf_export import PdfExportJob

            job = PdfExportJob(service, path, span, self)
            job.progressed.connect(self._progressed)
            job.done.connect(self._written)
            job.failed.connect(self._failed)
            self._call = job
            job.start()
            return

        def work() -> int:  # on a worker thread: values in, values out, no widgets
            return write_export(service, key, path, span)

        call = BackgroundCall(work, self)
        call.finished.connect(self._written)
        call.failed.connect(self._failed)
        self._call = call
        call.start()

    def _look_for_sync(self, path: Path) -> None:
        """Say, under the target, whether a sync client uploads its folder (asked on a thread of its
        own, which locking and quitting don't wait for: a network folder may be slow, or hang)."""
        folder, home = path.parent, Path.home()

        def work() -> tuple[Path, SyncedFolder | None]:
            from app.io.sync_folders import synced_folder

            return path, synced_folder(folder, home)

        call = BackgroundCall(work, self, apart=True)
        call.finished.connect(self._sync_answer)
        call.failed.connect(lambda _error: self._sync_answer((path, None)))  # nothing said; never a failure
        self._sync_look = call
        self._looking_at = path
        call.start()

    def _sync_answer(self, answer: tuple[Path, SyncedFolder | None]) -> None:
        path, synced = answer
        if path != self._looking_at:
            return  # an earlier target's answer
        self._sync_look = None
        self._say_sync(path, synced)

    def _say_sync(self, path: Path, synced: SyncedFolder | None) -> None:
        """The line under the target: shown while the place `path` is in a synced folder."""
        if synced is None:
            self.sync_label.hide()
            self._line_folder = None
            return
        text = self.tr("This folder is synced by {service}: the export will be uploaded to your {service} "
                       "account, and exports are not encrypted.")
        self.sync_label.setText(text.format(service=synced.service))
        self.sync_label.show()
        self._line_folder = path.parent
        fit_to_text(self)

    @property
    def sync_said(self) -> bool:
        """Whether the word about the target's synced folder has come back (said or not)."""
        return self._sync_look is None

    def _progressed(self, entries: int) -> None:
        noun = "entry" if entries == 1 else "entries"
        self._show_status(f"Laying out the pages: {entries:,} {noun} so far…", error=False)

    def _written(self, count: int) -> None:
        path = self._target
        assert path is not None
        self._finish()
        noun = "entry" if count == 1 else "entries"
        self._show_status(f"Saved {count:,} {noun} to {path}.", error=False)
        self.close_button.setText("Close")
        self.close_button.setAccessibleName("Close")
        self.close_button.setFocus()
        self.export_finished.emit(str(path), count)

    def _failed(self, error: object) -> None:
        from app.io.markdown_folder import FolderNotEmpty

        self._finish()
        if isinstance(error, FolderNotEmpty | StoreError):
            reason = str(error)
        elif isinstance(error, OSError):
            reason = f"It could not be written there ({error.strerror or error})."
        else:
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        text = f"Nothing was saved. {reason}"
        self._show_status(text, error=True)
        self.export_failed.emit(text)

    def _finish(self) -> None:
        if self._call is not None:
            self._call.deleteLater()
            self._call = None
        self.progress_bar.hide()
        self.save_button.setEnabled(True)

    def _show_status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setObjectName("muted" if not error else "")
        restyle(self.status_label, state="error" if error else "")
        self.status_label.show()
        fit_to_text(self)

    def reject(self) -> None:
        """A PDF being laid out stops (nothing is left behind); any other export finishes first, since
        its worker reports back to this dialog."""
        from app.ui.journal.pdf_export import PdfExportJob

        if isinstance(self._call, PdfExportJob):
            self._call.cancel()
            self._finish()
        if self._call is None:
            super().reject()


def open_export(journal: ObservedJournal, key: str, parent: QWidget) -> ExportDialog:
    """Show the export dialog for format `key` over `parent`, without blocking."""
    dialog = ExportDialog(journal, key, parent)
    dialog.open()
    return dialog
