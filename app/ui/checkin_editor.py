"""After the meeting: held or not, notes, feedback received, agreed actions, and how it went.

Text reaches the journal a moment after each edit, like everywhere else in Trustbridge; lists
(feedback, actions) save on each change, and a deletion can be undone from the bar it leaves.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.schedule import short_day
from app.domain.workbench import Action, CheckIn, Feedback, Goal
from app.store.errors import StoreError
from app.ui.autosave import RETRY_DELAY_MS, SAVE_DELAY_MS
from app.ui.editor import MarkdownEditor
from app.ui.evidence_dialog import field_label, goal_title, make_date_edit, name_parts, pydate, qdate
from app.ui.journal_events import ObservedJournal

log = logging.getLogger(__name__)

AREA = "checkins"
NO_GOAL = "No particular goal"
RATING_WORDS = {1: "hard going", 2: "difficult", 3: "so-so", 4: "good", 5: "went well"}


def rating_text(rating: int) -> str:
    return f"{rating} of 5, {RATING_WORDS[rating]}"


def action_details(action: Action, titles: dict[str, str], today: date) -> str:
    """The small print under an action: its due day (and whether that has passed) and its goal."""
    parts: list[str] = []
    if action.done_on is not None:
        parts.append(f"done {short_day(action.done_on)}")
    elif action.due_on is not None:
        overdue = action.due_on < today
        parts.append(f"due {short_day(action.due_on)}" + (", overdue" if overdue else ""))
    if action.goal_uuid in titles:
        parts.append(f"goal: {titles[action.goal_uuid]}")
    return " · ".join(parts)


def fill_goals(combo: QComboBox, goals: Sequence[Goal], selected: str | None) -> None:
    """The goal picker's choices, keeping the selection when the goal still exists."""
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItem(NO_GOAL, None)
    for goal in goals:
        combo.addItem(goal_title(goal), goal.uuid)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    combo.blockSignals(blocked)


def combo_goal(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return value if isinstance(value, str) else None


class NoticeBar(QFrame):
    """A calm inline banner: a sentence and up to two buttons (Undo, Replace…), never a modal."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(name)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.first_button = QPushButton("Undo")
        self.first_button.setAccessibleName("Undo")
        self.second_button = QPushButton("Dismiss")
        self.second_button.setAccessibleName("Dismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.first_button)
        layout.addWidget(self.second_button)
        self._first: Callable[[], None] | None = None
        self._second: Callable[[], None] | None = None
        self.first_button.clicked.connect(lambda: self._run(self._first))
        self.second_button.clicked.connect(lambda: self._run(self._second))
        self.hide()

    def show_message(self, text: str, first: tuple[str, str, Callable[[], None]] | None = None,
                     second: tuple[str, str, Callable[[], None]] | None = None,
                     error: bool = False) -> None:
        """Show `text` with buttons given as (label, accessible name, what it does)."""
        self.label.setText(text)
        self.setProperty("state", "error" if error else "")
        self.style().unpolish(self)
        self.style().polish(self)
        for button, spec in ((self.first_button, first), (self.second_button, second)):
            button.setVisible(spec is not None)
            if spec is not None:
                button.setText(spec[0])
                button.setAccessibleName(spec[1])
        self._first = first[2] if first else None
        self._second = second[2] if second else None
        self.show()

    def _run(self, action: Callable[[], None] | None) -> None:
        self.hide()
        if action is not None:
            action()


class CheckInSaver(QObject):
    """Keeps one check-in's text fields in step with the journal, a moment after each edit.

    Several panels edit the same check-in (agenda, notes, follow-up); each registers its field
    with `watch`, so every save writes all of them together and none overwrites another.
    Signals: saved(CheckIn), failed(str message), state_changed(str) — "editing", "saved", "error".
    """

    saved = Signal(object)
    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(self, journal: ObservedJournal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._checkin: CheckIn | None = None
        self._fields: dict[str, Callable[[], Any]] = {}
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)

    @property
    def checkin(self) -> CheckIn | None:
        return self._checkin

    def watch(self, field: str, read: Callable[[], Any]) -> None:
        """Save `field` of the check-in from `read()` whenever this saver saves."""
        self._fields[field] = read

    def bind(self, checkin: CheckIn | None) -> bool:
        """Switch to another check-in after saving this one; False (and no switch) if that failed."""
        if not self.flush():
            return False
        self._checkin = checkin
        self._dirty = False
        return True

    def edited(self) -> None:
        if self._checkin is None:
            return
        self._dirty = True
        self.state_changed.emit("editing")
        self._timer.start()

    def update(self, **changes: Any) -> bool:
        """Save other fields (held, rating) now, together with any pending text."""
        if self._checkin is None:
            return False
        self._timer.stop()
        return self._save(changes)

    def flush(self) -> bool:
        """Save now if any text changed. Returns False only when saving failed."""
        self._timer.stop()
        if not self._dirty or self._checkin is None:
            return True
        return self._save({})

    def _save(self, changes: dict[str, Any]) -> bool:
        assert self._checkin is not None
        values: dict[str, Any] = {name: read() for name, read in self._fields.items()}
        values.update(changes)
        try:
            stored = self._journal.checkins.save_checkin(replace(self._checkin, **values))
        except StoreError as error:
            log.warning("check-in not saved: %s", type(error).__name__)
            self._dirty = True
            self._retry.start()
            self.failed.emit(str(error))
            self.state_changed.emit("error")
            return False
        self._checkin = stored
        self._dirty = False
        self._retry.stop()
        self._journal.changed(AREA)
        self.saved.emit(stored)
        self.state_changed.emit("saved")
        return True


class FeedbackRow(QFrame):
    """One piece of feedback: its words, the goal it is about, and the way to act on it.

    Signals: edited(), make_action(), remove().
    """

    edited = Signal()
    make_action = Signal()
    remove = Signal()

    def __init__(self, item: Feedback, goals: Sequence[Goal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listRow")
        self.item = item
        self.text_edit = QLineEdit(item.text)
        self.text_edit.setAccessibleName("Feedback you received")
        self.text_edit.textEdited.connect(self.edited)
        self.goal_combo = QComboBox()
        self.goal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_combo.setMinimumContentsLength(10)
        fill_goals(self.goal_combo, goals, item.goal_uuid)
        name_parts(self.goal_combo, "Goal this feedback is about")
        self.goal_combo.currentIndexChanged.connect(self.edited)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self.make_action)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setAccessibleName("Remove this feedback")
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.controls.setSpacing(8)
        self.controls.addWidget(self.goal_combo, 1)
        self.controls.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(6)
        layout.addWidget(self.text_edit)
        layout.addLayout(self.controls)
        self.show_item(item)

    def set_narrow(self, narrow: bool) -> None:
        """Goal and buttons on one line, or (narrow, large text) the buttons under the goal."""
        self.controls.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    def show_item(self, item: Feedback) -> None:
        self.item = item
        acted = item.action_uuid is not None
        self.action_button.setText("An action now ✓" if acted else "Make it an action")
        self.action_button.setEnabled(not acted)
        self.action_button.setAccessibleName(
            "Already an action" if acted else "Make this feedback an action for the chosen goal"
        )

    def current(self) -> Feedback:
        """The feedback as it reads on screen now."""
        return replace(self.item, text=self.text_edit.text().strip(), goal_uuid=combo_goal(self.goal_combo))


class ActionRow(QFrame):
    """An action: a tick for done, its words and due day, and (for this meeting's) edit and delete.

    Signals: done_toggled(bool), edit(), delete().
    """

    done_toggled = Signal(bool)
    edit = Signal()
    delete = Signal()

    def __init__(self, action: Action, details: str, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listRow")
        self.action = action
        self.done_check = QCheckBox()
        self.done_check.setChecked(action.done_on is not None)
        self.done_check.setAccessibleName(f"Done: {action.text}")
        self.done_check.setToolTip("Tick when it is done")
        self.done_check.toggled.connect(self.done_toggled)
        self.text_label = QLabel(action.text)
        self.text_label.setWordWrap(True)
        self.text_label.setBuddy(self.done_check)
        self.details_label = QLabel(details)
        self.details_label.setObjectName("muted")
        self.details_label.setWordWrap(True)
        self.details_label.setVisible(bool(details))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.text_label)
        words.addWidget(self.details_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(8)
        layout.addWidget(self.done_check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self.edit_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        if editable:
            self.edit_button = QPushButton("Edit")
            self.edit_button.setAccessibleName(f"Edit the action: {action.text}")
            self.edit_button.clicked.connect(self.edit)
            self.delete_button = QPushButton("Delete")
            self.delete_button.setAccessibleName(f"Delete the action: {action.text}")
            self.delete_button.clicked.connect(self.delete)
            layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("cardHeading")
    label.setWordWrap(True)
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class CheckInEditor(QWidget):
    """What happened at one check-in. The check-in itself is saved through a shared CheckInSaver.

    Signals: actions_changed() — an action or a piece of feedback was added, changed or removed.
    """

    actions_changed = Signal()

    def __init__(self, journal: ObservedJournal, saver: CheckInSaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._saver = saver
        self._checkin: CheckIn | None = None
        self._schedule: dict[str, datetime] = {}
        self._goals: list[Goal] = []
        self._editing_action: Action | None = None
        self._dirty_feedback: set[str] = set()
        self._narrow = False
        self.feedback_rows: list[FeedbackRow] = []
        self.action_rows: list[ActionRow] = []
        self.earlier_rows: list[ActionRow] = []
        self._feedback_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._feedback_timer.timeout.connect(self.flush)

        # -- held and how it went
        self.held_check = QCheckBox("We met: this check-in took place")
        self.held_check.setAccessibleName("Mark this check-in as held")
        self.held_check.toggled.connect(self._on_held)
        self.rating_group = QButtonGroup(self)
        self.rating_buttons: dict[int, QPushButton] = {}
        rating_row = QHBoxLayout()
        rating_row.setSpacing(6)
        for value in range(1, 6):
            button = QPushButton(str(value))
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setAccessibleName(f"How it went: {rating_text(value)}")
            button.setToolTip(RATING_WORDS[value].capitalize())
            self.rating_group.addButton(button, value)
            self.rating_buttons[value] = button
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        self.rating_group.idClicked.connect(self._on_rating)
        self.rating_hint = _hint("")

        # -- notes
        self.notes_editor = MarkdownEditor(
            "Meeting notes", "What was said, in your own words, while it is still fresh…"
        )
        saver.watch("notes", self.notes_editor.text)
        self.notes_editor.text_edited.connect(saver.edited)

        # -- feedback
        self.feedback_box = QVBoxLayout()
        self.feedback_box.setSpacing(4)
        self.feedback_empty = _hint("Nothing written down yet. Note each piece of feedback on its own line; "
                                    "any of them can become an action.")
        self.new_feedback = QLineEdit()
        self.new_feedback.setAccessibleName("New feedback")
        self.new_feedback.setPlaceholderText("What your manager said, in a sentence…")
        self.new_feedback.returnPressed.connect(self.add_feedback)
        self.add_feedback_button = QPushButton("Add feedback")
        self.add_feedback_button.setAccessibleName("Add this feedback")
        self.add_feedback_button.clicked.connect(self.add_feedback)
        feedback_entry = QHBoxLayout()
        feedback_entry.setSpacing(8)
        feedback_entry.addWidget(self.new_feedback, 1)
        feedback_entry.addWidget(self.add_feedback_button)

        # -- this meeting's actions and the form to add or change one
        self.actions_box = QVBoxLayout()
        self.actions_box.setSpacing(4)
        self.actions_empty = _hint("No actions agreed at this check-in yet.")
        self.action_text = QLineEdit()
        self.action_text.setAccessibleName("What you agreed to do")
        self.action_text.setPlaceholderText("What you agreed to do…")
        self.action_text.returnPressed.connect(self.save_action_form)
        self.due_check = QCheckBox("Due by")
        self.due_check.setAccessibleName("This action has a due date")
        self.due_edit = make_date_edit("Due date", date.today())
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.action_goal = QComboBox()
        self.action_goal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_goal.setMinimumContentsLength(10)
        fill_goals(self.action_goal, [], None)
        name_parts(self.action_goal, "Goal this action is for")
        self.save_action_button = QPushButton("Add action")
        self.save_action_button.setAccessibleName("Add this action")
        self.save_action_button.clicked.connect(self.save_action_form)
        self.cancel_edit_button = QPushButton("Cancel")
        self.cancel_edit_button.setAccessibleName("Stop editing this action")
        self.cancel_edit_button.clicked.connect(self.clear_action_form)
        self.cancel_edit_button.hide()
        due_row = QHBoxLayout()
        due_row.setSpacing(8)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        goal_row = QHBoxLayout()
        goal_row.setSpacing(8)
        goal_row.addWidget(self.action_goal, 1)
        goal_row.addWidget(self.save_action_button)
        goal_row.addWidget(self.cancel_edit_button)
        form = QVBoxLayout()
        form.setSpacing(6)
        self.action_form_label = field_label("&New action", self.action_text)
        form.addWidget(self.action_form_label)
        form.addWidget(self.action_text)
        form.addLayout(due_row)
        form.addLayout(goal_row)

        # -- open actions from earlier check-ins
        self.earlier_box = QVBoxLayout()
        self.earlier_box.setSpacing(4)
        self.earlier_empty = _hint("Nothing open from earlier check-ins.")

        self.notice = NoticeBar("Undo bar for feedback and actions")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.held_check)
        layout.addWidget(_heading("How it went"))
        layout.addLayout(rating_row)
        layout.addWidget(self.rating_hint)
        layout.addSpacing(6)
        notes_label = field_label("Notes: what was said", self.notes_editor.text_edit)
        notes_label.setObjectName("cardHeading")
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_editor)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        layout.addWidget(_heading("Feedback you received"))
        layout.addWidget(self.feedback_empty)
        layout.addLayout(self.feedback_box)
        layout.addLayout(feedback_entry)
        layout.addSpacing(6)
        layout.addWidget(_heading("Actions you agreed"))
        layout.addWidget(self.actions_empty)
        layout.addLayout(self.actions_box)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(_heading("Still open from earlier check-ins"))
        layout.addWidget(_hint("Tick them off as you finish them; until then they return on every agenda."))
        layout.addWidget(self.earlier_empty)
        layout.addLayout(self.earlier_box)
        layout.addStretch(1)
        self.setEnabled(False)

    # -- loading ---------------------------------------------------------------------------

    def show_checkin(self, checkin: CheckIn | None, checkins: Sequence[CheckIn],
                     goals: Sequence[Goal]) -> None:
        """Show a check-in (the saver must already be bound to it) and everything agreed there."""
        self.flush()
        same = checkin is not None and self._checkin is not None and checkin.uuid == self._checkin.uuid
        self._checkin = checkin
        self._schedule = {c.uuid: c.scheduled_at for c in checkins}
        self._goals = list(goals)
        fill_goals(self.action_goal, self._goals, combo_goal(self.action_goal) if same else None)
        if not same:  # what is half-typed in the forms belongs to the meeting it was typed for
            self.notice.hide()
            self.clear_action_form()
            self.new_feedback.clear()
        self.setEnabled(checkin is not None)
        self.notes_editor.set_text(checkin.notes if checkin else "")
        self._show_held(checkin)
        self.reload()

    def set_checkin(self, checkin: CheckIn) -> None:
        """The same check-in, saved again (held, rating): update the controls without reloading."""
        self._checkin = checkin
        self._show_held(checkin)

    def reload(self) -> None:
        """Read this check-in's feedback and the actions again."""
        self._clear_rows()
        if self._checkin is None:
            return
        try:
            feedback = self._journal.checkins.feedback(self._checkin.uuid)
            actions = self._journal.checkins.actions()
        except StoreError as error:
            self.notice.show_message(f"Couldn't read this check-in's lists: {error}", error=True)
            return
        titles = {goal.uuid: goal_title(goal) for goal in self._goals}
        today = date.today()
        for item in feedback:
            self._add_feedback_row(item)
        for action in actions:
            mine = action.checkin_uuid == self._checkin.uuid
            if not mine and not self._is_earlier(action, today):
                continue
            row = ActionRow(action, action_details(action, titles, today), editable=mine)
            row.done_toggled.connect(lambda done, r=row: self._set_done(r, done))
            row.edit.connect(lambda r=row: self.edit_action(r.action))
            row.delete.connect(lambda r=row: self.delete_action(r.action))
            (self.action_rows if mine else self.earlier_rows).append(row)
            (self.actions_box if mine else self.earlier_box).addWidget(row)
        self.feedback_empty.setVisible(not self.feedback_rows)
        self.actions_empty.setVisible(not self.action_rows)
        self.earlier_empty.setVisible(not self.earlier_rows)

    def _is_earlier(self, action: Action, today: date) -> bool:
        """Open (or ticked off today, so a slip can be undone) and agreed before this check-in."""
        assert self._checkin is not None
        if action.done_on is not None and action.done_on != today:
            return False
        agreed = self._schedule.get(action.checkin_uuid or "", action.created_at)
        return agreed < self._checkin.scheduled_at

    def _clear_rows(self) -> None:
        for row in [*self.feedback_rows, *self.action_rows, *self.earlier_rows]:
            row.hide()
            row.deleteLater()
        self.feedback_rows, self.action_rows, self.earlier_rows = [], [], []
        self._dirty_feedback.clear()

    def _show_held(self, checkin: CheckIn | None) -> None:
        held = bool(checkin and checkin.held)
        blocked = self.held_check.blockSignals(True)
        self.held_check.setChecked(held)
        self.held_check.blockSignals(blocked)
        self.rating_group.setExclusive(False)
        for value, button in self.rating_buttons.items():
            button.setChecked(bool(checkin and checkin.rating == value))
            button.setEnabled(held)
        self.rating_group.setExclusive(True)
        if not held:
            self.rating_hint.setText("Once you have met, tick the box above and rate how it went: "
                                     "1 for hard going, 5 for went well.")
        elif checkin and checkin.rating:
            self.rating_hint.setText(f"You rated it {rating_text(checkin.rating)}.")
        else:
            self.rating_hint.setText("1 for hard going, 5 for went well. There is no wrong answer.")

    def set_narrow(self, narrow: bool) -> None:
        """Stack the controls of each row when the tool is narrow (large text, small window)."""
        self._narrow = narrow
        for row in self.feedback_rows:
            row.set_narrow(narrow)

    # -- held and rating -------------------------------------------------------------------

    def _on_held(self, held: bool) -> None:
        current = self._saver.checkin
        rating = current.rating if current and held else None
        if not self._saver.update(held=held, rating=rating):
            self._show_held(self._saver.checkin)
            return
        self._show_held(self._saver.checkin)

    def _on_rating(self, value: int) -> None:
        if not self._saver.update(rating=value):
            self._show_held(self._saver.checkin)
            return
        self._show_held(self._saver.checkin)

    # -- feedback --------------------------------------------------------------------------

    def _add_feedback_row(self, item: Feedback) -> FeedbackRow:
        row = FeedbackRow(item, self._goals)
        row.set_narrow(self._narrow)
        row.edited.connect(lambda r=row: self._feedback_edited(r))
        row.text_edit.editingFinished.connect(self.flush)
        row.make_action.connect(lambda r=row: self.make_action(r))
        row.remove.connect(lambda r=row: self.remove_feedback(r))
        self.feedback_rows.append(row)
        self.feedback_box.addWidget(row)
        return row

    def add_feedback(self) -> None:
        text = self.new_feedback.text().strip()
        if self._checkin is None or not text:
            self.new_feedback.setFocus()
            return
        item = Feedback(str(uuid.uuid4()), self._checkin.uuid, text, None, None, datetime.now(UTC))
        try:
            stored = self._journal.checkins.save_feedback(item)
        except StoreError as error:
            self.notice.show_message(f"Couldn't add the feedback: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.new_feedback.clear()
        self._add_feedback_row(stored)
        self.feedback_empty.hide()
        self.actions_changed.emit()

    def _feedback_edited(self, row: FeedbackRow) -> None:
        self._dirty_feedback.add(row.item.uuid)
        self._feedback_timer.start()

    def flush(self) -> bool:
        """Save feedback whose words or goal changed. False if any could not be saved."""
        self._feedback_timer.stop()
        saved = True
        for row in self.feedback_rows:
            if row.item.uuid not in self._dirty_feedback:
                continue
            current = row.current()
            if not current.text:
                continue  # an emptied line is kept as it was until it says something again
            try:
                row.item = self._journal.checkins.save_feedback(current)
            except StoreError as error:
                self.notice.show_message(f"Couldn't save the feedback: {error}", error=True)
                saved = False
                continue
            self._dirty_feedback.discard(current.uuid)
            self._journal.changed(AREA)
        return saved

    def make_action(self, row: FeedbackRow) -> None:
        """Turn feedback into an action for the goal picked beside it, agreed at this check-in."""
        if self._checkin is None or not self.flush():
            return
        item = row.current()
        if not item.text:
            row.text_edit.setFocus()
            return
        action = Action(str(uuid.uuid4()), item.text, item.goal_uuid, None, self._checkin.uuid, None,
                        datetime.now(UTC))
        try:
            stored = self._journal.checkins.save_action(action)
            row.item = self._journal.checkins.save_feedback(replace(item, action_uuid=stored.uuid))
        except StoreError as error:
            self.notice.show_message(f"Couldn't make it an action: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.notice.show_message("Added to the actions below. Give it a due date there if it has one.",
                                 ("Set a due date", "Set a due date for the new action",
                                  lambda: self.edit_action(stored)))
        self.reload()
        self.notice.first_button.setFocus()  # the row's button is gone; the next step is here
        self.actions_changed.emit()

    def remove_feedback(self, row: FeedbackRow) -> None:
        item = row.item
        try:
            self._journal.checkins.delete_feedback(item.uuid)
        except StoreError as error:
            self.notice.show_message(f"Couldn't remove the feedback: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.reload()
        self.notice.show_message("Feedback removed.", ("Undo", "Undo remove feedback",
                                                        lambda: self._restore_feedback(item)))
        self.new_feedback.setFocus()
        self.actions_changed.emit()

    def _restore_feedback(self, item: Feedback) -> None:
        try:
            self._journal.checkins.save_feedback(item)
        except StoreError as error:
            self.notice.show_message(f"Couldn't bring it back: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.reload()
        self.new_feedback.setFocus()
        self.actions_changed.emit()

    # -- actions ---------------------------------------------------------------------------

    def edit_action(self, action: Action) -> None:
        """Load an action into the form; saving it changes that action instead of adding one."""
        self._editing_action = action
        self.action_text.setText(action.text)
        self.due_check.setChecked(action.due_on is not None)
        self.due_edit.setDate(qdate(action.due_on or date.today()))
        self.action_goal.setCurrentIndex(max(self.action_goal.findData(action.goal_uuid), 0))
        self.action_form_label.setText("Change the action")
        self.save_action_button.setText("Save changes")
        self.save_action_button.setAccessibleName("Save the changed action")
        self.cancel_edit_button.show()
        self.action_text.setFocus()

    def clear_action_form(self) -> None:
        self._editing_action = None
        self.action_text.clear()
        self.due_check.setChecked(False)
        self.due_edit.setDate(qdate(date.today()))
        self.action_goal.setCurrentIndex(0)
        self.action_form_label.setText("&New action")
        self.save_action_button.setText("Add action")
        self.save_action_button.setAccessibleName("Add this action")
        self.cancel_edit_button.hide()

    def save_action_form(self) -> None:
        text = self.action_text.text().strip()
        if self._checkin is None or not text:
            self.action_text.setFocus()
            return
        due = pydate(self.due_edit.date()) if self.due_check.isChecked() else None
        goal = combo_goal(self.action_goal)
        editing = self._editing_action
        if editing is not None:
            action = replace(editing, text=text, due_on=due, goal_uuid=goal)
        else:
            action = Action(str(uuid.uuid4()), text, goal, due, self._checkin.uuid, None, datetime.now(UTC))
        try:
            self._journal.checkins.save_action(action)
        except StoreError as error:
            self.notice.show_message(f"Couldn't save the action: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.clear_action_form()
        self.reload()
        self.action_text.setFocus()
        self.actions_changed.emit()

    def _set_done(self, row: ActionRow, done: bool) -> None:
        """Tick or untick in place: the row stays where it is, and so does the keyboard focus."""
        changed = replace(row.action, done_on=date.today() if done else None)
        try:
            row.action = self._journal.checkins.save_action(changed)
        except StoreError as error:
            self.notice.show_message(f"Couldn't save that: {error}", error=True)
            self.reload()
            return
        self._journal.changed(AREA)
        titles = {goal.uuid: goal_title(goal) for goal in self._goals}
        details = action_details(row.action, titles, date.today())
        row.details_label.setText(details)
        row.details_label.setVisible(bool(details))
        self.actions_changed.emit()

    def delete_action(self, action: Action) -> None:
        try:
            linked = [f for f in self._journal.checkins.feedback() if f.action_uuid == action.uuid]
            self._journal.checkins.delete_action(action.uuid)
        except StoreError as error:
            self.notice.show_message(f"Couldn't delete the action: {error}", error=True)
            return
        self._journal.changed(AREA)
        if self._editing_action is not None and self._editing_action.uuid == action.uuid:
            self.clear_action_form()
        self.reload()
        self.notice.show_message("Action deleted.", ("Undo", "Undo delete action",
                                                      lambda: self._restore_action(action, linked)))
        self.action_text.setFocus()
        self.actions_changed.emit()

    def _restore_action(self, action: Action, linked: list[Feedback]) -> None:
        try:
            self._journal.checkins.save_action(action)
            for item in linked:
                self._journal.checkins.save_feedback(item)
        except StoreError as error:
            self.notice.show_message(f"Couldn't bring it back: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.reload()
        self.action_text.setFocus()
        self.actions_changed.emit()
