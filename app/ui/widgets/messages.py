"""Every message box goes through here, so tests patch one place and never block on a modal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import translate


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
    keep = box.addButton(translate("Messages", "Keep writing"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Messages", "Quit Trustbridge"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def confirm_quit_unsaved(parent: QWidget | None) -> bool:
    """Saving failed on close: True only if the person chooses to quit anyway."""
    title = translate("Messages", "Your latest text is not saved")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        translate("Messages",
                  "Trustbridge could not save your latest writing. If you quit now, it will be lost."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setAccessibleName(title)
    box.setInformativeText(
        translate("Messages", "Copy it somewhere safe first, or free up space and try again.")
    )
    stay = box.addButton(translate("Messages", "Keep the window open"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(translate("Messages", "Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay


def confirm_open_link(parent: QWidget | None, address: str) -> bool:
    """A link in an entry was clicked: True only if the person wants it opened in their browser.

    Links in pasted text can say one thing and point at another; the whole address is shown before
    anything leaves the app, and staying is the default.
    """
    title = translate("Messages", "Open this link?")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        translate("Messages", "This link opens in your web browser:"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setAccessibleName(title)
    box.setInformativeText(address)
    opening = box.addButton(translate("Messages", "Open in browser"), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(translate("Messages", "Stay here"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is opening


def confirm(
    parent: QWidget | None, title: str, text: str, details: str, act: str, stay: str = ""
) -> bool:
    """A question before something big (restoring a backup, removing encryption): True only for `act`.

    Staying is the default button, so Enter or Escape never does the big thing by accident.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    acting = box.addButton(act, QMessageBox.ButtonRole.AcceptRole)
    staying = box.addButton(stay or translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(staying)
    box.setEscapeButton(staying)
    box.exec()
    return box.clickedButton() is acting


# -- choosing files and folders (tests patch these; they never open a real dialog) ---------


def choose_import_file(parent: QWidget | None) -> Path | None:
    """A journal file to import: Trustbridge JSON, a jrnl file, Day One's zip, Journal.json or .doentry."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Messages", "Choose a journal file to import"),
        str(Path.home()),
        translate("Messages", "Journals (*.json *.zip *.txt *.journal *.jrnl *.doentry);;All files (*)"),
    )
    return Path(name) if name else None


def choose_import_folder(parent: QWidget | None) -> Path | None:
    """A journal folder to import: jrnl's YYYY/MM/DD.txt, a Day One folder, or our Markdown folder."""
    from PySide6.QtWidgets import QFileDialog

    name = QFileDialog.getExistingDirectory(
        parent, translate("Messages", "Choose a journal folder to import"), str(Path.home())
    )
    return Path(name) if name else None


def choose_export_file(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save an export file; None if the person changed their mind."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


def choose_export_folder(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """A name for a new folder to export into (it must not exist yet, or be empty)."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), translate("Messages", "Folder (*)"),
        options=QFileDialog.Option.ShowDirsOnly,
    )
    return Path(name) if name else None
