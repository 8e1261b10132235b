"""The Feelings tool's stay-or-go section: reasons on both sides, what would have to change, a decision.

The current sitting is saved through the one `Saver` as the person types (after a short pause, and
at least once a second while typing goes on), by its Save button and by `flush()`, so neither a
crash nor leaving the page loses it; Revisit starts a new sitting from the last one, which is
kept, read-only, with every earlier sitting below the editor. Sittings changed elsewhere (an
import) arrive through `refresh()`.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
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

from app.domain.changes import Area, Change
from app.domain.limits import MAX_YEAR, MIN_YEAR
from app.domain.workbench import Decision, StayOrGo
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
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

if TYPE_CHECKING:
    from app.store.journal import Journal

_SITTING = "sitting"  # the Saver's one field: the sitting in the editor, written whole
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

    Signals: saved() — a sitting was saved from here.
    """

    saved = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._sittings: list[StayOrGo] = []  # newest first, as stored
        self._current: StayOrGo | None = None  # the stored sitting being edited, if any
        self._draft_uuid = str(uuid.uuid4())  # the uuid a new sitting will be saved under
        self._written: StayOrGo | None = None  # what the last save wrote, until it commits
        self._revisiting = False
        self._loading = False
        self._dirty = False  # words on screen that are not in the journal yet
        self._build()
        self.saver = Saver(journal, self, origin=self)
        self.saver.watch(_SITTING, Area.DECISION, self._write)
        self._wire()
        self._show_sitting(None, None)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
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
        self.date_edit.setDate(qdate(self._journal.clock.today()))
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
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName("Save this sitting")
        self.save_button.setToolTip("Save (Ctrl+Enter)")
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

    def _wire(self) -> None:
        self.revisit_button.clicked.connect(self.revisit)
        self.save_button.clicked.connect(self.save)
        for edit in (self.stay_edit, self.leave_edit, self.conditions_edit):
            edit.textChanged.connect(self._on_edited)
        self.decision_group.buttonToggled.connect(self._on_decision_toggled)
        self.date_edit.dateChanged.connect(lambda _d: self._on_edited())
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(lambda text: self.status.say(text, error=True))
        shortcut(self, "Ctrl+Return", self.save)
        shortcut(self, "Ctrl+Enter", self.save)

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
        """Reload the sittings; the editor follows the latest if it changed, unless it holds
        unsaved words (an unchanged sitting stays as typed, the cursor where it was)."""
        sittings = self._journal.read(lambda j: j.feelings.decisions(), None)
        if sittings is None:
            self.status.say("Couldn't read your sittings just now.", error=True)
            return
        self._sittings = sittings
        if self._revisiting or self._dirty:
            self._show_earlier()
            return
        latest = self._sittings[0] if self._sittings else None
        if latest is None or latest != self._current:
            self._show_sitting(latest, latest)
        else:
            self._show_earlier()

    def flush(self) -> bool:
        """Save unsaved edits now; False (and a message) if saving failed."""
        if not self._dirty:
            return True
        if not self.saver.pending:
            self.saver.touch(_SITTING)
        return self.saver.flush()

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> StayOrGo | None:
        """Store the sitting now and reload the editor from it; None (and a message) if it failed."""
        self.saver.touch(_SITTING)  # the button saves even what was already saved
        if not self.saver.flush():
            return None
        stored = self._current
        self._show_sitting(stored, stored)  # as stored: trimmed, and the date only with a decision
        self.status.say("Saved.")
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

    # -- saving ----------------------------------------------------------------------------

    def _editor_sitting(self) -> StayOrGo:
        decision = self._decision()
        current = self._current
        return StayOrGo(
            uuid=current.uuid if current else self._draft_uuid,
            reasons_to_stay=self.stay_edit.toPlainText().strip(),
            reasons_to_leave=self.leave_edit.toPlainText().strip(),
            conditions_to_stay=self.conditions_edit.toPlainText().strip(),
            decision=decision,
            decided_on=None if decision == Decision.UNDECIDED else self._decided_on(),
            created_at=current.created_at if current else self._journal.clock.now(),
        )

    def _write(self, journal: Journal) -> StayOrGo:
        """The Saver's write: the editor's sitting as it is now."""
        self._written = journal.feelings.save_decision(self._editor_sitting())
        return self._written

    def _on_saved(self, _change: Change) -> None:
        """A save committed: the editor's text stays as typed, the earlier sittings follow."""
        stored = self._written
        if stored is None:
            return
        self._written = None
        self._dirty = False
        self._revisiting = False
        self._current = stored
        self.status.say("Saved.")
        self.sitting_label.setText(f"Your current sitting, started {when_text(stored.created_at)}")
        self.revisit_button.setEnabled(True)
        others = [sitting for sitting in self._sittings if sitting.uuid != stored.uuid]
        self._sittings = sorted([stored, *others], key=lambda s: s.created_at, reverse=True)
        self._show_earlier()
        self.saved.emit()

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
        self._settle()
        self._loading = True
        self._current = current
        self.stay_edit.setPlainText(source.reasons_to_stay if source else "")
        self.leave_edit.setPlainText(source.reasons_to_leave if source else "")
        self.conditions_edit.setPlainText(source.conditions_to_stay if source else "")
        decision = source.decision if source else Decision.UNDECIDED
        self.decision_buttons[decision.value].setChecked(True)
        decided = source.decided_on if source and current is not None else None
        self.date_edit.setDate(qdate(decided or self._journal.clock.today()))
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
        self._on_edited()

    def _on_edited(self) -> None:
        """Something in the editor changed: save it soon (a blank new sitting has nothing to keep)."""
        if self._loading:
            return
        if self._is_blank_new():
            self._settle()
            return
        self._dirty = True
        if self.status.state != "error":
            self.status.say("Not saved yet.")
        self.saver.touch(_SITTING)

    def _settle(self) -> None:
        self.saver.forget()
        self._dirty = False

    def _is_blank_new(self) -> bool:
        """A new sitting with nothing written or decided: there is nothing to lose."""
        return self._current is None and self._decision() == Decision.UNDECIDED and not any(
            edit.toPlainText().strip() for edit in (self.stay_edit, self.leave_edit, self.conditions_edit))
