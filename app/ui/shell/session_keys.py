"""Encryption, the passphrase and the recovery code: what the session does with the journal's key.

Turning encryption on or off closes the file for a moment (the whole journal is rewritten);
changing the passphrase or making a new recovery code only rewrites the key file. Every change
to an encrypted journal checks the current passphrase first, in a worker. Keys and passphrases
pass through here in memory only; nothing of them is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.ui.shell import session_open
from app.ui.shell.session_core import SessionCore, reason
from app.ui.shell.session_operations import SessionOperations

if TYPE_CHECKING:
    from app.domain.prompts import Catalogue
    from app.store.journal import Journal


class SessionKeys:
    """Encryption on and off, a new passphrase, a new recovery code."""

    def __init__(self, core: SessionCore, operations: SessionOperations) -> None:
        self._core = core
        self._operations = operations

    def turn_on_encryption(self, passphrase: str) -> None:
        core = self._core
        if core.encrypted:
            core.operation_failed.emit("This journal is already encrypted.")
            return
        data_dir = core.data_dir

        def work() -> tuple[str, bytes, Journal, Catalogue]:
            from app.store import encryption

            code = encryption.encrypt_journal(data_dir, passphrase)
            try:
                key = encryption.unlock(data_dir, passphrase)
                return (code, key, *session_open.open_journal_and_catalogue(data_dir, key))
            except Exception as error:  # encrypted, but not open: the code must still be shown
                raise EncryptedNotReopened(code) from error

        def done(result: Any) -> None:
            code, key, journal, catalogue = result
            core.key = key
            core.attach(journal, catalogue)
            core.encryption_changed.emit(True)
            core.recovery_code_ready.emit(code)

        def failed(error: object) -> bool:
            if not isinstance(error, EncryptedNotReopened):
                return False
            core.key = None
            core.set_busy(False)
            core.encryption_changed.emit(True)
            core.recovery_code_ready.emit(error.code)
            core.operation_failed.emit(
                "Your journal is now encrypted, but it could not be opened again just now. Keep the "
                "recovery code, then unlock the journal with your new passphrase."
            )
            core.start()  # the unlock page
            return True

        self._operations.run_closed(
            work, done, "Encrypting your journal…",
            "Your journal could not be encrypted, and it is as it was", on_failure=failed)

    def turn_off_encryption(self, current_passphrase: str) -> None:
        core = self._core
        if not core.encrypted or core.key is None:
            core.operation_failed.emit("This journal is not encrypted.")
            return

        def verified(key: bytes) -> None:
            data_dir = core.data_dir

            def work() -> tuple[Journal, Catalogue]:
                from app.store import encryption

                encryption.decrypt_journal(data_dir, key)
                try:
                    return session_open.open_journal_and_catalogue(data_dir, None)
                except Exception as error:
                    raise ChangedNotReopened() from error

            def done(result: Any) -> None:
                journal, catalogue = result
                core.key = None
                core.attach(journal, catalogue)
                core.encryption_changed.emit(False)

            def failed(error: object) -> bool:
                if not isinstance(error, ChangedNotReopened):
                    return False
                core.key = None
                core.set_busy(False)
                core.encryption_changed.emit(False)
                core.operation_failed.emit(
                    "The encryption is off, but the journal could not be opened again just now: "
                    f"{reason(error.__cause__)} Trustbridge is trying once more."
                )
                core.start()
                return True

            self._operations.run_closed(
                work, done, "Removing the encryption…",
                "The encryption could not be removed, and your journal is as it was",
                already_busy=True, on_failure=failed)

        self._verify_then(current_passphrase, verified)

    def change_passphrase(self, current: str, new: str) -> None:
        core = self._core
        data_dir = core.data_dir

        def verified(key: bytes) -> None:
            from app.store import encryption

            self._operations.run_open(lambda: encryption.change_passphrase(data_dir, key, new),
                                      lambda _result: core.passphrase_changed.emit(),
                                      "Your passphrase could not be changed, and the old one still works",
                                      already_busy=True)

        self._verify_then(current, verified)

    def new_recovery_code(self, current_passphrase: str) -> None:
        core = self._core
        data_dir = core.data_dir

        def verified(key: bytes) -> None:
            from app.store import encryption

            self._operations.run_open(lambda: encryption.replace_recovery_code(data_dir, key),
                                      lambda code: core.recovery_code_ready.emit(str(code)),
                                      "A new recovery code could not be made, and the old one still works",
                                      already_busy=True)

        self._verify_then(current_passphrase, verified)

    def _verify_then(self, passphrase: str, then: Callable[[bytes], None]) -> None:
        """Check the current passphrase in a worker (a wrong one changes nothing), then go on."""
        core = self._core
        if not core.begin(already_busy=False):
            return
        if not core.encrypted:
            core.fail("This journal is not encrypted.")
            return
        data_dir, open_key = core.data_dir, core.key

        def work() -> bytes:
            from app.store import encryption

            return encryption.unlock(data_dir, passphrase)

        def done(result: object) -> None:
            if not isinstance(result, bytes) or result != open_key:
                core.fail("That passphrase doesn't open this journal. Nothing was changed.")
                return
            then(result)

        def failed(error: object) -> None:
            from app.store.errors import WrongPassphrase

            if isinstance(error, WrongPassphrase):
                core.fail("That isn't the current passphrase. Nothing was changed.")
            else:
                core.fail("Trustbridge couldn't check the passphrase. Nothing was changed.", error)

        self._operations.run(work, done, failed)


class ChangedNotReopened(Exception):
    """The conversion finished but reopening the journal failed: said as it is, not as "unchanged"."""


class EncryptedNotReopened(ChangedNotReopened):
    """Encryption finished but reopening failed: carries the recovery code, shown all the same."""

    def __init__(self, code: str) -> None:
        super().__init__("encrypted, not reopened")
        self.code = code
