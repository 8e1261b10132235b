"""The statement workshop: four parts, a draft built from them, gentle hints, versions and export.

Everything typed reaches the store's working draft within a second, with no Save button; "Save as
version" keeps a numbered snapshot the person can compare, restore, mark final or delete. Nothing
destructive asks through a modal box: replacing the draft asks inline, and every replace, restore
and delete can be undone from the bar that reports it.

This module wires the view (statement_view) to the journal: the parts and the draft save through
one Saver, every other action is one `act` (statement_versions, statement_sharing), and what is
shown is read again when a change to the statement arrives from anywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.domain.changes import Area, Change
from app.domain.statement_checks import CheckLists, Hint, compose_statement
from app.domain.statement_starters import Starter
from app.domain.workbench import StatementDraft, StatementParts, StatementVersion
from app.i18n import translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.ownership.draft_undo import DraftUndo
from app.ui.ownership.rehearsal import RehearsalDialog
from app.ui.ownership.say_on_card import SayOnDates
from app.ui.ownership.starters_card import load_starters
from app.ui.ownership.statement_actions import StatementActions
from app.ui.ownership.statement_compare import StatementCompareDialog
from app.ui.ownership.statement_hints import StatementHints
from app.ui.ownership.statement_sharing import StatementSharing
from app.ui.ownership.statement_versions import StatementVersions
from app.ui.ownership.statement_view import StatementView
from app.ui.widgets.form_fields import raw_text, shortcut
from app.ui.widgets.page_layout import bring_into_view

if TYPE_CHECKING:
    from app.store.journal import Journal

DRAFT_KEY = "text"  # the Saver's key for the draft; each part is watched under its field's name


class StatementWorkshop(StatementView):
    """Compose, check, version and export the ownership statement.

    Signals: saved(StatementDraft) after the working draft reached the store; failed(str) when it
    could not; versions_changed() after a version was saved, restored, marked, deleted or undone.
    """

    saved = Signal(object)
    failed = Signal(str)
    versions_changed = Signal()

    def __init__(self, journal: ObservedJournal, checks: CheckLists, parent: QWidget | None = None, *,
                 starters: Sequence[Starter] | None = None) -> None:
        super().__init__(load_starters() if starters is None else starters, parent)
        self._journal = journal
        self._checks = checks
        self.rehearsal: RehearsalDialog | None = None
        self._draft = StatementDraft(parts=StatementParts(), text="")
        self._written: StatementDraft | None = None  # what the save under way wrote
        # What each field (the parts by name, the draft as DRAFT_KEY) showed as stored: a field
        # whose words differ from it was edited here and is written; the others follow the store.
        self._shown: dict[str, str] = dict.fromkeys((*self.part_editors, DRAFT_KEY), "")
        self._written_shown: dict[str, str] = {}
        self._loading = False
        self._actions = StatementActions(journal, self, self)
        self.saver = Saver(journal, self, origin=self)
        for key in (*self.part_editors, DRAFT_KEY):
            self.saver.watch(key, Area.STATEMENT, self._write_draft)
        self.hint_checks = StatementHints(self, checks)
        self.draft_undo = DraftUndo()  # a restore's or a rebuild's Undo, until the next edit
        self.shelf = StatementVersions(self, self, self._actions, self.draft_undo)
        self.sharing = StatementSharing(self, self, self.shelf, lambda: journal.path.parent)
        self.say_on = SayOnDates(self.say_on_card, self._actions)
        self._connect_controls()
        self.refresh()
        self.set_parts_visible(not self.draft_text().strip())  # a written draft comes first

    def _connect_controls(self) -> None:
        """What the draft's controls do; the versions, hints and export cards wire their own."""
        for key, editor in self.part_editors.items():
            editor.textChanged.connect(lambda key=key: self._on_edited(key))
        self.draft_edit.textChanged.connect(lambda: self._on_edited(DRAFT_KEY))
        self.build_button.clicked.connect(self.build_draft)
        self.save_version_button.clicked.connect(self.save_version)
        shortcut(self, QKeySequence.StandardKey.Save, self.save_version)
        self.rehearse_button.clicked.connect(self.rehearse)
        shortcut(self, QKeySequence("Ctrl+R"), self.rehearse)
        self.starters_card.chosen.connect(self.insert_starter)
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(self._on_save_failed)
        self.shelf.changed.connect(self.versions_changed)
        self._journal.changes.connect(self._on_change)

    # -- the public face -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the draft and the versions again, after saving anything typed here first.

        Field by field: a field with words not saved yet (a failed save, typing under way)
        keeps them, and the saver still writes them; every other field shows what is stored.
        """
        self.flush()  # if it fails, the unsaved fields stay on screen and the saver retries
        stored = self._actions.read(lambda j: (j.statements.draft(), j.statements.versions()),
                                    self.draft_notice, translate("StatementWorkshop",
                                                                 "Your statement could not be read just now"))
        if stored is None:
            return
        draft, versions = stored
        self._follow_store(draft)
        self.shelf.show(versions)
        self.say_on.reload()

    def flush(self) -> bool:
        """Save the parts and the draft now if they changed; False only when saving failed."""
        return self.saver.flush()

    def focus_first(self) -> None:
        """The first empty part, or the draft once the parts are written."""
        for editor in self.part_editors.values():
            if not raw_text(editor).strip():
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.draft_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def parts(self) -> StatementParts:
        return StatementParts(**{field: raw_text(editor) for field, editor in self.part_editors.items()})

    def draft_text(self) -> str:
        return raw_text(self.draft_edit)

    def current_draft(self) -> StatementDraft:
        """The draft as it is on screen, with the time it last reached the journal."""
        return StatementDraft(parts=self.parts(), text=self.draft_text(), updated_at=self._draft.updated_at)

    def load_draft(self, draft: StatementDraft) -> None:
        """Show `draft` as the stored one; nothing on screen is left unsaved."""
        self._show_fields(_values(draft), self._editors())
        self._draft = draft
        self._shown = _values(draft)
        self.saver.forget()
        self._after_loading()

    def _follow_store(self, draft: StatementDraft) -> None:
        """Show what is stored in every field not being edited here; edited fields keep their words."""
        screen = self._screen()
        unedited = [key for key, editor in self._editors().items() if screen[key] == self._shown[key]]
        self._show_fields(_values(draft), {key: self._editors()[key] for key in unedited})
        self._draft = draft
        self._shown = _values(draft)
        if len(unedited) == len(screen):
            self.saver.forget()  # what is on screen is what is stored
        self._after_loading()

    def _show_fields(self, values: dict[str, str], editors: dict[str, QPlainTextEdit]) -> None:
        """Put `values` into `editors`. Replaced words start a fresh undo history in their field:
        Ctrl+Z in a field takes back only what was typed there since."""
        self._loading = True
        try:
            for key, editor in editors.items():
                if raw_text(editor) != values[key]:
                    editor.setPlainText(values[key])
        finally:
            self._loading = False

    def _after_loading(self) -> None:
        if self.saver.pending:
            self.status_label.show_state("editing", translate("StatementWorkshop", "Saving…"))
        elif self._draft.updated_at:
            self.status_label.show_state("saved", translate("StatementWorkshop", "Saved"))
        else:
            self.status_label.show_state("empty", "")
        self.update_hints()
        self.update_empty_state()

    def _editors(self) -> dict[str, QPlainTextEdit]:
        return {**self.part_editors, DRAFT_KEY: self.draft_edit}

    def _screen(self) -> dict[str, str]:
        return {key: raw_text(editor) for key, editor in self._editors().items()}

    def update_empty_state(self) -> None:
        written = any(raw_text(e).strip() for e in self.part_editors.values()) or bool(
            self.draft_text().strip())
        self.empty_box.setVisible(not written and not self.shelf.versions)

    # The versions, the hints and the export card, as the workshop's own.

    @property
    def versions(self) -> list[StatementVersion]:
        return self.shelf.versions

    def save_version(self) -> StatementVersion | None:
        return self.shelf.save_version()

    def selected_versions(self) -> list[StatementVersion]:
        return self.shelf.selected_versions()

    def select_versions(self, *numbers: int) -> None:
        self.shelf.select_versions(*numbers)

    def compare_selected(self) -> StatementCompareDialog | None:
        return self.shelf.compare_selected()

    def restore_selected(self) -> None:
        self.shelf.restore_selected()

    def toggle_final(self) -> None:
        self.shelf.toggle_final()

    def delete_selected(self) -> None:
        self.shelf.delete_selected()

    def export_source(self) -> StatementVersion | StatementDraft:
        return self.sharing.export_source()

    def copy_statement(self) -> None:
        self.sharing.copy_statement()

    def export_markdown_to(self, path: Path) -> bool:
        return self.sharing.export_markdown_to(path)

    def export_pdf_to(self, path: Path) -> bool:
        return self.sharing.export_pdf_to(path)

    def update_hints(self) -> None:
        """Run the gentle checks on the draft now (normally a moment after typing stops)."""
        self.hint_checks.check_now()

    def hints(self) -> list[Hint]:
        return self.hint_checks.hints()

    def select_hint(self, hint: Hint) -> None:
        self.hint_checks.select(hint)

    # -- starting points and rehearsal -----------------------------------------------------

    def insert_starter(self, starter: Starter) -> None:
        """Put a starter's sentences at the draft's cursor (one step for Ctrl+Z), saved like
        typing, and select its first blank so typing fills it."""
        editor = self.draft_edit
        cursor = editor.textCursor()
        before = raw_text(editor)[:cursor.selectionStart()] if cursor.hasSelection() else \
            raw_text(editor)[:cursor.position()]
        gap = " " if before and not before[-1].isspace() else ""
        cursor.beginEditBlock()
        cursor.insertText(gap + starter.text)
        cursor.endEditBlock()
        end = cursor.position()
        blank = starter.first_blank()
        if blank >= 0:
            start = end - len(starter.text) + blank  # the texts are plain: one position a character
            cursor.setPosition(start)
            cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
        bring_into_view(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.draft_notice.tell(translate("StatementWorkshop", "“{title}” is in your draft. Fill in each … "
                                                              "and make it yours.").format(
                                                                  title=starter.title))

    def rehearse(self) -> RehearsalDialog | None:
        """The draft in large text with a timer, in a window of its own; None if there is nothing yet."""
        text = self.draft_text()
        if not text.strip():
            self.draft_notice.tell(translate(
                "StatementWorkshop", "There is nothing to rehearse yet. Write or build your draft first."))
            return None
        self.hint_checks.check_now()
        if self.rehearsal is not None:
            self.rehearsal.close()
        self.rehearsal = RehearsalDialog(text, self.hints(), self._checks.words_per_minute, self)
        self.rehearsal.finished.connect(lambda _result: self.rehearse_button.setFocus())
        self.rehearsal.open()
        return self.rehearsal

    # -- composing -------------------------------------------------------------------------

    def build_draft(self) -> None:
        """Put the parts together as the draft; a draft with words in it is replaced only on a yes."""
        composed = compose_statement(self.parts())
        if not composed.strip():
            self.parts_notice.tell(translate(
                "StatementWorkshop", "Write at least one of the parts first: the draft is built from them."))
            return
        current = self.draft_text()
        if not current.strip():
            self._replace_draft_text(composed)
            self.parts_notice.dismiss()
            return
        if current == composed:
            self.parts_notice.tell(translate("StatementWorkshop", "Your draft already matches the parts."))
            return
        self.parts_notice.ask(
            translate("StatementWorkshop", "Your draft already has words in it. Replace them with a fresh "
                      "draft built from the parts?"),
            translate("StatementWorkshop", "Replace the draft"), lambda: self._rebuild_confirmed(composed),
            translate("StatementWorkshop", "Keep my draft"))
        self.parts_notice.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_confirmed(self, composed: str) -> None:
        previous = self.draft_text()
        self._replace_draft_text(composed)
        self.draft_undo.offer(self.parts_notice, translate("StatementWorkshop",
                                                           "Your draft was rebuilt from the parts."),
                              lambda: self._replace_draft_text(previous))

    def _replace_draft_text(self, text: str) -> None:
        """Through the editor's cursor, so Ctrl+Z in the draft can also take it back."""
        cursor = QTextCursor(self.draft_edit.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.flush()

    # -- saving and hearing of changes -----------------------------------------------------

    def _on_edited(self, key: str) -> None:
        if self._loading:
            return
        self.draft_undo.withdraw()  # putting an earlier draft back now would wipe these words
        self.saver.touch(key)
        self.status_label.show_state("editing", translate("StatementWorkshop", "Saving…"))
        if self.empty_box.isVisibleTo(self):
            self.update_empty_state()

    def _write_draft(self, journal: Journal) -> StatementDraft:
        """Every part and the draft live in one row: a save writes it once, however many of
        them were edited (the first field's call writes it; the others find it written).

        Only the fields edited here are written over the stored row, so a part written
        meanwhile elsewhere (a prompt's answer on the stage page) is never put back as it was.
        """
        stored = journal.statements.draft()
        screen, before = self._screen(), _values(stored)
        edited = {key for key, words in screen.items() if words != self._shown[key]}
        merged = {key: screen[key] if key in edited else before[key] for key in screen}
        if stored.updated_at is not None and merged == before:
            self._written = stored
        else:
            parts = StatementParts(**{key: merged[key] for key in self.part_editors})
            self._written = journal.statements.save_draft(parts, merged[DRAFT_KEY],
                                                          at=self._journal.clock.now())
        self._written_shown = {key: screen[key] if key in edited else self._shown[key] for key in screen}
        return self._written

    def _on_saved(self, _change: Change) -> None:
        if self._written is not None:
            self._draft = self._written
            self._shown = self._written_shown
        self._written = None
        self.status_label.show_state("saved", translate("StatementWorkshop", "Saved"))
        self.update_empty_state()
        self.saved.emit(self._draft)

    def _on_save_failed(self, _message: str) -> None:
        self._written = None
        error = self._actions.last_problem  # the journal's reason, said just before this
        self.status_label.show_state("error", translate("StatementWorkshop", "Not saved yet: "
                                                                             "{error} Your "
                                                                             "text is safe in "
                                                                             "this window; "
                                                                             "Trustbridge "
                                                                             "keeps trying.").format(
                                                                                 error=error))
        self.failed.emit(error)

    def _on_change(self, change: Change) -> None:
        """The statement changed elsewhere (a prompt's answer, an import): show what is stored."""
        if change.touches(Area.STATEMENT) and not change.made_by(self):
            self.draft_undo.withdraw()  # the draft is no longer the one the Undo was made against
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # What depends on the day, drawn again from what is already shown (no read).
        self.say_on.redraw()
        self.shelf.follow_clock()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)



def _values(draft: StatementDraft) -> dict[str, str]:
    """A draft's words by the workshop's field keys (the parts by name, the draft as DRAFT_KEY)."""
    words = {part.name: getattr(draft.parts, part.name) for part in fields(draft.parts)}
    return {**words, DRAFT_KEY: draft.text}
