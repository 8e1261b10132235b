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
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n_dates import date_words
from app.io.atomic_file import replacing
from app.ui.journal.pdf_export import print_to_pdf

STATEMENT_TITLE = QT_TRANSLATE_NOOP("StatementExport", "My ownership statement")
_PDF_MARGIN_MM = 22.0


def source_title(source: StatementVersion | StatementDraft) -> str:
    """How a version or the draft is named in exports and in the compare window."""
    if isinstance(source, StatementVersion):
        if source.is_final:
            return translate("StatementExport", "Version {number} (final)").format(number=source.number)
        return translate("StatementExport", "Version {number}").format(number=source.number)
    return translate("StatementExport", "Current draft")


def source_note(source: StatementVersion | StatementDraft) -> str:
    """One quiet line under the title: which text this is and when it was saved."""
    if isinstance(source, StatementVersion):
        when = date_words(source.created_at.astimezone().date(), translate("StatementExport", "%-d %B %Y"))
        if source.is_final:
            return translate("StatementExport", "From final version {number}, saved {day}.").format(
                number=source.number, day=when)
        return translate("StatementExport",
                         "From version {number}, saved {day}.").format(number=source.number,
                                                                                        day=when)
    if source.updated_at is not None:
        when = date_words(source.updated_at.astimezone().date(), translate("StatementExport", "%-d %B %Y"))
        return translate("StatementExport", "From the working draft, last changed {day}.").format(day=when)
    return translate("StatementExport", "From the working draft.")


def statement_markdown(source: StatementVersion | StatementDraft, title: str = STATEMENT_TITLE) -> str:
    """The statement as a small Markdown document: a heading, where it came from, the text."""
    title = translate("StatementExport", title)
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
