"""Journal: every entry newest first; read it rendered, edit it in place, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Entry, EntryKind
from app.domain.text import first_line
from app.store.errors import NotFound, StoreError
from app.ui.autosave import DraftTarget
from app.ui.entry_delegate import EntryDelegate
from app.ui.entry_list_model import SUMMARY_ROLE, EntryListModel, entry_meta
from app.ui.journal_events import ObservedJournal
from app.ui.notice import InlineNotice
from app.ui.page_layout import Page
from app.ui.safe_browser import SafeMarkdownView
from app.ui.writing_card import WritingCard

_LIST_MIN_WIDTH = 300
_LIST_MAX_WIDTH = 440


class JournalPage(Page):
    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__("Journal", "", parent, scrolling=False)
        self._journal = journal
        self._entry: Entry | None = None
        self._deleted_uuid: str | None = None

        self.model = EntryListModel(journal, self)
        self.list_view = QListView()
        self.list_view.setAccessibleName("Entries, newest first")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.new_button = QPushButton("New entry")
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName("New free-writing entry")
        self.new_button.setToolTip("Start a new entry (Ctrl+N)")
        self.new_button.clicked.connect(self.new_entry)
        list_header = QHBoxLayout()
        list_header.addWidget(self.count_label, 1)
        list_header.addWidget(self.new_button)

        self.notice = InlineNotice("Journal notice")
        self.notice.listen_for_undo_key(self)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(list_header)
        left.addWidget(self.notice)
        left.addWidget(self.list_view, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_box.setMinimumWidth(_LIST_MIN_WIDTH)
        left_box.setMaximumWidth(_LIST_MAX_WIDTH)

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
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.meta_label.setWordWrap(True)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        self.evidence_button = QPushButton("Add as evidence")
        self.evidence_button.setAccessibleName("Add this entry to your plan's evidence")
        self.evidence_button.setToolTip("Log this as a win or progress on one of your goals")
        self.evidence_button.clicked.connect(self.add_as_evidence)
        actions.insertWidget(1, self.evidence_button)

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
        entry_layout.addLayout(actions)
        entry_layout.addWidget(self.meta_label)
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

    def add_as_evidence(self) -> None:
        """Any entry can become evidence for a goal: the brag log grows from what was written."""
        from app.ui.evidence_dialog import EvidenceDialog

        if self._entry is None:
            return
        plan = self._journal.plans.current_plan()
        if plan is None:
            self.notice.tell("Set up your plan on the Expectations page first, then add evidence.")
            return
        goals = self._journal.plans.goals(plan.uuid)
        summary = self._entry.title or first_line(self._entry.body, 200)
        written_on = self._entry.created_at.astimezone().date()  # the win happened when it was written
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

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        summary = indexes[0].data(SUMMARY_ROLE)
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
            with_block = self.edit_button.blockSignals(True)
            self.edit_button.setChecked(True)
            self.edit_button.blockSignals(with_block)
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
        blocked = self.edit_button.blockSignals(True)
        self.edit_button.setChecked(False)
        self.edit_button.blockSignals(blocked)
        self.content.setCurrentWidget(self.reader)
        self.right.setCurrentIndex(1)

    def _update_count(self) -> None:
        count = self._journal.count_entries()
        self.count_label.setText("No entries yet" if count == 0 else
                                 "1 entry" if count == 1 else f"{count:,} entries")

    def _select_uuid(self, uuid: str | None, keep_editor: bool = False) -> None:
        if uuid is None:
            self._show_entry(None)
            return
        row = self.model.row_of(uuid)
        while row < 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(uuid)
        if row < 0:
            self._show_entry(None)
            return
        blocked = self.list_view.selectionModel().blockSignals(keep_editor)
        self.list_view.setCurrentIndex(self.model.index(row))
        self.list_view.selectionModel().blockSignals(blocked)
        if not keep_editor and (self._entry is None or self._entry.uuid != uuid):
            self._show_entry(self._journal.get_entry(uuid))
