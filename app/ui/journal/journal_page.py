"""Journal: every entry newest first, grouped by day; a calendar to jump by date; read, edit, delete.

The list's rows all have one height (see entry_delegate): the view then lays out 100,000 rows
without asking the model about any of them, and paints only the ones on screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import MEETING_TAG, Entry, EntryDraft, EntryKind
from app.domain.text import first_line
from app.domain.timeline import day_heading, local_date
from app.store.errors import NotFound, StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.calendar_panel import CalendarPanel
from app.ui.journal.entry_delegate import EntryDelegate
from app.ui.journal.entry_list_model import DAY_ROLE, SUMMARY_ROLE, EntryListModel, entry_meta
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.notice import InlineNotice
from app.ui.widgets.page_layout import Page
from app.ui.writing.autosave import DraftTarget
from app.ui.writing.safe_browser import SafeMarkdownView
from app.ui.writing.writing_card import WritingCard

_LIST_MIN_WIDTH = 300
_LIST_MAX_WIDTH = 440
MARKED_TEXT = "You marked this to bring to your next check-in."


class JournalPage(Page):
    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__("Journal", "", parent, scrolling=False)
        self._journal = journal
        self._entry: Entry | None = None
        self._deleted_uuid: str | None = None

        self.model = EntryListModel(journal, self)
        self.list_view = QListView()
        self.list_view.setAccessibleName("Entries, newest first, grouped by day")
        self.list_view.setUniformItemSizes(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.count_label.setWordWrap(True)
        self.calendar_button = QPushButton("Calendar")
        self.calendar_button.setCheckable(True)
        self.calendar_button.setObjectName("segment")
        self.calendar_button.setChecked(True)
        self.calendar_button.setAccessibleName("Show the calendar")
        self.calendar_button.setToolTip("Show or hide the month calendar above the list")
        self.new_button = QPushButton("New entry")
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName("New free-writing entry")
        self.new_button.setToolTip("Start a new entry (Ctrl+N)")
        self.new_button.clicked.connect(self.new_entry)
        list_header = QHBoxLayout()
        list_header.addWidget(self.count_label, 1)
        list_header.addWidget(WrappingRow([self.calendar_button, self.new_button]), 0)

        self.calendar = CalendarPanel(journal)
        self.calendar.day_chosen.connect(self.show_day)
        journal.entry_saved.connect(lambda _entry: self.calendar.reload_marks())
        journal.entry_restored.connect(lambda _entry: self.calendar.reload_marks())
        journal.entry_deleted.connect(lambda _uuid: self.calendar.reload_marks())
        journal.workbench_changed.connect(self._on_workbench_changed)

        self.notice = InlineNotice("Journal notice")
        self.notice.listen_for_undo_key(self)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(list_header)
        left.addWidget(self.notice)
        # The calendar scrolls rather than squashes at large text; the divider lets the person
        # give the list or the calendar more of the height.
        self.calendar_scroll = QScrollArea()
        self.calendar_scroll.setWidget(self.calendar)
        self.calendar_scroll.setWidgetResizable(True)
        self.calendar_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.calendar_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.calendar_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.toggled.connect(self.calendar_scroll.setVisible)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.calendar_scroll)
        self.splitter.addWidget(self.list_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        left.addWidget(self.splitter, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        # At large text the calendar decides how narrow the column can be: it never clips.
        calendar_width = self.calendar.minimumSizeHint().width() + self.fontMetrics().height() * 2
        left_box.setMinimumWidth(max(_LIST_MIN_WIDTH, calendar_width))
        left_box.setMaximumWidth(max(_LIST_MAX_WIDTH, calendar_width))
        self.list_view.setMinimumHeight(self.fontMetrics().height() * 8)  # a few rows, even at 200 %

        self.empty_label = QLabel()
        self.empty_label.setObjectName("intro")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.meta_label = QLabel()
        self.meta_label.setObjectName("muted")
        self.title_label_entry = QLabel()
        self.title_label_entry.setObjectName("promptText")
        self.title_label_entry.setWordWrap(True)
        self.reader = SafeMarkdownView()
        self.reader.setObjectName("reader")
        self.reader.setAccessibleName("Entry, rendered")
        self.edit_button = QPushButton("Edit")
        self.edit_button.setCheckable(True)
        self.edit_button.setAccessibleName("Edit this entry")
        self.edit_button.setToolTip("Edit this entry (Ctrl+E)")
        self.edit_button.toggled.connect(self._set_editing)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete this entry")
        self.delete_button.setToolTip("Delete this entry; you can undo it (Delete)")
        self.delete_button.clicked.connect(self.delete_current)
        self.meta_label.setWordWrap(True)
        self.evidence_button = QPushButton("Add as evidence")
        self.evidence_button.setAccessibleName("Add this entry to your plan's evidence")
        self.evidence_button.setToolTip("Log this as a win or progress on one of your goals")
        self.evidence_button.clicked.connect(self.add_as_evidence)
        self.meeting_button = QPushButton("Bring to next check-in")
        self.meeting_button.setCheckable(True)
        self.meeting_button.setObjectName("segment")
        self.meeting_button.setAccessibleName("Bring this entry to your next check-in")
        self.meeting_button.setToolTip("Mark this entry so the check-in brief offers it first")
        self.meeting_button.toggled.connect(self.set_marked_for_meeting)
        actions = WrappingRow(
            [self.meeting_button, self.evidence_button, self.edit_button, self.delete_button]
        )
        self.marked_label = QLabel(MARKED_TEXT)
        self.marked_label.setObjectName("muted")
        self.marked_label.setWordWrap(True)
        self.marked_label.setAccessibleName("Marked for your next check-in")
        self.marked_label.hide()

        self.card = WritingCard(journal, "Entry text", "Write here…")
        self.card.kicker.hide()
        self.card.prompt.hide()
        self.card.hint.hide()
        self.card.setObjectName("plain")
        self.autosaver = self.card.autosaver
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.removed.connect(lambda _uuid: self.model.reload())
        self.content = QStackedWidget()
        self.content.addWidget(self.reader)
        self.content.addWidget(self.card)

        entry_box = QWidget()
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.setSpacing(10)
        entry_layout.addWidget(actions)
        entry_layout.addWidget(self.meta_label)
        entry_layout.addWidget(self.marked_label)
        entry_layout.addWidget(self.title_label_entry)
        entry_layout.addWidget(self.content, 1)

        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(entry_box)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(left_box, 2)
        columns.addWidget(self.right, 3)
        self.body.addLayout(columns, 1)

        edit_key = QShortcut(QKeySequence("Ctrl+E"), self)
        edit_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit_key.activated.connect(self.edit_button.toggle)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)

        # The model goes in last: each re-parenting above would otherwise lay out every row again.
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self._update_count()
        self._show_entry(None)

    # -- page ------------------------------------------------------------------------------

    def flush(self) -> bool:
        return self.autosaver.flush()

    def focus_first(self) -> None:
        self.list_view.setFocus()

    def refresh(self) -> None:
        if not self.autosaver.flush():
            return
        selected = self._entry.uuid if self._entry else None
        self._entry = None  # read it again: another page may have changed it
        self.model.reload()
        self._update_count()
        self.calendar.reload_marks()  # an import or another window may have added days
        self._select_uuid(selected)

    @property
    def current_entry(self) -> Entry | None:
        return self._entry

    def open_entry(self, uuid: str) -> None:
        """Show one entry, from elsewhere in the app (Today's "On this day", for instance)."""
        if self.autosaver.flush():
            self._select_uuid(uuid)
            self.list_view.setFocus()

    # -- actions ---------------------------------------------------------------------------

    def new_entry(self) -> None:
        if not self.autosaver.flush():
            return
        self.list_view.clearSelection()
        self._entry = None
        self.meta_label.setText("New entry · free writing")
        self.title_label_entry.hide()
        self.autosaver.bind(DraftTarget(EntryKind.FREE), None)
        self.right.setCurrentIndex(1)
        self.edit_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.evidence_button.setEnabled(False)
        self._show_meeting_mark(None)
        self.content.setCurrentWidget(self.card)
        self.card.editor.focus_editor()

    def delete_current(self) -> None:
        uuid = self._entry.uuid if self._entry else self.autosaver.entry_uuid
        if uuid is None or not self.autosaver.flush():
            return
        row = self.list_view.currentIndex().row()
        try:
            self._journal.delete_entry(uuid)
        except StoreError as error:
            self.notice.tell(f"Couldn't delete: {error}", error=True)
            return
        self._deleted_uuid = uuid
        self.notice.offer_undo("Entry deleted.", self.undo_delete, name="Undo delete")
        self._entry = None
        self.autosaver.bind(DraftTarget(EntryKind.FREE), None)
        self.model.reload()
        self._update_count()
        if self.model.rowCount() and row >= 0:
            self.list_view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        else:
            self._show_entry(None)
        self.list_view.setFocus()

    def show_day(self, day: date) -> None:
        """Jump the list to a day's newest entry (or the nearest earlier day's) and open it."""
        row = self.model.row_of_day(day)
        if row < 0:
            self.notice.tell(f"You hadn't written anything yet by {day_heading(day, date.today())}.")
            return
        found: date | None = self.model.index(row).data(DAY_ROLE)
        if found is not None and found != day:
            self.notice.tell(
                f"Nothing written on {day_heading(day, date.today())}; here is the day before it that has "
                f"something: {day_heading(found, date.today())}."
            )
        else:
            self.notice.dismiss()
        index = self.model.index(row)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def set_marked_for_meeting(self, marked: bool) -> None:
        """Add or remove the check-in tag, saving the entry as it is so every page hears of it."""
        if self._entry is None or not self.autosaver.flush():
            self._show_meeting_mark(self._entry)
            return
        try:
            entry = self._journal.get_entry(self._entry.uuid)
            tags = set(entry.tags) - {MEETING_TAG}
            if marked:
                tags.add(MEETING_TAG)
            entry = self._journal.save_entry(EntryDraft(
                uuid=entry.uuid, kind=entry.kind, body=entry.body, stage=entry.stage,
                prompt_key=entry.prompt_key, title=entry.title, tags=tuple(sorted(tags)),
            ))
        except StoreError as error:
            self.notice.tell(f"The mark was not saved: {error}", error=True)
            self._show_meeting_mark(self._entry)
            return
        self._entry = entry
        # The editor saves with the tags it was given: hand it the new ones, keeping the caret.
        caret = self.card.editor.text_edit.textCursor().position()
        self.autosaver.bind(
            DraftTarget(entry.kind, entry.stage, entry.prompt_key, entry.title, entry.tags), entry
        )
        cursor = self.card.editor.text_edit.textCursor()
        cursor.setPosition(min(caret, len(self.card.editor.text_edit.toPlainText())))
        self.card.editor.text_edit.setTextCursor(cursor)
        self._show_meeting_mark(entry)

    def add_as_evidence(self) -> None:
        """Any entry can become evidence for a goal: the brag log grows from what was written."""
        from app.ui.plan.evidence_dialog import EvidenceDialog

        if self._entry is None:
            return
        plan = self._journal.plans.current_plan()
        if plan is None:
            self.notice.tell("Set up your plan on the Expectations page first, then add evidence.")
            return
        goals = self._journal.plans.goals(plan.uuid)
        summary = self._entry.title or first_line(self._entry.body, 200)
        written_on = local_date(self._entry.created_at)  # the win happened when it was written
        evidence, ok = EvidenceDialog.ask(self, goals, summary, self._entry.uuid, happened_on=written_on)
        if not ok or evidence is None:
            return
        try:
            self._journal.plans.save_evidence(evidence)
        except StoreError as error:
            self.notice.tell(f"The evidence was not saved: {error}", error=True)
        else:
            self._journal.changed("plan")
            self.notice.tell("Added to your evidence.")

    def undo_delete(self) -> None:
        if self._deleted_uuid is None:
            return
        try:
            entry = self._journal.restore_entry(self._deleted_uuid)
        except StoreError as error:
            self.notice.offer_undo(f"Couldn't bring it back: {error}", self.undo_delete,
                                   name="Try again to bring the entry back", error=True)
            return
        self._deleted_uuid = None
        self.notice.dismiss()
        self.model.reload()
        self._update_count()
        self._select_uuid(entry.uuid)

    # -- reactions -------------------------------------------------------------------------

    def _on_workbench_changed(self, area: str) -> None:
        if area in ("feelings", "checkins"):
            self.calendar.reload_marks()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        summary = indexes[0].data(SUMMARY_ROLE)
        if summary is None:
            return
        self.calendar.show_day(local_date(summary.created_at))  # the calendar follows the list
        if self._entry is not None and summary.uuid == self._entry.uuid:
            return
        if not self.autosaver.flush():  # stay with the unsaved text: undo the selection change
            if self._entry is not None:
                self._select_uuid(self._entry.uuid, keep_editor=True)
            else:
                blocked = self.list_view.selectionModel().blockSignals(True)
                self.list_view.clearSelection()
                self.list_view.selectionModel().blockSignals(blocked)
            return
        try:
            entry = self._journal.get_entry(summary.uuid)
        except NotFound:
            self.model.reload()
            return
        self._show_entry(entry)

    def _on_saved(self, entry: Entry) -> None:
        new = self._entry is None
        self._entry = entry
        if new:
            self.model.reload()
            self._update_count()
            self._select_uuid(entry.uuid, keep_editor=True)
            self.edit_button.setEnabled(True)
            self.delete_button.setEnabled(True)
            self.evidence_button.setEnabled(True)
            self._show_meeting_mark(entry)
            with_block = self.edit_button.blockSignals(True)
            self.edit_button.setChecked(True)
            self.edit_button.blockSignals(with_block)
        else:
            self.model.entry_changed(entry.id)  # its first line in the list follows the edit
        self.meta_label.setText(entry_meta(entry))

    def _set_editing(self, editing: bool) -> None:
        if self._entry is None:
            return
        if editing:
            self.content.setCurrentWidget(self.card)
            self.card.editor.focus_editor()
        else:
            if not self.autosaver.flush():
                blocked = self.edit_button.blockSignals(True)
                self.edit_button.setChecked(True)
                self.edit_button.blockSignals(blocked)
                return
            try:
                self._entry = self._journal.get_entry(self._entry.uuid)
            except NotFound:
                self._show_entry(None)
                return
            self.reader.show_markdown(self._entry.body)
            self.content.setCurrentWidget(self.reader)

    # -- drawing ---------------------------------------------------------------------------

    def _show_entry(self, entry: Entry | None) -> None:
        self._entry = entry
        if entry is None:
            total = self.model.rowCount()
            self.empty_label.setText(
                "Pick an entry on the left to read it." if total else
                "Nothing here yet. What you write on Today and in the four stages appears here, "
                "newest first. Or start a new entry now."
            )
            self.right.setCurrentIndex(0)
            return
        self.meta_label.setText(entry_meta(entry))
        self.title_label_entry.setText(entry.title)
        self.title_label_entry.setVisible(bool(entry.title))
        target = DraftTarget(entry.kind, entry.stage, entry.prompt_key, entry.title, entry.tags)
        self.autosaver.bind(target, entry)
        self.reader.show_markdown(entry.body)
        self.edit_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.evidence_button.setEnabled(True)
        self._show_meeting_mark(entry)
        blocked = self.edit_button.blockSignals(True)
        self.edit_button.setChecked(False)
        self.edit_button.blockSignals(blocked)
        self.content.setCurrentWidget(self.reader)
        self.right.setCurrentIndex(1)

    def _show_meeting_mark(self, entry: Entry | None) -> None:
        marked = entry is not None and MEETING_TAG in entry.tags
        blocked = self.meeting_button.blockSignals(True)
        self.meeting_button.setChecked(marked)
        self.meeting_button.blockSignals(blocked)
        self.meeting_button.setEnabled(entry is not None)
        self.marked_label.setVisible(marked)

    def _update_count(self) -> None:
        count = self.model.rowCount()  # the live entries, as just read for the list
        self.count_label.setText("No entries yet" if count == 0 else
                                 "1 entry" if count == 1 else f"{count:,} entries")

    def _select_uuid(self, uuid: str | None, keep_editor: bool = False) -> None:
        if uuid is None:
            self._show_entry(None)
            return
        row = self.model.row_of(uuid)
        if row < 0:
            self._show_entry(None)
            return
        blocked = self.list_view.selectionModel().blockSignals(keep_editor)
        self.list_view.setCurrentIndex(self.model.index(row))
        self.list_view.selectionModel().blockSignals(blocked)
        if not keep_editor and (self._entry is None or self._entry.uuid != uuid):
            self._show_entry(self._journal.get_entry(uuid))
