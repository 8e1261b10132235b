"""The ownership statement leaving the workshop: clipboard, a Markdown file, a PDF to print or send.

Only the writing lives here, apart from the file dialog, so tests write real files without opening
any window. Files are written beside their final name and moved into place, so a failed export
never leaves half a file where an older, good one was.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QTextDocument

from app.domain.workbench import StatementDraft, StatementVersion
from app.io.atomic_file import replacing
from app.ui.journal.pdf_export import print_to_pdf

STATEMENT_TITLE = "My ownership statement"
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
    with replacing(path) as temp:
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
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(
        "h1 { font-size: 18pt; font-weight: 600; margin-bottom: 4pt; }"
        " p { font-size: 12pt; line-height: 140%; margin-top: 0; margin-bottom: 10pt; }"
        " p.note { font-size: 9.5pt; color: #6a6f76; margin-bottom: 16pt; }"
    )
    document.setHtml(statement_html(title, text, note))
    print_to_pdf(document, path, title, _PDF_MARGIN_MM)


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
