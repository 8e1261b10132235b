"""The editors' chosen font, size and preview: applied at once to every open editor and multi-line
field, and to each one built later."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.ui.widgets import editor_style, theme
from app.ui.widgets.editor_style import EditorStyle
from app.ui.widgets.form_fields import TextBox, writing_box
from app.ui.writing.editor import MarkdownEditor
from tests.ui.widgets.appearance_state import appearance

pytestmark = pytest.mark.usefixtures(appearance.__name__)
PREVIEW_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def a_family() -> str:
    """A font family this computer has that is not the app's own."""
    default = QApplication.font().family()
    families = [family for family in QFontDatabase.families()
                if family != default and not family.startswith(".")]
    if not families:
        pytest.skip("this computer has one font family only")
    return families[0]


def shown_editor(qtbot: QtBot) -> MarkdownEditor:
    editor = MarkdownEditor("Tonight's entry")
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):  # its keys work in the active window only
        editor.show()
        editor.activateWindow()
    return editor


def test_an_open_editor_and_one_built_later_take_the_font_and_size(qtbot: QtBot) -> None:
    family = a_family()
    before = shown_editor(qtbot)
    default_size = before.text_edit.font().pointSize()
    box = TextBox("What was met")
    writing = writing_box("Reasons to stay", "")
    for field in (box, writing):
        qtbot.addWidget(field)
        field.show()

    editor_style.set_style(EditorStyle(family, 22, True))
    fields: list[QPlainTextEdit] = [before.text_edit, box, writing]
    for field in fields:
        assert field.font().family() == family and field.font().pointSize() == 22
    assert before.preview.font().pointSize() == 22  # the rendered preview reads at the same size

    later = shown_editor(qtbot)
    assert later.text_edit.font().family() == family and later.text_edit.font().pointSize() == 22

    editor_style.set_style(EditorStyle())  # the app's own again
    for field in (before.text_edit, later.text_edit, box, writing):
        assert field.styleSheet() == ""
    assert before.text_edit.font().pointSize() == default_size


def test_a_size_alone_keeps_the_apps_font(qtbot: QtBot) -> None:
    editor = shown_editor(qtbot)
    family = editor.text_edit.font().family()
    editor_style.set_style(EditorStyle("", 18, True))
    assert editor.text_edit.font().family() == family and editor.text_edit.font().pointSize() == 18


def test_preview_off_hides_its_button_and_key_and_leaves_the_preview(qtbot: QtBot) -> None:
    editor = shown_editor(qtbot)
    editor.set_text("# Heading")
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_P, PREVIEW_KEYS)
    assert editor.preview_button.isChecked(), "Ctrl+Shift+P shows the preview while it is offered"

    editor_style.set_style(EditorStyle(preview=False))
    assert not editor.preview_button.isChecked() and not editor.preview_button.isVisible()
    assert editor.isActiveWindow()
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_P, PREVIEW_KEYS)
    assert not editor.preview_button.isChecked(), "the key does nothing without the preview"
    assert shown_editor(qtbot).preview_button.isHidden(), "an editor built later has none either"

    editor_style.set_style(EditorStyle(preview=True))
    assert editor.preview_button.isVisible()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_P, PREVIEW_KEYS)
    assert editor.preview_button.isChecked(), "offered again, the key works again"


def heading_colour(editor: MarkdownEditor) -> str:
    formats = editor.text_edit.document().firstBlock().layout().formats()
    first = formats[0]
    return str(first.format.foreground().color().name())


def test_a_theme_switch_recolours_the_highlighting_without_an_edit(qtbot: QtBot, qapp: QApplication) -> None:
    editor = shown_editor(qtbot)
    editor.set_text("# A heading\n\nsome **bold** words")
    heading = heading_colour(editor)
    edits: list[None] = []
    editor.text_edited.connect(lambda: edits.append(None))

    theme.use_theme(qapp, "dark")
    recoloured = heading_colour(editor)
    assert recoloured == theme.DARK.accent_text != heading
    assert edits == [], "recolouring is not typing: nothing to save"
