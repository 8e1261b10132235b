"""The statement workshop's way to the journal, and what its helpers need of the draft on screen.

Every workshop action is one `act` on the statement through the gateway, announced as the
workshop's own, so the workshop passes over its echo. The gateway already tells the status line
when the journal refuses; the workshop also says it in the card where the person asked, as it
always has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject

from app.domain.changes import Area
from app.domain.workbench import StatementDraft, StatementParts
from app.ui.data.journal_events import Done, ObservedJournal
from app.ui.widgets.notice import InlineNotice

if TYPE_CHECKING:
    from app.store.journal import Journal

T = TypeVar("T")


class WorkingDraft(Protocol):
    """The draft as it stands in the workshop (the workshop itself)."""

    def parts(self) -> StatementParts: ...

    def draft_text(self) -> str: ...

    def current_draft(self) -> StatementDraft: ...

    def flush(self) -> bool: ...

    def load_draft(self, draft: StatementDraft) -> None: ...

    def update_empty_state(self) -> None: ...


class StatementActions(QObject):
    """`act` and `read` for the workshop: the statement area, the workshop as origin, and the
    journal's reason for a refusal told in the card that asked."""

    def __init__(self, journal: ObservedJournal, origin: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._origin = origin
        self._problem = ""
        journal.problem.connect(self._remember)

    @property
    def journal(self) -> ObservedJournal:
        return self._journal

    @property
    def last_problem(self) -> str:
        """The journal's words for the latest refusal (said just before a save reports failure)."""
        return self._problem

    def act(self, operation: Callable[[Journal], T], notice: InlineNotice, failure: str) -> Done[T] | None:
        """Run `operation` as one store operation on the statement; on a refusal tell `notice`
        "`failure`: why" and return None (nothing was changed)."""
        self._problem = ""
        done = self._journal.act(Area.STATEMENT, operation, origin=self._origin)
        if done is None:
            notice.tell(f"{failure}: {self._problem}", error=True)
        return done

    def read(self, operation: Callable[[Journal], T], notice: InlineNotice, failure: str) -> T | None:
        """A read for the workshop; None (and "`failure`: why" in `notice`) if it could not be read."""
        self._problem = ""
        value: T | None = self._journal.read(operation, None)
        if value is None and self._problem:
            notice.tell(f"{failure}: {self._problem}", error=True)
        return value

    def _remember(self, message: str) -> None:
        self._problem = message
