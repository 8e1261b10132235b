"""Today's one-time offer of the evening reminder: after the third evening written, answered once,
never again; and never popping up above the entry while the person writes it."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.store.preferences import load_preferences
from app.ui.shell.main_window import JOURNAL, TODAY, MainWindow
from app.ui.shell.session import JournalSession
from app.ui.today.reminder_offer import ReminderOffer
from app.ui.today.today_page import TodayPage
from app.ui.widgets import desktop_abilities
from tests.ui.conftest import SessionFactory


@pytest.fixture(autouse=True)
def a_desktop_that_shows_notifications(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen has no tray and no notification service: answer as a desktop with one does."""
    monkeypatch.setattr(desktop_abilities, "can_remind", lambda: True)


def evenings_before(session: JournalSession, count: int, *, first: int = 1) -> None:
    """Evening entries written on `count` earlier days (yesterday, the day before, ...)."""
    journal, observed = session.journal, session.observed
    assert journal is not None and observed is not None
    now = observed.clock.now()
    for back in range(first, first + count):
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.EVENING, f"evening {back}"),
                           when=now - timedelta(days=back))


def offer_of(window: MainWindow) -> ReminderOffer:
    page = window.page(TODAY)
    assert isinstance(page, TodayPage)
    offers = page.findChildren(ReminderOffer)
    assert len(offers) == 1
    return offers[0]


def back_to_today(window: MainWindow) -> None:
    window.go_to(JOURNAL)
    window.go_to(TODAY)


def test_the_offer_comes_after_the_third_evening_and_no_thanks_ends_it_for_good(
    open_session: SessionFactory, qtbot: QtBot,
) -> None:
    window, session = open_session()
    offer = offer_of(window)
    evenings_before(session, 2)
    back_to_today(window)
    assert not offer.isVisible()  # two evenings: not yet
    evenings_before(session, 1, first=3)
    back_to_today(window)
    assert offer.isVisible()
    assert offer.accessibleName() == "Evening reminder"
    assert "21:00" in offer.text_label.text() and "never shows what you wrote" in offer.text_label.text()
    assert offer.yes_button.text() == "Turn on the evening reminder"
    assert offer.no_button.accessibleName() == "No thanks, no reminder"
    qtbot.mouseClick(offer.no_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    kept = load_preferences(session.data_dir)
    assert kept.reminders_offered and not kept.reminder_evening
    evenings_before(session, 1, first=4)
    back_to_today(window)
    assert not offer.isVisible()  # never again


def test_turning_it_on_keeps_the_answer_and_turns_the_evening_reminder_on(
    open_session: SessionFactory, qtbot: QtBot,
) -> None:
    window, session = open_session()
    evenings_before(session, 3)
    back_to_today(window)
    offer = offer_of(window)
    assert offer.isVisible()
    with qtbot.waitSignal(session.preferences_applied):
        qtbot.mouseClick(offer.yes_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert session.preferences.reminder_evening and session.preferences.reminders_offered
    assert load_preferences(session.data_dir).reminder_evening


def test_not_offered_to_someone_who_already_turned_a_reminder_on(open_session: SessionFactory) -> None:
    window, session = open_session()
    session.set_preferences(session.preferences.with_changes(reminder_checkin_eve=True))
    evenings_before(session, 5)
    back_to_today(window)
    assert not offer_of(window).isVisible()


def test_it_does_not_appear_above_the_entry_while_tonights_is_written(
    open_session: SessionFactory, qtbot: QtBot,
) -> None:
    window, session = open_session()
    evenings_before(session, 2)
    back_to_today(window)
    page = window.page(TODAY)
    assert isinstance(page, TodayPage)
    offer = offer_of(window)
    qtbot.keyClicks(page.card.editor.text_edit, "The third evening.")
    qtbot.waitUntil(lambda: not page.autosaver.pending)
    assert not offer.isVisible()  # the entry is not pushed down while it is written
    back_to_today(window)
    assert offer.isVisible()  # the next time Today comes into view


def test_a_setting_turned_on_elsewhere_takes_the_offer_away(open_session: SessionFactory) -> None:
    window, session = open_session()
    evenings_before(session, 3)
    back_to_today(window)
    offer = offer_of(window)
    assert offer.isVisible()
    session.set_preferences(session.preferences.with_changes(reminder_evening=True))  # in Settings
    assert not offer.isVisible()


def test_not_offered_where_no_reminder_could_show(open_session: SessionFactory,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop_abilities, "can_remind", lambda: False)
    window, session = open_session()
    evenings_before(session, 3)
    back_to_today(window)
    assert not offer_of(window).isVisible()
    assert not session.preferences.reminders_offered  # still to offer, should it ever be possible
