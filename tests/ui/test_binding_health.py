"""Guards against binding bugs that corrupt the interpreter and crash the app much later."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


def test_delivering_signals_to_python_slots_keeps_none_alive(qtbot: QtBot) -> None:
    """PySide6 6.12.0 released None on every delivery; on Python 3.11 that aborts at exit."""
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.setCheckable(True)
    button.toggled.connect(lambda _checked: None)
    before = sys.getrefcount(None)
    for _ in range(500):
        button.toggle()
    assert sys.getrefcount(None) - before > -50
