"""When I will say it, in the workshop: nothing chosen until the person chooses, a suggested day
a press away, any day by keyboard, and a kind question once the day has come."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.clock import FixedClock
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.ownership.say_on_card import NOT_CHOSEN
from app.ui.ownership.say_on_words import long_day, suggested_day
from app.ui.ownership.statement_workshop import StatementWorkshop
from app.ui.widgets.form_fields import qdate
from app.workbench_catalogue import load_check_lists
from tests.ui.ownership.conftest import NOW


@pytest.fixture
def workshop(qtbot: QtBot, observed: ObservedJournal) -> Iterator[StatementWorkshop]:
    widget = StatementWorkshop(observed, load_check_lists())
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    yield widget
    assert widget.flush()


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_no_day_is_chosen_until_the_person_chooses_one(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, clock: FixedClock
) -> None:
    card = workshop.say_on_card
    today = clock.today()
    suggestion = suggested_day(today)
    assert card.state_label.text() == NOT_CHOSEN
    assert journal.statements.draft().say_on is None  # the suggestion is only offered
    assert card.suggest_button.accessibleName() == f"Plan to say it on {long_day(suggestion, today)}"
    assert not card.said_button.isVisible()
    _click(qtbot, card.suggest_button)
    assert journal.statements.draft().say_on == suggestion
    assert card.state_label.text().startswith(f"You plan to say it on {long_day(suggestion, today)}")
    assert card.said_button.isVisible() and not card.suggest_button.isVisible()
    _click(qtbot, card.clear_button)
    assert journal.statements.draft().say_on is None
    assert card.state_label.text() == NOT_CHOSEN


def test_any_day_can_be_picked_by_keyboard(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, clock: FixedClock
) -> None:
    card = workshop.say_on_card
    card.pick_button.setFocus()
    qtbot.keyClick(card.pick_button, Qt.Key.Key_Space)
    assert card.picker.isVisible() and workshop.focusWidget() is card.date_edit
    wanted = clock.today() + timedelta(days=4)
    card.date_edit.setDate(qdate(wanted))
    qtbot.keyClick(card.date_edit, Qt.Key.Key_Return)
    assert journal.statements.draft().say_on == wanted
    assert not card.picker.isVisible()
    assert card.date_edit.minimumDate() == qdate(clock.today())  # no planning in the past
    qtbot.keyClick(card.pick_button, Qt.Key.Key_Space)
    qtbot.keyClick(card.date_edit, Qt.Key.Key_Escape)
    assert not card.picker.isVisible()


def test_once_the_day_has_come_it_asks_kindly_and_remembers_it_was_said(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, clock: FixedClock
) -> None:
    card = workshop.say_on_card
    _click(qtbot, card.suggest_button)
    planned = journal.statements.draft().say_on
    assert planned is not None
    clock.advance_to(NOW + timedelta(days=(planned - clock.today()).days + 2))
    workshop.hide()
    workshop.show()  # shown again two days after the planned day
    assert "Did it happen? Either way is all right" in card.state_label.text()
    assert card.said_button.text() == "Yes, I said it"
    _click(qtbot, card.said_button)
    assert journal.statements.said_on() == clock.today()
    assert journal.statements.draft().say_on == planned  # the plan is kept as it was
    assert card.state_label.text().startswith("You said your statement today.")
    assert card.unsaid_button.isVisible() and not card.pick_button.isVisible()
    _click(qtbot, card.unsaid_button)
    assert journal.statements.said_on() is None
    assert card.pick_button.text() == "Pick a new day…"


def test_a_refused_day_changes_nothing_and_says_so(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_day: date | None) -> None:
        raise StorageUnavailable("The journal could not be saved: the disk is full.")

    monkeypatch.setattr(journal.statements, "set_say_on", refuse)
    _click(qtbot, workshop.say_on_card.suggest_button)
    assert workshop.say_on_card.notice.label.text().startswith("The day could not be saved: ")
    assert workshop.say_on_card.state_label.text() == NOT_CHOSEN


def test_a_day_chosen_elsewhere_is_shown(workshop: StatementWorkshop, observed: ObservedJournal,
                                         clock: FixedClock) -> None:
    day = clock.today() + timedelta(days=1)
    observed.act(Area.STATEMENT, lambda j: j.statements.set_say_on(day), origin=object())
    expected = f"You plan to say it on {long_day(day, clock.today())}, tomorrow."
    assert workshop.say_on_card.state_label.text() == expected
