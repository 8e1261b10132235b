"""The menu bar's layout: File and Help, with every item's text, key and status tip. The window
supplies what each item does (FileMenuSlots, HelpMenuSlots), so this module holds no behaviour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolButton

from app.ui.privacy.curtain import HIDE_KEYS

# File → Export ▸, spelled out here so building the menu loads no dialog code (export_dialog.FORMATS
# holds the same keys and names; a test keeps the two in step).
EXPORT_MENU = (
    ("json", "JSON"),
    ("markdown", "Markdown"),
    ("markdown-folder", "Markdown folder"),
    ("html", "HTML"),
    ("pdf", "PDF"),
)

# Help: the shortcuts overview and the command palette (window_help.py opens them).
SHORTCUTS_KEYS = ("F1", "Ctrl+/")
PALETTE_KEYS = "Ctrl+K"


@dataclass(frozen=True, slots=True)
class FileMenuSlots:
    """What the File menu's items do."""

    new_entry: Callable[[], object]
    open_import: Callable[[], object]
    open_export: Callable[[str], object]
    open_brief: Callable[[], object]
    open_backups: Callable[[], object]
    open_settings: Callable[[], object]
    lock_journal: Callable[[], object]
    hide: Callable[[], object]
    quit: Callable[[], object]


@dataclass(frozen=True, slots=True)
class HelpMenuSlots:
    """What the Help menu's items do."""

    shortcuts: Callable[[], object]
    palette: Callable[[], object]


def build_file_menu(bar: QMenuBar, slots: FileMenuSlots) -> dict[str, QAction]:
    """File: new entry, import, export, the check-in brief, backups, settings, lock, hide, quit."""
    actions: dict[str, QAction] = {}
    bar.setAccessibleName("Menu bar")
    file_menu = bar.addMenu("&File")
    file_menu.setAccessibleName("File")
    add = partial(_add_action, actions)
    add(file_menu, "new_entry", "&New entry", slots.new_entry, QKeySequence(QKeySequence.StandardKey.New))
    file_menu.addSeparator()
    add(file_menu, "import", "&Import…", slots.open_import)
    export_menu = file_menu.addMenu("&Export")
    export_menu.setAccessibleName("Export")
    for key, name in EXPORT_MENU:
        add(export_menu, f"export:{key}", f"{name}…", partial(slots.open_export, key))
    file_menu.addSeparator()
    add(file_menu, "brief", "Check-in &brief…", slots.open_brief)
    file_menu.addSeparator()
    add(file_menu, "backups", "&Backups…", slots.open_backups)
    add(file_menu, "settings", "&Settings…", slots.open_settings,
        QKeySequence("Ctrl+,"))  # the platforms disagree on a standard key
    file_menu.addSeparator()
    add(file_menu, "lock", "&Lock journal", slots.lock_journal, QKeySequence("Ctrl+L"))
    # The key lives on the window (it must work while the menu bar is hidden); the text shows it.
    add(file_menu, "hide", f"&Hide what's on screen\t{HIDE_KEYS}", slots.hide)
    file_menu.addSeparator()
    add(file_menu, "quit", "&Quit", slots.quit, QKeySequence(QKeySequence.StandardKey.Quit))
    for button in bar.findChildren(QToolButton):  # Qt's overflow button, shown when menus don't fit
        button.setAccessibleName("More menus")
    return actions


def build_help_menu(bar: QMenuBar, slots: HelpMenuSlots) -> dict[str, QAction]:
    """Help: the keyboard shortcuts (F1, Ctrl+/) and the command palette (Ctrl+K), for the mouse too."""
    actions: dict[str, QAction] = {}
    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.setAccessibleName(QCoreApplication.translate("Menus", "Help"))
    add = partial(_add_action, actions)
    shortcuts = add(help_menu, "shortcuts", QCoreApplication.translate("Menus", "&Keyboard shortcuts"),
                    slots.shortcuts)
    shortcuts.setShortcuts([QKeySequence(keys) for keys in SHORTCUTS_KEYS])
    add(help_menu, "palette", QCoreApplication.translate("Menus", "&Command palette…"), slots.palette,
        QKeySequence(PALETTE_KEYS))
    return actions


def _add_action(actions: dict[str, QAction], menu: QMenu, key: str, text: str, slot: Callable[[], object],
                keys: QKeySequence | None = None) -> QAction:
    action = menu.addAction(text)
    action.setObjectName(key)
    action.setStatusTip(text.replace("&", "").rstrip("…"))
    if keys is not None:
        action.setShortcut(keys)
    action.triggered.connect(lambda _checked=False: slot())
    actions[key] = action
    return action
