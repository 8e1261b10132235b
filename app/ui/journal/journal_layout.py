"""The Journal page's layout: the list with its calendar on the left, the entry on the right.

Widgets only; what they do is wired in journal_page.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.calendar_panel import CalendarPanel
from app.ui.journal.entry_delegate import EntryDelegate
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import field_label, name_clear_button
from app.ui.widgets.notice import InlineNotice
from app.ui.widgets.page_layout import Page
from app.ui.writing.safe_browser import SafeMarkdownView
from app.ui.writing.writing_card import WritingCard

_LIST_MIN_WIDTH = 300
_LIST_MAX_WIDTH = 440
MARKED_TEXT = "You marked this to bring to your next check-in."


class JournalLayout(Page):
    """The Journal page's widgets and how they sit; JournalPage (journal_page.py) wires them."""

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__("Journal", "", parent, scrolling=False)
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
        list_header = QHBoxLayout()
        list_header.addWidget(self.count_label, 1)
        list_header.addWidget(WrappingRow([self.calendar_button, self.new_button]), 0)

        self.calendar = CalendarPanel(journal)

        self.notice = InlineNotice("Journal notice")

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
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete this entry")
        self.delete_button.setToolTip("Delete this entry; you can undo it (Delete)")
        self.meta_label.setWordWrap(True)
        self.evidence_button = QPushButton("Add as evidence")
        self.evidence_button.setAccessibleName("Add this entry to your plan's evidence")
        self.evidence_button.setToolTip("Keep this as evidence: dated proof of your progress on a goal")
        self.meeting_button = QPushButton("Bring to next check-in")
        self.meeting_button.setCheckable(True)
        self.meeting_button.setObjectName("segment")
        self.meeting_button.setAccessibleName("Bring this entry to your next check-in")
        self.meeting_button.setToolTip("Mark this entry so the check-in brief offers it first")
        actions = WrappingRow(
            [self.meeting_button, self.evidence_button, self.edit_button, self.delete_button]
        )
        self.marked_label = QLabel(MARKED_TEXT)
        self.marked_label.setObjectName("muted")
        self.marked_label.setWordWrap(True)
        self.marked_label.setAccessibleName("Marked for your next check-in")
        self.marked_label.hide()

        self.tags_edit = QLineEdit()
        self.tags_edit.setAccessibleName("Tags")
        self.tags_edit.setAccessibleDescription("Tags for this entry, separated by commas")
        self.tags_edit.setPlaceholderText("Add tags, separated by commas: feedback, project…")
        self.tags_edit.setToolTip("Tags help you find entries again: search can show only one tag")
        self.tags_edit.setClearButtonEnabled(True)
        name_clear_button(self.tags_edit, "Clear the tags")
        tags_row = QHBoxLayout()
        tags_row.setSpacing(8)
        tags_label = field_label("T&ags", self.tags_edit)
        tags_label.setWordWrap(False)
        tags_label.ensurePolished()  # the stylesheet's font decides the width it needs: never squeezed
        tags_label.setMinimumWidth(tags_label.fontMetrics().horizontalAdvance("Tags") + 6)
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags_edit, 1)

        self.card = WritingCard(journal, "Entry text", "Write here…")
        self.card.kicker.hide()
        self.card.prompt.hide()
        self.card.hint.hide()
        self.card.setObjectName("plain")
        self.autosaver = self.card.autosaver
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
        entry_layout.addLayout(tags_row)
        entry_layout.addWidget(self.content, 1)

        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(entry_box)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(left_box, 2)
        columns.addWidget(self.right, 3)
        self.body.addLayout(columns, 1)

        self.edit_key = QShortcut(QKeySequence("Ctrl+E"), self)
        self.edit_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_view)
        self.delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.list_view.setItemDelegate(EntryDelegate(self.list_view, clock=journal.clock))
        self._wire_layout()

    def _wire_layout(self) -> None:
        """How the layout itself answers its controls; what the page does is wired in journal_page.py.
        (Not `_wire`: a subclass's own `_wire` must not run from this constructor.)"""
        self.calendar_button.toggled.connect(self.calendar_scroll.setVisible)
