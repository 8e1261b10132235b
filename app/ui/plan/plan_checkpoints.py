"""The plan tool's Checkpoints section: what success looks like for the plan as a whole at day 30,
day 60 and day 90 (or the end of a shorter plan).

The words are the same ones the Expectations prompts ask for ("What does success look like at 30
days?"): one text in one place, written here or there. Each field saves through the tool's one
`Saver`; what the prompts write arrives as a change and shows here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.changes import Area
from app.domain.plan_math import plan_end, shown_checkpoints
from app.domain.workbench import MilestoneMark, PlanMilestone
from app.i18n import QT_TRANSLATE_NOOP, Words, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.plan.plan_state import PlanRecords
from app.ui.plan.plan_words import checkpoint_heading
from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import TextBox, raw_text, wrapped_label

if TYPE_CHECKING:
    from app.store.journal import Journal

_PLACEHOLDERS = Words("PlanCheckpoints", {
    MilestoneMark.DAY_30: QT_TRANSLATE_NOOP("PlanCheckpoints", "By now you understand what is expected, "
                                                               "and the first signs show: what are they?"),
    MilestoneMark.DAY_60: QT_TRANSLATE_NOOP("PlanCheckpoints",
                                            "Halfway: what has changed that your manager can see?"),
    MilestoneMark.DAY_90: QT_TRANSLATE_NOOP("PlanCheckpoints", "At the end: what is true that was not "
                                                               "before, and who would say so?"),
})


def saver_key(mark: MilestoneMark) -> str:
    return f"checkpoint-{mark.value}"


class CheckpointRow(QWidget):
    """One checkpoint: its day and date, and what success looks like then."""

    def __init__(self, mark: MilestoneMark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = mark
        self.heading = QLabel(translate("PlanCheckpoints", "Day {value}").format(value=mark.value))
        self.heading.setObjectName("cardHeading")
        self.heading.setWordWrap(True)
        self.edit = TextBox(translate("PlanCheckpoints", "What success looks like at day {value}").format(
            value=mark.value), _PLACEHOLDERS[mark], 3)
        label = QLabel(translate("PlanCheckpoints", "What success looks like"))
        label.setWordWrap(True)
        label.setBuddy(self.edit)
        frame, inner = card((16, 12, 16, 12), spacing=6)
        inner.addWidget(self.heading)
        inner.addWidget(label)
        inner.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)

    def set_heading(self, text: str, at_the_end: bool) -> None:
        self.heading.setText(text)
        self.edit.setPlaceholderText(_PLACEHOLDERS[MilestoneMark.DAY_90 if at_the_end else self.mark])
        self.edit.setAccessibleName(translate("PlanCheckpoints",
                                              "What success looks like: {text}").format(text=text))

    def set_text(self, text: str) -> None:
        """Show `text`, keeping the caret where it was if the person is in the field."""
        if raw_text(self.edit) == text:
            return
        position = self.edit.textCursor().position()
        self.edit.setPlainText(text)
        if self.edit.hasFocus():
            cursor = self.edit.textCursor()
            cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.MoveAnchor)
            self.edit.setTextCursor(cursor)


class CheckpointsSection(QWidget):
    """The plan's three checkpoints; marks that fall on one day (a shorter plan) share a row,
    unless words were written for each."""

    def __init__(self, journal: ObservedJournal, records: PlanRecords, saver: Saver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = journal.clock
        self._records = records
        self._saver = saver
        self._loading = False
        self.checkpoints: dict[MilestoneMark, PlanMilestone] = {}
        self.rows = {mark: CheckpointRow(mark) for mark in MilestoneMark}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(10)
        layout.addWidget(wrapped_label(
            translate("PlanCheckpoints", "What success looks like for the plan as a whole at each "
                                         "checkpoint. Goals say it for themselves; this is the picture you "
                                         "and your manager share. The Expectations prompts ask for the "
                                         "same words, so what you write there shows here."), "muted"))
        for mark, row in self.rows.items():
            layout.addWidget(row)
            saver.watch(saver_key(mark), Area.PLAN, self._writer(mark))
            row.edit.textChanged.connect(lambda m=mark: self._on_edit(m))
        layout.addStretch(1)

    def show_checkpoints(self, checkpoints: list[PlanMilestone]) -> None:
        """Show the plan's checkpoints as stored: each shown mark with its heading and words."""
        plan = self._records.plan
        if plan is None:
            return
        self.checkpoints = {checkpoint.mark: checkpoint for checkpoint in checkpoints}
        shown = {checkpoint.mark for checkpoint in shown_checkpoints(checkpoints)}
        today = self._clock.today()
        days_shown: set[date] = set()
        end = plan_end(plan.start, plan.length_days)
        self._loading = True
        try:
            for checkpoint in sorted(checkpoints, key=lambda c: int(c.mark)):
                row = self.rows[checkpoint.mark]
                row.setVisible(checkpoint.mark in shown)
                if checkpoint.mark in shown:
                    shared = checkpoint.due_on in days_shown
                    heading = checkpoint_heading(checkpoint, plan.length_days, today, shared=shared)
                    row.set_heading(heading, checkpoint.due_on == end)
                    days_shown.add(checkpoint.due_on)
                row.set_text(checkpoint.success)
        finally:
            self._loading = False

    def focus_first(self) -> None:
        first = next((row for row in self.rows.values() if not row.isHidden()), None)
        if first is not None:
            first.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edit(self, mark: MilestoneMark) -> None:
        if not self._loading and self._records.plan is not None:
            self._saver.touch(saver_key(mark))

    def _writer(self, mark: MilestoneMark) -> Callable[[Journal], PlanMilestone | None]:
        return lambda journal: self._save(journal, mark)

    def _save(self, journal: Journal, mark: MilestoneMark) -> PlanMilestone | None:
        """Write one checkpoint's words onto what is stored for it (a review written elsewhere stays)."""
        plan = self._records.plan
        if plan is None:
            return None
        stored = journal.milestones.milestone(plan.uuid, mark)
        saved = journal.milestones.save_milestone(replace(stored, success=raw_text(self.rows[mark].edit)))
        self.checkpoints[mark] = saved
        return saved
