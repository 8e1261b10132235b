"""A journal holding values at the ends of the calendar opens: the Today page shows, not "Opening…".

The plan of 10**18 days from 31 December 9999 used to raise OverflowError while the Today page
was built, so the window stayed on "Opening your journal…" at every start. Where local time
would fall off the calendar (year 9999 east of Greenwich), it is shown in UTC instead.

Every page, every stage tool and every list is then visited and painted in a zone east and one
west of Greenwich: a Python exception inside a paint or data() override takes the whole process
down, so one odd record must never raise there.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.limits import MAX_PLAN_DAYS
from app.domain.stages import Stage
from app.domain.workbench import CheckIn, MoodCheck, StatementParts
from app.paths import database_path
from app.store.journal import Journal
from app.ui.checkins.checkins_tool import CheckInsTool
from app.ui.feelings.feelings_tool import FeelingsTool
from app.ui.journal.journal_page import JournalPage
from app.ui.ownership.statement_workshop import StatementWorkshop
from app.ui.plan.plan_tool import PlanTool
from app.ui.search.search_page import SearchPage
from app.ui.shell.main_window import JOURNAL, SEARCH, TODAY, WINDOW_STATE_FILE, MainWindow
from app.ui.stages.stage_page import StagePage
from app.ui.today.today_page import TodayPage
from tests.extreme_journal import FIRST, ORDINARY, YEAR_9999, YEAR_ONE, build_extreme_journal, local_zone
from tests.ui.conftest import SessionFactory

if TYPE_CHECKING:
    from app.ui.shell.session import JournalSession

MEETING_UUID = "eeeeeeee-0000-4000-8000-000000000201"
EARLY_MEETING = "eeeeeeee-0000-4000-8000-000000000202"
EAST_AND_WEST = ["Asia/Tokyo", "America/New_York"]


@pytest.mark.parametrize("zone", EAST_AND_WEST)
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


def _remember_page(data_dir: Path, key: str) -> None:
    """The page the window shows first at the next start, as the window itself stores it."""
    (data_dir / WINDOW_STATE_FILE).write_text(f"[General]\npage={key}\n", encoding="utf-8")


def _paint(widget: QWidget) -> None:
    """Draw it for real (every delegate's paint, every model's data), off screen."""
    assert not widget.grab().isNull()
    QApplication.processEvents()


def _every_row_said(view: QAbstractItemView) -> list[str]:
    """What each row of a list says: its text, its words for a screen reader, its tooltip."""
    model = view.model()
    said = []
    for row in range(model.rowCount(QModelIndex())):
        index = model.index(row, 0)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            index.data(role)
        said.append(str(index.data(Qt.ItemDataRole.AccessibleTextRole)))
        view.setCurrentIndex(index)  # selecting a row opens it and turns the calendar to its day
        _paint(view.window())
    return said


def _shows_every_entry(said: list[str]) -> None:
    """Each entry has its row, newest first, said with its date; none had to be shown plainly."""
    assert len(said) == 3
    newest_first = ((YEAR_9999, " 9999:"), (ORDINARY, " 2026:"), (YEAR_ONE, " 1:"))
    for words, (body, year) in zip(said, newest_first, strict=True):
        assert body in words and year in words, words


@pytest.mark.parametrize("zone", EAST_AND_WEST)
def test_the_journal_page_shown_first_paints_a_list_holding_the_ends_of_the_calendar(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, zone: str
) -> None:
    """With the Journal the last page shown, its list is the first thing painted at start."""
    build_extreme_journal(data_dir)
    _remember_page(data_dir, JOURNAL)
    with local_zone(zone):
        window, session = open_session()
        assert session.is_open and window.current_key == JOURNAL
        page = window.current_page()
        assert isinstance(page, JournalPage)
        _paint(window)
        _shows_every_entry(_every_row_said(page.list_view))
        assert page.current_entry is not None and page.current_entry.body == YEAR_ONE  # the last one selected
        assert window.isVisible()


def _visit_stage(window: MainWindow, stage: Stage) -> QWidget:
    window.open_tool(stage.value)
    page = window.current_page()
    assert isinstance(page, StagePage) and page.tool is not None
    _paint(window)
    page.show_view(0)
    _paint(window)
    page.show_view(1)
    return page.tool


def _visit_sections(window: MainWindow, tool: QWidget) -> None:
    """Each section of a tool that has them, painted in turn."""
    keys: list[str] = list(getattr(tool, "section_buttons", {}))
    for key in keys:
        tool.show_section(key)  # type: ignore[attr-defined]
        _paint(window)


def _visit_journal(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(JOURNAL)
    page = window.current_page()
    assert isinstance(page, JournalPage)
    _paint(window)
    _shows_every_entry(_every_row_said(page.list_view))
    for day in (date(1, 1, 1), date(9999, 12, 31), date(2026, 3, 2), date(1, 1, 2), date(9999, 12, 30)):
        page.calendar.show_day(day)
        page.calendar.reload_marks()
        _paint(window)
        page.show_day(day)  # a click on the day: the list goes to it
        _paint(window)
    page.calendar.calendar.setCurrentPage(9999, 12)
    page.calendar.calendar.showNextMonth()
    page.calendar.calendar.setCurrentPage(1, 1)
    page.calendar.calendar.showPreviousMonth()
    _paint(window)


def _visit_search(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(SEARCH)
    page = window.current_page()
    assert isinstance(page, SearchPage)
    for query, found in (("written", 3), ("year one", 1), ("9999", 1), ("ordinary", 1)):
        with qtbot.waitSignal(page.results_ready, timeout=10_000) as blocker:
            page.query_edit.setText(query)
            page.search_now()
        assert blocker.args == [found], query
        _paint(window)
        _every_row_said(page.list_view)
    page.newest_button.click()
    _paint(window)


def _visit_today(_qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(TODAY)
    _paint(window)


def _visit_ownership(_qtbot: QtBot, window: MainWindow) -> None:
    tool = _visit_stage(window, Stage.OWNERSHIP)
    assert isinstance(tool, StatementWorkshop)
    _paint(window)
    assert len(tool.versions) == 2  # the versions written in year 1 and "at the end of 9999" are listed
    tool.select_versions(1, 2)
    _paint(window)
    compare = tool.compare_selected()
    assert compare is not None
    _paint(compare)
    compare.close()


def _visit_feelings(_qtbot: QtBot, window: MainWindow) -> None:
    tool = _visit_stage(window, Stage.FEELINGS)
    assert isinstance(tool, FeelingsTool)
    _visit_sections(window, tool)
    tool.show_section("chart")
    tool.chart.resize(900, 500)
    _paint(window)
    assert tool.chart.check_count == 2 and len(tool.chart.points) == 2  # drawn, from year 1
    assert "from 1 Jan 1 to 3 Mar 2026" in tool.chart.accessibleDescription()


def _visit_expectations(_qtbot: QtBot, window: MainWindow) -> None:
    tool = _visit_stage(window, Stage.EXPECTATIONS)
    assert isinstance(tool, PlanTool)
    assert tool.plan is not None and tool.plan.length_days == 10**18
    _visit_sections(window, tool)
    tool.show_section("details")
    _paint(window)
    assert tool.details_section.form.custom_days.value() == MAX_PLAN_DAYS  # as far as the form goes


def _visit_checkins(_qtbot: QtBot, window: MainWindow) -> None:
    tool = _visit_stage(window, Stage.CHECKINS)
    assert isinstance(tool, CheckInsTool)
    for meeting in (MEETING_UUID, EARLY_MEETING):  # "at the end of 9999" and in year 1: each opens
        assert tool.show_checkin(meeting)
        for step in range(len(tool.step_buttons)):
            tool.show_step(step)
            _paint(window)


VISITS = {
    "today": _visit_today,
    "ownership": _visit_ownership,
    "feelings": _visit_feelings,
    "expectations": _visit_expectations,
    "checkins": _visit_checkins,
    "journal": _visit_journal,
    "search": _visit_search,
}


def _build(data_dir: Path) -> None:
    """The extreme journal, with a second mood check-in (so the chart draws a line from year 1), and
    a meeting and a statement version in year 1 too (west of Greenwich, that is where time overflows)."""
    build_extreme_journal(data_dir)
    when = datetime(2026, 3, 3, 9, tzinfo=UTC)
    journal = Journal.open(data_dir)
    try:
        journal.feelings.save_mood_check(MoodCheck("eeeeeeee-0000-4000-8000-000000000302", when, 4))
        journal.checkins.save_checkin(CheckIn(EARLY_MEETING, when, "", "", None, False, "", when, when))
        early_version = journal.statements.save_version(StatementParts(what_is_true="Early."), "Early.")
    finally:
        journal.close()
    with closing(sqlite3.connect(database_path(data_dir))) as db:
        db.execute("UPDATE checkins SET scheduled_at = ? WHERE uuid = ?", (FIRST, EARLY_MEETING))
        db.execute("UPDATE statement_versions SET created_at = ? WHERE uuid = ?", (FIRST, early_version.uuid))
        db.commit()


def _still_whole(window: MainWindow, session: JournalSession) -> None:
    """The window is up, the journal open, and every entry still in it."""
    window.show_page(TODAY)
    _paint(window)
    assert session.is_open and window.isVisible()
    assert window.journal is not None
    bodies = {window.journal.get_entry(summary.uuid).body for summary in window.journal.list_entries()}
    assert bodies == {ORDINARY, YEAR_ONE, YEAR_9999}


@pytest.mark.parametrize("zone", EAST_AND_WEST)
@pytest.mark.parametrize("visit", list(VISITS))
def test_each_page_paints_a_journal_at_the_ends_of_the_calendar(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, visit: str, zone: str
) -> None:
    _build(data_dir)
    with local_zone(zone):
        window, session = open_session()
        VISITS[visit](qtbot, window)
        _still_whole(window, session)


@pytest.mark.parametrize("zone", EAST_AND_WEST)
def test_every_page_in_turn_paints_a_journal_at_the_ends_of_the_calendar(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, zone: str
) -> None:
    """All of them in one session, as a person goes round: each return to a page refreshes it."""
    _build(data_dir)
    with local_zone(zone):
        window, session = open_session()
        for visit in (*VISITS.values(), *VISITS.values()):
            visit(qtbot, window)
        _still_whole(window, session)


def _date_trouble(_moment: datetime) -> datetime:
    raise OverflowError("date value out of range")


def test_a_row_whose_date_cant_be_worked_out_is_shown_plainly(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever a row's date does next, data() and paint() never raise (that ends the process):
    the row says "date not valid", the log says what went wrong, the rest works."""
    from app.ui.journal import entry_delegate, entry_list_model
    from app.ui.search import search_model

    _build(data_dir)
    _remember_page(data_dir, JOURNAL)
    for module, name in ((entry_list_model, "local_date"), (entry_list_model, "local_time"),
                         (entry_delegate, "written_clock"), (entry_list_model, "written_time"),
                         (search_model, "local_time")):
        monkeypatch.setattr(module, name, _date_trouble)
    window, session = open_session()
    page = window.current_page()
    assert isinstance(page, JournalPage)
    _paint(window)
    said = _every_row_said(page.list_view)
    assert said == ["An entry that can't be shown here, date not valid"] * 3
    assert page.current_entry is not None  # a row still opens its entry
    window.show_page(SEARCH)
    search = window.current_page()
    assert isinstance(search, SearchPage)
    with qtbot.waitSignal(search.results_ready, timeout=10_000):
        search.query_edit.setText("written")
        search.search_now()
    _paint(window)
    assert _every_row_said(search.list_view) == ["A result that can't be shown here, date not valid"] * 3
    _still_whole(window, session)


@pytest.mark.parametrize("zone", EAST_AND_WEST)
@pytest.mark.parametrize("moments", [
    (datetime.min, datetime.max),  # the whole calendar
    (datetime.min, datetime.min),  # two at its first instant
    (datetime.max, datetime.max),  # two at its last
])
def test_the_mood_chart_draws_check_ins_at_the_ends_of_the_calendar(
    qtbot: QtBot, zone: str, moments: tuple[datetime, datetime]
) -> None:
    from app.ui.feelings.mood_chart import MoodChart, describe_check
    from app.workbench_catalogue import load_emotions

    checks = [MoodCheck(f"edge-{n}", moment.replace(tzinfo=UTC), 2 + n) for n, moment in enumerate(moments)]
    with local_zone(zone):
        chart = MoodChart(load_emotions())
        qtbot.addWidget(chart)
        chart.resize(900, 500)
        chart.set_data(checks, [moment.replace(tzinfo=UTC) for moment in moments])
        _paint(chart)
        assert len(chart.points) == 2 and not chart.is_empty  # drawn, not "can't be drawn"
        assert chart.accessibleDescription().startswith("2 check-ins from ")
        assert all(describe_check(check) for check in checks)
