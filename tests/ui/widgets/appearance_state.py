"""The app-wide look a test may change (the theme, the editors' style), put back after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from app.ui.widgets import editor_style, theme


def settle(qapp: QApplication) -> None:
    """Windows closed by a test are gone before the whole app is restyled (a widget half deleted
    while the stylesheet changes would be polished after it was freed)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[None]:
    """Start from the light theme the person did not choose and the editors' own style; restore."""
    settle(qapp)
    sheet, palette = qapp.styleSheet(), qapp.palette()
    active, choice, system = theme._active[0], theme._choice[0], theme._system_dark[0]
    theme._system_dark[0] = False  # the computer's own choice, in these tests: light
    theme._choice[0] = "system"
    theme.apply_theme(qapp, dark=False)
    editor_style.set_style(editor_style.EditorStyle())
    yield
    settle(qapp)
    editor_style.set_style(editor_style.EditorStyle())
    theme._active[0], theme._choice[0], theme._system_dark[0] = active, choice, system
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
