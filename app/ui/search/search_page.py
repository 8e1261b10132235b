"""Search: find anything written, while typing; read the entry with the words you looked for marked.

Entries and the words written in every tool come in one ranked list. An entry opens on the right;
a tool's words show where they were written, and activating them asks the window to open them
in their tool (`open_source`).

Each search runs on a worker thread a moment after typing stops, so the keyboard never waits on
the database. Every request carries a number; an answer to anything but the newest is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import EVERY_AREA, Area, Change
from app.domain.records import Entry, EntryKind
from app.domain.search import (
    SearchFilters,
    SearchHit,
    SearchOrder,
    terms,
)
from app.domain.stages import Stage
from app.i18n import translate
from app.store.errors import StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.worker import BackgroundCall
from app.ui.journal.entry_list_model import entry_meta
from app.ui.search.search_model import HIT_ROLE, SearchHitDelegate, SearchResultsModel
from app.ui.search.search_words import (
    BEFORE_TYPING,
    KIND_CHOICES,
    MOOD_CHOICES,
    PICK_ONE,
    nothing_matches,
    order_hint,
    order_note,
)
from app.ui.search.tool_preview import ToolHitPreview
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import (
    make_date_edit,
    name_clear_button,
    name_parts,
    pydate,
    segment_button,
    shortcut,
)
from app.ui.widgets.page_layout import Page
from app.ui.writing.entry_reads import live_entry
from app.ui.writing.safe_browser import SafeMarkdownView

DEBOUNCE_MS = 200
RESULT_LIMIT = 50
_LIST_MIN_WIDTH = 300
_LIST_MAX_WIDTH = 460

# Every area holds words a search finds, except these: where you are in the prompts, settings,
# and drafts (words of a form that is not a record yet).
SEARCHED_AREAS = frozenset(EVERY_AREA - {Area.STAGE, Area.SETTINGS, Area.DRAFT})
_ENTRY_PAGE, _TOOL_PAGE = 1, 2


class SearchPage(Page):
    """Signals: results_ready(int count) once a search's newest results are on screen;
    open_source(kind, uuid, field) when words found in a tool are to be opened there (see
    `SearchHit` for what the three say)."""

    results_ready = Signal(int)
    open_source = Signal(str, str, str)

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(translate("SearchPage", "Search"), "", parent, scrolling=False)
        self._journal = journal
        self._generation = 0  # the number of the newest request; older answers are dropped
        self._searched_text = ""
        self._entry: Entry | None = None
        self._reading: tuple[str, str, str] | None = None  # source, uuid, field of what is open

        self._build()
        self._wire()
        self._show_state(translate("SearchPage", BEFORE_TYPING))

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.query_edit = QLineEdit()
        self.query_edit.setAccessibleName(translate("SearchPage", "Search your journal"))
        self.query_edit.setPlaceholderText(translate("SearchPage",
                                                     "Words to look for, or a \"phrase in quotes\""))
        self.query_edit.setClearButtonEnabled(True)
        self.order_note = QLabel(order_hint())  # what "best match" means, so no order is a surprise
        note = order_note()
        self.order_note.setToolTip(note)
        self.order_note.setAccessibleDescription(note)
        self.order_note.setObjectName("muted")
        self.order_note.setWordWrap(True)
        self.order_note.setAccessibleName(translate("SearchPage", "How results are ordered"))

        self.best_button = segment_button(translate("SearchPage", "Best match"),
                                          translate("SearchPage", "Order results by best match"))
        self.newest_button = segment_button(translate("SearchPage", "Newest first"),
                                            translate("SearchPage", "Order results newest first"))
        self.best_button.setChecked(True)
        self.order_group = QButtonGroup(self)
        self.order_group.setExclusive(True)
        self.order_group.addButton(self.best_button)
        self.order_group.addButton(self.newest_button)

        self.stage_combo = QComboBox()
        self.stage_combo.addItem(translate("SearchPage", "Any stage"), "")
        for stage in Stage:
            self.stage_combo.addItem(stage.label, stage.value)
        name_parts(self.stage_combo, translate("SearchPage", "Only what was written in this stage"))
        self.kind_combo = QComboBox()
        for text, kind in KIND_CHOICES:
            self.kind_combo.addItem(translate("SearchPage", text), kind.value if kind is not None else "")
        self.kind_combo.setToolTip(translate(
            "SearchPage", "Only journal entries have a kind: with one picked, tools are left out"))
        name_parts(self.kind_combo, translate("SearchPage", "Only entries of this kind"))
        self.mood_combo = QComboBox()
        for text, _moods in MOOD_CHOICES:
            self.mood_combo.addItem(translate("SearchPage", text))
        self.mood_combo.setToolTip(translate(
            "SearchPage", "Days are matched by the last mood check-in you logged that day"))
        name_parts(self.mood_combo, translate("SearchPage", "Only entries from days with this mood"))

        today = self._journal.clock.today()
        self.since_check = QCheckBox(translate("SearchPage", "From"))
        self.since_check.setAccessibleName(translate("SearchPage", "Only what was written from a date on"))
        self.since_edit = make_date_edit(translate("SearchPage", "Earliest date"), today.replace(day=1))
        self.until_check = QCheckBox(translate("SearchPage", "To"))
        self.until_check.setAccessibleName(translate("SearchPage", "Only what was written up to a date"))
        self.until_edit = make_date_edit(translate("SearchPage", "Latest date"), today)
        for edit in (self.since_edit, self.until_edit):
            edit.setEnabled(False)

        self.tag_edit = QLineEdit()
        self.tag_edit.setAccessibleName(translate("SearchPage", "Only entries with this tag"))
        self.tag_edit.setPlaceholderText(translate("SearchPage", "Tag"))
        self.tag_edit.setClearButtonEnabled(True)
        name_clear_button(self.query_edit, translate("SearchPage", "Clear the search"))
        name_clear_button(self.tag_edit, translate("SearchPage", "Clear the tag"))

        filters = WrappingRow([
            self.best_button, self.newest_button, self.stage_combo, self.kind_combo, self.mood_combo,
            _pair(self.since_check, self.since_edit), _pair(self.until_check, self.until_edit), self.tag_edit,
        ])

        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(translate("SearchPage", "Search status"))

        self.model = SearchResultsModel(self, today=self._journal.clock.today)
        self.list_view = QListView()
        self.list_view.setAccessibleName(translate("SearchPage", "Search results"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(SearchHitDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        left.addWidget(self.status_label)
        left.addWidget(self.list_view, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMinimumWidth(_LIST_MIN_WIDTH)
        left_box.setMaximumWidth(_LIST_MAX_WIDTH)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("intro")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("muted")
        self.meta_label.setWordWrap(True)
        self.entry_title = QLabel()
        self.entry_title.setObjectName("promptText")
        self.entry_title.setWordWrap(True)
        self.entry_title.setTextFormat(Qt.TextFormat.PlainText)
        self.reader = SafeMarkdownView()
        self.reader.setObjectName("reader")
        self.reader.setAccessibleName(translate("SearchPage", "Entry, with your search words marked"))
        entry_box = QWidget()
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.setSpacing(10)
        entry_layout.addWidget(self.meta_label)
        entry_layout.addWidget(self.entry_title)
        entry_layout.addWidget(self.reader, 1)
        self.tool_preview = ToolHitPreview()
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(entry_box)
        self.right.addWidget(self.tool_preview)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(left_box, 2)
        columns.addWidget(self.right, 3)
        self.body.addWidget(self.query_edit)
        self.body.addWidget(self.order_note)
        self.body.addWidget(filters)
        self.body.addLayout(columns, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)

    def _wire(self) -> None:
        self.query_edit.textChanged.connect(self._schedule)
        self.query_edit.returnPressed.connect(self._open_first)
        shortcut(self.query_edit, "Down", self.list_view.setFocus, Qt.ShortcutContext.WidgetShortcut)
        self.order_group.buttonToggled.connect(self._order_toggled)
        for combo in (self.stage_combo, self.kind_combo, self.mood_combo):
            combo.currentIndexChanged.connect(self.search_now)
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.search_now)
            edit.dateChanged.connect(self._date_changed)
        self.tag_edit.textChanged.connect(self._schedule)
        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        self.list_view.activated.connect(self._on_activated)
        self._debounce.timeout.connect(self.search_now)
        self._journal.changes.connect(self._on_change)
        self.tool_preview.open_requested.connect(self._open_previewed)

    # -- page ------------------------------------------------------------------------------

    def focus_first(self) -> None:
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def refresh(self) -> None:
        """Entries may have changed elsewhere: search again, keeping the entry being read."""
        if self.query_edit.text().strip():
            self.search_now()

    @property
    def current_entry(self) -> Entry | None:
        return self._entry

    def _on_change(self, change: Change) -> None:
        """Words changed anywhere, in an entry or a tool (or the moods the filter reads): results
        on screen follow a moment later; a hidden page searches again when next shown (`refresh`)."""
        if not self.isVisible() or not self.query_edit.text().strip():
            return
        if change.wholesale or change.touches(SEARCHED_AREAS):
            self._debounce.start()

    # -- searching -------------------------------------------------------------------------

    def filters(self) -> SearchFilters:
        stage_value, kind_value = self.stage_combo.currentData(), self.kind_combo.currentData()
        stage = Stage(stage_value) if stage_value else None  # Qt hands enum data back as plain str
        kind = EntryKind(kind_value) if kind_value else None
        tag = self.tag_edit.text().strip().lstrip("@#") or None
        since = pydate(self.since_edit.date()) if self.since_check.isChecked() else None
        until = pydate(self.until_edit.date()) if self.until_check.isChecked() else None
        return SearchFilters(
            stages=frozenset({stage}) if stage is not None else frozenset(),
            kinds=frozenset({kind}) if kind is not None else frozenset(),
            tag=tag, since=since, until=until, moods=MOOD_CHOICES[max(self.mood_combo.currentIndex(), 0)][1],
        )

    def order(self) -> SearchOrder:
        return SearchOrder.NEWEST if self.newest_button.isChecked() else SearchOrder.RANKED

    def search_now(self) -> None:
        """Start a search for what is in the box now; any answer still on its way goes stale."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        text = self.query_edit.text()
        if not text.strip():
            self._searched_text = ""
            self.model.clear()
            self.status_label.clear()
            self._show_state(translate("SearchPage", BEFORE_TYPING))
            self.results_ready.emit(0)
            return
        service = self._journal.search
        filters, order = self.filters(), self.order()

        def work() -> list[SearchHit]:  # runs on a worker thread: values in, values out, no widgets
            return service.search(text, filters, order, RESULT_LIMIT)

        call = BackgroundCall(work, self)
        call.finished.connect(lambda hits: self._on_results(call, generation, text, hits))
        call.failed.connect(lambda error: self._on_failed(call, generation, error))
        self.status_label.setText(translate("SearchPage", "Searching…"))
        call.start()

    def _order_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.search_now()

    def _schedule(self) -> None:
        self._debounce.start()

    def _date_changed(self, _day: QDate) -> None:
        if self.since_check.isChecked() or self.until_check.isChecked():
            self._debounce.start()

    def _on_results(self, call: BackgroundCall, generation: int, text: str, hits: Any) -> None:
        call.deleteLater()
        if generation != self._generation:
            return
        self._searched_text = text
        reading = self._reading
        self.model.set_hits(hits)
        count = len(hits)
        if count == 0:
            self.status_label.setText(translate("SearchPage", "No matches"))
            self._show_state(nothing_matches(text, self.filters() != SearchFilters()))
        else:
            more = "+" if count >= RESULT_LIMIT else ""
            self.status_label.setText(translate("SearchPage", "1 match") if count == 1 else translate(
                "SearchPage", "{count}{more} matches").format(count=count, more=more))
            row = next((row for row, hit in enumerate(hits) if _key(hit) == reading), -1)
            if row >= 0:
                self._select_row(row)
                self._open_hit(hits[row])  # read it again: it may have been edited meanwhile
            else:
                self._show_state(translate("SearchPage", PICK_ONE))
        self.results_ready.emit(count)

    def _on_failed(self, call: BackgroundCall, generation: int, error: object) -> None:
        call.deleteLater()
        if generation != self._generation:
            return
        self.model.clear()
        reason = str(error) if isinstance(error, StoreError) else translate("SearchPage",
                                                                            "something went wrong")
        self.status_label.setText(translate("SearchPage",
                                            "The search stopped: {reason}").format(reason=reason))
        self._show_state(translate("SearchPage",
                                   "Search couldn't finish this time. Change the words a little to "
                                   "try again."))
        self.results_ready.emit(0)

    def terms(self) -> list[str]:
        """The words of the search whose results are on screen, for marking in the entry."""
        return terms(self._searched_text)

    # -- reading ---------------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        """Show this result on the right: an entry with the search words marked, or where a
        tool's words were written."""
        if not 0 <= row < self.model.rowCount():
            return
        self._select_row(row)
        self._open_hit(self.model.hit(row))

    def _select_row(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        blocked = selection.blockSignals(True)
        self.list_view.setCurrentIndex(self.model.index(row))
        selection.blockSignals(blocked)

    def _open_first(self) -> None:
        self._debounce.stop()
        if self.model.rowCount():
            self.open_row(0)
            self.list_view.setFocus()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(HIT_ROLE) if current.isValid() else None
        if isinstance(hit, SearchHit):
            self._open_hit(hit)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return
        if self._reading != _key(hit):
            self._open_hit(hit)
        if hit.is_entry:
            self.reader.setFocus()
        else:
            self.open_source.emit(hit.source.value, hit.uuid, hit.field)

    def _open_previewed(self) -> None:
        hit = self.tool_preview.hit
        if hit is not None:
            self.open_source.emit(hit.source.value, hit.uuid, hit.field)

    def _open_hit(self, hit: SearchHit) -> None:
        if not hit.is_entry:
            self._entry = None
            self._reading = _key(hit)
            self.tool_preview.show_hit(hit, self._journal.clock.today())
            self.right.setCurrentIndex(_TOOL_PAGE)
            return
        entry = live_entry(self._journal, hit.uuid)
        if entry is None:
            self._show_state(translate("SearchPage",
                                       "That entry was deleted after this search. Search again to "
                                   "refresh the list."))
            return
        self._entry = entry
        self._reading = _key(hit)
        self.meta_label.setText(entry_meta(entry))
        self.entry_title.setText(entry.title)
        self.entry_title.setVisible(bool(entry.title))
        self.reader.show_markdown(entry.body)
        self._highlight(self.terms())
        self.right.setCurrentIndex(_ENTRY_PAGE)

    def _highlight(self, words: list[str]) -> None:
        """Mark every occurrence of the words with extra selections: the entry's text is never edited."""
        document = self.reader.document()
        mark = QTextCharFormat()
        palette = self.reader.palette()
        mark.setBackground(_mark_colour(palette))
        mark.setForeground(palette.color(QPalette.ColorRole.Text))
        selections: list[QTextEdit.ExtraSelection] = []
        options = (QRegularExpression.PatternOption.CaseInsensitiveOption
                   | QRegularExpression.PatternOption.UseUnicodePropertiesOption)
        for word in words:
            # From the start of a word, as FTS5 matches: one typed letter must not mark every letter.
            pattern = QRegularExpression(rf"(?<!\w){QRegularExpression.escape(word)}", options)
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(pattern, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = mark
                selections.append(selection)
        self.reader.setExtraSelections(selections)
        if selections:
            first = min(selections, key=lambda item: item.cursor.position())
            start = QTextCursor(first.cursor)
            start.clearSelection()
            self.reader.setTextCursor(start)
            self.reader.ensureCursorVisible()

    def _show_state(self, text: str) -> None:
        self._entry = None
        self._reading = None
        self.empty_label.setText(text)
        self.right.setCurrentIndex(0)


def _key(hit: SearchHit) -> tuple[str, str, str]:
    return hit.source.value, hit.uuid, hit.field


def _pair(first: QWidget, second: QWidget) -> QWidget:
    """Two controls that wrap onto a new line together: a checkbox and the date it switches on."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(first)
    row.addWidget(second)
    return holder


def _mark_colour(palette: QPalette) -> QColor:
    """A soft marker colour that reads on light and dark backgrounds alike."""
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(120, 96, 0) if base.lightness() < 128 else QColor(255, 226, 130)
