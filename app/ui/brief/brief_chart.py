"""The brief on paper: its mood chart drawn as a PNG, and the preview that shows it as it prints."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.plan_math import local_day
from app.domain.schedule import short_day
from app.domain.workbench import MOOD_WORDS, MoodCheck
from app.i18n import translate
from app.io.brief_html import CHART_HEIGHT, CHART_WIDTH

_CHART_SCALE = 2  # the chart PNG holds twice the pixels it is shown at, so it prints sharply

# The page is paper in both themes: it is what prints.
_PAPER_STYLE = (
    "QTextBrowser { background: #ffffff; color: #1d2125; border: 1px solid #c9ced4;"
    " border-radius: 8px; padding: 14px 18px; }"
)


# -- the mood chart, drawn for paper ------------------------------------------------------------


def mood_chart_png(checks: list[MoodCheck]) -> bytes | None:
    """A small line chart of the overall mood (1..5) over the period, as PNG bytes; None under two."""
    if len(checks) < 2:
        return None
    ordered = sorted(checks, key=lambda c: c.at)
    scale = _CHART_SCALE
    width, height = CHART_WIDTH * scale, CHART_HEIGHT * scale
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(13 * scale)
    painter.setFont(font)
    left, right, top, bottom = 76 * scale, 12 * scale, 10 * scale, 26 * scale
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    first, last = ordered[0].at, ordered[-1].at
    span = max((last - first).total_seconds(), 1.0)

    def y_of(mood: int) -> float:
        return plot.bottom() - (mood - 1) / 4 * plot.height()

    painter.setPen(QPen(QColor("#e3e6ea"), 1 * scale))
    text_pen = QPen(QColor("#5b6168"))
    for mood, word in ((mood, MOOD_WORDS[mood]) for mood in (1, 3, 5)):
        y = y_of(mood)
        painter.setPen(QPen(QColor("#e3e6ea"), 1 * scale))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_pen)
        painter.drawText(QRectF(0, y - 8 * scale, left - 8 * scale, 16 * scale),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), word)
    painter.setPen(text_pen)
    for moment, align in ((first, Qt.AlignmentFlag.AlignLeft), (last, Qt.AlignmentFlag.AlignRight)):
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4 * scale, plot.width(), 16 * scale),
                         int(align | Qt.AlignmentFlag.AlignTop), short_day(local_day(moment)))
    points = [QPointF(plot.left() + (c.at - first).total_seconds() / span * plot.width(), y_of(c.mood))
              for c in ordered]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setPen(QPen(QColor("#2f6fb0"), 2 * scale))
    painter.drawPath(path)
    painter.setBrush(QColor("#2f6fb0"))
    painter.setPen(Qt.PenStyle.NoPen)
    for point in points:
        painter.drawEllipse(point, 3 * scale, 3 * scale)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


def settle_heading_sizes(document: QTextDocument) -> None:
    """Let the stylesheet's sizes win: Qt scales headings by the default font whatever the CSS says,
    which at 200 % text would print a title twice as large as intended."""
    adjustment, size = QTextFormat.Property.FontSizeAdjustment, QTextFormat.Property.FontPointSize
    spans: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            form = fragment.charFormat()
            if form.hasProperty(adjustment) and form.hasProperty(size):
                form.clearProperty(adjustment)
                spans.append((fragment.position(), fragment.length(), form))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, form in spans:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(form)


class BriefPreview(QTextBrowser):
    """The brief as it will print. Only the embedded chart is ever loaded; nothing else, no links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setStyleSheet(_PAPER_STYLE)
        self.setAccessibleName(translate("BriefChart", "Preview of the brief"))

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Decode the chart's own data: URL; refuse every other resource (files, the network)."""
        url = QUrl(name) if isinstance(name, str) else name
        prefix = "data:image/png;base64,"
        text = url.toString()
        if url.scheme() == "data" and text.startswith(prefix):
            image = QImage()
            image.loadFromData(base64.b64decode(text[len(prefix):]), "PNG")
            return image
        return None
