"""The dialogs a window holds open: journal dialogs (import, export, brief) close whenever the
journal does; session dialogs (settings, backups) stay across a reopen and close when it locks."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


class WindowDialogs:
    """Holds each dialog until it closes (its worker reports back to it); then lets it go."""

    def __init__(self) -> None:
        self._dialogs: list[QDialog] = []
        self._session_dialogs: list[QDialog] = []

    @property
    def open_dialogs(self) -> list[QDialog]:
        return list(self._dialogs) + list(self._session_dialogs)

    def keep(self, dialog: QDialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self.release(d))

    def keep_for_session(self, dialog: QDialog) -> None:
        """Like keep, for dialogs that drive the session; only one of each kind at a time."""
        for open_dialog in self._session_dialogs:
            if type(open_dialog) is type(dialog):
                self._session_dialogs.remove(open_dialog)
                open_dialog.reject()
                open_dialog.deleteLater()
                break
        self._session_dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self.release(d))

    def release(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        if dialog in self._session_dialogs:
            self._session_dialogs.remove(dialog)
        dialog.deleteLater()

    def close(self, *, session_dialogs: bool) -> None:
        """Close the journal dialogs, and the session ones too when `session_dialogs`."""
        for dialog in list(self._dialogs):
            dialog.reject()
            self.release(dialog)
        if session_dialogs:
            for dialog in list(self._session_dialogs):
                dialog.reject()
                self.release(dialog)

    def work_running(self) -> bool:
        """An import or export is reading or writing the journal."""
        return any(getattr(dialog, "running", False) for dialog in self._dialogs)
