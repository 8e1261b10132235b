"""The workshop's "Use your statement" card: copy it, or export it as Markdown or PDF.

What is used is the final version when there is one, else the draft as it is on screen. The
file writing itself lives in statement_export; here are the choices, the dialog and the words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from app.domain.workbench import StatementDraft, StatementVersion
from app.i18n import translate
from app.paths import INSIDE_DATA_DIR, inside_data_dir
from app.ui.ownership.statement_actions import WorkingDraft
from app.ui.ownership.statement_export import (
    STATEMENT_TITLE,
    copy_to_clipboard,
    source_note,
    write_markdown,
    write_pdf,
)
from app.ui.ownership.statement_versions import StatementVersions
from app.ui.ownership.statement_view import StatementView

log = logging.getLogger(__name__)


class StatementSharing(QObject):
    """Copy and export for `view`, never into the folder `data_dir()` names (where the journal
    lives)."""

    def __init__(self, view: StatementView, draft: WorkingDraft, versions: StatementVersions,
                 data_dir: Callable[[], Path]) -> None:
        super().__init__(view)
        self._view = view
        self._draft = draft
        self._versions = versions
        self._data_dir = data_dir
        view.copy_button.clicked.connect(self.copy_statement)
        view.markdown_button.clicked.connect(lambda: self._export_with_dialog("md"))
        view.pdf_button.clicked.connect(lambda: self._export_with_dialog("pdf"))

    def export_source(self) -> StatementVersion | StatementDraft:
        """The final version when there is one, else the draft as it is now."""
        return self._versions.final() or self._draft.current_draft()

    def copy_statement(self) -> None:
        notice = self._view.export_notice
        source = self.export_source()
        if not source.text.strip():
            notice.tell(translate("StatementSharing", "There is nothing to copy yet."))
            return
        copy_to_clipboard(source.text)
        if isinstance(source, StatementVersion):
            notice.tell(translate("StatementSharing", "Copied your final statement (version "
                                                      "{number}).").format(number=source.number))
        else:
            notice.tell(translate("StatementSharing",
                                  "No version is marked final yet, so your current draft was copied."))

    def export_markdown_to(self, path: Path) -> bool:
        return self._export(path, lambda source: write_markdown(path, source))

    def export_pdf_to(self, path: Path) -> bool:
        title = translate("StatementExport", STATEMENT_TITLE)
        return self._export(path, lambda source: write_pdf(path, title, source.text, source_note(source)))

    def _export(self, path: Path, write: Callable[[StatementVersion | StatementDraft], None]) -> bool:
        notice = self._view.export_notice
        source = self.export_source()
        if not source.text.strip():
            notice.tell(translate("StatementSharing", "There is nothing to export yet."))
            return False
        if inside_data_dir(path, self._data_dir()):
            notice.tell(translate("StatementSharing", "The file was not written: "
                                                      "{INSIDE_DATA_DIR}.").format(
                                                          INSIDE_DATA_DIR=INSIDE_DATA_DIR), error=True)
            return False
        try:
            write(source)
        except OSError as error:
            log.warning("statement export failed: %s", type(error).__name__)
            notice.tell(translate("StatementSharing", "The file could not be written: {value}").format(
                value=error.strerror or error), error=True)
            return False
        which = (translate("StatementSharing", "your final statement (version {number})").format(
                     number=source.number) if isinstance(source, StatementVersion)
                 else translate("StatementSharing", "your current draft, as no version is marked final yet"))
        notice.tell(translate("StatementSharing",
                              "Exported {which} to {path}.").format(which=which, path=path))
        return True

    def _export_with_dialog(self, suffix: str) -> None:
        """Ask where to put the file; the writing itself is export_markdown_to / export_pdf_to."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder or Path.home()) / f"ownership-statement.{suffix}")
        kind = (translate("StatementSharing", "Markdown (*.md)") if suffix == "md"
                else translate("StatementSharing", "PDF (*.pdf)"))
        chosen, _filter = QFileDialog.getSaveFileName(self._view, translate(
            "StatementSharing", "Export your statement"), default, kind)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        from app.ui.widgets.sync_warning import confirm_synced_target

        if not confirm_synced_target(self._view, path):  # a synced folder, and not "Save here anyway"
            self._export_with_dialog(suffix)  # "Choose another place": the chooser again
            return
        if suffix == "md":
            self.export_markdown_to(path)
        else:
            self.export_pdf_to(path)
