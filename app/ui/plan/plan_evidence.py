"""The plan tool's Evidence section: dated proof of progress, newest first, for one goal or all.

Evidence is added and changed in `EvidenceDialog`, the same form the Journal page uses; it is
window-modal but does not block, so the rest of the app keeps running while it is open. What is
typed there is kept as a draft until OK (which saves the evidence and clears the draft in one act)
or Cancel, so a crash while writing loses nothing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area
from app.domain.workbench import Evidence
from app.i18n import translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.plan.evidence_dialog import PLAN_IN_GENERAL, EvidenceDialog
from app.ui.plan.plan_actions import PlanActions
from app.ui.plan.plan_lists import UUID_ROLE, NoteDelegate, record_list
from app.ui.plan.plan_state import PlanRecords
from app.ui.plan.plan_words import evidence_text
from app.ui.plan.win_draft import record_win
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import (
    field_label,
    goal_title,
    name_parts,
    push_button,
    shortcut,
    wrapped_label,
)

ALL_EVIDENCE = "*"  # the filter's "All evidence"; "" is the plan in general, else a goal's uuid


class EvidenceSection(QWidget):
    """List, filter, add, change and delete the plan's evidence (kept in the shared `PlanRecords`).

    Signals: evidence_changed() — evidence was added, changed, deleted or brought back;
    count_changed(int); undo_offered(str, object) — evidence was deleted: what to say, and a callable
    that brings it back (it returns False when that failed). Actions that fail are told through
    `actions.problem`.
    """

    evidence_changed = Signal()
    count_changed = Signal(int)
    undo_offered = Signal(str, object)

    def __init__(self, journal: ObservedJournal, records: PlanRecords, saver: Saver, actions: PlanActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = journal.clock
        self._records = records
        self._saver = saver
        self._actions = actions
        self.evidence_dialog: EvidenceDialog | None = None
        self._journal = journal
        self._build()
        self._connect()

    def _build(self) -> None:
        """The widgets and their layout."""
        intro = wrapped_label(
            translate("PlanEvidence", "Your evidence: dated proof of your progress, each step forward with "
                                      "its date and the goal it serves. It is easy to forget progress "
                                      "under pressure; here it is written down for your check-ins."),
            "muted",
        )
        self.evidence_filter = QComboBox()
        # A long goal title must not widen the section past the window: the list shows it whole.
        self.evidence_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.evidence_filter.setMinimumContentsLength(14)
        name_parts(self.evidence_filter, translate("PlanEvidence", "Show evidence for"))
        self.add_evidence_button = push_button(translate("PlanEvidence", "Add evidence…"),
                                               translate("PlanEvidence", "Add evidence"))
        self.add_evidence_button.setObjectName("primary")
        show_box = QWidget()
        show_row = QHBoxLayout(show_box)
        show_row.setContentsMargins(0, 0, 0, 0)
        show_row.addWidget(field_label(translate("PlanEvidence", "Sho&w"), self.evidence_filter))
        show_row.addWidget(self.evidence_filter, 1)
        row = WrappingRow([show_box, self.add_evidence_button])  # the button goes under at large text
        self.evidence_list = record_list(translate("PlanEvidence", "Evidence, newest first"), NoteDelegate,
                                         180)
        self.evidence_empty = wrapped_label("", "intro")
        self.edit_evidence_button = push_button(translate("PlanEvidence", "Change…"),
                                                translate("PlanEvidence", "Change this evidence"),
                                                translate("PlanEvidence",
                                                          "Change the selected evidence (Enter)"))
        self.delete_evidence_button = push_button(translate("PlanEvidence", "Delete"),
                                                  translate("PlanEvidence", "Delete this evidence"),
                                                  translate("PlanEvidence", "Delete the selected evidence; "
                                                                            "you can undo it (Delete)"))
        buttons = WrappingRow([self.edit_evidence_button, self.delete_evidence_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(row)
        layout.addWidget(self.evidence_empty)
        layout.addWidget(self.evidence_list, 1)
        layout.addWidget(buttons)

    def _connect(self) -> None:
        """What the filter, the list, its keys and the buttons do."""
        self.evidence_filter.currentIndexChanged.connect(lambda _index: self.fill_list())
        self.add_evidence_button.clicked.connect(self.add_evidence)
        self.evidence_list.itemActivated.connect(lambda _item: self.edit_evidence())
        self.evidence_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        shortcut(self.evidence_list, QKeySequence.StandardKey.Delete, self.delete_evidence,
                 Qt.ShortcutContext.WidgetShortcut)
        self.edit_evidence_button.clicked.connect(self.edit_evidence)
        self.delete_evidence_button.clicked.connect(self.delete_evidence)

    # -- adding, changing, deleting --------------------------------------------------------

    def add_evidence(self) -> None:
        if self._records.plan is None or not self._saver.flush():
            return
        chosen = self.evidence_filter.currentData()
        goal_uuid = chosen if isinstance(chosen, str) and chosen not in (ALL_EVIDENCE, "") else None
        self._open_dialog(EvidenceDialog(self, self._records.goals, goal_uuid=goal_uuid,
                                         clock=self._clock, journal=self._journal))

    def edit_evidence(self) -> None:
        evidence = self._selected()
        if evidence is not None:
            self._open_dialog(EvidenceDialog(self, self._records.goals, existing=evidence,
                                             clock=self._clock, journal=self._journal))

    def _selected(self) -> Evidence | None:
        item = self.evidence_list.currentItem()
        if item is None:
            return None
        return next((e for e in self._records.evidence if e.uuid == item.data(UUID_ROLE)), None)

    def _open_dialog(self, dialog: EvidenceDialog) -> None:
        """Window-modal but not blocking: the rest of the app keeps running while it is open."""
        if self.evidence_dialog is not None:
            self.evidence_dialog.raise_()
            return
        self.evidence_dialog = dialog
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: EvidenceDialog) -> None:
        if self.evidence_dialog is dialog:
            self.evidence_dialog = None
        dialog.deleteLater()
        self.evidence_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self, dialog: EvidenceDialog) -> None:
        evidence = dialog.evidence()
        if evidence is None:
            return
        key = dialog.draft_key  # the words typed go from the drafts as the evidence is saved
        done = self._actions.run(translate("PlanEvidence", "Couldn't save the evidence"),
                                 {Area.EVIDENCE, Area.DRAFT},
                                 lambda j: record_win(j, evidence, key))
        if done is None:
            return
        saved = done.value
        records = self._records
        records.evidence = [e for e in records.evidence if e.uuid != saved.uuid] + [saved]
        records.sort_evidence()
        shown = self.evidence_filter.currentData()
        if shown not in (ALL_EVIDENCE, saved.goal_uuid or ""):
            self.evidence_filter.setCurrentIndex(0)  # show the new evidence, whatever the filter was
        self.fill_list(select=saved.uuid)
        self.evidence_changed.emit()

    def delete_evidence(self) -> None:
        evidence = self._selected()
        if evidence is None:
            return
        row = self.evidence_list.currentRow()
        if self._actions.run(translate("PlanEvidence", "Couldn't delete the evidence"), Area.EVIDENCE,
                             lambda j: j.plans.delete_evidence(evidence.uuid), uuids=[evidence.uuid]) is None:
            return
        records = self._records
        records.evidence = [e for e in records.evidence if e.uuid != evidence.uuid]
        self.fill_list()
        if self.evidence_list.count():
            self.evidence_list.setCurrentRow(min(row, self.evidence_list.count() - 1))
        self.evidence_changed.emit()

        def restore() -> bool:
            goal_uuid = evidence.goal_uuid if records.goal_row(evidence.goal_uuid) >= 0 else None
            done = self._actions.run(None, Area.EVIDENCE,
                                     lambda j: j.plans.save_evidence(replace(evidence, goal_uuid=goal_uuid)))
            if done is None:
                return False
            records.evidence = [e for e in records.evidence if e.uuid != evidence.uuid] + [done.value]
            records.sort_evidence()
            self.fill_list(select=evidence.uuid)
            self.evidence_changed.emit()
            self.evidence_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True

        self.undo_offered.emit(translate("PlanEvidence", "Evidence deleted."), restore)
        self.evidence_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drawing ---------------------------------------------------------------------------

    def fill_filter(self) -> None:
        """The filter's choices: all evidence, the plan in general, and each goal (kept if it still
        exists)."""
        chosen = self.evidence_filter.currentData()
        blocked = self.evidence_filter.blockSignals(True)
        try:
            self.evidence_filter.clear()
            self.evidence_filter.addItem(translate("PlanEvidence", "All evidence"), ALL_EVIDENCE)
            self.evidence_filter.addItem(translate("EvidenceDialog", PLAN_IN_GENERAL), "")
            for goal in self._records.goals:
                self.evidence_filter.addItem(goal_title(goal), goal.uuid)
            index = self.evidence_filter.findData(chosen)
            self.evidence_filter.setCurrentIndex(max(index, 0))
        finally:
            self.evidence_filter.blockSignals(blocked)
        if self.evidence_filter.currentData() != chosen:
            self.fill_list()

    def fill_list(self, select: str | None = None) -> None:
        """The evidence the filter shows, keeping the selection (or choosing `select`)."""
        everything = self._records.evidence
        chosen = self.evidence_filter.currentData()
        if chosen is None or chosen == ALL_EVIDENCE:
            shown = everything
        else:
            shown = [e for e in everything if (e.goal_uuid or "") == chosen]
        current = self.evidence_list.currentItem()
        keep = select or (current.data(UUID_ROLE) if current is not None else None)
        names = self._records.goal_names()
        today = self._clock.today()
        self.evidence_list.clear()
        for evidence in shown:
            text = evidence_text(evidence, names, today)
            item = QListWidgetItem(text)
            item.setData(UUID_ROLE, evidence.uuid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ": "))
            item.setToolTip(evidence.text[:400])
            self.evidence_list.addItem(item)
            if evidence.uuid == keep:
                self.evidence_list.setCurrentItem(item)
        if self.evidence_list.currentRow() < 0 and self.evidence_list.count():
            self.evidence_list.setCurrentRow(0)
        if not everything:
            self.evidence_empty.setText(translate("PlanEvidence", "Nothing here yet. Add your first "
                                                                  "evidence, however small: a task "
                                                                  "finished early, a thank-you from a "
                                                                  "colleague, a skill you practised."))
        else:
            self.evidence_empty.setText(translate("PlanEvidence",
                                                  "No evidence for this goal yet.") if not shown else "")
        self.evidence_empty.setVisible(not shown)
        self.evidence_list.setVisible(bool(shown))
        self.count_changed.emit(len(everything))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.evidence_list.currentRow() >= 0 and not self.evidence_list.isHidden()
        self.edit_evidence_button.setEnabled(selected)
        self.delete_evidence_button.setEnabled(selected)
