"""The menu on a misspelled word: up to five suggestions, "Add to my dictionary", then the
editor's own menu (undo, cut, copy, paste ...) below them.

The suggestions are worked out only now, on the right-click (about 1-2 ms a word,
benches/spelling.py). Choosing one replaces the word as one step of undo; the editor's
textChanged then saves it like typing (its owner's `saver.touch`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QTextCursor
from PySide6.QtWidgets import QMenu

from app.i18n import translate
from app.ui.writing.spelling import MultiLineEditor, misspelled_word_at

if TYPE_CHECKING:
    from app.ui.writing.spelling_service import SpellingService


def show_spelling_menu(
    service: SpellingService, editor: MultiLineEditor, event: QContextMenuEvent, on_editor: bool
) -> bool:
    """Show the menu for the word at the event (the caret's word from the keyboard); False, and
    the editor shows its usual menu, when that word is not misspelled."""
    if on_editor:
        position = editor.textCursor().position()
    else:
        position = editor.cursorForPosition(event.pos()).position()
    menu = spelling_menu(service, editor, position)
    if menu is None:
        return False
    menu.exec(event.globalPos() if not event.globalPos().isNull() else editor.mapToGlobal(QPoint(0, 0)))
    menu.deleteLater()
    return True


def spelling_menu(service: SpellingService, editor: MultiLineEditor, position: int) -> QMenu | None:
    """The menu for the misspelled word at `position` in `editor`, or None if there is none."""
    speller = service.speller
    found = misspelled_word_at(editor, position)
    if speller is None or found is None:
        return None
    start, word = found
    menu = editor.createStandardContextMenu()
    menu.setAccessibleName(translate("SpellingMenu", "Spelling"))
    standard = menu.actions()
    first = standard[0] if standard else None
    ours: list[QAction] = []
    suggestions = speller.suggestions(word)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = QFont(action.font())
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(
            lambda _checked=False, text=suggestion: replace_word(editor, start, word, text)
        )
        ours.append(action)
    if not suggestions:
        nothing = QAction(translate("SpellingMenu", "No suggestions"), menu)
        nothing.setEnabled(False)
        ours.append(nothing)
    add = QAction(translate("SpellingMenu", "Add “{word}” to my dictionary").format(word=word), menu)
    add.setObjectName("addToDictionary")
    add.triggered.connect(lambda: service.add_word(word, origin=editor))
    ours.append(add)
    menu.insertActions(first, ours) if first is not None else menu.addActions(ours)
    if first is not None:
        menu.insertSeparator(first)
    return menu


def replace_word(editor: MultiLineEditor, start: int, word: str, replacement: str) -> None:
    """Put `replacement` where `word` is, as one step of undo; nothing if the word has moved."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    if cursor.selectedText() != word:
        return
    cursor.beginEditBlock()
    cursor.insertText(replacement)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
