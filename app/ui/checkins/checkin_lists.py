"""A check-in's feedback and actions: their rows, the "add" fields, and every change to them.

What is typed is saved as it is typed, through the tool's one Saver: a feedback line's words and
goal straight onto that feedback, and the words in the "add" fields as drafts of this check-in
(checkin_drafts), which become feedback or an action only on Add, so no list, brief or export
shows half a sentence. The new-action form is checkin_action_form; feedback becomes an action
there, written as what the person will do. Adding, removing, ticking and deleting are each one
action through the gateway; a deletion can be undone from the bar it leaves.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.changes import Area
from app.domain.workbench import Action, CheckIn, Feedback, Goal
from app.i18n import translate
from app.ui.checkins.checkin_action_form import ActionForm
from app.ui.checkins.checkin_drafts import feedback_key, put_if_changed, settle
from app.ui.checkins.checkin_editor_view import CheckInEditorView
from app.ui.checkins.checkin_rows import ActionRow, FeedbackRow, action_details
from app.ui.checkins.shown_checkin import ShownCheckIn
from app.ui.data.journal_events import Done, ObservedJournal
from app.ui.widgets.form_fields import goal_title

if TYPE_CHECKING:
    from app.store.journal import Journal

NEW_FEEDBACK = "new feedback"

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
        self._narrow = False
        self.form = ActionForm(journal, shown, view)
        self._saver.watch(NEW_FEEDBACK, Area.DRAFT, self._write_feedback_draft)
        self._wire()

    def _wire(self) -> None:
        view = self._view
        view.new_feedback.textEdited.connect(lambda _text: self._saver.touch(NEW_FEEDBACK))
        view.new_feedback.returnPressed.connect(self.add_feedback)
        view.add_feedback_button.clicked.connect(self.add_feedback)
        self.form.changed.connect(self._on_form_changed)

    def _act(self, areas: Area | set[Area], operation: Callable[[Journal], T], uuids: Iterable[str] = ()
             ) -> Done[T] | None:
        """One user action through the gateway, announced as made by the tool."""
        return self._journal.act(areas, operation, origin=self._shown.origin, uuids=uuids)

    # -- loading ---------------------------------------------------------------------------

    def show_checkin(self, checkin: CheckIn | None, same: bool, checkins: Sequence[CheckIn],
                     goals: Sequence[Goal]) -> None:
        """Take the meetings' dates and the goals; another meeting's "add" fields hold what was
        drafted in them for that meeting (the same one, read again, keeps what is on screen)."""
        self._schedule = {c.uuid: c.scheduled_at for c in checkins}
        self._goals = list(goals)
        self.form.fill_goals(self._goals, same)
        if not same or checkin is None:
            self._view.notice.dismiss()
            self.form.show_new(checkin)
            drafted = ""
            if checkin is not None:
                key = feedback_key(checkin.uuid)
                drafted = self._journal.read(lambda j: j.drafts.get(key), "")
            self._view.new_feedback.setText(drafted)

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
            self._view.notice.tell(translate("CheckinLists", "Couldn't read this check-in's lists just now."),
                                   error=True)
            return
        feedback, actions = lists
        titles = {goal.uuid: goal_title(goal) for goal in self._goals}
        today = self._journal.clock.today()
        for item in feedback:
            self._add_feedback_row(item)
        view = self._view
        for action in actions:
            mine = action.checkin_uuid == checkin.uuid
            if not mine and not self._is_earlier(action, today):
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

        The words in the "add" fields stay drafts of this meeting (they come back when it is
        shown again); only Add makes them feedback or an action. False if saving failed; then
        everything stays on screen.
        """
        return self._saver.flush()

    def _write_feedback_draft(self, journal: Journal) -> None:
        checkin = self._shown.checkin
        if checkin is not None:
            put_if_changed(journal, feedback_key(checkin.uuid), self._view.new_feedback.text())

    def _write_row(self, journal: Journal, row: FeedbackRow) -> Feedback | None:
        current = row.current()
        if not current.text or current == row.item:
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
        """The words in "New feedback" become feedback of this check-in; their draft goes in the
        same commit."""
        checkin = self._shown.checkin
        text = self._view.new_feedback.text().strip()
        if checkin is None or not text:
            self._view.new_feedback.setFocus()
            return
        item = Feedback(_fresh(), checkin.uuid, text, None, None, self._journal.clock.now())
        key = feedback_key(checkin.uuid)

        def add(journal: Journal) -> Feedback:
            stored = journal.checkins.save_feedback(item)
            journal.drafts.clear(key)
            return stored

        if self._act({Area.FEEDBACK, Area.DRAFT}, add) is None:
            return  # the words stay in the field, and in their draft
        settle(self._saver, NEW_FEEDBACK, Area.DRAFT, self._write_feedback_draft)  # nothing left to keep
        self._view.new_feedback.clear()
        self.reload()
        self.changed.emit()

    def make_action(self, row: FeedbackRow) -> None:
        """Answer feedback with an action: the form below opens on "I will ", the feedback shown
        above it and its goal picked; Add makes the action and links the feedback (one act)."""
        if self._shown.checkin is None or not self._saver.flush():
            return
        item = row.item  # as just saved
        if not item.text:
            row.text_edit.setFocus()
            return
        self._view.notice.dismiss()
        self.form.answer(item)

    def remove_feedback(self, row: FeedbackRow) -> None:
        if not self._saver.flush():
            return
        item = row.item
        done = self._act(Area.FEEDBACK, lambda j: j.checkins.delete_feedback(item.uuid), uuids={item.uuid})
        if done is None:
            return
        self.reload()
        self._view.notice.offer_undo(translate("CheckinLists", "Feedback removed."),
                                     lambda: self._restore_feedback(item),
                                     name=translate("CheckinLists", "Undo remove feedback"))
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
        self.form.edit(action)

    def save_action_form(self) -> None:
        self.form.submit()

    def cancel_action_edit(self) -> None:
        self.form.cancel()

    def _on_form_changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _set_done(self, row: ActionRow, done: bool) -> None:
        """Tick or untick in place: the row stays where it is, and so does the keyboard focus.

        What is typed is saved first, and the tick changes only when the action was done, on the
        action as stored, so words written into the form a moment ago are kept."""
        uuid_ = row.action.uuid
        today = self._journal.clock.today()
        done_on = today if done else None
        stored: Done[Action] | None = None
        if self._saver.flush():
            stored = self._act(Area.ACTION, lambda j: j.checkins.set_action_done(uuid_, done_on),
                               uuids={uuid_})
        if stored is None:  # the tick goes back to what is stored; the status line says why
            blocked = row.done_check.blockSignals(True)
            row.done_check.setChecked(row.action.done_on is not None)
            row.done_check.blockSignals(blocked)
            return
        row.action = stored.value
        row.text_label.setText(row.action.text)
        titles = {goal.uuid: goal_title(goal) for goal in self._goals}
        details = action_details(row.action, titles, today)
        row.details_label.setText(details)
        row.details_label.setVisible(bool(details))
        self.changed.emit()

    def delete_action(self, action: Action) -> None:
        """Delete an action with what was typed into it so far (Undo brings both back)."""
        if not self._saver.flush():
            return

        def delete(journal: Journal) -> tuple[Action, list[Feedback]]:
            stored = journal.checkins.action(action.uuid) or action
            linked = [f for f in journal.checkins.feedback() if f.action_uuid == action.uuid]
            journal.checkins.delete_action(action.uuid)
            return stored, linked

        done = self._act({Area.ACTION, Area.FEEDBACK}, delete, uuids={action.uuid})
        if done is None:
            return
        self.form.let_go(action.uuid)
        stored, linked = done.value
        self.reload()
        self._view.notice.offer_undo(translate("CheckinLists", "Action deleted."),
                                     lambda: self._restore_action(stored, linked),
                                     name=translate("CheckinLists", "Undo delete action"))
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
