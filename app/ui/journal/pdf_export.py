"""A PDF of the journal (or a range of it), laid out by Qt from the HTML export.

QtGui only, no widgets: the command line uses it too, with a QGuiApplication it creates itself
(offscreen when there is no display). The file is written beside the target and moved into
place when complete, so a failure never leaves half a PDF where a good file was.

Qt writing a PDF to a file name ignores failed writes (a full disk left a truncated PDF and a
success), so Qt writes into memory and every batch of bytes is written to the file here, each
write checked (_CheckedPdf). Words and paragraphs far longer than any real one (a 50 MB word)
are given places to break before layout, in the PDF only, so the layout stays linear in size.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODeviceBase,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

from app.io.atomic_file import replacing
from app.io.export_range import EVERYTHING, DateRange
from app.io.html_export import DOCUMENT_TITLE, PRINT_STYLESHEET, print_parts

if TYPE_CHECKING:
    from app.store.journal import Journal

PDF_RESOLUTION = 300
PDF_MARGIN_MM = 20.0
LONG_RUN = 500  # characters with no place to break: longer than any word or link people write
LONG_BLOCK = 10_000  # characters in one paragraph (about 1,700 words) before the PDF starts another
ZERO_WIDTH_SPACE = "\u200b"  # an invisible place where a line may break


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
    """Write the entries in `span` (and, for everything, the stage tools) as an A4 PDF at `path`.

    Returns the entry count. Laid out a part at a time, so memory stays flat at any size.
    Raises OSError when the file can't be written.
    """
    count = 0
    with replacing(path) as temporary:
        composer = PdfComposer(temporary, DOCUMENT_TITLE, PRINT_STYLESHEET)
        try:
            for part, entries in print_parts(journal, span):
                composer.add(part)
                count += entries
                if progress is not None and entries:
                    progress(count)
        finally:
            composer.finish()
    return count


class PdfExportJob(QObject):
    """A journal PDF written a part per turn of the event loop, so the window never freezes.

    Signals: progressed(int entries so far), done(int entries) once the file is in place,
    failed(object error) with nothing left behind. cancel() stops it and removes the partial file.
    """

    progressed = Signal(int)
    done = Signal(int)
    failed = Signal(object)

    def __init__(self, journal: Journal, path: Path, span: DateRange = EVERYTHING,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal, self._path, self._span = journal, path, span
        self._files = ExitStack()  # the private temporary file, moved into place on success
        self._composer: PdfComposer | None = None
        self._parts: Iterator[tuple[str, int]] = iter(())
        self._count = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        try:
            temporary = self._files.enter_context(replacing(self._path))
            self._composer = PdfComposer(temporary, DOCUMENT_TITLE, PRINT_STYLESHEET)
            self._parts = print_parts(self._journal, self._span)
        except Exception as error:  # reported to the dialog, which says what happened
            self._fail(error)
            return
        app = QCoreApplication.instance()
        if app is not None:  # quitting midway leaves no half-written journal beside the target
            app.aboutToQuit.connect(self.cancel)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def cancel(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._abandon(RuntimeError("cancelled"))

    def _step(self) -> None:
        assert self._composer is not None
        try:
            part = next(self._parts, None)
            if part is None:
                self._timer.stop()
                self._composer.finish()
                self._files.close()  # fsync, 0600, and the move into place
                self.done.emit(self._count)
                return
            html_part, entries = part
            self._composer.add(html_part)
        except Exception as error:  # a full disk, a vanished folder: reported, nothing kept
            self._timer.stop()
            self._fail(error)
            return
        if entries:
            self._count += entries
            self.progressed.emit(self._count)

    def _fail(self, error: Exception) -> None:
        self._abandon(error)
        self.failed.emit(error)

    def _abandon(self, error: Exception) -> None:
        if self._composer is not None:
            with suppress(OSError):
                self._composer.finish()
        self._files.__exit__(type(error), error, error.__traceback__)  # removes the temporary file


_PROBE_PX = 100


def _spacer(px: float) -> str:
    """An empty line exactly `px` CSS pixels tall."""
    return f'<p style="margin: 0; line-height: {px:.3f}px">&nbsp;</p>'


class PdfComposer:
    """Lays HTML out onto the A4 pages of one PDF, a part at a time, each part continuing on the page
    where the last one ended.

    Qt's own QTextDocument.print_ wants the whole document laid out at once (about 0.2 MB and 1 ms
    per journal entry), which for a large range means gigabytes and a frozen window. Here only one
    part is ever laid out, and each add() is short enough to run between two UI events.
    """

    def __init__(self, path: Path, title: str, stylesheet: str, margin_mm: float = PDF_MARGIN_MM) -> None:
        self._output = _CheckedPdf(path, title, margin_mm)
        self._writer = self._output.writer
        self._stylesheet = stylesheet
        self._painter = QPainter()
        if not self._painter.begin(self._writer):
            self._output.close()
            raise OSError(errno.EIO, "the PDF could not be started", str(path))
        self._page = QSizeF(self._writer.width(), self._writer.height())  # inside the margins, device px
        self._px_scale = self._measure_px()
        self._used = 0.0  # how far down the current page the last part ended
        self._page_full = False
        self._path = path

    def add(self, html_part: str) -> None:
        if self._page_full:
            self._writer.newPage()
            self._used, self._page_full = 0.0, False
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self._writer)  # points measured at the PDF's resolution
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(self._stylesheet)
        document.setPageSize(self._page)
        if self._used > 0:
            # Continue below the previous part: an empty line exactly that tall goes first (a margin at
            # the top of a page is dropped, and a root-frame margin would repeat on every page). It is
            # part of the HTML because editing a laid-out document leaves Qt to finish its layout later.
            per_px, fixed = self._px_scale
            spacer = max(self._used - fixed, 0.0) / per_px
            html_part = f'{_spacer(spacer)}{html_part}'
        document.setHtml(breakable(html_part))
        split_long_paragraphs(document)
        height = self._page.height()
        pages = document.pageCount()
        for page in range(pages):
            if page > 0:
                self._writer.newPage()
            self._painter.save()
            self._painter.translate(0, -page * height)
            document.drawContents(self._painter, QRectF(0, page * height, self._page.width(), height))
            self._painter.restore()
        self._used = document.documentLayout().documentSize().height() - (pages - 1) * height
        self._page_full = self._used >= height * 0.97  # then the next part starts a new page
        self._output.drain()  # this part's pages reach the file now, each write checked

    def _measure_px(self) -> tuple[float, float]:
        """How tall a spacer of n CSS pixels comes out in device pixels, as (per pixel, plus fixed).

        Qt scales line heights by the screen's logical DPI (96 on most, 72 on macOS, more on some
        high-DPI setups) and adds a little of its own, so both are measured once, not assumed.
        """

        def top_after(px: float) -> float:
            probe = QTextDocument()
            probe.documentLayout().setPaintDevice(self._writer)
            probe.setDocumentMargin(0)
            probe.setPageSize(self._page)
            probe.setHtml(f'{_spacer(px)}<p style="margin: 0">x</p>')
            return probe.documentLayout().blockBoundingRect(probe.firstBlock().next()).top()

        low, high = top_after(_PROBE_PX), top_after(2 * _PROBE_PX)
        per_px = (high - low) / _PROBE_PX
        if per_px <= 0:
            per_px = self._writer.logicalDpiY() / 96
            return per_px, 0.0
        return per_px, low - _PROBE_PX * per_px

    def finish(self) -> None:
        """End the file (always call it, also after a failure, so the writer lets go of it).

        Raises OSError when any part of the PDF did not reach the file.
        """
        ended = not self._painter.isActive() or self._painter.end()
        self._output.close()
        if not ended:
            raise OSError(errno.EIO, "the PDF could not be finished", str(self._path))


def write_pdf(html_text: str, path: Path, title: str) -> None:
    """Lay `html_text` out on A4 pages and write them to `path`."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html_text)
    print_to_pdf(document, path, title)


def print_to_pdf(document: QTextDocument, path: Path, title: str, margin_mm: float = PDF_MARGIN_MM) -> None:
    """Write `document` as an A4 PDF at `path`, whole or not at all (0600). Raises OSError.

    QTextDocument.print_ says nothing of failures: the PDF goes through _CheckedPdf, whose writes
    are checked, and an empty result counts as a failure.
    """
    with replacing(path) as temporary:
        output = _CheckedPdf(temporary, title, margin_mm)
        try:
            printable(document).print_(output.writer)
        finally:
            output.close()


class _CheckedPdf:
    """A QPdfWriter whose bytes are written to the file here, so that a failed write is noticed.

    Qt writes into a QBuffer; drain() moves what it holds into the file (called after each part,
    so memory stays small), close() moves the rest, and a write that fails raises OSError at once
    (disk full, file too large). The PDF never seeks back, so the buffer is reused from its start.
    """

    def __init__(self, path: Path, title: str, margin_mm: float) -> None:
        self._file = path.open("wb")
        self._buffer = QBuffer()
        self._buffer.open(QIODeviceBase.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self._buffer.setParent(self.writer)  # outlives the writer's last word, goes with it
        self.writer.setResolution(PDF_RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator("Trustbridge")
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
        self.writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
        self._written = 0
        self._failed = False

    def drain(self) -> None:
        """Write what Qt has produced so far; OSError (and nothing more written) if the disk refuses."""
        size = self._buffer.pos()
        if size == 0 or self._failed:
            return
        try:
            self._file.write(self._buffer.data().left(size).data())
        except OSError:
            self._failed = True
            raise
        self._buffer.seek(0)
        self._written += size

    def close(self) -> None:
        """Write the rest and close the file (its last flush checked too); call it once, always."""
        if self._file.closed:
            return
        try:
            self.drain()
        finally:
            self._file.close()  # flushes first, and closes even when that fails
        if self._written == 0 and not self._failed:
            raise OSError(errno.EIO, "the PDF came out empty")


def printable(document: QTextDocument) -> QTextDocument:
    """`document`, or a copy with places to break in runs and paragraphs too long to lay out quickly.

    Without them Qt's layout time grows with the square of a run's length (a 1 MB word took over
    half a minute, 50 MB hours). The document shown on screen is never changed.
    """
    if document.characterCount() <= LONG_RUN or not any(
        block.length() > LONG_RUN for block in _blocks(document)
    ):
        return document
    copy = document.clone()
    cursor = QTextCursor(copy)
    cursor.beginEditBlock()  # laid out once at the end, not after every insertion
    for block in reversed(list(_blocks(copy))):
        start = block.position()
        for at in reversed(_run_breaks(block.text())):
            cursor.setPosition(start + at)
            cursor.insertText(ZERO_WIDTH_SPACE)
    cursor.endEditBlock()
    split_long_paragraphs(copy)
    return copy


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


_SPACE = " \t\n\r\f"  # where HTML text may break a line (a no-break space may not)
_LONG_RUN = re.compile(f"[^{_SPACE}\u2028\u2029\u200b]{{{LONG_RUN + 1},}}")  # in a laid-out block
_LONG_HTML_RUN = re.compile(f"[^{_SPACE}]{{{LONG_RUN + 1}}}")


def _run_breaks(text: str) -> list[int]:
    """Positions in `text` after every LONG_RUN characters of a run with nowhere to break."""
    runs = _LONG_RUN.finditer(text)
    return [at for run in runs for at in range(run.start() + LONG_RUN, run.end(), LONG_RUN)]


_TAG = re.compile(r"(<[^>]*>)")
_PIECE = re.compile(f"&#?\\w+;|[{_SPACE}]+|[^{_SPACE}&]+|&")


def breakable(html_text: str) -> str:
    """`html_text` with an invisible break after every LONG_RUN characters of an unbroken run.

    Runs continue through tags (`<b>x</b>x` is one word to Qt); tags and entities are never cut.
    Text with no such run comes back unchanged.
    """
    if not _LONG_HTML_RUN.search(html_text):
        return html_text
    out: list[str] = []
    run = 0
    for index, segment in enumerate(_TAG.split(html_text)):
        if index % 2:
            out.append(segment)
            continue
        for piece in _PIECE.finditer(segment):
            token = piece.group()
            if token[0] in _SPACE:
                run = 0
            elif token[0] == "&":  # an entity is one character and is never cut
                if run >= LONG_RUN:
                    out.append(ZERO_WIDTH_SPACE)
                    run = 0
                run += 1
            else:
                token, run = _break_run(token, run, out)
            out.append(token)
    return "".join(out)


def _break_run(token: str, run: int, out: list[str]) -> tuple[str, int]:
    """Append `token`'s first pieces (each ending a LONG_RUN run) to `out`; return the rest and its run."""
    start = 0
    while run + len(token) - start > LONG_RUN:
        take = LONG_RUN - run
        out.append(token[start:start + take])
        out.append(ZERO_WIDTH_SPACE)
        start, run = start + take, 0
    return token[start:], run + len(token) - start


def split_long_paragraphs(document: QTextDocument) -> None:
    """Start a new paragraph every LONG_BLOCK characters (after a space where there is one).

    Qt lays a paragraph out as one piece, in time that grows faster than its length; a real
    paragraph is far shorter, so only pathological text is touched.
    """
    if document.characterCount() <= LONG_BLOCK:
        return
    long_blocks = [block for block in _blocks(document) if block.length() > LONG_BLOCK]
    if not long_blocks:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for block in reversed(long_blocks):
        start = block.position()
        for at in reversed(_paragraph_breaks(block.text())):
            cursor.setPosition(start + at)
            cursor.insertBlock()
    cursor.endEditBlock()


def _paragraph_breaks(text: str) -> list[int]:
    cuts: list[int] = []
    last = 0
    while len(text) - last > LONG_BLOCK:
        window = text[last + LONG_BLOCK // 2:last + LONG_BLOCK]
        space = max(window.rfind(" "), window.rfind(ZERO_WIDTH_SPACE))
        last = last + LONG_BLOCK // 2 + space + 1 if space >= 0 else last + LONG_BLOCK
        cuts.append(last)
    return cuts
