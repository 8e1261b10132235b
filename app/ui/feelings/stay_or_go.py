"""The Feelings tool's stay-or-go section: reasons on both sides, what would have to change, a decision.

The current sitting is saved as the person types (after the app's usual pause), by its Save button
and by `flush()`, so neither a crash nor leaving the page loses it; Revisit starts a new sitting
from the last one, which is kept, read-only, with every earlier sitting below the editor.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.limits import MAX_YEAR, MIN_YEAR
from app.domain.workbench import Decision, StayOrGo
from app.store.errors import StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.day_words import day_text, when_text
from app.ui.widgets.flow_layout import ResponsiveRow, card
from app.ui.widgets.form_fields import (
    SaveStatus,
    name_parts,
    pydate,
    qdate,
    segment_group,
    shortcut,
    wrapped_label,
    writing_box,
)
from app.ui.writing.autosave import RETRY_DELAY_MS, SAVE_DELAY_MS

_DECISION_OPTIONS = [
    (Decision.UNDECIDED.value, Decision.UNDECIDED.label, "Decision: not decided yet"),
    (Decision.STAY.value, Decision.STAY.label, "Decision: stay and commit"),
    (Decision.LEAVE.value, Decision.LEAVE.label, "Decision: plan to leave"),
]


def plain_label(text: str) -> QLabel:
    """A label for the person's own words: never read as rich text, selectable, wrapped."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SittingCard(QFrame):
    """An earlier stay-or-go sitting, read-only."""

    def __init__(self, sitting: StayOrGo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.sitting = sitting
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        decided = f", decided {day_text(sitting.decided_on)}" if sitting.decided_on else ""
        layout.addWidget(wrapped_label(f"{when_text(sitting.created_at, with_time=False)}  ·  "
                                       f"{sitting.decision.label}{decided}", "cardHeading"))
        for title, text in (("Reasons to stay", sitting.reasons_to_stay),
                            ("Reasons to leave", sitting.reasons_to_leave),
                            ("What would have to be true to stay", sitting.conditions_to_stay)):
            if text.strip():
                layout.addWidget(wrapped_label(title, "muted"))
                layout.addWidget(plain_label(text))
        if not any(t.strip() for t in (sitting.reasons_to_stay, sitting.reasons_to_leave,
                                       sitting.conditions_to_stay)):
            layout.addWidget(wrapped_label("Nothing written in this sitting.", "muted"))


class StayOrGoSection(QWidget):
    """The current sitting in an editor; Revisit starts a new one; earlier sittings stay below.

    Signals: saved() — a sitting was saved.
    """

    saved = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._sittings: list[StayOrGo] = []  # newest first, as stored
        self._current: StayOrGo | None = None  # the stored sitting being edited, if any
        self._draft_uuid = str(uuid.uuid4())  # the uuid a new sitting will be saved under
        self._revisiting = False
        self._loading = False
        self._dirty = False
        self._autosave_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self._autosave)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry_timer.timeout.connect(self._autosave)

        self.intro = wrapped_label(
            "There is no right answer here, only an honest one. Write down what pulls you to "
            "stay and what pulls you to go, and what would have to change for staying to work. "
            "You can come back to it as often as you need: each time you revisit, what you "
            "thought before is kept.",
            "intro",
        )
        editor, editor_layout = card()
        self.sitting_label = wrapped_label("", "muted")
        self.stay_edit = writing_box("Reasons to stay",
                                     "What you value here, what you'd lose, what could grow…")
        self.leave_edit = writing_box("Reasons to leave", "What wears you down, what you'd gain elsewhere…")
        self.conditions_edit = writing_box("What would have to be true to stay",
                                        "Support, a change of role, a different way of working…", 80)
        stay_box, leave_box = QWidget(), QWidget()
        for box, title, edit in ((stay_box, "Reasons to stay", self.stay_edit),
                                 (leave_box, "Reasons to leave", self.leave_edit)):
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(6)
            label = wrapped_label(title, "cardHeading")
            label.setBuddy(edit)
            box_layout.addWidget(label)
            box_layout.addWidget(edit)
        sides = ResponsiveRow(min_chars=70)
        sides.box.addWidget(stay_box, 1)
        sides.box.addWidget(leave_box, 1)
        conditions_label = wrapped_label("What would have to be true for you to stay?", "cardHeading")
        conditions_label.setBuddy(self.conditions_edit)
        decision_label = wrapped_label("Your decision", "cardHeading")
        self.decision_group, decision_grid, self.decision_buttons = segment_group(self, _DECISION_OPTIONS)
        decision_label.setBuddy(self.decision_buttons[Decision.UNDECIDED.value])
        date_label = QLabel("Decided on")
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))  # what imports keep
        name_parts(self.date_edit, "Date of the decision")
        self.date_edit.setToolTip("Change the day, month or year with the arrow keys")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        date_label.setBuddy(self.date_edit)
        self.date_row = QWidget()  # shown once there is a decision to date
        date_row = QHBoxLayout(self.date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        self.status = SaveStatus("Stay or go save status")
        self.revisit_button = QPushButton("Revisit")
        self.revisit_button.setAccessibleName("Revisit: start a new sitting from this one")
        self.revisit_button.setToolTip("Start a new sitting, filled in from this one; this one is kept")
        self.revisit_button.clicked.connect(self.revisit)
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName("Save this sitting")
        self.save_button.setToolTip("Save (Ctrl+Enter)")
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.revisit_button)
        actions.addWidget(self.save_button)
        editor_layout.addWidget(self.sitting_label)
        editor_layout.addWidget(sides)
        editor_layout.addWidget(conditions_label)
        editor_layout.addWidget(self.conditions_edit)
        editor_layout.addWidget(decision_label)
        editor_layout.addWidget(decision_grid)
        editor_layout.addWidget(self.date_row)
        editor_layout.addLayout(actions)

        self.earlier_heading = wrapped_label("Earlier sittings, newest first", "cardHeading")
        self.earlier_empty = wrapped_label(
            "When you revisit, the sitting you have now is kept here, just as you left it.", "muted")
        self.earlier_box = QWidget()
        self.earlier_layout = QVBoxLayout(self.earlier_box)
        self.earlier_layout.setContentsMargins(0, 0, 0, 0)
        self.earlier_layout.setSpacing(10)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(editor)
        layout.addSpacing(6)
        layout.addWidget(self.earlier_heading)
        layout.addWidget(self.earlier_empty)
        layout.addWidget(self.earlier_box)

        for edit in (self.stay_edit, self.leave_edit, self.conditions_edit):
            edit.textChanged.connect(self._mark_dirty)
        self.decision_group.buttonToggled.connect(self._on_decision_toggled)
        self.date_edit.dateChanged.connect(lambda _d: self._mark_dirty())
        shortcut(self, "Ctrl+Return", self.save)
        shortcut(self, "Ctrl+Enter", self.save)
        self._show_sitting(None, None)

    # -- state -----------------------------------------------------------------------------

    @property
    def sittings(self) -> list[StayOrGo]:
        return list(self._sittings)

    @property
    def earlier(self) -> list[StayOrGo]:
        """The read-only sittings shown below the editor, newest first."""
        return [card.sitting for card in self.earlier_box.findChildren(SittingCard)]

    @property
    def revisiting(self) -> bool:
        return self._revisiting

    def is_dirty(self) -> bool:
        return self._dirty

    def refresh(self) -> None:
        try:
            self._sittings = self._journal.feelings.decisions()
        except StoreError as error:
            self.status.say(f"Couldn't read your sittings: {error}", error=True)
            return
        if self._revisiting or self._dirty:
            self._show_earlier()
            return
        latest = self._sittings[0] if self._sittings else None
        self._show_sitting(latest, latest)

    def flush(self) -> bool:
        """Save unsaved edits; False (and a message) if saving failed."""
        self._autosave_timer.stop()
        if not self._dirty:
            return True
        if self._is_blank_new():  # typed and wiped again: nothing to keep
            self._dirty = False
            return True
        return self.save() is not None

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> StayOrGo | None:
        """Store the sitting now and reload the editor from it; None (and a message) if it failed."""
        self._autosave_timer.stop()
        stored = self._store()
        if stored is not None:
            self.refresh()
            self.status.say("Saved.")
        return stored

    def _store(self) -> StayOrGo | None:
        """Write the editor's sitting; the editor's text is left as typed."""
        decision = self._decision()
        current = self._current
        sitting = StayOrGo(
            uuid=current.uuid if current else self._draft_uuid,
            reasons_to_stay=self.stay_edit.toPlainText().strip(),
            reasons_to_leave=self.leave_edit.toPlainText().strip(),
            conditions_to_stay=self.conditions_edit.toPlainText().strip(),
            decision=decision,
            decided_on=None if decision == Decision.UNDECIDED else self._decided_on(),
            created_at=current.created_at if current else datetime.now(UTC),
        )
        try:
            stored = self._journal.feelings.save_decision(sitting)
        except StoreError as error:
            self.status.say(f"Not saved: {error} Your words are still here; try again.", error=True)
            return None
        self._retry_timer.stop()
        self._dirty = False
        self._revisiting = False
        self._current = stored
        self.status.say("Saved.")
        self.saved.emit()
        return stored

    def revisit(self) -> None:
        """A new sitting, filled in from the latest; the latest is kept as it is."""
        if not self.flush():
            return
        latest = self._sittings[0] if self._sittings else None
        if latest is None:
            return
        self._draft_uuid = str(uuid.uuid4())
        self._revisiting = True
        self._show_sitting(None, latest)
        self.status.say("A new sitting, filled in from your last one. Change what has changed, then save.")
        self.stay_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drawing ---------------------------------------------------------------------------

    def _decided_on(self) -> date:
        return pydate(self.date_edit.date())

    def _decision(self) -> Decision:
        for key, button in self.decision_buttons.items():
            if button.isChecked():
                return Decision(key)
        return Decision.UNDECIDED

    def _show_sitting(self, current: StayOrGo | None, source: StayOrGo | None) -> None:
        """Edit `current` (None: a new sitting), its fields taken from `source`."""
        self._autosave_timer.stop()
        self._retry_timer.stop()
        self._loading = True
        self._current = current
        self._dirty = False
        self.stay_edit.setPlainText(source.reasons_to_stay if source else "")
        self.leave_edit.setPlainText(source.reasons_to_leave if source else "")
        self.conditions_edit.setPlainText(source.conditions_to_stay if source else "")
        decision = source.decision if source else Decision.UNDECIDED
        self.decision_buttons[decision.value].setChecked(True)
        decided = source.decided_on if source and current is not None else None
        self.date_edit.setDate(qdate(decided) if decided else QDate.currentDate())
        self.date_row.setVisible(decision != Decision.UNDECIDED)
        if current is not None:
            self.sitting_label.setText(f"Your current sitting, started {when_text(current.created_at)}")
        elif self._revisiting:
            self.sitting_label.setText("A new sitting (not saved yet)")
        else:
            self.sitting_label.setText("Your first sitting")
        self.revisit_button.setEnabled(current is not None)
        self._loading = False
        self._show_earlier()

    def _show_earlier(self) -> None:
        editing = self._current.uuid if self._current else None
        earlier = [s for s in self._sittings if s.uuid != editing]
        for old in self.earlier_box.findChildren(SittingCard):
            self.earlier_layout.removeWidget(old)
            old.deleteLater()
            old.setParent(None)
        for sitting in earlier:
            self.earlier_layout.addWidget(SittingCard(sitting))
        self.earlier_empty.setVisible(not earlier)
        self.earlier_box.setVisible(bool(earlier))

    def _on_decision_toggled(self, _button: QPushButton, on: bool) -> None:
        if not on:
            return
        self.date_row.setVisible(self._decision() != Decision.UNDECIDED)
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            if self.status.state != "error":
                self.status.say("Not saved yet.")
            self._autosave_timer.start()

    def _autosave(self) -> None:
        """Typing paused: store the sitting, without moving the cursor or the focus.

        A failed save is tried again a little later; `flush()` still reports it meanwhile.
        """
        if not self._dirty or self._is_blank_new():
            return
        stored = self._store()
        if stored is None:
            self._retry_timer.start()
            return
        self.sitting_label.setText(f"Your current sitting, started {when_text(stored.created_at)}")
        self.revisit_button.setEnabled(True)
        try:
            self._sittings = self._journal.feelings.decisions()
        except StoreError:
            return  # saved all the same; the earlier sittings catch up on the next refresh
        self._show_earlier()

    def _is_blank_new(self) -> bool:
        """A new sitting with nothing written or decided: there is nothing to lose."""
        return self._current is None and self._decision() == Decision.UNDECIDED and not any(
            edit.toPlainText().strip() for edit in (self.stay_edit, self.leave_edit, self.conditions_edit))
