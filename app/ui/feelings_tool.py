"""The Feelings stage's own tool: mood check-ins, whom to forgive, stay or go, and the chart.

Four sections behind segmented buttons. Check-ins are saved when the person presses Save (a
check-in is a deliberate moment, timed when it is taken); the forgiveness editor and the current
stay-or-go sitting are saved by their Save buttons and also by `flush()`, so leaving the page or
closing the app never loses what was typed. Every save tells the journal `changed("feelings")`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.emotions import EmotionCatalogue, strongest
from app.domain.text import first_line
from app.domain.workbench import Decision, ForgivenessItem, ForgivenessStatus, MoodCheck, StayOrGo
from app.store.errors import StoreError
from app.ui.journal_events import ObservedJournal
from app.ui.mood_chart import MOOD_WORDS, MoodChart
from app.ui.mood_check import MOOD_NEEDED, MoodCheckForm, WrapGrid, name_inner_editor

log = logging.getLogger(__name__)

AREA = "feelings"
RECENT_LIMIT = 60  # the list shows the newest check-ins; the chart shows them all
SECTIONS = (
    ("checkin", "Check in"),
    ("forgiveness", "Forgiveness"),
    ("stay", "Stay or go"),
    ("chart", "Over time"),
)


# -- small shared pieces -----------------------------------------------------------------------


def when_text(moment: datetime, with_time: bool = True) -> str:
    """A moment in local time, the way a person says it: "Tue 3 Mar, 21:04"."""
    local = moment.astimezone()
    text = f"{local:%a} {local.day} {local:%b}"
    if local.year != datetime.now().year:
        text += f" {local.year}"
    return text + (f", {local:%H:%M}" if with_time else "")


def day_text(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def heading(text: str, object_name: str = "cardHeading") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def plain_label(text: str, object_name: str = "") -> QLabel:
    """A label for the person's own words: never read as rich text, selectable, wrapped."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def text_box(name: str, placeholder: str, min_height: int = 96) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName("markdownEditor")
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(min_height)
    return edit


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(10)
    return frame, layout


def shortcut(parent: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made


class StatusLabel(QLabel):
    """"Saved", or what went wrong, beside a Save button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStatus")
        self.setAccessibleName(name)
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        self.setProperty("state", "error" if error else "saved")
        self.setText(text)
        self.style().unpolish(self)
        self.style().polish(self)


class UndoBar(QFrame):
    """A banner after a delete: what went, and a button to bring it back (also Ctrl+Z)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton("Undo")
        self.button.setAccessibleName(f"Undo: bring the {what} back")
        self.button.setToolTip("Bring it back (Ctrl+Z)")
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._undo: Callable[[], bool] | None = None
        self.hide()

    def offer(self, text: str, undo: Callable[[], bool]) -> None:
        self._undo = undo
        self.setProperty("state", "")
        self.label.setText(text)
        self.button.show()
        self.show()
        self.style().unpolish(self)
        self.style().polish(self)

    def report(self, text: str) -> None:
        self.setProperty("state", "error")
        self.label.setText(text)
        self.button.setVisible(self._undo is not None)
        self.show()
        self.style().unpolish(self)
        self.style().polish(self)

    @property
    def can_undo(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        if self._undo is None:
            return
        if self._undo():
            self._undo = None
            self.hide()

    def dismiss(self) -> None:
        self._undo = None
        self.hide()


class ResponsiveRow(QWidget):
    """Side by side when there is room, one above the other when the text is large or the window narrow."""

    def __init__(self, min_chars: int = 70, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_chars = min_chars
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(20)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Explicit, so that side by side never holds the page wider than one column needs.
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        widths = [item.minimumSize().width() for item in items if item is not None]
        self.setMinimumWidth(max(widths, default=0))
        wide = event.size().width() >= self._min_chars * self.fontMetrics().averageCharWidth()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.box.setSpacing(20 if wide else 12)


def segment_group(parent: QWidget, options: list[tuple[str, str, str]]) -> tuple[QButtonGroup, WrapGrid,
                                                                                   dict[str, QPushButton]]:
    """Exclusive, checkable pill buttons: (key, text, accessible name) each."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    grid = WrapGrid(spacing=8, max_columns=len(options))
    buttons: dict[str, QPushButton] = {}
    for key, text, name in options:
        button = QPushButton(text)
        button.setObjectName("segment")
        button.setCheckable(True)
        button.setAccessibleName(name)
        group.addButton(button)
        grid.add(button)
        buttons[key] = button
    return group, grid, buttons


# -- Check in ----------------------------------------------------------------------------------


def describe_mood_check(check: MoodCheck) -> str:
    """Two lines for the list: when and the overall mood; then the feelings and the note."""
    top = f"{when_text(check.at)}  ·  {MOOD_WORDS.get(check.mood, '')} ({check.mood} of 5)"
    feelings = ", ".join(f"{r.name} {r.intensity}" for r in strongest(check.emotions, len(check.emotions)))
    note = first_line(check.note, 70)
    second = "  ·  ".join(part for part in (feelings, f"“{note}”" if note else "") if part)
    return f"{top}\n{second}" if second else top


class CheckInSection(QWidget):
    """The form, its Save button, and the recent check-ins with delete and undo.

    Signals: saved(MoodCheck) — a check-in was saved (or brought back); deleted(str uuid).
    """

    saved = Signal(object)
    deleted = Signal(str)

    def __init__(self, journal: ObservedJournal, emotions: EmotionCatalogue,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._checks: list[MoodCheck] = []

        form_card, form_layout = card()
        title = heading("How are you, right now?", "promptText")
        hint = heading("A check-in takes a minute. Over the weeks, they show you what is changing.",
                       "promptHint")
        self.form = MoodCheckForm(emotions)
        self.form.changed.connect(self._on_form_changed)
        self.status = StatusLabel("Check-in save status")
        self.save_button = QPushButton("Save check-in")
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName("Save check-in")
        self.save_button.setToolTip("Save this check-in (Ctrl+Enter)")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton("Start over")
        self.clear_button.setAccessibleName("Clear the check-in form")
        self.clear_button.clicked.connect(self.form.clear)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.save_button)
        form_layout.addWidget(title)
        form_layout.addWidget(hint)
        form_layout.addWidget(self.form)
        form_layout.addLayout(actions)

        history_heading = heading("Your recent check-ins")
        self.undo_bar = UndoBar("check-in")
        self.empty_label = heading(
            "Nothing here yet. Your first check-in will appear here as soon as you save it: pick "
            "a feeling or two above, choose how you are overall, and press Save check-in.",
            "intro",
        )
        self.history = QListWidget()
        self.history.setAccessibleName("Your recent check-ins, newest first")
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setMinimumHeight(10 * self.fontMetrics().lineSpacing())
        self.history.currentRowChanged.connect(lambda _row: self._update_buttons())
        history_heading.setBuddy(self.history)
        self.count_label = heading("", "muted")
        self.delete_button = QPushButton("Delete check-in")
        self.delete_button.setAccessibleName("Delete the selected check-in")
        self.delete_button.setToolTip("Delete the selected check-in; you can undo it (Delete)")
        self.delete_button.clicked.connect(self.delete_selected)
        history_actions = QHBoxLayout()
        history_actions.addWidget(self.count_label, 1)
        history_actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(form_card)
        layout.addSpacing(6)
        layout.addWidget(history_heading)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.history)
        layout.addLayout(history_actions)

        shortcut(self, "Ctrl+Return", self.save)
        shortcut(self, "Ctrl+Enter", self.save)
        shortcut(self, QKeySequence.StandardKey.Undo, self.undo_bar.undo)
        shortcut(self.history, QKeySequence.StandardKey.Delete, self.delete_selected,
                 Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> MoodCheck | None:
        if not self.form.is_complete():
            self.status.say(MOOD_NEEDED, error=True)
            self.form.focus_mood()
            return None
        check = self.form.value()
        try:
            stored = self._journal.feelings.save_mood_check(check)
        except StoreError as error:
            self.status.say(f"Not saved: {error} Your choices are still here; try again.", error=True)
            return None
        self.form.clear()
        self.status.say(f"Saved your check-in at {stored.at.astimezone():%H:%M}.")
        self.undo_bar.dismiss()
        self.saved.emit(stored)
        self.form.focus_first()
        return stored

    def delete_selected(self) -> None:
        check = self.selected()
        if check is None:
            return
        row = self.history.currentRow()
        try:
            self._journal.feelings.delete_mood_check(check.uuid)
        except StoreError as error:
            self.undo_bar.report(f"Couldn't delete it: {error}")
            return
        self.undo_bar.offer(f"Deleted the check-in from {when_text(check.at)}.", lambda: self._restore(check))
        self.deleted.emit(check.uuid)
        if self.history.count():
            self.history.setCurrentRow(min(row, self.history.count() - 1))
            self.history.setFocus()
        else:  # the list is gone: keep the keyboard on the way back
            self.undo_bar.button.setFocus()

    def _restore(self, check: MoodCheck) -> bool:
        try:
            stored = self._journal.feelings.save_mood_check(check)
        except StoreError as error:
            self.undo_bar.report(f"Couldn't bring it back: {error}")
            return False
        self.saved.emit(stored)
        self.select(stored.uuid)
        return True

    # -- reading ---------------------------------------------------------------------------

    def show_checks(self, checks: list[MoodCheck]) -> None:
        """Fill the list from all check-ins (oldest first, as the store gives them)."""
        selected = self.selected()
        self._checks = list(reversed(checks))[:RECENT_LIMIT]
        self.history.clear()
        for check in self._checks:
            item = QListWidgetItem(describe_mood_check(check))
            item.setData(Qt.ItemDataRole.UserRole, check.uuid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, describe_mood_check(check).replace("\n", ". "))
            self.history.addItem(item)
        count = len(checks)
        self.count_label.setText(
            "" if count == 0 else "1 check-in" if count == 1 else
            f"{count} check-ins" + (f", the {RECENT_LIMIT} newest shown" if count > RECENT_LIMIT else "")
        )
        self.empty_label.setVisible(count == 0)
        self.history.setVisible(count > 0)
        self.delete_button.setVisible(count > 0)
        if selected is not None:
            self.select(selected.uuid)
        self._update_buttons()

    def selected(self) -> MoodCheck | None:
        row = self.history.currentRow()
        return self._checks[row] if 0 <= row < len(self._checks) else None

    def select(self, check_uuid: str) -> None:
        for row, check in enumerate(self._checks):
            if check.uuid == check_uuid:
                self.history.setCurrentRow(row)
                return

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def _on_form_changed(self) -> None:
        if self.form.is_complete() and self.status.property("state") == "error":
            self.status.clear()


# -- Forgiveness -------------------------------------------------------------------------------

_STATUS_OPTIONS = [
    (ForgivenessStatus.NOT_YET.value, ForgivenessStatus.NOT_YET.label, "Status: not yet"),
    (ForgivenessStatus.WORKING_ON_IT.value, ForgivenessStatus.WORKING_ON_IT.label, "Status: working on it"),
    (ForgivenessStatus.FORGIVEN.value, ForgivenessStatus.FORGIVEN.label, "Status: forgiven"),
]
MYSELF = "Myself"


class ForgivenessSection(QWidget):
    """The list of whom and what to forgive, and an editor for one of them.

    Signals: saved() — an item was saved, deleted or brought back.
    """

    saved = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._items: list[ForgivenessItem] = []
        self._current: ForgivenessItem | None = None  # None: a new one, not saved yet
        self._loading = False
        self._dirty = False

        intro = heading(
            "Forgiving someone is not the same as saying they were right. It is deciding to stop "
            "carrying it around every day. Write down whom or what you are holding on to, "
            "yourself included, and where you are with each.",
            "intro",
        )
        self.undo_bar = UndoBar("person or thing you deleted")

        list_heading = heading("Your list")
        self.list = QListWidget()
        self.list.setAccessibleName("Whom and what to forgive")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(8 * self.fontMetrics().lineSpacing())
        self.list.currentItemChanged.connect(self._on_current_changed)
        list_heading.setBuddy(self.list)
        self.empty_label = heading(
            "Nobody on your list yet. Start with the one that comes to mind first: your manager, "
            "a coworker, the company, or you. Fill in the form and press Save.",
            "muted",
        )
        self.add_button = QPushButton("Add someone or something")
        self.add_button.setAccessibleName("Add someone or something to forgive")
        self.add_button.setToolTip("Start a new item on your list")
        self.add_button.clicked.connect(self.new_item)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(list_heading)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.add_button)
        left_layout.addStretch(0)  # takes the room the list leaves while it is empty
        self._left_layout = left_layout

        editor, editor_layout = card()
        self.editor_title = heading("", "promptText")
        whom_label = heading("Whom or what")
        self.whom_edit = QLineEdit()
        self.whom_edit.setAccessibleName("Whom or what to forgive")
        self.whom_edit.setPlaceholderText("A person, a group, a situation, or yourself")
        whom_label.setBuddy(self.whom_edit)
        self.myself_button = QPushButton("It's me")
        self.myself_button.setObjectName("linkButton")
        self.myself_button.setAccessibleName("This is about forgiving myself")
        self.myself_button.clicked.connect(lambda: self.whom_edit.setText(MYSELF))
        whom_row = QHBoxLayout()
        whom_row.addWidget(self.whom_edit, 1)
        whom_row.addWidget(self.myself_button)
        happened_label = heading("What happened")
        self.happened_edit = text_box("What happened",
                                      "As plainly as you can: what was said or done, and when…")
        happened_label.setBuddy(self.happened_edit)
        status_label = heading("Where you are with it")
        self.status_group, status_grid, self.status_buttons = segment_group(self, _STATUS_OPTIONS)
        status_label.setBuddy(self.status_buttons[ForgivenessStatus.NOT_YET.value])
        notes_label = heading("Notes")
        self.notes_edit = text_box("Notes", "What would help you let go? What is still in the way?", 80)
        notes_label.setBuddy(self.notes_edit)
        self.status = StatusLabel("Forgiveness save status")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete this item from your list")
        self.delete_button.setToolTip("Remove it from your list; you can undo it")
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName("Save this item")
        self.save_button.setToolTip("Save (Ctrl+Enter)")
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.save_button)
        editor_layout.addWidget(self.editor_title)
        editor_layout.addWidget(whom_label)
        editor_layout.addLayout(whom_row)
        part: QWidget
        for part in (happened_label, self.happened_edit, status_label, status_grid, notes_label,
                       self.notes_edit):
            editor_layout.addWidget(part)
        editor_layout.addLayout(actions)

        columns = ResponsiveRow(min_chars=90)
        columns.box.addWidget(left, 2)
        columns.box.addWidget(editor, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.undo_bar)
        layout.addWidget(columns)

        self.whom_edit.textEdited.connect(self._mark_dirty)
        self.happened_edit.textChanged.connect(self._mark_dirty)
        self.notes_edit.textChanged.connect(self._mark_dirty)
        self.status_group.buttonToggled.connect(self._on_status_toggled)
        shortcut(self, "Ctrl+Return", self.save)
        shortcut(self, "Ctrl+Enter", self.save)
        shortcut(self, QKeySequence.StandardKey.Undo, self.undo_bar.undo)
        shortcut(self.list, QKeySequence.StandardKey.Delete, self.delete_current,
                 Qt.ShortcutContext.WidgetShortcut)
        self._load(None)

    # -- state -----------------------------------------------------------------------------

    @property
    def current(self) -> ForgivenessItem | None:
        return self._current

    @property
    def items(self) -> list[ForgivenessItem]:
        return list(self._items)

    def is_dirty(self) -> bool:
        return self._dirty

    def refresh(self) -> None:
        """Reload the list; the editor follows its item (call flush first)."""
        try:
            self._items = self._journal.feelings.forgiveness()
        except StoreError as error:
            self.status.say(f"Couldn't read your list: {error}", error=True)
            return
        keep = self._current.uuid if self._current else None
        fresh = next((item for item in self._items if item.uuid == keep), None)
        self._fill_list(fresh.uuid if fresh else None)
        if not self._dirty:
            self._load(fresh)

    def flush(self) -> bool:
        """Save unsaved edits; False (and a message) if they can't be saved yet."""
        if not self._dirty:
            return True
        return self.save() is not None

    # -- actions ---------------------------------------------------------------------------

    def new_item(self) -> None:
        if not self.flush():
            return
        self._select_row(None)
        self._load(None)
        self.whom_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> ForgivenessItem | None:
        whom = self.whom_edit.text().strip()
        if not whom:
            self.status.say("Write whom or what this is about first, then save.", error=True)
            self.whom_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        now = datetime.now(UTC)
        current = self._current
        item = ForgivenessItem(
            uuid=current.uuid if current else str(uuid.uuid4()),
            whom=whom,
            what_happened=self.happened_edit.toPlainText().strip(),
            status=self._status(),
            notes=self.notes_edit.toPlainText().strip(),
            created_at=current.created_at if current else now,
            updated_at=now,
        )
        try:
            stored = self._journal.feelings.save_forgiveness(item)
        except StoreError as error:
            self.status.say(f"Not saved: {error} Your words are still here; try again.", error=True)
            return None
        self._dirty = False
        self._current = stored
        self.refresh()
        self.status.say("Saved.")
        self.saved.emit()
        return stored

    def delete_current(self) -> None:
        item = self._current
        if item is None:
            return
        try:
            self._journal.feelings.delete_forgiveness(item.uuid)
        except StoreError as error:
            self.undo_bar.report(f"Couldn't delete it: {error}")
            return
        self._dirty = False
        self._current = None
        self.undo_bar.offer(f"Removed “{first_line(item.whom, 60)}” from your list.",
                            lambda: self._restore(item))
        self.refresh()
        self._load(None)
        self.saved.emit()
        if self._items:
            self.list.setFocus()
        else:
            self.whom_edit.setFocus()

    def _restore(self, item: ForgivenessItem) -> bool:
        if not self.flush():
            return False
        try:
            stored = self._journal.feelings.save_forgiveness(item)
        except StoreError as error:
            self.undo_bar.report(f"Couldn't bring it back: {error}")
            return False
        self._current = stored
        self.refresh()
        self.saved.emit()
        return True

    # -- reactions -------------------------------------------------------------------------

    def _on_current_changed(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading or item is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        if self._current is not None and self._current.uuid == wanted:
            return
        if not self.flush():  # stay with the unsaved words: put the selection back
            self._select_row(self._current.uuid if self._current else None)
            return
        self._load(next((i for i in self._items if i.uuid == wanted), None))

    def _on_status_toggled(self, _button: QPushButton, on: bool) -> None:
        if on:
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            if self.status.property("state") != "error":
                self.status.say("Not saved yet.")

    # -- drawing ---------------------------------------------------------------------------

    def _status(self) -> ForgivenessStatus:
        for key, button in self.status_buttons.items():
            if button.isChecked():
                return ForgivenessStatus(key)
        return ForgivenessStatus.NOT_YET

    def _load(self, item: ForgivenessItem | None) -> None:
        self._loading = True
        self._current = item
        self._dirty = False
        self.editor_title.setText(item.whom if item else "Someone or something new")
        self.editor_title.setTextFormat(Qt.TextFormat.PlainText)
        self.whom_edit.setText(item.whom if item else "")
        self.happened_edit.setPlainText(item.what_happened if item else "")
        self.notes_edit.setPlainText(item.notes if item else "")
        status = item.status if item else ForgivenessStatus.NOT_YET
        self.status_buttons[status.value].setChecked(True)
        self.delete_button.setEnabled(item is not None)
        self.status.say(f"Last changed {when_text(item.updated_at)}." if item else "")
        self._loading = False

    def _fill_list(self, selected_uuid: str | None) -> None:
        self._loading = True
        self.list.clear()
        for entry in self._items:
            text = f"{entry.whom}  ·  {entry.status.label}"
            happened = first_line(entry.what_happened, 60)
            if happened:
                text += f"\n{happened}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.uuid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            self.list.addItem(item)
        self.empty_label.setVisible(not self._items)
        self.list.setVisible(bool(self._items))
        self._left_layout.setStretch(self._left_layout.count() - 1, 0 if self._items else 1)
        self._loading = False
        self._select_row(selected_uuid)

    def _select_row(self, item_uuid: str | None) -> None:
        self._loading = True
        self.list.setCurrentRow(-1)
        for row, entry in enumerate(self._items):
            if entry.uuid == item_uuid:
                self.list.setCurrentRow(row)
        self._loading = False


# -- Stay or go --------------------------------------------------------------------------------

_DECISION_OPTIONS = [
    (Decision.UNDECIDED.value, Decision.UNDECIDED.label, "Decision: not decided yet"),
    (Decision.STAY.value, Decision.STAY.label, "Decision: stay and commit"),
    (Decision.LEAVE.value, Decision.LEAVE.label, "Decision: plan to leave"),
]


class SittingCard(QFrame):
    """An earlier stay-or-go sitting, read-only."""

    def __init__(self, sitting: StayOrGo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.sitting = sitting
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        decided = f", decided {day_text(sitting.decided_on)}" if sitting.decided_on else ""
        layout.addWidget(heading(f"{when_text(sitting.created_at, with_time=False)}  ·  "
                                 f"{sitting.decision.label}{decided}"))
        for title, text in (("Reasons to stay", sitting.reasons_to_stay),
                            ("Reasons to leave", sitting.reasons_to_leave),
                            ("What would have to be true to stay", sitting.conditions_to_stay)):
            if text.strip():
                layout.addWidget(heading(title, "muted"))
                layout.addWidget(plain_label(text))
        if not any(t.strip() for t in (sitting.reasons_to_stay, sitting.reasons_to_leave,
                                       sitting.conditions_to_stay)):
            layout.addWidget(heading("Nothing written in this sitting.", "muted"))


class StayOrGoSection(QWidget):
    """The current sitting in an editor; Revisit starts a new one; earlier sittings stay below.

    Signals: saved() — a sitting was saved.
    """

    saved = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._sittings: list[StayOrGo] = []  # newest first, as stored
        self._current: StayOrGo | None = None  # the stored sitting being edited, if any
        self._draft_uuid = str(uuid.uuid4())  # the uuid a new sitting will be saved under
        self._revisiting = False
        self._loading = False
        self._dirty = False

        self.intro = heading(
            "There is no right answer here, only an honest one. Write down what pulls you to "
            "stay and what pulls you to go, and what would have to change for staying to work. "
            "You can come back to it as often as you need: each time you revisit, what you "
            "thought before is kept.",
            "intro",
        )
        editor, editor_layout = card()
        self.sitting_label = heading("", "muted")
        self.stay_edit = text_box("Reasons to stay", "What you value here, what you'd lose, what could grow…")
        self.leave_edit = text_box("Reasons to leave", "What wears you down, what you'd gain elsewhere…")
        self.conditions_edit = text_box("What would have to be true to stay",
                                        "Support, a change of role, a different way of working…", 80)
        stay_box, leave_box = QWidget(), QWidget()
        for box, title, edit in ((stay_box, "Reasons to stay", self.stay_edit),
                                 (leave_box, "Reasons to leave", self.leave_edit)):
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(6)
            label = heading(title)
            label.setBuddy(edit)
            box_layout.addWidget(label)
            box_layout.addWidget(edit)
        sides = ResponsiveRow(min_chars=70)
        sides.box.addWidget(stay_box, 1)
        sides.box.addWidget(leave_box, 1)
        conditions_label = heading("What would have to be true for you to stay?")
        conditions_label.setBuddy(self.conditions_edit)
        decision_label = heading("Your decision")
        self.decision_group, decision_grid, self.decision_buttons = segment_group(self, _DECISION_OPTIONS)
        decision_label.setBuddy(self.decision_buttons[Decision.UNDECIDED.value])
        date_label = QLabel("Decided on")
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setAccessibleName("Date of the decision")
        self.date_edit.setToolTip("Change the day, month or year with the arrow keys")
        name_inner_editor(self.date_edit)
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        date_label.setBuddy(self.date_edit)
        self.date_row = QWidget()  # shown once there is a decision to date
        date_row = QHBoxLayout(self.date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        self.status = StatusLabel("Stay or go save status")
        self.revisit_button = QPushButton("Revisit")
        self.revisit_button.setAccessibleName("Revisit: start a new sitting from this one")
        self.revisit_button.setToolTip("Start a new sitting, filled in from this one; this one is kept")
        self.revisit_button.clicked.connect(self.revisit)
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName("Save this sitting")
        self.save_button.setToolTip("Save (Ctrl+Enter)")
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.revisit_button)
        actions.addWidget(self.save_button)
        editor_layout.addWidget(self.sitting_label)
        editor_layout.addWidget(sides)
        editor_layout.addWidget(conditions_label)
        editor_layout.addWidget(self.conditions_edit)
        editor_layout.addWidget(decision_label)
        editor_layout.addWidget(decision_grid)
        editor_layout.addWidget(self.date_row)
        editor_layout.addLayout(actions)

        self.earlier_heading = heading("Earlier sittings, newest first")
        self.earlier_empty = heading(
            "When you revisit, the sitting you have now is kept here, just as you left it.", "muted")
        self.earlier_box = QWidget()
        self.earlier_layout = QVBoxLayout(self.earlier_box)
        self.earlier_layout.setContentsMargins(0, 0, 0, 0)
        self.earlier_layout.setSpacing(10)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(editor)
        layout.addSpacing(6)
        layout.addWidget(self.earlier_heading)
        layout.addWidget(self.earlier_empty)
        layout.addWidget(self.earlier_box)

        for edit in (self.stay_edit, self.leave_edit, self.conditions_edit):
            edit.textChanged.connect(self._mark_dirty)
        self.decision_group.buttonToggled.connect(self._on_decision_toggled)
        self.date_edit.dateChanged.connect(lambda _d: self._mark_dirty())
        shortcut(self, "Ctrl+Return", self.save)
        shortcut(self, "Ctrl+Enter", self.save)
        self._show_sitting(None, None)

    # -- state -----------------------------------------------------------------------------

    @property
    def sittings(self) -> list[StayOrGo]:
        return list(self._sittings)

    @property
    def earlier(self) -> list[StayOrGo]:
        """The read-only sittings shown below the editor, newest first."""
        return [card.sitting for card in self.earlier_box.findChildren(SittingCard)]

    @property
    def revisiting(self) -> bool:
        return self._revisiting

    def is_dirty(self) -> bool:
        return self._dirty

    def refresh(self) -> None:
        try:
            self._sittings = self._journal.feelings.decisions()
        except StoreError as error:
            self.status.say(f"Couldn't read your sittings: {error}", error=True)
            return
        if self._revisiting or self._dirty:
            self._show_earlier()
            return
        latest = self._sittings[0] if self._sittings else None
        self._show_sitting(latest, latest)

    def flush(self) -> bool:
        if not self._dirty:
            return True
        return self.save() is not None

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> StayOrGo | None:
        decision = self._decision()
        current = self._current
        sitting = StayOrGo(
            uuid=current.uuid if current else self._draft_uuid,
            reasons_to_stay=self.stay_edit.toPlainText().strip(),
            reasons_to_leave=self.leave_edit.toPlainText().strip(),
            conditions_to_stay=self.conditions_edit.toPlainText().strip(),
            decision=decision,
            decided_on=None if decision == Decision.UNDECIDED else self._decided_on(),
            created_at=current.created_at if current else datetime.now(UTC),
        )
        try:
            stored = self._journal.feelings.save_decision(sitting)
        except StoreError as error:
            self.status.say(f"Not saved: {error} Your words are still here; try again.", error=True)
            return None
        self._dirty = False
        self._revisiting = False
        self._current = stored
        self.refresh()
        self.status.say("Saved.")
        self.saved.emit()
        return stored

    def revisit(self) -> None:
        """A new sitting, filled in from the latest; the latest is kept as it is."""
        if not self.flush():
            return
        latest = self._sittings[0] if self._sittings else None
        if latest is None:
            return
        self._draft_uuid = str(uuid.uuid4())
        self._revisiting = True
        self._show_sitting(None, latest)
        self.status.say("A new sitting, filled in from your last one. Change what has changed, then save.")
        self.stay_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drawing ---------------------------------------------------------------------------

    def _decided_on(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def _decision(self) -> Decision:
        for key, button in self.decision_buttons.items():
            if button.isChecked():
                return Decision(key)
        return Decision.UNDECIDED

    def _show_sitting(self, current: StayOrGo | None, source: StayOrGo | None) -> None:
        """Edit `current` (None: a new sitting), its fields taken from `source`."""
        self._loading = True
        self._current = current
        self._dirty = False
        self.stay_edit.setPlainText(source.reasons_to_stay if source else "")
        self.leave_edit.setPlainText(source.reasons_to_leave if source else "")
        self.conditions_edit.setPlainText(source.conditions_to_stay if source else "")
        decision = source.decision if source else Decision.UNDECIDED
        self.decision_buttons[decision.value].setChecked(True)
        decided = source.decided_on if source and current is not None else None
        shown = QDate(decided.year, decided.month, decided.day) if decided else QDate.currentDate()
        self.date_edit.setDate(shown)
        self.date_row.setVisible(decision != Decision.UNDECIDED)
        if current is not None:
            self.sitting_label.setText(f"Your current sitting, started {when_text(current.created_at)}")
        elif self._revisiting:
            self.sitting_label.setText("A new sitting (not saved yet)")
        else:
            self.sitting_label.setText("Your first sitting")
        self.revisit_button.setEnabled(current is not None)
        self._loading = False
        self._show_earlier()

    def _show_earlier(self) -> None:
        editing = self._current.uuid if self._current else None
        earlier = [s for s in self._sittings if s.uuid != editing]
        for old in self.earlier_box.findChildren(SittingCard):
            self.earlier_layout.removeWidget(old)
            old.deleteLater()
            old.setParent(None)
        for sitting in earlier:
            self.earlier_layout.addWidget(SittingCard(sitting))
        self.earlier_empty.setVisible(not earlier)
        self.earlier_box.setVisible(bool(earlier))

    def _on_decision_toggled(self, _button: QPushButton, on: bool) -> None:
        if not on:
            return
        self.date_row.setVisible(self._decision() != Decision.UNDECIDED)
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            if self.status.property("state") != "error":
                self.status.say("Not saved yet.")


# -- Over time ---------------------------------------------------------------------------------


class OverTimeSection(QWidget):
    """The chart, a sentence that sums it up, and how to read it."""

    def __init__(self, emotions: EmotionCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, frame_layout = card()
        self.chart = MoodChart(emotions)
        self.chart.setMinimumHeight(320)
        frame_layout.setContentsMargins(8, 8, 8, 8)
        frame_layout.addWidget(self.chart)
        self.summary = heading("", "intro")
        self.summary.setAccessibleName("Chart summary")
        how = heading(
            "The line is your overall mood at each check-in. The dots underneath are the strongest "
            "feelings you named, up to three, larger when they were stronger and coloured by family. "
            "Dashed lines mark your check-in meetings. Rest the pointer on a check-in to see it in full.",
            "muted",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(frame, 1)
        layout.addWidget(self.summary)
        layout.addWidget(how)

    def show_data(self, checks: list[MoodCheck], meetings: list[datetime]) -> None:
        self.chart.set_data(checks, meetings)
        self.summary.setText(self.chart.empty_text or self.chart.accessibleDescription())


# -- the tool ----------------------------------------------------------------------------------


class FeelingsTool(QWidget):
    """The Feelings stage's tool: check in, forgive, decide, and look back.

    Emits nothing itself: every save goes out as `journal.changed("feelings")`.
    """

    def __init__(self, journal: ObservedJournal, emotions: EmotionCatalogue,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._emotions = emotions

        self.checkin = CheckInSection(journal, emotions)
        self.forgiveness = ForgivenessSection(journal)
        self.stay = StayOrGoSection(journal)
        self.over_time = OverTimeSection(emotions)
        self.chart = self.over_time.chart
        self.sections: dict[str, QWidget] = {
            "checkin": self.checkin,
            "forgiveness": self.forgiveness,
            "stay": self.stay,
            "chart": self.over_time,
        }

        self._current = "checkin"
        self.section_group = QButtonGroup(self)
        self.section_group.setExclusive(True)
        self.section_buttons: dict[str, QPushButton] = {}
        switcher = WrapGrid(spacing=8, max_columns=len(SECTIONS))
        for index, (key, text) in enumerate(SECTIONS):
            button = QPushButton(text)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setAccessibleName(f"Feelings tool: {text}")
            button.setToolTip(f"{text} (Alt+{index + 1})")
            button.clicked.connect(partial(self.show_section, key))
            self.section_group.addButton(button)
            self.section_buttons[key] = button
            switcher.add(button)
            shortcut(self, f"Alt+{index + 1}", partial(self._jump_to, key))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(switcher)
        for section in self.sections.values():  # one shown at a time; hidden ones take no room
            layout.addWidget(section, 1)

        self.checkin.saved.connect(lambda _check: self._journal.changed(AREA))
        self.checkin.deleted.connect(lambda _uuid: self._journal.changed(AREA))
        self.forgiveness.saved.connect(lambda: self._journal.changed(AREA))
        self.stay.saved.connect(lambda: self._journal.changed(AREA))
        journal.workbench_changed.connect(self._on_workbench_changed)
        self.show_section("checkin")
        self.refresh()

    @property
    def current_section(self) -> str:
        return self._current

    def show_section(self, key: str) -> None:
        self._current = key
        for other_key, section in self.sections.items():
            section.setVisible(other_key == key)
        self.section_buttons[key].setChecked(True)

    def focus_first(self) -> None:
        self.section_buttons[self.current_section].setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Reload everything from the journal; unsaved edits are saved first, or kept on screen."""
        if not self.flush():
            self._reload_checks()
            return
        self.forgiveness.refresh()
        self.stay.refresh()
        self._reload_checks()

    def flush(self) -> bool:
        """Save the forgiveness editor and the stay-or-go sitting if they have unsaved words.

        A half-made check-in is left on the form: it is saved only when the person says so.
        """
        forgiveness_ok = self.forgiveness.flush()
        stay_ok = self.stay.flush()
        return forgiveness_ok and stay_ok

    # -- reactions -------------------------------------------------------------------------

    def _jump_to(self, key: str) -> None:
        self.show_section(key)
        self.section_buttons[key].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_workbench_changed(self, area: str) -> None:
        """Our own saves and others' (a check-in from the evening entry, a meeting scheduled)."""
        if area in (AREA, "checkins"):
            self._reload_checks()

    def _reload_checks(self) -> None:
        try:
            checks = self._journal.feelings.mood_checks()
        except StoreError as error:
            self.checkin.status.say(f"Couldn't read your check-ins: {error}", error=True)
            return
        try:
            meetings = [c.scheduled_at for c in self._journal.checkins.checkins()]
        except StoreError:
            log.warning("could not read the check-in meetings for the mood chart")
            meetings = []
        self.checkin.show_checks(checks)
        self.over_time.show_data(checks, meetings)
