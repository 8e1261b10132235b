"""What the command palette (Ctrl+K) can do: go to a place, open a stage's tool, run a menu item,
open one of the newest entries.

Each command runs exactly what the sidebar, the menu or the Journal's list does (the window's
go_to, open_tool and open_entry, the menu item's own QAction), so there is no second way to do
anything. The places and the menu items are read from the window as they are built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from app.domain.records import EntrySummary, entry_label
from app.domain.stages import Stage
from app.domain.timeline import local_date
from app.ui.privacy.curtain import HIDE_KEYS
from app.ui.shell.shortcut_table import QT_TRANSLATE_NOOP
from app.ui.shell.shortcuts_overview import menu_text, native
from app.ui.widgets.day_words import short_date

if TYPE_CHECKING:
    from app.ui.data.journal_events import ObservedJournal

CONTEXT = "Palette"
RECENT_ENTRIES = 50  # the newest entries the palette offers

# Each stage's tool, as its page names it (window_pages.build_tool; a test keeps the two in step).
TOOL_TITLES = {
    Stage.OWNERSHIP: QT_TRANSLATE_NOOP("Palette", "Statement workshop"),
    Stage.FEELINGS: QT_TRANSLATE_NOOP("Palette", "Check-in and decision"),
    Stage.EXPECTATIONS: QT_TRANSLATE_NOOP("Palette", "Your plan"),
    Stage.CHECKINS: QT_TRANSLATE_NOOP("Palette", "Meetings"),
}


class Kind(Enum):
    PLACE = QT_TRANSLATE_NOOP("Palette", "Place")
    TOOL = QT_TRANSLATE_NOOP("Palette", "Tool")
    ACTION = QT_TRANSLATE_NOOP("Palette", "Action")
    ENTRY = QT_TRANSLATE_NOOP("Palette", "Entry")

    @property
    def word(self) -> str:
        return _tr(self.value)


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the palette offers: what it is called, what kind it is, its keys or its day."""

    kind: Kind
    title: str
    detail: str
    run: Callable[[], object]
    about: str = ""  # said to a screen reader, not shown: an entry's kind ("Evening")

    @property
    def spoken(self) -> str:
        """What a screen reader says for its row: "Export JSON, Action"; "…, Entry, Evening, Tue 8 Dec"."""
        parts = [self.title, self.kind.word] + [part for part in (self.about, self.detail) if part]
        return ", ".join(parts)


class PaletteWindow(Protocol):
    """What the palette asks of the main window."""

    journal: ObservedJournal | None
    nav_buttons: dict[str, QPushButton]
    menu_actions: dict[str, QAction]

    def go_to(self, key: str) -> None: ...
    def open_tool(self, key: str) -> None: ...
    def open_entry(self, uuid: str) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def palette_commands(window: PaletteWindow, place_keys: Mapping[str, str],
                     help_actions: Mapping[str, QAction]) -> list[Command]:
    """Every command, in the order an empty search lists them: places, tools, actions, entries.

    `place_keys`: each place's shortcut (Sidebar.keys); `help_actions`: the Help menu's items
    (the shortcuts overview is offered; the palette itself is not).
    """
    commands = [
        Command(Kind.PLACE, button.text(), _native(place_keys.get(key, "")), partial(window.go_to, key))
        for key, button in window.nav_buttons.items()
    ]
    for stage, title in TOOL_TITLES.items():
        name = _tr("{stage}: {tool}").format(stage=window.nav_buttons[stage.value].text(), tool=_tr(title))
        commands.append(Command(Kind.TOOL, name, "", partial(window.open_tool, stage.value)))
    menu = dict(window.menu_actions)
    menu.update((key, action) for key, action in help_actions.items() if key != "palette")
    for key, action in menu.items():
        if action.isEnabled():
            commands.append(Command(Kind.ACTION, _action_title(key, action), _action_keys(key, action),
                                    action.trigger))
    commands += recent_entries(window)
    return commands


def _action_title(key: str, action: QAction) -> str:
    if key.startswith("export:"):
        return _tr("Export {format}").format(format=menu_text(action))
    return menu_text(action)


def _action_keys(key: str, action: QAction) -> str:
    if key == "hide":
        return _native(HIDE_KEYS)  # the key lives on the window (the curtain's), not on the item
    return native(action.shortcut())


def _native(keys: str) -> str:
    return native(QKeySequence(keys)) if keys else ""


def recent_entries(window: PaletteWindow) -> list[Command]:
    """The newest entries, each opening in the Journal as if chosen in its list."""
    journal = window.journal
    if journal is None:
        return []
    from app.ui.journal.entry_list_model import entry_headline

    summaries: list[EntrySummary] = journal.read(lambda j: j.list_entries(limit=RECENT_ENTRIES), [])
    today = journal.clock.today()
    return [Command(Kind.ENTRY, entry_headline(summary), short_date(local_date(summary.created_at), today),
                    partial(window.open_entry, summary.uuid), entry_label(summary.kind, summary.stage))
            for summary in summaries]
