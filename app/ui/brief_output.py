"""Where a check-in brief leaves the app: a file chosen by the person, the printer, the clipboard.

The two functions that open modal windows (`choose_save_path`, `print_document`) are kept small and
alone here so tests replace them and never meet a modal dialog. Files are written beside their
final name, readable only by the person (0600: the brief holds private writing), and moved into
place only once complete, so a failed save never leaves half a brief over a good one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QMimeData, QStandardPaths
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

PDF_FILTER = "PDF documents (*.pdf)"
MARKDOWN_FILTER = "Markdown files (*.md)"
FILE_MODE = 0o600
_PDF_RESOLUTION = 300
_MARGIN_MM = 20.0


def choose_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Ask where to save (a modal file dialog); None when the person cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested) if folder else suggested
    name, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return Path(name) if name else None


def print_document(parent: QWidget, document: QTextDocument) -> bool:
    """Ask which printer (a modal print dialog) and print; False when the person cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the brief")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def with_suffix(path: Path, suffix: str) -> Path:
    """The chosen name, with the file type's ending added when the person left it off."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text to `path`, whole or not at all. Raises OSError."""
    with _replacing(path) as temp:
        temp.write_bytes(text.encode("utf-8"))


def write_pdf(path: Path, document: QTextDocument, title: str) -> None:
    """Write an A4 PDF of `document` to `path`, whole or not at all. Raises OSError."""
    with _replacing(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(_PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("Trustbridge")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                              QPageLayout.Unit.Millimeter)
        document.print_(writer)
        del writer  # the writer finishes the file when it goes
        if temp.stat().st_size == 0:
            raise OSError(f"The PDF could not be written to {path.parent}.")


def copy_to_clipboard(markdown: str, html: str) -> None:
    """Markdown for plain-text places (email, chat), the formatted page for rich ones."""
    data = QMimeData()
    data.setText(markdown)
    data.setHtml(html)
    QGuiApplication.clipboard().setMimeData(data)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A private temporary file in the target's folder, moved over `path` only if writing succeeded."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        temp.chmod(FILE_MODE)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
