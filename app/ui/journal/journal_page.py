"""Journal: every entry newest first, grouped by day; a calendar to jump by date; read, edit, delete.

The list's rows all have one height (see entry_delegate): the view then lays out 100,000 rows
without asking the model about any of them, and paints only the ones on screen. The layout is in
journal_layout.py; this module wires it: every write is one act through the journal, and the
list, the calendar and the open entry follow changes made anywhere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.domain.changes import Area, Change
from app.domain.records import MEETING_TAG, Entry, EntryDraft, EntryKind
from app.domain.timeline import day_heading, local_date, written_date
from app.domain.workbench import Goal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.entry_list_model import DAY_ROLE, SUMMARY_ROLE, EntryListModel, entry_meta, entry_meta_tip
from app.ui.journal.entry_words import parse_tags, tags_field_text, with_meeting_mark
from app.ui.journal.journal_layout import MARKED_TEXT, JournalLayout
from app.ui.writing.autosave import DraftTarget
from app.ui.writing.entry_reads import live_entry

if TYPE_CHECKING:
    from app.store.journal import Journal

__all__ = ["MARKED_TEXT", "JournalPage"]


class JournalPage(JournalLayout):
    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self._journal = journal
        self._entry: Entry | None = None
        self._deleted_uuid: str | None = None
        self.model = EntryListModel(journal, self)
        self.autosaver = self.card.autosaver

        self.new_button.clicked.connect(self.new_entry)
        self.calendar.day_chosen.connect(self.show_day)
        self.notice.listen_for_undo_key(self)
        self.edit_button.toggled.connect(self._set_editing)
        self.delete_button.clicked.connect(self.delete_current)
        self.evidence_button.clicked.connect(self.add_as_evidence)
        self.meeting_button.toggled.connect(self.set_marked_for_meeting)
        self.tags_edit.textEdited.connect(self._on_tags_edited)
        self.tags_edit.editingFinished.connect(self._save_tags_now)
        self.autosaver.saved.connect(self._on_saved)
        self.edit_key.activated.connect(self.edit_button.toggle)
        self.delete_key.activated.connect(self.delete_current)
        journal.changes.connect(self._on_change)

        # The model goes in last: each re-parenting above would otherwise lay out every row again.
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._on_list_reset)  # after the view's own reset
        self._update_count()
        self._show_entry(None)

    # -- page ------------------------------------------------------------------------------

    def flush(self) -> bool:
        return self.autosaver.flush()

    def focus_first(self) -> None:
        self.list_view.setFocus()

    def refresh(self) -> None:
        """Nothing to read again when shown: the list, the calendar and the open entry follow
        every change as it is announced (see `_on_change`)."""

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
        self.meta_label.setToolTip("")
        self.title_label_entry.hide()
        self.autosaver.bind(DraftTarget(EntryKind.FREE), None)
        self._show_tags(())
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
        self._entry = None  # the list reloads as the deletion is announced: nothing to select again
        if self._journal.act(Area.ENTRY, lambda j: j.delete_entry(uuid), origin=self, uuids={uuid}) is None:
            self.notice.tell("The entry was not deleted; it is still here.", error=True)
            self._select_uuid(uuid)
            return
        self._deleted_uuid = uuid
        self.notice.offer_undo("Entry deleted.", self.undo_delete, name="Undo delete")
        self.autosaver.bind(DraftTarget(EntryKind.FREE), None)
        if self.model.rowCount() and row >= 0:
            self.list_view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        else:
            self._show_entry(None)
        self.list_view.setFocus()

    def show_day(self, day: date) -> None:
        """Jump the list to a day's newest entry (or the nearest earlier day's) and open it."""
        today = self._journal.clock.today()
        row = self.model.row_of_day(day)
        if row < 0:
            self.notice.tell(f"You hadn't written anything yet by {day_heading(day, today)}.")
            return
        found: date | None = self.model.index(row).data(DAY_ROLE)
        if found is not None and found != day:
            self.notice.tell(
                f"Nothing written on {day_heading(day, today)}; here is the day before it that has "
                f"something: {day_heading(found, today)}."
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
        uuid = self._entry.uuid

        def mark(store: Journal) -> Entry:
            entry = store.get_entry(uuid)
            tags = set(entry.tags) - {MEETING_TAG}
            if marked:
                tags.add(MEETING_TAG)
            return store.save_entry(EntryDraft(
                uuid=entry.uuid, kind=entry.kind, body=entry.body, stage=entry.stage,
                prompt_key=entry.prompt_key, title=entry.title, tags=tuple(sorted(tags)),
            ))

        done = self._journal.act(Area.ENTRY, mark, origin=self, uuids={uuid})
        if done is None:
            self.notice.tell("The mark was not saved; try again in a moment.", error=True)
            self._show_meeting_mark(self._entry)
            return
        entry = done.value
        self._entry = entry
        # Point the editor at the entry as stored now, keeping the caret.
        caret = self.card.editor.text_edit.textCursor().position()
        self.autosaver.bind(DraftTarget(entry.kind, entry.stage, entry.prompt_key, entry.title), entry)
        cursor = self.card.editor.text_edit.textCursor()
        cursor.setPosition(min(caret, len(self.card.editor.text_edit.toPlainText())))
        self.card.editor.text_edit.setTextCursor(cursor)
        self._show_meeting_mark(entry)

    def add_as_evidence(self) -> None:
        """Any entry can become evidence for a goal: the words the person wrote (an answer, never
        the prompt's question), all of them or their first part when long, ready to edit."""
        from app.ui.plan.evidence_dialog import FROM_ENTRY, EvidenceDialog
        from app.ui.plan.win_draft import evidence_words, record_win, win_draft_key

        if self._entry is None or not self.autosaver.flush():
            return
        entry = live_entry(self._journal, self._entry.uuid) or self._entry  # the words as saved just now
        plan = self._journal.read(lambda j: j.plans.current_plan(), None)
        if plan is None:
            self.notice.tell("Set up your plan on the Expectations page first, then add evidence.")
            return
        goals: list[Goal] = self._journal.read(lambda j: j.plans.goals(plan.uuid), [])
        words = evidence_words(entry.body)
        note = FROM_ENTRY
        if words.shortened:
            note = ("Taken from the start of your journal entry. Keep what shows your progress and "
                    "change anything.")
        written_on = written_date(entry)  # it happened when it was written about, there
        entry_uuid = entry.uuid
        evidence, ok = EvidenceDialog.ask(self, goals, words.text, entry_uuid, happened_on=written_on,
                                          clock=self._journal.clock, journal=self._journal,
                                          source_note=note)
        if not ok or evidence is None:
            return
        key = win_draft_key(entry_uuid=entry_uuid)  # the words were kept as typed; the evidence replaces them
        areas = {Area.EVIDENCE, Area.DRAFT}
        saved = self._journal.act(areas, lambda j: record_win(j, evidence, key), origin=self)
        if saved is None:
            self.notice.tell("The evidence was not saved; try again in a moment.", error=True)
        else:
            self.notice.tell("Added to your evidence.")

    def undo_delete(self) -> None:
        if self._deleted_uuid is None:
            return
        uuid = self._deleted_uuid
        done = self._journal.act(Area.ENTRY, lambda j: j.restore_entry(uuid), origin=self, uuids={uuid})
        if done is None:
            self.notice.offer_undo("Couldn't bring it back just now.", self.undo_delete,
                                   name="Try again to bring the entry back", error=True)
            return
        self._deleted_uuid = None
        self.notice.dismiss()
        self._select_uuid(done.value.uuid)

    # -- reactions -------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        """The open entry was changed elsewhere (its mark, its text, an import): show it as stored.
        The editor's own text is the Autosaver's to follow; the list follows through its model."""
        if change.made_by(self.autosaver) or self._entry is None:
            return  # the editor's own saves arrive through `_on_saved`
        if not (change.wholesale or self._entry.uuid in change.uuids):
            return
        if not change.wholesale and not change.touches(Area.ENTRY):
            return
        entry = live_entry(self._journal, self._entry.uuid)
        if entry is None:
            return  # deleted: the list's reset decides what is shown
        self._entry = entry
        self._show_meta(entry)
        self.title_label_entry.setText(entry.title)
        self.title_label_entry.setVisible(bool(entry.title))
        self._show_meeting_mark(entry)
        if not self._tags_waiting():
            self._show_tags(entry.tags)
        if self.content.currentWidget() is self.reader:
            self.reader.show_markdown(entry.body)

    def _on_list_reset(self) -> None:
        """The list was read again (an entry added, deleted or brought back, anywhere): keep the
        open entry selected without reloading the editor."""
        self._update_count()
        if self._entry is None:
            return
        row = self.model.row_of(self._entry.uuid)
        if row >= 0:
            blocked = self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(self.model.index(row))
            self.list_view.selectionModel().blockSignals(blocked)
        elif not self.autosaver.pending:  # deleted elsewhere, and nothing typed is waiting
            self._show_entry(None)

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
        entry = live_entry(self._journal, summary.uuid)
        if entry is None:
            self.model.reload()
            return
        self._show_entry(entry)

    def _on_saved(self, entry: Entry) -> None:
        new = self._entry is None
        self._entry = entry
        if new:  # the list has already been read again, as the save was announced
            self._select_uuid(entry.uuid, keep_editor=True)
            self.edit_button.setEnabled(True)
            self.delete_button.setEnabled(True)
            self.evidence_button.setEnabled(True)
            self._show_meeting_mark(entry)
            with_block = self.edit_button.blockSignals(True)
            self.edit_button.setChecked(True)
            self.edit_button.blockSignals(with_block)
        self._show_meta(entry)

    def _show_meta(self, entry: Entry) -> None:
        """What the entry is and when it was written; written in another zone, the tip says the time here."""
        self.meta_label.setText(entry_meta(entry))
        self.meta_label.setToolTip(entry_meta_tip(entry))

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
            entry = live_entry(self._journal, self._entry.uuid)
            if entry is None:
                self._show_entry(None)
                return
            self._entry = entry
            self.reader.show_markdown(entry.body)
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
        self._show_meta(entry)
        self.title_label_entry.setText(entry.title)
        self.title_label_entry.setVisible(bool(entry.title))
        target = DraftTarget(entry.kind, entry.stage, entry.prompt_key, entry.title)  # tags as stored
        self.autosaver.bind(target, entry)
        self._show_tags(entry.tags)
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

    # -- tags ------------------------------------------------------------------------------

    def _on_tags_edited(self, text: str) -> None:
        """The tags typed go with the entry's next save, in the same act as its text (an entry not
        written yet takes them when its text is first saved)."""
        target = self.autosaver.target
        if target is None:
            return
        tags = with_meeting_mark(parse_tags(text), self.meeting_button.isChecked())
        self.autosaver.retarget(replace(target, tags=tags), at_once=False)

    def _save_tags_now(self) -> None:
        """Enter, or leaving the field: the tags are saved now rather than after the pause."""
        if self._tags_waiting():
            self.autosaver.flush()

    def _tags_waiting(self) -> bool:
        """Whether tags typed here have not been saved yet."""
        target = self.autosaver.target
        return target is not None and target.tags is not None

    def _show_tags(self, tags: tuple[str, ...]) -> None:
        text = tags_field_text(tags)
        if self.tags_edit.text() != text:
            self.tags_edit.setText(text)

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
            self._show_entry(live_entry(self._journal, uuid))
