"""Today's countdown to the day the statement is said: hidden until a day is planned, kind once
the day has passed, gone once it was said, and a way into the workshop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.clock import FixedClock
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.ownership.say_on_words import suggested_day
from app.ui.today.statement_date import THANKS, StatementDateTile

TUESDAY_EVENING = datetime(2026, 3, 3, 20, 0).astimezone()  # the person's own Tuesday evening


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TUESDAY_EVENING)


@pytest.fixture
def observed(journal: Journal, clock: FixedClock) -> ObservedJournal:
    return ObservedJournal(journal, clock=clock)


@pytest.fixture
def tile(qtbot: QtBot, observed: ObservedJournal) -> Iterator[StatementDateTile]:
    widget = StatementDateTile(observed)
    qtbot.addWidget(widget)
    widget.resize(700, 200)
    yield widget


def _elsewhere(observed: ObservedJournal, write: object) -> None:
    assert observed.act(Area.STATEMENT, write, origin=object()) is not None  # type: ignore[arg-type]


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _next_day(clock: FixedClock, days: int, tile: StatementDateTile) -> None:
    clock.advance_to(TUESDAY_EVENING + timedelta(days=days))
    tile.redraw()  # what Today does when it is shown on a new day


def test_hidden_until_a_day_is_planned_then_counts_down(
    tile: StatementDateTile, observed: ObservedJournal, clock: FixedClock
) -> None:
    tile.show()
    assert tile.isHidden()
    _elsewhere(observed, lambda j: j.statements.set_say_on(TUESDAY_EVENING.date() + timedelta(days=3)))
    assert tile.isVisible()
    assert tile.value_label.text() == "You plan to say your statement in 3 days — Friday 6 March"
    assert tile.accessibleName() == "Saying your statement: " + tile.value_label.text()
    assert not tile.said_button.isVisible() and not tile.move_button.isVisible()
    _next_day(clock, 2, tile)
    assert tile.value_label.text() == "You plan to say your statement tomorrow — Friday 6 March"
    _next_day(clock, 3, tile)
    assert tile.value_label.text() == "Today is the day you planned to say your statement"
    assert tile.said_button.isVisible() and not tile.move_button.isVisible()
    _elsewhere(observed, lambda j: j.statements.set_say_on(None))
    assert tile.isHidden()


def test_after_the_day_it_asks_kindly_and_can_move_it_on(
    qtbot: QtBot, tile: StatementDateTile, observed: ObservedJournal, journal: Journal, clock: FixedClock
) -> None:
    tile.show()
    _elsewhere(observed, lambda j: j.statements.set_say_on(TUESDAY_EVENING.date()))
    _next_day(clock, 2, tile)  # Thursday
    assert tile.value_label.text() == "2 days ago you planned to say your statement: did it happen?"
    assert tile.detail_label.text() == "Either way is all right. Mark it said, or pick a new day."
    assert tile.move_button.text() == "Not yet: move it to Mon 9 Mar"
    _click(qtbot, tile.move_button)
    assert journal.statements.draft().say_on == suggested_day(clock.today())
    assert tile.value_label.text() == "You plan to say your statement in 4 days — Monday 9 March"


def test_said_it_thanks_today_and_is_gone_tomorrow(
    qtbot: QtBot, tile: StatementDateTile, observed: ObservedJournal, journal: Journal, clock: FixedClock
) -> None:
    tile.show()
    _elsewhere(observed, lambda j: j.statements.set_say_on(TUESDAY_EVENING.date()))
    changes: list[Change] = []
    observed.changes.connect(changes.append)
    _click(qtbot, tile.said_button)
    assert journal.statements.said_on() == clock.today()
    assert [c.made_by(tile) and c.touches(Area.STATEMENT) for c in changes] == [True]
    assert tile.isVisible() and tile.value_label.text() == THANKS
    assert not tile.said_button.isVisible() and not tile.open_button.isVisible()
    _next_day(clock, 1, tile)
    assert tile.isHidden()


def test_a_refused_mark_changes_nothing(
    qtbot: QtBot, tile: StatementDateTile, observed: ObservedJournal, journal: Journal,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    tile.show()
    _elsewhere(observed, lambda j: j.statements.set_say_on(TUESDAY_EVENING.date()))
    problems: list[str] = []
    observed.problem.connect(problems.append)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StorageUnavailable("The journal could not be saved: the disk is full.")

    monkeypatch.setattr(journal.statements, "mark_said", refuse)
    _click(qtbot, tile.said_button)
    assert problems == ["The journal could not be saved: the disk is full."]  # the status line says it
    assert tile.said_button.isVisible() and tile.value_label.text().startswith("Today is the day")


def test_clicking_it_or_its_link_opens_the_workshop(
    qtbot: QtBot, tile: StatementDateTile, observed: ObservedJournal
) -> None:
    tile.show()
    _elsewhere(observed, lambda j: j.statements.set_say_on(TUESDAY_EVENING.date() + timedelta(days=1)))
    with qtbot.waitSignal(tile.open_workshop, timeout=1000):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tile.open_workshop, timeout=1000):
        tile.open_button.setFocus()
        qtbot.keyClick(tile.open_button, Qt.Key.Key_Space)


def test_an_import_is_followed(tile: StatementDateTile, observed: ObservedJournal, journal: Journal) -> None:
    tile.show()
    journal.statements.set_say_on(TUESDAY_EVENING.date() + timedelta(days=1))
    assert tile.isHidden()  # nothing announced yet
    observed.announce(Change.everything())
    assert tile.isVisible()
