"""The "On this day" lines on Today: what they say, what a click opens, and when they hide."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.catalogue import load_catalogue
from app.domain.changes import Area
from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.today.on_this_day import OnThisDay, ago_text
from app.ui.today.today_page import TodayPage

TODAY = date(2025, 6, 15)


def _write(journal: Journal, day: date, body: str, stage: Stage | None = None, title: str = "") -> str:
    when = datetime.combine(day, time(12)).astimezone().astimezone(UTC)
    kind = EntryKind.REFLECTION if stage else EntryKind.FREE
    draft = EntryDraft(uuid=str(uuid.uuid4()), kind=kind, body=body, stage=stage, title=title)
    return journal.save_entry(draft, when=when).uuid


@pytest.fixture
def widget(qtbot: QtBot, journal: Journal) -> OnThisDay:
    shown = OnThisDay(ObservedJournal(journal))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_hidden_when_nothing_was_written_on_those_days(widget: OnThisDay, journal: Journal) -> None:
    _write(journal, date(2025, 6, 10), "not an anniversary")
    widget.refresh(TODAY)
    assert widget.isHidden()
    assert widget.buttons == []


def test_shows_a_line_per_entry(widget: OnThisDay, journal: Journal) -> None:
    _write(journal, date(2025, 6, 1), "# I own the missed deadline\nand more", stage=Stage.OWNERSHIP)
    _write(journal, date(2024, 6, 15), "body", title="A hard week")

    widget.refresh(TODAY)

    assert not widget.isHidden()
    assert widget.heading.text() == "On this day"
    assert [button.text() for button in widget.buttons] == [
        "2 weeks ago · Ownership · I own the missed deadline",
        "A year ago · Free writing · A hard week",
    ]


def test_buttons_have_names_and_take_keyboard_focus(widget: OnThisDay, journal: Journal) -> None:
    _write(journal, date(2025, 6, 8), "Talked to Dana", stage=Stage.CHECKINS)
    widget.refresh(TODAY)

    (button,) = widget.buttons
    assert button.accessibleName() == "Read again: Check-ins entry from 1 week ago, Sun 8 Jun: Talked to Dana"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_click_and_enter_ask_for_the_entry(qtbot: QtBot, widget: OnThisDay, journal: Journal) -> None:
    wanted = _write(journal, date(2025, 5, 15), "a month ago")
    widget.refresh(TODAY)
    (button,) = widget.buttons

    with qtbot.waitSignal(widget.entry_requested, timeout=1000) as clicked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked.args == [wanted]

    button.setFocus()
    with qtbot.waitSignal(widget.entry_requested, timeout=1000) as pressed:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert pressed.args == [wanted]


def test_refresh_replaces_the_lines(widget: OnThisDay, journal: Journal) -> None:
    gone = _write(journal, date(2025, 6, 8), "soon deleted")
    widget.refresh(TODAY)
    assert len(widget.buttons) == 1
    journal.delete_entry(gone)
    widget.refresh(TODAY)
    assert widget.buttons == []
    assert widget.isHidden()


@pytest.mark.parametrize(
    ("today", "days_ago", "expected"),
    [
        (TODAY, 7, "1 week ago"),
        (TODAY, 28, "4 weeks ago"),
        (TODAY, 31, "1 month ago"),
        (TODAY, 92, "3 months ago"),
        (TODAY, 365, "A year ago"),
        (date(2024, 3, 31), 31, "1 month ago"),
    ],
)
def test_ago_text(today: date, days_ago: int, expected: str) -> None:
    assert ago_text(today, days_ago) == expected


def test_today_page_passes_the_request_on(qtbot: QtBot, journal: Journal) -> None:
    today = date.today()
    wanted = _write(journal, date.fromordinal(today.toordinal() - 7), "last week")
    page = TodayPage(ObservedJournal(journal), load_catalogue())
    qtbot.addWidget(page)
    page.show()

    assert [b.text() for b in page.on_this_day.buttons] == ["1 week ago · Free writing · last week"]
    with qtbot.waitSignal(page.entry_requested, timeout=1000) as requested:
        page.on_this_day.buttons[0].click()
    assert requested.args == [wanted]


def test_an_entry_from_two_weeks_ago_opens_in_the_journal(qtbot: QtBot, open_window: object) -> None:
    """From Today's card to the entry itself, through the main window."""
    from datetime import timedelta

    window = open_window()  # type: ignore[operator]
    written = datetime.combine(date.today() - timedelta(days=14), time(21, 0)).astimezone(UTC)
    draft = EntryDraft(str(uuid.uuid4()), EntryKind.EVENING, "Two weeks ago I was scared.")
    done = window.journal.act(Area.ENTRY, lambda j: j.save_entry(draft, when=written), origin=object())
    assert done is not None
    entry = done.value
    window.show_page("journal")
    window.show_page("today")
    card = window.page("today").on_this_day
    assert card.isVisible() and len(card.buttons) == 1
    qtbot.mouseClick(card.buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_key == "journal"
    assert window.page("journal").current_entry.uuid == entry.uuid
