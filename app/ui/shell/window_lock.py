"""Ctrl+L: lock the journal, or say why it can't be locked (no passphrase yet, or busy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.privacy.curtain import HIDE_KEYS
from app.ui.widgets import messages

translate = QCoreApplication.translate  # context "WindowLock": these are functions, with no self.tr

if TYPE_CHECKING:  # the window paints before the store (and sqlite3) loads
    from app.ui.privacy.controls import PrivacyControls


def lock_or_explain(window: QWidget, session: PrivacyControls, open_settings: Callable[[], object],
                    still_open: Callable[[], bool]) -> None:
    """Close the journal until the passphrase is typed again; a plain journal offers Settings.
    A failed lock is explained only while the journal is still open (it may have closed meanwhile)."""
    if not session.encrypted:
        if messages.confirm(
            window, translate("WindowLock", "Locking needs a passphrase"),
            translate("WindowLock", "This journal isn't encrypted, so there is no passphrase to lock it "
                                    "with."),
            translate("WindowLock", "Turn on encryption in Settings, and Ctrl+L will close the journal until "
                                    "your passphrase is typed. To hide the screen for a moment now, use %s.")
            % HIDE_KEYS,
            translate("WindowLock", "Open Settings"), translate("WindowLock", "Not now"),
        ):
            open_settings()
        return
    if not session.lock() and still_open():
        messages.show_error(
            window, translate("WindowLock", "Your journal stays open"),
            translate("WindowLock", "Trustbridge couldn't lock the journal just now."),
            translate("WindowLock", "Your latest writing may not be saved yet, or another task is still "
                                    "running. Nothing was changed; try again in a moment."),
        )
