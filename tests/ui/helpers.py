"""Small steps the UI tests share: type like a person, wait for autosave by its signal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.ui.writing.autosave import Autosaver
from app.ui.writing.editor import MarkdownEditor

SAVE_WAIT_MS = 3000  # generous for a loaded CI machine; the save itself is due after SAVE_DELAY_MS


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key events for every character; QTest only knows ASCII, so the rest go as text events."""
    run = ""
    for char in text:
        if char.isascii() and char != "\n":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    if run:
        qtbot.keyClicks(widget, run)


def type_and_wait_for_save(qtbot: QtBot, editor: MarkdownEditor, autosaver: Autosaver, text: str) -> None:
    editor.focus_editor()
    with qtbot.waitSignal(autosaver.saved, timeout=SAVE_WAIT_MS):
        type_text(qtbot, editor.text_edit, text)
