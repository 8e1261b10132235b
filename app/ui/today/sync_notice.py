"""Today's word, said once, that the journal's folder is inside one a sync client uploads: which
service, what it means for a plain or an encrypted journal, and what to do about it.

"Open Settings" (a plain journal) leads to encryption; "Got it" ends the notice for good
(Preferences.sync_noted, kept by whoever shows this: app/ui/today/sync_watch.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.io.sync_folders import SyncedFolder
from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import push_button, wrapped_label

ZERO_WIDTH_SPACE = "\u200b"  # a place where a long path may break, shown only
WORD_JOINER = "\u2060"  # no break here: "--data-dir" stays whole on screen


def breakable(path: Path) -> str:
    """A path as shown in a wrapping label: it may break after each separator (Qt breaks after a
    slash by itself, not after a backslash)."""
    return str(path).replace("\\", "\\" + ZERO_WIDTH_SPACE)


def shown(text: str) -> str:
    """Text as a label shows it: an option's name is never broken at its hyphen."""
    return text.replace("--data-dir", "--data-dir".replace("-", "-" + WORD_JOINER))


class SyncNotice(QWidget):
    """Signals: settings_requested — the person wants to turn on encryption; dismissed — "Got it"."""

    settings_requested = Signal()
    dismissed = Signal()

    def __init__(self, synced: SyncedFolder, data_dir: Path, *, encrypted: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.synced = synced
        self.encrypted = encrypted
        service = synced.service
        frame, column = card((20, 14, 20, 14), spacing=6)
        self.heading = wrapped_label(self.tr("Your journal is in a folder that {service} uploads").format(
            service=service), "cardHeading")
        if encrypted:
            meaning = self.tr(
                "Copies of your journal and its backups leave this computer and are kept in your {service} "
                "account. Your journal is encrypted, so those copies can't be read without your passphrase. "
                "Their size, and when they change, can still be seen there.")
            advice = self.tr(
                "If you would rather it stayed on this computer only: quit Trustbridge, move its folder "
                "somewhere {service} doesn't reach, and start Trustbridge with --data-dir set to the new "
                "place.")
        else:
            meaning = self.tr(
                "Copies of your journal and its backups leave this computer and are kept in your {service} "
                "account. Your journal is not encrypted, so anyone who can get into that account, or onto "
                "a device that syncs it, can read what you write here.")
            advice = self.tr(
                "To keep it private, turn on encryption in Settings: the copies then can't be read without "
                "your passphrase. Or keep it off {service}: quit Trustbridge, move its folder somewhere "
                "{service} doesn't reach, and start Trustbridge with --data-dir set to the new place.")
        where = self.tr("The journal's folder: {folder}")
        self.meaning_label = wrapped_label(meaning.format(service=service))
        self.advice_label = wrapped_label(shown(advice.format(service=service)), "muted")
        self.advice_label.setAccessibleName(advice.format(service=service))
        self.folder_label = wrapped_label(where.format(folder=breakable(data_dir)), "muted")
        self.folder_label.setAccessibleName(where.format(folder=str(data_dir)))
        self.folder_label.setToolTip(str(data_dir))

        self.settings_button = push_button(self.tr("Open Settings"),
                                           self.tr("Open Settings to turn on encryption"))
        self.settings_button.setObjectName("primary")
        self.settings_button.setVisible(not encrypted)
        self.got_it_button = push_button(self.tr("Got it"), self.tr("Got it: don't show this again"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.got_it_button.clicked.connect(self._dismiss)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.settings_button)
        row.addWidget(self.got_it_button)
        row.addStretch(1)
        for label in (self.heading, self.meaning_label, self.advice_label, self.folder_label):
            column.addWidget(label)
        column.addSpacing(4)
        column.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        name = self.tr("Your journal's folder is synced by {service}")
        self.setAccessibleName(name.format(service=service))

    @property
    def text(self) -> str:
        """Everything the notice says, as one string (the path as it is)."""
        return " ".join((self.heading.text(), self.meaning_label.text(), self.advice_label.accessibleName(),
                         self.folder_label.accessibleName()))

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
