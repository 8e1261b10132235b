"""The data folder's lock, read and written in the format Qt's QLockFile uses, so the command
line can tell when the app holds the journal (and hold it itself) without loading Qt."""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.store.errors import JournalInUse

try:  # POSIX: QLockFile holds an flock on its file, which is how "in use" is told from "stale"
    import fcntl
except ImportError:  # Windows: no flock here; an existing lock file is taken as held (see _can_lock)
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOCK_NAME = ".trustbridge.lock"  # the app's QLockFile in the data folder
COMMAND_PURPOSE = "a trustbridge command"  # what a command's lock says when it names nothing


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def data_dir_in_use(data_dir: Path) -> bool:
    """True while a live process (the app) holds the data folder's lock file.

    QLockFile keeps an flock on the file while it holds it, and the kernel drops that lock when
    the process ends; a file left by a crash is therefore stale, as QLockFile itself decides.
    """
    path = lock_path(data_dir)
    try:
        handle = os.open(path, os.O_RDONLY)
    except (FileNotFoundError, NotADirectoryError):  # no lock there, or no folder at all
        return False
    try:
        if not _can_lock(handle):
            return True
        _unlock(handle)
    finally:
        os.close(handle)
    return False


LOCK_FILE_MODE = 0o600  # the lock names this computer and the process: for this account only


@contextmanager
def holding_data_dir(data_dir: Path, purpose: str = COMMAND_PURPOSE) -> Iterator[None]:
    """Hold the data folder's lock (as the app would) for a step that replaces the journal.

    Raises JournalInUse while the app or another command has it, saying which. A lock left by
    a crashed process is taken over. Written as QLockFile writes it, with an flock, so an app
    started meanwhile sees it as held; `purpose` (say "trustbridge import") goes on a line of
    its own after the five QLockFile reads, so whoever finds the lock can say who holds it.
    """
    path = lock_path(data_dir)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle = -1
    for _attempt in range(3):
        try:
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, LOCK_FILE_MODE)  # host, machine
            break
        except FileExistsError:
            if not _remove_stale_lock(path):
                raise JournalInUse(in_use_message(data_dir)) from None
    else:
        raise JournalInUse(in_use_message(data_dir))
    try:
        if fcntl is not None and not _can_lock(handle):  # another process opened it in between
            raise JournalInUse(in_use_message(data_dir))
        os.write(handle, _lock_contents(purpose))
        os.fsync(handle)
        yield
    finally:
        with suppress(FileNotFoundError):
            path.unlink()
        os.close(handle)


def _can_lock(handle: int) -> bool:
    """Take the lock file's flock if nobody holds it. Without flock (Windows) we cannot tell a
    live lock from a stale one, so we say it is held: refusing is safe, overwriting is not."""
    if fcntl is None:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: int) -> None:
    if fcntl is not None:
        fcntl.flock(handle, fcntl.LOCK_UN)


_IN_USE = "Trustbridge is open on this journal. Close the app first, then try again; nothing was changed."
_LOCK_READ_LIMIT = 4096


def in_use_message(data_dir: Path) -> str:
    """Who holds the data folder, from its lock file, in one sentence that says nothing changed.

    The app's lock is written by QLockFile (five lines); a command's by `holding_data_dir`, with
    its purpose on a sixth. A lock that can't be read is taken as the app's, as before.
    """
    try:
        with lock_path(data_dir).open("rb") as stream:
            lines = stream.read(_LOCK_READ_LIMIT).decode("utf-8", "replace").split("\n")
    except OSError:
        return _IN_USE
    pid = lines[0].strip() if lines[0].strip().isdigit() else ""
    host = lines[2].strip() if len(lines) > 2 else ""
    where = f" on the computer {_printable(host)}" if host and host != socket.gethostname() else ""
    process = f", process {pid}{where}" if pid else where
    purpose = _printable(lines[5].strip()) if len(lines) > 5 else ""
    if purpose:
        return (f"another Trustbridge command is using this journal ({purpose}{process}). Wait for it to "
                "finish, then try again; nothing was changed.")
    return (f"Trustbridge is open on this journal (the app{process}). Close the app first, then try "
            "again; nothing was changed.")


def _printable(text: str) -> str:
    """At most 80 characters, without control characters: a lock file is anyone's to write."""
    return "".join(char for char in text if char.isprintable())[:80]


def _remove_stale_lock(path: Path) -> bool:
    """Remove a lock file nobody holds; False when a live process holds it."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    try:
        if not _can_lock(handle):
            return False
        try:
            same = os.fstat(handle).st_ino == path.stat().st_ino
        except FileNotFoundError:
            return True
        if same:
            log.info("taking over a stale lock left in %s", path.parent)
            path.unlink()
        return True
    finally:
        os.close(handle)


def _lock_contents(purpose: str = COMMAND_PURPOSE) -> bytes:
    """pid, program name (as /proc/<pid>/exe names it), host name: the lines QLockFile reads; its
    machine and boot ids left empty (so it judges the lock by the process, as before); then ours."""
    try:
        program = Path("/proc/self/exe").readlink().name
    except OSError:
        program = Path(sys.executable).resolve().name
    said = _printable(purpose) or COMMAND_PURPOSE
    return f"{os.getpid()}\n{program}\n{socket.gethostname()}\n\n\n{said}\n".encode()
