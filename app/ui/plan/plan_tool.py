"""The Expectations stage's tool: the written plan, its goals, its checkpoints, who agreed, and the
evidence of progress.

Everything saves as the person types, through one `Saver` (a moment after a pause, at least once a
second while typing goes on, and on flush): there is no Save button to forget. Every other action
(create, add, move, delete, bring back) is one store operation through `PlanActions`. Both announce
a typed change made by this tool; the tool shows changes made elsewhere (evidence added from the
Journal page, an import) and passes over its own. Deletions can be undone from an inline bar.

This module composes the tool: the new-plan card, the header with its row of plan actions, and
five sections, each in a module of its own (plan_goals, plan_checkpoints, plan_alignment,
plan_evidence, and the plan's own form in plan_form).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import PLAN_RECORDS, Area, Change
from app.domain.plan_closing import reopened
from app.domain.plan_math import moved_checkpoints, plan_day
from app.domain.workbench import Alignment, Evidence, Goal, Plan, PlanMilestone, PlanStatus
from app.i18n import QT_TRANSLATE_NOOP, Words, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.plan.plan_actions import PlanActions
from app.ui.plan.plan_alignment import AlignmentSection
from app.ui.plan.plan_checkpoints import CheckpointsSection
from app.ui.plan.plan_closing_actions import PlanClosingActions
from app.ui.plan.plan_evidence import EvidenceSection
from app.ui.plan.plan_form import NewPlanCard, PlanDetailsSection
from app.ui.plan.plan_goals import GoalsSection
from app.ui.plan.plan_state import PlanRecords
from app.ui.plan.plan_words import plan_headline, plan_summary
from app.ui.widgets.flow_layout import WrappingRow, card
from app.ui.widgets.form_fields import SaveStatus, segment_button, wrapped_label
from app.ui.widgets.notice import InlineNotice
from app.ui.widgets.one_at_a_time import OneAtATime

if TYPE_CHECKING:
    from app.store.journal import Journal

SECTIONS = Words("PlanTool", {
    "goals": QT_TRANSLATE_NOOP("PlanTool",
                               "Goals"), "checkpoints": QT_TRANSLATE_NOOP("PlanTool", "Checkpoints"),
    "alignment": QT_TRANSLATE_NOOP("PlanTool",
                                   "Who agreed"), "evidence": QT_TRANSLATE_NOOP("PlanTool", "Evidence"),
    "details": QT_TRANSLATE_NOOP("PlanTool", "Plan details"),
})
_Loaded = tuple[Plan | None, list[Goal], list[Alignment], list[Evidence], list[PlanMilestone]]


class PlanTool(QWidget):
    """The 30/60/90 plan: create it, then keep its goals, agreements and evidence.

    Signals: saved() — an edit or an action reached the journal (and was announced);
    save_failed(str) — a save failed; the text stays on screen and the tool keeps trying.
    """

    saved = Signal()
    save_failed = Signal(str)

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._records = PlanRecords()
        self._stale = False  # a change from elsewhere is still to be shown (our edits could not be saved)
        self._moved: list[PlanMilestone] | None = None  # checkpoints as the last details save left them
        self.saver = Saver(journal, self, origin=self)
        self.saver.watch("details", Area.PLAN, self._save_details)  # first: the plan, then what hangs on it
        self.plan_actions = PlanActions(journal, origin=self, parent=self)
        self._build()
        self._connect()
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        """The widgets and their layout: the new-plan card, or the plan with its sections."""
        self.new_plan_card = NewPlanCard(self._journal.clock)
        self.stack = OneAtATime()  # as tall as the view on screen: the page is the one scroll
        self.create_view = self.new_plan_card
        self.plan_view = self._build_plan_view()
        self.stack.add(self.create_view)
        self.stack.add(self.plan_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_plan_view(self) -> QWidget:
        self.headline_label = wrapped_label("", "promptText")
        self.headline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = wrapped_label("", "muted")
        self.day_bar = QProgressBar()
        self.day_bar.setTextVisible(False)
        self.day_bar.setAccessibleName(translate("PlanTool", "Days of the plan so far"))
        header, header_layout = card((20, 14, 20, 14), spacing=6)
        header_layout.addWidget(self.headline_label)
        header_layout.addWidget(self.day_bar)
        header_layout.addWidget(self.summary_label)
        self.actions_bar = QWidget()  # buttons about the plan as a whole: see add_plan_action
        self._actions_layout = QHBoxLayout(self.actions_bar)
        self._actions_layout.setContentsMargins(0, 4, 0, 0)
        self._actions_layout.setSpacing(8)
        self._actions_layout.addStretch(1)
        self.actions_bar.setVisible(False)
        header_layout.addWidget(self.actions_bar)
        self.closing = PlanClosingActions(self._journal, header_layout, self, self.flush, self.start_new_plan)
        self.add_plan_action(self.closing.end_plan_button)
        self.add_plan_action(self.closing.past_plans_button)

        parts = (self._journal, self._records, self.saver, self.plan_actions)
        self.goals_section = GoalsSection(*parts)
        self.checkpoints_section = CheckpointsSection(self._journal, self._records, self.saver)
        self.alignment_section = AlignmentSection(*parts)
        self.evidence_section = EvidenceSection(*parts)
        self.details_section = PlanDetailsSection(self._journal.clock)
        self.section_group = QButtonGroup(self)
        self.section_group.setExclusive(True)
        self.section_buttons: dict[str, QPushButton] = {}
        self.sections = OneAtATime()
        for (key, text), section in zip(SECTIONS.items(), self._sections(), strict=True):
            button = segment_button(text, translate("PlanTool", "Show {lower}").format(text=text,
                                                                                   lower=text.lower()))
            self.section_group.addButton(button)
            self.section_buttons[key] = button
            self.sections.add(section)
        sections_row = WrappingRow(list(self.section_buttons.values()))
        self.section_keys = list(self.section_buttons)

        self.status_label = SaveStatus()
        self.notice = InlineNotice(translate("PlanTool", "Plan notice"))

        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addWidget(sections_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.status_label)
        self.show_section("goals")
        return view

    def _sections(self) -> tuple[QWidget, ...]:
        """The sections in the order of SECTIONS."""
        return (self.goals_section, self.checkpoints_section, self.alignment_section, self.evidence_section,
                self.details_section)

    def _connect(self) -> None:
        """What saving, the buttons, the sections and changes from elsewhere do."""
        self.saver.saved.connect(self._on_saved)
        self.saver.state_changed.connect(self.status_label.follow)
        self.saver.failed.connect(self._show_failure)
        self.plan_actions.done.connect(lambda _change: self.saved.emit())
        self.new_plan_card.create_button.clicked.connect(self.create_plan)
        self.new_plan_card.cancel_button.clicked.connect(self._cancel_new_plan)
        self.details_section.form.changed.connect(self._on_details_edited)
        self.details_section.new_plan_button.clicked.connect(self.start_new_plan)
        for key, button in self.section_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.show_section(k))
        for key, section in (("goals", self.goals_section), ("alignment", self.alignment_section),
                             ("evidence", self.evidence_section)):
            section.count_changed.connect(lambda count, k=key: self._show_count(k, count))
            section.undo_offered.connect(self._offer_undo)
        self.goals_section.goals_changed.connect(self._on_goals_changed)
        self.goals_section.goal_edited.connect(self._update_header)
        self.goals_section.evidence_relinked.connect(self.evidence_section.fill_list)
        self.evidence_section.evidence_changed.connect(self.goals_section.show_goals)
        self.notice.listen_for_undo_key(self)
        self.plan_actions.problem.connect(self._show_problem)
        self._journal.changes.connect(self._on_change)

    # -- public ----------------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        return self._records.plan

    @property
    def goals(self) -> list[Goal]:
        return list(self._records.goals)

    @property
    def alignments(self) -> list[Alignment]:
        return self.alignment_section.alignments

    @property
    def evidence(self) -> list[Evidence]:
        return list(self._records.evidence)

    @property
    def current_section(self) -> str:
        return self.section_keys[self.sections.current_index()]

    def add_plan_action(self, button: QPushButton) -> None:
        """Put a button about the plan as a whole ("End the plan…", "Past plans") in the header's
        row of actions, after those already there; the caller connects it."""
        self._actions_layout.insertWidget(self._actions_layout.count() - 1, button)
        button.show()  # a widget added to a row already on screen would wait for the event loop
        self.actions_bar.setVisible(True)

    def refresh(self) -> None:
        """Reload from the journal, keeping the selections and whatever is being edited.

        Pending edits are saved first; if they cannot be, nothing is reloaded (the edits stay on
        screen) and the reload happens after the next successful save."""
        if not self.flush():
            self._stale = True
            return
        self._stale = False

        def load(journal: Journal) -> _Loaded:
            plan = journal.plans.current_plan()
            if plan is None:
                return None, [], [], [], []
            return (plan, journal.plans.goals(plan.uuid), journal.plans.alignments(plan.uuid),
                    journal.plans.evidence(), journal.milestones.milestones(plan.uuid))

        loaded = self.plan_actions.read(translate("PlanTool", "Couldn't read the plan"), load, None)
        if loaded is None:
            return
        plan, goals, alignments, evidence, checkpoints = loaded
        records = self._records
        records.plan = plan
        if plan is None:
            self.new_plan_card.start(replacing=None)
            self.stack.set_current_widget(self.create_view)
            return
        records.goals = goals
        # Evidence carries no plan of its own: this plan's is linked to one of its goals, or
        # general and dated since the plan began.
        ours = {goal.uuid for goal in goals}
        records.evidence = [e for e in evidence
                            if e.goal_uuid in ours or (e.goal_uuid is None and e.happened_on >= plan.start)]
        records.sort_evidence()
        self.details_section.form.set_plan(plan)
        self.goals_section.show_goals()
        self.checkpoints_section.show_checkpoints(checkpoints)
        self.alignment_section.show_alignments(alignments)
        self.evidence_section.fill_filter()
        self.evidence_section.fill_list()
        self._update_header()
        self.stack.set_current_widget(self.plan_view)

    def flush(self) -> bool:
        """Save pending edits now. Returns False only when saving failed (the edits stay)."""
        return self.saver.flush()

    def focus_first(self) -> None:
        if self.stack.current_widget() is self.create_view:
            self.new_plan_card.form.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.current_section == "goals":
            self.goals_section.focus_first()
        elif self.current_section == "checkpoints":
            self.checkpoints_section.focus_first()
        else:
            self.section_buttons[self.current_section].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_section(self, key: str) -> None:
        self.section_buttons[key].setChecked(True)
        self.sections.set_current_index(self.section_keys.index(key))

    def undo(self) -> None:
        """Bring back what was deleted last (Ctrl+Z does the same)."""
        self.notice.undo()

    # -- the plan itself -------------------------------------------------------------------

    def create_plan(self) -> None:
        form = self.new_plan_card.form
        now = self._journal.clock.now()
        plan = Plan(
            uuid=str(uuid.uuid4()),
            start=form.start(),
            length_days=form.length_days(),
            manager=form.manager(),
            stakeholders=form.stakeholders(),
            status=PlanStatus.ACTIVE,
            created_at=now,
            updated_at=now,
        )
        if not self.flush():
            return
        previous = self._records.plan

        def create(journal: Journal) -> Plan:
            if previous is not None and previous.status == PlanStatus.ACTIVE:
                journal.plans.save_plan(replace(previous, status=PlanStatus.ENDED))
            return journal.plans.save_plan(plan)

        ended = [previous.uuid] if previous is not None else []
        if self.plan_actions.run(translate("PlanTool", "Couldn't create the plan"), Area.PLAN, create,
                                 uuids=ended) is None:
            return
        self.notice.dismiss()
        self.goals_section.goal_editor.set_goal(None)
        self.alignment_section.alignment_editor.set_alignment(None)
        self.refresh()
        self.show_section("goals")
        self.goals_section.new_goal_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_new_plan(self) -> None:
        if not self.flush():
            return
        self.new_plan_card.start(replacing=self._records.plan)
        self.stack.set_current_widget(self.create_view)
        self.new_plan_card.form.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_new_plan(self) -> None:
        self.stack.set_current_widget(self.plan_view)
        self.details_section.new_plan_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_details_edited(self) -> None:
        self.saver.touch("details")
        self._update_header()

    def _save_details(self, journal: Journal) -> Plan | None:
        plan = self._records.plan
        if plan is None:
            return None
        self._moved = None
        form = self.details_section.form
        changed = replace(plan, start=form.start(), length_days=form.length_days(), manager=form.manager(),
                          stakeholders=form.stakeholders(), status=form.status() or plan.status)
        if changed.status is PlanStatus.ACTIVE and plan.status is not PlanStatus.ACTIVE:
            changed = reopened(changed)  # running again: how it ended no longer holds
        saved = journal.plans.save_plan(changed)
        # The checkpoints are days of the plan: they move with it, in the same save. (Compared with
        # the file, not with what was on screen: a save that failed halfway left the file as it was.)
        moved = moved_checkpoints(journal.milestones.milestones(plan.uuid), saved.start, saved.length_days)
        for checkpoint in moved:
            journal.milestones.save_milestone(checkpoint)
        if moved:
            self._moved = journal.milestones.milestones(plan.uuid)
        self._records.plan = saved
        return saved

    # -- reactions -------------------------------------------------------------------------

    def _on_goals_changed(self) -> None:
        self.evidence_section.fill_filter()
        self._update_header()

    def _show_count(self, key: str, count: int) -> None:
        text = SECTIONS[key]
        self.section_buttons[key].setText(f"{text} ({count})" if count else text)

    def _on_change(self, change: Change) -> None:
        """Something the tool shows changed elsewhere (evidence from the Journal page, an import)."""
        if self.saver.is_own(change) or not change.touches(PLAN_RECORDS):
            return
        self.refresh()

    def _on_saved(self, _change: Change) -> None:
        if self._moved is not None:
            self.checkpoints_section.show_checkpoints(self._moved)
            self._moved = None
        self.saved.emit()
        if self._stale:
            self.refresh()

    # -- undo, problems and status ---------------------------------------------------------

    def _offer_undo(self, text: str, restore: Callable[[], bool]) -> None:
        def undo() -> None:
            # Pending edits first: bringing a record back shows it in its editor.
            if not self.flush() or not restore():  # keep the way back open: it may work in a moment
                reason = self.plan_actions.last_problem
                said = translate("PlanTool", "Couldn't bring it back: {reason}").format(
                    reason=reason) if reason else translate("PlanTool", "Couldn't bring it back.")
                self.notice.offer_undo(said, undo, name=translate("PlanTool", "Undo the deletion"),
                                       error=True)
                return
            self._update_header()

        self.notice.offer_undo(text, undo, name=translate("PlanTool", "Undo the deletion"))

    def _show_problem(self, text: str) -> None:
        """An action failed: say so inline, keep what is on screen."""
        self.notice.tell(text, error=True)

    def _show_failure(self, message: str) -> None:
        """`message` is the saver's; the reason is the one the gateway gave the status line."""
        reason = self.plan_actions.last_problem
        self.status_label.show_state("error", translate("PlanTool", "Not saved yet: {reason} Your changes "
                                                                    "are safe in this window; Trustbridge "
                                                                    "keeps trying.").format(
                                                                        reason=reason) if reason else message)
        self.save_failed.emit(reason or message)

    def _update_header(self) -> None:
        plan = self._records.plan
        if plan is None:
            return
        form = self.details_section.form
        shown = replace(plan, start=form.start(), length_days=form.length_days(), manager=form.manager(),
                        stakeholders=form.stakeholders(), status=form.status() or plan.status)
        today = self._journal.clock.today()
        headline = plan_headline(shown, self._records.goals, today)
        self.headline_label.setText(headline)
        self.headline_label.setAccessibleName(headline)
        self.summary_label.setText(plan_summary(shown, self._records.goals, today))
        where = plan_day(shown.start, shown.length_days, today)
        self.day_bar.setRange(0, shown.length_days)
        self.day_bar.setValue(0 if where.before_start else where.day)
        self.day_bar.setAccessibleDescription(headline)
        self.day_bar.setVisible(shown.status == PlanStatus.ACTIVE)
        self.closing.show_plan(plan)
