"""Today's order: the four stages in view until a plan is set up; notices above everything."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.stages import Stage
from app.domain.workbench import Plan, PlanStatus
from app.store.journal import Journal
from app.ui.shell.main_window import MainWindow
from app.ui.today.today_page import TodayPage
from tests.ui.conftest import WindowFactory

WINDOW_SIZES = [QSize(1280, 800), QSize(1024, 700)]


def today_in(window: MainWindow, size: QSize) -> TodayPage:
    window.resize(size)
    window.show_page("today")
    page = window.page("today")
    assert isinstance(page, TodayPage)
    QApplication.processEvents()  # the layout settles at this size
    return page


def viewport_height(page: TodayPage) -> int:
    scroll = page.findChild(QScrollArea, "pageScroll")
    assert scroll is not None
    return scroll.viewport().height()


def bottom_in(page: TodayPage, widget: QWidget) -> int:
    """How far down the page the widget ends, with the page scrolled to the top."""
    return widget.mapTo(page, QPoint(0, 0)).y() + widget.height()


def new_plan() -> Plan:
    now = datetime.now(UTC)
    start = now.date() - timedelta(days=10)
    return Plan(str(uuid.uuid4()), start, 90, "Dana", (), PlanStatus.ACTIVE, now, now)


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_without_a_plan_the_four_stages_are_in_view_without_scrolling(
    open_window: WindowFactory, size: QSize
) -> None:
    window = open_window()
    page = today_in(window, size)
    assert window.size() == size
    assert page.journey_box.isVisible()
    assert bottom_in(page, page.journey_box) <= viewport_height(page)
    for card in page.stage_cards.values():
        assert card.isVisible() and bottom_in(page, card) <= viewport_height(page)
    assert page.journey_box.mapTo(page, QPoint(0, 0)).y() < page.dashboard.mapTo(page, QPoint(0, 0)).y()
    assert page.journey_heading.text() == "Where you are in the four stages"


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_once_a_plan_is_set_up_the_dashboard_leads_and_the_stages_follow(
    open_window: WindowFactory, size: QSize
) -> None:
    window = open_window()
    page = today_in(window, size)
    assert window.journal is not None
    assert window.journal.act({Area.PLAN}, lambda j: j.plans.save_plan(new_plan())) is not None
    QApplication.processEvents()
    assert page.lead.indexOf(page.dashboard) == 0 and page.tail.indexOf(page.journey_box) == 0
    assert bottom_in(page, page.dashboard) <= viewport_height(page)
    assert page.journey_box.mapTo(page, QPoint(0, 0)).y() > page.card.mapTo(page, QPoint(0, 0)).y()
    assert page.journey_heading.text() == "Your four stages"


def test_a_plan_that_already_exists_puts_the_dashboard_first_from_the_start(
    open_window: WindowFactory, journal: Journal
) -> None:
    journal.plans.save_plan(new_plan())
    page = today_in(open_window(), WINDOW_SIZES[1])
    assert page.lead.indexOf(page.dashboard) == 0 and page.tail.indexOf(page.journey_box) == 0


def test_notices_sit_above_the_stages_and_take_no_room_when_hidden(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    page = today_in(window, WINDOW_SIZES[1])
    stages_top = page.journey_box.mapTo(page, QPoint(0, 0)).y()
    notice = QLabel("Say your statement on Thursday: in 3 days.")
    page.add_notice(notice)
    QApplication.processEvents()
    assert notice.isVisible() and notice.parent() is not None
    assert bottom_in(page, notice) <= page.journey_box.mapTo(page, QPoint(0, 0)).y()
    assert page.title_label.mapTo(page, QPoint(0, 0)).y() < notice.mapTo(page, QPoint(0, 0)).y()
    notice.hide()
    QApplication.processEvents()
    assert page.journey_box.mapTo(page, QPoint(0, 0)).y() == stages_top


def test_tab_reaches_a_notice_before_the_stages(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    page = today_in(window, WINDOW_SIZES[1])
    notice = QPushButton("Review your first 30 days")
    notice.setAccessibleName("Review your first 30 days")
    page.add_notice(notice)
    QApplication.processEvents()
    stops = tab_stops(qtbot, page, notice, page.evening_button)
    assert stops[1] is page.stage_cards[Stage.OWNERSHIP]


def tab_stops(qtbot: QtBot, page: TodayPage, start: QWidget, until: QWidget) -> list[QWidget]:
    """Where Tab takes the focus, pressed again and again from `start` until `until` is reached."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops = [start]
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached = QApplication.focusWidget()
        assert reached is not None
        stops.append(reached)
        if reached is until:
            break
    assert stops[-1] is until, "Tab never got there"
    return stops


def test_tab_follows_the_order_on_screen_before_and_after_the_plan(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    page = today_in(window, WINDOW_SIZES[0])
    cards: list[QWidget] = list(page.stage_cards.values())
    tiles = page.dashboard.tiles
    editor = page.card.editor.text_edit
    stops = tab_stops(qtbot, page, cards[0], tiles[-1])
    at = stops.index
    assert at(cards[-1]) < at(page.evening_button) < at(editor) < at(tiles[0])
    assert [stops.index(card) for card in cards] == [0, 1, 2, 3]
    assert window.journal is not None
    window.journal.act({Area.PLAN}, lambda j: j.plans.save_plan(new_plan()))
    QApplication.processEvents()
    stops = tab_stops(qtbot, page, tiles[0], cards[-1])
    at = stops.index
    assert at(tiles[-1]) < at(page.evening_button) < at(editor) < at(cards[0])
    assert [stops.index(tile) for tile in tiles] == list(range(len(tiles)))


def test_the_menu_outlives_today_being_taken_down(qtbot: QtBot, open_window: WindowFactory) -> None:
    """Ordering Today's Tab stops must not tie the menu bar's Python objects to the page: once the
    page is gone (a lock, a restore), the menu still works."""
    import shiboken6

    window = open_window()
    page = today_in(window, WINDOW_SIZES[1])
    assert window.journal is not None
    window.journal.act({Area.PLAN}, lambda j: j.plans.save_plan(new_plan()))  # the order changes once more
    assert page.lead.indexOf(page.dashboard) == 0
    window.show_page("journal")
    window.detach(close_session_dialogs=False)  # as a lock does: every page taken down
    QApplication.processEvents()  # deleteLater'd pages go
    assert all(shiboken6.isValid(action) for action in window.menu_actions.values())
    assert not window.menu_actions["new_entry"].isEnabled() and window.menu_actions["quit"].isEnabled()
