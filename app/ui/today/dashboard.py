"""Today's overview of the plan: where you are in it, what comes next, how you have been.

Each tile leads to the page where that thing lives.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from app.domain.agenda import open_actions
from app.domain.changes import CHECKIN_RECORDS, PLAN_RECORDS, Area, Change
from app.domain.emotions import strongest
from app.domain.plan_math import days_until, milestone_days, next_milestone, overdue, plan_day, plan_end
from app.domain.schedule import countdown_text
from app.domain.stages import Stage
from app.domain.streaks import streak_length
from app.domain.timeline import local_date
from app.domain.workbench import MOOD_WORDS, GoalStatus, MoodCheck, Plan
from app.i18n import Plural, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.translation import locale_date
from app.ui.widgets.tile import Tile

if TYPE_CHECKING:
    from app.store.journal import Journal

log = logging.getLogger(__name__)

BAR_STEPS = 2**31 - 1  # a progress bar counts in C ints: an absurd plan length is scaled to fit


def _short_date(day: date) -> str:
    return locale_date(day, translate("Dashboard", "ddd d MMM"))


def _days_ago(moment: datetime, today: date) -> str:
    days = (today - local_date(moment)).days
    if days <= 0:
        return translate("Dashboard", "today")
    if days == 1:
        return translate("Dashboard", "yesterday")
    return Plural.tr("%n days ago", "", days)


def plan_summary(plan: Plan, milestones: list[date], today: date) -> tuple[str, str, tuple[int, int]]:
    """The plan tile's value, detail and progress."""
    where = plan_day(plan.start, plan.length_days, today)
    end = plan_end(plan.start, plan.length_days)
    if where.before_start:
        left = days_until(plan.start, today)
        value = (translate("Dashboard", "Starts tomorrow") if left == 1
                 else Plural.tr("Starts in %n days", "", left))
    elif where.after_end:
        value = translate("Dashboard", "Ended {day}").format(day=_short_date(end))
    else:
        value = translate("Dashboard", "Day {day} of {total}").format(day=where.day, total=where.total)
    detail = translate("Dashboard", "Ends {day}").format(day=_short_date(end))
    upcoming = next_milestone(milestones, today)
    if upcoming is not None and not where.after_end:
        left = days_until(upcoming, today)
        if left == 0:
            detail += translate("Dashboard", " · next milestone today")
        elif left == 1:
            detail += translate("Dashboard", " · next milestone tomorrow")
        else:
            detail += Plural.tr(" · next milestone in %n days", "", left)
    return value, detail, _bar(min(where.day, where.total), where.total)


def _bar(done: int, total: int) -> tuple[int, int]:
    """Progress a bar can hold: a plan of 10**18 days still shows how far along it is."""
    if total <= BAR_STEPS:
        return done, total
    return done * BAR_STEPS // total, BAR_STEPS


def mood_summary(check: MoodCheck, today: date) -> tuple[str, str]:
    names = ", ".join(rating.name.lower() for rating in strongest(check.emotions, 3))
    value = translate("Dashboard",
                      "{mood} of 5").format(mood=check.mood) + f" · {MOOD_WORDS.get(check.mood, '').lower()}"
    return value, (f"{names} · " if names else "") + _days_ago(check.at, today)


class Dashboard(QWidget):
    """Signals: page_requested(str key) — a sidebar key such as "journal";
    tool_requested(str key) — a stage whose own tool should open (the plan, the meetings…).
    """

    page_requested = Signal(str)
    tool_requested = Signal(str)

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.plan_tile = Tile(translate("Dashboard", "Your plan"), with_bar=True)
        self.checkin_tile = Tile(translate("Dashboard", "Next check-in"))
        self.goals_tile = Tile(translate("Dashboard", "Goals"))
        self.actions_tile = Tile(translate("Dashboard", "Open actions"))
        self.mood_tile = Tile(translate("Dashboard", "How you have been"))
        self.streak_tile = Tile(translate("Dashboard", "Writing"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        tools = (
            (self.plan_tile, Stage.EXPECTATIONS.value),
            (self.checkin_tile, Stage.CHECKINS.value),
            (self.goals_tile, Stage.EXPECTATIONS.value),
            (self.actions_tile, Stage.CHECKINS.value),
            (self.mood_tile, Stage.FEELINGS.value),
        )
        for index, (tile, key) in enumerate(tools):
            tile.clicked.connect(lambda _=False, k=key: self.tool_requested.emit(k))
            grid.addWidget(tile, index // 3, index % 3)
        self.streak_tile.clicked.connect(lambda: self.page_requested.emit("journal"))
        grid.addWidget(self.streak_tile, 1, 2)
        self.tiles: list[QWidget] = [*(tile for tile, _key in tools), self.streak_tile]  # row by row
        for column in range(3):
            grid.setColumnStretch(column, 1)
        journal.changes.connect(self.apply)

    def apply(self, change: Change) -> None:
        """A change from anywhere (a plan, a check-in, a mood, an entry, an import) redraws the
        tiles that show it, whether or not Today is on screen."""
        if change.wholesale:
            self.refresh()
            return
        now = self._journal.clock.now()
        today = now.astimezone().date()
        if change.touches(PLAN_RECORDS):
            self._show(self.plan_tile, lambda j: self._show_plan(j, today))
        if change.touches(CHECKIN_RECORDS):
            self._show(self.checkin_tile, lambda j: self._show_checkin(j, now))
        if change.touches(Area.MOOD):
            self._show(self.mood_tile, lambda j: self._show_mood(j, today))
        if change.touches(Area.ENTRY):
            self._show(self.streak_tile, lambda j: self._show_streak(j, today))

    def refresh(self, now: datetime | None = None) -> None:
        now = now or self._journal.clock.now()
        today = now.astimezone().date()
        for tile, show in (
            (self.plan_tile, lambda j: self._show_plan(j, today)),
            (self.checkin_tile, lambda j: self._show_checkin(j, now)),
            (self.mood_tile, lambda j: self._show_mood(j, today)),
            (self.streak_tile, lambda j: self._show_streak(j, today)),
        ):
            if not self._show(tile, show):
                self.plan_tile.set_content(translate("Dashboard", "Not available just now"),
                                           translate("Dashboard", "Trustbridge could not read your journal."))
                return

    def _show(self, tile: Tile, show: Callable[[Journal], None]) -> bool:
        """Draw one tile. One tile's record that makes no sense (a plan of no days, a date past the
        calendar's end) leaves that tile saying so, never the Today page unbuilt. False when the
        journal could not be read (the status line says why)."""

        def guarded(store: Journal) -> bool:
            try:
                show(store)
            except (ValueError, OverflowError) as error:
                log.warning("a dashboard tile could not show a record: %s", type(error).__name__)
                tile.set_content(translate("Dashboard", "Can't be shown"),
                                 translate("Dashboard",
                                           "Something stored here is out of range; open it to check."))
            return True

        return self._journal.read(guarded, False)

    def _show_plan(self, store: Journal, today: date) -> None:
        plan = store.plans.current_plan()
        if plan is None:
            self.plan_tile.set_content(translate("Dashboard", "Not set up yet"),
                                       translate("Dashboard",
                                                 "Write down what success looks like, and by when."))
            self.goals_tile.set_content(translate("Dashboard", "No goals yet"),
                                        translate("Dashboard",
                                                  "Add the goals you and your manager agreed on."))
            return
        goals = store.plans.goals(plan.uuid)
        pending = [goal for goal in goals if goal.status != GoalStatus.DONE]
        milestones = sorted(day for goal in pending for day in milestone_days(goal))
        value, detail, progress = plan_summary(plan, milestones, today)
        self.plan_tile.set_content(value, detail, progress=progress)
        if not goals:
            self.goals_tile.set_content(translate("Dashboard", "No goals yet"),
                                        translate("Dashboard",
                                                  "Add the goals you and your manager agreed on."))
            return
        counts = Counter(goal.status for goal in goals)
        value = " · ".join(
            f"{counts[status]} {status.label.lower()}" for status in GoalStatus if counts[status]
        )
        late = overdue(goals, today)
        detail = (Plural.tr("%n past a milestone and not done", "", len(late)) if late
                  else translate("Dashboard", "Nothing overdue"))
        self.goals_tile.set_content(value, detail, highlight=bool(late) or bool(counts[GoalStatus.AT_RISK]))

    def _show_checkin(self, store: Journal, now: datetime) -> None:
        upcoming = store.checkins.next_checkin(now)
        if upcoming is None:
            self.checkin_tile.set_content(translate("Dashboard", "None scheduled"),
                                          translate("Dashboard",
                                                    "Regular check-ins are how trust is rebuilt."))
        else:
            prepared = (translate("Dashboard", "Agenda ready") if upcoming.agenda.strip()
                        else translate("Dashboard", "Prepare the agenda"))
            soon = upcoming.scheduled_at - now < timedelta(days=1)
            when = countdown_text(upcoming.scheduled_at, now)
            when = when[:1].upper() + when[1:]
            self.checkin_tile.set_content(when, prepared, highlight=soon)
        actions = open_actions(store.checkins.actions(open_only=True))
        if not actions:
            self.actions_tile.set_content(translate("Dashboard", "None open"),
                                          translate("Dashboard",
                                                    "Actions agreed at a check-in appear here until done."))
            return
        first = actions[0]
        due = translate("Dashboard",
                        " (due {day})").format(day=_short_date(first.due_on)) if first.due_on else ""
        late = [a for a in actions if a.due_on is not None and a.due_on < local_date(now)]
        value = Plural.tr("%n open", "", len(actions))
        if late:
            value += Plural.tr(" · %n overdue", "", len(late))
        self.actions_tile.set_content(value, f"{first.text}{due}", highlight=bool(late))

    def _show_mood(self, store: Journal, today: date) -> None:
        latest = store.feelings.latest_mood_check()
        if latest is None:
            self.mood_tile.set_content(translate("Dashboard", "No check-in yet"),
                                       translate("Dashboard", "A quick mood check-in takes a minute."))
        else:
            value, detail = mood_summary(latest, today)
            self.mood_tile.set_content(value, detail)

    def _show_streak(self, store: Journal, today: date) -> None:
        days = store.writing_days(today - timedelta(days=60))
        streak = streak_length(days, today)
        value = (translate("Dashboard", "No streak yet") if streak == 0
                 else translate("Dashboard", "1 day in a row") if streak == 1
                 else Plural.tr("%n days in a row", "", streak))
        self.streak_tile.set_content(value, translate("Dashboard",
                                                      "{count} of the last 60 days").format(count=len(days)))
