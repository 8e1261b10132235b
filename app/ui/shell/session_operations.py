"""How the session's operations run: one at a time, in a worker, each ending in one sentence.

An operation that leaves the journal open (the key file only) runs with `run_open`; one that must
close the file (encrypting, decrypting, restoring) runs with `run_closed`, which saves what is
typed first, takes the pages down, and reopens the journal as it is on disk if the work fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.ui.data.worker import BackgroundCall
from app.ui.shell.session_core import SessionCore, reason

UNSAVED = ("Your latest writing isn't saved yet, so nothing was changed. "
           "Free up some space or wait a moment, then try again.")


class SessionOperations:
    """Runs work for the session's parts; the core says busy, failure and success."""

    def __init__(self, core: SessionCore) -> None:
        self._core = core

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[Any], None]) -> None:
        """`work` in a worker; `done(result)` or `failed(error)` back on the UI thread."""
        call = BackgroundCall(work, self._core)
        call.finished.connect(done)
        call.failed.connect(failed)
        call.start()

    def run_open(self, work: Callable[[], Any], done: Callable[[Any], None], failure: str,
                 *, already_busy: bool = False) -> None:
        """An operation that leaves the journal open (the key file only)."""
        core = self._core
        if not core.begin(already_busy):
            return

        def finished(result: object) -> None:
            core.set_busy(False)
            done(result)

        self.run(work, finished, lambda error: core.fail(f"{failure}: {reason(error)}", error))

    def run_closed(
        self, work: Callable[[], Any], done: Callable[[Any], None], doing: str, failure: str, *,
        already_busy: bool = False, on_failure: Callable[[object], bool] | None = None,
    ) -> None:
        """Save, close the journal, run `work` in a worker (it reopens the journal), attach again.

        If `work` fails, the journal is reopened as it was (the store functions leave it whole)
        and the failure is said in one sentence.
        """
        core = self._core
        if not core.begin(already_busy):
            return
        if not core.flush_all():
            core.fail(UNSAVED)
            return
        core.close_for_a_moment(close_dialogs=False)
        core.host.show_working(doing)

        def finished(result: object) -> None:
            core.set_busy(False)
            done(result)

        def failed(error: object) -> None:
            if on_failure is not None and on_failure(error):
                return
            core.fail(f"{failure}: {reason(error)}", error)
            core.opening = False
            if not core.encrypted:
                core.key = None  # a decrypt that finished before the reopen failed: the file is plain now
            core.start()  # back to the journal as it is on disk

        self.run(work, finished, failed)
