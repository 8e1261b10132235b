"""Putting a backup back: over the open journal (File → Backups), or over one that failed its check.

A restore over the open journal saves what is typed, closes the file, restores (the journal as it
was is kept as a backup first) and reopens it, then tells every view that everything changed. A
journal that failed its check at open is never written: the damaged page offers the newest good
backup, or setting the damaged file aside and starting anew.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.changes import Change
from app.ui.shell import session_open
from app.ui.shell.session_core import SessionCore, reason
from app.ui.shell.session_operations import SessionOperations

if TYPE_CHECKING:
    from app.domain.prompts import Catalogue
    from app.store.backups import RestoreReport
    from app.store.errors import JournalDamaged
    from app.store.journal import Journal
    from app.ui.privacy.damaged_page import DamagedPage

log = logging.getLogger(__name__)


class SessionRestore:
    """A backup restored under the open window, and the ways out of a damaged journal."""

    def __init__(self, core: SessionCore, operations: SessionOperations) -> None:
        self._core = core
        self._operations = operations
        core.damaged.connect(self._show_damaged)

    def restore_backup(self, backup: Path) -> None:
        core = self._core
        data_dir, journal_path, key = core.data_dir, core.journal_path, core.key

        def work() -> tuple[RestoreReport, Journal, Catalogue]:
            from app.store.backups import backups_dir, plain_connect, restore
            from app.store.encryption import keyed_connect

            connect = plain_connect if key is None else keyed_connect(key)
            report = restore(backup, journal_path, backups_dir=backups_dir(data_dir), connect=connect)
            return (report, *session_open.open_journal_and_catalogue(data_dir, key))

        def done(result: Any) -> None:
            report, journal, catalogue = result
            core.attach(journal, catalogue)
            if core.observed is not None:
                core.observed.announce(Change.everything())  # every record may differ now
            core.backup_restored.emit(report)

        self._operations.run_closed(work, done, "Restoring the backup…",
                                    "The backup could not be restored, and your journal is as it was")

    # -- a journal that failed its check at open --------------------------------------------

    def _show_damaged(self, error: JournalDamaged) -> None:
        """Say so plainly and offer the newest good backup; the damaged file is never written."""
        from app.ui.privacy.damaged_page import DamagedPage

        core = self._core
        log.warning("the journal failed its check at open (%d problems)", len(error.problems))
        page = DamagedPage(core.data_dir, error)
        if core.rescued is not None:  # words typed into Today before the open found the damage
            kept = f"What you typed while it opened is kept in {core.rescued}."
            page.intro.setText(f"{page.intro.text()} {kept}")
        page.restore_requested.connect(lambda backup: self._restore_over_damaged(page, backup))
        page.start_new_requested.connect(lambda: self._start_over_damaged(page))
        page.quit_requested.connect(core.host.close)
        core.host.show_unlock(page)  # the same place the unlock page takes: the pages never built

    def _restore_over_damaged(self, page: DamagedPage, backup: Path) -> None:
        core = self._core
        data_dir, connect = core.data_dir, core.connect_factory()

        def work() -> RestoreReport:
            from app.store.backups import restore_over_damaged

            return restore_over_damaged(data_dir, backup, connect)

        def done(report: object) -> None:
            log.info("a backup replaced the damaged journal (kept aside, never written)")
            core.backup_restored.emit(report)

        self._from_damaged(page, "Putting the backup in place…", work, done,
                           "The backup could not be put in place: {reason} "
                           "Your journal file was not changed.")

    def _start_over_damaged(self, page: DamagedPage) -> None:
        """No backup to go back to: rename the damaged file (kept beside, unopened) and start anew."""
        data_dir = self._core.data_dir

        def work() -> Path:
            from app.store.backups import set_damaged_aside

            return set_damaged_aside(data_dir)

        self._from_damaged(page, "Setting the damaged file aside…", work,
                           lambda _kept: log.info("the damaged journal was set aside; starting a new one"),
                           "The damaged file could not be set aside: {reason} Nothing was changed.")

    def _from_damaged(self, page: DamagedPage, busy: str, work: Callable[[], object],
                      done: Callable[[object], None], failure: str) -> None:
        """Run a way out of the damaged page in a worker, then open the journal it leaves in place."""
        core = self._core
        if core.busy:
            return
        core.set_busy(True)
        page.show_busy(busy)

        def finished(result: object) -> None:
            core.set_busy(False)
            core.start()
            done(result)

        def failed(error: object) -> None:
            core.set_busy(False)
            page.show_failed(failure.format(reason=reason(error)))

        self._operations.run(work, finished, failed)
