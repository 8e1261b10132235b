"""The reminder timer on a real journal with a fixed clock: a reminder due is shown once, in our own
words; a computer asleep over several evenings gets one reminder, not a burst; tonight's written
entry, a check-in ahead and the statement's day are read from the journal and kept while locked."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.clock import FixedClock
from app.domain.records import EntryDraft, EntryKind
from app.domain.reminders import Reminder, ReminderKind, ReminderSettings
from app.domain.workbench import CheckIn
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.shell.reminder_timer import WAKE_CHECK, ReminderTimer
from tests.ui.shell.recording_notifier import RecordingNotifier

Zone = Callable[[str | None], None]
EVENINGS = ReminderSettings(evening=True)
ALL = ReminderSettings(evening=True, checkin_eve=True, statement_morning=True)


@pytest.fixture(autouse=True)
def berlin(local_timezone: Zone) -> None:
    local_timezone("Europe/Berlin")


def berlin_time(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """June 2025 in Berlin (UTC+2)."""
    return datetime(2025, 6, day, hour - 2, minute, second, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(berlin_time(16, 20, 50))  # a Monday, ten to nine in the evening


@pytest.fixture
def gateway(journal: Journal, clock: FixedClock, save_timing: SaveTiming) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=save_timing, clock=clock)


def make_timer(clock: FixedClock, settings: ReminderSettings, gateway: ObservedJournal | None = None
               ) -> tuple[ReminderTimer, RecordingNotifier]:
    notifier = RecordingNotifier()
    timer = ReminderTimer(clock, lambda: settings, notifier)
    timer.follow(gateway)
    if gateway is None:
        timer.plan()
    return timer, notifier


def test_an_evening_reminder_when_its_time_comes_shows_once_in_our_words(
    qtbot: QtBot, clock: FixedClock, gateway: ObservedJournal,
) -> None:
    timer, notifier = make_timer(clock, EVENINGS, gateway)
    assert timer.waiting and timer.next_at == berlin_time(16, 21)
    clock.advance_to(berlin_time(16, 20, 59, 59))
    timer.plan()  # one second before: the timer is set to the reminder's time
    clock.advance_to(berlin_time(16, 21, 0, 1))
    with qtbot.waitSignal(timer.shown, timeout=5_000) as fired:  # the real timer fires
        pass
    reminder = fired.args[0]
    assert isinstance(reminder, Reminder) and reminder.kind is ReminderKind.EVENING
    assert notifier.shown == [
        ("A few minutes for tonight", "Tonight's prompt is waiting whenever you are ready.", "evening")]
    assert timer.look() == []  # looked again at once: nothing new
    assert len(notifier.shown) == 1
    assert timer.next_at == berlin_time(17, 21)  # tomorrow's, and the timer waits for it
    assert timer.waiting


def test_the_timer_waits_at_most_a_few_minutes_so_a_wake_is_noticed(
    clock: FixedClock, gateway: ObservedJournal,
) -> None:
    clock.advance_to(berlin_time(16, 12))
    timer, _ = make_timer(clock, EVENINGS, gateway)
    remaining = timer._timer.remainingTime()
    assert 0 < remaining <= (WAKE_CHECK + timedelta(seconds=1)).total_seconds() * 1000


def test_asleep_over_several_evenings_gives_one_reminder_not_a_burst(
    clock: FixedClock, gateway: ObservedJournal,
) -> None:
    timer, notifier = make_timer(clock, EVENINGS, gateway)
    clock.advance_to(berlin_time(19, 21, 30))  # the laptop slept from Monday until Thursday evening
    shown = timer.look()
    assert [(r.kind, r.day) for r in shown] == [(ReminderKind.EVENING, date(2025, 6, 19))]
    assert len(notifier.shown) == 1


def test_a_wake_long_after_the_evening_says_nothing(clock: FixedClock, gateway: ObservedJournal) -> None:
    timer, notifier = make_timer(clock, EVENINGS, gateway)
    clock.advance_to(berlin_time(17, 7, 30))  # opened at breakfast
    assert timer.look() == [] and notifier.shown == []


def test_no_evening_reminder_once_tonights_entry_is_written(
    clock: FixedClock, gateway: ObservedJournal,
) -> None:
    timer, notifier = make_timer(clock, EVENINGS, gateway)
    written = gateway.act(Area.ENTRY, lambda j: j.save_entry(
        EntryDraft(str(uuid.uuid4()), EntryKind.EVENING, "a few lines"), when=clock.now()))
    assert written is not None
    clock.advance_to(berlin_time(16, 21, 1))
    assert timer.look() == [] and notifier.shown == []
    clock.advance_to(berlin_time(17, 21, 1))  # the next evening is another evening
    assert [r.day for r in timer.look()] == [date(2025, 6, 17)]


def test_the_eve_of_a_check_in_and_the_statements_morning_come_from_the_journal(
    clock: FixedClock, gateway: ObservedJournal,
) -> None:
    timer, notifier = make_timer(clock, ReminderSettings(checkin_eve=True, statement_morning=True), gateway)
    assert timer.next_at is None and not timer.waiting  # nothing ahead yet
    now = clock.now()
    meeting = CheckIn(str(uuid.uuid4()), berlin_time(18, 10), "", "", None, False, "", now, now)
    gateway.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(meeting))
    gateway.act(Area.STATEMENT, lambda j: j.statements.set_say_on(date(2025, 6, 19)))
    assert timer.coming.checkin_days == (date(2025, 6, 18),)  # heard through journal.changes
    assert timer.coming.statement_day == date(2025, 6, 19)
    assert timer.next_at == berlin_time(17, 21)  # the evening before the check-in
    clock.advance_to(berlin_time(17, 21, 5))
    assert [r.kind for r in timer.look()] == [ReminderKind.CHECKIN_EVE]
    clock.advance_to(berlin_time(19, 9, 5))
    assert [r.kind for r in timer.look()] == [ReminderKind.STATEMENT_DAY]
    assert [target for *_, target in notifier.shown] == ["checkin-eve", "statement-day"]


def test_a_statement_already_said_brings_no_morning_reminder(clock: FixedClock,
                                                             gateway: ObservedJournal) -> None:
    timer, _ = make_timer(clock, ReminderSettings(statement_morning=True), gateway)
    gateway.act(Area.STATEMENT, lambda j: j.statements.set_say_on(date(2025, 6, 19)))
    assert timer.next_at == berlin_time(19, 9)
    gateway.act(Area.STATEMENT, lambda j: j.statements.mark_said(date(2025, 6, 16), at=clock.now()))
    assert timer.next_at is None


def test_while_locked_it_keeps_what_it_knew_and_still_reminds(clock: FixedClock,
                                                              gateway: ObservedJournal) -> None:
    timer, notifier = make_timer(clock, ALL, gateway)
    gateway.act(Area.STATEMENT, lambda j: j.statements.set_say_on(date(2025, 6, 17)))
    timer.follow(None)  # the journal locks
    assert timer.coming.statement_day == date(2025, 6, 17)
    clock.advance_to(berlin_time(16, 21, 1))
    assert [r.kind for r in timer.look()] == [ReminderKind.EVENING]
    clock.advance_to(berlin_time(17, 9, 1))
    assert [r.kind for r in timer.look()] == [ReminderKind.STATEMENT_DAY]
    assert all("a few lines" not in title + body for title, body, _ in notifier.shown)


def test_turning_a_reminder_on_after_its_time_does_not_show_it_at_once(clock: FixedClock) -> None:
    settings = [ReminderSettings()]
    notifier = RecordingNotifier()
    timer = ReminderTimer(clock, lambda: settings[0], notifier)
    timer.plan()
    assert not timer.waiting
    clock.advance_to(berlin_time(16, 21, 30))
    settings[0] = EVENINGS
    timer.settings_changed()
    assert timer.look() == [] and timer.next_at == berlin_time(17, 21)
    assert timer.waiting


def test_without_a_notifier_reminders_are_still_worked_out_and_nothing_breaks(clock: FixedClock) -> None:
    timer = ReminderTimer(clock, lambda: EVENINGS, None)
    timer.plan()
    clock.advance_to(berlin_time(16, 21, 1))
    assert [r.kind for r in timer.look()] == [ReminderKind.EVENING]


def test_a_journal_still_opening_is_read_once_it_arrives(journal: Journal, clock: FixedClock,
                                                         save_timing: SaveTiming) -> None:
    journal.statements.set_say_on(date(2025, 6, 18))
    opening = ObservedJournal.opening(lambda: journal, save_timing=save_timing, clock=clock)
    timer, _ = make_timer(clock, ALL, opening)
    assert timer.coming.statement_day is None  # not read while it opens: that would wait for it
    opening.arrive(journal)
    assert timer.coming.statement_day == date(2025, 6, 18)
