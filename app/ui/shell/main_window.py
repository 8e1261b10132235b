"""The main window: a sidebar of places and the page for each. Layout and navigation only.

The sidebar's layout is in sidebar.py, the menu's in window_menus.py, the pages are built in
window_pages.py; this window wires them together, shows the gateway's problems on its status
line, and saves everything typed (journal.flush_all) on a page change, a lock, a hide and close.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.ui.shell.sidebar import JOURNAL, SEARCH, SIDEBAR_WIDTH, TODAY, Sidebar
from app.ui.shell.status_line import StatusLine
from app.ui.shell.window_dialogs import WindowDialogs
from app.ui.shell.window_lock import lock_or_explain
from app.ui.shell.window_menus import EXPORT_MENU, FileMenuSlots, build_file_menu
from app.ui.shell.window_state import WINDOW_STATE_FILE, window_state
from app.ui.widgets import messages

if TYPE_CHECKING:  # the pages load with the journal, off the start-up path (see attach)
    from app.domain.changes import Change
    from app.domain.prompts import Catalogue
    from app.store.first_read import FirstPage
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.privacy.controls import PrivacyControls
    from app.ui.privacy.curtain import PrivacyCurtain
    from app.ui.widgets.page_layout import Page

__all__ = ["EXPORT_MENU", "JOURNAL", "SEARCH", "SIDEBAR_WIDTH", "TODAY", "WINDOW_STATE_FILE", "MainWindow"]


class MainWindow(QMainWindow):
    """The sidebar and its pages; pages are built when first shown."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = window_state(data_dir / WINDOW_STATE_FILE)
        self.journal: ObservedJournal | None = None
        self.curtain: PrivacyCurtain | None = None
        self._catalogue: Catalogue | None = None
        self._first_read: FirstPage | None = None
        self.pages: dict[str, Page] = {}
        self._current: str | None = None
        self.menu_actions: dict[str, QAction] = {}  # built in attach(), off the start-up path
        self._dialogs = WindowDialogs()  # settings, backups: they outlive a reopen, not a lock
        self.unlock_page: QWidget | None = None  # the unlock page while an encrypted journal waits
        self.session: PrivacyControls | None = None  # set by the session that owns this window's journal
        # Set at start-up (application.run_gui): the first page built shows its writing field
        # first and reads the rest on the next turns of the event loop (TodayPage's fill_later).
        self.fill_first_page_later = False
        self._build_layout()
        self._wire_navigation()
        from app.ui.shell.welcome import WelcomeSlot

        self.welcome = WelcomeSlot(self.stack)  # a new journal's welcome, until the person leaves it
        geometry = self._settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 780)

    def _build_layout(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 640)
        self.stack = QStackedWidget()
        self.opening = QLabel("Opening your journal…")
        self.opening.setObjectName("opening")  # centred by the stylesheet: no Qt enums at start-up
        self.stack.addWidget(self.opening)
        self.sidebar = Sidebar()
        self.nav_buttons: dict[str, QPushButton] = self.sidebar.buttons
        self.status_line = StatusLine()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addWidget(self.status_line)
        row.addLayout(column, 1)
        self.setCentralWidget(central)

    def _wire_navigation(self) -> None:
        for key, button in self.nav_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self._shortcut_to(k))
            shortcut = QShortcut(QKeySequence(self.sidebar.keys[key]), self)  # immediate, unlike a click
            shortcut.activated.connect(lambda k=key: self._shortcut_to(k))

    def go_to(self, key: str) -> None:
        """Go to a page and put the cursor where the person will write or read first."""
        self._shortcut_to(key)

    def _shortcut_to(self, key: str) -> None:
        """Go to a page and put the cursor where the person will write or read first."""
        self.show_page(key)
        page = self.current_page()
        if page is not None:
            page.focus_first()

    def open_tool(self, key: str) -> None:
        """A stage page on its own tool (the plan, the meetings…), with the cursor in it."""
        from app.ui.stages.stage_page import StagePage

        self.show_page(key)
        page = self.current_page()
        if isinstance(page, StagePage) and page.tool is not None:
            page.show_view(1)
            page.focus_first()

    # -- an encrypted journal waits for its passphrase -----------------------------------------

    def show_unlock(self, page: QWidget) -> None:
        """Put the unlock page in place of "Opening…", with the cursor in it."""
        self.remove_unlock()
        self.unlock_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        focus_first = getattr(page, "focus_first", None)
        if callable(focus_first):
            focus_first()

    def remove_unlock(self) -> None:
        """Take the unlock page out (it is gone for good: nothing typed stays in a widget)."""
        page = self.unlock_page
        if page is None:
            return
        self.unlock_page = None
        if self.stack.currentWidget() is page:
            self.stack.setCurrentWidget(self.opening)
        self.stack.removeWidget(page)
        page.deleteLater()

    # -- the journal arrives ---------------------------------------------------------------

    def attach(self, journal: ObservedJournal, catalogue: Catalogue, first: FirstPage | None = None) -> None:
        """Start using the journal once it is open (opening happens off the UI thread), or, at
        start-up, while it opens: `first` is what Today needs, read before (first_read.py).

        Pages are built the first time they are shown, so attaching blocks the UI only for one.
        """
        self.journal = journal
        self._catalogue = catalogue
        self._first_read = first
        from PySide6.QtCore import Qt  # PySide builds all Qt enums on first use: not before the window shows

        for button in self.nav_buttons.values():
            button.setEnabled(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves no focus ring behind
        from app.ui.privacy.curtain import PrivacyCurtain

        if self.curtain is None:
            self.curtain = PrivacyCurtain(self)
            self.curtain.hiding.connect(self.flush_all)  # what is typed is saved before it is hidden
        self._build_menus()
        self._enable_journal_actions(True)
        journal.problem.connect(self.status_line.say)
        journal.changes.connect(self._on_changes)
        from app.ui.shell.welcome import welcome_due

        if welcome_due(self.session, journal):
            self.show_welcome()
            return
        self._shortcut_to(self._first_page_key())

    def show_welcome(self) -> None:
        """A new journal's welcome in place of a page (welcome.py), no place chosen in the sidebar."""
        assert self._catalogue is not None, "attach() first"
        self.welcome.show(self._catalogue, self.start_with_ownership, lambda: self._shortcut_to(TODAY))
        self.sidebar.uncheck_all()
        self._current = None

    def start_with_ownership(self) -> None:
        """The welcome's one action: the Ownership stage, on its first prompt, ready to write."""
        from app.domain.stages import Stage
        from app.ui.stages.stage_page import StagePage

        self.show_page(Stage.OWNERSHIP.value)
        page = self.current_page()
        if isinstance(page, StagePage):
            page.show_view(0)
            if page.current_index != 0:
                page.go_to(0)
            page.focus_first()

    def _on_changes(self, change: Change) -> None:
        """A change reached the journal: any earlier problem is past. Many records at once (an
        import, a restore): the page in view shows them now; the others refresh when next shown."""
        self.status_line.clear()
        if change.wholesale:
            page = self.current_page()
            if page is not None:
                page.refresh()

    # -- the journal closes for a moment (locked, or encrypted / restored under the window) -----

    def set_session(self, session: PrivacyControls) -> None:
        self.session = session

    def place(self) -> tuple[str | None, str | None]:
        """The page in view and the entry open in the Journal, so a reopen can come back to them."""
        entry_uuid = None
        journal_page = self.pages.get(JOURNAL)
        current = getattr(journal_page, "current_entry", None) if journal_page is not None else None
        if current is not None:
            entry_uuid = current.uuid
        return self._current, entry_uuid

    def return_to(self, page: str | None, entry_uuid: str | None) -> None:
        """Back where the person was before the journal closed."""
        if entry_uuid is not None:
            self.open_entry(entry_uuid)
            if page != JOURNAL and page is not None:
                self._shortcut_to(page)
        elif page is not None:
            self._shortcut_to(page)

    def _first_page_key(self) -> str:
        """The page the person left the window on (Today when unknown)."""
        last = str(self._settings.value("page", TODAY))
        return last if last in self.nav_buttons else TODAY

    def opens_on_today(self) -> bool:
        return self._first_page_key() == TODAY

    def unsaved_first_page(self) -> str | None:
        """Today's words not yet saved, if Today is built (see SessionCore._give_up_first_page)."""
        from app.ui.today.today_page import TodayPage

        page = self.pages.get(TODAY)
        if not isinstance(page, TodayPage) or not page.autosaver.pending:
            return None
        return page.card.editor.text()

    def detach(self, *, close_session_dialogs: bool) -> None:
        """Take every page and journal dialog down: no widget keeps entry text or the closing journal.

        The caller has saved everything (flush_all) first. Settings and Backups stay open across
        a reopen (they asked for it) and close only when the journal locks.
        """
        if self.curtain is not None and self.curtain.hidden:
            self.curtain.reveal()
        self._dialogs.close(session_dialogs=close_session_dialogs)
        self.stack.setCurrentWidget(self.opening)
        self.welcome.leave(self.session, seen=False)  # still due: back when the journal reopens
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._current = None
        if self.journal is not None:
            self.journal.problem.disconnect(self.status_line.say)
            self.journal.changes.disconnect(self._on_changes)
        self.journal = None
        self.status_line.clear()
        self.sidebar.clear_checked()
        self._enable_journal_actions(False)

    def _must_stay_open(self) -> bool:
        """Encrypting, restoring or a recovery code on screen: quitting now could leave a journal
        nobody can open (the code never seen). Say so and stay."""
        busy = self.session is not None and self.session.busy
        if not busy and not self.showing_recovery_code():
            return False
        messages.show_error(
            self, "Trustbridge is still working",
            "Your journal is being changed (encrypted, decrypted or restored), or a recovery code is on "
            "screen.",
            "Wait until it has finished and write the recovery code down, then quit.",
        )
        return True

    def journal_work_running(self) -> bool:
        """An import or export is reading or writing the journal: closing it now would stall the
        window until that work ends, and cut its answer off."""
        return self._dialogs.work_running()

    def showing_recovery_code(self) -> bool:
        """A recovery code is on screen: locking now would take it away before it is written down."""
        from app.ui.privacy.recovery_code_dialog import RecoveryCodeDialog

        return any(dialog.isVisible() for dialog in self.findChildren(RecoveryCodeDialog))

    def show_working(self, text: str) -> None:
        """What the window says while the journal is closed for an operation."""
        self.opening.setText(text)
        self.stack.setCurrentWidget(self.opening)

    def _enable_journal_actions(self, enabled: bool) -> None:
        """Menu items that need the journal; Hide and Quit always work."""
        for key, action in self.menu_actions.items():
            if key not in ("hide", "quit"):
                action.setEnabled(enabled)

    # -- the menu bar ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        """Built once the journal is open (and the curtain there to hide with)."""
        if self.menu_actions:
            return
        curtain = self.curtain
        assert curtain is not None
        self.menu_actions = build_file_menu(self.menuBar(), FileMenuSlots(
            new_entry=self.new_entry, open_import=self.open_import, open_export=self.open_export,
            open_brief=self.open_brief, open_backups=self.open_backups, open_settings=self.open_settings,
            lock_journal=self.lock_journal, hide=curtain.toggle, quit=self.close,
        ))
        from app.ui.shell.window_help import KeyboardHelp

        self.keyboard = KeyboardHelp(self)  # Help: the shortcuts overview (F1), the command palette (Ctrl+K)
        if self.isVisible():
            self.menuBar().show()  # made after the window showed: its shortcuts work only once it is shown

    def open_import(self) -> None:
        """File → Import…: the import dialog, over this window."""
        if self.journal is None:
            return
        self.flush_all()  # what is typed is saved before many new entries arrive
        from app.ui.journal.import_dialog import open_import

        self._keep(open_import(self.journal, self))

    def open_export(self, key: str) -> None:
        """File → Export ▸ a format: the export dialog for it."""
        if self.journal is None:
            return
        self.flush_all()  # the export holds what is on screen
        from app.ui.journal.export_dialog import open_export

        self._keep(open_export(self.journal, key, self))

    def open_brief(self) -> None:
        """File → Check-in brief…: everything since the last check-in, to read, print or save."""
        if self.journal is None:
            return
        self.flush_all()
        from app.ui.brief.brief_dialog import open_brief

        self._keep(open_brief(self.journal, self))

    def open_settings(self) -> None:
        """File → Settings…: privacy (encryption, passphrase, locking) and backups."""
        if self.session is None or self.journal is None:
            return
        from app.ui.privacy.journal_check import check_of
        from app.ui.privacy.settings_dialog import open_settings

        dialog = open_settings(self.session, self, lambda: check_of(self._service()))
        dialog.backups_requested.connect(self.open_backups)
        self._keep_for_session(dialog)

    def _service(self) -> Journal | None:
        """The open journal behind the gateway (for work a worker does, such as the full check)."""
        return self.journal.service if self.journal is not None else None

    def open_backups(self) -> None:
        """File → Backups…: the automatic backups, made now or restored."""
        if self.session is None or self.journal is None:
            return
        self.flush_all()
        from app.ui.privacy.backups_dialog import open_backups

        self._keep_for_session(open_backups(self.session, self))

    def lock_journal(self) -> None:
        """Ctrl+L: close the journal until the passphrase is typed again."""
        if self.session is not None and self.journal is not None:
            lock_or_explain(self, self.session, self.open_settings, lambda: self.journal is not None)

    def _keep_for_session(self, dialog: QDialog) -> None:
        """Like _keep, for dialogs that drive the session; only one of each kind at a time."""
        self._dialogs.keep_for_session(dialog)

    def _keep(self, dialog: QDialog) -> None:
        """Hold a dialog until it closes (its worker reports back to it); then let it go."""
        self._dialogs.keep(dialog)

    @property
    def open_dialogs(self) -> list[QDialog]:
        return self._dialogs.open_dialogs

    @property
    def page_keys(self) -> list[str]:
        return list(self.nav_buttons)

    def page(self, key: str) -> Page:
        """The page for a sidebar key, built on first use."""
        if key not in self.pages:
            self.pages[key] = self._build_page(key)
            self.stack.addWidget(self.pages[key])
        return self.pages[key]

    def _build_page(self, key: str) -> Page:
        from app.ui.shell.window_pages import build_page
        from app.ui.shell.window_routes import wire_page

        assert self.journal is not None and self._catalogue is not None, "attach() first"
        fill_later, self.fill_first_page_later = self.fill_first_page_later, False
        first, self._first_read = self._first_read, None
        page = build_page(key, self.journal, self._catalogue, self.stack, fill_later=fill_later, first=first)
        wire_page(self, page)
        return page

    # -- navigation ------------------------------------------------------------------------

    @property
    def current_key(self) -> str | None:
        return self._current

    def current_page(self) -> Page | None:
        return self.pages.get(self._current) if self._current else None

    def show_page(self, key: str) -> None:
        if key not in self.nav_buttons or self.journal is None:
            return
        if self._current is not None and key != self._current:
            self.flush_all()  # leaving a page: everything typed is saved (a failure says so itself)
        self.welcome.leave(self.session, seen=True)
        fresh = key not in self.pages
        page = self.page(key)
        if key != self._current and not fresh:
            page.refresh()
        self.stack.setCurrentWidget(page)
        self.nav_buttons[key].setChecked(True)
        self._current = key
        self._settings.setValue("page", key)

    def open_entry(self, uuid: str) -> None:
        """An entry in the Journal, wherever the request came from."""
        if self.journal is None:
            return
        self.show_page(JOURNAL)
        self.page(JOURNAL).open_entry(uuid)  # type: ignore[attr-defined]

    def new_entry(self) -> None:
        """Ctrl+N from anywhere: a fresh free-writing entry in the Journal."""
        if self.journal is None:
            return
        self.show_page(JOURNAL)
        self.page(JOURNAL).new_entry()  # type: ignore[attr-defined]

    def flush_all(self) -> bool:
        """Save every pending edit now: every saver of the journal, then each page's leaving step
        (words left in a check-in's "add" fields join its lists); False if anything was not saved."""
        saved = self.journal.flush_all() if self.journal is not None else True
        pages = [page.flush() for page in self.pages.values()]
        return saved and all(pages)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_all()  # minimised or hidden: what is typed is on disk meanwhile
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._must_stay_open():
            event.ignore()
            return
        if not self.flush_all() and not messages.confirm_quit_unsaved(self):
            event.ignore()
            return
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.sync()
        event.accept()
