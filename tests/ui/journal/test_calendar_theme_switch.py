"""Switching the theme in Settings redraws the Journal calendar's Saturdays and Sundays in the new
theme's text colour (they are drawn like any other day, set by hand: Qt would paint them red)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.journal.calendar_panel import MarkedCalendar
from app.ui.shell.sidebar import JOURNAL
from app.ui.widgets import theme
from tests.ui.conftest import SessionFactory
from tests.ui.widgets.appearance_state import appearance  # noqa: F401


def weekend_colours(calendar: MarkedCalendar) -> set[str]:
    return {calendar.weekdayTextFormat(day).foreground().color().name()
            for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)}


def test_weekend_days_follow_a_theme_switch_both_ways(
    appearance: None, qapp: QApplication, open_session: SessionFactory  # noqa: F811
) -> None:
    window, session = open_session()
    window.go_to(JOURNAL)
    calendar = window.findChild(MarkedCalendar)
    assert calendar is not None
    assert weekend_colours(calendar) == {theme.LIGHT.text}
    session.set_preferences(session.preferences.with_changes(theme="dark"))
    assert theme.current_palette() is theme.DARK
    assert weekend_colours(calendar) == {theme.DARK.text}  # not the light theme's near-black on dark
    session.set_preferences(session.preferences.with_changes(theme="light"))
    assert weekend_colours(calendar) == {theme.LIGHT.text}
