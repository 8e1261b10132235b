"""What the session asks of the window it serves, as a protocol: the session never imports the window.

The main window is the one real host; tests may pass another. Each call is a plain request (show
this page, take the pages down, save what is typed) or a question the session needs answered
before it closes the journal (is a recovery code on screen, does an import still run).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.domain.prompts import Catalogue
    from app.store.first_read import FirstPage
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.privacy.controls import PrivacyControls


class Curtain(Protocol):
    """The privacy curtain: hides what is on screen while a lock has to wait."""

    @property
    def hidden(self) -> bool: ...

    def hide_all(self) -> None: ...


class SessionHost(Protocol):
    """The window the session opens the journal into."""

    @property
    def curtain(self) -> Curtain | None: ...

    def set_session(self, session: PrivacyControls) -> None:
        """The session that owns this window's journal (Settings, Backups and Lock drive it)."""
        ...

    def attach(self, journal: ObservedJournal, catalogue: Catalogue, first: FirstPage | None = None) -> None:
        """Start using the journal, open or (with `first`, at start-up) still opening."""
        ...

    def detach(self, *, close_session_dialogs: bool) -> None:
        """Take every page (and, when locking, the settings and backups) down."""
        ...

    def show_unlock(self, page: QWidget) -> None:
        """Show the unlock page (or the damaged-journal page) where the pages go."""
        ...

    def remove_unlock(self) -> None: ...

    def opens_on_today(self) -> bool:
        """Whether attaching shows Today (the page the person left the window on)."""
        ...

    def unsaved_first_page(self) -> str | None:
        """Today's words not yet saved (the journal failed to open after Today was shown)."""
        ...

    def show_working(self, text: str) -> None:
        """What the window says while the journal is closed for an operation."""
        ...

    def place(self) -> tuple[str | None, str | None]:
        """The page in view and the entry open, to come back to after a reopen."""
        ...

    def return_to(self, page: str | None, entry_uuid: str | None) -> None: ...

    def flush_all(self) -> bool:
        """Save everything typed; False when something could not be saved."""
        ...

    def showing_recovery_code(self) -> bool: ...

    def journal_work_running(self) -> bool: ...

    def close(self) -> bool: ...
