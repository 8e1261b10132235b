"""The statement workshop: four parts, a draft built from them, gentle hints, versions and export.

Everything typed reaches the store's working draft within a second, with no Save button; "Save as
version" keeps a numbered snapshot the person can compare, restore, mark final or delete. Nothing
destructive asks through a modal box: replacing the draft asks inline, and every replace, restore
and delete can be undone from the bar that reports it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from app.domain.statement_checks import CheckLists, Hint, check_statement, compose_statement
from app.domain.text import speaking_seconds, word_count
from app.domain.workbench import StatementDraft, StatementParts, StatementVersion
from app.paths import INSIDE_DATA_DIR, inside_data_dir
from app.store.errors import StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.ownership.statement_compare import StatementCompareDialog
from app.ui.ownership.statement_export import (
    STATEMENT_TITLE,
    copy_to_clipboard,
    source_note,
    write_markdown,
    write_pdf,
)
from app.ui.ownership.statement_view import StatementView
from app.ui.ownership.statement_words import (
    hint_text,
    speaking_time_text,
    utf16_offset,
    version_text,
    version_title,
)
from app.ui.widgets.form_fields import raw_text, shortcut
from app.ui.writing.autosave import RETRY_DELAY_MS, SAVE_DELAY_MS

log = logging.getLogger(__name__)

HINT_DELAY_MS = 300
CHECKED_CHARS = 20_000  # about 3,500 words: far past any statement, still checked in a blink
SHOWN_HINTS = 40
HINT_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ROLE = Qt.ItemDataRole.UserRole + 2

class StatementWorkshop(StatementView):
    """Compose, check, version and export the ownership statement.

    Signals: saved(StatementDraft) after the working draft reached the store; failed(str) when it
    could not; versions_changed() after a version was saved, restored, marked, deleted or undone.
    """

    saved = Signal(object)
    failed = Signal(str)
    versions_changed = Signal()

    def __init__(self, journal: ObservedJournal, checks: CheckLists, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._checks = checks
        self._versions: list[StatementVersion] = []
        self._draft = StatementDraft(parts=StatementParts(), text="")
        self._dirty = False
        self._loading = False
        self._announcing = False

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry_timer.timeout.connect(self.flush)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self.update_hints)
        self._connect_controls()
        journal.workbench_changed.connect(self._on_workbench_changed)
        self.refresh()
        self.set_parts_visible(not self.draft_text().strip())  # a written draft comes first

    def _connect_controls(self) -> None:
        """What each control of the view does."""
        for editor in self.part_editors.values():
            editor.textChanged.connect(self._on_edited)
        self.build_button.clicked.connect(self.build_draft)
        self.draft_edit.textChanged.connect(self._on_edited)
        self.draft_edit.textChanged.connect(self._hint_timer.start)
        self.save_version_button.clicked.connect(self.save_version)
        self.hints_list.itemClicked.connect(self._on_hint_chosen)
        self.hints_list.itemActivated.connect(self._on_hint_chosen)
        self.versions_list.itemSelectionChanged.connect(self._update_version_buttons)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.final_button.clicked.connect(self.toggle_final)
        self.delete_button.clicked.connect(self.delete_selected)
        shortcut(self.versions_list, QKeySequence.StandardKey.Delete, self.delete_selected,
                 Qt.ShortcutContext.WidgetShortcut)
        self.copy_button.clicked.connect(self.copy_statement)
        self.markdown_button.clicked.connect(lambda: self._export_with_dialog("md"))
        self.pdf_button.clicked.connect(lambda: self._export_with_dialog("pdf"))
        shortcut(self, QKeySequence.StandardKey.Save, self.save_version)

    # -- the public face -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the draft and the versions again, after saving anything typed here first."""
        if not self.flush():
            return  # unsaved text stays on screen; the status says why and keeps retrying
        try:
            draft = self._journal.statements.draft()
            versions = self._journal.statements.versions()
        except StoreError as error:
            log.warning("could not read the statement: %s", type(error).__name__)
            self.draft_notice.tell(f"Your statement could not be read just now: {error}", error=True)
            return
        self._load_draft(draft)
        self._show_versions(versions)

    def flush(self) -> bool:
        """Save the parts and the draft now if they changed; False only when saving failed."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        try:
            draft = self._journal.statements.save_draft(self.parts(), self.draft_text())
        except StoreError as error:
            log.warning("statement autosave failed: %s", type(error).__name__)
            self._retry_timer.start()
            self.status_label.show_state("error", f"Not saved yet: {error} Your text is safe in this window; "
                                      "Trustbridge keeps trying.")
            self.failed.emit(str(error))
            return False
        self._retry_timer.stop()
        self._dirty = False
        self._draft = draft
        self.status_label.show_state("saved", "Saved")
        self._update_empty_state()
        self._announce()
        self.saved.emit(draft)
        return True

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

    @property
    def versions(self) -> list[StatementVersion]:
        return list(self._versions)

    # -- composing -------------------------------------------------------------------------

    def build_draft(self) -> None:
        """Put the parts together as the draft; a draft with words in it is replaced only on a yes."""
        composed = compose_statement(self.parts())
        if not composed.strip():
            self.parts_notice.tell("Write at least one of the parts first: the draft is built from them.")
            return
        current = self.draft_text()
        if not current.strip():
            self._replace_draft_text(composed)
            self.parts_notice.dismiss()
            return
        if current == composed:
            self.parts_notice.tell("Your draft already matches the parts.")
            return
        self.parts_notice.ask(
            "Your draft already has words in it. Replace them with a fresh draft built from the parts?",
            "Replace the draft", lambda: self._rebuild_confirmed(composed), "Keep my draft")
        self.parts_notice.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_confirmed(self, composed: str) -> None:
        previous = self.draft_text()
        self._replace_draft_text(composed)
        self.parts_notice.offer_undo("Your draft was rebuilt from the parts.",
                                     lambda: self._replace_draft_text(previous))

    def _replace_draft_text(self, text: str) -> None:
        """Through the editor's cursor, so Ctrl+Z in the draft can also take it back."""
        cursor = QTextCursor(self.draft_edit.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.flush()

    # -- versions --------------------------------------------------------------------------

    def save_version(self) -> StatementVersion | None:
        """Keep the draft as it is now as the next numbered version."""
        text = self.draft_text()
        if not text.strip():
            self.draft_notice.tell("There is nothing in the draft to keep yet. Write or build it first.")
            return None
        if not self.flush():
            return None
        parts = self.parts()
        latest = self._versions[0] if self._versions else None
        if latest is not None and latest.text == text and latest.parts == parts:
            self.draft_notice.tell(f"Nothing has changed since version {latest.number}, so no new "
                                   "version was made.")
            return latest
        try:
            version = self._journal.statements.save_version(parts, text)
        except StoreError as error:
            self.draft_notice.tell(f"The version could not be saved: {error}", error=True)
            return None
        self._after_versions_change(select_uuid=version.uuid)
        self.draft_notice.tell(f"Saved as version {version.number}.")
        return version

    def selected_versions(self) -> list[StatementVersion]:
        """The selected versions, oldest first."""
        chosen = [item.data(VERSION_ROLE) for item in self.versions_list.selectedItems()]
        return sorted((v for v in chosen if isinstance(v, StatementVersion)), key=lambda v: v.number)

    def select_versions(self, *numbers: int) -> None:
        """Select versions by number (what a person does with Ctrl+click)."""
        self.versions_list.clearSelection()
        for row in range(self.versions_list.count()):
            item = self.versions_list.item(row)
            version = item.data(VERSION_ROLE)
            if isinstance(version, StatementVersion) and version.number in numbers:
                item.setSelected(True)

    def compare_selected(self) -> StatementCompareDialog | None:
        """One version against the draft, or two versions against each other."""
        chosen = self.selected_versions()
        if len(chosen) == 1:
            old = chosen[0]
            return StatementCompareDialog.show_for(self, version_title(old), old.text,
                                                   "Your current draft", self.draft_text())
        if len(chosen) == 2:
            old, new = chosen
            return StatementCompareDialog.show_for(self, version_title(old), old.text,
                                                   version_title(new), new.text)
        self.versions_notice.tell("Select one version to compare with your draft, or two to compare "
                                  "with each other.")
        return None

    def restore_selected(self) -> None:
        chosen = self.selected_versions()
        if len(chosen) != 1 or not self.flush():
            return
        version = chosen[0]
        before = (self.parts(), self.draft_text())
        try:
            draft = self._journal.statements.restore_version(version.uuid)
        except StoreError as error:
            self.versions_notice.tell(f"Version {version.number} could not be restored: {error}", error=True)
            return
        self._load_draft(draft)
        self._announce()
        self.versions_changed.emit()
        self.versions_notice.offer_undo(f"Version {version.number} is back in your draft.",
                                        lambda: self._put_back_draft(*before))

    def _put_back_draft(self, parts: StatementParts, text: str) -> None:
        try:
            draft = self._journal.statements.save_draft(parts, text)
        except StoreError as error:
            self.versions_notice.tell(f"Your earlier draft could not be put back: {error}", error=True)
            return
        self._load_draft(draft)
        self._announce()
        self.versions_notice.tell("Your earlier draft is back.")

    def toggle_final(self) -> None:
        """Mark the selected version as the final one, or unmark it if it already is."""
        chosen = self.selected_versions()
        if len(chosen) != 1:
            return
        version = chosen[0]
        try:
            self._journal.statements.mark_final(None if version.is_final else version.uuid)
        except StoreError as error:
            self.versions_notice.tell(f"That could not be changed: {error}", error=True)
            return
        self._after_versions_change(select_uuid=version.uuid)
        self.versions_notice.tell(
            f"Version {version.number} is no longer final." if version.is_final else
            f"Version {version.number} is now your final statement. Copy and export use it.")

    def delete_selected(self) -> None:
        chosen = self.selected_versions()
        if len(chosen) != 1:
            return
        version = chosen[0]
        try:
            self._journal.statements.delete_version(version.uuid)
        except StoreError as error:
            self.versions_notice.tell(f"Version {version.number} could not be deleted: {error}", error=True)
            return
        self._after_versions_change()
        self.versions_notice.offer_undo(f"Version {version.number} deleted.",
                                        lambda: self._undo_delete(version))
        self.versions_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo_delete(self, version: StatementVersion) -> None:
        keep = version
        if version.is_final and any(v.is_final for v in self._versions):
            keep = replace(version, is_final=False)  # a final chosen since then stays final
        try:
            self._journal.statements.put_version(keep)
        except StoreError as error:
            self.versions_notice.tell(f"Version {version.number} could not be brought back: {error}",
                                      error=True)
            return
        self._after_versions_change(select_uuid=version.uuid)
        self.versions_notice.tell(f"Version {version.number} is back.")

    def _after_versions_change(self, select_uuid: str | None = None) -> None:
        try:
            versions = self._journal.statements.versions()
        except StoreError as error:
            self.versions_notice.tell(f"The versions could not be read: {error}", error=True)
            return
        self._show_versions(versions, select_uuid)
        self._announce()
        self.versions_changed.emit()

    # -- export ----------------------------------------------------------------------------

    def export_source(self) -> StatementVersion | StatementDraft:
        """The final version when there is one, else the draft as it is now."""
        final = next((v for v in self._versions if v.is_final), None)
        if final is not None:
            return final
        return StatementDraft(parts=self.parts(), text=self.draft_text(), updated_at=self._draft.updated_at)

    def copy_statement(self) -> None:
        source = self.export_source()
        if not source.text.strip():
            self.export_notice.tell("There is nothing to copy yet.")
            return
        copy_to_clipboard(source.text)
        if isinstance(source, StatementVersion):
            self.export_notice.tell(f"Copied your final statement (version {source.number}).")
        else:
            self.export_notice.tell("No version is marked final yet, so your current draft was copied.")

    def export_markdown_to(self, path: Path) -> bool:
        return self._export(path, lambda source: write_markdown(path, source))

    def export_pdf_to(self, path: Path) -> bool:
        return self._export(path, lambda source: write_pdf(path, STATEMENT_TITLE, source.text,
                                                           source_note(source)))

    def _export(self, path: Path, write: Callable[[StatementVersion | StatementDraft], None]) -> bool:
        source = self.export_source()
        if not source.text.strip():
            self.export_notice.tell("There is nothing to export yet.")
            return False
        if inside_data_dir(path, self._journal.service.path.parent):
            self.export_notice.tell(f"The file was not written: {INSIDE_DATA_DIR}.", error=True)
            return False
        try:
            write(source)
        except OSError as error:
            log.warning("statement export failed: %s", type(error).__name__)
            self.export_notice.tell(f"The file could not be written: {error.strerror or error}", error=True)
            return False
        which = (f"your final statement (version {source.number})" if isinstance(source, StatementVersion)
                 else "your current draft, as no version is marked final yet")
        self.export_notice.tell(f"Exported {which} to {path}.")
        return True

    def _export_with_dialog(self, suffix: str) -> None:
        """Ask where to put the file; the writing itself is export_markdown_to / export_pdf_to."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder or Path.home()) / f"ownership-statement.{suffix}")
        kind = "Markdown (*.md)" if suffix == "md" else "PDF (*.pdf)"
        chosen, _filter = QFileDialog.getSaveFileName(self, "Export your statement", default, kind)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        if suffix == "md":
            self.export_markdown_to(path)
        else:
            self.export_pdf_to(path)

    # -- hints -----------------------------------------------------------------------------

    def update_hints(self) -> None:
        """Run the gentle checks on the draft now (normally a moment after typing stops)."""
        self._hint_timer.stop()
        self._update_speaking_time()
        text = self.draft_text()
        too_long = len(text) > CHECKED_CHARS  # a statement is a minute long; a pasted essay is not
        hints = check_statement(text, self._checks) if text.strip() and not too_long else []
        self.hints_list.clear()
        for hint in hints[:SHOWN_HINTS]:
            item = QListWidgetItem(hint_text(hint))
            item.setData(HINT_ROLE, hint)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hint_text(hint).replace("\n", ": "))
            item.setToolTip("Choose it to find it in your draft")
            self.hints_list.addItem(item)
        if not text.strip():
            note = "Hints about your draft will appear here as you write."
        elif too_long:
            note = ("This draft is much longer than a statement usually is, so the checks are resting. "
                    "They come back once it is shorter.")
        elif not hints:
            note = "Nothing to point out. Reading it aloud once is still a good test."
        elif len(hints) > SHOWN_HINTS:
            note = f"The first {SHOWN_HINTS} of {len(hints)} are shown."
        else:
            note = ""
        self.hints_empty.setText(note)
        self.hints_empty.setVisible(bool(note))
        self.hints_list.setVisible(bool(hints))

    def hints(self) -> list[Hint]:
        return [self.hints_list.item(row).data(HINT_ROLE) for row in range(self.hints_list.count())]

    def _on_hint_chosen(self, item: QListWidgetItem) -> None:
        hint = item.data(HINT_ROLE)
        if hint is not None:
            self.select_hint(hint)

    def select_hint(self, hint: Hint) -> None:
        """Select the hint's phrase in the draft and put the cursor there."""
        text = self.draft_text()
        start, end = hint.start, hint.end
        if end <= start or text[start:end].casefold() != hint.phrase.casefold():
            return  # the draft changed since the check; the next check will list it again
        cursor = self.draft_edit.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.draft_edit.setTextCursor(cursor)
        self.draft_edit.ensureCursorVisible()
        self.scroll_area.ensureWidgetVisible(self.draft_edit)
        self.draft_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reactions and drawing -------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status_label.show_state("editing", "Saving…")
        self._save_timer.start()
        if self.empty_box.isVisibleTo(self):
            self._update_empty_state()

    def _on_workbench_changed(self, area: str) -> None:
        """Another part of the app changed the statement (an import, say): show what is stored."""
        if area == "statement" and not self._announcing:
            self.refresh()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self._journal.changed("statement")
        finally:
            self._announcing = False

    def _load_draft(self, draft: StatementDraft) -> None:
        self._loading = True
        try:
            for field, editor in self.part_editors.items():
                value = getattr(draft.parts, field)
                if raw_text(editor) != value:
                    editor.setPlainText(value)
            if self.draft_text() != draft.text:
                self.draft_edit.setPlainText(draft.text)
        finally:
            self._loading = False
        self._draft = draft
        self._dirty = False
        if draft.updated_at:
            self.status_label.show_state("saved", "Saved")
        else:
            self.status_label.show_state("empty", "")
        self.update_hints()
        self._update_empty_state()

    def _show_versions(self, versions: list[StatementVersion], select_uuid: str | None = None) -> None:
        self._versions = versions
        self.versions_list.clear()
        for version in versions:
            item = QListWidgetItem(version_text(version))
            item.setData(VERSION_ROLE, version)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, version_text(version).replace("\n", ", "))
            item.setToolTip(version.text[:600])
            self.versions_list.addItem(item)
            if version.uuid == select_uuid:
                self.versions_list.setCurrentItem(item)
        self.versions_list.setVisible(bool(versions))
        self.versions_empty.setVisible(not versions)
        self.version_actions.setVisible(bool(versions))
        self._fit_versions_list()
        final = next((v for v in versions if v.is_final), None)
        self.export_source_label.setText(
            f"Copying and exporting use your final statement, version {final.number}." if final else
            "No version is marked final yet, so copying and exporting use your current draft. "
            "Mark a saved version as final to use that one instead.")
        self._update_version_buttons()
        self._update_empty_state()

    def _update_version_buttons(self) -> None:
        chosen = self.selected_versions()
        one = len(chosen) == 1
        self.compare_button.setEnabled(len(chosen) in (1, 2))
        if len(chosen) == 2:
            self.compare_button.setAccessibleName(
                f"Compare version {chosen[0].number} with version {chosen[1].number}")
        else:
            self.compare_button.setAccessibleName("Compare the selected version with your draft")
        self.restore_button.setEnabled(one)
        self.delete_button.setEnabled(one)
        self.final_button.setEnabled(one)
        unmark = one and chosen[0].is_final
        self.final_button.setText("Unmark final" if unmark else "Mark as final")
        self.final_button.setAccessibleName(
            "Unmark the selected version as final" if unmark else "Mark the selected version as final")

    def _update_speaking_time(self) -> None:
        text = self.draft_text()
        words = word_count(text)
        seconds = speaking_seconds(text, self._checks.words_per_minute)
        if words == 0:
            self.speaking_label.setText("Nothing to say aloud yet")
        else:
            words_text = "1 word" if words == 1 else f"{words:,} words"
            self.speaking_label.setText(f"{speaking_time_text(seconds)} · {words_text}")
        self.speaking_label.setAccessibleDescription(self.speaking_label.text())

    def _update_empty_state(self) -> None:
        written = any(raw_text(e).strip() for e in self.part_editors.values()) or bool(
            self.draft_text().strip())
        self.empty_box.setVisible(not written and not self._versions)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
