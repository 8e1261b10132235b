"""Every message box goes through here, so tests patch one place and never block on a modal."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    box.exec()


def ask_keep_writing(parent: QWidget | None, title: str, text: str, details: str) -> bool:
    """After an internal error: True to keep writing, False to quit."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAccessibleName(title)
    box.setInformativeText(details)
    keep = box.addButton("Keep writing", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit Trustbridge", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def confirm_quit_unsaved(parent: QWidget | None) -> bool:
    """Saving failed on close: True only if the person chooses to quit anyway."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Your latest text is not saved",
        "Trustbridge could not save your latest writing. If you quit now, it will be lost.",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setAccessibleName("Your latest text is not saved")
    box.setInformativeText("Copy it somewhere safe first, or free up space and try again.")
    stay = box.addButton("Keep the window open", QMessageBox.ButtonRole.RejectRole)
    box.addButton("Quit without saving", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay
