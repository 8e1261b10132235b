"""A check-in's feedback and actions: their rows, the "add" fields, and every change to them.

What is typed is saved as it is typed, through the tool's one Saver: a feedback line's words and
goal, and the words in the "add" fields (kept as a record of this check-in while they are typed,
shown in the list once added or when the person leaves the meeting), so nothing typed is lost.
Adding, removing, making an action of feedback, ticking and deleting are each one action
through the gateway; a deletion can be undone from the bar it leaves.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.changes import Area
from app.domain.workbench import Action, CheckIn, Feedback, Goal
from app.ui.checkins.checkin_editor_view import CheckInEditorView
from app.ui.checkins.checkin_rows import ActionRow, FeedbackRow, action_details, combo_goal, fill_goals
from app.ui.checkins.shown_checkin import ShownCheckIn
from app.ui.data.journal_events import Done, ObservedJournal
from app.ui.widgets.form_fields import goal_title, pydate, qdate

if TYPE_CHECKING:
    from app.store.journal import Journal

NEW_FEEDBACK = "new feedback"
ACTION_FORM = "action form"

T = TypeVar("T")


def _fresh() -> str:
    return str(uuid.uuid4())


def _row_key(item: Feedback) -> str:
    return f"feedback {item.uuid}"


class CheckInLists(QObject):
    """Feedback and actions of the check-in shown in `view`.

    Signals: changed() — feedback or an action was added, changed or removed.
    """

    changed = Signal()

    def __init__(self, journal: ObservedJournal, shown: ShownCheckIn, view: CheckInEditorView) -> None:
        super().__init__(view)
        self._journal = journal
        self._shown = shown
        self._saver = shown.saver
        self._view = view
        self._schedule: dict[str, datetime] = {}
        self._goals: list[Goal] = []
        self._editing_action: Action | None = None
        self._narrow = False
        self._loading_form = False
        # The uuids the words in the "add" fields are saved under while they are typed.
        self._feedback_draft = _fresh()
        self._action_draft = _fresh()
        self._saver.watch(NEW_FEEDBACK, Area.FEEDBACK, self._write_new_feedback)
        self._saver.watch(ACTION_FORM, Area.ACTION, self._write_action_form)

        view.new_feedback.textEdited.connect(lambda _text: self._saver.touch(NEW_FEEDBACK))
        view.new_feedback.returnPressed.connect(self.add_feedback)
        view.add_feedback_button.clicked.connect(self.add_feedback)
        view.action_text.textEdited.connect(lambda _text: self._form_edited())
        view.due_check.toggled.connect(lambda _on: self._form_edited())
        view.due_edit.dateChanged.connect(lambda _day: self._form_edited())
        view.action_goal.currentIndexChanged.connect(lambda _index: self._form_edited())
        view.action_text.returnPressed.connect(self.save_action_form)
        view.save_action_button.clicked.connect(self.save_action_form)
        view.cancel_edit_button.clicked.connect(self.cancel_action_edit)

    def _act(self, areas: Area | set[Area], operation: Callable[[Journal], T], uuids: Iterable[str] = ()
             ) -> Done[T] | None:
        """One user action through the gateway, announced as made by the tool."""
        return self._journal.act(areas, operation, origin=self._shown.origin, uuids=uuids)

    # -- loading ---------------------------------------------------------------------------

    def show_checkin(self, checkin: CheckIn | None, same: bool, checkins: Sequence[CheckIn],
                     goals: Sequence[Goal]) -> None:
        """Take the meetings' dates and the goals; another meeting starts with empty "add" fields
        (what was typed in them was saved with the meeting it was typed for)."""
        self._schedule = {c.uuid: c.scheduled_at for c in checkins}
        self._goals = list(goals)
        fill_goals(self._view.action_goal, self._goals, combo_goal(self._view.action_goal) if same else None)
        if not same or checkin is None:
            self._view.notice.dismiss()
            self.clear_action_form()
            self._view.new_feedback.clear()

    def reload(self) -> None:
        """Read this check-in's feedback and the actions again, once what is typed is saved."""
        if not self._saver.flush():
            return  # the rows keep what was typed; saving is tried again
        self._clear_rows()
        checkin = self._shown.checkin
        if checkin is None:
            return
        lists = self._journal.read(lambda j: (j.checkins.feedback(checkin.uuid), j.checkins.actions()), None)
        if lists is None:  # the status line says why
            self._view.notice.tell("Couldn't read this check-in's lists just now.", error=True)
            return
        feedback, actions = lists
        titles = {goal.uuid: goal_title(goal) for goal in self._goals}
        today = self._journal.clock.today()
        for item in feedback:
            if item.uuid != self._feedback_draft:
                self._add_feedback_row(item)
        view = self._view
        for action in actions:
            mine = action.checkin_uuid == checkin.uuid
            if action.uuid == self._action_draft or (not mine and not self._is_earlier(action, today)):
                continue
            row = ActionRow(action, action_details(action, titles, today), editable=mine)
            row.done_toggled.connect(lambda done, r=row: self._set_done(r, done))
            row.edit.connect(lambda r=row: self.edit_action(r.action))
            row.delete.connect(lambda r=row: self.delete_action(r.action))
            (view.action_rows if mine else view.earlier_rows).append(row)
            (view.actions_box if mine else view.earlier_box).addWidget(row)
        view.feedback_empty.setVisible(not view.feedback_rows)
        view.actions_empty.setVisible(not view.action_rows)
        view.earlier_empty.setVisible(not view.earlier_rows)

    def _is_earlier(self, action: Action, today: date) -> bool:
        """Open (or ticked off today, so a slip can be undone) and agreed before this check-in."""
        checkin = self._shown.checkin
        assert checkin is not None
        if action.done_on is not None and action.done_on != today:
            return False
        agreed = self._schedule.get(action.checkin_uuid or "", action.created_at)
        return agreed < checkin.scheduled_at

    def _clear_rows(self) -> None:
        view = self._view
        for row in view.feedback_rows:
            self._saver.unwatch(_row_key(row.item))
        for frame in [*view.feedback_rows, *view.action_rows, *view.earlier_rows]:
            frame.hide()
            frame.deleteLater()
        view.feedback_rows, view.action_rows, view.earlier_rows = [], [], []

    def set_narrow(self, narrow: bool) -> None:
        self._narrow = narrow
        for row in self._view.feedback_rows:
            row.set_narrow(narrow)

    # -- saving as it is typed -------------------------------------------------------------

    def flush(self) -> bool:
        """Save everything typed, before the person leaves this meeting, the page or the app.

        Words still in the "add" fields become feedback and an action of this check-in (with the
        due date and goal chosen so far) and move into the lists. False if saving failed; then
        everything stays on screen.
        """
        if not self._saver.flush():
            return False
        moved = False
        if self._view.new_feedback.text().strip():
            self._feedback_draft = _fresh()
            self._view.new_feedback.clear()
            moved = True
        if self._view.action_text.text().strip():
            if self._editing_action is None:
                self._action_draft = _fresh()
            self.clear_action_form()
            moved = True
        if moved:
            self.reload()
            self.changed.emit()
        return True

    def _write_new_feedback(self, journal: Journal) -> Feedback | None:
        checkin = self._shown.checkin
        if checkin is None:
            return None
        text = self._view.new_feedback.text().strip()
        if text:
            return journal.checkins.save_feedback(
                Feedback(self._feedback_draft, checkin.uuid, text, None, None, self._journal.clock.now()))
        if any(f.uuid == self._feedback_draft for f in journal.checkins.feedback(checkin.uuid)):
            journal.checkins.delete_feedback(self._feedback_draft)  # the words were taken back
        return None

    def _write_action_form(self, journal: Journal) -> Action | None:
        checkin = self._shown.checkin
        if checkin is None:
            return None
        action = self._form_action(checkin)
        if action is not None:
            return journal.checkins.save_action(action)
        drafted = any(a.uuid == self._action_draft for a in journal.checkins.actions())
        if self._editing_action is None and drafted:
            journal.checkins.delete_action(self._action_draft)  # the words were taken back
        return None

    def _form_action(self, checkin: CheckIn) -> Action | None:
        """The action as the form reads now, or None while it has no words."""
        view = self._view
        text = view.action_text.text().strip()
        if not text:
            return None
        due = pydate(view.due_edit.date()) if view.due_check.isChecked() else None
        goal = combo_goal(view.action_goal)
        if self._editing_action is not None:
            return replace(self._editing_action, text=text, due_on=due, goal_uuid=goal)
        return Action(self._action_draft, text, goal, due, checkin.uuid, None, self._journal.clock.now())

    def _form_edited(self) -> None:
        if not self._loading_form:
            self._saver.touch(ACTION_FORM)

    def _write_row(self, journal: Journal, row: FeedbackRow) -> Feedback | None:
        current = row.current()
        if not current.text:
            return None  # an emptied line is kept as it was until it says something again
        row.item = journal.checkins.save_feedback(current)
        return row.item

    # -- feedback --------------------------------------------------------------------------

    def _add_feedback_row(self, item: Feedback) -> FeedbackRow:
        row = FeedbackRow(item, self._goals)
        row.set_narrow(self._narrow)
        key = _row_key(item)
        self._saver.watch(key, Area.FEEDBACK, lambda journal: self._write_row(journal, row))
        row.edited.connect(lambda: self._saver.touch(key))
        row.text_edit.editingFinished.connect(self._saver.flush)
        row.make_action.connect(lambda: self.make_action(row))
        row.remove.connect(lambda: self.remove_feedback(row))
        self._view.feedback_rows.append(row)
        self._view.feedback_box.addWidget(row)
        return row

    def add_feedback(self) -> None:
        if not self._view.new_feedback.text().strip():
            self._view.new_feedback.setFocus()
            return
        self.flush()

    def make_action(self, row: FeedbackRow) -> None:
        """Turn feedback into an action for the goal picked beside it, agreed at this check-in."""
        checkin = self._shown.checkin
        if checkin is None or not self._saver.flush():
            return
        item = row.current()
        if not item.text:
            row.text_edit.setFocus()
            return
        now = self._journal.clock.now()
        action = Action(_fresh(), item.text, item.goal_uuid, None, checkin.uuid, None, now)

        def make(journal: Journal) -> Action:
            stored = journal.checkins.save_action(action)
            journal.checkins.save_feedback(replace(item, action_uuid=stored.uuid))
            return stored

        done = self._act({Area.ACTION, Area.FEEDBACK}, make, uuids={item.uuid})
        if done is None:
            return
        stored = done.value
        self._view.notice.offer("Added to the actions below. Give it a due date there if it has one.",
                                "Set a due date", lambda: self.edit_action(stored),
                                name="Set a due date for the new action")
        self.reload()
        self._view.notice.accept_button.setFocus()  # the row's button is gone; the next step is here
        self.changed.emit()

    def remove_feedback(self, row: FeedbackRow) -> None:
        if not self._saver.flush():
            return
        item = row.item
        done = self._act(Area.FEEDBACK, lambda j: j.checkins.delete_feedback(item.uuid), uuids={item.uuid})
        if done is None:
            return
        self.reload()
        self._view.notice.offer_undo("Feedback removed.", lambda: self._restore_feedback(item),
                                     name="Undo remove feedback")
        self._view.new_feedback.setFocus()
        self.changed.emit()

    def _restore_feedback(self, item: Feedback) -> None:
        if self._act(Area.FEEDBACK, lambda j: j.checkins.save_feedback(item)) is None:
            return
        self.reload()
        self._view.new_feedback.setFocus()
        self.changed.emit()

    # -- actions ---------------------------------------------------------------------------

    def edit_action(self, action: Action) -> None:
        """Load an action into the form; what is typed there then changes that action."""
        if not self.flush():
            return
        view = self._view
        self._editing_action = action
        self._fill_form(action.text, action.due_on, action.goal_uuid)
        view.action_form_label.setText("Change the action")
        view.save_action_button.setText("Save changes")
        view.save_action_button.setAccessibleName("Save the changed action")
        view.cancel_edit_button.show()
        view.action_text.setFocus()

    def clear_action_form(self) -> None:
        """An empty form for a new action (what was in it is already saved, or was given up)."""
        view = self._view
        self._editing_action = None
        self._fill_form("", None, None)
        view.action_form_label.setText("&New action")
        view.save_action_button.setText("Add action")
        view.save_action_button.setAccessibleName("Add this action")
        view.cancel_edit_button.hide()

    def _fill_form(self, text: str, due: date | None, goal_uuid: str | None) -> None:
        view = self._view
        self._loading_form = True  # loading is not editing
        try:
            view.action_text.setText(text)
            view.due_check.setChecked(due is not None)
            view.due_edit.setDate(qdate(due or self._journal.clock.today()))
            view.action_goal.setCurrentIndex(max(view.action_goal.findData(goal_uuid), 0))
        finally:
            self._loading_form = False

    def cancel_action_edit(self) -> None:
        """Stop changing the action: it goes back to how it was before the form opened."""
        original = self._editing_action
        self.clear_action_form()  # the form's pending words now write nothing
        if original is None:
            return
        done = self._act(Area.ACTION, lambda j: j.checkins.save_action(original))
        if done is not None:
            self.reload()
            self.changed.emit()

    def save_action_form(self) -> None:
        if self._shown.checkin is None or not self._view.action_text.text().strip():
            self._view.action_text.setFocus()
            return
        if self.flush():
            self._view.action_text.setFocus()

    def _set_done(self, row: ActionRow, done: bool) -> None:
        """Tick or untick in place: the row stays where it is, and so does the keyboard focus."""
        today = self._journal.clock.today()
        changed = replace(row.action, done_on=today if done else None)
        stored = self._act(Area.ACTION, lambda j: j.checkins.save_action(changed))
        if stored is None:
            self.reload()  # the tick goes back to what is stored
            return
        row.action = stored.value
        titles = {goal.uuid: goal_title(goal) for goal in self._goals}
        details = action_details(row.action, titles, today)
        row.details_label.setText(details)
        row.details_label.setVisible(bool(details))
        self.changed.emit()

    def delete_action(self, action: Action) -> None:
        if self._editing_action is not None and self._editing_action.uuid == action.uuid:
            self.clear_action_form()  # what was typed into it is deleted with it (and comes back with Undo)
        if not self._saver.flush():
            return

        def delete(journal: Journal) -> tuple[Action, list[Feedback]]:
            stored = next((a for a in journal.checkins.actions() if a.uuid == action.uuid), action)
            linked = [f for f in journal.checkins.feedback() if f.action_uuid == action.uuid]
            journal.checkins.delete_action(action.uuid)
            return stored, linked

        done = self._act({Area.ACTION, Area.FEEDBACK}, delete, uuids={action.uuid})
        if done is None:
            return
        stored, linked = done.value
        self.reload()
        self._view.notice.offer_undo("Action deleted.", lambda: self._restore_action(stored, linked),
                                     name="Undo delete action")
        self._view.action_text.setFocus()
        self.changed.emit()

    def _restore_action(self, action: Action, linked: list[Feedback]) -> None:
        """The action and the feedback that had become it come back together, in one commit."""
        done = self._act({Area.ACTION, Area.FEEDBACK}, lambda j: j.checkins.restore_action(action, linked),
                         uuids={f.uuid for f in linked})
        if done is None:
            return
        self.reload()
        self._view.action_text.setFocus()
        self.changed.emit()
