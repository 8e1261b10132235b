"""Putting rich data on the clipboard without crashing the process on its way out.

Qt's generic clipboard (the offscreen, minimal, vnc, linuxfb and eglfs platforms) keeps what it
is given in a C++ static freed after Python has finalised; freeing a Python-made QMimeData then
crashes the process (SIGSEGV, exit 139). So the data this process put there is taken back before
it ends: when the application is about to quit (the app connects `release_clipboard` to
`aboutToQuit`), and at interpreter exit for any other process (tests, commands). A system
clipboard (X11, Wayland, Windows, macOS) owns the data itself and frees it with the application,
while Python is still running; there it is left alone, so a clipboard manager can keep it.
"""

from __future__ import annotations

import atexit
import functools

import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_ours: list[QMimeData] = []  # the last data this process put on the clipboard, while it is there


def put_on_clipboard(data: QMimeData) -> None:
    """Hand `data` to the clipboard; it is taken back before the process ends if only Qt itself
    still holds it."""
    _ours[:] = [data]
    QGuiApplication.clipboard().setMimeData(data)
    _release_at_exit()


def holds_our_data() -> bool:
    """Whether the clipboard still holds what this process put there, kept only in Qt's own memory."""
    if QGuiApplication.instance() is None or not _ours:
        return False
    clipboard = QGuiApplication.clipboard()
    ours = _ours[0]
    if not shiboken6.isValid(ours):  # replaced since, and freed by Qt while Python was alive
        _ours.clear()
        return False
    data = clipboard.mimeData()
    return data is ours and not clipboard.ownsClipboard() and shiboken6.createdByPython(data)


def release_clipboard() -> None:
    """Take back the data this process put on the clipboard, if only Qt's in-process clipboard still
    holds it; anything else there (another program's, or data a system clipboard owns) stays."""
    if holds_our_data():
        QGuiApplication.clipboard().clear()
    _ours.clear()


@functools.cache
def _release_at_exit() -> None:
    atexit.register(release_clipboard)  # runs before PySide's own exit hook, while the app is alive
