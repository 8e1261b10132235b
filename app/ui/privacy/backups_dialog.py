"""File → Backups…: the journal's backups listed with what each holds, made now, or restored.

The list is read in a worker (each backup is opened, with the journal's key when it is encrypted,
to count its entries), so a long list never freezes the window. A backup that can't be read is
still listed, with the reason, and can't be restored. A restore goes through the JournalSession,
which backs the current journal up first, closes it, restores and reopens it; this dialog asks
first, says what is happening while it runs and what the journal holds afterwards. It is not
modal, stays open while the journal is reopened under it, and closes when the journal locks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.timeline import local_time
from app.store.backups import AUTOMATIC, BEFORE_RESTORE, BEFORE_UPGRADE, BackupInfo, backups_dir, list_backups
from app.store.backups import make_backup as store_make_backup
from app.store.errors import StoreError
from app.ui.data.worker import BackgroundCall
from app.ui.widgets import messages
from app.ui.widgets.fitted_dialog import DIALOG_MIN_WIDTH, FittedDialog, fit_to_text
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import announce, push_button, restyle, wrapped_label

if TYPE_CHECKING:
    from app.store.backups import RestoreReport
    from app.ui.privacy.controls import PrivacyControls

TITLE = "Backups"
KIND_NAMES = {AUTOMATIC: "Daily", BEFORE_RESTORE: "Before a restore", BEFORE_UPGRADE: "Before an upgrade"}
PATH_ROLE = Qt.ItemDataRole.UserRole
EMPTY_TEXT = ("There are no backups yet. Trustbridge makes one on each day you use it, when you close "
              "it, and before a restore. “Back up now” makes one whenever you like.")
INTRO_TEXT = ("Each backup is a checked copy of your whole journal. Restoring one puts your journal back "
              "the way it was then; the journal as it is now is kept as a backup first, so nothing is lost.")


class BackupsDialog(FittedDialog):
    """The backups, newest first: Back up now, Restore…, Show folder."""

    def __init__(self, session: PrivacyControls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._backups: dict[Path, BackupInfo] = {}
        self._select_after_load: Path | None = None
        self._loading = False
        self._backing_up = False
        self._restoring = False
        self._calls: list[BackgroundCall] = []
        self._build_layout()
        self._wire()
        self._update_buttons()
        self.reload()

    def _build_layout(self) -> None:
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.setObjectName("backupsDialog")
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.resize(760, 520)

        heading = wrapped_label("Your backups", "cardHeading")
        intro = wrapped_label(INTRO_TEXT, "muted")

        # One item per backup, its when on the first line and what it holds below: two short lines
        # stay whole at any text size, where columns would cut the dates short.
        self.table = QListWidget()
        self.table.setObjectName("backupsList")
        self.table.setAccessibleName("Backups, newest first")
        self.table.setAccessibleDescription("Arrow keys move between backups; Enter restores the chosen one.")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setResizeMode(QListView.ResizeMode.Adjust)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.empty_label = wrapped_label(EMPTY_TEXT, "muted")
        self.empty_label.setAccessibleName("No backups yet")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.hide()

        self.status_banner = QFrame()
        self.status_banner.setObjectName("banner")
        banner_layout = QVBoxLayout(self.status_banner)
        banner_layout.setContentsMargins(14, 10, 14, 10)
        self.status_label = wrapped_label("")
        self.status_label.setAccessibleName("Backups status")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout.addWidget(self.status_label)
        self.status_banner.hide()

        self.backup_button = push_button("Back up now", "Back up now",
                                         "Make a checked copy of your journal as it is now")
        self.restore_button = push_button("Restore…", "Restore the chosen backup",
                                          "Put your journal back the way this backup holds it")
        self.restore_button.setObjectName("primary")
        self.folder_button = push_button("Show folder", "Show the backups folder",
                                         "Open the folder that holds the backups in your file manager")
        self.close_button = push_button("Close", "Close")
        # One row that wraps onto a second at large text sizes, rather than cutting labels short.
        buttons = WrappingRow(
            [self.restore_button, self.backup_button, self.folder_button, self.close_button]
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)  # takes the list's room when there is no list
        layout.addWidget(self.status_banner)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.table, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.backup_button)
        QWidget.setTabOrder(self.backup_button, self.folder_button)
        QWidget.setTabOrder(self.folder_button, self.close_button)

    def _wire(self) -> None:
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        # Enter in the list restores, and is used up there: left to the dialog it would also press
        # the default button and ask a second time. A double click restores too.
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.table.installEventFilter(self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.reject)
        session = self._session
        session.busy_changed.connect(self._busy_changed)
        session.backup_restored.connect(self._restored)
        session.operation_failed.connect(self._operation_failed)
        session.locked.connect(self.reject)  # nothing about the journal stays on screen while it is locked
        # Turning encryption on or off converts every backup: read them again, with the new key.
        session.encryption_changed.connect(lambda _on: self.reload())

    # -- what is shown ------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return backups_dir(self._session.data_dir)

    @property
    def busy(self) -> bool:
        """A list load, a backup or a restore started here is still running."""
        return self._loading or self._backing_up or self._restoring

    @property
    def backups(self) -> list[BackupInfo]:
        """The backups as listed, newest first."""
        return [self._backups[path] for path in self._row_paths()]

    def selected(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        return self._backups.get(Path(str(item.data(PATH_ROLE))))

    def select(self, path: Path) -> bool:
        """Make the backup at `path` the current row; False when it is not listed."""
        for item in self._items():
            if Path(str(item.data(PATH_ROLE))) == path:
                self.table.setCurrentItem(item)
                self.table.scrollToItem(item)
                return True
        return False

    def reload(self) -> None:
        """Read the list again in a worker; the current row is kept when it is still there."""
        if self._loading:
            return
        current = self.selected()
        if self._select_after_load is None and current is not None:
            self._select_after_load = current.path
        folder, connect = self.folder, self._session.connect_factory()
        self._loading = True
        self._update_buttons()
        if not self._backups:
            self.empty_label.setText("Looking at your backups…")
            self.empty_label.show()

        def work() -> list[BackupInfo]:  # on a worker thread: values in, values out
            return list_backups(folder, connect) if folder.is_dir() else []

        self._start(work, self._loaded, self._load_failed)

    def _loaded(self, listed: object) -> None:
        self._loading = False
        infos = [info for info in listed if isinstance(info, BackupInfo)] if isinstance(listed, list) else []
        self._backups = {info.path: info for info in infos}
        self.table.clear()
        for info in infos:
            self.table.addItem(_row(info))
        self.table.setVisible(bool(infos))
        self.empty_label.setText(EMPTY_TEXT)
        self.empty_label.setVisible(not infos)
        wanted, self._select_after_load = self._select_after_load, None
        if infos and (wanted is None or not self.select(wanted)):
            self.table.setCurrentItem(self._items()[0])
        self._update_buttons()
        fit_to_text(self)

    def _load_failed(self, error: object) -> None:
        self._loading = False
        self._select_after_load = None
        self.empty_label.setText(EMPTY_TEXT)
        self.empty_label.setVisible(not self._backups)
        self._say(f"Trustbridge couldn't read the backups folder ({_reason(error)}).", error=True)
        self._update_buttons()

    # -- back up now --------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """A checked backup of the journal as it is now, counted among the daily ones."""
        session = self._session
        if self.busy or session.busy or not session.is_open:
            return
        if not session.flush_all():  # the words on screen belong in the backup
            self._say("Your latest writing couldn't be saved, so no backup was made. Try again in a "
                      "moment.", error=True)
            return
        journal_path, folder = session.journal_path, self.folder
        keep, connect = session.preferences.backups_kept, session.connect_factory()
        self._backing_up = True
        self._say("Backing up your journal…")
        self._update_buttons()

        def work() -> BackupInfo:
            return store_make_backup(journal_path, folder, keep=keep, connect=connect)

        self._start(work, self._backed_up, self._backup_failed)

    def _backed_up(self, info: object) -> None:
        self._backing_up = False
        if isinstance(info, BackupInfo):
            self._say(f"Backed up: a checked copy holding {_entries(info.entries or 0)}.")
            self._select_after_load = info.path
        self.reload()

    def _backup_failed(self, error: object) -> None:
        self._backing_up = False
        self._say(f"No backup was made: {_reason(error)}", error=True)
        self._update_buttons()

    # -- restore ------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Ask, then let the session put the chosen backup back (the journal is backed up first)."""
        info = self.selected()
        if info is None or not info.ok or self.busy or self._session.busy:
            return
        when = describe_moment(info.made_at)
        held = _entries(info.entries or 0)
        if not messages.confirm(
            self, "Restore this backup?",
            f"Put your journal back the way it was on {when}? That backup holds {held}.",
            "Before anything changes, your journal as it is now is saved as a “Before a restore” backup, "
            "so you can come back to it from this list. Anything written since that backup will be in "
            "that saved copy, not in the restored journal.",
            "Restore this backup", "Keep my journal as it is",
        ):
            return
        self._restoring = True
        self._say(f"Restoring the backup from {when}… Your journal is saved first, then brought back "
                  "the way that backup holds it.")
        self._update_buttons()
        self._session.restore_backup(info.path)

    def _restored(self, report: RestoreReport) -> None:
        if self._restoring:
            self._restoring = False
            kept = " The way it was just before is kept as a “Before a restore” backup." \
                if report.safety_backup is not None else ""
            self._say(f"Restored. Your journal now has {_entries(report.entries)}.{kept}")
        self.reload()

    def _operation_failed(self, sentence: str) -> None:
        if not self._restoring:
            return  # another window's operation: it says so there
        self._restoring = False
        self._say(sentence, error=True)
        self.reload()

    # -- the folder ---------------------------------------------------------------------------

    def show_folder(self) -> None:
        """Open the backups folder in the file manager (a local folder: nothing leaves the computer)."""
        folder = self.folder
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            self._say(f"The backups folder {folder} couldn't be created ({_reason(error)}).", error=True)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._say(f"Your file manager couldn't be opened. The backups are in {folder}.", error=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.restore_selected()
            return True
        return super().eventFilter(watched, event)

    # -- state --------------------------------------------------------------------------------

    def _busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.selected()
        free = not self.busy and not self._session.busy
        can_restore = free and info is not None and info.ok and self._session.is_open
        self.restore_button.setEnabled(can_restore)
        self.backup_button.setEnabled(free and self._session.is_open)
        if info is not None and not info.ok:
            self.restore_button.setToolTip("This backup can't be read, so it can't be restored.")
        else:
            self.restore_button.setToolTip("Put your journal back the way this backup holds it")

    def _say(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        restyle(self.status_banner, state="error" if error else "")
        self.status_banner.show()
        announce(self.status_label, text)  # once shown: a hidden widget's alert is dropped
        fit_to_text(self)

    def _start(
        self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Any], None]
    ) -> None:
        """Run `work` in a worker; the call is held here until it has answered."""
        call = BackgroundCall(work, self)
        call.finished.connect(done)
        call.failed.connect(failed)
        call.finished.connect(lambda _result, c=call: self._forget(c))
        call.failed.connect(lambda _error, c=call: self._forget(c))
        self._calls.append(call)
        call.start()

    def _forget(self, call: BackgroundCall) -> None:
        if call in self._calls:
            self._calls.remove(call)
        call.deleteLater()

    def _items(self) -> list[QListWidgetItem]:
        items = (self.table.item(row) for row in range(self.table.count()))
        return [item for item in items if item is not None]

    def _row_paths(self) -> list[Path]:
        return [Path(str(item.data(PATH_ROLE))) for item in self._items()]

    def reject(self) -> None:
        """Close, except while a restore started here runs: its outcome is said here."""
        if self._restoring:
            return
        super().reject()


def describe_moment(moment: datetime) -> str:
    """"Tuesday 24 November 2026, 22:14", in the computer's local time."""
    local = local_time(moment)  # a backup's name can say any date
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


def describe_holds(info: BackupInfo) -> str:
    """"1,204 entries", or why the backup can't be read."""
    if info.entries is None:
        return f"can't be read: {info.problem or 'unknown reason'}"
    return _entries(info.entries)


def describe_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _row(info: BackupInfo) -> QListWidgetItem:
    """One backup: when it was made, then its kind, what it holds and its size; read out as a sentence."""
    when, size = describe_moment(info.made_at), describe_size(info.size)
    kind = KIND_NAMES.get(info.reason, "Backup")
    if info.ok:
        text = f"{when}\n{kind} · {describe_holds(info)} · {size}"
        spoken = f"{when}. {kind}. {describe_holds(info)}. {size}."
    else:
        text = f"{when}\n{kind} · {size}\nCan't be read: {info.problem or 'unknown reason'}"
        spoken = f"{when}. {kind}. Can't be read: {info.problem or 'unknown reason'}. It can't be restored."
    item = QListWidgetItem(text)
    item.setData(PATH_ROLE, str(info.path))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
    item.setToolTip(spoken)
    if not info.ok:  # set apart without a colour of its own, so both themes read it
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
    return item


def _entries(count: int) -> str:
    return f"{count:,} {'entry' if count == 1 else 'entries'}"


def _reason(error: object) -> str:
    if isinstance(error, StoreError):
        return str(error)
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error) or type(error).__name__


def open_backups(session: PrivacyControls, parent: QWidget) -> BackupsDialog:
    """Show the backups over `parent` without blocking; the window keeps it until the journal locks."""
    dialog = BackupsDialog(session, parent)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    return dialog
