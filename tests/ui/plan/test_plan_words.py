"""The plan's words (headline, people) and how its goal rows are measured."""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import pairwise

from PySide6.QtWidgets import QListWidgetItem, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.domain.workbench import Goal, GoalMilestone, GoalStatus, Plan, PlanStatus
from app.ui.plan.plan_lists import LINE_ROLE, GoalDelegate, record_list
from app.ui.plan.plan_words import parse_people, plan_headline
from app.ui.widgets.day_words import relative_days, short_date

# -- the words ---------------------------------------------------------------------------------


def test_headline_words_before_during_and_after() -> None:
    now = datetime.now(UTC)
    today = date(2026, 3, 10)
    plan = Plan("p", date(2026, 3, 1), 30, "Dana", (), PlanStatus.ACTIVE, now, now)
    days = (GoalMilestone(date(2026, 3, 19)), GoalMilestone(date(2026, 3, 30)))
    goal = Goal("g", "p", "Goal", "", "", days, GoalStatus.ON_TRACK, "", 0, now, now)
    assert plan_headline(plan, [goal], today) == "Day 10 of 30 · ends Mon 30 Mar · next milestone in 9 days"
    assert plan_headline(plan, [], date(2026, 2, 27)).startswith("Starts in 2 days, Sun 1 Mar")
    assert plan_headline(plan, [goal], date(2026, 4, 2)).startswith("All 30 days are behind you")
    ended = Plan("p", date(2026, 3, 1), 30, "", (), PlanStatus.ENDED, now, now)
    assert plan_headline(ended, [], today) == "Ended · Sun 1 Mar to Mon 30 Mar"
    assert plan_headline(plan, [], date(2026, 2, 28)).startswith("Starts tomorrow, Sun 1 Mar · 30 days")
    one_day = Plan("p", date(2026, 3, 1), 1, "", (), PlanStatus.ACTIVE, now, now)
    assert plan_headline(one_day, [], date(2026, 2, 28)).startswith("Starts tomorrow, Sun 1 Mar · 1 day · ")
    assert plan_headline(one_day, [], date(2026, 3, 5)).startswith("The one day is behind you")
    assert [relative_days(n) for n in (0, 1, 5, -1, -3)] == [
        "today", "tomorrow", "in 5 days", "yesterday", "3 days ago"]
    assert short_date(date(2027, 1, 4), today) == "Mon 4 Jan 2027"
    assert parse_people(" Ana \n\nBo\nAna\n") == ("Ana", "Bo")


def test_goal_rows_are_measured_again_when_the_list_narrows(qtbot: QtBot) -> None:
    """At large text a scroll bar narrows the list: rows grow with their wrapped text, never overlap."""
    view = record_list("Goals, in order", GoalDelegate, 150)
    qtbot.addWidget(view)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    view.resize(700, 260)
    for n in range(6):
        item = QListWidgetItem(f"Goal {n}: answer every customer support ticket within one working day, "
                               "including the hard escalations that need a second opinion")
        item.setData(LINE_ROLE, "Next milestone Mon 7 Dec, in 11 days · 1 piece of evidence")
        view.addItem(item)
    with qtbot.waitExposed(view):
        view.show()
    view.resize(520, 260)

    def measured_at_this_width() -> bool:
        delegate = view.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        indexes = [view.model().index(row, 0) for row in range(view.count())]
        rects = [view.visualRect(index) for index in indexes]
        heights = [delegate.sizeHint(option, index).height() for index in indexes]
        apart = all(a.bottom() < b.top() for a, b in pairwise(rects))
        return apart and [r.height() for r in rects] == heights

    qtbot.waitUntil(measured_at_this_width)
