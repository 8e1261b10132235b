"""When the window shows a new journal's welcome, and what leaving it means.

The welcome is a page in the window's stack rather than a dialog: nothing pops up over someone
who has just opened the app, and the sidebar stays there to look around. It shows while the
journal's settings say it is due (`Preferences.welcome_pending`, set by the session when this
start made the journal: session_core.py) and nothing has been written yet. Going anywhere from
it (its two buttons, the sidebar, a shortcut) clears that for good; the journal closing for a
moment (encryption, a lock) only takes it down, and it is back when the journal reopens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from app.domain.prompts import Catalogue
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.privacy.controls import PrivacyControls
    from app.ui.shell.welcome_page import WelcomePage

log = logging.getLogger(__name__)


def welcome_due(session: PrivacyControls | None, journal: ObservedJournal) -> bool:
    """Whether the window opens on the welcome: the app's own start (a session) on a journal whose
    settings still say so, with nothing written in it yet."""
    from app.ui.shell.welcome_page import nothing_written

    if session is None or not session.preferences.welcome_pending:
        return False
    return bool(journal.read(nothing_written, False))


def note_seen(session: PrivacyControls | None) -> None:
    """The person has left the welcome: it never comes back. If the settings can't be written,
    it may show once more next time; nothing else depends on it."""
    if session is None or not session.preferences.welcome_pending:
        return
    try:
        session.set_preferences(session.preferences.with_changes(welcome_pending=False))
    except (OSError, ValueError):
        log.warning("could not note that the welcome was seen", exc_info=True)


class WelcomeSlot:
    """The window's welcome page while it is up: made on demand, taken down when left."""

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self.page: WelcomePage | None = None

    def show(self, catalogue: Catalogue, start: Callable[[], None], look_around: Callable[[], None]) -> None:
        from app.ui.shell.welcome_page import WelcomePage

        if self.page is None:
            self.page = WelcomePage(catalogue, self._stack)
            self.page.start_requested.connect(start)
            self.page.look_around_requested.connect(look_around)
            self._stack.addWidget(self.page)
        self._stack.setCurrentWidget(self.page)
        self.page.focus_first()

    def leave(self, session: PrivacyControls | None, *, seen: bool) -> None:
        """Take the welcome down; `seen` (the person went somewhere) means it never comes back."""
        page, self.page = self.page, None
        if page is None:
            return
        if seen:
            note_seen(session)
        self._stack.removeWidget(page)
        page.deleteLater()
