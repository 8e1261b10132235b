"""The form under a check-in's actions: a new action, or a change to one already agreed.

A new action's words (with the due day and goal picked so far) are a draft while they are typed
(checkin_drafts): kept as typed through the tool's Saver, put back when the check-in is shown
again, and made an action only by Add, in the same commit that clears the draft. A change to an
existing action is saved onto that action as it is typed, onto the action as stored, so a tick
made meanwhile is kept; Cancel puts the words back as they were when the form opened.

Feedback becomes an action through this form too ("Make it an action"): the form opens on "I will "
with the feedback shown above it and its goal picked, so the action says what the person will do
rather than repeating the criticism; Add saves the action and links the feedback to it in one act.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.changes import Area
from app.domain.workbench import Action, CheckIn, Feedback, Goal
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.checkins.checkin_drafts import ActionDraft, action_key, put_if_changed, settle
from app.ui.checkins.checkin_editor_view import CheckInEditorView
from app.ui.checkins.checkin_rows import combo_goal, fill_goals
from app.ui.checkins.shown_checkin import ShownCheckIn
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.form_fields import pydate, qdate

if TYPE_CHECKING:
    from app.store.journal import Journal

ACTION_DRAFT = "new action"  # the Saver's keys for the form, one per thing it can be writing
ACTION_CHANGE = "changed action"
# How an action in answer to feedback begins: what the person will do.
ACTION_START = QT_TRANSLATE_NOOP("CheckinActionForm", "I will ")


def says_something(text: str) -> bool:
    """Whether an action's words say more than the start they were given ("I will")."""
    words = text.strip().rstrip(".…").strip()
    return bool(words) and words.casefold() != translate("CheckinActionForm", ACTION_START).strip().casefold()


def quoted(text: str) -> str:
    return f"\u201c{' '.join(text.split())}\u201d"


class ActionForm(QObject):
    """The new-action form of the check-in shown in `view`.

    Signals: changed() — an action was added or changed from the form (the lists read again).
    """

    changed = Signal()

    def __init__(self, journal: ObservedJournal, shown: ShownCheckIn, view: CheckInEditorView) -> None:
        super().__init__(view)
        self._journal = journal
        self._shown = shown
        self._saver = shown.saver
        self._view = view
        self._editing: Action | None = None  # the action being changed, as it was when the form opened
        self._answering: Feedback | None = None  # the feedback a new action is written in answer to
        self._changed_words = False  # whether the form has written words onto that action
        self._loading = False
        self._saver.watch(ACTION_DRAFT, Area.DRAFT, self._write_draft)
        self._saver.watch(ACTION_CHANGE, Area.ACTION, self._write_change)
        self._wire()

    def _wire(self) -> None:
        view = self._view
        view.action_text.textEdited.connect(lambda _text: self._edited())
        view.due_check.toggled.connect(lambda _on: self._edited())
        view.due_edit.dateChanged.connect(lambda _day: self._edited())
        view.action_goal.currentIndexChanged.connect(lambda _index: self._edited())
        view.action_text.returnPressed.connect(self.submit)
        view.save_action_button.clicked.connect(self.submit)
        view.cancel_edit_button.clicked.connect(self.cancel)

    @property
    def editing(self) -> Action | None:
        """The action the form is changing, or None while it makes a new one."""
        return self._editing

    # -- what the form shows ---------------------------------------------------------------

    def fill_goals(self, goals: Sequence[Goal], keep: bool) -> None:
        """The goals to pick from; `keep` keeps the one picked (the same check-in, read again)."""
        fill_goals(self._view.action_goal, goals, combo_goal(self._view.action_goal) if keep else None)

    @property
    def answering(self) -> Feedback | None:
        """The feedback the new action is being written in answer to, if any."""
        return self._answering

    def show_new(self, checkin: CheckIn | None) -> None:
        """The form for a new action, holding what was drafted for `checkin` (its earlier edits saved)."""
        draft = ActionDraft()
        answering: Feedback | None = None
        if checkin is not None:
            key = action_key(checkin.uuid)
            draft = ActionDraft.read(self._journal.read(lambda j: j.drafts.get(key), ""))
            if draft.answers is not None:
                none: list[Feedback] = []
                feedback = self._journal.read(lambda j: j.checkins.feedback(checkin.uuid), none)
                answering = next((f for f in feedback if f.uuid == draft.answers and f.action_uuid is None),
                                 None)
        self._open(None, draft, answering)

    def answer(self, item: Feedback) -> bool:
        """Start a new action in answer to this feedback: "I will " to go on from, the feedback
        above it, its goal picked. Words already typed for another new action are never replaced:
        the form says to add or clear them first. False when the form did not open for it."""
        checkin = self._shown.checkin
        if checkin is None or item.action_uuid is not None or not self._saver.flush():
            return False
        view = self._view
        if self._answering is not None and self._answering.uuid == item.uuid:
            view.action_text.setFocus()  # already open for it, with whatever was typed
            return True
        other_words = self._answering is None
        if self._editing is None and other_words and says_something(view.action_text.text()):
            view.notice.tell(translate("CheckinActionForm", "You are writing another action below: add it "
                                                            "or clear it first, then make this feedback an "
                                                            "action."))
            view.action_text.setFocus()
            return False
        start = translate("CheckinActionForm", ACTION_START)
        self._open(None, ActionDraft(start, None, item.goal_uuid, item.uuid), item)
        self._saver.touch(ACTION_DRAFT)  # kept as a draft like anything typed: it comes back after a restart
        view.action_text.setFocus()
        view.action_text.end(False)
        return True

    def edit(self, action: Action) -> None:
        """Load an action into the form; what is typed there then changes that action."""
        if not self._saver.flush():  # the draft in the form is kept first
            return
        stored = self._journal.read(lambda j: j.checkins.action(action.uuid), None)
        if stored is None:
            return
        self._open(stored, ActionDraft(stored.text, stored.due_on, stored.goal_uuid))
        self._view.action_text.setFocus()

    def let_go(self, action_uuid: str) -> None:
        """The action was deleted: if the form was changing it, it makes a new action again."""
        if self._editing is not None and self._editing.uuid == action_uuid:
            settle(self._saver, ACTION_CHANGE, Area.ACTION, self._write_change)
            self.show_new(self._shown.checkin)

    def _open(self, editing: Action | None, draft: ActionDraft, answering: Feedback | None = None) -> None:
        view = self._view
        self._editing = editing
        self._answering = answering if editing is None else None
        self._changed_words = False
        self._loading = True  # loading is not editing
        try:
            view.action_text.setText(draft.text)
            view.due_check.setChecked(draft.due_on is not None)
            view.due_edit.setDate(qdate(draft.due_on or self._journal.clock.today()))
            view.action_goal.setCurrentIndex(max(view.action_goal.findData(draft.goal_uuid), 0))
        finally:
            self._loading = False
        view.answer_label.setVisible(self._answering is not None)
        if self._answering is not None:
            view.action_form_label.setText(translate("CheckinActionForm",
                                                     "&New action, in answer to feedback"))
            view.answer_label.setText(translate("CheckinActionForm", "Your manager said: {quoted}. Write "
                                                                     "what you will do about it, in your "
                                                                     "own words.").format(quoted=quoted(
                                                                         self._answering.text)))
            view.save_action_button.setText(translate("CheckinActionForm", "Add action"))
            view.save_action_button.setAccessibleName(translate("CheckinActionForm", "Add this action"))
            view.cancel_edit_button.setAccessibleName(translate("CheckinActionForm",
                                                                "Stop writing an action for this feedback"))
            view.cancel_edit_button.show()
        elif editing is None:
            view.action_form_label.setText(translate("CheckinActionForm", "&New action"))
            view.save_action_button.setText(translate("CheckinActionForm", "Add action"))
            view.save_action_button.setAccessibleName(translate("CheckinActionForm", "Add this action"))
            view.cancel_edit_button.hide()
        else:
            view.cancel_edit_button.setAccessibleName(translate("CheckinActionForm",
                                                                "Stop editing this action"))
            view.action_form_label.setText(translate("CheckinActionForm", "Change the action"))
            view.save_action_button.setText(translate("CheckinActionForm", "Save changes"))
            view.save_action_button.setAccessibleName(translate("CheckinActionForm",
                                                                "Save the changed action"))
            view.cancel_edit_button.show()

    def _on_screen(self) -> ActionDraft:
        view = self._view
        due = pydate(view.due_edit.date()) if view.due_check.isChecked() else None
        answers = self._answering.uuid if self._answering is not None else None
        return ActionDraft(view.action_text.text(), due, combo_goal(view.action_goal), answers)

    # -- saving as it is typed -------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading:
            self._saver.touch(ACTION_DRAFT if self._editing is None else ACTION_CHANGE)

    def _write_draft(self, journal: Journal) -> None:
        checkin = self._shown.checkin
        if checkin is None or self._editing is not None:
            return
        put_if_changed(journal, action_key(checkin.uuid), self._on_screen().body())

    def _write_change(self, journal: Journal) -> Action | None:
        editing = self._editing
        form = self._on_screen()
        if editing is None or not form.text.strip():
            return None  # an emptied action keeps its words until it says something again
        stored = journal.checkins.action(editing.uuid)
        if stored is None:
            return None  # deleted meanwhile
        changed = replace(stored, text=form.text.strip(), due_on=form.due_on, goal_uuid=form.goal_uuid)
        if changed == stored:
            return None
        self._changed_words = True
        return journal.checkins.save_action(changed)

    # -- the buttons -----------------------------------------------------------------------

    def submit(self) -> None:
        """Add the new action (its draft goes in the same commit), or finish changing one."""
        checkin = self._shown.checkin
        text = self._view.action_text.text().strip()
        if checkin is not None and text and (self._editing is not None or says_something(text)):
            done = self._add(checkin, text) if self._editing is None else self._finish(checkin)
            if done:
                self.changed.emit()
        self._view.action_text.setFocus()

    def _add(self, checkin: CheckIn, text: str) -> bool:
        form = self._on_screen()
        action = Action(str(uuid.uuid4()), text, form.goal_uuid, form.due_on, checkin.uuid, None,
                        self._journal.clock.now())
        key = action_key(checkin.uuid)
        answers = self._answering.uuid if self._answering is not None else None

        def add(journal: Journal) -> Action:
            stored = journal.checkins.save_action(action)
            if answers is not None:  # the feedback now has its action (unless it went, or got one)
                item = next((f for f in journal.checkins.feedback(checkin.uuid) if f.uuid == answers), None)
                if item is not None and item.action_uuid is None:
                    journal.checkins.save_feedback(replace(item, action_uuid=stored.uuid))
            journal.drafts.clear(key)
            return stored

        areas = {Area.ACTION, Area.DRAFT} | ({Area.FEEDBACK} if answers else set())
        uuids = {answers} if answers else set()
        if self._journal.act(areas, add, origin=self._shown.origin, uuids=uuids) is None:
            return False  # the words stay in the form, and in their draft
        settle(self._saver, ACTION_DRAFT, Area.DRAFT, self._write_draft)  # nothing left to keep
        self._open(None, ActionDraft())
        return True

    def _finish(self, checkin: CheckIn) -> bool:
        if not self._saver.flush():
            return False
        self.show_new(checkin)
        return True

    def cancel(self) -> None:
        """Stop changing the action: its words go back to how they were when the form opened. An
        action being written in answer to feedback is let go (the feedback stays as it was)."""
        original = self._editing
        if original is None:
            if self._answering is not None:
                self._let_go_of_answer()
            return
        if self._changed_words:

            def put_back(journal: Journal) -> Action | None:
                stored = journal.checkins.action(original.uuid)
                if stored is None:
                    return None
                back = replace(stored, text=original.text, due_on=original.due_on,
                               goal_uuid=original.goal_uuid)
                return None if back == stored else journal.checkins.save_action(back)

            if self._journal.act(Area.ACTION, put_back, origin=self._shown.origin,
                                 uuids={original.uuid}) is None:
                return  # the form stays as it is; the status line says why
        settle(self._saver, ACTION_CHANGE, Area.ACTION, self._write_change)  # typed, never written: dropped
        changed = self._changed_words
        self.show_new(self._shown.checkin)
        if changed:
            self.changed.emit()

    def _let_go_of_answer(self) -> None:
        checkin = self._shown.checkin
        if checkin is None:
            return
        key = action_key(checkin.uuid)
        if self._journal.act(Area.DRAFT, lambda j: j.drafts.clear(key), origin=self._shown.origin) is None:
            return  # the form stays as it is; the status line says why
        settle(self._saver, ACTION_DRAFT, Area.DRAFT, self._write_draft)  # nothing left to keep
        self._open(None, ActionDraft())
        self._view.action_text.setFocus()
