"""The plan tool's Goals section: the goals in order, beside the chosen goal in full.

A new goal gets milestones spread over the plan; goals move with Alt+Up and Alt+Down; a deleted
goal can be brought back, with the evidence that was linked to it.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area, Change
from app.domain.plan_math import default_goal_milestones, is_overdue, plan_end
from app.domain.workbench import Goal, GoalStatus
from app.i18n import translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.plan.goal_editor import GoalEditor
from app.ui.plan.plan_actions import PlanActions
from app.ui.plan.plan_lists import (
    LINE_ROLE,
    OVERDUE_ROLE,
    STATUS_ROLE,
    GoalDelegate,
    list_beside_editor,
    record_list,
    select_row_quietly,
)
from app.ui.plan.plan_state import PlanRecords
from app.ui.plan.plan_words import goal_line
from app.ui.widgets.form_fields import goal_title, push_button, shortcut, wrapped_label

if TYPE_CHECKING:
    from app.store.journal import Journal


class GoalsSection(QWidget):
    """Add, order, edit and delete the plan's goals (kept in the shared `PlanRecords`).

    Signals: goals_changed() — goals were added, moved, deleted, brought back or saved;
    goal_edited() — the goal on screen was edited (it is saved a moment later);
    evidence_relinked() — deleting or bringing back a goal changed which goal some evidence belongs to;
    count_changed(int); undo_offered(str, object) — something was deleted: what to say, and a
    callable that brings it back (it returns False when that failed). Actions that fail are told
    through `actions.problem`.
    """

    goals_changed = Signal()
    goal_edited = Signal()
    evidence_relinked = Signal()
    count_changed = Signal(int)
    undo_offered = Signal(str, object)

    def __init__(self, journal: ObservedJournal, records: PlanRecords, saver: Saver, actions: PlanActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = journal.clock
        self._records = records
        self._saver = saver
        self._actions = actions
        self._build(journal)
        self._connect()

    def _build(self, journal: ObservedJournal) -> None:
        """The widgets and their layout: the new-goal row, the list with its buttons, the editor."""
        self.new_goal_edit = QLineEdit()
        self.new_goal_edit.setAccessibleName(translate("PlanGoals", "New goal title"))
        self.new_goal_edit.setPlaceholderText(translate("PlanGoals",
                                                        "Name a goal: “Answer support tickets within a day”"))
        self.add_goal_button = push_button(translate("PlanGoals", "Add goal"),
                                           translate("PlanGoals", "Add goal"),
                                           translate("PlanGoals",
                                                     "Add it, with milestones at 30, 60 and 90 days"))
        self.add_goal_button.setObjectName("primary")
        self.add_goal_button.setEnabled(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_goal_edit, 1)
        add_row.addWidget(self.add_goal_button)

        self.goal_list = record_list(translate("PlanGoals", "Goals, in order"), GoalDelegate, 150)
        self.move_up_button = push_button(translate("PlanGoals", "Move up"), translate(
            "PlanGoals", "Move goal up"), translate("PlanGoals", "Move the goal up (Alt+Up)"))
        self.move_down_button = push_button(translate("PlanGoals", "Move down"), translate(
            "PlanGoals", "Move goal down"), translate("PlanGoals", "Move the goal down (Alt+Down)"))
        self.delete_goal_button = push_button(translate("PlanGoals", "Delete"),
                                              translate("PlanGoals", "Delete goal"),
                                              translate("PlanGoals", "Delete it; you can undo that (Delete)"))
        goal_buttons = QHBoxLayout()
        goal_buttons.setSpacing(6)
        goal_buttons.addWidget(self.move_up_button)
        goal_buttons.addWidget(self.move_down_button)
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(self.delete_goal_button)
        self.goal_editor = GoalEditor(journal.clock)
        self.goal_hint = wrapped_label("", "intro")
        self.goal_stack, columns = list_beside_editor(
            self.goal_list, goal_buttons, self.goal_hint, self.goal_editor
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(12)
        layout.addLayout(add_row)
        layout.addWidget(columns, 1)

    def _connect(self) -> None:
        """The goal on screen saves through the tool's saver; the buttons and keys act."""
        self._saver.watch("goal", Area.GOAL, self._save_current_goal)
        self._saver.saved.connect(self._on_saved)
        self.new_goal_edit.returnPressed.connect(self.add_goal)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.new_goal_edit.textChanged.connect(
            lambda text: self.add_goal_button.setEnabled(bool(text.strip())))
        self.goal_list.currentRowChanged.connect(self._on_goal_row)
        self.move_up_button.clicked.connect(lambda: self.move_goal(-1))
        self.move_down_button.clicked.connect(lambda: self.move_goal(1))
        self.delete_goal_button.clicked.connect(self.delete_goal)
        for keys, slot in (("Alt+Up", lambda: self.move_goal(-1)), ("Alt+Down", lambda: self.move_goal(1)),
                           (QKeySequence.StandardKey.Delete, self.delete_goal)):
            shortcut(self.goal_list, keys, slot, Qt.ShortcutContext.WidgetShortcut)
        self.goal_editor.edited.connect(self._on_goal_edited)

    # -- the page's calls ------------------------------------------------------------------

    def show_goals(self) -> None:
        """Show the goals as they are in the records now, keeping the goal on screen."""
        self.fill_list(self.goal_editor.current_uuid)

    def focus_first(self) -> None:
        target = self.goal_list if self._records.goals else self.new_goal_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_goal(self, uuid_: str) -> None:
        row = self._records.goal_row(uuid_)
        if row >= 0:
            self.goal_list.setCurrentRow(row)

    # -- adding, moving, deleting ----------------------------------------------------------

    def add_goal(self) -> None:
        title = self.new_goal_edit.text().strip()
        plan = self._records.plan
        if plan is None or not title:
            self.new_goal_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self._saver.flush():
            return
        now = self._clock.now()
        goal = Goal(
            uuid=str(uuid.uuid4()),
            plan_uuid=plan.uuid,
            title=title,
            success="",
            measure="",
            milestones=default_goal_milestones(plan.start, plan.length_days),
            status=GoalStatus.NOT_STARTED,
            notes="",
            position=max((g.position for g in self._records.goals), default=-1) + 1,
            created_at=now,
            updated_at=now,
        )
        done = self._actions.run(translate("PlanGoals", "Couldn't add the goal"), Area.GOAL,
                                 lambda j: j.plans.save_goal(goal))
        if done is None:
            return
        saved = done.value
        self._records.goals.append(saved)
        self.new_goal_edit.clear()
        self.fill_list(saved.uuid)
        self.goals_changed.emit()
        self.goal_editor.success_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_goal(self, step: int) -> None:
        row = self.goal_list.currentRow()
        target = row + step
        plan = self._records.plan
        if plan is None or row < 0 or not 0 <= target < len(self._records.goals) or not self._saver.flush():
            return
        order = [goal.uuid for goal in self._records.goals]
        order[row], order[target] = order[target], order[row]
        done = self._actions.run(translate("PlanGoals", "Couldn't move the goal"), Area.GOAL,
                                 lambda j: j.plans.reorder_goals(plan.uuid, order))
        if done is None:
            return
        self._take_order(done.value)
        self.fill_list(order[target])
        self.goals_changed.emit()

    def _take_order(self, goals: list[Goal]) -> None:
        """The goals as the journal numbered them; the goal on screen learns its new number."""
        self._records.goals = goals
        shown = self._records.goal_row(self.goal_editor.current_uuid)
        if shown >= 0:
            self.goal_editor.set_position(goals[shown].position)

    def delete_goal(self) -> None:
        row = self.goal_list.currentRow()
        if row < 0 or not self._saver.flush():
            return
        records = self._records
        goal = records.goals[row]
        linked = [e for e in records.evidence if e.goal_uuid == goal.uuid]
        touched = {Area.GOAL, Area.EVIDENCE} if linked else {Area.GOAL}
        uuids = [goal.uuid, *(e.uuid for e in linked)]
        if self._actions.run(translate("PlanGoals", "Couldn't delete the goal"), touched,
                             lambda j: j.plans.delete_goal(goal.uuid),
                             uuids=uuids) is None:
            return
        records.goals.pop(row)
        records.evidence = [replace(e, goal_uuid=None) if e.goal_uuid == goal.uuid else e
                            for e in records.evidence]
        self.goal_editor.set_goal(None)
        remaining = records.goals[min(row, len(records.goals) - 1)].uuid if records.goals else None
        self.fill_list(remaining)
        self.goals_changed.emit()
        self.evidence_relinked.emit()

        def restore() -> bool:
            order = [g.uuid for g in records.goals if g.uuid != goal.uuid]
            order.insert(min(row, len(order)), goal.uuid)

            def bring_back(journal: Journal) -> list[Goal]:
                journal.plans.restore_goal(goal, linked, order)
                return journal.plans.goals(goal.plan_uuid)

            done = self._actions.run(None, touched, bring_back, uuids=uuids)
            if done is None:
                return False
            self._take_order(done.value)
            by_uuid = {item.uuid: item for item in linked}
            records.evidence = [by_uuid.get(e.uuid, e) for e in records.evidence]
            self.fill_list(goal.uuid)
            self.goals_changed.emit()
            self.evidence_relinked.emit()
            self.goal_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True

        self.undo_offered.emit(translate("PlanGoals",
                                         "Goal “{title}” deleted.").format(title=goal_title(goal)), restore)
        self.goal_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the goal on screen ----------------------------------------------------------------

    def _on_goal_row(self, row: int) -> None:
        goals = self._records.goals
        goal = goals[row] if 0 <= row < len(goals) else None
        if goal is not None and goal.uuid == self.goal_editor.current_uuid:
            return
        if not self._saver.flush():  # stay with the unsaved goal
            select_row_quietly(self.goal_list, self._records.goal_row(self.goal_editor.current_uuid))
            return
        self._show_goal(goal)
        self._update_buttons()

    def _show_goal(self, goal: Goal | None) -> None:
        plan = self._records.plan
        default_next = plan_end(plan.start, plan.length_days) if plan else self._clock.today()
        self.goal_editor.set_goal(goal, default_next)
        self.goal_stack.setCurrentWidget(self.goal_editor if goal else self.goal_hint)

    def _on_goal_edited(self) -> None:
        goal = self.goal_editor.goal()
        if goal is None:
            return
        self._saver.touch("goal")
        row = self._records.goal_row(goal.uuid)
        if row >= 0:
            self._records.goals[row] = goal
            self._paint_item(row)
        self.goal_edited.emit()

    def _save_current_goal(self, journal: Journal) -> Goal | None:
        goal = self.goal_editor.goal()
        if goal is None:
            return None
        saved = journal.plans.save_goal(goal)
        self.goal_editor.accept_saved(saved)
        row = self._records.goal_row(saved.uuid)
        if row >= 0:
            self._records.goals[row] = saved
        return saved

    def _on_saved(self, change: Change) -> None:
        if change.touches(Area.GOAL):
            self.goals_changed.emit()

    # -- drawing ---------------------------------------------------------------------------

    def fill_list(self, select: str | None) -> None:
        """List the goals again, choosing `select` (or the first goal)."""
        goals = self._records.goals
        blocked = self.goal_list.blockSignals(True)
        try:
            self.goal_list.clear()
            for row in range(len(goals)):
                self.goal_list.addItem(QListWidgetItem())
                self._paint_item(row)
        finally:
            self.goal_list.blockSignals(blocked)
        row = self._records.goal_row(select)
        if row < 0 and goals:
            row = 0
        select_row_quietly(self.goal_list, row)
        goal = goals[row] if row >= 0 else None
        shown = self.goal_editor.goal()
        if goal is None or shown is None or shown.uuid != goal.uuid or not _same_goal(shown, goal):
            self._show_goal(goal)
        self.goal_hint.setText(
            translate("PlanGoals", "Select a goal to see and change it.") if goals else
            translate("PlanGoals", "No goals yet. Add the first thing your manager expects to see, in a "
                                   "few words. You can then say what success looks like at each milestone "
                                   "and in the end, and how it will be measured.")
        )
        self.goal_stack.setCurrentWidget(self.goal_editor if goal else self.goal_hint)
        self.count_changed.emit(len(goals))
        self._update_buttons()

    def _paint_item(self, row: int) -> None:
        goal = self._records.goals[row]
        item = self.goal_list.item(row)
        if item is None:
            return
        today = self._clock.today()
        line = goal_line(goal, today, self._records.wins(goal.uuid))
        item.setText(goal_title(goal))
        item.setData(STATUS_ROLE, goal.status.value)
        item.setData(LINE_ROLE, line)
        item.setData(OVERDUE_ROLE, is_overdue(goal, today))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     translate("PlanGoals", "Goal {number}: {goal_title}. {label}. {line}.").format(
                         number=row + 1, goal_title=goal_title(goal), label=goal.status.label, line=line))
        item.setToolTip(line)

    def _update_buttons(self) -> None:
        row = self.goal_list.currentRow()
        self.move_up_button.setEnabled(row > 0)
        self.move_down_button.setEnabled(0 <= row < len(self._records.goals) - 1)
        self.delete_goal_button.setEnabled(row >= 0)


def _same_goal(a: Goal, b: Goal) -> bool:
    """Same content, whatever the timestamps."""
    return replace(a, created_at=b.created_at, updated_at=b.updated_at) == b
