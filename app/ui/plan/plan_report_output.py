"""The end-of-plan report leaves the app: as a PDF whose blocks stay together across pages, or as
Markdown; one click each, from the ending dialog and from the past plans.

The PDF is laid out on A4 at the PDF's own resolution before it is written, so where each page
ends is known: a block (a goal with its results, a checkpoint's review) that would straddle two
pages starts on the next one instead, unless it is taller than a page. Files are written whole or
not at all, readable only by the person (app/io/atomic_file.py through the brief's writers).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODeviceBase, QMarginsF, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.i18n import translate
from app.io.plan_report import (
    REPORT_TITLE,
    PlanReportData,
    gather,
    report_css,
    report_html_parts,
    report_markdown,
    suggested_name,
)
from app.ui.brief import brief_output
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.pdf_export import PDF_MARGIN_MM, PDF_RESOLUTION, print_to_pdf
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import SaveStatus, push_button

PDF_FILTER = brief_output.PDF_FILTER
MARKDOWN_FILTER = brief_output.MARKDOWN_FILTER


def choose_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Ask where to save (a modal file dialog; tests replace this); None when the person cancels."""
    return brief_output.choose_save_path(parent, title, suggested, file_filter)


# -- the PDF ------------------------------------------------------------------------------------


def _measuring_writer(document: QTextDocument) -> QPdfWriter:
    """A writer set up as the PDF's will be (A4, its margins, its resolution), for layout only."""
    buffer = QBuffer()
    buffer.open(QIODeviceBase.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)
    writer.setParent(document)  # the layout measures with it as long as the document lives
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    margins = QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM)
    writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    return writer


def paged_document(parts: list[str], stylesheet: str) -> tuple[QTextDocument, list[tuple[int, int]]]:
    """`parts` laid out on A4 pages, one after another; with the character span of each part."""
    document = QTextDocument()
    writer = _measuring_writer(document)
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(stylesheet)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    cursor = QTextCursor(document)
    spans: list[tuple[int, int]] = []
    for index, part in enumerate(parts):
        if index:
            cursor.insertBlock(QTextBlockFormat())
        start = cursor.position()
        cursor.insertHtml(part)
        spans.append((start, cursor.position()))
        # The part's first paragraph went into the block it was inserted in, whose format it did
        # not take (a heading's space above it, a list's indent): it gets its own back.
        own = _first_block_format(part, stylesheet)
        if own is not None:
            first = QTextCursor(document)
            first.setPosition(start)
            first.setBlockFormat(own)
    return document, spans


def _first_block_format(part: str, stylesheet: str) -> QTextBlockFormat | None:
    """The format of the part's first paragraph laid out alone; None for a list item (its list
    is an object of the document it is in, and insertHtml kept it)."""
    probe = QTextDocument()
    probe.setDefaultStyleSheet(stylesheet)
    probe.setHtml(part)
    block = probe.firstBlock()
    return None if block.textList() is not None else block.blockFormat()


def part_pages(document: QTextDocument, span: tuple[int, int]) -> tuple[int, int]:
    """The pages a part's first and last lines fall on (0 is the first page)."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    first = layout.blockBoundingRect(document.findBlock(span[0]))
    last = layout.blockBoundingRect(document.findBlock(max(span[0], span[1] - 1)))
    return int(first.top() // height), int((last.bottom() - 1) // height)


def keep_together(document: QTextDocument, spans: list[tuple[int, int]]) -> None:
    """Start each part that would straddle two pages on the next page (one taller than a page
    flows on as it must). Parts are looked at top to bottom: each move shifts those below it."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    for span in spans:
        top, bottom = part_pages(document, span)
        if top == bottom:
            continue
        first = layout.blockBoundingRect(document.findBlock(span[0]))
        last = layout.blockBoundingRect(document.findBlock(max(span[0], span[1] - 1)))
        if last.bottom() - first.top() >= height:
            continue
        cursor = QTextCursor(document)
        cursor.setPosition(span[0])
        breaking = QTextBlockFormat()
        breaking.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.mergeBlockFormat(breaking)


def report_document(data: PlanReportData) -> tuple[QTextDocument, list[tuple[int, int]]]:
    """The report as it is printed: paged, its blocks kept together."""
    document, spans = paged_document(report_html_parts(data), report_css())
    keep_together(document, spans)
    return document, spans


def write_report_pdf(path: Path, data: PlanReportData) -> None:
    """Write the report as an A4 PDF at `path`, whole or not at all. Raises OSError."""
    document, _spans = report_document(data)
    print_to_pdf(document, path, REPORT_TITLE)


def write_report_markdown(path: Path, data: PlanReportData) -> None:
    """Write the report as Markdown at `path`, whole or not at all. Raises OSError."""
    brief_output.write_text(path, report_markdown(data))


def fit_to_font(dialog: QWidget, chars: int, lines: int) -> None:
    """Size a dialog for its text: about `chars` average characters wide and `lines` lines tall,
    never smaller than it was made and never larger than the screen it opens on."""
    metrics = dialog.fontMetrics()
    width = max(dialog.width(), chars * metrics.averageCharWidth())
    height = max(dialog.height(), lines * metrics.lineSpacing())
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    dialog.resize(width, height)


# -- the buttons --------------------------------------------------------------------------------


class ReportButtons(QWidget):
    """"Save the report as PDF…" and "…as Markdown…" for one plan, and what came of it.

    Signals: saved(Path) — the report is in place at that path.
    """

    saved = Signal(object)

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._plan_uuid: str | None = None
        self.pdf_button = push_button(translate("PlanReportOutput", "Save the report as PDF…"),
                                      translate("PlanReportOutput", "Save the end-of-plan report as PDF"))
        self.markdown_button = push_button(translate("PlanReportOutput", "Save as Markdown…"), translate(
            "PlanReportOutput", "Save the end-of-plan report as Markdown"))
        self.status = SaveStatus(translate("PlanReportOutput", "Report status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(WrappingRow([self.pdf_button, self.markdown_button]))
        layout.addWidget(self.status)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.markdown_button.clicked.connect(self.save_markdown)
        self.set_plan(None)

    def set_plan(self, plan_uuid: str | None) -> None:
        self._plan_uuid = plan_uuid
        self.pdf_button.setEnabled(plan_uuid is not None)
        self.markdown_button.setEnabled(plan_uuid is not None)
        self.status.clear()

    def save_pdf(self) -> bool:
        return self._save(translate("PlanReportOutput", "Save the report as PDF"),
                          ".pdf", PDF_FILTER, write_report_pdf)

    def save_markdown(self) -> bool:
        return self._save(translate("PlanReportOutput", "Save the report as Markdown"),
                          ".md", MARKDOWN_FILTER, write_report_markdown)

    def _save(self, title: str, suffix: str, file_filter: str,
              write: Callable[[Path, PlanReportData], None]) -> bool:
        plan_uuid = self._plan_uuid
        if plan_uuid is None:
            return False
        today = self._journal.clock.today()
        data = self._journal.read(lambda j: gather(j, plan_uuid, today), None)
        if data is None:
            self.status.say(translate("PlanReportOutput", "Couldn't read the plan for the report."),
                            error=True)
            return False
        chosen = choose_save_path(self, title, suggested_name(data.plan) + suffix, file_filter)
        if chosen is None:
            return False
        path = brief_output.with_suffix(chosen, suffix)
        if path.resolve() == self._journal.path.resolve():
            self.status.say(translate("PlanReportOutput",
                                      "That is your journal's own file: choose another name."), error=True)
            return False
        try:
            write(path, data)
        except OSError as error:
            reason = error.strerror or str(error)
            self.status.say(translate("PlanReportOutput", "Couldn't save the report: {reason}. Nothing was "
                                                          "written there.").format(reason=reason), error=True)
            return False
        self.status.say(translate("PlanReportOutput", "Saved to {path}.").format(path=path))
        self.saved.emit(path)
        return True
