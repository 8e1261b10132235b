"""The page shown instead of the journal when its file failed the check at open.

It says what happened in plain words and that Trustbridge has left the file alone, then offers
the one way forward that exists: the newest backup that checks out, with when it was made and
how much it holds. When there is no such backup it says where the file is (selectable, to copy)
and offers to set it aside (renamed, kept in the data folder) and start a new journal. The work
itself is the session's: this page asks for it with `restore_requested(Path)` or
`start_new_requested()` and reports progress and failure inline.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.domain.timeline import local_time
from app.paths import database_path
from app.store.errors import JournalDamaged
from app.ui.widgets.centred_card import centre_card, page_card
from app.ui.widgets.day_words import day_text
from app.ui.widgets.form_fields import announce, restyle

CARD_MAX_WIDTH = 620  # a reading width, not a fixed one: the card narrows with the window
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _label(text: str, name: str = "", selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths and problems are shown as they are, never as markup
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(_SELECTABLE)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, to select and copy
    return label


def _entries_text(count: int | None) -> str:
    if count is None:
        return "its entries"
    return "1 entry" if count == 1 else f"{count:,} entries"


class DamagedPage(QWidget):
    """Says the journal file is damaged and untouched; offers its newest good backup, or next steps.

    Signals: restore_requested(Path) with the backup to put in place; start_new_requested (no
    backup: set the damaged file aside and start a new journal); quit_requested.
    """

    restore_requested = Signal(Path)
    start_new_requested = Signal()
    quit_requested = Signal()

    def __init__(self, data_dir: Path, error: JournalDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAccessibleName("Your journal file is damaged")
        self._backup = error.newest_good_backup
        journal_file = database_path(data_dir)

        self._build(journal_file, error)
        self._wire()

    # -- layout ----------------------------------------------------------------------------

    def _build(self, journal_file: Path, error: JournalDamaged) -> None:
        self.title = _label("Your journal file is damaged", "pageTitle")
        self.intro = _label(
            "Trustbridge checked your journal as it opened it, and the file did not pass. Trustbridge "
            "has not opened it for writing and has not changed it, so it is exactly as it was found.",
            "intro",
        )

        self.backup_heading = _label("", "cardHeading")
        self.backup_text = _label("")
        self.path_heading = _label("Where the damaged file is", "cardHeading")
        self.path_label = _label(str(journal_file), "muted", selectable=True)
        self.path_label.setAccessibleName("Path of the damaged journal file")
        self.next_steps = _label("")

        self.details = _label(
            "What the check found: " + "; ".join(error.problems[:3]) if error.problems else "", "muted",
            selectable=True,
        )
        self.details.setAccessibleName("What the check found")
        self.details.setVisible(bool(error.problems))

        self.status = _label("", "saveStatus")
        self.status.setAccessibleName("Restore progress")
        self.status.hide()

        self.restore_button = QPushButton("&Restore this backup")
        self.restore_button.setObjectName("primary")
        self.restore_button.setAccessibleName("Restore this backup")
        self.start_new_button = QPushButton("&Set it aside and start a new journal")
        self.start_new_button.setAccessibleName("Set the damaged file aside and start a new journal")
        self.quit_button = QPushButton("&Quit")
        self.quit_button.setAccessibleName("Quit Trustbridge")

        if self._backup is not None:
            self._describe_backup(journal_file)
        else:
            self._describe_no_backup(journal_file)

        card, inside = page_card(CARD_MAX_WIDTH)
        for widget in (self.title, self.intro):
            inside.addWidget(widget)
        inside.addSpacing(6)
        for widget in (self.backup_heading, self.backup_text, self.path_heading, self.path_label,
                       self.next_steps, self.details, self.status):
            inside.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.start_new_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        inside.addLayout(buttons)

        self._scroll = centre_card(self, card)

    def _wire(self) -> None:
        self.restore_button.clicked.connect(self._ask_restore)
        self.start_new_button.clicked.connect(self._ask_start_new)
        self.quit_button.clicked.connect(self.quit_requested)

    # -- what the person sees ---------------------------------------------------------------

    def _describe_backup(self, journal_file: Path) -> None:
        backup = self._backup
        assert backup is not None
        local = local_time(backup.made_at)
        self.backup_heading.setText("Your newest good backup")
        self.backup_text.setText(
            f"Made on {local:%A} {day_text(local.date())} at {local:%H:%M}, holding "
            f"{_entries_text(backup.entries)}. It passed its own check just now. Anything you wrote "
            "after it was made is not in it."
        )
        self.next_steps.setText(
            "Restoring puts this backup in place of the damaged file. The damaged file is not deleted: "
            f"it is renamed and kept in {journal_file.parent}, in case anything more can be saved from it."
        )
        self.path_heading.hide()
        self.path_label.hide()
        self.start_new_button.hide()

    def _describe_no_backup(self, journal_file: Path) -> None:
        self.backup_heading.setText("There is no backup to go back to")
        self.backup_text.setText(
            "Trustbridge found no backup of this journal that passes its check, so it can't put one in "
            "place for you."
        )
        self.next_steps.setText(
            "You can set the damaged file aside and start a new, empty journal: the file is renamed, not "
            f"deleted, and kept in {journal_file.parent}, so whatever can be saved from it still can be. "
            "If you want to look at it first, copy it somewhere safe and quit; in a terminal, the "
            "command “trustbridge check” describes what is wrong with it, and tools that repair SQLite "
            "files can often recover most of what is inside (work on the copy, never on the only one)."
        )
        self.restore_button.hide()

    # -- slots for the session -------------------------------------------------------------

    def focus_first(self) -> None:
        first = self.restore_button if self._backup is not None else self.path_label
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll.ensureWidgetVisible(first)

    def show_busy(self, text: str) -> None:
        """A restore is under way: say so, and keep the buttons from starting a second one."""
        for button in (self.restore_button, self.start_new_button, self.quit_button):
            button.setEnabled(False)
        self._say(text, "")

    def show_failed(self, text: str) -> None:
        """The restore did not work: say why, and give the buttons back so the person can choose."""
        for button in (self.restore_button, self.start_new_button, self.quit_button):
            button.setEnabled(True)
        self._say(text, "error")
        self.focus_first()

    def _say(self, text: str, state: str) -> None:
        self.status.setText(text)
        restyle(self.status, state=state)
        self.status.show()
        announce(self.status, text)  # once shown: a hidden widget's alert is dropped

    def _ask_restore(self) -> None:
        if self._backup is not None and self.restore_button.isEnabled():
            self.restore_requested.emit(self._backup.path)

    def _ask_start_new(self) -> None:
        if self._backup is None and self.start_new_button.isEnabled():
            self.start_new_requested.emit()
