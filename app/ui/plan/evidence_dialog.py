"""Evidence, the dated proof of progress: what happened, when, and which goal it moves forward.

The same form serves the plan's Evidence section and the Journal page ("Add as evidence"), so
progress noted in an evening entry lands in the plan exactly like evidence added there.

Given the journal, the dialog keeps what is typed as a draft through a `Saver` (win_draft), so a
crash while writing costs about a second of typing: the next time the dialog opens for the same
evidence the words are back. Whoever saves it on OK clears the draft in the same act (`record_win`);
Cancel (or Escape) is the person letting the words go, and clears it. Closing the window any
other way (its title bar, the app quitting) keeps it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area
from app.domain.clock import Clock, SystemClock
from app.domain.workbench import Evidence, Goal
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.plan.win_draft import WinDraft, win_draft_key
from app.ui.widgets.form_fields import (
    TextBox,
    field_label,
    goal_title,
    make_date_edit,
    name_parts,
    pydate,
    qdate,
    wrapped_label,
)

if TYPE_CHECKING:
    from app.store.journal import Journal

PLAN_IN_GENERAL = QT_TRANSLATE_NOOP("EvidenceDialog", "The plan in general")
FROM_ENTRY = QT_TRANSLATE_NOOP("EvidenceDialog", "Taken from one of your journal entries.")


class EvidenceForm(QWidget):
    """The fields of one piece of evidence, without any buttons.

    Signals: changed() — the person edited a field.
    """

    changed = Signal()

    def __init__(self, goals: Sequence[Goal], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_combo = QComboBox()
        name_parts(self.goal_combo, translate("EvidenceDialog", "Which goal this moves forward"))
        self.goal_combo.addItem(translate("EvidenceDialog", PLAN_IN_GENERAL), None)
        for goal in goals:
            self.goal_combo.addItem(goal_title(goal), goal.uuid)
        self.date_edit = make_date_edit(translate("EvidenceDialog", "When it happened"), today)
        self.text_edit = TextBox(
            translate("EvidenceDialog", "What happened"), translate(
                "EvidenceDialog", "Say it plainly: what you did, and what came of it. Small steps count."), 5
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(field_label(translate("EvidenceDialog", "&What happened"), self.text_edit))
        layout.addWidget(self.text_edit, 1)
        layout.addSpacing(4)
        layout.addWidget(field_label(translate("EvidenceDialog", "&Goal it moves forward"), self.goal_combo))
        layout.addWidget(self.goal_combo)
        layout.addSpacing(4)
        layout.addWidget(field_label(translate("EvidenceDialog", "W&hen"), self.date_edit))
        layout.addWidget(self.date_edit)
        self._connect()

    def _connect(self) -> None:
        self.goal_combo.currentIndexChanged.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.text_edit.textChanged.connect(self.changed)

    def set_values(self, text: str, goal_uuid: str | None, happened_on: date) -> None:
        self.text_edit.setPlainText(text)
        index = self.goal_combo.findData(goal_uuid)
        self.goal_combo.setCurrentIndex(max(index, 0))
        self.date_edit.setDate(qdate(happened_on))

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def goal_uuid(self) -> str | None:
        value = self.goal_combo.currentData()
        return value if isinstance(value, str) else None

    def happened_on(self) -> date:
        return pydate(self.date_edit.date())

    def typed(self) -> WinDraft:
        """The fields as they are on screen."""
        return WinDraft(self.text(), self.goal_uuid(), self.happened_on())

    def is_complete(self) -> bool:
        return bool(self.text().strip())

    def evidence(self, uuid_: str, entry_uuid: str | None, created_at: datetime) -> Evidence:
        return Evidence(
            uuid=uuid_,
            goal_uuid=self.goal_uuid(),
            happened_on=self.happened_on(),
            text=self.text().strip(),
            entry_uuid=entry_uuid,
            created_at=created_at,
        )


class EvidenceDialog(QDialog):
    """Add evidence, or change evidence already saved.

    The dialog only gathers the values; whoever opened it saves the result, so the same dialog
    works from the plan and from any journal entry. `clock` gives today and the moment new evidence
    is recorded (the journal's clock, or the computer's when neither is given). With `journal`,
    what is typed is kept as a draft under `draft_key` until the evidence is saved or cancelled: the
    opener saves it with `record_win(j, evidence, dialog.draft_key)` inside its act.
    """

    def __init__(
        self,
        parent: QWidget | None,
        goals: Sequence[Goal],
        text: str = "",
        entry_uuid: str | None = None,
        *,
        goal_uuid: str | None = None,
        existing: Evidence | None = None,
        happened_on: date | None = None,
        clock: Clock | None = None,
        journal: ObservedJournal | None = None,
        source_note: str = "",
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock: Clock = clock or (journal.clock if journal is not None else SystemClock())
        self._existing = existing
        self._entry_uuid = existing.entry_uuid if existing else entry_uuid
        self.draft_key: str | None = None if journal is None else win_draft_key(
            existing_uuid=existing.uuid if existing else None, entry_uuid=self._entry_uuid)
        self._has_draft = False  # a draft of this evidence may be stored (restored, or saved since)
        self._closing_window = False
        self._build(existing is not None, goals, source_note)
        self._fill(text, goal_uuid, happened_on)
        self._draft_body = self.form.typed().body()
        self._saver = self._make_saver()
        self._connect()
        self._update_ok()
        self.form.text_edit.setFocus()

    # -- building --------------------------------------------------------------------------

    def _build(self, editing: bool, goals: Sequence[Goal], source_note: str) -> None:
        """The widgets and their layout."""
        title = translate("EvidenceDialog",
                          "Change this evidence") if editing else translate("EvidenceDialog", "Add evidence")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.ensurePolished()
        # Wider at large text, so the words wrap into fewer lines and the text box keeps its height.
        self.setMinimumWidth(max(420, self.fontMetrics().averageCharWidth() * 64))

        intro = wrapped_label(
            translate("EvidenceDialog", "Evidence is dated proof of your progress. Write down what went "
                                        "well while it is fresh: at your next check-in it helps you show "
                                        "progress with examples rather than impressions."),
            "muted"
        )
        self.from_entry_label = wrapped_label(source_note or translate("EvidenceDialog", FROM_ENTRY), "muted")
        self.from_entry_label.setVisible(self._entry_uuid is not None)
        self.restored_label = wrapped_label(translate(
            "EvidenceDialog", "What you were writing here last time is back."), "muted")
        self.restored_label.hide()
        self.form = EvidenceForm(goals, self._clock.today())
        if not goals:
            self.form.goal_combo.setToolTip(translate("EvidenceDialog",
                                                      "Add goals to your plan to link evidence to them"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(translate("EvidenceDialog", "Save changes") if editing else translate(
            "EvidenceDialog", "Add to your evidence"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("EvidenceDialog", "Cancel"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.from_entry_label)
        layout.addWidget(self.restored_label)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

    def _fill(self, text: str, goal_uuid: str | None, happened_on: date | None) -> None:
        """The evidence as it starts: the saved one, or the values given; then any draft kept of it."""
        existing = self._existing
        if existing is not None:
            text, goal_uuid, happened_on = existing.text, existing.goal_uuid, existing.happened_on
        self.form.set_values(text, goal_uuid, happened_on or self._clock.today())
        kept = self._kept_draft()
        if kept is None:
            return
        self._has_draft = True
        known = kept.goal_uuid is None or self.form.goal_combo.findData(kept.goal_uuid) >= 0
        self.form.set_values(kept.text, kept.goal_uuid if known else goal_uuid, kept.happened_on)
        self.restored_label.show()

    def _kept_draft(self) -> WinDraft | None:
        journal, key = self._journal, self.draft_key
        if journal is None or key is None:
            return None
        return WinDraft.parse(journal.read(lambda j: j.drafts.get(key), ""), self._clock.today())

    def _make_saver(self) -> Saver | None:
        if self._journal is None:
            return None
        # No parent: the saver lives as long as this dialog's Python object, so the journal's
        # flush_all never reaches a saver whose Qt half went with a closed dialog. It is also the
        # changes' origin: a change must not hold on to a dialog that may be deleted.
        saver = Saver(self._journal, None)
        saver.watch("win", Area.DRAFT, self._write_draft)
        return saver

    def _connect(self) -> None:
        """What the form and the buttons do."""
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self._update_ok)
        self.form.changed.connect(self._on_edited)

    # -- the draft -------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._saver is None:
            return
        self._draft_body = self.form.typed().body()  # read now: the dialog may be gone when it is written
        self._saver.touch("win")

    def _write_draft(self, journal: Journal) -> None:
        if self.draft_key is not None:
            self._has_draft = True
            journal.drafts.put(self.draft_key, self._draft_body)

    def _discard_draft(self) -> None:
        journal, key, saver = self._journal, self.draft_key, self._saver
        if journal is None or key is None or saver is None:
            return
        saver.forget()
        if self._has_draft and journal.act(Area.DRAFT, lambda j: j.drafts.clear(key),
                                           origin=saver.origin) is not None:
            self._has_draft = False

    # -- closing ---------------------------------------------------------------------------

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.form.is_complete())

    def accept(self) -> None:
        """Only evidence with words in it is worth keeping; an empty form stays open. So does one
        whose words could not be kept as a draft: the status line says why."""
        if not self.form.is_complete():
            self.form.text_edit.setFocus()
            return
        if self._saver is not None and not self._saver.flush():
            return
        super().accept()

    def reject(self) -> None:
        """Cancel or Escape: the person lets these words go, and their draft with them."""
        if not self._closing_window:
            self._discard_draft()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by its title bar or with the app: the words stay as a draft for next time."""
        self._closing_window = True
        try:
            if self._saver is not None:
                self._saver.flush()
            super().closeEvent(event)
        finally:
            self._closing_window = False

    def evidence(self) -> Evidence | None:
        """The evidence as filled in, or None while the text is empty."""
        if not self.form.is_complete():
            return None
        if self._existing is not None:
            return self.form.evidence(self._existing.uuid, self._entry_uuid, self._existing.created_at)
        return self.form.evidence(str(uuid.uuid4()), self._entry_uuid, self._clock.now())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        goals: Sequence[Goal],
        text: str = "",
        entry_uuid: str | None = None,
        *,
        happened_on: date | None = None,
        clock: Clock | None = None,
        journal: ObservedJournal | None = None,
        source_note: str = "",
    ) -> tuple[Evidence | None, bool]:
        """Ask for one new piece of evidence; (None, False) when the person cancels.

        `happened_on` is the date it starts with (today when None): evidence taken from an older
        journal entry happened the day that entry was written. `source_note` says where the words
        came from. With `journal` the words are kept as a draft meanwhile; the caller saves it with
        `record_win(j, evidence, win_draft_key(entry_uuid=entry_uuid))` in one act.
        """
        dialog = cls(parent, goals, text, entry_uuid, happened_on=happened_on, clock=clock, journal=journal,
                     source_note=source_note)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted.value:
                return None, False
            result = dialog.evidence()
            return result, result is not None
        finally:
            dialog.deleteLater()
