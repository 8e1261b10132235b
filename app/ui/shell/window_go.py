"""Where the tray's quick actions and a clicked reminder lead in the window: tonight's entry, the
mood check-in, the check-in brief, the statement; each brings the window forward first.

They reuse the window's own ways there (go_to, open_tool, the tools' sections), so the tray and
the sidebar can't disagree. While the journal is locked or still opening, the window comes
forward on its unlock page and the place waits until the journal is back (`GoWhenOpen`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.records import EntryKind
from app.domain.reminders import ReminderKind
from app.domain.stages import Stage
from app.ui.shell.sidebar import TODAY

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

TONIGHT = ReminderKind.EVENING.value
BRIEF = ReminderKind.CHECKIN_EVE.value
STATEMENT = ReminderKind.STATEMENT_DAY.value
MOOD = "mood"


def bring_forward(window: MainWindow) -> None:
    """Show the window (from the tray, or minimised), on top, with the keyboard in it."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


def open_tonight(window: MainWindow) -> None:
    """Today, on tonight's prompt, the cursor in the entry."""
    from app.ui.today.today_page import TodayPage

    window.go_to(TODAY)
    page = window.page(TODAY)
    if isinstance(page, TodayPage):
        page.set_mode(EntryKind.EVENING)
        page.focus_first()


def open_mood_check(window: MainWindow) -> None:
    """Feelings' check-in, the cursor on its first choice (the sidebar's route to it)."""
    window.open_tool(Stage.FEELINGS.value)
    tool = getattr(window.page(Stage.FEELINGS.value), "tool", None)
    if tool is not None:
        tool.show_section("checkin")
        tool.checkin.form.focus_first()


def open_brief(window: MainWindow) -> None:
    """The brief for the next check-in, over the Meetings tool."""
    window.open_tool(Stage.CHECKINS.value)
    tool = getattr(window.page(Stage.CHECKINS.value), "tool", None)
    if tool is not None:
        tool.open_next_brief()


def open_statement(window: MainWindow) -> None:
    window.open_tool(Stage.OWNERSHIP.value)


PLACES: dict[str, Callable[[MainWindow], None]] = {
    TONIGHT: open_tonight, MOOD: open_mood_check, BRIEF: open_brief, STATEMENT: open_statement,
}


class GoWhenOpen:
    """Go to a place now, or, while the journal is closed (locked, opening), as soon as it is back."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.waiting: str | None = None

    def go(self, place: str) -> None:
        """`place`: one of PLACES; anything else (a note with nowhere to lead) only brings the window."""
        bring_forward(self._window)
        if place not in PLACES:
            return
        if self._window.journal is None or self._window.unlock_page is not None:
            self.waiting = place
            return
        self.waiting = None
        PLACES[place](self._window)

    def journal_back(self) -> None:
        """The journal is in the window again: the place asked for meanwhile."""
        place, self.waiting = self.waiting, None
        if place is not None and self._window.journal is not None:
            PLACES[place](self._window)
