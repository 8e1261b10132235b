"""The reminder timer: when a reminder's time comes, show it on the desktop (notifier.py).

One single-shot QTimer, set to the next reminder's time (reminders.next_time). This timer is the
feature itself, not a save or a poll. It is set at most WAKE_CHECK ahead, because a computer
asleep does not count the time a timer waits: on waking it fires late, and then (or when the app
becomes active again) it looks at what came due since it last looked, through reminders.due,
which gives the newest of each kind only and nothing far too late: one reminder, never a burst.

What lies ahead (`Coming`: the check-in days, the statement's day) is read from the journal while
it is open and kept while it is locked: reminders keep coming then, since they never say anything
written, and a click on one opens it once the passphrase is typed. Tonight's evening reminder
is left out when tonight's entry is already written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.domain.changes import Area, Change
from app.domain.records import EntryKind
from app.domain.reminders import (
    Coming,
    Reminder,
    ReminderKind,
    ReminderSettings,
    due,
    next_time,
    upcoming_checkin_days,
)

if TYPE_CHECKING:
    from app.domain.clock import Clock
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.shell.notifier import Notifier

log = logging.getLogger(__name__)

WAKE_CHECK = timedelta(minutes=5)  # the longest the timer waits: a wake is noticed within this
WAKE_GAP = timedelta(minutes=2)  # a timer this late means the computer slept (or the clock jumped)
_WATCHED = (Area.CHECKIN, Area.STATEMENT)


def read_coming(journal: Journal, now: datetime) -> Coming:
    """The check-ins still ahead and not held, and the statement's day while it is not said yet."""
    moments = [checkin.scheduled_at for checkin in journal.checkins.checkins() if not checkin.held]
    say_on = journal.statements.draft().say_on if journal.statements.said_on() is None else None
    return Coming(upcoming_checkin_days(moments, now), say_on)


class ReminderTimer(QObject):
    """Signal: shown(Reminder) — a reminder was given to the notifier."""

    shown = Signal(object)

    def __init__(self, clock: Clock, settings: Callable[[], ReminderSettings], notifier: Notifier | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self.notifier = notifier
        self.coming = Coming()
        self._written_on: date | None = None  # the last day known to have an evening entry
        self._journal: ObservedJournal | None = None
        self._since = clock.now()  # a reminder is for a time while Trustbridge runs
        self._expected: datetime | None = None
        self._timer = QTimer(self)  # the reminder timer (see the module's note)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.look)

    # -- what the timer knows --------------------------------------------------------------

    def follow(self, journal: ObservedJournal | None) -> None:
        """The journal now open in the window (None while it is locked or closed: keep what is known)."""
        if self._journal is not None:
            self._journal.changes.disconnect(self._on_change)
        self._journal = journal
        if journal is not None:
            journal.changes.connect(self._on_change)
            if not journal.is_open:  # Today shown before the journal opened: read once it is here
                journal.opened.connect(self.reread, Qt.ConnectionType.SingleShotConnection)
            self.reread()

    def reread(self) -> None:
        """Read what lies ahead and whether tonight is written; then plan again."""
        journal = self._journal
        if journal is None or not journal.is_open:
            self.plan()
            return
        now, today = self._clock.now(), self._clock.today()
        found = journal.read(lambda j: (read_coming(j, now), j.entry_for_day(EntryKind.EVENING, today)), None)
        if found is not None:
            self.coming, entry = found
            if entry is not None:
                self._written_on = today
        self.plan()

    def _on_change(self, change: Change) -> None:
        if change.wholesale or change.touches(*_WATCHED):
            self.reread()
        elif change.touches(Area.ENTRY) and self._written_on != self._clock.today():
            self.reread()  # tonight's entry may have been written: then no evening reminder tonight

    def settings_changed(self) -> None:
        """The person changed the reminders: nothing from before the change comes now."""
        self._since = self._clock.now()
        self.plan()

    # -- the timer -------------------------------------------------------------------------

    @property
    def next_at(self) -> datetime | None:
        """When the next reminder is due (None when none is ahead), for Settings and tests."""
        return next_time(self._settings(), self.coming, self._clock.now())

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()

    def plan(self) -> None:
        now = self._clock.now()
        upcoming = next_time(self._settings(), self.coming, now)
        if upcoming is None:
            self._timer.stop()
            self._expected = None
            return
        wait = min(max(upcoming - now, timedelta(0)), WAKE_CHECK) + timedelta(seconds=1)
        self._expected = now + wait
        self._timer.start(int(wait.total_seconds() * 1000))

    def look(self) -> list[Reminder]:
        """Show what came due since the last look (the timer fired, the computer woke, the app
        became active); then set the timer again."""
        now = self._clock.now()
        if self._expected is not None and now - self._expected > WAKE_GAP:
            log.info("the reminder timer fired late: the computer probably slept")
        reminders = [reminder for reminder in due(self._settings(), self.coming, self._since, now)
                     if not (reminder.kind is ReminderKind.EVENING and reminder.day == self._written_on)]
        self._since = max(self._since, now)
        for reminder in reminders:
            if self.notifier is not None:
                self.notifier.show(reminder.title, reminder.body, reminder.kind.value)
            self.shown.emit(reminder)
        self.plan()
        return reminders
