"""The window's own settings file (size, position, the last page), private to the person."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QSettings

WINDOW_STATE_FILE = "window-state.ini"


def window_state(path: Path) -> QSettings:
    """The window's own settings file, readable only by the person (0600 whatever the umask).

    QSettings writes through a temporary file that takes the old file's permissions, so the file
    is made (or tightened) 0600 before QSettings first writes it.
    """
    with suppress(OSError):  # a read-only data folder: QSettings then keeps the state in memory
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        os.close(os.open(path, flags, 0o600))  # not through a link, never blocking on a pipe
        path.chmod(0o600)
    return QSettings(str(path), QSettings.Format.IniFormat)
