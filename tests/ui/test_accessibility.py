"""Names for assistive technology on every control, and the whole flow from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.stages import Stage
from app.store.journal import Journal
from tests.ui.conftest import WindowFactory

INTERACTIVE = (QAbstractButton, QAbstractItemView, QPlainTextEdit, QTextEdit, QLineEdit)


def test_every_interactive_widget_has_an_accessible_name(open_window: WindowFactory) -> None:
    window = open_window()
    for key in window.page_keys:
        window.show_page(key)  # builds every state the pages start in
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not w.accessibleName().strip()
    ]
    assert unnamed == []


def test_stage_controls_show_the_stage_names(open_window: WindowFactory) -> None:
    window = open_window()
    labels = [window.nav_buttons[stage.value].text() for stage in Stage]
    assert labels == ["Ownership", "Feelings", "Expectations", "Check-ins"]
    assert [window.page(s.value).title_label.text() for s in Stage] == labels


def test_ctrl_number_reaches_each_stage_and_puts_the_cursor_in_the_answer(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    for stage in Stage:
        key = Qt.Key(Qt.Key.Key_0.value + stage.number)
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == stage.value
        editor = window.page(stage.value).card.editor.text_edit  # type: ignore[attr-defined]
        assert QApplication.focusWidget() is editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "journal"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "today"


def test_a_whole_answer_without_the_mouse(qtbot: QtBot, open_window: WindowFactory, journal: Journal) -> None:
    window = open_window()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    qtbot.keyClicks(editor, "Typed with the keyboard only")
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next prompt, saves
    assert [a.body for a in journal.stage_answers(Stage.OWNERSHIP)] == ["Typed with the keyboard only"]
    page = window.page(Stage.OWNERSHIP.value)
    assert page.current_index == 1  # type: ignore[attr-defined]


def test_tab_leaves_the_editor_and_reaches_the_buttons(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    seen: list[QWidget] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    page = window.page(Stage.OWNERSHIP.value)
    assert page.skip_button in seen  # type: ignore[attr-defined]
    assert page.path_list in seen  # type: ignore[attr-defined]
