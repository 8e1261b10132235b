"""The Feelings tool's forgiveness section: whom and what to forgive, and where you are with each.

An item is saved as the person types (after the app's usual pause), by its Save button, and by
`flush()` before the person moves on, so neither a crash nor leaving the page loses what was typed.
An item needs "whom or what" before it can be stored: until then its words stay on screen, unsaved,
and `flush()` says so. A deleted item can be brought back from the bar it leaves.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import first_line
from app.domain.workbench import ForgivenessItem, ForgivenessStatus
from app.store.errors import StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.day_words import when_text
from app.ui.widgets.flow_layout import ResponsiveRow, card
from app.ui.widgets.form_fields import SaveStatus, segment_group, shortcut, wrapped_label, writing_box
from app.ui.widgets.notice import InlineNotice
from app.ui.writing.autosave import RETRY_DELAY_MS, SAVE_DELAY_MS

_STATUS_OPTIONS = [
    (ForgivenessStatus.NOT_YET.value, ForgivenessStatus.NOT_YET.label, "Status: not yet"),
    (ForgivenessStatus.WORKING_ON_IT.value, ForgivenessStatus.WORKING_ON_IT.label, "Status: working on it"),
    (ForgivenessStatus.FORGIVEN.value, ForgivenessStatus.FORGIVEN.label, "Status: forgiven"),
]
MYSELF = "Myself"
WHOM_NEEDED = "Write whom or what this is about first, then save."
WHOM_PENDING = "Not saved yet: write whom or what this is about, and your words will be kept as you go."


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
        self._autosave_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self._autosave)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry_timer.timeout.connect(self._autosave)

        intro = wrapped_label(
            "Forgiving someone is not the same as saying they were right. It is deciding to stop "
            "carrying it around every day. Write down whom or what you are holding on to, "
            "yourself included, and where you are with each.",
            "intro",
        )
        self.notice = InlineNotice("Forgiveness notice")
        self.notice.listen_for_undo_key(self)

        list_heading = wrapped_label("Your list", "cardHeading")
        self.list = QListWidget()
        self.list.setAccessibleName("Whom and what to forgive")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(8 * self.fontMetrics().lineSpacing())
        self.list.currentItemChanged.connect(self._on_current_changed)
        list_heading.setBuddy(self.list)
        self.empty_label = wrapped_label(
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
        self.editor_title = wrapped_label("", "promptText")
        whom_label = wrapped_label("Whom or what", "cardHeading")
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
        happened_label = wrapped_label("What happened", "cardHeading")
        self.happened_edit = writing_box("What happened",
                                      "As plainly as you can: what was said or done, and when…")
        happened_label.setBuddy(self.happened_edit)
        status_label = wrapped_label("Where you are with it", "cardHeading")
        self.status_group, status_grid, self.status_buttons = segment_group(self, _STATUS_OPTIONS)
        status_label.setBuddy(self.status_buttons[ForgivenessStatus.NOT_YET.value])
        notes_label = wrapped_label("Notes", "cardHeading")
        self.notes_edit = writing_box("Notes", "What would help you let go? What is still in the way?", 80)
        notes_label.setBuddy(self.notes_edit)
        self.status = SaveStatus("Forgiveness save status")
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
        layout.addWidget(self.notice)
        layout.addWidget(columns)

        self.whom_edit.textEdited.connect(self._mark_dirty)
        self.happened_edit.textChanged.connect(self._mark_dirty)
        self.notes_edit.textChanged.connect(self._mark_dirty)
        self.status_group.buttonToggled.connect(self._on_status_toggled)
        shortcut(self, "Ctrl+Return", self.save)
        shortcut(self, "Ctrl+Enter", self.save)
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
        self._autosave_timer.stop()
        if not self._dirty:
            return True
        if self._is_blank_new():  # typed and wiped again: nothing to keep
            self._dirty = False
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
        """Store the item now and reload the editor from it; None (and a message) if it can't be."""
        self._autosave_timer.stop()
        if not self.whom_edit.text().strip():
            self.status.say(WHOM_NEEDED, error=True)
            self.whom_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        stored = self._store()
        if stored is not None:
            self.refresh()
            self.status.say("Saved.")
        return stored

    def _store(self) -> ForgivenessItem | None:
        """Write the editor's item (which has a whom); the editor's text is left as typed."""
        now = datetime.now(UTC)
        current = self._current
        item = ForgivenessItem(
            uuid=current.uuid if current else str(uuid.uuid4()),
            whom=self.whom_edit.text().strip(),
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
        self._retry_timer.stop()
        self._dirty = False
        self._current = stored
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
            self.notice.tell(f"Couldn't delete it: {error}", error=True)
            return
        self._autosave_timer.stop()
        self._retry_timer.stop()
        self._dirty = False
        self._current = None
        self._offer_undo(f"Removed “{first_line(item.whom, 60)}” from your list.", item)
        self.refresh()
        self._load(None)
        self.saved.emit()
        if self._items:
            self.list.setFocus()
        else:
            self.whom_edit.setFocus()

    def _offer_undo(self, text: str, item: ForgivenessItem, error: bool = False) -> None:
        self.notice.offer_undo(text, lambda: self._restore(item, text),
                               name="Undo: bring the person or thing you deleted back", error=error)

    def _restore(self, item: ForgivenessItem, offered: str) -> None:
        if not self.flush():  # the words on screen come first; the way back stays open
            self._offer_undo(offered, item)
            return
        try:
            stored = self._journal.feelings.save_forgiveness(item)
        except StoreError as error:
            self._offer_undo(f"Couldn't bring it back: {error}", item, error=True)
            return
        self._current = stored
        self.refresh()
        self.saved.emit()

    # -- reactions -------------------------------------------------------------------------

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
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
            if self.status.state != "error":
                self.status.say("Not saved yet.")
            self._autosave_timer.start()

    def _autosave(self) -> None:
        """Typing paused: store the words, without moving the cursor or the focus.

        Without a whom there is nothing to store them under yet; they stay on screen, still
        unsaved, so `flush()` keeps reporting them. A failed save is tried again a little later.
        """
        if not self._dirty or self._is_blank_new():
            return
        if not self.whom_edit.text().strip():
            if self.status.state != "error":
                self.status.say(WHOM_PENDING)
            return
        if self._store() is None:
            self._retry_timer.start()
            return
        self.editor_title.setText(self._current.whom if self._current else "")
        self.delete_button.setEnabled(True)
        try:
            self._items = self._journal.feelings.forgiveness()
        except StoreError:
            return  # saved all the same; the list catches up on the next refresh
        self._fill_list(self._current.uuid if self._current else None)

    def _is_blank_new(self) -> bool:
        """A new item with nothing written in it: there is nothing to lose."""
        return self._current is None and not any(
            text.strip() for text in (self.whom_edit.text(), self.happened_edit.toPlainText(),
                                      self.notes_edit.toPlainText()))

    # -- drawing ---------------------------------------------------------------------------

    def _status(self) -> ForgivenessStatus:
        for key, button in self.status_buttons.items():
            if button.isChecked():
                return ForgivenessStatus(key)
        return ForgivenessStatus.NOT_YET

    def _load(self, item: ForgivenessItem | None) -> None:
        self._autosave_timer.stop()
        self._retry_timer.stop()
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


