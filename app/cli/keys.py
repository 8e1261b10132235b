"""Passphrases, recovery codes and the encryption commands (encrypt, decrypt, passwd).

A passphrase comes from its environment variable or a prompt that never echoes; it is never
printed or logged."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_CODE,
    PROG,
    CommandError,
    _ask,
    _ask_secret,
    _data_dir,
    _in_use,
    _is_terminal,
)

if TYPE_CHECKING:
    import sqlite3

    from app.store.journal import Journal


def _open_journal(data_dir: Path) -> Journal:
    from app.store.journal import Journal

    return Journal.open(data_dir, _data_key(data_dir))


def _passphrase(env_name: str, prompt: str) -> str:
    """The passphrase from `env_name`, else typed at a terminal; never echoed."""
    given = os.environ.get(env_name)
    if given:
        return given
    if not _is_terminal():
        raise CommandError(
            f"this journal is encrypted: set {env_name} or run this in a terminal to be asked "
            "for the passphrase. Nothing was changed."
        )
    return _ask_secret(prompt)


def _new_passphrase(env_name: str, what: str) -> str:
    """A new passphrase from `env_name`, else typed twice at a terminal; held to the app's own rule."""
    from app.domain.passphrase import new_passphrase_problem

    given = os.environ.get(env_name)
    if given:
        problem = new_passphrase_problem(given, given)
        if problem:
            raise CommandError(f"the passphrase in {env_name} won't do. {problem} Nothing was changed.")
        return given
    if not _is_terminal():
        raise CommandError(
            f"set {env_name} to the {what}, or run this in a terminal to be asked for it. "
            "Nothing was changed."
        )
    first = _ask_secret(f"Choose the {what}: ")
    problem = new_passphrase_problem(first, first)  # say a short one is too short before asking again
    if problem:
        raise CommandError(f"{problem} Nothing was changed.")
    problem = new_passphrase_problem(first, _ask_secret("Type it once more: "))
    if problem:
        raise CommandError(f"{problem} Nothing was changed.")
    return first


def _data_key(data_dir: Path) -> bytes | None:
    """The data key of an encrypted journal (None for a plain one), from its passphrase."""
    from app.store import encryption
    from app.store.errors import WrongPassphrase

    if not encryption.is_encrypted(data_dir):
        return None
    try:
        return encryption.unlock(data_dir, _passphrase(ENV_PASSPHRASE, "Passphrase for your journal: "))
    except WrongPassphrase as error:
        raise CommandError(
            f"{error} Nothing was changed. Forgot it? `{PROG} passwd --recovery-code` sets a new one "
            "with your recovery code."
        ) from error


def _recovered_key(data_dir: Path) -> bytes:
    """The data key from the recovery code in $TRUSTBRIDGE_RECOVERY_CODE, else typed (not shown)."""
    from app.store import encryption
    from app.store.errors import WrongRecoveryCode

    code = os.environ.get(ENV_RECOVERY_CODE)
    if not code:
        if not _is_terminal():
            raise CommandError(
                f"set {ENV_RECOVERY_CODE} to your recovery code, or run this in a terminal to be asked "
                "for it. Nothing was changed."
            )
        code = _ask_secret("Your recovery code (dashes and spaces don't matter): ")
    try:
        return encryption.unlock_with_recovery(data_dir, code)
    except WrongRecoveryCode as error:
        raise CommandError(f"{error} Nothing was changed.") from error


def _connect_for(data_dir: Path) -> Callable[[Path], sqlite3.Connection]:
    """How the backup commands open files: with the key when the journal is encrypted."""
    from app.store import encryption
    from app.store.backups import plain_connect

    key = _data_key(data_dir)
    return plain_connect if key is None else encryption.keyed_connect(key)


def _refuse_without_its_key_file(data_dir: Path) -> None:
    """An encrypted journal whose key file is gone looks, to a command, like a plain one that is
    damaged: say what is really missing before a command advises a restore or calls it unencrypted."""
    from app.paths import database_path
    from app.store.backups import missing_key_problem

    missing = missing_key_problem(database_path(data_dir))
    if missing is not None:
        raise CommandError(missing)


def _encrypt(args: argparse.Namespace) -> int:
    from app.store import encryption
    from app.store.backups import JournalInUse, data_dir_in_use, holding_data_dir

    data_dir = _data_dir(args)
    if data_dir_in_use(data_dir):
        raise CommandError(f"can't encrypt the journal: {_in_use(data_dir)}")
    if encryption.is_encrypted(data_dir):
        raise CommandError(
            f"the journal in {data_dir} is already encrypted; `{PROG} passwd` changes its passphrase."
        )
    passphrase = _new_passphrase(ENV_PASSPHRASE, "new passphrase")
    try:
        with holding_data_dir(data_dir, f"{PROG} encrypt"):
            _open_journal(data_dir).close()  # creates an empty journal, or brings an old one up to date
            code = encryption.encrypt_journal(data_dir, passphrase)
    except JournalInUse as error:
        raise CommandError(f"can't encrypt the journal: {error}") from error
    print("Your journal and its backups are now encrypted.")
    print()
    print("Your recovery code (shown this one time only):")
    print()
    print(f"    {code}")
    print()
    print("Write it down on paper now and keep it somewhere safe. If you ever forget your passphrase,")
    print("this code is the only way back into your journal.")
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    from app.store import encryption
    from app.store.backups import JournalInUse, data_dir_in_use, holding_data_dir

    data_dir = _data_dir(args)
    _refuse_without_its_key_file(data_dir)
    if not encryption.is_encrypted(data_dir):
        raise CommandError(f"the journal in {data_dir} is not encrypted; there is nothing to turn off.")
    if data_dir_in_use(data_dir):
        raise CommandError(f"can't decrypt the journal: {_in_use(data_dir)}")
    if not args.yes:
        if not _is_terminal():
            raise CommandError("decrypting leaves your journal readable by anyone with the file; "
                               "add --yes to go ahead. Nothing was changed.")
        print("Your journal and its backups will be stored as plain files that anyone with access to")
        print("this computer's files could read.")
        answer = _ask("Type yes to turn encryption off: ")
        if answer.strip().lower() != "yes":
            print("Nothing was changed; your journal is still encrypted.")
            return 1
    key = _data_key(data_dir)
    assert key is not None  # is_encrypted was checked above
    try:
        with holding_data_dir(data_dir, f"{PROG} decrypt"):
            encryption.decrypt_journal(data_dir, key)
    except JournalInUse as error:
        raise CommandError(f"can't decrypt the journal: {error}") from error
    print("Encryption is off: your journal and its backups are plain files again.")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from app.store import encryption
    from app.store.backups import JournalInUse, data_dir_in_use, holding_data_dir

    data_dir = _data_dir(args)
    _refuse_without_its_key_file(data_dir)
    if not encryption.is_encrypted(data_dir):
        raise CommandError(f"the journal in {data_dir} is not encrypted; `{PROG} encrypt` turns it on.")
    if data_dir_in_use(data_dir):
        raise CommandError(f"can't change the passphrase: {_in_use(data_dir)}")
    # The code is checked before the new passphrase is asked for: nobody types it twice for nothing.
    key = _recovered_key(data_dir) if args.recovery_code else _data_key(data_dir)
    assert key is not None  # is_encrypted was checked above
    new = _new_passphrase(ENV_NEW_PASSPHRASE, "new passphrase")
    try:
        with holding_data_dir(data_dir, f"{PROG} passwd"):
            encryption.change_passphrase(data_dir, key, new)
    except JournalInUse as error:
        raise CommandError(f"can't change the passphrase: {error}") from error
    if args.recovery_code:
        print("Your journal has a new passphrase; use it from now on. Your recovery code still works,")
        print("so keep it somewhere safe.")
    else:
        print("Your passphrase is changed. Your recovery code still works as before.")
    return 0
