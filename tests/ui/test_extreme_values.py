"""A journal holding values at the ends of the calendar opens: the Today page shows, not "Opening…".

The plan of 10**18 days from 31 December 9999 used to raise OverflowError while the Today page
was built, so the window stayed on "Opening your journal…" at every start. Where local time
would fall off the calendar (year 9999 east of Greenwich), it is shown in UTC instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.main_window import TODAY
from app.ui.today_page import TodayPage
from tests.extreme_journal import build_extreme_journal, local_zone
from tests.ui.conftest import SessionFactory


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York"])
def test_the_app_opens_a_journal_at_the_ends_of_the_calendar(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, zone: str
) -> None:
    build_extreme_journal(data_dir)
    with local_zone(zone):
        window, session = open_session()  # waits for `opened`: the pages were attached
        assert session.is_open
        assert window.current_key == TODAY
        page = window.current_page()
        assert isinstance(page, TodayPage)
        dashboard = page.dashboard
        assert dashboard.plan_tile.value_label.text().startswith("Starts in ")
        assert dashboard.plan_tile.detail_label.text().startswith("Ends Fri 31 Dec")
        assert dashboard.checkin_tile.value_label.text().startswith("In ")
        assert dashboard.mood_tile.value_label.text().startswith("3 of 5")
        assert all(button.isEnabled() for button in window.nav_buttons.values())
        page.refresh()  # and again, as on every return to the page
