"""Where a check-in brief leaves the app: a file chosen by the person, the printer, the clipboard.

The two functions that open modal windows (`choose_save_path`, `print_document`) are kept small and
alone here so tests replace them and never meet a modal dialog. Files are written beside their
final name, a new one readable only by the person (0600: the brief holds private writing), and moved
into place only once complete (app/io/atomic_file.py), so a failed save never leaves half a brief
over a good one. On paper each section stays on one page where it fits (brief_pages.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QStandardPaths
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.io.atomic_file import replacing
from app.ui.brief.brief_pages import a4_body, paginate, printable_body
from app.ui.journal.pdf_export import PDF_MARGIN_MM, print_to_pdf
from app.ui.widgets.clipboard import put_on_clipboard
from app.ui.widgets.sync_warning import asking_about_sync

PDF_FILTER = QT_TRANSLATE_NOOP("BriefOutput", "PDF documents (*.pdf)")
MARKDOWN_FILTER = QT_TRANSLATE_NOOP("BriefOutput", "Markdown files (*.md)")


@asking_about_sync  # a synced folder: "Save here anyway?" before anything is written
def choose_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Ask where to save (a modal file dialog); None when the person cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested) if folder else suggested
    name, _ = QFileDialog.getSaveFileName(parent, title, start, translate("BriefOutput", file_filter))
    return Path(name) if name else None


def print_document(parent: QWidget, document: QTextDocument) -> bool:
    """Ask which printer (a modal print dialog) and print; False when the person cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("BriefOutput", "Print the brief"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paginate(document, printable_body(printer.pageLayout()))
    document.print_(printer)
    return True


def with_suffix(path: Path, suffix: str) -> Path:
    """The chosen name, with the file type's ending added when the person left it off."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text to `path`, whole or not at all. Raises OSError."""
    with replacing(path) as temp:
        temp.write_bytes(text.encode("utf-8"))


def write_pdf(path: Path, document: QTextDocument, title: str) -> None:
    """Write an A4 PDF of `document` to `path`, each section kept on one page where it fits,
    whole or not at all. Raises OSError."""
    paginate(document, a4_body(PDF_MARGIN_MM))
    print_to_pdf(document, path, title, PDF_MARGIN_MM)


def copy_to_clipboard(markdown: str, html: str) -> None:
    """Markdown for plain-text places (email, chat), the formatted page for rich ones."""
    data = QMimeData()
    data.setText(markdown)
    data.setHtml(html)
    put_on_clipboard(data)
