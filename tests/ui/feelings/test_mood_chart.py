"""The mood chart: painted from real check-ins, described in words, calm when there is little data."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.domain.emotions import EmotionCatalogue
from app.domain.workbench import CheckIn, EmotionRating, MoodCheck
from app.store.journal import Journal
from app.ui.feelings.mood_chart import (
    EMPTY_NONE,
    EMPTY_ONE,
    MoodChart,
    describe_check,
    family_colour,
    trend_summary,
)
from app.ui.widgets import theme
from app.workbench_catalogue import load_emotions

START = datetime(2026, 3, 3, 12, 0).astimezone(UTC)  # local midday, whatever the time zone


@pytest.fixture
def emotions() -> EmotionCatalogue:
    return load_emotions()


@pytest.fixture
def chart(qtbot: QtBot, emotions: EmotionCatalogue) -> MoodChart:
    widget = MoodChart(emotions)
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    return widget


@pytest.fixture
def dark_theme(qapp: QApplication) -> Iterator[theme.Palette]:
    """The dark palette for one test; the app's look is put back afterwards."""
    sheet, palette, before = qapp.styleSheet(), qapp.palette(), theme.current_palette()
    yield theme.apply_theme(qapp, dark=True)
    theme.apply_theme(qapp, dark=before is theme.DARK)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def checks(count: int, emotions: EmotionCatalogue, days: float = 30) -> list[MoodCheck]:
    names = emotions.all_names()
    made = []
    for i in range(count):
        at = START + timedelta(days=days * i / max(count - 1, 1))
        ratings = tuple(EmotionRating(names[(i + k) % len(names)], 1 + (i + k) % 5) for k in range(i % 4))
        made.append(MoodCheck(str(uuid.uuid4()), at, 1 + i % 5, ratings, ""))
    return made


def painted(widget: MoodChart) -> QImage:
    image = widget.grab().toImage()
    assert not image.isNull()
    return image


def colours_in(image: QImage) -> set[int]:
    step = 3
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def near(image: QImage, x: float, y: float, colour: QColor, radius: int = 3) -> bool:
    """Whether any pixel around (x, y) is close to `colour` (antialiasing blurs the exact value)."""
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            px = QColor(image.pixel(round(x) + dx, round(y) + dy))
            distance = sum(abs(a - b) for a, b in zip(px.getRgb()[:3], colour.getRgb()[:3], strict=True))
            if distance < 40:
                return True
    return False


def test_real_check_ins_and_meetings_are_drawn_and_described(
    chart: MoodChart, journal: Journal, emotions: EmotionCatalogue
) -> None:
    for check in checks(12, emotions, days=25):
        journal.feelings.save_mood_check(check)
    for day in (7, 14):
        at = START + timedelta(days=day, hours=-5)
        journal.checkins.save_checkin(CheckIn(str(uuid.uuid4()), at, "", "", None, True, "", at, at))
    stored = journal.feelings.mood_checks()
    chart.set_data(stored, [c.scheduled_at for c in journal.checkins.checkins()])

    assert chart.check_count == 12 and chart.meetings_shown == 2 and not chart.is_empty
    description = chart.accessibleDescription()
    assert description.startswith("12 check-ins from 3 Mar to 28 Mar; mood went from 1 to 2")
    assert description.endswith("2 check-in meetings marked.")
    image = painted(chart)
    accent = QColor(theme.current_palette().accent)
    assert all(near(image, p.x(), p.y(), accent) for p in chart.points), "every check-in has its point"
    assert len(colours_in(image)) > 20, "more than an empty background"


def test_no_check_ins_explains_what_to_do_first(chart: MoodChart) -> None:
    chart.set_data([], [])
    assert chart.is_empty and chart.empty_text == EMPTY_NONE
    assert chart.accessibleDescription() == "No check-ins yet."
    assert chart.points == []
    painted(chart)


def test_one_check_in_waits_for_the_second(chart: MoodChart, emotions: EmotionCatalogue) -> None:
    chart.set_data(checks(1, emotions), [START])
    assert chart.is_empty and chart.empty_text == EMPTY_ONE
    assert chart.accessibleDescription() == "1 check-in on 3 Mar, mood 1 of 5."
    painted(chart)


def test_a_hundred_check_ins_fit(chart: MoodChart, emotions: EmotionCatalogue) -> None:
    many = checks(100, emotions, days=90)
    chart.set_data(list(reversed(many)), [START + timedelta(days=d) for d in range(0, 120, 14)])
    assert chart.check_count == 100 and len(chart.points) == 100
    xs = [p.x() for p in chart.points]
    assert xs == sorted(xs), "drawn in time order whatever order they came in"
    assert min(xs) >= 0 and max(xs) <= chart.width()
    assert chart.meetings_shown == 7, "meetings after the last check-in are left out"
    assert chart.accessibleDescription().startswith("100 check-ins from 3 Mar to 1 Jun")
    painted(chart)


def test_higher_mood_is_drawn_higher(chart: MoodChart) -> None:
    low = MoodCheck(str(uuid.uuid4()), START, 1)
    high = MoodCheck(str(uuid.uuid4()), START + timedelta(days=1), 5)
    chart.set_data([high, low], [])
    first, second = chart.points
    assert first.y() > second.y()


def test_readable_in_the_dark_theme(chart: MoodChart, emotions: EmotionCatalogue,
                                    dark_theme: theme.Palette) -> None:
    chart.set_data(checks(8, emotions), [START + timedelta(days=5)])
    image = painted(chart)
    background = QColor(image.pixel(2, image.height() // 2))
    assert background == QColor(dark_theme.surface)
    assert near(image, chart.points[0].x(), chart.points[0].y(), QColor(dark_theme.accent))
    for key in ("anger", "hope"):
        assert family_colour(key, dark_theme).lightness() > QColor(dark_theme.surface).lightness() + 60
        assert family_colour(key, theme.LIGHT).lightness() < QColor(theme.LIGHT.surface).lightness() - 60


def test_resizing_and_new_fonts_lay_it_out_again(qtbot: QtBot, chart: MoodChart,
                                                 emotions: EmotionCatalogue) -> None:
    with qtbot.waitExposed(chart):
        chart.show()
    chart.set_data(checks(5, emotions), [])
    wide = chart.points[-1].x()
    chart.resize(500, 360)
    assert chart.points[-1].x() < wide
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    before = chart.points[0].y()
    chart.setFont(font)
    assert chart.points[0].y() != before, "larger text, more room for the labels"
    painted(chart)
    chart.resize(60, 60)  # too small to draw a plot: nothing breaks
    painted(chart)


def test_a_check_in_in_words() -> None:
    check = MoodCheck("u", START, 4, (EmotionRating("Calm", 2), EmotionRating("Proud", 5)), "")
    text = describe_check(check)
    assert "mood 4 of 5 (Good)" in text
    assert text.endswith("Proud 5, Calm 2"), "strongest first"


def test_the_summary_spans_years_and_counts_meetings() -> None:
    first = MoodCheck("a", datetime(2025, 12, 30, 12).astimezone(UTC), 2)
    last = MoodCheck("b", datetime(2026, 1, 20, 12).astimezone(UTC), 3)
    text = trend_summary([last, first], [START])
    assert text == (
        "2 check-ins from 30 Dec 2025 to 20 Jan 2026; mood went from 2 to 3, 2.5 on average; "
        "1 check-in meeting marked."
    )


def test_the_chart_has_a_name_and_can_be_reached(chart: MoodChart) -> None:
    assert chart.accessibleName() == "Mood over time chart"
    assert chart.focusPolicy() & chart.focusPolicy().TabFocus


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform's limit
def test_pointing_at_a_check_in_tells_what_it_was(qtbot: QtBot, chart: MoodChart) -> None:
    calm = MoodCheck(str(uuid.uuid4()), START, 2, (EmotionRating("Calm", 4),))
    proud = MoodCheck(str(uuid.uuid4()), START + timedelta(days=3), 4, (EmotionRating("Proud", 5),))
    with qtbot.waitExposed(chart):
        chart.show()
    chart.set_data([calm, proud], [])
    point = chart.points[1].toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "mood 4 of 5" in QToolTip.text() and "Proud 5" in QToolTip.text()
    QToolTip.hideText()


def _text_in_plot(image: QImage, chart: MoodChart) -> list[tuple[int, int]]:
    """Pixels inside the plot area in the muted text colour: painted words (the grid is border-coloured)."""
    muted = QColor(theme.current_palette().muted)
    left = int(chart.width() * 0.3)  # clear of the mood words on the left
    return [(x, y) for x in range(left, image.width() - 4, 2) for y in range(4, image.height() - 4, 2)
            if near(image, x, y, muted, radius=0)]


@pytest.mark.parametrize("count", [0, 1])
def test_the_empty_message_is_said_once_beside_the_chart_not_painted_in_it(
    qtbot: QtBot, journal: Journal, emotions: EmotionCatalogue, count: int
) -> None:
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.feelings.feelings_tool import FeelingsTool

    for check in checks(count, emotions):
        journal.feelings.save_mood_check(check)
    tool = FeelingsTool(ObservedJournal(journal), emotions)
    qtbot.addWidget(tool)
    tool.resize(1000, 900)
    tool.show_section("chart")
    with qtbot.waitExposed(tool):
        tool.show()
    expected = EMPTY_ONE if count else EMPTY_NONE
    assert tool.over_time.summary.text() == expected and tool.chart.empty_text == expected
    image = painted(tool.chart)
    assert _text_in_plot(image, tool.chart) == [], "said in the summary; the chart doesn't repeat it"
    words = QColor(theme.current_palette().muted)
    assert any(near(image, x, y, words, radius=0) for x in range(0, int(tool.chart.width() * 0.3), 2)
               for y in range(0, image.height(), 2)), "the empty chart still shows its mood scale"
