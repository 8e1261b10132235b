"""The check-in brief window: choose what goes in, see it as it will print, then take it along.

The material is gathered off the UI thread ("Gathering…" meanwhile); every tick afterwards only
re-arranges what is already in memory, so the preview follows at once. Feelings stay out unless
the person adds them. A change to what the brief shows, made anywhere while it is open (an entry
marked, a check-in held, a mood logged), gathers it again, keeping what the person ticked.
Saving and printing go through app/ui/brief/brief_output.py; problems are told in the window
itself, never in a modal box. The layout is in brief_layout.py, the chart and the preview in
brief_chart.py.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QTextDocument
from PySide6.QtWidgets import QListWidgetItem, QWidget

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
from app.domain.changes import CHECKIN_RECORDS, PLAN_RECORDS, Area, Change
from app.domain.records import entry_label
from app.domain.schedule import short_day
from app.domain.timeline import written_date
from app.i18n import Plural, translate
from app.io.brief_html import BASE_PT, brief_html
from app.paths import INSIDE_DATA_DIR, inside_data_dir
from app.ui.brief import brief_output
from app.ui.brief.brief_chart import BriefPreview, mood_chart_png, settle_heading_sizes
from app.ui.brief.brief_layout import BriefLayout
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.worker import BackgroundCall
from app.ui.widgets.form_fields import shortcut

__all__ = ["BriefDialog", "BriefPreview", "mood_chart_png", "open_brief", "settle_heading_sizes"]

UUID_ROLE = Qt.ItemDataRole.UserRole
# What a brief is made of: a change to any of these, made anywhere, gathers it again.
BRIEF_AREAS = frozenset({Area.ENTRY, Area.MOOD}) | PLAN_RECORDS | CHECKIN_RECORDS
REGATHER_AFTER_MS = 400  # a burst of changes (typing saved every second) gathers once


class BriefDialog(BriefLayout):
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
        self._regather = QTimer(self, singleShot=True, interval=REGATHER_AFTER_MS)
        self._regather.timeout.connect(self.gather_again)

        for section, box in self.section_boxes.items():
            box.toggled.connect(lambda on, s=section: self._set_section(s, on))
        self.entries_list.itemChanged.connect(self._on_entry_changed)
        self.print_button.clicked.connect(self.print_brief)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.markdown_button.clicked.connect(self.save_markdown)
        self.copy_button.clicked.connect(self.copy_brief)
        self.close_button.clicked.connect(self.close)
        shortcut(self, QKeySequence.StandardKey.Print, self.print_brief)
        shortcut(self, QKeySequence.StandardKey.Save, self.save_pdf)
        journal.changes.connect(self._on_change)

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Gather the material in the background; the window says "Gathering…" until it comes."""
        self._set_ready(False)
        self.period_label.setText(translate("BriefDialog", "Gathering everything since your last check-in…"))
        self._gather()

    def gather_again(self) -> None:
        """Something the brief shows changed: gather it again while the window stays as it is.
        Before the first gathering has arrived, that one is still to come (or "Try again" is)."""
        if self.material is not None:
            self._gather()

    def _on_change(self, change: Change) -> None:
        if change.wholesale or change.touches(BRIEF_AREAS):
            self._regather.start()

    def _gather(self) -> None:
        now = self._now or self._journal.clock.now()
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
        message = translate("BriefDialog", "Couldn't gather the brief: {error}").format(error=error)
        self.period_label.setText(translate("BriefDialog", "The brief could not be gathered."))
        self.preview.setHtml(translate("BriefDialog", "<p>Nothing to show yet.</p>"))
        self.notice.offer(message, translate("BriefDialog", "Try again"), self.load,
                          name=translate("BriefDialog", "Try gathering the brief again"), error=True)
        self.failed.emit(message)

    def show_material(self, material: BriefMaterial) -> None:
        """Show what was gathered with the default choice: everything but feelings. Gathered again,
        it keeps what the person chose; entries new to it come with their default tick."""
        before, self.material = self.material, material
        self.choice = _kept_choice(before, self.choice, material)
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
            day = short_day(written_date(entry.created_at, entry.time_zone), with_year=True)
            details = [day, entry_label(entry.kind, entry.stage)]
            if marked_for_this(material, entry):
                details.append(translate("BriefDialog", "marked for your check-in"))
            elif entry.marked:
                details.append(translate("BriefDialog", "marked before your last check-in"))
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
                translate("BriefDialog", "No entries from this period yet. Mark an entry “Bring to next "
                                         "check-in” in the Journal and it is offered here, whenever you "
                                         "wrote it."))
        if material.more_entries:
            count = material.more_entries
            older = (translate("BriefDialog", "one older entry") if count == 1
                     else Plural.tr("%n older entries", "", count))
            self.more_label.setText(
                translate("BriefDialog", "The newest are listed; {older} from this period are "
                                         "not. Mark one “Bring to next check-in” in the "
                                         "Journal to offer it here.").format(older=older))
            self.more_label.show()
        else:
            self.more_label.hide()
        self.entries_list.blockSignals(blocked)
        self.entries_list.setEnabled(BriefSection.ENTRIES in self.choice.sections)

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

    def html(self, base_pt: float = BASE_PT, *, guidance: bool = False) -> str:
        """The brief as a self-contained page, its body text at `base_pt` (paper size by default);
        with `guidance` (the preview) empty sections say what is missing, else they are left out."""
        assert self.material is not None and self.choice is not None
        return brief_html(self.material, self.choice, self.chart_png(), base_pt, guidance=guidance)

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
        self.preview.setHtml(self.html(screen_pt, guidance=True))
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
            self.notice.tell(translate("BriefDialog",
                                       "Couldn't print the brief: {error}").format(error=error), error=True)
            return False
        if printed:
            self.notice.tell(translate("BriefDialog", "The brief went to the printer."))
        return printed

    def save_pdf(self) -> bool:
        if self.material is None:
            return False
        path = brief_output.choose_save_path(self, translate("BriefDialog", "Save the brief as PDF"),
                                             suggested_file_name(self.material, ".pdf"),
                                             brief_output.PDF_FILTER)
        if path is None:
            return False
        path = brief_output.with_suffix(path, ".pdf")
        if not self._may_write(path, translate("BriefDialog", "the PDF")):
            return False
        try:
            brief_output.write_pdf(path, self.document(), brief_title(self.material))
        except OSError as error:
            self.notice.tell(translate("BriefDialog", "Couldn't save the PDF: {value}.").format(
                value=error.strerror or error), error=True)
            return False
        self.notice.tell(translate("BriefDialog", "Saved as {path}. The file is not encrypted: keep it "
                                                  "somewhere private.").format(path=path))
        return True

    def save_markdown(self) -> bool:
        if self.material is None:
            return False
        path = brief_output.choose_save_path(self, translate("BriefDialog", "Save the brief as Markdown"),
                                             suggested_file_name(self.material, ".md"),
                                             brief_output.MARKDOWN_FILTER)
        if path is None:
            return False
        path = brief_output.with_suffix(path, ".md")
        if not self._may_write(path, translate("BriefDialog", "the Markdown file")):
            return False
        try:
            brief_output.write_text(path, self.markdown())
        except OSError as error:
            self.notice.tell(translate("BriefDialog", "Couldn't save the Markdown file: {value}.").format(
                value=error.strerror or error), error=True)
            return False
        self.notice.tell(translate("BriefDialog", "Saved as {path}. The file is not encrypted: keep it "
                                                  "somewhere private.").format(path=path))
        return True

    def _may_write(self, path: Path, what: str) -> bool:
        """Never into the journal's own folder, where the journal, its key and backups live."""
        if inside_data_dir(path, self._journal.path.parent):
            self.notice.tell(translate("BriefDialog", "Couldn't save {what}: {INSIDE_DATA_DIR}.").format(
                what=what, INSIDE_DATA_DIR=INSIDE_DATA_DIR), error=True)
            return False
        return True

    def copy_brief(self) -> None:
        if self.material is None:
            return
        brief_output.copy_to_clipboard(self.markdown(), self.html())
        self.notice.tell(translate("BriefDialog", "Copied. Paste it into an email or a note."))


def _kept_choice(before: BriefMaterial | None, choice: BriefChoice | None,
                 material: BriefMaterial) -> BriefChoice:
    default = default_choice(material)
    if before is None or choice is None:
        return default
    known = {entry.uuid for entry in before.entries}
    still_here = {entry.uuid for entry in material.entries}
    ticked = (choice.entry_uuids & still_here) | (default.entry_uuids - known)
    return BriefChoice(choice.sections, frozenset(ticked))


def open_brief(journal: ObservedJournal, parent: QWidget, checkin_uuid: str | None = None) -> BriefDialog:
    """Open the brief window for a check-in (None: the next one) and start gathering."""
    dialog = BriefDialog(journal, checkin_uuid, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.load()
    return dialog

