"""The ownership statement leaving the workshop: clipboard, a Markdown file, a PDF to print or send.

Only the writing lives here, apart from the file dialog, so tests write real files without opening
any window. Files are written beside their final name and moved into place, so a failed export
never leaves half a file where an older, good one was.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.workbench import StatementDraft, StatementVersion

STATEMENT_TITLE = "My ownership statement"
_PDF_RESOLUTION = 300
_PDF_MARGIN_MM = 22.0


def source_title(source: StatementVersion | StatementDraft) -> str:
    """How a version or the draft is named in exports and in the compare window."""
    if isinstance(source, StatementVersion):
        return f"Version {source.number}" + (" (final)" if source.is_final else "")
    return "Current draft"


def source_note(source: StatementVersion | StatementDraft) -> str:
    """One quiet line under the title: which text this is and when it was saved."""
    if isinstance(source, StatementVersion):
        when = source.created_at.astimezone().strftime("%d %B %Y").lstrip("0")
        kind = "final version" if source.is_final else "version"
        return f"From {kind} {source.number}, saved {when}."
    if source.updated_at is not None:
        when = source.updated_at.astimezone().strftime("%d %B %Y").lstrip("0")
        return f"From the working draft, last changed {when}."
    return "From the working draft."


def statement_markdown(source: StatementVersion | StatementDraft, title: str = STATEMENT_TITLE) -> str:
    """The statement as a small Markdown document: a heading, where it came from, the text."""
    body = source.text.strip("\n")
    return f"# {title}\n\n_{source_note(source)}_\n\n{body}\n"


def write_markdown(path: Path, source: StatementVersion | StatementDraft,
                   title: str = STATEMENT_TITLE) -> None:
    """Write the statement to `path` as UTF-8 Markdown. Raises OSError if the folder refuses."""
    data = statement_markdown(source, title).encode("utf-8")
    with _replacing(path) as temp:
        temp.write_bytes(data)


def statement_html(title: str, text: str, note: str = "") -> str:
    """Escaped, simple HTML for the PDF: every paragraph kept, line breaks inside them too."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.strip("\n").split("\n")) + "</p>"
        for p in paragraphs
    )
    note_html = f"<p class='note'>{html.escape(note)}</p>" if note else ""
    return f"<h1>{html.escape(title)}</h1>{note_html}{body}"


def write_pdf(path: Path, title: str, text: str, note: str = "") -> None:
    """Write an A4 PDF of the statement to `path`. Raises OSError when it cannot be written."""
    with _replacing(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(_PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("Trustbridge")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        margins = QMarginsF(_PDF_MARGIN_MM, _PDF_MARGIN_MM, _PDF_MARGIN_MM, _PDF_MARGIN_MM)
        writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(
            "h1 { font-size: 18pt; font-weight: 600; margin-bottom: 4pt; }"
            " p { font-size: 12pt; line-height: 140%; margin-top: 0; margin-bottom: 10pt; }"
            " p.note { font-size: 9.5pt; color: #6a6f76; margin-bottom: 16pt; }"
        )
        document.setHtml(statement_html(title, text, note))
        document.print_(writer)
        del writer  # QPdfWriter finishes the file when it is destroyed
        if temp.stat().st_size == 0:
            raise OSError(f"The PDF could not be written to {path.parent}.")


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary file in the target's folder, moved over `path` only if writing it succeeded."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
