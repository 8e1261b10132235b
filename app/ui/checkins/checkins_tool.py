"""Check-ins: the meetings with the manager, each prepared, written up and followed up.

The list shows every meeting, the next one first in mind; beside it, the chosen meeting in three
steps: prepare the agenda (checkin_prepare), note what happened (checkin_editor), draft the
follow-up (checkin_follow_up). Everything saves as it is typed; deleting a meeting (or replacing
an agenda the person has edited) can be undone.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.agenda import Question
from app.domain.plan_math import plan_end
from app.domain.schedule import countdown_text, next_checkin, short_day
from app.domain.timeline import local_date, local_time
from app.domain.workbench import Action, CheckIn, Feedback, Goal, Plan
from app.store.errors import StoreError
from app.ui.brief.brief_dialog import BriefDialog, open_brief
from app.ui.checkins.checkin_editor import CheckInEditor
from app.ui.checkins.checkin_follow_up import FollowUpPanel
from app.ui.checkins.checkin_prepare import PreparePanel
from app.ui.checkins.checkin_rows import rating_text
from app.ui.checkins.checkin_saver import AREA, CheckInSaver
from app.ui.checkins.schedule_dialog import ScheduleDialog
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import SaveStatus, field_label, segment_button, shortcut, wrapped_label
from app.ui.widgets.notice import InlineNotice
from app.ui.widgets.one_at_a_time import OneAtATime

UUID_ROLE = Qt.ItemDataRole.UserRole
PREPARE, AFTER, FOLLOW_UP = 0, 1, 2
_LIST_MIN_WIDTH = 250
_LIST_MAX_WIDTH = 340
_STACKED_LIST_HEIGHT = 200  # the meetings list above the details, when the tool is narrow
_SIDE_BY_SIDE_CHARS = 95  # below this many average characters of width, the list goes on top

_STATUS_TEXT = {"editing": "Saving…", "saved": "Saved"}


def meeting_when(checkin: CheckIn) -> str:
    """When a check-in is, in the person's local time: "Thu 12 Mar 2026, 10:00"."""
    local = local_time(checkin.scheduled_at)  # in UTC where local time would leave the calendar
    return f"{short_day(local.date(), with_year=True)}, {local:%H:%M}"


def days_away(when: datetime, now: datetime) -> str:
    """How many of the person's calendar days until a meeting: "today", "tomorrow", "in 5 days"."""
    days = (local_date(when) - local_date(now)).days
    return "today" if days <= 0 else "tomorrow" if days == 1 else f"in {days} days"


def meeting_status(checkin: CheckIn, next_uuid: str | None, now: datetime, *, full: bool = False) -> str:
    """A meeting's state: held and rated, next (with its countdown), coming up, or not marked held.

    The list shows the short form under the date; `full` gives the whole countdown, date included.
    """
    if checkin.held:
        return f"Held · {rating_text(checkin.rating)}" if checkin.rating else "Held · not rated yet"
    if checkin.uuid == next_uuid or checkin.scheduled_at > now:
        label = "Next" if checkin.uuid == next_uuid else "Coming up"
        short = days_away(checkin.scheduled_at, now)
        if full or short == "today":
            return f"{label} · {countdown_text(checkin.scheduled_at, now)}"
        return f"{label} · {short}"
    return "Not marked as held"


@dataclass(frozen=True, slots=True)
class Deleted:
    """A deleted check-in with what the store drops or unlinks with it, for Undo."""

    checkin: CheckIn
    feedback: tuple[Feedback, ...]
    actions: tuple[Action, ...]


class CheckInsTool(QWidget):
    """The Check-ins stage's own tool: schedule, prepare, write up and follow up each meeting."""

    def __init__(self, journal: ObservedJournal, questions: Sequence[Question],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._checkins: list[CheckIn] = []
        self._plan: Plan | None = None
        self._goals: list[Goal] = []
        self._deleted: Deleted | None = None
        self.brief_dialog: BriefDialog | None = None  # the brief window opened last, while it is open
        self.saver = CheckInSaver(journal, self)
        self.saver.saved.connect(self._on_saved)
        self.saver.state_changed.connect(self._show_state)
        self.saver.failed.connect(self._show_failure)

        # -- header
        self.next_label = wrapped_label("", "intro")
        self.next_label.setAccessibleName("Your next check-in")
        self.schedule_button = QPushButton("Schedule check-ins")
        self.schedule_button.setObjectName("primary")
        self.schedule_button.setAccessibleName("Schedule check-ins")
        self.schedule_button.setToolTip("Add one meeting or a repeating series")
        self.schedule_button.clicked.connect(self.schedule_checkins)
        self.next_brief_button = QPushButton("Prepare a brief for the next check-in")
        self.next_brief_button.setAccessibleName("Prepare a brief for the next check-in")
        self.next_brief_button.setToolTip(
            "Everything since your last check-in on one page, to read, print or take along")
        self.next_brief_button.clicked.connect(self.open_next_brief)
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.setSpacing(12)
        self.header.addWidget(self.next_label, 1)
        self.header.addWidget(self.next_brief_button, 0, Qt.AlignmentFlag.AlignTop)
        self.header.addWidget(self.schedule_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notice = InlineNotice("Check-ins notice")

        # -- empty state
        self.empty_label = wrapped_label("", "intro")
        self.empty_label.setAccessibleName("No check-ins yet")
        self.empty_box, empty_layout = card(spacing=8)
        empty_layout.addWidget(wrapped_label("No check-ins yet", "promptText"))
        empty_layout.addWidget(self.empty_label)

        # -- the meetings
        self.meetings_list = QListWidget()
        self.meetings_list.setAccessibleName("Your check-ins, in date order")
        self.meetings_list.setWordWrap(True)
        self.meetings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings_list.currentRowChanged.connect(self._on_row_changed)
        self.delete_button = QPushButton("Delete check-in")
        self.delete_button.setAccessibleName("Delete the selected check-in")
        self.delete_button.setToolTip("Delete this check-in; you can undo it (Delete)")
        self.delete_button.clicked.connect(self.delete_selected)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                           (QKeySequence.StandardKey.Undo, self.undo_delete)):
            shortcut(self.meetings_list, keys, slot, Qt.ShortcutContext.WidgetShortcut)
        meetings_label = field_label("&Meetings", self.meetings_list)
        meetings_label.setObjectName("cardHeading")
        list_header = QHBoxLayout()
        list_header.setSpacing(8)
        list_header.addWidget(meetings_label, 1)
        list_header.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        left.addLayout(list_header)
        left.addWidget(self.meetings_list, 1)
        self.list_box = QWidget()
        self.list_box.setLayout(left)

        # -- the chosen meeting
        self.title_label = wrapped_label("", "promptText")
        self.status_label = wrapped_label("", "muted")
        self.editor = CheckInEditor(journal, self.saver)
        self.prepare = PreparePanel(journal, questions, self.saver)
        self.follow_up = FollowUpPanel(journal, self.saver, self.editor)
        self.editor.actions_changed.connect(self._on_actions_changed)
        self.step_group = QButtonGroup(self)
        self.step_buttons: list[QPushButton] = []
        steps = QHBoxLayout()
        steps.setSpacing(8)
        for index, (text, name) in enumerate((
            ("Prepare", "Prepare: the agenda"),
            ("After the meeting", "After the meeting: notes, feedback and actions"),
            ("Follow-up", "Follow-up message"),
        )):
            button = segment_button(text, name)
            self.step_group.addButton(button, index)
            self.step_buttons.append(button)
            steps.addWidget(button)
        steps.addStretch(1)
        self.brief_button = QPushButton("Brief…")
        self.brief_button.setAccessibleName("Prepare a brief for this check-in")
        self.brief_button.setToolTip(
            "Everything since the check-in before this one, to read, print or take along")
        self.brief_button.clicked.connect(self.open_selected_brief)
        steps.addWidget(self.brief_button)
        self.step_group.idClicked.connect(self.show_step)
        self.steps = OneAtATime()  # only as tall as the step on screen
        for panel in (self.prepare, self.editor, self.follow_up):
            self.steps.add(panel)
        self.save_status = SaveStatus()
        details = QVBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(8)
        details.addWidget(self.title_label)
        details.addWidget(self.status_label)
        details.addLayout(steps)
        details.addSpacing(4)
        details.addWidget(self.steps, 1)
        details.addWidget(self.save_status)
        self.details_box = QWidget()
        self.details_box.setLayout(details)

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(24)
        self.columns.addWidget(self.list_box)
        self.columns.addWidget(self.details_box, 1)
        self.columns_box = QWidget()
        self.columns_box.setLayout(self.columns)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty_box)
        layout.addWidget(self.columns_box, 1)
        layout.addStretch(0)  # takes the spare room only while the meetings are hidden
        self._arrange(side_by_side=True)
        self.refresh()

    # -- the page's calls ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the meetings, the plan and its goals again, keeping the selection."""
        if not self.flush():
            return  # the unsaved text stays on screen; the status says why, and saving is retried
        try:
            self._checkins = self._journal.checkins.checkins()
            self._plan = self._journal.plans.current_plan()
            self._goals = self._journal.plans.goals(self._plan.uuid) if self._plan else []
        except StoreError as error:
            self.notice.tell(f"Couldn't read your check-ins: {error}", error=True)
            return
        current = self.saver.checkin.uuid if self.saver.checkin else None
        self._fill_list(current)

    def flush(self) -> bool:
        saved = self.editor.flush()
        return self.saver.flush() and saved

    def focus_first(self) -> None:
        """Arriving from Today: the next check-in is open, and the keyboard is in the meetings list."""
        upcoming = next_checkin(self._checkins, datetime.now(UTC))
        current = self.saver.checkin
        if upcoming is not None and (current is None or current.held):
            self.show_checkin(upcoming.uuid)
        self.meetings_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_checkin(self, uuid_: str) -> bool:
        """Open one meeting (for the dashboard's "next check-in", and for tests). False if unknown."""
        rows = [c.uuid for c in self._checkins]
        if uuid_ not in rows:
            return False
        self.meetings_list.setCurrentRow(rows.index(uuid_))
        return self.saver.checkin is not None and self.saver.checkin.uuid == uuid_

    # -- the brief -------------------------------------------------------------------------

    def open_selected_brief(self) -> BriefDialog | None:
        """The brief for the check-in on screen, after saving what was typed into it."""
        checkin = self.saver.checkin
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
        moments, ok = ScheduleDialog.ask(self, default_until)
        if ok and moments:
            self.add_checkins(moments)

    def add_checkins(self, moments: Sequence[datetime]) -> list[CheckIn]:
        """Store a check-in at each moment (aware) and show the first of them."""
        if not self.flush():
            return []
        now = datetime.now(UTC)
        added: list[CheckIn] = []
        problem = ""
        try:
            for moment in moments:
                checkin = CheckIn(str(uuid.uuid4()), moment.astimezone(UTC), "", "", None, False, "",
                                  now, now)
                added.append(self._journal.checkins.save_checkin(checkin))
        except StoreError as error:
            problem = str(error)
        if not added:
            self.notice.tell(f"Couldn't schedule the check-ins: {problem}", error=True)
            return []
        self._journal.changed(AREA)
        count = "One check-in" if len(added) == 1 else f"{len(added)} check-ins"
        text = f"{count} added, the first on {meeting_when(added[0])}."
        if problem:
            text = f"Only {len(added)} of {len(moments)} could be added ({problem}). {text}"
        self.notice.offer_undo(text, lambda: self._unschedule(added),
                               name="Undo: remove the check-ins just added", error=bool(problem))
        self._checkins = self._journal.checkins.checkins()
        self._fill_list(added[0].uuid)
        self.meetings_list.setFocus()
        return added

    def _unschedule(self, added: Sequence[CheckIn]) -> None:
        current = self.saver.checkin
        if current is not None and any(c.uuid == current.uuid for c in added) and not self._unbind():
            return
        try:
            for checkin in added:
                self._journal.checkins.delete_checkin(checkin.uuid)
        except StoreError as error:
            self.notice.tell(f"Couldn't remove them all: {error}", error=True)
        self._journal.changed(AREA)
        self.refresh()

    def delete_selected(self) -> None:
        """Delete the chosen check-in, keeping what Undo needs to bring it back whole."""
        checkin = self.saver.checkin
        if checkin is None or not self.flush():
            return
        checkin = self.saver.checkin
        assert checkin is not None
        row = self.meetings_list.currentRow()
        try:
            feedback = tuple(self._journal.checkins.feedback(checkin.uuid))
            actions = tuple(a for a in self._journal.checkins.actions() if a.checkin_uuid == checkin.uuid)
            self._journal.checkins.delete_checkin(checkin.uuid)
        except StoreError as error:
            self.notice.tell(f"Couldn't delete the check-in: {error}", error=True)
            return
        self._deleted = Deleted(checkin, feedback, actions)
        self._unbind()
        self._journal.changed(AREA)
        self.notice.offer_undo(f"Check-in on {meeting_when(checkin)} deleted.", self.undo_delete,
                               name="Undo delete check-in")
        self._checkins = [c for c in self._checkins if c.uuid != checkin.uuid]
        remaining = self._checkins[min(row, len(self._checkins) - 1)].uuid if self._checkins else None
        self._fill_list(remaining)
        (self.meetings_list if self._checkins else self.schedule_button).setFocus()

    def undo_delete(self) -> None:
        deleted = self._deleted
        if deleted is None:
            return
        try:
            self._journal.checkins.save_checkin(deleted.checkin)
            for action in deleted.actions:
                self._journal.checkins.save_action(action)
            for item in deleted.feedback:
                self._journal.checkins.save_feedback(item)
        except StoreError as error:
            self.notice.tell(f"Couldn't bring it back: {error}", error=True)
            return
        self._deleted = None
        self.notice.dismiss()
        self._journal.changed(AREA)
        self._checkins = self._journal.checkins.checkins()
        self._fill_list(deleted.checkin.uuid)
        self.meetings_list.setFocus()

    def _unbind(self) -> bool:
        """Let go of the shown check-in (it is being deleted): its text is saved first."""
        if not self.saver.bind(None):
            return False
        self._show_details(None)
        return True

    # -- the list --------------------------------------------------------------------------

    def _fill_list(self, select_uuid: str | None) -> None:
        now = datetime.now(UTC)
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
            if self.saver.bind(None):
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
        now = datetime.now(UTC)
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
            self.next_label.setText(f"Your next check-in is {countdown_text(upcoming.scheduled_at, now)}.")
        elif self._checkins:
            self.next_label.setText(
                "No check-in is coming up. Schedule the next one while the last is fresh."
            )
        else:
            self.next_label.setText(
                "Meet your manager regularly: short, steady check-ins beat one big review."
            )

    def _empty_text(self) -> str:
        text = (
            "Start by scheduling them: choose Schedule check-ins, then pick the day and time of your "
            "first meeting with your manager and how often you will meet. Each meeting then gets an "
            "agenda to prepare, a place for notes and feedback, and a follow-up message."
        )
        if self._plan is None:
            text += (
                "\n\nIf you write down your plan on the Expectations page first, the schedule can run "
                "to the plan's end, and every agenda will list your goals."
            )
        return text

    def _select(self, row: int, reload: bool = False) -> None:
        blocked = self.meetings_list.blockSignals(True)
        self.meetings_list.setCurrentRow(row)
        self.meetings_list.blockSignals(blocked)
        checkin = self._checkins[row]
        current = self.saver.checkin
        if not reload and current is not None and current.uuid == checkin.uuid:
            return
        self._open(checkin)

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or row >= len(self._checkins):
            return
        checkin = self._checkins[row]
        current = self.saver.checkin
        if current is not None and current.uuid == checkin.uuid:
            return
        self._open(checkin)

    def _open(self, checkin: CheckIn) -> None:
        """Show another check-in, after saving everything about the one on screen."""
        saved_lists = self.editor.flush()
        if not saved_lists or not self.saver.bind(checkin):
            current = self.saver.checkin
            if current is not None and current.uuid != checkin.uuid:
                rows = [c.uuid for c in self._checkins]
                blocked = self.meetings_list.blockSignals(True)
                self.meetings_list.setCurrentRow(rows.index(current.uuid) if current.uuid in rows else -1)
                self.meetings_list.blockSignals(blocked)
            return
        same = self.prepare.shown_uuid == checkin.uuid
        self._show_details(checkin)
        if not same:  # a refresh keeps the step the person was on; another meeting starts where it fits
            upcoming = not checkin.held and checkin.scheduled_at > datetime.now(UTC)
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
            self.title_label.setText("No check-in chosen")
            self.status_label.clear()
            return
        now = datetime.now(UTC)
        upcoming = next_checkin(self._checkins, now)
        self.title_label.setText(f"Check-in on {meeting_when(checkin)}")
        next_uuid = upcoming.uuid if upcoming else None
        self.status_label.setText(meeting_status(checkin, next_uuid, now, full=True))

    def show_step(self, index: int) -> None:
        """0 to prepare, 1 for after the meeting, 2 for the follow-up."""
        self.steps.set_current_index(index)
        self.step_buttons[index].setChecked(True)

    # -- reactions -------------------------------------------------------------------------

    def _on_saved(self, checkin: CheckIn) -> None:
        self._checkins = [checkin if c.uuid == checkin.uuid else c for c in self._checkins]
        self._relabel()
        self._show_heading(checkin)

    def _on_actions_changed(self) -> None:
        self.save_status.show_state("saved", "Saved")

    def _show_state(self, state: str) -> None:
        if state != "error":  # the failure itself says what went wrong
            self.save_status.show_state(state, _STATUS_TEXT.get(state, ""))

    def _show_failure(self, message: str) -> None:
        self.save_status.show_state(
            "error", f"Not saved yet: {message} Your text is safe here; Trustbridge keeps trying."
        )

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when there is room; the list above the meeting when the text is large."""
        super().resizeEvent(event)
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * _SIDE_BY_SIDE_CHARS
        self._arrange(side_by_side=wide)

    def _arrange(self, side_by_side: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() == direction and self.list_box.property("arranged"):
            return
        self.list_box.setProperty("arranged", True)
        self.columns.setDirection(direction)
        self.header.setDirection(direction)
        for button in (self.next_brief_button, self.schedule_button):
            self.header.setAlignment(button, Qt.AlignmentFlag.AlignTop if side_by_side
                                     else Qt.AlignmentFlag.AlignLeft)
        self.editor.set_narrow(not side_by_side)
        if side_by_side:
            self.list_box.setMinimumWidth(_LIST_MIN_WIDTH)
            self.list_box.setMaximumWidth(_LIST_MAX_WIDTH)
            self.meetings_list.setMinimumHeight(0)
            self.meetings_list.setMaximumHeight(16777215)
        else:
            self.list_box.setMinimumWidth(0)
            self.list_box.setMaximumWidth(16777215)
            lines = self.meetings_list.fontMetrics().lineSpacing()
            self.meetings_list.setMinimumHeight(max(_STACKED_LIST_HEIGHT, lines * 8))
            self.meetings_list.setMaximumHeight(max(_STACKED_LIST_HEIGHT, lines * 11))
