"""The plan tool's "Who agreed" section: each time someone settled on the plan or a change to it.

When memories differ later, the record says who agreed, when, how, and to what. A new record
starts with no name in it: the manager's name (and each name already recorded) is offered as a
completion and shown as the field's placeholder, so what is typed is exactly what is kept.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area
from app.domain.clock import Clock
from app.domain.workbench import AgreementChannel, Alignment
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.plan.plan_actions import PlanActions
from app.ui.plan.plan_lists import (
    UUID_ROLE,
    NoteDelegate,
    list_beside_editor,
    record_list,
    select_row_quietly,
)
from app.ui.plan.plan_state import PlanRecords
from app.ui.plan.plan_words import alignment_text
from app.ui.widgets.form_fields import (
    TextBox,
    field_label,
    make_date_edit,
    name_parts,
    push_button,
    pydate,
    qdate,
    shortcut,
    wrapped_label,
)

if TYPE_CHECKING:
    from app.store.journal import Journal


WHO_PLACEHOLDER = QT_TRANSLATE_NOOP("PlanAlignment", "Your manager, HR, a stakeholder…")


class AlignmentEditor(QWidget):
    """Who agreed, when, how and to what. Signals: edited()."""

    edited = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._alignment: Alignment | None = None
        self._loading = False
        self.who_edit = QLineEdit()
        self.who_edit.setAccessibleName(translate("PlanAlignment", "Who agreed"))
        self.who_edit.setPlaceholderText(translate("PlanAlignment", WHO_PLACEHOLDER))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who_edit.setCompleter(completer)
        self.date_edit = make_date_edit(translate("PlanAlignment", "When they agreed"), clock.today())
        self.how_combo = QComboBox()
        name_parts(self.how_combo, translate("PlanAlignment", "How they agreed"))
        for channel in AgreementChannel:
            self.how_combo.addItem(channel.label, channel.value)
        self.about_edit = TextBox(translate("PlanAlignment", "What was agreed"),
                                  translate("PlanAlignment", "The whole plan, a new deadline for a goal, a "
                                                             "changed measure…"), 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for text, widget in ((translate("PlanAlignment", "&Who agreed"), self.who_edit),
                             (translate("PlanAlignment", "Wh&en"), self.date_edit),
                             (translate("PlanAlignment", "&How"), self.how_combo),
                             (translate("PlanAlignment", "What was &agreed"), self.about_edit)):
            layout.addWidget(field_label(text, widget))
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addStretch(1)
        self.setEnabled(False)
        self._connect()

    def _connect(self) -> None:
        self.who_edit.textEdited.connect(self._on_edit)
        self.date_edit.dateChanged.connect(self._on_edit)
        self.how_combo.currentIndexChanged.connect(self._on_edit)
        self.about_edit.textChanged.connect(self._on_edit)

    @property
    def current_uuid(self) -> str | None:
        return self._alignment.uuid if self._alignment else None

    def offer_names(self, manager: str, known: list[str]) -> None:
        """The names "Who agreed" completes to: the manager first, then those already recorded;
        the placeholder suggests the manager. Nothing is ever written into the field."""
        names: list[str] = []
        for name in [manager, *known]:
            name = " ".join(name.split())
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
        self.names.setStringList(names)
        manager = " ".join(manager.split())
        self.who_edit.setPlaceholderText(translate("PlanAlignment", "For example {manager}, HR, a "
                                                                    "stakeholder…").format(
                                                                        manager=manager) if manager
                                         else translate("PlanAlignment", WHO_PLACEHOLDER))

    def set_alignment(self, alignment: Alignment | None) -> None:
        self._alignment = alignment
        self._loading = True
        try:
            self.who_edit.setText(alignment.who if alignment else "")
            self.date_edit.setDate(qdate(alignment.agreed_on if alignment else self._clock.today()))
            how = alignment.how if alignment else AgreementChannel.MEETING
            self.how_combo.setCurrentIndex(self.how_combo.findData(how.value))
            self.about_edit.setPlainText(alignment.about if alignment else "")
        finally:
            self._loading = False
        self.setEnabled(alignment is not None)

    def alignment(self) -> Alignment | None:
        if self._alignment is None:
            return None
        return replace(
            self._alignment,
            who=self.who_edit.text().strip(),
            agreed_on=pydate(self.date_edit.date()),
            how=AgreementChannel(self.how_combo.currentData()),
            about=self.about_edit.toPlainText(),
        )

    def _on_edit(self) -> None:
        if not self._loading and self._alignment is not None:
            self.edited.emit()


class AlignmentSection(QWidget):
    """The agreements, oldest first, beside the chosen one in an editor.

    Signals: count_changed(int); undo_offered(str, object) — an agreement was deleted: what to say,
    and a callable that brings it back (it returns False when that failed). Actions that fail are
    told through `actions.problem`.
    """

    count_changed = Signal(int)
    undo_offered = Signal(str, object)

    def __init__(self, journal: ObservedJournal, records: PlanRecords, saver: Saver, actions: PlanActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = journal.clock
        self._records = records
        self._saver = saver
        self._actions = actions
        self._alignments: list[Alignment] = []
        self._build(journal)
        self._connect()

    def _build(self, journal: ObservedJournal) -> None:
        """The widgets and their layout: the intro, the list with its Delete, the editor."""
        intro = wrapped_label(
            translate("PlanAlignment", "Note each time you and someone else settle on the plan or a change "
                                       "to it: who, when, how, and what. When memories differ later, you "
                                       "have the record."),
            "muted",
        )
        self.record_button = push_button(translate("PlanAlignment", "Record an agreement"),
                                         translate("PlanAlignment", "Record an agreement"))
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        self.alignment_list = record_list(translate("PlanAlignment", "Agreements, oldest first"),
                                          NoteDelegate, 150)
        self.delete_alignment_button = push_button(translate("PlanAlignment", "Delete"),
                                                   translate("PlanAlignment", "Delete agreement"),
                                                   translate("PlanAlignment",
                                                             "Delete this record; you can undo it (Delete)"))
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_alignment_button)
        self.alignment_editor = AlignmentEditor(journal.clock)
        self.alignment_hint = wrapped_label(translate("PlanAlignment", "No agreements recorded yet. After "
                                                                       "you go through the plan with your "
                                                                       "manager, record it here."), "intro")
        self.alignment_stack, columns = list_beside_editor(
            self.alignment_list, delete_row, self.alignment_hint, self.alignment_editor
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(columns, 1)

    def _connect(self) -> None:
        """The agreement on screen saves through the tool's saver; the buttons and keys act."""
        self._saver.watch("alignment", Area.ALIGNMENT, self._save_current)
        self.record_button.clicked.connect(self.add_alignment)
        self.alignment_list.currentRowChanged.connect(self._on_row)
        self.delete_alignment_button.clicked.connect(self.delete_alignment)
        shortcut(self.alignment_list, QKeySequence.StandardKey.Delete, self.delete_alignment,
                 Qt.ShortcutContext.WidgetShortcut)
        self.alignment_editor.edited.connect(self._on_edited)

    @property
    def alignments(self) -> list[Alignment]:
        return list(self._alignments)

    def show_alignments(self, alignments: list[Alignment]) -> None:
        """Show these agreements, keeping the one on screen when it is still there."""
        self._alignments = alignments
        self._fill_list(self.alignment_editor.current_uuid)

    # -- adding and deleting ---------------------------------------------------------------

    def add_alignment(self) -> None:
        plan = self._records.plan
        if plan is None or not self._saver.flush():
            return
        first = not self._alignments
        record = Alignment(
            uuid=str(uuid.uuid4()),
            plan_uuid=plan.uuid,
            who="",  # typed, or picked from the names offered: never filled in for the person
            agreed_on=self._clock.today(),
            how=AgreementChannel.MEETING,
            about=translate("PlanAlignment", "The plan and its goals") if first else "",
            created_at=self._clock.now(),
        )
        done = self._actions.run(translate("PlanAlignment", "Couldn't record the agreement"), Area.ALIGNMENT,
                                 lambda j: j.plans.save_alignment(record))
        if done is None:
            return
        saved = done.value
        self._alignments.append(saved)
        self._fill_list(saved.uuid)
        self.alignment_editor.who_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_alignment(self) -> None:
        row = self.alignment_list.currentRow()
        if row < 0 or not self._saver.flush():
            return
        record = self._alignments[row]
        if self._actions.run(translate("PlanAlignment", "Couldn't delete the agreement"), Area.ALIGNMENT,
                             lambda j: j.plans.delete_alignment(record.uuid), uuids=[record.uuid]) is None:
            return
        self._alignments.pop(row)
        self.alignment_editor.set_alignment(None)
        remaining = self._alignments[min(row, len(self._alignments) - 1)].uuid if self._alignments else None
        self._fill_list(remaining)

        def restore() -> bool:
            done = self._actions.run(None, Area.ALIGNMENT, lambda j: j.plans.save_alignment(record))
            if done is None:
                return False
            self._alignments = [a for a in self._alignments if a.uuid != record.uuid] + [done.value]
            self._fill_list(record.uuid)
            self.alignment_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True

        who = record.who or "someone"
        self.undo_offered.emit(translate("PlanAlignment", "Agreement with {who} deleted.").format(who=who),
                               restore)
        self.alignment_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the agreement on screen -----------------------------------------------------------

    def _row_of(self, uuid_: str | None) -> int:
        return next((row for row, a in enumerate(self._alignments) if a.uuid == uuid_), -1)

    def _on_row(self, row: int) -> None:
        record = self._alignments[row] if 0 <= row < len(self._alignments) else None
        if record is not None and record.uuid == self.alignment_editor.current_uuid:
            return
        if not self._saver.flush():
            select_row_quietly(self.alignment_list, self._row_of(self.alignment_editor.current_uuid))
            return
        self.alignment_editor.set_alignment(record)
        self.alignment_stack.setCurrentWidget(self.alignment_editor if record else self.alignment_hint)
        self.delete_alignment_button.setEnabled(record is not None)

    def _on_edited(self) -> None:
        record = self.alignment_editor.alignment()
        if record is None:
            return
        self._saver.touch("alignment")
        row = self._row_of(record.uuid)
        if row >= 0:
            self._alignments[row] = record
            item = self.alignment_list.item(row)
            if item is not None:
                self._paint_item(item, record)

    def _save_current(self, journal: Journal) -> Alignment | None:
        record = self.alignment_editor.alignment()
        if record is None:
            return None
        saved = journal.plans.save_alignment(record)
        self._alignments = [saved if a.uuid == saved.uuid else a for a in self._alignments]
        return saved

    # -- drawing ---------------------------------------------------------------------------

    def _fill_list(self, select: str | None) -> None:
        self._alignments.sort(key=lambda a: (a.agreed_on, a.created_at))
        plan = self._records.plan
        self.alignment_editor.offer_names(plan.manager if plan else "", [a.who for a in self._alignments])
        blocked = self.alignment_list.blockSignals(True)
        try:
            self.alignment_list.clear()
            for record in self._alignments:
                item = QListWidgetItem()
                self.alignment_list.addItem(item)
                self._paint_item(item, record)
        finally:
            self.alignment_list.blockSignals(blocked)
        row = self._row_of(select)
        if row < 0 and self._alignments:
            row = len(self._alignments) - 1
        select_row_quietly(self.alignment_list, row)
        chosen = self._alignments[row] if row >= 0 else None
        shown = self.alignment_editor.alignment()
        if chosen is None or shown is None or shown != chosen:
            self.alignment_editor.set_alignment(chosen)
        self.alignment_stack.setCurrentWidget(self.alignment_editor if chosen else self.alignment_hint)
        self.delete_alignment_button.setEnabled(chosen is not None)
        self.count_changed.emit(len(self._alignments))

    def _paint_item(self, item: QListWidgetItem, record: Alignment) -> None:
        text = alignment_text(record, self._clock.today())
        item.setText(text)
        item.setData(UUID_ROLE, record.uuid)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ": "))
