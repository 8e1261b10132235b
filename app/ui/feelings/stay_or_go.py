"""The Feelings tool's stay-or-go section: reasons on both sides, what would have to change, a
decision, and the decision in the person's own words.

The sitting in the editor is the newest one (unless Revisit started a new one from it). Each of
its fields is saved through the one `Saver` as the person types (after a short pause, and at least
once a second while typing goes on), by the Save button and by `flush()`, each onto the sitting
as stored (record_fields.py): the stage's prompt writes the "own words" of the same sitting, and
neither side puts back an old value of the other's. Revisit starts a new sitting from the last
one, which is kept, read-only, with every earlier sitting below the editor. Changes made
elsewhere arrive through `refresh()` and are shown field by field; words not saved yet stay.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area, Change
from app.domain.workbench import Decision, StayOrGo
from app.i18n import translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.feelings.record_fields import RecordFields, Values
from app.ui.feelings.sitting_card import SittingCard, plain_label
from app.ui.translation import when_text
from app.ui.widgets.flow_layout import ResponsiveRow, card
from app.ui.widgets.form_fields import (
    SaveStatus,
    make_date_edit,
    pydate,
    qdate,
    segment_group,
    shortcut,
    wrapped_label,
    writing_box,
)

if TYPE_CHECKING:
    from app.store.journal import Journal

__all__ = ["SittingCard", "StayOrGoSection", "plain_label"]

DECISION_KEY = "decision"  # the Saver's key for the decision and its day; text fields use their names
REFLECTION_KEY = "reflection"
def _decision_options() -> list[tuple[str, str, str]]:
    return [
        (Decision.UNDECIDED.value, Decision.UNDECIDED.label, translate("StayOrGo",
                                                                       "Decision: not decided yet")),
        (Decision.STAY.value, Decision.STAY.label, translate("StayOrGo", "Decision: stay and commit")),
        (Decision.LEAVE.value, Decision.LEAVE.label, translate("StayOrGo", "Decision: plan to leave")),
    ]


# What a first sitting is measured against before anything is written.
_BLANK = StayOrGo("", "", "", "", Decision.UNDECIDED, None, datetime(2000, 1, 1, tzinfo=UTC))


class StayOrGoSection(QWidget):
    """The current sitting in an editor; Revisit starts a new one; earlier sittings stay below.

    Signals: saved() — a sitting was saved from here; decision_changed(Decision) — the decision
    in the editor changed (chosen here, loaded, or changed elsewhere); leaving_plan_wanted() —
    the person asked to go to the leaving plan.
    """

    saved = Signal()
    decision_changed = Signal(object)
    leaving_plan_wanted = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._sittings: list[StayOrGo] = []  # newest first, as stored
        self._current: StayOrGo | None = None  # the stored sitting being edited, if any
        self._base = _BLANK  # what the editor showed when it was loaded or last saved
        self._draft_uuid = str(uuid.uuid4())  # the uuid a new sitting will be saved under
        self._written: StayOrGo | None = None  # what the last save wrote, until it commits
        self._revisiting = False
        self._loading = False
        self._shown_decision = Decision.UNDECIDED
        self._build()
        self.fields: RecordFields[StayOrGo] = RecordFields()
        for key, edit in self.text_edits.items():
            self.fields.add_text(key, edit)
        self.fields.add(DECISION_KEY, ("decision", "decided_on"),
                        self._decision_on_screen, self._show_decision)
        self.saver = Saver(journal, self, origin=self)
        for key in self.fields.keys:
            self.saver.watch(key, Area.DECISION, partial(self._write, key=key))
        self._wire()
        self._show_sitting(None, None)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = wrapped_label(
            translate("StayOrGo",
                      "There is no right answer here, only an honest one. Write down what pulls you to "
                      "stay and what pulls you to go, and what would have to change for staying to work. "
                      "You can come back to it as often as you need: each time you revisit, what you "
                      "thought before is kept."),
            "intro",
        )
        editor, editor_layout = card()
        self.sitting_label = wrapped_label("", "muted")
        self.stay_edit = writing_box(translate("StayOrGo", "Reasons to stay"),
                                     translate("StayOrGo",
                                               "What you value here, what you'd lose, what could grow…"))
        self.leave_edit = writing_box(translate("StayOrGo", "Reasons to leave"),
                                      translate("StayOrGo",
                                                "What wears you down, what you'd gain elsewhere…"))
        self.conditions_edit = writing_box(translate("StayOrGo", "What would have to be true to stay"),
                                        translate("StayOrGo",
                                                  "Support, a change of role, a different way of "
                                                  "working…"), 80)
        stay_box, leave_box = QWidget(), QWidget()
        for box, title, edit in ((stay_box, translate("StayOrGo", "Reasons to stay"), self.stay_edit),
                                 (leave_box, translate("StayOrGo", "Reasons to leave"), self.leave_edit)):
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
        conditions_label = wrapped_label(translate("StayOrGo", "What would have to be true for you to stay?"),
                                         "cardHeading")
        conditions_label.setBuddy(self.conditions_edit)
        decision_label = wrapped_label(translate("StayOrGo", "Your decision"), "cardHeading")
        self.decision_group, decision_grid, self.decision_buttons = segment_group(self, _decision_options())
        decision_label.setBuddy(self.decision_buttons[Decision.UNDECIDED.value])
        date_label = QLabel(translate("StayOrGo", "Decided on"))
        self.date_edit = make_date_edit(translate("StayOrGo", "Date of the decision"),
                                        self._journal.clock.today())
        self.date_edit.setToolTip(translate("StayOrGo",
                                            "Type the day, or pick it from the calendar (Alt+Down)"))
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        date_label.setBuddy(self.date_edit)
        self.date_row = QWidget()  # shown once there is a decision to date
        date_row = QHBoxLayout(self.date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        reflection_label = wrapped_label(translate("StayOrGo", "In your own words: which, and why"),
                                         "cardHeading")
        self.reflection_edit = writing_box(
            translate("StayOrGo", "In your own words: which, and why"),
            translate("StayOrGo", "I'm staying because… or: I'm going to plan my exit because…"), 80)
        reflection_label.setBuddy(self.reflection_edit)
        self.text_edits = {  # each edits the StayOrGo attribute of its name
            "reasons_to_stay": self.stay_edit, "reasons_to_leave": self.leave_edit,
            "conditions_to_stay": self.conditions_edit, REFLECTION_KEY: self.reflection_edit,
        }
        self.leaving_row = QWidget()  # shown while the decision is to leave
        leaving_row = QHBoxLayout(self.leaving_row)
        leaving_row.setContentsMargins(0, 0, 0, 0)
        leaving_note = wrapped_label(translate("StayOrGo",
                                               "Leaving well takes a plan too. Yours is just below this "
                                               "sitting."),
                                     "muted")
        self.leaving_button = QPushButton(translate("StayOrGo", "Go to the leaving plan"))
        self.leaving_button.setAccessibleName(translate("StayOrGo", "Go to your leaving plan"))
        leaving_row.addWidget(leaving_note, 1)
        leaving_row.addWidget(self.leaving_button)
        self.status = SaveStatus(translate("StayOrGo", "Stay or go save status"))
        self.revisit_button = QPushButton(translate("StayOrGo", "Revisit"))
        self.revisit_button.setAccessibleName(translate("StayOrGo",
                                                        "Revisit: start a new sitting from this one"))
        self.revisit_button.setToolTip(translate("StayOrGo",
                                                 "Start a new sitting, filled in from this one; this one is "
                                                 "kept"))
        self.save_button = QPushButton(translate("StayOrGo", "Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(translate("StayOrGo", "Save this sitting"))
        self.save_button.setToolTip(translate("StayOrGo", "Save (Ctrl+Enter)"))
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
        editor_layout.addWidget(reflection_label)
        editor_layout.addWidget(self.reflection_edit)
        editor_layout.addWidget(self.leaving_row)
        editor_layout.addLayout(actions)

        self.earlier_heading = wrapped_label(translate("StayOrGo", "Earlier sittings, newest first"),
                                             "cardHeading")
        self.earlier_empty = wrapped_label(
            translate("StayOrGo",
                      "When you revisit, the sitting you have now is kept here, just as you left "
                      "it."), "muted")
        self.earlier_box = QWidget()
        self.earlier_layout = QVBoxLayout(self.earlier_box)
        self.earlier_layout.setContentsMargins(0, 0, 0, 0)
        self.earlier_layout.setSpacing(10)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(editor)
        self._after_editor = self._layout.count()  # where place_after_editor puts its widgets
        self._layout.addSpacing(6)
        self._layout.addWidget(self.earlier_heading)
        self._layout.addWidget(self.earlier_empty)
        self._layout.addWidget(self.earlier_box)

    def place_after_editor(self, widget: QWidget) -> None:
        """Show `widget` (the leaving plan) between the sitting's editor and the earlier sittings."""
        self._layout.insertWidget(self._after_editor, widget)
        self._after_editor += 1

    def _wire(self) -> None:
        self.revisit_button.clicked.connect(self.revisit)
        self.save_button.clicked.connect(self.save)
        self.leaving_button.clicked.connect(self.leaving_plan_wanted)
        for key, edit in self.text_edits.items():
            edit.textChanged.connect(partial(self._on_edited, key))
        self.decision_group.buttonToggled.connect(self._on_decision_toggled)
        self.date_edit.dateChanged.connect(lambda _d: self._on_edited(DECISION_KEY))
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

    def decision(self) -> Decision:
        """The decision in the editor."""
        for key, button in self.decision_buttons.items():
            if button.isChecked():
                return Decision(key)
        return Decision.UNDECIDED

    def is_dirty(self) -> bool:
        """Whether words or a choice on screen are not in the journal yet."""
        return bool(self.fields.unsaved(self._base))

    def refresh(self) -> None:
        """Read the sittings again and show what changed elsewhere, field by field: a field with
        words not saved yet keeps them; a newer sitting made elsewhere is shown if nothing here
        is unsaved; a new sitting started with Revisit stays new."""
        sittings = self._journal.read(lambda j: j.feelings.decisions(), None)
        if sittings is None:
            self.status.say(translate("StayOrGo", "Couldn't read your sittings just now."), error=True)
            return
        self._sittings = sittings
        latest = sittings[0] if sittings else None
        latest_uuid = latest.uuid if latest else None
        if self._revisiting:
            if latest is not None and latest.uuid == self._base.uuid:  # the sitting it started from
                self._follow(replace(latest, decided_on=self._base.decided_on), None)
            self._show_earlier()
            return
        dirty = self.is_dirty()
        mine = self._current
        stored = next((s for s in sittings if s.uuid == mine.uuid), None) if mine else None
        # The editor shows the newest sitting; one with words not saved yet stays while it exists.
        target = stored if stored is not None and (dirty or stored.uuid == latest_uuid) else latest
        if target is None:  # no sitting at all any more (a restore)
            if dirty:  # the words become a new sitting
                self._current, self._draft_uuid = None, str(uuid.uuid4())
                self._show_earlier()
            else:
                self._show_sitting(None, None)
        elif not dirty and (mine is None or mine.uuid != target.uuid):
            self._show_sitting(target, target)
        else:  # the same sitting, or words typed here that go onto the one made elsewhere
            self._follow(target, target)

    def flush(self) -> bool:
        """Save unsaved edits now; False (and a message) if saving failed."""
        unsaved = self.fields.unsaved(self._base)
        if not unsaved and not self.saver.pending:
            return True
        for key in unsaved:
            self.saver.touch(key)
        return self.saver.flush()

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> StayOrGo | None:
        """Store the sitting now and reload the editor from it; None (and a message) if it failed."""
        for key in self.fields.unsaved(self._base) or [DECISION_KEY]:  # the button saves even a saved one
            self.saver.touch(key)
        if not self.saver.flush():
            return None
        stored = self._current
        self._show_sitting(stored, stored)  # as stored: trimmed, and the date only with a decision
        self.status.say(translate("StayOrGo", "Saved."))
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
        self.status.say(translate("StayOrGo",
                                  "A new sitting, filled in from your last one. Change what has changed, "
                                  "then save."))
        self.stay_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ----------------------------------------------------------------------------

    def _write(self, journal: Journal, key: str) -> StayOrGo:
        """The Saver's write of one field: onto the sitting as stored, or a new sitting, whole."""
        sitting_uuid = self._current.uuid if self._current else self._draft_uuid
        stored = journal.feelings.decision(sitting_uuid)
        if stored is None:
            new = StayOrGo(sitting_uuid, "", "", "", Decision.UNDECIDED, None,
                           self._current.created_at if self._current else self._journal.clock.now())
            stored = journal.feelings.save_decision(self.fields.whole(new))
        else:
            wanted = self.fields.onto(stored, key)
            if wanted != stored:
                stored = journal.feelings.save_decision(wanted)
        self._written = stored
        return stored

    def _on_saved(self, _change: Change) -> None:
        """A save committed: the editor's text stays as typed, the earlier sittings follow."""
        stored = self._written
        if stored is None:
            return
        self._written = None
        self._revisiting = False
        self._current = self._base = stored
        if not self.is_dirty():
            self.status.say(translate("StayOrGo", "Saved."))
        self.sitting_label.setText(translate("StayOrGo", "Your current sitting, started {when_text}").format(
                                                                               when_text=when_text(
                                                                                   stored.created_at)))
        self.revisit_button.setEnabled(True)
        others = [sitting for sitting in self._sittings if sitting.uuid != stored.uuid]
        self._sittings = sorted([stored, *others], key=lambda s: s.created_at, reverse=True)
        self._show_earlier()
        self.saved.emit()

    # -- drawing ---------------------------------------------------------------------------

    def _decision_on_screen(self) -> Values:
        decision = self.decision()
        return decision, None if decision == Decision.UNDECIDED else pydate(self.date_edit.date())

    def _show_decision(self, values: Values) -> None:
        decision, decided_on = values
        self.decision_buttons[decision.value].setChecked(True)
        self.date_edit.setDate(qdate(decided_on or self._journal.clock.today()))
        self._decision_shown()

    def _decision_shown(self) -> None:
        decision = self.decision()
        self.date_row.setVisible(decision != Decision.UNDECIDED)
        self.leaving_row.setVisible(decision == Decision.LEAVE)
        if decision != self._shown_decision:
            self._shown_decision = decision
            self.decision_changed.emit(decision)

    def _follow(self, stored: StayOrGo, current: StayOrGo | None) -> None:
        """The sitting changed elsewhere: show its new values where nothing is being typed."""
        self._loading = True
        try:
            self.fields.follow(self._base, stored)
        finally:
            self._loading = False
        self._base = stored
        if current is not None:
            self._current = current
            self.sitting_label.setText(translate("StayOrGo", "Your current sitting, started "
                                                             "{when_text}").format(
                                                                                   when_text=when_text(
                                                                                       current.created_at)))
            self.revisit_button.setEnabled(True)
        self._show_earlier()

    def _show_sitting(self, current: StayOrGo | None, source: StayOrGo | None) -> None:
        """Edit `current` (None: a new sitting), its fields taken from `source`."""
        self.saver.forget()
        self._loading = True
        try:
            self._current = current
            shown = source or _BLANK
            if current is None and shown.decided_on is not None:  # a new sitting is decided today
                shown = replace(shown, decided_on=self._journal.clock.today())
            self.fields.show(shown)
            self._base = shown
        finally:
            self._loading = False
        if current is not None:
            self.sitting_label.setText(translate("StayOrGo", "Your current sitting, started "
                                                             "{when_text}").format(
                                                                                   when_text=when_text(
                                                                                       current.created_at)))
        elif self._revisiting:
            self.sitting_label.setText(translate("StayOrGo", "A new sitting (not saved yet)"))
        else:
            self.sitting_label.setText(translate("StayOrGo", "Your first sitting"))
        self.revisit_button.setEnabled(current is not None)
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
        self._decision_shown()
        self._on_edited(DECISION_KEY)

    def _on_edited(self, key: str) -> None:
        """A field changed: save it soon (a blank new sitting has nothing to keep)."""
        if self._loading:
            return
        if self._current is None and not self.is_dirty():
            self.saver.forget()
            return
        if self.status.state != "error":
            self.status.say(translate("StayOrGo", "Not saved yet."))
        self.saver.touch(key)

