"""Light, dark or the system's: a choice applied to every open window at once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui.shell.application import make_application
from app.ui.widgets import theme
from tests.ui.widgets.appearance_state import appearance

pytestmark = pytest.mark.usefixtures(appearance.__name__)


def test_a_forced_theme_restyles_an_open_widget_and_system_comes_back(
    qtbot: QtBot, qapp: QApplication
) -> None:
    label = QLabel("words")
    qtbot.addWidget(label)
    label.show()
    assert label.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT.window)

    assert theme.use_theme(qapp, "dark") is theme.DARK
    assert theme.current_choice() == "dark" and theme.current_palette() is theme.DARK
    assert label.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)
    assert theme.DARK.surface in qapp.styleSheet() and theme.LIGHT.surface not in qapp.styleSheet()

    theme.use_theme(qapp, "system")  # the computer's own choice (light here) again
    assert label.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT.window)
    assert theme.current_choice() == "system"


def test_the_same_choice_again_restyles_nothing(qapp: QApplication) -> None:
    theme.use_theme(qapp, "light")
    qapp.setStyleSheet(qapp.styleSheet() + "\n/* marker */")
    theme.use_theme(qapp, "light")
    assert qapp.styleSheet().endswith("/* marker */"), "the whole app was not re-styled for nothing"
    theme.use_theme(qapp, "nonsense")  # an unknown choice is the system's
    assert theme.current_choice() == "system"


def test_the_app_starts_in_the_chosen_theme(qapp: QApplication) -> None:
    quits = qapp.quitOnLastWindowClosed()
    try:
        app = make_application(["trustbridge"], "dark")  # before any window: the first paint is dark
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
    assert app is qapp
    assert theme.current_palette() is theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)
