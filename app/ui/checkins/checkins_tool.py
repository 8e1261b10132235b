"""Check-ins: the meetings with the manager, each prepared, written up and followed up.

The list shows every meeting, the next one first in mind; beside it, the chosen meeting in three
steps: prepare the agenda (checkin_prepare), note what happened (checkin_editor), draft the
follow-up (checkin_follow_up). Everything saves as it is typed, through one Saver; scheduling and
deleting a meeting are one action each, and a deletion (or replacing an agenda the person has
edited) can be undone. The tool follows changes made elsewhere (another window's tool, an
import) from the gateway's `changes`, passing over its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.domain.agenda import Question
from app.domain.changes import CHECKIN_RECORDS, Area, Change
from app.domain.plan_math import plan_end
from app.domain.schedule import countdown_text, next_checkin
from app.domain.workbench import Action, CheckIn, Feedback, Goal, Plan
from app.i18n import Plural, translate
from app.ui.brief.brief_dialog import BriefDialog, open_brief
from app.ui.checkins.checkin_drafts import draft_keys, holds_words
from app.ui.checkins.checkin_editor import CheckInEditor
from app.ui.checkins.checkin_follow_up import FollowUpPanel
from app.ui.checkins.checkin_prepare import PreparePanel
from app.ui.checkins.checkins_view import CheckInsView
from app.ui.checkins.meeting_words import meeting_status, meeting_when
from app.ui.checkins.schedule_dialog import ScheduleDialog
from app.ui.checkins.shown_checkin import ShownCheckIn
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.widgets.form_fields import shortcut

if TYPE_CHECKING:
    from app.store.journal import Journal

__all__ = ["AFTER", "FOLLOW_UP", "PREPARE", "CheckInsTool", "meeting_status", "meeting_when"]

UUID_ROLE = Qt.ItemDataRole.UserRole
PREPARE, AFTER, FOLLOW_UP = 0, 1, 2
# What the tool shows besides its own records: the plan's end and its goals.
SHOWN_AREAS = CHECKIN_RECORDS | {Area.PLAN, Area.GOAL}



@dataclass(frozen=True, slots=True)
class Deleted:
    """A deleted check-in with what the store drops or unlinks with it, for Undo."""

    checkin: CheckIn
    feedback: tuple[Feedback, ...]
    actions: tuple[Action, ...]
    drafts: tuple[tuple[str, str], ...] = ()  # (key, words) of its "add" fields


class CheckInsTool(CheckInsView):
    """The Check-ins stage's own tool: schedule, prepare, write up and follow up each meeting."""

    def __init__(self, journal: ObservedJournal, questions: Sequence[Question],
                 parent: QWidget | None = None) -> None:
        self._journal = journal
        self._checkins: list[CheckIn] = []
        self._plan: Plan | None = None
        self._goals: list[Goal] = []
        self._deleted: Deleted | None = None
        self.brief_dialog: BriefDialog | None = None  # the brief window opened last, while it is open
        # One saver for every field of the meeting on screen, announced as made by this tool.
        self.saver = Saver(journal, origin=self)
        self.shown = ShownCheckIn(self.saver)
        editor = CheckInEditor(journal, self.shown)
        super().__init__(PreparePanel(journal, questions, self.shown), editor,
                         FollowUpPanel(journal, self.shown, editor), parent)
        self.saver.setParent(self)
        self._wire()
        self.refresh()

    def _wire(self) -> None:
        self.saver.saved.connect(self._on_saved)
        self.saver.state_changed.connect(self.save_status.follow)
        self.saver.failed.connect(self._show_failure)
        self.editor.actions_changed.connect(self._on_actions_changed)
        self.editor.checkin_saved.connect(self._on_checkin_saved)
        self.schedule_button.clicked.connect(self.schedule_checkins)
        self.next_brief_button.clicked.connect(self.open_next_brief)
        self.brief_button.clicked.connect(self.open_selected_brief)
        self.meetings_list.currentRowChanged.connect(self._on_row_changed)
        self.delete_button.clicked.connect(self.delete_selected)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                           (QKeySequence.StandardKey.Undo, self.undo_delete)):
            shortcut(self.meetings_list, keys, slot, Qt.ShortcutContext.WidgetShortcut)
        self.step_group.idClicked.connect(self.show_step)
        self._journal.changes.connect(self._on_change)

    @property
    def checkin(self) -> CheckIn | None:
        """The meeting on screen, as last stored."""
        return self.shown.checkin

    def _now(self) -> datetime:
        return self._journal.clock.now()

    # -- the page's calls ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the meetings, the plan and its goals again, keeping the selection."""
        if self.flush():
            self._reread()
        # otherwise the unsaved text stays on screen; the status says why, and saving is retried

    def _reread(self) -> None:
        def read(journal: Journal) -> tuple[list[CheckIn], Plan | None, list[Goal]]:
            plan = journal.plans.current_plan()
            return journal.checkins.checkins(), plan, journal.plans.goals(plan.uuid) if plan else []

        found = self._journal.read(read, None)
        if found is None:  # the status line says why
            self.notice.tell(translate("CheckinsTool", "Couldn't read your check-ins just now."), error=True)
            return
        self._checkins, self._plan, self._goals = found
        self._fill_list(self.checkin.uuid if self.checkin else None)

    def flush(self) -> bool:
        """Save everything typed about the meeting on screen (page change, lock, close)."""
        return self.editor.flush() and self.saver.flush()

    def focus_first(self) -> None:
        """Arriving from Today: the next check-in is open, and the keyboard is in the meetings list."""
        upcoming = next_checkin(self._checkins, self._now())
        current = self.checkin
        if upcoming is not None and (current is None or current.held):
            self.show_checkin(upcoming.uuid)
        self.meetings_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_checkin(self, uuid_: str) -> bool:
        """Open one meeting (for the dashboard's "next check-in", and for tests). False if unknown."""
        rows = [c.uuid for c in self._checkins]
        if uuid_ not in rows:
            return False
        self.meetings_list.setCurrentRow(rows.index(uuid_))
        return self.checkin is not None and self.checkin.uuid == uuid_

    def _on_change(self, change: Change) -> None:
        """A change made elsewhere (another tool, an import) to what this tool shows: read again."""
        if change.made_by(self) or not change.touches(SHOWN_AREAS):
            return
        if self.saver.flush():  # what is typed here is kept, then shown with the news
            self._reread()

    # -- the brief -------------------------------------------------------------------------

    def open_selected_brief(self) -> BriefDialog | None:
        """The brief for the check-in on screen, after saving what was typed into it."""
        checkin = self.checkin
        if checkin is None or not self.flush():
            return None
        return self._open_brief(checkin.uuid)

    def open_next_brief(self) -> BriefDialog | None:
        """The brief for the next check-in (or, with none scheduled, since the last one)."""
        if not self.flush():
            return None
        return self._open_brief(None)

    def _open_brief(self, checkin_uuid: str | None) -> BriefDialog:
        dialog = open_brief(self._journal, self, checkin_uuid)
        self.brief_dialog = dialog
        dialog.destroyed.connect(lambda: self._forget_brief(dialog))
        return dialog

    def _forget_brief(self, dialog: BriefDialog) -> None:
        if self.brief_dialog is dialog:
            self.brief_dialog = None

    # -- scheduling and deleting -----------------------------------------------------------

    def schedule_checkins(self) -> None:
        default_until = plan_end(self._plan.start, self._plan.length_days) if self._plan else None
        moments, ok = ScheduleDialog.ask(self, default_until, self._now())
        if ok and moments:
            self.add_checkins(moments)

    def add_checkins(self, moments: Sequence[datetime]) -> list[CheckIn]:
        """Store a check-in at each moment (aware), all in one action, and show the first of them."""
        if not moments or not self.flush():
            return []
        now = self._now()
        meetings = [CheckIn(str(uuid.uuid4()), moment.astimezone(UTC), "", "", None, False, "", now, now)
                    for moment in moments]
        done = self._journal.act(Area.CHECKIN, lambda j: [j.checkins.save_checkin(c) for c in meetings],
                                 origin=self)
        if done is None:  # nothing was added; the status line says why
            return []
        added = done.value
        if len(added) == 1:
            words = translate("CheckinsTool", "One check-in added, the first on {day}.")
        else:
            words = Plural.tr("%n check-ins added, the first on {day}.", "", len(added))
        self.notice.offer_undo(words.format(day=meeting_when(added[0])), lambda: self._unschedule(added),
                               name=translate("CheckinsTool", "Undo: remove the check-ins just added"))
        self._checkins = sorted([*self._checkins, *added], key=lambda c: c.scheduled_at)
        self._fill_list(added[0].uuid)
        self.meetings_list.setFocus()
        return added

    def _unschedule(self, added: Sequence[CheckIn]) -> None:
        """Undo "add these check-ins": those still empty go; one the person has written in (notes,
        feedback, a draft, a tick) is kept, and the bar says so."""
        if not self.flush():
            return
        wanted = {c.uuid for c in added}

        def remove(journal: Journal) -> tuple[list[str], list[str]]:
            removed: list[str] = []
            kept: list[str] = []
            for checkin in journal.checkins.checkins():  # those still there, as stored now
                if checkin.uuid not in wanted:
                    continue
                if holds_words(journal, checkin):
                    kept.append(checkin.uuid)
                else:
                    journal.checkins.delete_checkin(checkin.uuid)
                    removed.append(checkin.uuid)
            return removed, kept

        done = self._journal.act(CHECKIN_RECORDS, remove, origin=self, uuids=wanted)
        if done is None:  # nothing was removed; the status line says why
            return
        removed, kept = done.value
        current = self.checkin
        if current is not None and current.uuid in removed:
            self._unbind()  # nothing of it is pending: everything was saved above
        self._checkins = [c for c in self._checkins if c.uuid not in removed]
        self._reread()
        if kept:
            if len(kept) == 1:
                words = translate("CheckinsTool", "Kept the check-in you had already written in; delete it "
                                  "yourself if you no longer need it.")
            else:
                words = Plural.tr("Kept %n check-ins you had already written in; delete them yourself if you "
                                  "no longer need them.", "", len(kept))
            self.notice.tell(words)

    def delete_selected(self) -> None:
        """Delete the chosen check-in, keeping what Undo needs to bring it back whole."""
        if self.checkin is None or not self.flush():
            return
        checkin = self.checkin
        assert checkin is not None
        row = self.meetings_list.currentRow()

        def delete(journal: Journal) -> Deleted:
            feedback = tuple(journal.checkins.feedback(checkin.uuid))
            actions = tuple(a for a in journal.checkins.actions() if a.checkin_uuid == checkin.uuid)
            drafts = tuple((key, journal.drafts.get(key)) for key in draft_keys(checkin.uuid))
            journal.checkins.delete_checkin(checkin.uuid)
            for key, _body in drafts:
                journal.drafts.clear(key)  # the half-typed words go with it, and come back with it
            return Deleted(checkin, feedback, actions, tuple((k, b) for k, b in drafts if b))

        done = self._journal.act(CHECKIN_RECORDS | {Area.DRAFT}, delete, origin=self, uuids={checkin.uuid})
        if done is None:
            return
        self._deleted = done.value
        self._unbind()
        self.notice.offer_undo(translate("CheckinsTool", "Check-in on {meeting_when} deleted.").format(
            meeting_when=meeting_when(checkin)), self.undo_delete,
                               name=translate("CheckinsTool", "Undo delete check-in"))
        self._checkins = [c for c in self._checkins if c.uuid != checkin.uuid]
        remaining = self._checkins[min(row, len(self._checkins) - 1)].uuid if self._checkins else None
        self._fill_list(remaining)
        (self.meetings_list if self._checkins else self.schedule_button).setFocus()

    def undo_delete(self) -> None:
        """Bring the deleted check-in back with its feedback and its actions' link, in one commit."""
        deleted = self._deleted
        if deleted is None:
            return

        def restore(journal: Journal) -> CheckIn:
            back = journal.checkins.save_checkin(deleted.checkin)
            for action in deleted.actions:
                journal.checkins.save_action(action)
            for item in deleted.feedback:
                journal.checkins.save_feedback(item)
            for key, body in deleted.drafts:
                journal.drafts.put(key, body)
            return back

        done = self._journal.act(CHECKIN_RECORDS | {Area.DRAFT}, restore, origin=self)
        if done is None:
            return
        self._deleted = None
        self.notice.dismiss()
        self._checkins = sorted([*self._checkins, done.value], key=lambda c: c.scheduled_at)
        self._fill_list(deleted.checkin.uuid)
        self.meetings_list.setFocus()

    def _unbind(self) -> bool:
        """Let go of the shown check-in (it is being deleted): its text is saved first."""
        if not self.shown.bind(None):
            return False
        self._show_details(None)
        return True

    # -- the list --------------------------------------------------------------------------

    def _fill_list(self, select_uuid: str | None) -> None:
        now = self._now()
        upcoming = next_checkin(self._checkins, now)
        blocked = self.meetings_list.blockSignals(True)
        self.meetings_list.clear()
        for checkin in self._checkins:
            item = QListWidgetItem()
            item.setData(UUID_ROLE, checkin.uuid)
            self.meetings_list.addItem(item)
            self._label_item(item, checkin, upcoming, now)
        self.meetings_list.blockSignals(blocked)
        self._show_next(upcoming, now)
        if not self._checkins:
            self.empty_box.show()
            self.columns_box.hide()
            self.empty_label.setText(self._empty_text())
            self.delete_button.setEnabled(False)
            if self.shown.bind(None):
                self._show_details(None)
            return
        self.empty_box.hide()
        self.columns_box.show()
        self.delete_button.setEnabled(True)
        uuids = [c.uuid for c in self._checkins]
        chosen = select_uuid if select_uuid in uuids else upcoming.uuid if upcoming else uuids[-1]
        self._select(uuids.index(chosen), reload=True)

    def _label_item(self, item: QListWidgetItem, checkin: CheckIn, upcoming: CheckIn | None,
                    now: datetime) -> None:
        is_next = upcoming is not None and checkin.uuid == upcoming.uuid
        status = meeting_status(checkin, upcoming.uuid if upcoming else None, now)
        item.setText(f"{meeting_when(checkin)}\n{status}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{meeting_when(checkin)}. {status}")
        font = QFont(self.meetings_list.font())
        font.setBold(is_next)
        item.setFont(font)

    def _relabel(self) -> None:
        now = self._now()
        upcoming = next_checkin(self._checkins, now)
        by_uuid = {c.uuid: c for c in self._checkins}
        for row in range(self.meetings_list.count()):
            item = self.meetings_list.item(row)
            checkin = by_uuid.get(str(item.data(UUID_ROLE)))
            if checkin is not None:
                self._label_item(item, checkin, upcoming, now)
        self._show_next(upcoming, now)

    def _show_next(self, upcoming: CheckIn | None, now: datetime) -> None:
        if upcoming is not None:
            self.next_label.setText(translate(
                "CheckinsTool", "Your next check-in is {countdown_text}.").format(
                    countdown_text=countdown_text(upcoming.scheduled_at, now)))
        elif self._checkins:
            self.next_label.setText(
                translate("CheckinsTool",
                          "No check-in is coming up. Schedule the next one while the last is fresh.")
            )
        else:
            self.next_label.setText(
                translate("CheckinsTool",
                          "Meet your manager regularly: short, steady check-ins beat one big review.")
            )

    def _empty_text(self) -> str:
        text = translate(
            "CheckinsTool",
            "Start by scheduling them: choose Schedule check-ins, then pick the day and time of your "
            "first meeting with your manager and how often you will meet. Each meeting then gets an "
            "agenda to prepare, a place for notes and feedback, and a follow-up message."
        )
        if self._plan is None:
            text += "\n\n" + translate(
                "CheckinsTool",
                "If you write down your plan on the Expectations page first, the schedule can run "
                "to the plan's end, and every agenda will list your goals."
            )
        return text

    def _select(self, row: int, reload: bool = False) -> None:
        blocked = self.meetings_list.blockSignals(True)
        self.meetings_list.setCurrentRow(row)
        self.meetings_list.blockSignals(blocked)
        checkin = self._checkins[row]
        current = self.checkin
        if not reload and current is not None and current.uuid == checkin.uuid:
            return
        self._open(checkin)

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or row >= len(self._checkins):
            return
        checkin = self._checkins[row]
        current = self.checkin
        if current is not None and current.uuid == checkin.uuid:
            return
        self._open(checkin)

    def _open(self, checkin: CheckIn) -> None:
        """Show another check-in, after saving everything about the one on screen (the same one,
        read again, keeps what is half-typed in its "add" fields where it is)."""
        staying = self.checkin is not None and self.checkin.uuid == checkin.uuid
        if not (staying or self.editor.flush()) or not self.shown.bind(checkin):
            current = self.checkin
            if current is not None and current.uuid != checkin.uuid:
                rows = [c.uuid for c in self._checkins]
                blocked = self.meetings_list.blockSignals(True)
                self.meetings_list.setCurrentRow(rows.index(current.uuid) if current.uuid in rows else -1)
                self.meetings_list.blockSignals(blocked)
            return
        same = self.prepare.shown_uuid == checkin.uuid
        self._show_details(checkin)
        if not same:  # a refresh keeps the step the person was on; another meeting starts where it fits
            upcoming = not checkin.held and checkin.scheduled_at > self._now()
            self.show_step(PREPARE if upcoming else AFTER)

    def _show_details(self, checkin: CheckIn | None) -> None:
        self.prepare.show_checkin(checkin)
        self.editor.show_checkin(checkin, self._checkins, self._goals)
        self.follow_up.show_checkin(checkin)
        self._show_heading(checkin)
        self.save_status.clear()
        self.details_box.setEnabled(checkin is not None)

    def _show_heading(self, checkin: CheckIn | None) -> None:
        if checkin is None:
            self.title_label.setText(translate("CheckinsTool", "No check-in chosen"))
            self.status_label.clear()
            return
        now = self._now()
        upcoming = next_checkin(self._checkins, now)
        self.title_label.setText(translate("CheckinsTool", "Check-in on {meeting_when}").format(
            meeting_when=meeting_when(checkin)))
        next_uuid = upcoming.uuid if upcoming else None
        self.status_label.setText(meeting_status(checkin, next_uuid, now, full=True))

    def show_step(self, index: int) -> None:
        """0 to prepare, 1 for after the meeting, 2 for the follow-up."""
        self.steps.set_current_index(index)
        self.step_buttons[index].setChecked(True)

    # -- reactions -------------------------------------------------------------------------

    def _on_saved(self, _change: Change) -> None:
        if self.checkin is not None:
            self._on_checkin_saved(self.checkin)

    def _on_checkin_saved(self, checkin: CheckIn) -> None:
        self._checkins = [checkin if c.uuid == checkin.uuid else c for c in self._checkins]
        self._relabel()
        self._show_heading(checkin)

    def _on_actions_changed(self) -> None:
        self.save_status.show_state("saved", translate("CheckinsTool", "Saved"))

    def _show_failure(self, message: str) -> None:
        self.save_status.show_state("error", message)
