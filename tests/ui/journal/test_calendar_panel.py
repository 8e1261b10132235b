"""The journal calendar: marks per day from the store, keyboard months, words for every mark."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.domain.timeline import DayMarks, marks_words, month_days, month_of
from app.domain.workbench import CheckIn, MoodCheck
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.calendar_panel import CalendarPanel


def local(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def seed(journal: Journal) -> None:
    for hour in (9, 13, 18):
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "words"),
                           when=local(date(2026, 11, 24), hour))
    journal.feelings.save_mood_check(MoodCheck(str(uuid.uuid4()), local(date(2026, 11, 24), 10), 2))
    moment = local(date(2026, 11, 24), 15)
    journal.checkins.save_checkin(CheckIn(str(uuid.uuid4()), moment, "", "", None, False, "", moment, moment))
    october = EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "october")
    journal.save_entry(october, when=local(date(2026, 10, 2)))


def panel_on(qtbot: QtBot, journal: Journal, day: date) -> CalendarPanel:
    panel = CalendarPanel(ObservedJournal(journal))
    qtbot.addWidget(panel)
    panel.show_day(day)
    panel.show()
    return panel


def test_marks_and_their_words(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)
    panel = panel_on(qtbot, journal, date(2026, 11, 24))
    assert panel.marks[date(2026, 11, 24)] == DayMarks(date(2026, 11, 24), 3, 2, 1)
    expected = "Tuesday 24 November: 3 entries, mood 2 of 5 (low), check-in meeting"
    assert panel.day_label.text() == expected
    assert panel.calendar.accessibleDescription() == expected
    assert panel.calendar.accessibleName() == "Journal calendar"
    assert "check-in meeting" in panel.legend.text() and "you wrote" in panel.legend.text()
    assert panel.legend.accessibleDescription().startswith("A dot under a day")
    panel.show_day(date(2026, 11, 25))
    assert panel.day_label.text() == "Wednesday 25 November: nothing written"


def test_page_keys_turn_the_month_and_reload_its_marks(qtbot: QtBot, journal: Journal) -> None:
    seed(journal)
    panel = panel_on(qtbot, journal, date(2026, 11, 2))
    target = panel.calendar.focusProxy()  # the day grid inside QCalendarWidget takes the keys
    assert target is not None
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_PageUp)
    assert (panel.calendar.yearShown(), panel.calendar.monthShown()) == (2026, 10)
    assert set(panel.marks) == {date(2026, 10, 2)}
    assert panel.day_label.text() == "Friday 2 October: 1 entry"
    qtbot.keyClick(target, Qt.Key.Key_PageDown)
    qtbot.keyClick(target, Qt.Key.Key_Right)
    assert panel.selected_day() == date(2026, 11, 3)


def test_choosing_a_day_emits_it_but_following_the_list_does_not(qtbot: QtBot, journal: Journal) -> None:
    panel = panel_on(qtbot, journal, date(2026, 11, 24))
    chosen: list[date] = []
    panel.day_chosen.connect(chosen.append)
    panel.show_day(date(2026, 11, 20))
    assert chosen == []
    with qtbot.waitSignal(panel.day_chosen):
        panel.calendar.activated.emit(QDate(2026, 11, 20))  # Enter on a day, as the view sends it
    assert chosen == [date(2026, 11, 20)]


def test_marks_reload_when_asked(qtbot: QtBot, journal: Journal) -> None:
    panel = panel_on(qtbot, journal, date(2026, 11, 24))
    assert panel.marks == {}
    seed(journal)
    panel.reload_marks()
    assert panel.marks[date(2026, 11, 24)].entries == 3


def test_domain_helpers() -> None:
    assert len(month_days(2028, 2)) == 29
    assert month_of(date(2026, 1, 15), -1) == (2025, 12)
    assert month_of(date(2026, 12, 1), 1) == (2027, 1)
    assert marks_words(DayMarks(date(2026, 11, 24), 1, None, 2), date(2026, 11, 24)) == (
        "Tuesday 24 November: 1 entry, 2 check-in meetings"
    )
