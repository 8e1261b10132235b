"""Checking the journal file, and what the person is told about it.

The full check (`Journal.check_integrity`: every table read through, and when encrypted every
page's seal) runs in a worker, from Settings ("Check the journal now") and once a week in the
background after the window is usable (app/ui/shell/integrity_watch.py). It changes nothing
either way; a problem is told plainly, with the way back: a backup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from app.store.journal import Journal

# The check to run in a worker, taken from the journal open at the moment it is asked for
# (None while the journal is closed: locked, or being encrypted or restored).
CheckSource = Callable[[], "Callable[[], list[str]] | None"]

SOUND = "Your journal was checked just now: every part of it can be read. Nothing was changed."
CHECKING = "Checking your journal… For a large journal this can take a little while."
NOT_OPEN = "The journal isn't open just now, so it can't be checked. Try again once it is."
_MOST_SHOWN = 3


def check_of(journal: Journal | None) -> Callable[[], list[str]] | None:
    return journal.check_integrity if journal is not None else None


def found_text(problems: list[str]) -> str:
    """What the check found, in its own words (a few lines at most)."""
    shown = "; ".join(problems[:_MOST_SHOWN])
    more = len(problems) - _MOST_SHOWN
    return shown + (f" (and {more} more)" if more > 0 else "")


def damage_message(problems: list[str]) -> str:
    """The sentence Settings shows under its check button."""
    return (f"The check found a problem in your journal file: {found_text(problems)}. Nothing was "
            "changed. To put back a backup made before the problem, press Backups… above.")


def failed_message(error: object) -> str:
    return f"The journal could not be checked: {reason(error)} Nothing was changed."

def reason(error: object) -> str:
    """A sentence-safe reason: store errors are written for people; anything else by its kind."""
    from app.store.errors import StoreError

    if isinstance(error, StoreError):
        return str(error).rstrip(".") + "."
    if isinstance(error, OSError):
        return f"{error.strerror or 'the disk refused'}."
    return "something unexpected went wrong (details are in the log)."



def show_damage(parent: QWidget, problems: list[str], open_backups: Callable[[], None]) -> QMessageBox:
    """The weekly check found damage: say so calmly, over the window, without blocking it."""
    title = "Your journal file has a problem"
    box = QMessageBox(QMessageBox.Icon.Warning, title,
                      "This week's check of your journal file found a part that can't be read properly.",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setAccessibleName(title)
    box.setInformativeText(
        f"What was found: {found_text(problems)}.\n\nNothing has been changed, and your journal is "
        "still open. Your automatic backups are kept apart from it: Open backups… shows them, and "
        "can put back one made before the problem.")
    backups = box.addButton("Open backups…", QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.setEscapeButton(later)

    def answered() -> None:
        if box.clickedButton() is backups:
            open_backups()
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
    return box
