"""The workshop's saved versions: keep the draft as a numbered version, compare, restore, mark
final, delete; every restore and delete can be undone from the bar that reports it (a restore's
Undo only until the draft is edited again: see draft_undo).

Each action is one `act` on the statement, stamped by the journal's clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidgetItem

from app.domain.workbench import StatementParts, StatementVersion
from app.i18n import translate
from app.ui.ownership.draft_undo import DraftUndo
from app.ui.ownership.statement_actions import StatementActions, WorkingDraft
from app.ui.ownership.statement_compare import StatementCompareDialog
from app.ui.ownership.statement_view import StatementView
from app.ui.ownership.statement_words import version_text, version_title, written_today
from app.ui.widgets.form_fields import shortcut

if TYPE_CHECKING:
    from app.store.journal import Journal

VERSION_ROLE = Qt.ItemDataRole.UserRole + 2


class StatementVersions(QObject):
    """The versions card of `view`, kept from and restored into `draft`.

    Signal: changed() after a version was saved, restored, marked, deleted or brought back.
    """

    changed = Signal()

    def __init__(self, view: StatementView, draft: WorkingDraft, actions: StatementActions,
                 draft_undo: DraftUndo | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._draft = draft
        self._actions = actions
        self._draft_undo = draft_undo or DraftUndo()
        self._versions: list[StatementVersion] = []
        self._drawn_on: date | None = None  # the day the list's "read it again tomorrow" marks are for
        self._connect()

    def _connect(self) -> None:
        view = self._view
        view.versions_list.itemSelectionChanged.connect(self._update_buttons)
        view.compare_button.clicked.connect(self.compare_selected)
        view.restore_button.clicked.connect(self.restore_selected)
        view.final_button.clicked.connect(self.toggle_final)
        view.delete_button.clicked.connect(self.delete_selected)
        shortcut(view.versions_list, QKeySequence.StandardKey.Delete, self.delete_selected,
                 Qt.ShortcutContext.WidgetShortcut)

    @property
    def versions(self) -> list[StatementVersion]:
        """Newest first, as shown."""
        return list(self._versions)

    def final(self) -> StatementVersion | None:
        return next((v for v in self._versions if v.is_final), None)

    # -- actions ---------------------------------------------------------------------------

    def save_version(self) -> StatementVersion | None:
        """Keep the draft as it is now as the next numbered version."""
        notice = self._view.draft_notice
        text = self._draft.draft_text()
        if not text.strip():
            notice.tell(translate("StatementVersions",
                                  "There is nothing in the draft to keep yet. Write or build it first."))
            return None
        if not self._draft.flush():
            return None
        parts = self._draft.parts()
        latest = self._versions[0] if self._versions else None
        if latest is not None and latest.text == text and latest.parts == parts:
            notice.tell(translate("StatementVersions", "Nothing has changed since version {number}, so no "
                                                       "new version was made.").format(number=latest.number))
            return latest
        now = self._actions.journal.clock.now()
        done = self._actions.act(lambda j: j.statements.save_version(parts, text, at=now), notice,
                                 translate("StatementVersions", "The version could not be saved"))
        if done is None:
            return None
        self.reload(select_uuid=done.value.uuid)
        notice.tell(translate("StatementVersions",
                              "Saved as version {number}.").format(number=done.value.number))
        return done.value

    def selected_versions(self) -> list[StatementVersion]:
        """The selected versions, oldest first."""
        chosen = [item.data(VERSION_ROLE) for item in self._view.versions_list.selectedItems()]
        return sorted((v for v in chosen if isinstance(v, StatementVersion)), key=lambda v: v.number)

    def select_versions(self, *numbers: int) -> None:
        """Select versions by number (what a person does with Ctrl+click)."""
        versions_list = self._view.versions_list
        versions_list.clearSelection()
        for row in range(versions_list.count()):
            item = versions_list.item(row)
            version = item.data(VERSION_ROLE)
            if isinstance(version, StatementVersion) and version.number in numbers:
                item.setSelected(True)

    def compare_selected(self) -> StatementCompareDialog | None:
        """One version against the draft, or two versions against each other."""
        chosen = self.selected_versions()
        if len(chosen) == 1:
            old = chosen[0]
            return StatementCompareDialog.show_for(self._view, version_title(old), old.text,
                                                   translate("StatementVersions",
                                                             "Your current draft"), self._draft.draft_text())
        if len(chosen) == 2:
            old, new = chosen
            return StatementCompareDialog.show_for(self._view, version_title(old), old.text,
                                                   version_title(new), new.text)
        self._view.versions_notice.tell(translate("StatementVersions", "Select one version to compare with "
                                                                       "your draft, or two to compare with "
                                                                       "each other."))
        return None

    def restore_selected(self) -> None:
        chosen = self.selected_versions()
        if len(chosen) != 1 or not self._draft.flush():
            return
        version = chosen[0]
        before = (self._draft.parts(), self._draft.draft_text())
        now = self._actions.journal.clock.now()
        done = self._actions.act(lambda j: j.statements.restore_version(version.uuid, at=now),
                                 self._view.versions_notice,
                                 translate(
                                     "StatementVersions", "Version {number} could not be restored").format(
                                         number=version.number))
        if done is None:
            return
        self._draft.load_draft(done.value)
        self.changed.emit()
        # Undo puts the earlier draft back whole: offered only until the draft is edited again.
        self._draft_undo.offer(self._view.versions_notice, translate(
            "StatementVersions", "Version {number} is back in your draft.").format(number=version.number),
                               lambda: self._put_back_draft(*before))

    def _put_back_draft(self, parts: StatementParts, text: str) -> None:
        now = self._actions.journal.clock.now()
        done = self._actions.act(lambda j: j.statements.save_draft(parts, text, at=now),
                                 self._view.versions_notice, translate(
                                     "StatementVersions", "Your earlier draft could not be put back"))
        if done is None:
            return
        self._draft.load_draft(done.value)
        self._view.versions_notice.tell(translate("StatementVersions", "Your earlier draft is back."))

    def toggle_final(self) -> None:
        """Mark the selected version as the final one, or unmark it if it already is.

        Reflect first: a version saved today is not made final at once; the bar suggests reading
        it again tomorrow, and "Mark final anyway" does it now. From tomorrow it is plain.
        """
        chosen = self.selected_versions()
        if len(chosen) != 1:
            return
        version = chosen[0]
        if not version.is_final and written_today(version, self._actions.journal.clock.today()):
            notice = self._view.versions_notice
            notice.ask(translate("StatementVersions", "Sleep on it? You wrote version {number} today. "
                                                      "Words often read differently the next morning: read "
                                                      "it again tomorrow, then mark it final.").format(
                                                          number=version.number),
                       translate("StatementVersions", "Mark final anyway"), lambda: self._set_final(
                           version), translate("StatementVersions", "I'll read it tomorrow"),
                       lambda: notice.tell(translate("StatementVersions",
                                                     "Good idea. It will be here tomorrow.")),
                       yes_name=translate("StatementVersions",
                                          "Mark version {number} final anyway").format(number=version.number),
                       no_name=translate("StatementVersions", "Wait and read it again tomorrow"))
            notice.reject_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_final(version)

    def _set_final(self, version: StatementVersion) -> None:
        choice = None if version.is_final else version.uuid
        if self._actions.act(lambda j: j.statements.mark_final(choice), self._view.versions_notice,
                             translate("StatementVersions", "That could not be changed")) is None:
            return
        self.reload(select_uuid=version.uuid)
        self._view.versions_notice.tell(
            translate("StatementVersions", "Version {number} is no longer final.").format(
                number=version.number) if version.is_final else
            translate("StatementVersions", "Version {number} is now your final statement. Copy and export "
                                           "use it.").format(number=version.number))

    def delete_selected(self) -> None:
        chosen = self.selected_versions()
        if len(chosen) != 1:
            return
        version = chosen[0]
        if self._actions.act(lambda j: j.statements.delete_version(version.uuid), self._view.versions_notice,
                             translate("StatementVersions", "Version {number} could not be deleted").format(
                                 number=version.number)) is None:
            return
        self.reload()
        self._view.versions_notice.offer_undo(translate(
            "StatementVersions", "Version {number} deleted.").format(number=version.number),
                                              lambda: self._undo_delete(version))
        self._view.versions_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo_delete(self, version: StatementVersion) -> None:
        def put_back(journal: Journal) -> None:
            keep = version
            if version.is_final and journal.statements.final() is not None:
                keep = replace(version, is_final=False)  # a final chosen since then stays final
            journal.statements.put_version(keep)

        if self._actions.act(put_back, self._view.versions_notice,
                             translate("StatementVersions", "Version {number} could not be "
                                                            "brought back").format(
                                                                number=version.number)) is None:
            return
        self.reload(select_uuid=version.uuid)
        self._view.versions_notice.tell(translate("StatementVersions",
                                                  "Version {number} is back.").format(number=version.number))

    # -- showing ---------------------------------------------------------------------------

    def reload(self, select_uuid: str | None = None) -> None:
        """Read the versions again after one of them changed here."""
        versions = self._actions.read(lambda j: j.statements.versions(), self._view.versions_notice,
                                      translate("StatementVersions", "The versions could not be read"))
        if versions is None:
            return
        self.show(versions, select_uuid)
        self.changed.emit()

    def show(self, versions: list[StatementVersion], select_uuid: str | None = None) -> None:
        view = self._view
        self._versions = versions
        view.versions_list.clear()
        today = self._drawn_on = self._actions.journal.clock.today()
        for version in versions:
            text = version_text(version, today)
            item = QListWidgetItem(text)
            item.setData(VERSION_ROLE, version)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            item.setToolTip(version.text[:600])
            view.versions_list.addItem(item)
            if version.uuid == select_uuid:
                view.versions_list.setCurrentItem(item)
        view.versions_list.setVisible(bool(versions))
        view.versions_empty.setVisible(not versions)
        view.version_actions.setVisible(bool(versions))
        view.fit_versions_list()
        final = self.final()
        view.export_source_label.setText(
            translate("StatementVersions", "Copying and exporting use your final statement, version "
                                           "{number}.").format(number=final.number) if final else
            translate("StatementVersions", "No version is marked final yet, so copying and exporting use "
                                           "your current draft. Mark a saved version as final to use that "
                                           "one instead."))
        self._update_buttons()
        self._draft.update_empty_state()

    def follow_clock(self) -> None:
        """Draw the list again if the day has changed since (its marks depend on the day)."""
        if self._drawn_on is not None and self._drawn_on != self._actions.journal.clock.today():
            chosen = self.selected_versions()
            self.show(self._versions, chosen[0].uuid if len(chosen) == 1 else None)

    def _update_buttons(self) -> None:
        view = self._view
        chosen = self.selected_versions()
        one = len(chosen) == 1
        view.compare_button.setEnabled(len(chosen) in (1, 2))
        if len(chosen) == 2:
            view.compare_button.setAccessibleName(
                translate("StatementVersions", "Compare version {number} with version {number2}").format(
                    number=chosen[0].number, number2=chosen[1].number))
        else:
            view.compare_button.setAccessibleName(translate("StatementVersions",
                                                            "Compare the selected version with your draft"))
        view.restore_button.setEnabled(one)
        view.delete_button.setEnabled(one)
        view.final_button.setEnabled(one)
        unmark = one and chosen[0].is_final
        view.final_button.setText(translate("StatementVersions", "Unmark final") if unmark else translate(
            "StatementVersions", "Mark as final"))
        view.final_button.setAccessibleName(
            translate("StatementVersions", "Unmark the selected version as final") if unmark else translate(
                "StatementVersions", "Mark the selected version as final"))
