"""Turning encryption on (and off) for a journal, unlocking it, and changing its passphrase.

Turning it on never edits the journal in place. SQLCipher's `sqlcipher_export` writes an encrypted
copy beside it, the copy is opened with the new key and compared before anything is swapped, and
the key file goes into place last, through a `.pending` name, so that a crash at any step leaves
either the plain journal or the encrypted one with its key — `settle_interrupted` finishes or
undoes whatever a crash interrupted, and `Journal.open` never sees a half-done state. The plain
file is overwritten before it is removed, and existing backups are converted the same way.

Turning it off is the mirror image: the backups become plain first (the person asked for plain
files, so a crash part-way leaves readable backups rather than ones whose key is gone), then a
checked plain copy of the journal is swapped in while the encrypted one waits under an `.encrypted`
name (that name is the decrypt's pending marker), and the key file is removed last.

The caller holds the data folder (no app, no other command): see app/store/backups.py.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path

from app.paths import database_path
from app.store import keys
from app.store.errors import StorageUnavailable
from app.store.private_file import sync_folder, write_private_bytes

log = logging.getLogger(__name__)

ENCRYPTING = ".encrypting"  # the encrypted copy being written, beside the journal
PLAIN_OLD = ".plain"  # the plain journal, moved aside during the swap
PENDING = ".pending"  # the key file, until the encrypted journal is in place
DECRYPTING = ".decrypting"  # the plain copy being written, beside the journal or a backup
ENCRYPTED_OLD = ".encrypted"  # the encrypted journal, moved aside while a decrypt swaps files
_PLAIN_HEADER = b"SQLite format 3\x00"
_SIDECARS = ("-wal", "-shm", "-journal")
SEALED = ".sealed"  # a damaged copy sealed whole under the data key
_DAMAGED_AAD = b"trustbridge:damaged-copy:v1"


def is_encrypted(data_dir: Path) -> bool:
    return keys.key_file_path(data_dir).exists()


def keyed_connect(data_key: bytes) -> Callable[[Path], sqlite3.Connection]:
    """A connect function (as the backup and schema code take) that opens files with this key.

    SQLCipher's `cipher_memory_security` (wiping every allocation it frees) stays off, as SQLCipher
    ships it: it holds for the whole process once any connection sets it, makes every later query
    about ten times slower (a one-letter search at 100,000 entries: 46 ms against 4 ms), and guards
    little in a process whose words also sit in Python strings and Qt widgets that nothing wipes.
    """
    import sqlcipher3

    raw = keys.sqlcipher_key(data_key)

    def connect(path: Path) -> sqlite3.Connection:
        connection = sqlcipher3.connect(str(path))
        connection.execute(f'PRAGMA key = "{raw}"')  # a raw hex key: no user text is interpolated
        return connection  # type: ignore[no-any-return]

    return connect


def unlock(data_dir: Path, passphrase: str) -> bytes:
    """The data key, from the passphrase. Raises WrongPassphrase; changes no file either way."""
    return keys.unlock(keys.read_key_file(keys.key_file_path(data_dir)), passphrase)


def unlock_with_recovery(data_dir: Path, code: str) -> bytes:
    return keys.unlock_with_recovery(keys.read_key_file(keys.key_file_path(data_dir)), code)


def change_passphrase(data_dir: Path, data_key: bytes, new_passphrase: str) -> None:
    """Re-wrap the key: the journal itself is not touched, so this is quick at any size."""
    path = keys.key_file_path(data_dir)
    keys.write_key_file(path, keys.rewrap(keys.read_key_file(path), data_key, new_passphrase))


def replace_recovery_code(data_dir: Path, data_key: bytes) -> str:
    """A new recovery code for the same key; the old code stops working once this returns."""
    path = keys.key_file_path(data_dir)
    keyfile, code = keys.new_recovery(keys.read_key_file(path), data_key)
    keys.write_key_file(path, keyfile)
    return code


def encrypt_journal(data_dir: Path, passphrase: str, params: keys.KdfParams | None = None) -> str:
    """Encrypt the plain journal in `data_dir` (and its backups); return the recovery code.

    The code is shown to the person once and never stored. Raises StorageUnavailable with nothing
    changed if the copy cannot be written or does not check out.
    """
    settle_interrupted(data_dir)
    if is_encrypted(data_dir):
        raise StorageUnavailable("This journal is already encrypted.")
    journal = database_path(data_dir)
    keyfile, data_key, code = keys.create(passphrase, params)
    copy = journal.with_name(journal.name + ENCRYPTING)
    _remove(copy)
    try:
        _export(journal, None, copy, data_key)
    except BaseException:
        _remove(copy)
        raise
    pending = _pending(data_dir)
    keys.write_key_file(pending, keyfile)
    aside = journal.with_name(journal.name + PLAIN_OLD)
    _checkpoint_and_close(journal)
    journal.replace(aside)
    for sidecar in _SIDECARS:  # the plain journal's WAL must never sit beside the encrypted file
        _shred(journal.with_name(journal.name + sidecar))
    copy.replace(journal)
    pending.replace(keys.key_file_path(data_dir))
    sync_folder(data_dir)
    _shred(aside)
    try:
        finish_encrypting(data_dir, data_key, fresh=True)
    except Exception:  # the journal is encrypted: the code must reach the person whatever is left
        log.warning("files beside the journal are still to be encrypted", exc_info=True)
    return code


def decrypt_journal(data_dir: Path, data_key: bytes) -> None:
    """Turn encryption off: the journal (and its backups) become plain files again.

    `data_key` must open the journal (from `unlock`). Raises StorageUnavailable with the journal
    still encrypted if the plain copy cannot be written or does not check out.
    """
    settle_interrupted(data_dir)
    if not is_encrypted(data_dir):
        raise StorageUnavailable("This journal is not encrypted.")
    import sqlcipher3

    keyfile_path = keys.key_file_path(data_dir)
    journal = database_path(data_dir)
    copy = journal.with_name(journal.name + DECRYPTING)
    _remove(copy)
    try:
        _export(journal, data_key, copy, None)
    except (sqlite3.Error, sqlcipher3.Error) as error:  # a key that is not this journal's, a bad file
        _shred(copy)
        raise StorageUnavailable(f"The journal could not be decrypted: {error}.") from error
    except BaseException:
        _shred(copy)
        raise
    try:
        _decrypt_backups(data_dir, data_key)
        _unseal_damaged_copies(data_dir, data_key)
    except BaseException:
        _shred(copy)
        raise
    aside = journal.with_name(journal.name + ENCRYPTED_OLD)
    _checkpoint_and_close(journal, keyed_connect(data_key))
    journal.replace(aside)  # from here on, `aside` marks a decrypt in progress
    for sidecar in _SIDECARS:  # the encrypted journal's WAL must never sit beside the plain file
        _remove(journal.with_name(journal.name + sidecar))
    copy.replace(journal)
    sync_folder(data_dir)
    _remove(keyfile_path)  # last: until now, a crash leaves a journal its key still opens
    sync_folder(data_dir)
    _remove(aside)
    sync_folder(data_dir)


def settle_interrupted(data_dir: Path) -> None:
    """Finish or undo an encryption or decryption a crash cut short, so the folder holds one
    consistent journal (and the key file exactly when that journal is encrypted)."""
    journal = database_path(data_dir)
    copy = journal.with_name(journal.name + ENCRYPTING)
    aside = journal.with_name(journal.name + PLAIN_OLD)
    pending = _pending(data_dir)
    if pending.exists() and aside.exists() and not copy.exists() and journal.exists():
        log.info("finishing an encryption that was interrupted after the swap")
        pending.replace(keys.key_file_path(data_dir))
        _shred(aside)
    elif aside.exists() and not journal.exists():
        log.info("undoing an encryption that was interrupted during the swap")
        aside.replace(journal)
        _remove(copy)
        _remove(pending)
    elif aside.exists():  # encrypted and in place; only the overwrite of the old file was cut short
        _shred(aside)
    if not aside.exists():
        _remove(copy)
        _remove(pending)
    _settle_decrypt(data_dir)
    _settle_backups(data_dir)
    sync_folder(data_dir)


def _settle_decrypt(data_dir: Path) -> None:
    journal = database_path(data_dir)
    plain_copy = journal.with_name(journal.name + DECRYPTING)
    encrypted_aside = journal.with_name(journal.name + ENCRYPTED_OLD)
    if encrypted_aside.exists() and not journal.exists():
        log.info("undoing a decryption that was interrupted during the swap")
        encrypted_aside.replace(journal)
    elif encrypted_aside.exists():  # the plain copy is in place: only the key and the old file remain
        log.info("finishing a decryption that was interrupted after the swap")
        _remove(keys.key_file_path(data_dir))
        sync_folder(data_dir)
        _remove(encrypted_aside)
    _shred(plain_copy)  # before the swap a plain copy is only a leftover, and it holds readable text


def _settle_backups(data_dir: Path) -> None:
    """A backup's own conversion cut short: its checked new copy, or the old file moved aside."""
    folder = data_dir / "backups"
    if not folder.is_dir():
        return
    for old in folder.glob("*.sqlite3" + PLAIN_OLD):
        backup = old.with_name(old.name[: -len(PLAIN_OLD)])
        copy = backup.with_name(backup.name + ENCRYPTING)
        if not backup.exists() and copy.exists():  # the copy was checked before the old one moved
            copy.replace(backup)
        elif not backup.exists():
            old.replace(backup)
            continue
        _shred(old)
    for leftover in folder.glob("*.sqlite3" + ENCRYPTING):
        _remove(leftover)
    for leftover in folder.glob("*.sqlite3" + DECRYPTING):
        _shred(leftover)


def _export(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Copy `source` into a new file `target` through sqlcipher_export, then check the copy."""
    import sqlcipher3

    target_raw = keys.sqlcipher_key(target_key) if target_key is not None else ""
    connect = keyed_connect(source_key) if source_key is not None else sqlcipher3.connect
    with closing(connect(source)) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"ATTACH DATABASE ? AS target KEY \"{target_raw}\"", (str(target),))
        connection.execute("SELECT sqlcipher_export('target')")
        connection.execute(f"PRAGMA target.user_version = {int(version)}")
        connection.commit()
        connection.execute("DETACH DATABASE target")
        source_counts = _counts(connection)
    target.chmod(0o600)  # SQLCipher created it with the umask; the data folder is private anyway
    check = keyed_connect(target_key) if target_key is not None else sqlcipher3.connect
    with closing(check(target)) as copy:
        problems = [row[0] for row in copy.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise StorageUnavailable(f"The new copy did not check out ({'; '.join(problems)}).")
        if target_key is not None:
            faults = [row[0] for row in copy.execute("PRAGMA cipher_integrity_check")]
            if faults:
                raise StorageUnavailable(f"The new copy did not check out ({'; '.join(faults)}).")
        if _counts(copy) != source_counts:
            raise StorageUnavailable("The new copy does not hold everything the journal holds.")


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'entries_fts%'"
    )]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}


def plain_files_left(data_dir: Path) -> bool:
    """An encrypted journal with plain backups or damaged copies beside it: a conversion the disk
    or a crash cut short (Journal.open finishes it once it has the key)."""
    folder = data_dir / "backups"
    return (folder.is_dir() and any(_is_plain(backup) for backup in folder.glob("*.sqlite3"))) or any(
        not path.name.endswith(SEALED) and _is_plain(path) for path in _damaged_copies(data_dir)
    )


def finish_encrypting(data_dir: Path, data_key: bytes, *, fresh: bool = False) -> None:
    """Everything beside an encrypted journal becomes unreadable without its key too.

    `fresh`: right after the journal was encrypted, when no backup can be encrypted yet, so a
    backup that isn't a plain journal is damaged. Later (at an opening) such files are encrypted
    backups and are left alone.
    """
    encrypt_backups(data_dir, data_key, fresh=fresh)
    _seal_damaged_copies(data_dir, data_key)


def _damaged_copies(data_dir: Path) -> list[Path]:
    """Journals that failed their check and were kept aside (backups.restore_over_damaged)."""
    return sorted(data_dir.glob(f"{database_path(data_dir).stem}.damaged-*"))


def _seal_damaged_copies(data_dir: Path, data_key: bytes) -> None:
    """A damaged copy can't be re-encrypted page by page (it doesn't open): it is sealed whole with
    AES-GCM under the data key, so whatever can be saved from it still can be, with the key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    for path in _damaged_copies(data_dir):
        if path.name.endswith(SEALED) or not _is_plain(path):
            continue  # sealed already, or an encrypted journal's damaged copy (unreadable without the key)
        nonce = os.urandom(keys.NONCE_BYTES)
        sealed = AESGCM(data_key).encrypt(nonce, path.read_bytes(), _DAMAGED_AAD)
        write_private_bytes(path.with_name(path.name + SEALED), nonce + sealed)
        _shred(path)


def _unseal_damaged_copies(data_dir: Path, data_key: bytes) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    for path in _damaged_copies(data_dir):
        if not path.name.endswith(SEALED):
            continue
        data = path.read_bytes()
        try:
            plain = AESGCM(data_key).decrypt(data[: keys.NONCE_BYTES], data[keys.NONCE_BYTES :], _DAMAGED_AAD)
        except InvalidTag:
            log.warning("a sealed damaged copy does not open with this key and was left as it is")
            continue
        write_private_bytes(path.with_name(path.name[: -len(SEALED)]), plain)
        path.unlink()


def encrypt_backups(data_dir: Path, data_key: bytes, *, fresh: bool = False) -> None:
    """Each plain backup becomes an encrypted one (a damaged one is overwritten and removed).

    When the disk refuses (full, read-only) the rest stay as they are, whole, and are converted
    the next time the journal opens with its key: a good backup is never destroyed for lack of
    space.
    """
    folder = data_dir / "backups"
    if not folder.is_dir():
        return
    for backup in sorted(folder.glob("*.sqlite3")):
        if not fresh and not _is_plain(backup):
            continue  # encrypted already: only plain files are left to convert
        copy = backup.with_name(backup.name + ENCRYPTING)
        _remove(copy)
        try:
            _export(backup, None, copy, data_key)
        except Exception as error:
            _remove(copy)
            if _disk_refused(error):
                log.warning("backups are left to encrypt at the next opening: %s", type(error).__name__)
                return
            log.warning("an old backup could not be encrypted and was removed: %s", type(error).__name__)
            _shred(backup)  # a damaged old backup must not stay readable either
            continue
        aside = backup.with_name(backup.name + PLAIN_OLD)
        backup.replace(aside)
        copy.replace(backup)
        _shred(aside)
    for leftover in folder.glob("*.sqlite3-*"):  # a backup's WAL or journal: plain text too
        _shred(leftover)


def _disk_refused(error: BaseException) -> bool:
    """The machine's fault (no space, read-only, I/O), not the backup's: worth trying again later."""
    if isinstance(error, OSError):
        return True
    words = str(error).lower()
    return any(word in words for word in ("full", "disk i/o", "readonly", "read-only", "locked"))


def _decrypt_backups(data_dir: Path, data_key: bytes) -> None:
    """Each encrypted backup becomes a plain one: once the key file goes, no other form opens.

    Two steps, so a refusal part-way leaves every backup as it was: first all the plain copies are
    written beside them (`.decrypting`), and only when all are made do they replace the originals.
    """
    folder = data_dir / "backups"
    if not folder.is_dir():
        return
    made: list[tuple[Path, Path]] = []
    for backup in sorted(folder.glob("*.sqlite3")):
        if _is_plain(backup):  # converted by an earlier, interrupted decrypt
            continue
        copy = backup.with_name(backup.name + DECRYPTING)
        _remove(copy)
        try:
            _export(backup, data_key, copy, None)
        except Exception as error:
            _shred(copy)
            if _disk_refused(error):  # stop while everything is still encrypted: nothing is lost
                for _backup, written in made:
                    _shred(written)
                raise StorageUnavailable(
                    "The backups could not all be decrypted (the disk refused), so the journal is still "
                    "encrypted. Free up some space and try again."
                ) from error
            # A damaged backup: without the key file it could never be opened again.
            log.warning("an old backup could not be decrypted and was removed: %s", type(error).__name__)
            _remove(backup)
            continue
        made.append((backup, copy))
    for backup, copy in made:
        copy.replace(backup)  # one rename: the encrypted file's old blocks reveal nothing
    for leftover in folder.glob("*.sqlite3-*"):  # an encrypted backup's WAL or journal
        _remove(leftover)


def _is_plain(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_PLAIN_HEADER)) == _PLAIN_HEADER
    except OSError:
        return False


def _checkpoint_and_close(
    journal: Path, connect: Callable[[Path], sqlite3.Connection] = sqlite3.connect
) -> None:
    """Fold the WAL into the main file, so nothing written is left only in the WAL."""
    with closing(connect(journal)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _shred(path: Path) -> None:
    """Overwrite a plain file with zeros, flush it, then remove it.

    On SSDs and copy-on-write file systems the old blocks may survive the overwrite; the README
    says so. It still keeps the text out of the file system's free space on most disks.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with suppress(OSError), path.open("r+b") as handle:
        block = b"\0" * 65536
        written = 0
        while written < size:
            written += handle.write(block[: min(len(block), size - written)])
        handle.flush()
        os.fsync(handle.fileno())
    _remove(path)


def _remove(path: Path) -> None:
    with suppress(FileNotFoundError):
        path.unlink()


def _pending(data_dir: Path) -> Path:
    path = keys.key_file_path(data_dir)
    return path.with_name(path.name + PENDING)
