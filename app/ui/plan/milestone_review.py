"""A checkpoint's review, taken when its day comes: what success was meant to look like by then,
the evidence logged up to that day, what was met, and what to raise at the next check-in.

The two answers save as they are typed, through a `Saver`, onto the checkpoint
(`journal.milestones.save_review`); "Done" writes them with the moment of the review in one act.
The review is kept: opened again, it shows its words and can be added to. A past plan's reviews
open read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area, Change
from app.domain.milestone_reviews import (
    checkpoint_title,
    goal_at,
    review_of,
    success_words,
)
from app.domain.plan_closing import plan_evidence
from app.domain.timeline import local_date
from app.domain.workbench import Evidence, Goal, MilestoneMark, Plan, PlanMilestone
from app.i18n import translate
from app.i18n_dates import date_words
from app.io.plan_report import long_date
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.plan.plan_report_output import fit_to_font
from app.ui.widgets.form_fields import (
    SaveStatus,
    TextBox,
    field_label,
    goal_title,
    push_button,
    raw_text,
    wrapped_label,
)

if TYPE_CHECKING:
    from app.store.journal import Journal

_WATCHED = (Area.PLAN, Area.GOAL, Area.EVIDENCE)


@dataclass(frozen=True, slots=True)
class ReviewMaterial:
    """What a review looks back on, read at once."""

    plan: Plan
    milestones: tuple[PlanMilestone, ...]
    goals: tuple[Goal, ...]
    evidence: tuple[Evidence, ...]  # the plan's, up to the checkpoint's day

    def holder(self, mark: MilestoneMark) -> PlanMilestone:
        """The checkpoint that keeps the review of `mark`'s day."""
        chosen = next(m for m in self.milestones if m.mark == mark)
        return review_of(self.milestones, chosen)


def read_material(journal: Journal, plan_uuid: str, mark: MilestoneMark) -> ReviewMaterial | None:
    """The review's material, or None when the plan is not there (any more)."""
    plan = next((p for p in journal.plans.plans() if p.uuid == plan_uuid), None)
    if plan is None:
        return None
    milestones = tuple(journal.milestones.milestones(plan_uuid))
    goals = tuple(journal.plans.goals(plan_uuid))
    day = next(m for m in milestones if m.mark == mark).due_on
    evidence = plan_evidence(plan, {g.uuid for g in goals}, journal.plans.evidence(since=plan.start))
    return ReviewMaterial(plan, milestones, goals, tuple(e for e in evidence if e.happened_on <= day))


def goal_lines(material: ReviewMaterial, milestone: PlanMilestone) -> str:
    """Each goal as it was meant to stand at the checkpoint."""
    lines = []
    for goal in material.goals:
        at = goal_at(goal, milestone.due_on)
        line = f"• {goal_title(goal)} — {at.status.label}"
        if at.success.strip():
            line += translate("MilestoneReview", "\n   Success: {success}").format(success=at.success.strip())
        lines.append(line)
    return "\n".join(lines)


def evidence_lines(material: ReviewMaterial) -> str:
    names = {g.uuid: goal_title(g) for g in material.goals}
    lines = []
    for item in material.evidence:
        when = date_words(item.happened_on, translate("MilestoneReview", "%-d %b"))
        line = f"• {when}: {item.text.strip()}"
        if item.goal_uuid in names:
            line += f" ({names[item.goal_uuid]})"
        lines.append(line)
    return "\n".join(lines)


class MilestoneReviewDialog(QDialog):
    """The review of one checkpoint of one plan.

    Signals: reviewed(PlanMilestone) — "Done" stamped the review.
    """

    reviewed = Signal(object)

    def __init__(self, journal: ObservedJournal, plan_uuid: str, mark: MilestoneMark,
                 parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self._journal = journal
        self._plan_uuid = plan_uuid
        self._read_only = read_only
        self._material: ReviewMaterial | None = None
        self._mark = mark
        self.setWindowTitle(translate("MilestoneReview", "Checkpoint review"))
        self.setAccessibleName(translate("MilestoneReview", "Checkpoint review"))
        self.saver = Saver(journal, self, origin=self)
        self._build()
        self.saver.watch("met", Area.PLAN, self._writer(met=True))
        self.saver.watch("to_raise", Area.PLAN, self._writer(met=False))
        self.saver.state_changed.connect(self.status.follow)
        self.saver.failed.connect(lambda text: self.status.say(text, error=True))
        self.met_edit.textChanged.connect(lambda: self._touched("met"))
        self.raise_edit.textChanged.connect(lambda: self._touched("to_raise"))
        self.done_button.clicked.connect(self.finish)
        self.close_button.clicked.connect(self.reject)
        journal.changes.connect(self._on_change)
        self._loading = False
        self.reload(with_words=True)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = wrapped_label("", "promptText")
        self.state_label = wrapped_label("", "muted")
        self.success_label = wrapped_label("")
        self.success_label.setTextFormat(Qt.TextFormat.PlainText)
        self.goals_label = wrapped_label("")
        self.goals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence_heading = wrapped_label("", "cardHeading")
        self.evidence_label = wrapped_label("")
        self.evidence_label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.success_label, self.goals_label, self.evidence_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.met_edit = TextBox(translate("MilestoneReview", "What was met"), translate(
            "MilestoneReview", "What you did by this day, plainly. Small steps count."), 4)
        self.raise_edit = TextBox(translate("MilestoneReview", "What to raise at the next check-in"),
                                  translate("MilestoneReview",
                                            "A question, help you need, progress to mention…"), 3)
        self.status = SaveStatus(translate("MilestoneReview", "Review save status"))
        self.done_button = push_button(translate("MilestoneReview", "Done"),
                                       translate("MilestoneReview", "Done: keep this review"))
        self.done_button.setObjectName("primary")
        self.close_button = push_button(translate("MilestoneReview", "Close"),
                                        translate("MilestoneReview", "Close the review"))

        content = QWidget()
        content.setObjectName("pageBody")
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(8)
        column.addWidget(self.title_label)
        column.addWidget(self.state_label)
        column.addSpacing(4)
        column.addWidget(wrapped_label(translate("MilestoneReview", "What success was meant to look like"),
                                       "cardHeading"))
        column.addWidget(self.success_label)
        column.addWidget(self.goals_label)
        column.addSpacing(4)
        column.addWidget(self.evidence_heading)
        column.addWidget(self.evidence_label)
        column.addSpacing(6)
        column.addWidget(field_label(translate("MilestoneReview", "What was &met"), self.met_edit))
        column.addWidget(self.met_edit)
        column.addWidget(field_label(translate("MilestoneReview", "What to &raise at the next check-in"),
                                     self.raise_edit))
        column.addWidget(self.raise_edit)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 0, 20, 14)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(620, 640)
        fit_to_font(self, 60, 36)

    # -- reading ---------------------------------------------------------------------------

    @property
    def milestone(self) -> PlanMilestone | None:
        """The checkpoint whose review this is, as last read."""
        return self._material.holder(self._mark) if self._material is not None else None

    @property
    def read_only(self) -> bool:
        return self._read_only

    def reload(self, with_words: bool = False) -> None:
        """Read the checkpoint again; its words too when asked (never over unsaved typing)."""
        plan_uuid, mark = self._plan_uuid, self._mark
        material = self._journal.read(lambda j: read_material(j, plan_uuid, mark), None)
        if material is None:
            self.title_label.setText(translate("MilestoneReview", "This checkpoint could not be read."))
            self.done_button.setEnabled(False)
            return
        self._material = material
        holder = material.holder(mark)
        self._show_material(material, holder)
        if with_words and not self.saver.pending:
            self._loading = True
            try:
                for edit, text in ((self.met_edit, holder.met), (self.raise_edit, holder.to_raise)):
                    if raw_text(edit) != text:
                        edit.setPlainText(text)
            finally:
                self._loading = False

    def _show_material(self, material: ReviewMaterial, holder: PlanMilestone) -> None:
        title = checkpoint_title(material.plan.start, holder)
        self.title_label.setText(title)
        self.setWindowTitle(translate("MilestoneReview", "Review: {title}").format(title=title))
        if holder.reviewed_at is not None:
            when = long_date(local_date(holder.reviewed_at))
            more = "" if self._read_only else translate("MilestoneReview",
                                                        " Your words stay here, and you can add to them.")
            self.state_label.setText(translate("MilestoneReview",
                                               "Reviewed on {when}.{more}").format(when=when, more=more))
        elif self._read_only:
            self.state_label.setText(translate("MilestoneReview", "This checkpoint was not reviewed."))
        else:
            self.state_label.setText(translate("MilestoneReview", "A short look back while it is fresh: "
                                                                  "what was meant to happen by now, what "
                                                                  "did, and what to bring to your next "
                                                                  "check-in."))
        success = "\n".join(success_words(material.milestones, holder))
        if not success:
            success = (translate("MilestoneReview", "Nothing was written down for this checkpoint itself; "
                                 "here is where each goal was meant to be.") if material.goals else
                       translate("MilestoneReview", "Nothing was written down for this checkpoint, and the "
                                 "plan has no goals yet."))
        self.success_label.setText(success)
        self.goals_label.setText(goal_lines(material, holder))
        self.goals_label.setVisible(bool(material.goals))
        self.evidence_heading.setText(translate("MilestoneReview", "Evidence up to {day}").format(
            day=date_words(holder.due_on, translate("MilestoneReview", "%-d %B"))))
        self.evidence_label.setText(evidence_lines(material) or
                                    translate("MilestoneReview", "No evidence logged by this day. Small "
                                                                 "progress counts too: add it to the "
                                                                 "plan's evidence when you remember one."))
        self.met_edit.setReadOnly(self._read_only)
        self.raise_edit.setReadOnly(self._read_only)
        self.done_button.setVisible(not self._read_only and holder.reviewed_at is None)
        self.done_button.setEnabled(True)
        self.close_button.setText(translate("MilestoneReview", "Close"))

    # -- saving ----------------------------------------------------------------------------

    def _writer(self, met: bool) -> Callable[[Journal], PlanMilestone | None]:
        def write(journal: Journal) -> PlanMilestone | None:
            holder = self.milestone
            if holder is None:
                return None
            store, uuid_ = journal.milestones, self._plan_uuid
            if met:
                return store.save_review(uuid_, holder.mark, met=raw_text(self.met_edit))
            return store.save_review(uuid_, holder.mark, to_raise=raw_text(self.raise_edit))

        return write

    def _touched(self, key: str) -> None:
        if not self._loading and not self._read_only:
            self.saver.touch(key)

    def finish(self) -> bool:
        """"Done": the words and the moment of the review, in one act."""
        holder = self.milestone
        if holder is None or self._read_only:
            return False
        met, to_raise = raw_text(self.met_edit), raw_text(self.raise_edit)
        now = self._journal.clock.now()
        plan_uuid = self._plan_uuid

        def keep(journal: Journal) -> PlanMilestone:
            return journal.milestones.save_review(plan_uuid, holder.mark, met=met, to_raise=to_raise,
                                                  reviewed_at=now)

        done = self._journal.act(Area.PLAN, keep, origin=self)
        if done is None:
            self.status.say(translate("MilestoneReview", "Couldn't keep the review yet: your words are "
                                                         "still here. Try Done again in a "
                                                         "moment."), error=True)
            return False
        self.saver.forget()
        self.reload()
        self.reviewed.emit(done.value)
        self.accept()
        return True

    def flush(self) -> bool:
        return self._read_only or self.saver.flush()

    def done(self, result: int) -> None:
        """Closing saves what is typed; if it can't be saved, the dialog stays open with the words."""
        if not self.flush():
            return
        super().done(result)

    def _on_change(self, change: Change) -> None:
        if change.made_by(self):
            return
        if change.wholesale or change.touches(*_WATCHED):
            self.reload(with_words=True)


def open_review(journal: ObservedJournal, plan_uuid: str, mark: MilestoneMark, parent: QWidget | None,
                *, read_only: bool = False) -> MilestoneReviewDialog:
    """Open a checkpoint's review beside the window (not blocking it) and return the dialog; it
    goes away when closed."""
    dialog = MilestoneReviewDialog(journal, plan_uuid, mark, parent, read_only=read_only)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

