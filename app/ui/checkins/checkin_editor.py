"""After the meeting: held or not, notes, feedback received, agreed actions, and how it went.

Text reaches the journal a moment after each edit, like everywhere else in Trustbridge; lists
(feedback, actions) save on each change, and a deletion can be undone from the bar it leaves.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.workbench import Action, CheckIn, Feedback, Goal
from app.store.errors import StoreError
from app.ui.checkins.checkin_rows import (
    RATING_WORDS,
    ActionRow,
    FeedbackRow,
    action_details,
    combo_goal,
    fill_goals,
    rating_text,
)
from app.ui.checkins.checkin_saver import AREA, CheckInSaver
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.form_fields import (
    field_label,
    goal_title,
    make_date_edit,
    name_parts,
    pydate,
    qdate,
    segment_button,
    wrapped_label,
)
from app.ui.widgets.notice import InlineNotice
from app.ui.writing.autosave import SAVE_DELAY_MS
from app.ui.writing.editor import MarkdownEditor


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
        self._feedback_timer.timeout.connect(self._save_feedback_rows)

        # -- held and how it went
        self.held_check = QCheckBox("We met: this check-in took place")
        self.held_check.setAccessibleName("Mark this check-in as held")
        self.held_check.toggled.connect(self._on_held)
        self.rating_group = QButtonGroup(self)
        self.rating_buttons: dict[int, QPushButton] = {}
        rating_row = QHBoxLayout()
        rating_row.setSpacing(6)
        for value in range(1, 6):
            button = segment_button(str(value), f"How it went: {rating_text(value)}")
            button.setToolTip(RATING_WORDS[value].capitalize())
            self.rating_group.addButton(button, value)
            self.rating_buttons[value] = button
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        self.rating_group.idClicked.connect(self._on_rating)
        self.rating_hint = wrapped_label("", "muted")

        # -- notes
        self.notes_editor = MarkdownEditor(
            "Meeting notes", "What was said, in your own words, while it is still fresh…"
        )
        saver.watch("notes", self.notes_editor.text)
        self.notes_editor.text_edited.connect(saver.edited)

        # -- feedback
        self.feedback_box = QVBoxLayout()
        self.feedback_box.setSpacing(4)
        self.feedback_empty = wrapped_label("Nothing written down yet. Note each piece of feedback on its "
                                            "own line; any of them can become an action.", "muted")
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
        self.actions_empty = wrapped_label("No actions agreed at this check-in yet.", "muted")
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
        self.earlier_empty = wrapped_label("Nothing open from earlier check-ins.", "muted")

        self.notice = InlineNotice("Undo bar for feedback and actions")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.held_check)
        layout.addWidget(wrapped_label("How it went", "cardHeading"))
        layout.addLayout(rating_row)
        layout.addWidget(self.rating_hint)
        layout.addSpacing(6)
        notes_label = field_label("Notes: what was said", self.notes_editor.text_edit)
        notes_label.setObjectName("cardHeading")
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_editor)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        layout.addWidget(wrapped_label("Feedback you received", "cardHeading"))
        layout.addWidget(self.feedback_empty)
        layout.addLayout(self.feedback_box)
        layout.addLayout(feedback_entry)
        layout.addSpacing(6)
        layout.addWidget(wrapped_label("Actions you agreed", "cardHeading"))
        layout.addWidget(self.actions_empty)
        layout.addLayout(self.actions_box)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(wrapped_label("Still open from earlier check-ins", "cardHeading"))
        layout.addWidget(wrapped_label("Tick them off as you finish them; until then they return on every "
                                       "agenda.", "muted"))
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
        if not same:  # flush() stored what was half-typed with the meeting it was typed for
            self.notice.dismiss()
            self.clear_action_form()
            self.new_feedback.clear()
        self.setEnabled(checkin is not None)
        self.notes_editor.set_text(checkin.notes if checkin else "")
        self._show_held(checkin)
        self.reload()

    def reload(self) -> None:
        """Read this check-in's feedback and the actions again."""
        self._clear_rows()
        if self._checkin is None:
            return
        try:
            feedback = self._journal.checkins.feedback(self._checkin.uuid)
            actions = self._journal.checkins.actions()
        except StoreError as error:
            self.notice.tell(f"Couldn't read this check-in's lists: {error}", error=True)
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
        """Saved at once; on failure the controls go back to what is stored (the saver says why)."""
        current = self._saver.checkin
        self._saver.update(held=held, rating=current.rating if current and held else None)
        self._show_held(self._saver.checkin)

    def _on_rating(self, value: int) -> None:
        self._saver.update(rating=value)
        self._show_held(self._saver.checkin)

    # -- feedback --------------------------------------------------------------------------

    def _add_feedback_row(self, item: Feedback) -> FeedbackRow:
        row = FeedbackRow(item, self._goals)
        row.set_narrow(self._narrow)
        row.edited.connect(lambda r=row: self._feedback_edited(r))
        row.text_edit.editingFinished.connect(self._save_feedback_rows)
        row.make_action.connect(lambda r=row: self.make_action(r))
        row.remove.connect(lambda r=row: self.remove_feedback(r))
        self.feedback_rows.append(row)
        self.feedback_box.addWidget(row)
        return row

    def add_feedback(self) -> None:
        if not self.new_feedback.text().strip():
            self.new_feedback.setFocus()
            return
        self._store_new_feedback()

    def _store_new_feedback(self) -> bool:
        """Store the words in the "add" field as feedback on this check-in. False if that failed."""
        text = self.new_feedback.text().strip()
        if self._checkin is None or not text:
            return True
        item = Feedback(str(uuid.uuid4()), self._checkin.uuid, text, None, None, datetime.now(UTC))
        try:
            stored = self._journal.checkins.save_feedback(item)
        except StoreError as error:
            self.notice.tell(f"Couldn't add the feedback: {error}", error=True)
            return False
        self._journal.changed(AREA)
        self.new_feedback.clear()
        self._add_feedback_row(stored)
        self.feedback_empty.hide()
        self.actions_changed.emit()
        return True

    def _feedback_edited(self, row: FeedbackRow) -> None:
        self._dirty_feedback.add(row.item.uuid)
        self._feedback_timer.start()

    def flush(self) -> bool:
        """Save everything typed so far, before the person leaves this meeting, the page or the app.

        Feedback lines whose words or goal changed are saved, and words still waiting in the "add"
        fields become feedback and an action of this check-in (with the due date and goal chosen so
        far), so nothing typed is lost. False if anything could not be saved; it then stays on screen.
        """
        saved = self._save_feedback_rows()
        saved = self._store_new_feedback() and saved
        # storing an action reads the lists again, which would drop feedback edits not yet saved
        return saved and self._store_action_form()

    def _save_feedback_rows(self) -> bool:
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
                self.notice.tell(f"Couldn't save the feedback: {error}", error=True)
                saved = False
                continue
            self._dirty_feedback.discard(current.uuid)
            self._journal.changed(AREA)
        return saved

    def make_action(self, row: FeedbackRow) -> None:
        """Turn feedback into an action for the goal picked beside it, agreed at this check-in."""
        if self._checkin is None or not self._save_feedback_rows():
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
            self.notice.tell(f"Couldn't make it an action: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.notice.offer("Added to the actions below. Give it a due date there if it has one.",
                          "Set a due date", lambda: self.edit_action(stored),
                          name="Set a due date for the new action")
        self.reload()
        self.notice.accept_button.setFocus()  # the row's button is gone; the next step is here
        self.actions_changed.emit()

    def remove_feedback(self, row: FeedbackRow) -> None:
        item = row.item
        try:
            self._journal.checkins.delete_feedback(item.uuid)
        except StoreError as error:
            self.notice.tell(f"Couldn't remove the feedback: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.reload()
        self.notice.offer_undo("Feedback removed.", lambda: self._restore_feedback(item),
                               name="Undo remove feedback")
        self.new_feedback.setFocus()
        self.actions_changed.emit()

    def _restore_feedback(self, item: Feedback) -> None:
        try:
            self._journal.checkins.save_feedback(item)
        except StoreError as error:
            self.notice.tell(f"Couldn't bring it back: {error}", error=True)
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
        if self._checkin is None or not self.action_text.text().strip():
            self.action_text.setFocus()
            return
        if self._store_action_form():
            self.action_text.setFocus()

    def _store_action_form(self) -> bool:
        """Add the action in the form (or save the one being changed). False if that failed."""
        text = self.action_text.text().strip()
        if self._checkin is None or not text:
            return True
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
            self.notice.tell(f"Couldn't save the action: {error}", error=True)
            return False
        self._journal.changed(AREA)
        self.clear_action_form()
        self.reload()
        self.actions_changed.emit()
        return True

    def _set_done(self, row: ActionRow, done: bool) -> None:
        """Tick or untick in place: the row stays where it is, and so does the keyboard focus."""
        changed = replace(row.action, done_on=date.today() if done else None)
        try:
            row.action = self._journal.checkins.save_action(changed)
        except StoreError as error:
            self.notice.tell(f"Couldn't save that: {error}", error=True)
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
            self.notice.tell(f"Couldn't delete the action: {error}", error=True)
            return
        self._journal.changed(AREA)
        if self._editing_action is not None and self._editing_action.uuid == action.uuid:
            self.clear_action_form()
        self.reload()
        self.notice.offer_undo("Action deleted.", lambda: self._restore_action(action, linked),
                               name="Undo delete action")
        self.action_text.setFocus()
        self.actions_changed.emit()

    def _restore_action(self, action: Action, linked: list[Feedback]) -> None:
        try:
            self._journal.checkins.save_action(action)
            for item in linked:
                self._journal.checkins.save_feedback(item)
        except StoreError as error:
            self.notice.tell(f"Couldn't bring it back: {error}", error=True)
            return
        self._journal.changed(AREA)
        self.reload()
        self.action_text.setFocus()
        self.actions_changed.emit()
