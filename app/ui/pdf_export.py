"""A PDF of the journal (or a range of it), laid out by Qt from the HTML export.

QtGui only, no widgets: the command line uses it too, with a QGuiApplication it creates itself
(offscreen when there is no display). The file is written beside the target and moved into
place when complete, so a failure never leaves half a PDF where a good file was.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.io.atomic_file import replacing
from app.io.export_range import EVERYTHING, DateRange
from app.io.html_export import DOCUMENT_TITLE, export_html

if TYPE_CHECKING:
    from app.store.journal import Journal

PDF_RESOLUTION = 300
PDF_MARGIN_MM = 20.0


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication for the command line.

    Without a display (a server, an SSH session) Qt would refuse to start, so the offscreen
    platform is chosen unless the person set one themselves.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "trustbridge"])


def journal_pdf(
    journal: Journal,
    path: Path,
    span: DateRange = EVERYTHING,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the entries in `span` (and the stage tools) as an A4 PDF at `path`; return the entry count.

    Raises OSError when the file can't be written.
    """
    buffer = io.StringIO()
    count = export_html(journal, buffer, span, progress, for_print=True)
    write_pdf(buffer.getvalue(), path, DOCUMENT_TITLE)
    return count


def write_pdf(html_text: str, path: Path, title: str) -> None:
    """Lay `html_text` out on A4 pages and write them to `path`."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html_text)
    print_to_pdf(document, path, title)


def print_to_pdf(document: QTextDocument, path: Path, title: str, margin_mm: float = PDF_MARGIN_MM) -> None:
    """Write `document` as an A4 PDF at `path`, whole or not at all (0600). Raises OSError."""
    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("Trustbridge")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
        writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
        document.print_(writer)
        del writer  # QPdfWriter finishes the file when it is destroyed
        if temporary.stat().st_size == 0:
            raise OSError(f"The PDF could not be written to {path.parent}.")
