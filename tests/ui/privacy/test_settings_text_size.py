"""Settings at double text size, in a small window and a large one, with a long backups folder path:
every label gets the room its text needs (nothing clipped), and nothing scrolls sideways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.privacy.settings_dialog import SettingsDialog, open_settings
from app.ui.widgets import theme
from tests.ui.conftest import SessionFactory

LONG_FOLDER = "my-performance-improvement-plan-journal-kept-somewhere-private-" * 2


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A journal folder with a long path and no spaces in it to wrap at."""
    folder = tmp_path / LONG_FOLDER / "Trustbridge" / "data"
    monkeypatch.setenv("TRUSTBRIDGE_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return folder


def settle(qapp: QApplication) -> None:
    """Windows closed by the last test are gone before the whole app is restyled (a widget half
    deleted while the stylesheet changes would be polished after it was freed)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture
def double_text(qapp: QApplication) -> Iterator[None]:
    """200 % text, as the app applies it: the app's font and the stylesheet sized from it."""
    settle(qapp)
    font, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    dark = theme.current_palette() is theme.DARK
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    theme.apply_theme(qapp, dark=dark)
    yield
    settle(qapp)
    qapp.setFont(font)
    theme.apply_theme(qapp, dark=dark)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def clipped(dialog: QWidget) -> list[str]:
    """Every shown label or button shorter or narrower than its text needs, in words for the failure."""
    found = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                found.append(f"{label.text()[:40]!r}: {label.height()} < {needed}")
            if label.width() < label.minimumSizeHint().width():
                found.append(f"{label.text()[:40]!r}: narrower than its longest word")
        elif label.width() < label.sizeHint().width() or label.height() < label.sizeHint().height():
            found.append(f"{label.text()[:40]!r}: {label.size().toTuple()} < {label.sizeHint().toTuple()}")
    for button in dialog.findChildren(QAbstractButton):
        hint = button.sizeHint()
        if button.isVisible() and (button.width() < hint.width() or button.height() < hint.height()):
            found.append(f"button {button.text()!r}: {button.size().toTuple()} < {hint.toTuple()}")
    return found


@pytest.mark.usefixtures("double_text")
@pytest.mark.parametrize("size", [(560, 460), (640, 640), (1024, 700)])
def test_nothing_in_settings_is_clipped_at_double_text_size(
    qtbot: QtBot, open_session: SessionFactory, size: tuple[int, int]
) -> None:
    window, session = open_session()
    dialog = open_settings(session, window)
    assert isinstance(dialog, SettingsDialog)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    qtbot.waitUntil(dialog.isVisible)
    assert LONG_FOLDER in dialog.backups_path.text()
    body = dialog.scroll_area.widget()
    qtbot.waitUntil(lambda: clipped(dialog) == [], timeout=2000)  # the first paint
    assert body.width() <= dialog.scroll_area.viewport().width(), "nothing scrolls sideways"

    dialog.turn_on_button.setFocus()
    qtbot.keyClick(dialog.turn_on_button, Qt.Key.Key_Space)  # the form opens, scrolled to
    assert clipped(dialog) == [], "laid out as it opens, before anything is painted"
    assert body.width() <= dialog.scroll_area.viewport().width()
    visible = dialog.scroll_area.viewport().rect()
    top = dialog.turn_on_form.mapTo(dialog.scroll_area.viewport(), QPoint(0, 0))
    assert visible.contains(top), "the form that opened is in view"

    dialog.turn_on_form.submit()  # nothing typed: its message shows under the fields
    assert dialog.turn_on_form.message.isVisible()
    qtbot.waitUntil(lambda: clipped(dialog) == [], timeout=2000)
    assert body.width() <= dialog.scroll_area.viewport().width()
