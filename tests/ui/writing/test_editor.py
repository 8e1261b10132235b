"""The editor: preview is safe and follows the text, word count, shortcuts."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.records import EntryKind
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.writing.autosave import Autosaver, DraftTarget
from app.ui.writing.editor import MarkdownEditor


def make_editor(qtbot: QtBot) -> MarkdownEditor:
    editor = MarkdownEditor("Answer", "Write here")
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def test_preview_renders_markdown_and_shows_raw_html_as_text(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.set_text(
        "# Title\n\n**bold** <script>alert(1)</script>\n\n![pixel](https://example.com/p.png)\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.preview.isVisible()
    assert editor.preview_button.text() == "Write"
    shown = editor.preview.toPlainText()
    assert "Title" in shown
    assert "<script>alert(1)</script>" in shown  # visible as text, never run
    assert "[image: pixel]" in shown  # nothing fetched from the network
    assert "example.com" not in editor.preview.toHtml()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.preview, Qt.Key.Key_P, both)
    assert editor.text_edit.isVisible()


def test_preview_follows_the_text_while_open(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.preview_button.setChecked(True)
    editor.text_edit.setPlainText("first")
    qtbot.waitUntil(lambda: editor.preview.toPlainText() == "first")


def test_word_count_and_set_text_is_not_an_edit(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    edits: list[None] = []
    editor.text_edited.connect(lambda: edits.append(None))
    editor.set_text("one two three")
    assert editor.word_label.text() == "3 words"
    assert edits == []
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.text_edit, " four")
    qtbot.waitUntil(lambda: editor.word_label.text() == "4 words")
    assert edits


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\u2029")))
def test_whatever_is_typed_is_saved_and_shown_exactly(qtbot: QtBot, journal: Journal, text: str) -> None:
    """No-break spaces, RTL marks, NUL, emoji, combining marks: the editor changes nothing.

    (Carriage returns become plain line breaks, as in any editor; U+2029 is Qt's own line break.)
    """
    editor = MarkdownEditor("Answer")
    qtbot.addWidget(editor)
    autosaver = Autosaver(ObservedJournal(journal), editor)
    assert autosaver.bind(DraftTarget(EntryKind.FREE), None)
    editor.text_edit.setPlainText(text)
    assert editor.text() == text
    assert autosaver.flush()
    if text.strip():
        stored = journal.get_entry(autosaver.entry_uuid or "")
        assert stored.body == text
        editor.set_text(stored.body)
        assert editor.text() == text
    else:
        assert autosaver.entry_uuid is None
