"""The Help menu and what it opens: the keyboard shortcuts (F1, Ctrl+/) and the command palette
(Ctrl+K). Made with the window's menus, once the journal is open (MainWindow._build_menus)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QPushButton, QWidget

from app.ui.shell.window_menus import PALETTE_KEYS, HelpMenuSlots, build_help_menu

if TYPE_CHECKING:  # the palette and the overview load when first opened, not with the menus
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.privacy.curtain import PrivacyCurtain
    from app.ui.shell.command_palette import CommandPalette
    from app.ui.shell.shortcuts_overview import ShortcutsOverview
    from app.ui.shell.sidebar import Sidebar


class HelpWindow(Protocol):
    """What the Help menu asks of the main window (a QMainWindow); the palette's PaletteWindow too."""

    journal: ObservedJournal | None
    nav_buttons: dict[str, QPushButton]
    menu_actions: dict[str, QAction]
    sidebar: Sidebar
    curtain: PrivacyCurtain | None

    def go_to(self, key: str) -> None: ...
    def open_tool(self, key: str) -> None: ...
    def open_entry(self, uuid: str) -> None: ...
    def _keep(self, dialog: QDialog) -> None: ...


def text_fields_take_palette_key() -> bool:
    """On X11-style desktops Ctrl+K in a text field deletes to the end of the line (Qt's
    DeleteEndOfLine), and the field would take the key before the palette's menu item sees it."""
    keys = QKeySequence(PALETTE_KEYS)
    return any(binding.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
               for binding in QKeySequence.keyBindings(QKeySequence.StandardKey.DeleteEndOfLine))


class KeyboardHelp(QObject):
    """The Help menu's items (`actions`: "shortcuts", "palette") and the windows they open."""

    def __init__(self, window: HelpWindow, *, claim_palette_key: bool | None = None) -> None:
        assert isinstance(window, QMainWindow)
        super().__init__(window)
        self._window = window
        self._host: QMainWindow = window  # the same window, as a widget: the dialogs' parent
        self.overview: ShortcutsOverview | None = None
        self.palette: CommandPalette | None = None
        self.actions = build_help_menu(self._host.menuBar(), HelpMenuSlots(
            shortcuts=self.show_shortcuts, palette=self.open_palette,
        ))
        menu = self.actions["palette"].parent()
        if isinstance(menu, QMenu):
            # Greyed in the open menu while locked or curtained (open_palette refuses then anyway);
            # enabled again as the menu closes, or Ctrl+K would stay dead after unlocking.
            menu.aboutToShow.connect(lambda: self.actions["palette"].setEnabled(self._palette_allowed()))
            menu.aboutToHide.connect(lambda: self.actions["palette"].setEnabled(True))
        self._palette_key = QKeySequence(PALETTE_KEYS)
        if claim_palette_key if claim_palette_key is not None else text_fields_take_palette_key():
            self.claim_palette_key()

    # -- the shortcuts overview ----------------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsOverview:
        """The overview of every key; brought to the front if it is open already."""
        from app.ui.shell.shortcuts_overview import ShortcutsOverview, overview_groups

        if self.overview is not None:
            self.overview.raise_()
            self.overview.activateWindow()
            return self.overview
        window = self._window
        places = [(window.sidebar.keys[key], button.text()) for key, button in window.nav_buttons.items()]
        overview = ShortcutsOverview(overview_groups(places, window.menu_actions | self.actions), self._host)
        overview.finished.connect(lambda _result: self._overview_closed(overview))
        self.overview = overview
        overview.show()
        return overview

    def _overview_closed(self, overview: ShortcutsOverview) -> None:
        if self.overview is overview:
            self.overview = None
        overview.deleteLater()

    # -- the command palette -------------------------------------------------------------------

    def _palette_allowed(self) -> bool:
        """Only with the journal open and on screen (never over the privacy curtain)."""
        window = self._window
        return window.journal is not None and not (window.curtain is not None and window.curtain.hidden)

    def open_palette(self) -> CommandPalette | None:
        """The palette over the top of the window, the cursor in its search field."""
        from app.ui.shell.command_palette import CommandPalette
        from app.ui.shell.palette_commands import palette_commands

        window = self._window
        if not self._palette_allowed() or self.palette is not None:
            return self.palette
        palette = CommandPalette(palette_commands(window, window.sidebar.keys, self.actions), self._host)
        window._keep(palette)  # closed with the journal (a lock), like the other journal dialogs
        if window.curtain is not None:
            window.curtain.hiding.connect(palette.reject)  # nothing of the journal stays on screen
        palette.finished.connect(lambda _result: self._palette_closed(palette))
        self.palette = palette
        palette.open()
        return palette

    def _palette_closed(self, palette: CommandPalette) -> None:
        if self.palette is palette:
            self.palette = None
        if self._window.curtain is not None:
            self._window.curtain.hiding.disconnect(palette.reject)

    # -- Ctrl+K where a text field would take it -----------------------------------------------

    def claim_palette_key(self) -> None:
        """From now on Ctrl+K in the window's text fields opens the palette (see eventFilter)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._watch_focus)
        focus = QApplication.focusWidget()
        if focus is not None:
            self._watch_focus(None, focus)

    def _watch_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._host.isAncestorOf(new):
            new.installEventFilter(self)  # once: Qt moves a filter already there to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+K in one of the window's text fields opens the palette rather than deleting to
        the end of the line: the field is told nothing overrides the key, so the menu item runs."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == self._palette_key):
            event.ignore()
            return True
        return False
