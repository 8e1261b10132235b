"""The check-in brief window: choose what goes in, see it as it will print, then take it along.

The material is gathered off the UI thread ("Gathering…" meanwhile); every tick afterwards only
re-arranges what is already in memory, so the preview follows at once. Feelings stay out unless
the person adds them. Saving and printing go through app/ui/brief/brief_output.py; problems are told
in the window itself, never in a modal box.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageWriter,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.brief import (
    BriefChoice,
    BriefMaterial,
    BriefSection,
    brief_markdown,
    brief_title,
    default_choice,
    marked_for_this,
    period_text,
    suggested_file_name,
)
from app.domain.plan_math import local_day
from app.domain.records import entry_label
from app.domain.schedule import short_day
from app.domain.workbench import MoodCheck
from app.io.brief_html import BASE_PT, CHART_HEIGHT, CHART_WIDTH, brief_html
from app.paths import INSIDE_DATA_DIR, inside_data_dir
from app.ui.brief import brief_output
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.worker import BackgroundCall
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import shortcut, wrapped_label
from app.ui.widgets.notice import InlineNotice

UUID_ROLE = Qt.ItemDataRole.UserRole
_SIDE_BY_SIDE_CHARS = 110  # narrower than this many average characters: the choices go above the preview
_CHART_SCALE = 2  # the chart PNG holds twice the pixels it is shown at, so it prints sharply

_PRIVATE_NOTE = "About your feelings: left out unless you tick it."

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
    for mood, word in ((1, "Very low"), (3, "Okay"), (5, "Very good")):
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
        self.setAccessibleName("Preview of the brief")

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


# -- the window ---------------------------------------------------------------------------------


class BriefDialog(QDialog):
    """Build a check-in brief. Signals: loaded(BriefMaterial), failed(str), preview_updated()."""

    loaded = Signal(object)
    failed = Signal(str)
    preview_updated = Signal()

    def __init__(self, journal: ObservedJournal, checkin_uuid: str | None = None,
                 parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._checkin_uuid = checkin_uuid
        self._now = now
        self.material: BriefMaterial | None = None
        self.choice: BriefChoice | None = None
        self._chart: bytes | None = None
        self._chart_drawn = False
        self._call: BackgroundCall | None = None
        self.setWindowTitle("Check-in brief")
        self.setAccessibleName("Check-in brief")
        self.setSizeGripEnabled(True)

        self.title_label = wrapped_label("Check-in brief", "promptText")
        self.period_label = wrapped_label("Gathering everything since your last check-in…", "muted")
        self.period_label.setAccessibleName("What the brief covers")
        self.notice = InlineNotice("Brief notice")

        # -- what goes in
        sections_heading = wrapped_label("What goes in", "cardHeading")
        self.section_boxes: dict[BriefSection, QCheckBox] = {}
        choices = QVBoxLayout()
        choices.setContentsMargins(0, 0, 8, 0)
        choices.setSpacing(6)
        choices.addWidget(sections_heading)
        for section in BriefSection:
            box = QCheckBox(section.label)
            box.setAccessibleName(f"Include: {section.label}")
            box.toggled.connect(lambda on, s=section: self._set_section(s, on))
            self.section_boxes[section] = box
            choices.addWidget(box)
            if section.is_feelings:
                note = wrapped_label(_PRIVATE_NOTE, "muted")
                note.setContentsMargins(box.iconSize().width() + 8, 0, 0, 0)
                box.setToolTip(_PRIVATE_NOTE)
                choices.addWidget(note)
        choices.addSpacing(8)
        entries_heading = wrapped_label("Entries to bring", "cardHeading")
        self.entries_hint = wrapped_label(
            "Entries you marked “Bring to next check-in” come first, ticked if you marked them since "
            "your last check-in. Tick any other entry from this period to bring it too. Entries from "
            "the Feelings stage stay out unless you tick them.", "muted")
        self.entries_list = QListWidget()
        self.entries_list.setAccessibleName("Entries to bring: tick the ones to include")
        # Two lines per entry (heading, then when and what); a long heading is cut short with an ellipsis
        # and shown whole in its tooltip: Qt under-measures wrapped rows that carry a tick box.
        self.entries_list.setWordWrap(False)
        self.entries_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries_list.setMinimumHeight(self.entries_list.fontMetrics().lineSpacing() * 8)
        self.entries_list.itemChanged.connect(self._on_entry_changed)
        self.more_label = wrapped_label("", "muted")
        self.more_label.hide()
        choices.addWidget(entries_heading)
        choices.addWidget(self.entries_hint)
        choices.addWidget(self.entries_list, 1)
        choices.addWidget(self.more_label)
        choices_body = QWidget()
        choices_body.setLayout(choices)
        self.choices_scroll = QScrollArea()
        self.choices_scroll.setWidgetResizable(True)
        self.choices_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.choices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices_scroll.setWidget(choices_body)
        self.choices_scroll.setAccessibleName("Choose what goes in the brief")

        self.preview = BriefPreview()
        self.preview.setHtml("<p>Gathering everything since your last check-in…</p>")

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(16)
        self.columns.addWidget(self.choices_scroll, 2)
        self.columns.addWidget(self.preview, 3)

        # -- taking it along
        self.print_button = self._button("&Print…", "Print the brief", "Choose a printer and print the brief")
        self.print_button.setObjectName("primary")
        self.pdf_button = self._button("Save as P&DF…", "Save the brief as a PDF file",
                                       "A PDF to print later or take along")
        self.markdown_button = self._button("Save as &Markdown…", "Save the brief as a Markdown file",
                                            "Plain text you can edit anywhere")
        self.copy_button = self._button("&Copy", "Copy the brief",
                                        "Copy the brief to paste into an email or a note")
        self.close_button = self._button("Close", "Close the brief", "Close this window (Esc)")
        self.print_button.clicked.connect(self.print_brief)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.markdown_button.clicked.connect(self.save_markdown)
        self.copy_button.clicked.connect(self.copy_brief)
        self.close_button.clicked.connect(self.close)
        self.outputs = (self.print_button, self.pdf_button, self.markdown_button, self.copy_button)
        buttons = WrappingRow([*self.outputs, self.close_button])
        shortcut(self, QKeySequence.StandardKey.Print, self.print_brief)
        shortcut(self, QKeySequence.StandardKey.Save, self.save_pdf)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.period_label)
        layout.addWidget(self.notice)
        layout.addLayout(self.columns, 1)
        layout.addWidget(buttons)
        self._set_ready(False)
        self._fit_to_screen()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1000, 680
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(max(width, 480), max(height, 360))

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Gather the material in the background; the window says "Gathering…" until it comes."""
        self._set_ready(False)
        self.period_label.setText("Gathering everything since your last check-in…")
        now = self._now or datetime.now(UTC)
        briefs, wanted = self._journal.briefs, self._checkin_uuid
        if self._call is not None:  # "Try again" while an earlier gathering is still out
            self._call.deleteLater()
        call = BackgroundCall(lambda: briefs.material(wanted, now), self)
        call.finished.connect(self._on_loaded)
        call.failed.connect(self._on_failed)
        self._call = call
        call.start()

    @Slot(object)
    def _on_loaded(self, material: object) -> None:
        if self.sender() is not self._call:  # an earlier gathering's answer
            return
        assert isinstance(material, BriefMaterial)
        self.show_material(material)
        self.loaded.emit(material)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if self.sender() is not self._call:  # an earlier gathering's answer
            return
        message = f"Couldn't gather the brief: {error}"
        self.period_label.setText("The brief could not be gathered.")
        self.preview.setHtml("<p>Nothing to show yet.</p>")
        self.notice.offer(message, "Try again", self.load, name="Try gathering the brief again", error=True)
        self.failed.emit(message)

    def show_material(self, material: BriefMaterial) -> None:
        """Show what was gathered with the default choice: everything but feelings."""
        self.material = material
        self.choice = default_choice(material)
        self._chart, self._chart_drawn = None, False
        self.title_label.setText(brief_title(material))
        self.period_label.setText(period_text(material))
        for section, box in self.section_boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(section in self.choice.sections)
            box.blockSignals(blocked)
        self._fill_entries(material)
        self._set_ready(True)
        self.update_preview()

    def _fill_entries(self, material: BriefMaterial) -> None:
        assert self.choice is not None
        blocked = self.entries_list.blockSignals(True)
        self.entries_list.clear()
        for entry in material.entries:
            day = short_day(local_day(entry.created_at), with_year=True)
            details = [day, entry_label(entry.kind, entry.stage)]
            if marked_for_this(material, entry):
                details.append("marked for your check-in")
            elif entry.marked:
                details.append("marked before your last check-in")
            item = QListWidgetItem(f"{entry.heading}\n{' · '.join(details)}")
            item.setData(UUID_ROLE, entry.uuid)
            item.setToolTip(entry.heading)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.heading}. {'. '.join(details)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = entry.uuid in self.choice.entry_uuids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.entries_list.addItem(item)
        if not material.entries:
            self.entries_hint.setText(
                "No entries from this period yet. Mark an entry “Bring to next check-in” in the Journal "
                "and it is offered here, whenever you wrote it.")
        if material.more_entries:
            count = material.more_entries
            older = "one older entry" if count == 1 else f"{count} older entries"
            self.more_label.setText(
                f"The newest are listed; {older} from this period are not. Mark one “Bring to next "
                "check-in” in the Journal to offer it here.")
            self.more_label.show()
        else:
            self.more_label.hide()
        self.entries_list.blockSignals(blocked)
        self.entries_list.setEnabled(BriefSection.ENTRIES in self.choice.sections)

    def _set_ready(self, ready: bool) -> None:
        for button in self.outputs:
            button.setEnabled(ready)
        for box in self.section_boxes.values():
            box.setEnabled(ready)
        self.entries_list.setEnabled(ready)

    # -- choosing --------------------------------------------------------------------------

    def set_section(self, section: BriefSection, on: bool) -> None:
        """Tick or untick a section (as its checkbox does)."""
        self.section_boxes[section].setChecked(on)

    def _set_section(self, section: BriefSection, on: bool) -> None:
        if self.choice is None:
            return
        self.choice = self.choice.with_section(section, on)
        if section is BriefSection.ENTRIES:
            self.entries_list.setEnabled(on)
        self.update_preview()

    def _on_entry_changed(self, item: QListWidgetItem) -> None:
        if self.choice is None:
            return
        uuid = str(item.data(UUID_ROLE))
        self.choice = self.choice.with_entry(uuid, item.checkState() == Qt.CheckState.Checked)
        self.update_preview()

    # -- what it says ----------------------------------------------------------------------

    def chart_png(self) -> bytes | None:
        """The mood chart, drawn the first time the mood section is on."""
        if self.material is None or self.choice is None or BriefSection.MOOD not in self.choice.sections:
            return None
        if not self._chart_drawn:
            self._chart = mood_chart_png(list(self.material.mood_checks))
            self._chart_drawn = True
        return self._chart

    def markdown(self) -> str:
        assert self.material is not None and self.choice is not None
        return brief_markdown(self.material, self.choice)

    def html(self, base_pt: float = BASE_PT) -> str:
        """The brief as a self-contained page, its body text at `base_pt` (paper size by default)."""
        assert self.material is not None and self.choice is not None
        return brief_html(self.material, self.choice, self.chart_png(), base_pt)

    def document(self) -> QTextDocument:
        """The brief as a document to print or write as PDF (the chart embedded in it)."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = QFont(self.font())
        font.setPointSizeF(BASE_PT)
        document.setDefaultFont(font)
        document.setHtml(self.html())
        settle_heading_sizes(document)
        return document

    def update_preview(self) -> None:
        if self.material is None:
            return
        bar = self.preview.verticalScrollBar()
        scroll = bar.value()
        # on screen the page follows the app's text size, so 200 % text reads at 200 %
        screen_pt = max(BASE_PT, self.preview.font().pointSizeF())
        self.preview.setHtml(self.html(screen_pt))
        settle_heading_sizes(self.preview.document())
        bar.setValue(scroll)
        self.preview_updated.emit()

    # -- taking it along -------------------------------------------------------------------

    def print_brief(self) -> bool:
        if self.material is None:
            return False
        try:
            printed = brief_output.print_document(self, self.document())
        except OSError as error:
            self.notice.tell(f"Couldn't print the brief: {error}", error=True)
            return False
        if printed:
            self.notice.tell("The brief went to the printer.")
        return printed

    def save_pdf(self) -> bool:
        if self.material is None:
            return False
        path = brief_output.choose_save_path(self, "Save the brief as PDF",
                                             suggested_file_name(self.material, ".pdf"),
                                             brief_output.PDF_FILTER)
        if path is None:
            return False
        path = brief_output.with_suffix(path, ".pdf")
        if not self._may_write(path, "the PDF"):
            return False
        try:
            brief_output.write_pdf(path, self.document(), brief_title(self.material))
        except OSError as error:
            self.notice.tell(f"Couldn't save the PDF: {error.strerror or error}.", error=True)
            return False
        self.notice.tell(f"Saved as {path}. The file is not encrypted: keep it somewhere private.")
        return True

    def save_markdown(self) -> bool:
        if self.material is None:
            return False
        path = brief_output.choose_save_path(self, "Save the brief as Markdown",
                                             suggested_file_name(self.material, ".md"),
                                             brief_output.MARKDOWN_FILTER)
        if path is None:
            return False
        path = brief_output.with_suffix(path, ".md")
        if not self._may_write(path, "the Markdown file"):
            return False
        try:
            brief_output.write_text(path, self.markdown())
        except OSError as error:
            self.notice.tell(f"Couldn't save the Markdown file: {error.strerror or error}.", error=True)
            return False
        self.notice.tell(f"Saved as {path}. The file is not encrypted: keep it somewhere private.")
        return True

    def _may_write(self, path: Path, what: str) -> bool:
        """Never into the journal's own folder, where the journal, its key and backups live."""
        if inside_data_dir(path, self._journal.service.path.parent):
            self.notice.tell(f"Couldn't save {what}: {INSIDE_DATA_DIR}.", error=True)
            return False
        return True

    def copy_brief(self) -> None:
        if self.material is None:
            return
        brief_output.copy_to_clipboard(self.markdown(), self.html())
        self.notice.tell("Copied. Paste it into an email or a note.")

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Choices beside the preview when there is room; above it when the text is large."""
        super().resizeEvent(event)
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * _SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.columns.setStretch(0, 2 if wide else 1)
            self.columns.setStretch(1, 3 if wide else 1)
            self.title_label.setVisible(wide)  # the page's own title says it when room is short


def open_brief(journal: ObservedJournal, parent: QWidget, checkin_uuid: str | None = None) -> BriefDialog:
    """Open the brief window for a check-in (None: the next one) and start gathering."""
    dialog = BriefDialog(journal, checkin_uuid, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.load()
    return dialog

