"""The weekly check of the journal file, in the background, once the window is usable.

Opening the journal no longer reads the whole file (app/store/health.py): that happens after an
unclean shutdown, from Settings, and here, when the last passed check is a week old or more
(`Journal.integrity_check_due`, with the gateway's clock, so tests choose the day). The check runs
in a worker while the person writes; nothing is changed either way. Damage is told over the
window with the way back (app/ui/privacy/journal_check.py); a check that could not run (the
journal locked meanwhile) is only logged, and is still due next time.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.ui.data.worker import BackgroundCall
from app.ui.privacy import journal_check

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session_core import SessionCore

log = logging.getLogger(__name__)


def check_if_due(window: MainWindow, session: SessionCore) -> BackgroundCall | None:
    """Start the full check in a worker when it is due; the call, or None when not due."""
    journal, observed = session.journal, session.observed
    if journal is None or observed is None or not journal.integrity_check_due(observed.clock.now()):
        return None
    call = BackgroundCall(journal.check_integrity, window)

    def found(problems: object) -> None:
        if isinstance(problems, list) and problems:
            journal_check.show_damage(window, [str(problem) for problem in problems], window.open_backups)

    call.finished.connect(found)
    call.failed.connect(lambda error: log.warning("the weekly check could not run: %s", type(error).__name__))
    call.start()
    return call
