"""Every keyboard shortcut Trustbridge has, as the overview (F1) lists them, in groups.

The keys that work everywhere are read from where they are made: the sidebar's places
(Sidebar.keys), the menu items (their QAction shortcuts) and the privacy curtain's HIDE_KEYS; the
overview only says what each one does (MENU_ROWS). The keys that work on one page or in one
dialog are listed here (PAGE_ROWS); tests/ui/shell/test_shortcuts_overview.py builds every page,
tool and dialog and fails on any shortcut they make that this table does not list.

Texts are English source text, translated where they are shown (context "Shortcuts").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from app.ui.privacy.curtain import HIDE_KEYS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks `text` for translation in `context`; it is translated where it is shown (Qt's own
    QT_TRANSLATE_NOOP does the same, typed as returning an object)."""
    return text


Key = str | QKeySequence.StandardKey
CONTEXT = "Shortcuts"

MOVING = QT_TRANSLATE_NOOP("Shortcuts", "Moving around")
WRITING = QT_TRANSLATE_NOOP("Shortcuts", "Writing")
LISTS = QT_TRANSLATE_NOOP("Shortcuts", "Lists")
TOOLS = QT_TRANSLATE_NOOP("Shortcuts", "The stage tools")
BRIEF = QT_TRANSLATE_NOOP("Shortcuts", "The check-in brief")
PRIVACY = QT_TRANSLATE_NOOP("Shortcuts", "Privacy")
APP = QT_TRANSLATE_NOOP("Shortcuts", "Trustbridge")
GROUPS = (MOVING, WRITING, LISTS, TOOLS, BRIEF, PRIVACY, APP)


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    """Keys (any of them) and what they do, in a group."""

    group: str
    keys: tuple[Key, ...]
    text: str


# What each menu item's key does, by the item's key in window_menus (its shortcut comes from the
# item itself; an item with a key and no line here is listed under APP by its menu text).
MENU_ROWS: dict[str, tuple[str, str]] = {
    "palette": (MOVING,
                QT_TRANSLATE_NOOP("Shortcuts", "Find any page, tool, action or entry (command palette)")),
    "shortcuts": (MOVING, QT_TRANSLATE_NOOP("Shortcuts", "This list of keys")),
    "new_entry": (WRITING, QT_TRANSLATE_NOOP("Shortcuts", "Start a new entry in the Journal")),
    "lock": (PRIVACY, QT_TRANSLATE_NOOP("Shortcuts", "Lock the journal until your passphrase is typed")),
    "settings": (APP, QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    "quit": (APP, QT_TRANSLATE_NOOP("Shortcuts", "Quit Trustbridge")),
}

# The sidebar's places: "Go to Today", "Go to Ownership"…
GO_TO = QT_TRANSLATE_NOOP("Shortcuts", "Go to {place}")

_STANDARD = QKeySequence.StandardKey

# Keys that work on one page, in one tool or one dialog.
PAGE_ROWS: tuple[ShortcutRow, ...] = (
    ShortcutRow(MOVING, ("Ctrl+PgUp", "Ctrl+PgDown"),
                QT_TRANSLATE_NOOP("Shortcuts", "On a stage: switch between the guided prompts and its tool")),
    ShortcutRow(MOVING, ("Alt+Left", "Alt+Right"),
                QT_TRANSLATE_NOOP("Shortcuts", "On a stage: the previous or the next prompt")),
    ShortcutRow(MOVING, ("Down",),
                QT_TRANSLATE_NOOP("Shortcuts", "Search: from the search field down to what was found")),
    ShortcutRow(WRITING, ("Ctrl+Shift+P",),
                QT_TRANSLATE_NOOP("Shortcuts", "Show or hide how your writing reads (preview)")),
    ShortcutRow(WRITING, ("Ctrl+Return", "Ctrl+Enter"), QT_TRANSLATE_NOOP(
        "Shortcuts", "Save a mood check-in, a forgiveness note or a stay-or-go decision")),
    ShortcutRow(LISTS, ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "Journal: edit the entry that is open")),
    ShortcutRow(LISTS, (_STANDARD.Delete,), QT_TRANSLATE_NOOP(
        "Shortcuts", "Delete what is chosen in a list (an entry, a goal, a meeting…)")),
    ShortcutRow(LISTS, (_STANDARD.Undo,),
                QT_TRANSLATE_NOOP("Shortcuts", "Take back what was just deleted, where Undo is offered")),
    ShortcutRow(TOOLS, ("Alt+Up", "Alt+Down"),
                QT_TRANSLATE_NOOP("Shortcuts", "Your plan: move the chosen goal up or down")),
    ShortcutRow(TOOLS, ("Alt+1", "Alt+2", "Alt+3", "Alt+4"), QT_TRANSLATE_NOOP(
        "Shortcuts", "Check-in and decision: check in, forgiveness, stay or go, over time")),
    ShortcutRow(TOOLS, (_STANDARD.Save,),
                QT_TRANSLATE_NOOP("Shortcuts", "Statement workshop: save this version of your statement")),
    ShortcutRow(TOOLS, ("Ctrl+R",), QT_TRANSLATE_NOOP("Shortcuts", "Statement workshop: rehearse it")),
    ShortcutRow(TOOLS, ("Space",), QT_TRANSLATE_NOOP("Shortcuts", "Rehearsal: start or pause the timer")),
    ShortcutRow(TOOLS, (_STANDARD.Close,),
                QT_TRANSLATE_NOOP("Shortcuts", "Close the comparison of two versions")),
    ShortcutRow(TOOLS, ("Return", "Enter"),
                QT_TRANSLATE_NOOP("Shortcuts", "In the date to say your statement: set it")),
    ShortcutRow(TOOLS, ("Esc",),
                QT_TRANSLATE_NOOP("Shortcuts", "In the date to say your statement: leave it as it was")),
    ShortcutRow(BRIEF, (_STANDARD.Print,), QT_TRANSLATE_NOOP("Shortcuts", "Print the brief")),
    ShortcutRow(BRIEF, (_STANDARD.Save,), QT_TRANSLATE_NOOP("Shortcuts", "Save the brief as a PDF")),
    ShortcutRow(PRIVACY, (HIDE_KEYS,), QT_TRANSLATE_NOOP(
        "Shortcuts", "Hide what is on screen at once; the same keys bring it back")),
)


def sequence(key: Key) -> QKeySequence:
    """The key sequence a table key stands for (a standard key: this platform's first binding)."""
    return QKeySequence(key)
