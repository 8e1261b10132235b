"""The plan tool's user actions (add, move, delete, bring back, create a plan) and its reads, all
through the journal's gateway.

Each action is one store operation announced as made by the tool, so the tool passes over its own
echo. When an action fails nothing was changed; the tool says so inline, with the reason the
gateway gave the status line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.changes import Area
from app.ui.data.journal_events import Done, ObservedJournal

if TYPE_CHECKING:
    from app.store.journal import Journal

T = TypeVar("T")


class PlanActions(QObject):
    """Runs the plan tool's actions as one operation each, announced as made by `origin`.

    Signals: done(Change) — an action reached the journal; problem(str) — an action failed,
    in words (the failure's own text, then the reason); nothing was changed.
    """

    done = Signal(object)
    problem = Signal(str)

    def __init__(self, journal: ObservedJournal, origin: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._origin = origin
        self._reason = ""
        journal.problem.connect(self._hear)

    @property
    def origin(self) -> object:
        return self._origin

    @property
    def last_problem(self) -> str:
        """Why the latest failed action, read or save failed, as the gateway said it."""
        return self._reason

    def run(
        self,
        failure: str | None,
        areas: Area | Iterable[Area],
        operation: Callable[[Journal], T],
        uuids: Iterable[str] = (),
    ) -> Done[T] | None:
        """Run `operation` as one store operation. On failure say `failure` with the reason (or
        nothing when `failure` is None: the caller says it) and return None."""
        self._reason = ""
        done = self._journal.act(areas, operation, origin=self._origin, uuids=uuids)
        if done is None:
            if failure is not None:
                self.problem.emit(self._with_reason(failure))
            return None
        self.done.emit(done.change)
        return done

    def read(self, failure: str, operation: Callable[[Journal], T], fallback: T) -> T:
        """A read for the tool; if it fails, `failure` is said with the reason and `fallback` returned."""
        self._reason = ""

        def boxed(journal: Journal) -> tuple[T] | None:
            return (operation(journal),)

        got = self._journal.read(boxed, None)
        if got is None:
            self.problem.emit(self._with_reason(failure))
            return fallback
        return got[0]

    def _with_reason(self, failure: str) -> str:
        return f"{failure}: {self._reason}" if self._reason else f"{failure}."

    def _hear(self, reason: str) -> None:
        self._reason = reason
