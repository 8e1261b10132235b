"""Putting rich data on the clipboard without crashing the process on its way out."""

from __future__ import annotations

import atexit
import functools

import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication


def put_on_clipboard(data: QMimeData) -> None:
    """Hand `data` to the clipboard; it is taken back at exit if only Qt itself still holds it."""
    QGuiApplication.clipboard().setMimeData(data)
    _release_at_exit()


@functools.cache
def _release_at_exit() -> None:
    atexit.register(_release)  # runs before PySide's own exit hook, while the app is alive


def _release() -> None:
    """Take back a Python-made QMimeData that only Qt's in-process clipboard still holds.

    A system clipboard (X11, Wayland, Windows, macOS) owns the data and frees it with the
    QApplication, while Python is still running. Qt's generic clipboard (offscreen, minimal, vnc,
    linuxfb, eglfs) never owns it: it keeps it in a C++ static freed after Python has finalised,
    and freeing a Python-made object then crashes the process (SIGSEGV) on its way out.
    """
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and not clipboard.ownsClipboard() and shiboken6.createdByPython(data):
        clipboard.clear()
