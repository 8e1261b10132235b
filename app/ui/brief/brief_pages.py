"""The brief laid out on pages with each section kept together, for the printer and the PDF.

Qt's rich-text engine ignores CSS's `page-break-inside: avoid`, so the document is paginated here at
the paper's own size and a page break is put before each section (or, in a section longer than a
page, before each part of it) that would otherwise run over the end of a page. The places come
from the marks app/io/brief_html.py leaves on section and part headings (a block's user state); a
heading is never left alone at the bottom of a page. The document is laid out at the screen's
resolution and QTextDocument.print_ scales each page to the paper, so what is measured here is
what prints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from app.io.brief_html import PART_START, SECTION_START

POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
_UNBOUNDED = 10_000_000.0  # a page so tall that nothing breaks: for measuring natural heights


def a4_body(margin_mm: float) -> QSizeF:
    """The part of an A4 page inside `margin_mm` on every side, in points."""
    page = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    margin = margin_mm / MM_PER_INCH * POINTS_PER_INCH
    return QSizeF(page.width() - 2 * margin, page.height() - 2 * margin)


def printable_body(layout: QPageLayout) -> QSizeF:
    """What a printer can print on, inside its margins, in points."""
    return layout.paintRect(QPageLayout.Unit.Point).size()


def layout_dpi() -> float:
    """The resolution a QTextDocument with no paint device lays out at (Qt's default: the screen's)."""
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


def paginate(document: QTextDocument, body_points: QSizeF) -> None:
    """Lay `document` out on pages of `body_points`, each section (or part) kept on one page where it fits."""
    scale = layout_dpi() / POINTS_PER_INCH
    width, height = body_points.width() * scale, body_points.height() * scale
    document.setPageSize(QSizeF(width, _UNBOUNDED))
    units = _units(document, height)
    document.setPageSize(QSizeF(width, height))
    for unit in units:
        _keep_on_one_page(document, unit, height)


@dataclass(frozen=True, slots=True)
class _Unit:
    first: int  # block numbers, inclusive
    last: int


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    blocks: list[QTextBlock] = []
    block = document.firstBlock()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _extent(document: QTextDocument, blocks: list[QTextBlock], unit: _Unit) -> tuple[float, float]:
    layout = document.documentLayout()
    rects = [layout.blockBoundingRect(b) for b in blocks[unit.first:unit.last + 1]]
    rects = [r for r in rects if not r.isNull()] or [layout.blockBoundingRect(blocks[unit.first])]
    return min(r.top() for r in rects), max(r.bottom() for r in rects)


def _runs(starts: list[int], first: int, last: int) -> list[_Unit]:
    """Split blocks first..last into runs, each beginning at a start (the first run at `first`)."""
    edges = [first, *[s for s in starts if first < s <= last]]
    return [_Unit(a, b - 1) for a, b in zip(edges, [*edges[1:], last + 1], strict=True)]


def _units(document: QTextDocument, page_height: float) -> list[_Unit]:
    """What to keep together, measured unbroken. A section with no parts (the statement) whole, when
    it fits a page; a section of several parts whole up to half a page, else part by part, each part
    whole up to half a page (a long goal or entry flows on rather than leave a page half empty);
    anything longer keeps at least its heading with what follows it."""
    blocks = _blocks(document)
    if not blocks:
        return []
    sections = [n for n, b in enumerate(blocks) if b.userState() == SECTION_START]
    parts = [n for n, b in enumerate(blocks) if b.userState() == PART_START]

    def height(unit: _Unit) -> float:
        top, bottom = _extent(document, blocks, unit)
        return bottom - top

    def heading_with_next(unit: _Unit) -> list[_Unit]:
        return [_Unit(unit.first, unit.first + 1)] if unit.last > unit.first else []

    units: list[_Unit] = []
    for section in _runs(sections, 0, len(blocks) - 1):
        inner = _runs(parts, section.first, section.last)
        limit = page_height if len(inner) == 1 else page_height / 2
        if height(section) <= limit:
            units.append(section)
            continue
        for part in inner:
            units += [part] if height(part) <= page_height / 2 else heading_with_next(part)
    return units


def _keep_on_one_page(document: QTextDocument, unit: _Unit, page_height: float) -> None:
    """A page break before `unit` if it would otherwise run from one page onto the next."""
    if unit.first == 0:
        return
    blocks = _blocks(document)
    top, bottom = _extent(document, blocks, unit)
    if math.floor(top / page_height) == math.floor(max(bottom - 1, top) / page_height):
        return
    form = QTextBlockFormat()
    form.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(blocks[unit.first]).mergeBlockFormat(form)
