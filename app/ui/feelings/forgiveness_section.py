"""The Feelings tool's forgiveness section: whom and what to forgive, and where you are with each.

An item is saved through the one `Saver` as the person types (after a short pause, and at least
once a second while typing goes on), by its Save button, and by `flush()` before the person moves
on, so neither a crash nor leaving the page loses what was typed. An item needs "whom or what"
before it can be stored: until then its words are kept as a draft (NEW_FORGIVENESS_DRAFT), come
back into the empty editor, and are cleared in the same action that creates the item. Deleting
saves the latest words first, so bringing the item back brings them too; deleting and bringing
back go through `journal.act`, and a deleted item can be brought back from the bar it leaves.
Changes to the list made elsewhere (an import) arrive through `refresh()`.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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

from app.domain.changes import Area, Change
from app.domain.text import first_line
from app.domain.workbench import ForgivenessItem, ForgivenessStatus
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.feelings.form_drafts import NEW_FORGIVENESS_DRAFT, NewItemWords, decode_new_item, encode_new_item
from app.ui.translation import when_text
from app.ui.widgets.flow_layout import ResponsiveRow, card
from app.ui.widgets.form_fields import SaveStatus, segment_group, shortcut, wrapped_label, writing_box
from app.ui.widgets.notice import InlineNotice

if TYPE_CHECKING:
    from app.store.journal import Journal

def _status_options() -> list[tuple[str, str, str]]:
    return [
        (ForgivenessStatus.NOT_YET.value, ForgivenessStatus.NOT_YET.label,
         translate("ForgivenessSection", "Status: not yet")),
        (ForgivenessStatus.WORKING_ON_IT.value, ForgivenessStatus.WORKING_ON_IT.label,
         translate("ForgivenessSection", "Status: working on it")),
        (ForgivenessStatus.FORGIVEN.value, ForgivenessStatus.FORGIVEN.label,
         translate("ForgivenessSection", "Status: forgiven")),
    ]


MYSELF = QT_TRANSLATE_NOOP("ForgivenessSection", "Myself")
WHOM_NEEDED = QT_TRANSLATE_NOOP("ForgivenessSection", "Write whom or what this is about first, then save.")
WHOM_PENDING = QT_TRANSLATE_NOOP("ForgivenessSection",
                                 "Kept as a draft. Write whom or what this is about to add it to your list.")
WORDS_BACK = QT_TRANSLATE_NOOP("ForgivenessSection", "Your unsaved words are back. Write whom or what this "
                               "is about to add it to your list.")
NOT_DELETED = QT_TRANSLATE_NOOP("ForgivenessSection", "Couldn't delete it yet: your latest words aren't "
                                "saved. Try again in a moment.")
_ITEM = "item"  # the Saver's field for the item in the editor, written whole
_DRAFT = "draft"  # and for a new item's words before it has a whom


class ForgivenessSection(QWidget):
    """The list of whom and what to forgive, and an editor for one of them.

    Signals: saved() — an item was saved, deleted or brought back from here.
    """

    saved = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._items: list[ForgivenessItem] = []
        self._current: ForgivenessItem | None = None  # None: a new one, not saved yet
        self._draft_uuid = str(uuid.uuid4())  # the uuid a new item will be saved under
        self._written: ForgivenessItem | None = None  # what the last save wrote, until it commits
        self._draft_written: str | None = None  # the draft body the last save wrote, until it commits
        self._draft_kept = False  # a new item's draft may be in the journal: creating it clears it
        self._loading = False
        self._build()
        self.saver = Saver(journal, self, origin=self)
        self.saver.watch(_DRAFT, Area.DRAFT, self._write_draft)
        self.saver.watch(_ITEM, Area.FORGIVENESS, self._write)
        self._wire()
        self._load(None)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        intro = wrapped_label(
            translate("ForgivenessSection",
                      "Forgiving someone is not the same as saying they were right. It is deciding to stop "
                      "carrying it around every day. Write down whom or what you are holding on to, "
                      "yourself included, and where you are with each."),
            "intro",
        )
        self.notice = InlineNotice(translate("ForgivenessSection", "Forgiveness notice"))

        list_heading = wrapped_label(translate("ForgivenessSection", "Your list"), "cardHeading")
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ForgivenessSection", "Whom and what to forgive"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(8 * self.fontMetrics().lineSpacing())
        list_heading.setBuddy(self.list)
        self.empty_label = wrapped_label(
            translate("ForgivenessSection",
                      "Nobody on your list yet. Start with the one that comes to mind first: your manager, "
                      "a coworker, the company, or you. Fill in the form and press Save."),
            "muted",
        )
        self.add_button = QPushButton(translate("ForgivenessSection", "Add someone or something"))
        self.add_button.setAccessibleName(translate("ForgivenessSection",
                                                    "Add someone or something to forgive"))
        self.add_button.setToolTip(translate("ForgivenessSection", "Start a new item on your list"))
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
        whom_label = wrapped_label(translate("ForgivenessSection", "Whom or what"), "cardHeading")
        self.whom_edit = QLineEdit()
        self.whom_edit.setAccessibleName(translate("ForgivenessSection", "Whom or what to forgive"))
        self.whom_edit.setPlaceholderText(translate("ForgivenessSection",
                                                    "A person, a group, a situation, or yourself"))
        whom_label.setBuddy(self.whom_edit)
        self.myself_button = QPushButton(translate("ForgivenessSection", "It's me"))
        self.myself_button.setObjectName("linkButton")
        self.myself_button.setAccessibleName(translate("ForgivenessSection",
                                                       "This is about forgiving myself"))
        whom_row = QHBoxLayout()
        whom_row.addWidget(self.whom_edit, 1)
        whom_row.addWidget(self.myself_button)
        happened_label = wrapped_label(translate("ForgivenessSection", "What happened"), "cardHeading")
        self.happened_edit = writing_box(translate("ForgivenessSection", "What happened"),
                                      translate("ForgivenessSection",
                                                "As plainly as you can: what was said or done, and when…"))
        happened_label.setBuddy(self.happened_edit)
        status_label = wrapped_label(translate("ForgivenessSection", "Where you are with it"), "cardHeading")
        self.status_group, status_grid, self.status_buttons = segment_group(self, _status_options())
        status_label.setBuddy(self.status_buttons[ForgivenessStatus.NOT_YET.value])
        notes_label = wrapped_label(translate("ForgivenessSection", "Notes"), "cardHeading")
        self.notes_edit = writing_box(translate("ForgivenessSection", "Notes"),
                                      translate("ForgivenessSection",
                                                "What would help you let go? What is still in the way?"), 80)
        notes_label.setBuddy(self.notes_edit)
        self.status = SaveStatus(translate("ForgivenessSection", "Forgiveness save status"))
        self.delete_button = QPushButton(translate("ForgivenessSection", "Delete"))
        self.delete_button.setAccessibleName(translate("ForgivenessSection",
                                                       "Delete this item from your list"))
        self.delete_button.setToolTip(translate("ForgivenessSection",
                                                "Remove it from your list; you can undo it"))
        self.save_button = QPushButton(translate("ForgivenessSection", "Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(translate("ForgivenessSection", "Save this item"))
        self.save_button.setToolTip(translate("ForgivenessSection", "Save (Ctrl+Enter)"))
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

    def _wire(self) -> None:
        self.notice.listen_for_undo_key(self)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.add_button.clicked.connect(self.new_item)
        self.myself_button.clicked.connect(self._on_myself)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.whom_edit.textEdited.connect(self._on_edited)
        self.happened_edit.textChanged.connect(self._on_edited)
        self.notes_edit.textChanged.connect(self._on_edited)
        self.status_group.buttonToggled.connect(self._on_status_toggled)
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(lambda text: self.status.say(text, error=True))
        shortcut(self, "Ctrl+Return", self.save)
        shortcut(self, "Ctrl+Enter", self.save)
        shortcut(self.list, QKeySequence.StandardKey.Delete, self.delete_current,
                 Qt.ShortcutContext.WidgetShortcut)

    # -- state -----------------------------------------------------------------------------

    @property
    def current(self) -> ForgivenessItem | None:
        return self._current

    @property
    def items(self) -> list[ForgivenessItem]:
        return list(self._items)

    def is_dirty(self) -> bool:
        """Whether words on screen are not in the journal yet."""
        return self.saver.pending

    def refresh(self) -> None:
        """Reload the list; the editor follows its item if it was changed elsewhere, unless it
        holds unsaved words (an unchanged item stays as typed, the cursor where it was)."""
        items = self._journal.read(lambda j: j.feelings.forgiveness(), None)
        if items is None:
            self.status.say(translate("ForgivenessSection", "Couldn't read your list just now."), error=True)
            return
        self._items = items
        keep = self._current.uuid if self._current else None
        fresh = next((item for item in self._items if item.uuid == keep), None)
        self._fill_list(fresh.uuid if fresh else None)
        if not self.saver.pending and fresh != self._current:
            self._load(fresh)

    def flush(self) -> bool:
        """Save unsaved edits now (a new item without a whom as its draft); False only if the
        journal refused them (they stay on screen, and saving is tried again)."""
        return self.saver.flush()

    # -- actions ---------------------------------------------------------------------------

    def new_item(self) -> None:
        if not self.flush():
            return
        self._select_row(None)
        self._load(None)
        self.whom_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> ForgivenessItem | None:
        """Store the item now and reload the editor from it; None (and a message) if it can't be."""
        if not self.whom_edit.text().strip() and self._current is None:
            self.saver.flush()  # the words are kept as a draft meanwhile
            self.status.say(translate("ForgivenessSection", WHOM_NEEDED), error=True)
            self.whom_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self.saver.touch(_ITEM)  # the button saves even what was already saved
        if not self.saver.flush():
            return None
        stored = self._current
        self._load(stored)
        self.status.say(translate("ForgivenessSection", "Saved."))
        return stored

    def delete_current(self) -> None:
        if self._current is None:
            return
        if not self.saver.flush():  # the latest words first, so that Undo brings them back
            self.notice.tell(translate("ForgivenessSection", NOT_DELETED), error=True)
            return
        item = self._current
        if item is None:
            return
        done = self._journal.act(Area.FORGIVENESS, lambda j: j.feelings.delete_forgiveness(item.uuid),
                                 origin=self, uuids={item.uuid})
        if done is None:
            self.notice.tell(translate("ForgivenessSection", "Couldn't delete it; it is still on your list."),
                             error=True)
            return
        self._items = [other for other in self._items if other.uuid != item.uuid]
        self._fill_list(None)
        self._load(None)  # its words were saved first: Undo brings them back
        removed = translate("ForgivenessSection", "Removed “{whom}” from your list.")
        self._offer_undo(removed.format(whom=first_line(item.whom, 60)), item)
        self.saved.emit()
        if self._items:
            self.list.setFocus()
        else:
            self.whom_edit.setFocus()

    def _offer_undo(self, text: str, item: ForgivenessItem, error: bool = False) -> None:
        self.notice.offer_undo(text, lambda: self._restore(item, text),
                               name=translate("ForgivenessSection",
                                              "Undo: bring the person or thing you deleted "
                                              "back"), error=error)

    def _restore(self, item: ForgivenessItem, offered: str) -> None:
        if not self.flush():  # the words on screen come first; the way back stays open
            self._offer_undo(offered, item)
            return
        done = self._journal.act(Area.FORGIVENESS, lambda j: j.feelings.save_forgiveness(item),
                                 origin=self)
        if done is None:
            self._offer_undo(translate("ForgivenessSection",
                                       "Couldn't bring it back just now. Try again in a "
                                       "moment."), item, error=True)
            return
        self._current = done.value
        self.refresh()
        self._load(done.value)
        self.saved.emit()

    # -- saving ----------------------------------------------------------------------------

    def _editor_item(self) -> ForgivenessItem:
        """The item as the editor shows it; a stored item whose whom was wiped keeps its old one
        until a new one is written (its other words are saved all the same)."""
        now = self._journal.clock.now()
        current = self._current
        whom = self.whom_edit.text().strip() or (current.whom if current else "")
        return ForgivenessItem(
            uuid=current.uuid if current else self._draft_uuid,
            whom=whom,
            what_happened=self.happened_edit.toPlainText().strip(),
            status=self._status(),
            notes=self.notes_edit.toPlainText().strip(),
            created_at=current.created_at if current else now,
            updated_at=now,
        )

    def _editor_words(self) -> NewItemWords:
        return NewItemWords(self.whom_edit.text(), self.happened_edit.toPlainText(),
                            self.notes_edit.toPlainText(), self._status())

    def _write(self, journal: Journal) -> ForgivenessItem | None:
        """The Saver's write: the editor's item as it is now, once it has a whom (`_on_edited`)."""
        item = self._editor_item()
        if not item.whom:  # only a draft to keep (`_write_draft`)
            return None
        self._written = journal.feelings.save_forgiveness(item)
        return self._written

    def _write_draft(self, journal: Journal) -> None:
        """The Saver's other write: a new item's words while it has no whom; cleared (in the same
        action) once it has one, or once they were wiped."""
        words = self._editor_words()
        waiting = self._current is None and not words.whom.strip()
        body = encode_new_item(words) if waiting else ""
        journal.drafts.put(NEW_FORGIVENESS_DRAFT, body)
        self._draft_written = body

    def _on_saved(self, _change: Change) -> None:
        """A save committed: the list shows it, the editor's text stays as typed."""
        if self._draft_written is not None:
            self._draft_kept = bool(self._draft_written)
            self._draft_written = None
            if self._draft_kept and self._written is None:
                self.status.say(translate("ForgivenessSection", WHOM_PENDING))
        stored = self._written
        if stored is None:
            return
        self._written = None
        self._current = stored
        self.editor_title.setText(stored.whom)
        self.delete_button.setEnabled(True)
        self.status.say(translate("ForgivenessSection", "Saved."))
        if any(item.uuid == stored.uuid for item in self._items):
            self._items = [stored if item.uuid == stored.uuid else item for item in self._items]
        else:
            self._items.append(stored)  # the list is in the order items were added
        self._fill_list(stored.uuid)
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
            self._on_edited()

    def _on_myself(self) -> None:
        self.whom_edit.setText(translate("ForgivenessSection", MYSELF))
        self._on_edited()

    def _on_edited(self) -> None:
        """Something in the editor changed: save it soon, once there is a whom to keep it under."""
        if self._loading:
            return
        if self._current is None:
            self._on_new_item_edited()
            return
        if self.status.state != "error":
            self.status.say(translate("ForgivenessSection", "Not saved yet."))
        self.saver.touch(_ITEM)

    def _on_new_item_edited(self) -> None:
        """A new item: its words wait as a draft until it has a whom; the action that creates it
        clears that draft."""
        if self._is_blank_new():  # nothing written (any more): nothing to keep, not even a draft
            if self._draft_kept:
                self.saver.touch(_DRAFT)
            else:
                self._settle()
            return
        if not self.whom_edit.text().strip():
            self._draft_kept = True
            if self.status.state != "error":
                self.status.say(translate("ForgivenessSection", WHOM_PENDING))
            self.saver.touch(_DRAFT)
            return
        if self.status.state != "error":
            self.status.say(translate("ForgivenessSection", "Not saved yet."))
        if self._draft_kept:
            self.saver.touch(_DRAFT)
        self.saver.touch(_ITEM)

    def _settle(self) -> None:
        self.saver.forget()

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
        """Show `item`, or (None) an empty editor with a new item's kept draft put back."""
        self._settle()
        self._loading = True
        self._current = item
        words = NewItemWords()
        if item is None:
            self._draft_uuid = str(uuid.uuid4())
            words = decode_new_item(self._journal.read(lambda j: j.drafts.get(NEW_FORGIVENESS_DRAFT), ""))
            self._draft_kept = not words.is_blank()
        else:
            words = NewItemWords(item.whom, item.what_happened, item.notes, item.status)
        self.editor_title.setText(item.whom if item else translate("ForgivenessSection",
                                                                   "Someone or something new"))
        self.editor_title.setTextFormat(Qt.TextFormat.PlainText)
        self.whom_edit.setText(words.whom)
        self.happened_edit.setPlainText(words.what_happened)
        self.notes_edit.setPlainText(words.notes)
        self.status_buttons[words.status.value].setChecked(True)
        self.delete_button.setEnabled(item is not None)
        self.status.say(translate("ForgivenessSection",
                                  "Last changed {when_text}.").format(when_text=when_text(
                                      item.updated_at)) if item else
                        translate("ForgivenessSection", WORDS_BACK) if self._draft_kept else "")
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
