"""The main window: a sidebar of places and the page for each. Layout and navigation only."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.domain.stages import Stage
from app.ui.privacy.curtain import HIDE_KEYS
from app.ui.widgets import messages

if TYPE_CHECKING:  # the pages load with the journal, off the start-up path (see attach)
    from app.domain.prompts import Catalogue
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.privacy.curtain import PrivacyCurtain
    from app.ui.shell.session import JournalSession
    from app.ui.widgets.page_layout import Page

TODAY = "today"
JOURNAL = "journal"
SEARCH = "search"
SIDEBAR_WIDTH = 208
WINDOW_STATE_FILE = "window-state.ini"
# File → Export ▸, spelled out here so building the menu loads no dialog code (export_dialog.FORMATS
# holds the same keys and names; a test keeps the two in step).
EXPORT_MENU = (
    ("json", "JSON"),
    ("markdown", "Markdown"),
    ("markdown-folder", "Markdown folder"),
    ("html", "HTML"),
    ("pdf", "PDF"),
)


def _window_state(path: Path) -> QSettings:
    """The window's own settings file, readable only by the person (0600 whatever the umask).

    QSettings writes through a temporary file that takes the old file's permissions, so the file
    is made (or tightened) 0600 before QSettings first writes it.
    """
    with suppress(OSError):  # a read-only data folder: QSettings then keeps the state in memory
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        os.close(os.open(path, flags, 0o600))  # not through a link, never blocking on a pipe
        path.chmod(0o600)
    return QSettings(str(path), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """The sidebar and its pages; pages are built when first shown."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 640)
        self._settings = _window_state(data_dir / WINDOW_STATE_FILE)
        self.journal: ObservedJournal | None = None
        self.curtain: PrivacyCurtain | None = None
        self._catalogue: Catalogue | None = None
        self.pages: dict[str, Page] = {}
        self._current: str | None = None
        self.menu_actions: dict[str, QAction] = {}  # built in attach(), off the start-up path
        self._dialogs: list[QDialog] = []
        self.unlock_page: QWidget | None = None  # the unlock page while an encrypted journal waits
        self.session: JournalSession | None = None  # set by the session that owns this window's journal
        self._session_dialogs: list[QDialog] = []  # settings, backups: they outlive a reopen, not a lock

        self.stack = QStackedWidget()
        self.opening = QLabel("Opening your journal…")
        self.opening.setObjectName("opening")  # centred by the stylesheet: no Qt enums at start-up
        self.stack.addWidget(self.opening)

        self.nav_buttons: dict[str, QPushButton] = {}
        self._nav_group = QButtonGroup(self)
        self._nav_group.setExclusive(True)
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setMinimumWidth(SIDEBAR_WIDTH)  # grows with the text size, never clips a name
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 20, 12, 16)
        side.setSpacing(2)
        brand = QLabel(APP_NAME)
        brand.setObjectName("brand")
        side.addWidget(brand)
        side.addWidget(self._nav_button(TODAY, "Today", "Ctrl+T", "Today: tonight's entry and your progress"))
        section = QLabel("STAGES")
        section.setObjectName("sidebarSection")
        side.addWidget(section)
        for stage in Stage:
            side.addWidget(self._nav_button(stage.value, stage.label, f"Ctrl+{stage.number}",
                                            f"Stage {stage.number}: {stage.label}"))
        section = QLabel("LOOK BACK")
        section.setObjectName("sidebarSection")
        side.addWidget(section)
        side.addWidget(self._nav_button(JOURNAL, "Journal", "Ctrl+J", "Journal: every entry, newest first"))
        side.addWidget(self._nav_button(SEARCH, "Search", "Ctrl+F", "Search everything you have written"))
        side.addStretch(1)
        for button in self.nav_buttons.values():
            button.setEnabled(False)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        geometry = self._settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 780)

    def _nav_button(self, key: str, text: str, keys: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("navButton")
        button.setCheckable(True)
        button.setAccessibleName(text)
        button.setAccessibleDescription(f"{description} ({keys})")
        button.setToolTip(f"{description} ({keys})")
        button.clicked.connect(lambda _=False, k=key: self._shortcut_to(k))
        shortcut = QShortcut(QKeySequence(keys), self)  # immediate, unlike a button's animated click
        shortcut.activated.connect(lambda k=key: self._shortcut_to(k))
        self._nav_group.addButton(button)
        self.nav_buttons[key] = button
        return button

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

    def attach(self, journal: ObservedJournal, catalogue: Catalogue) -> None:
        """Start using the journal once it is open (opening happens off the UI thread).

        Pages are built the first time they are shown, so attaching blocks the UI only for one.
        """
        self.journal = journal
        self._catalogue = catalogue
        from PySide6.QtCore import Qt  # PySide builds all Qt enums on first use: not before the window shows

        for button in self.nav_buttons.values():
            button.setEnabled(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves no focus ring behind
        from app.ui.privacy.curtain import PrivacyCurtain

        if self.curtain is None:
            self.curtain = PrivacyCurtain(self)
        self._build_menus()
        self._enable_journal_actions(True)
        journal.journal_reloaded.connect(self._on_journal_reloaded)
        last = str(self._settings.value("page", TODAY))
        self._shortcut_to(last if last in self.nav_buttons else TODAY)

    # -- the journal closes for a moment (locked, or encrypted / restored under the window) -----

    def set_session(self, session: JournalSession) -> None:
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

    def detach(self, *, close_session_dialogs: bool) -> None:
        """Take every page and journal dialog down: no widget keeps entry text or the closing journal.

        The caller has saved everything (flush_all) first. Settings and Backups stay open across
        a reopen (they asked for it) and close only when the journal locks.
        """
        if self.curtain is not None and self.curtain.hidden:
            self.curtain.reveal()
        for dialog in list(self._dialogs):
            dialog.reject()
            self._release(dialog)
        if close_session_dialogs:
            for dialog in list(self._session_dialogs):
                dialog.reject()
                self._release(dialog)
        self.stack.setCurrentWidget(self.opening)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._current = None
        self.journal = None
        self._nav_group.setExclusive(False)  # an exclusive group won't let its last button go
        for button in self.nav_buttons.values():
            button.setChecked(False)
            button.setEnabled(False)
        self._nav_group.setExclusive(True)
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
        return any(getattr(dialog, "running", False) for dialog in self._dialogs)

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

    def _on_journal_reloaded(self) -> None:
        """Many records arrived at once (an import): the page in view shows them now; the others
        refresh when they are next shown, as they always do."""
        page = self.current_page()
        if page is not None:
            page.refresh()

    # -- the menu bar ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        """File: new entry, import, export, the check-in brief, quit. Built once the journal is open."""
        if self.menu_actions:
            return
        bar = self.menuBar()
        bar.setAccessibleName("Menu bar")
        file_menu = bar.addMenu("&File")
        file_menu.setAccessibleName("File")
        self._add_action(file_menu, "new_entry", "&New entry", self.new_entry,
                         QKeySequence(QKeySequence.StandardKey.New))
        file_menu.addSeparator()
        self._add_action(file_menu, "import", "&Import…", self.open_import)
        export_menu = file_menu.addMenu("&Export")
        export_menu.setAccessibleName("Export")
        for key, name in EXPORT_MENU:
            self._add_action(export_menu, f"export:{key}", f"{name}…", partial(self.open_export, key))
        file_menu.addSeparator()
        self._add_action(file_menu, "brief", "Check-in &brief…", self.open_brief)
        file_menu.addSeparator()
        self._add_action(file_menu, "backups", "&Backups…", self.open_backups)
        self._add_action(file_menu, "settings", "&Settings…", self.open_settings,
                         QKeySequence("Ctrl+,"))  # the platforms disagree on a standard key
        file_menu.addSeparator()
        self._add_action(file_menu, "lock", "&Lock journal", self.lock_journal, QKeySequence("Ctrl+L"))
        # The key lives on the window (it must work while the menu bar is hidden); the text shows it.
        curtain = self.curtain
        assert curtain is not None
        self._add_action(file_menu, "hide", f"&Hide what's on screen\t{HIDE_KEYS}", curtain.toggle)
        file_menu.addSeparator()
        self._add_action(file_menu, "quit", "&Quit", self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        for button in bar.findChildren(QToolButton):  # Qt's overflow button, shown when menus don't fit
            button.setAccessibleName("More menus")
        if self.isVisible():
            bar.show()  # made after the window showed: its shortcuts work only once it is shown

    def _add_action(self, menu: QMenu, key: str, text: str, slot: Callable[[], object],
                    keys: QKeySequence | None = None) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(key)
        action.setStatusTip(text.replace("&", "").rstrip("…"))
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu_actions[key] = action
        return action

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
        from app.ui.privacy.settings_dialog import open_settings

        dialog = open_settings(self.session, self)
        dialog.backups_requested.connect(self.open_backups)
        self._keep_for_session(dialog)

    def open_backups(self) -> None:
        """File → Backups…: the automatic backups, made now or restored."""
        if self.session is None or self.journal is None:
            return
        self.flush_all()
        from app.ui.privacy.backups_dialog import open_backups

        self._keep_for_session(open_backups(self.session, self))

    def lock_journal(self) -> None:
        """Ctrl+L: close the journal until the passphrase is typed again."""
        session = self.session
        if session is None or self.journal is None:
            return
        if not session.encrypted:
            if messages.confirm(
                self, "Locking needs a passphrase",
                "This journal isn't encrypted, so there is no passphrase to lock it with.",
                "Turn on encryption in Settings, and Ctrl+L will close the journal until your "
                "passphrase is typed. To hide the screen for a moment now, use "
                f"{HIDE_KEYS}.",
                "Open Settings", "Not now",
            ):
                self.open_settings()
            return
        if not session.lock() and self.journal is not None:
            messages.show_error(
                self, "Your journal stays open",
                "Trustbridge couldn't lock the journal just now.",
                "Your latest writing may not be saved yet, or another task is still running. "
                "Nothing was changed; try again in a moment.",
            )

    def _keep_for_session(self, dialog: QDialog) -> None:
        """Like _keep, for dialogs that drive the session; only one of each kind at a time."""
        for open_dialog in self._session_dialogs:
            if type(open_dialog) is type(dialog):
                self._session_dialogs.remove(open_dialog)
                open_dialog.reject()
                open_dialog.deleteLater()
                break
        self._session_dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._release(d))

    def _keep(self, dialog: QDialog) -> None:
        """Hold a dialog until it closes (its worker reports back to it); then let it go."""
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._release(d))

    def _release(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        if dialog in self._session_dialogs:
            self._session_dialogs.remove(dialog)
        dialog.deleteLater()

    @property
    def open_dialogs(self) -> list[QDialog]:
        return list(self._dialogs) + list(self._session_dialogs)

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
        from app.ui.journal.journal_page import JournalPage
        from app.ui.stages.stage_page import StagePage
        from app.ui.today.today_page import TodayPage

        assert self.journal is not None and self._catalogue is not None, "attach() first"
        # Built inside the stack, so nothing in a page can ever flash up as a window of its own.
        if key == TODAY:
            today = TodayPage(self.journal, self._catalogue, self.stack)
            today.page_requested.connect(self._shortcut_to)
            today.tool_requested.connect(self.open_tool)
            today.entry_requested.connect(self.open_entry)
            return today
        if key == JOURNAL:
            return JournalPage(self.journal, self.stack)
        if key == SEARCH:
            from app.ui.search.search_page import SearchPage

            return SearchPage(self.journal, self.stack)
        stage = Stage(key)
        tool, title = self._build_tool(stage)
        return StagePage(self.journal, self._catalogue.guide(stage), self.stack, tool, title)

    def _build_tool(self, stage: Stage) -> tuple[QWidget, str]:
        """Each stage's own tool, shown beside its guided prompts."""
        assert self.journal is not None
        from app import workbench_catalogue

        if stage is Stage.OWNERSHIP:
            from app.ui.ownership.statement_workshop import StatementWorkshop

            workshop = StatementWorkshop(self.journal, workbench_catalogue.load_check_lists())
            return workshop, "Statement workshop"
        if stage is Stage.FEELINGS:
            from app.ui.feelings.feelings_tool import FeelingsTool

            return FeelingsTool(self.journal, workbench_catalogue.load_emotions()), "Check-in and decision"
        if stage is Stage.EXPECTATIONS:
            from app.ui.plan.plan_tool import PlanTool

            return PlanTool(self.journal), "Your plan"
        from app.ui.checkins.checkins_tool import CheckInsTool

        return CheckInsTool(self.journal, workbench_catalogue.load_questions()), "Meetings"

    # -- navigation ------------------------------------------------------------------------

    @property
    def current_key(self) -> str | None:
        return self._current

    def current_page(self) -> Page | None:
        return self.pages.get(self._current) if self._current else None

    def show_page(self, key: str) -> None:
        if key not in self.nav_buttons or self.journal is None:
            return
        previous = self.current_page()
        if previous is not None and key != self._current:
            previous.flush()
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
        """Save every page's pending text; False if any could not be saved."""
        results = [page.flush() for page in self.pages.values()]
        return all(results)

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
