"""Whether Today says that the journal's folder is synced (app/ui/today/sync_notice.py): once the
journal is open, a worker looks at the folders on the way up from the journal's folder (it touches
the disk, so never on the way to the first keystroke, nor on the UI thread: a network folder may be
slow to answer, or hang, so on a thread of its own that locking and quitting don't wait for); if a
sync client uploads it and the person has not said "Got it" yet, the notice joins Today's others.
"Got it" notes it in the journal's settings (Preferences.sync_noted) for good.

Only the app's own window (a session keeping the settings) shows it. Kept small: it loads with Today.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.io.sync_folders import SyncedFolder
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.privacy.controls import PrivacyControls
    from app.ui.today.sync_notice import SyncNotice
    from app.ui.today.today_page import TodayPage

log = logging.getLogger(__name__)


def watch_sync(page: TodayPage, journal: ObservedJournal, window: QWidget) -> None:
    """Look, once the journal is open, whether Today should say its folder is synced. `window` is
    the main window: its session keeps the settings, and its open_settings leads to encryption."""
    session: PrivacyControls | None = getattr(window, "session", None)
    if session is None or session.preferences.sync_noted:
        return
    SyncWatch(page, journal, session, window)


class SyncWatch(QObject):
    """Belongs to its Today page: gone with it, so a late answer never reaches a page taken down."""

    def __init__(self, page: TodayPage, journal: ObservedJournal, session: PrivacyControls,
                 window: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._session = session
        self._window = window
        self.notice: SyncNotice | None = None
        self.looked = False  # the answer has come back (whatever it was)
        if journal.is_open:
            self.look()
        else:  # at start-up Today takes typing before the journal has opened: look after that
            journal.opened.connect(self.look, Qt.ConnectionType.SingleShotConnection)

    def look(self) -> None:
        from app.ui.data.worker import BackgroundCall

        data_dir, home = self._session.data_dir, Path.home()

        def work() -> tuple[SyncedFolder | None, bool]:  # on a worker thread: paths in, values out
            from app.io.sync_folders import synced_folder
            from app.paths import key_file_path

            return synced_folder(data_dir, home), key_file_path(data_dir).exists()

        call = BackgroundCall(work, self, apart=True)  # locking and quitting never wait for it
        call.finished.connect(self._answer)
        call.failed.connect(self._failed)
        call.start()

    def _answer(self, result: tuple[SyncedFolder | None, bool]) -> None:
        self.looked = True
        synced, encrypted = result
        if synced is None or self._session.preferences.sync_noted:
            return
        from app.ui.today.sync_notice import SyncNotice

        log.info("the journal's folder is synced by %s", synced.service)
        notice = SyncNotice(synced, self._session.data_dir, encrypted=encrypted)
        notice.settings_requested.connect(self._open_settings)
        notice.dismissed.connect(self._noted)
        self.notice = notice
        self._page.add_notice(notice)
        notice.show()  # now, not on the next turn of the event loop (a layout shows a new child later)

    def _failed(self, error: object) -> None:
        self.looked = True  # nothing is said: the notice is a kindness, never a reason to fail
        log.warning("could not tell whether the journal's folder is synced: %s", type(error).__name__)

    def _open_settings(self) -> None:
        open_settings = getattr(self._window, "open_settings", None)
        if callable(open_settings):
            open_settings()

    def _noted(self) -> None:
        """"Got it": never again for this journal. If the settings can't be written, it may show
        once more next time; nothing else depends on it."""
        self._page.focus_first()
        if self._session.preferences.sync_noted:
            return
        try:
            self._session.set_preferences(self._session.preferences.with_changes(sync_noted=True))
        except (OSError, ValueError):
            log.warning("could not note that the synced folder was said", exc_info=True)
