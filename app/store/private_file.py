"""Small files of the journal (its key file, its settings) written whole or not at all, 0600; and
the journal's own file and folder kept private (0600 and 0700), whatever the umask.

A temporary file beside the target, flushed to disk, renamed over it, then the folder synced so
the rename itself survives a power cut. A crash at any point leaves the old file or the new one.

A symbolic link (settings kept in a dotfiles folder, say) is written through, as exports are
(app/io/atomic_file.py): the file it points to is replaced in its own folder and the link stays a
link. A folder, a device, a pipe or a socket there is refused before anything is written.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_OTHERS = 0o077  # group and other access


def write_private_bytes(path: Path, data: bytes, *, follow_links: bool = True) -> None:
    """Replace `path` (or the file its link points to) with `data` atomically; OSError, nothing
    changed, when the disk refuses or something other than a file is there.

    `follow_links=False`, for a file only Trustbridge writes in its own folder (the record of the
    last passed check): a link there is refused (NotAFile) and never written through.
    """
    target, _existing = writable_target(path) if follow_links else _unlinked_target(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(FILE_MODE)
        if follow_links:  # a folder or a pipe put there meanwhile is still never replaced
            writable_target(path)
        else:
            _unlinked_target(path)
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


class NotAFile(OSError):
    """The target is a folder, a device, a pipe or a socket: refused before anything was written.

    `strerror` reads as the end of "can't write PATH: ..." (the command line) and inside the
    export dialog's "It could not be written there (...)".
    """


_KINDS = (
    (stat.S_ISDIR, errno.EISDIR, "a folder"),
    (stat.S_ISCHR, errno.EINVAL, "a device"),
    (stat.S_ISBLK, errno.EINVAL, "a device"),
    (stat.S_ISFIFO, errno.EINVAL, "a named pipe"),
    (stat.S_ISSOCK, errno.EINVAL, "a socket"),
)


def writable_target(path: Path) -> tuple[Path, os.stat_result | None]:
    """Where writing `path` really goes (symlinks followed) and what is there now (None: nothing).

    Raises NotAFile for anything but a regular file, and OSError for a symlink loop.
    """
    try:
        target = Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:  # nothing there yet, or a link to nothing yet: follow as far as it goes
        target = Path(os.path.realpath(path))
    try:
        existing = target.stat()
    except FileNotFoundError:
        return target, None
    _refuse_special(path, existing)
    return target, existing


def _unlinked_target(path: Path) -> tuple[Path, os.stat_result | None]:
    """`path` itself, never followed: NotAFile for a link, or anything but a regular file."""
    try:
        existing = path.lstat()
    except FileNotFoundError:
        return path, None
    if stat.S_ISLNK(existing.st_mode):
        raise NotAFile(errno.ELOOP, "it is a link, so it was left as it was", str(path))
    _refuse_special(path, existing)
    return path, existing


def _refuse_special(path: Path, existing: os.stat_result) -> None:
    for test, code, kind in _KINDS:
        if test(existing.st_mode):
            raise NotAFile(code, f"it is {kind}, not a file, so it was left as it was", str(path))
    if not stat.S_ISREG(existing.st_mode):
        raise NotAFile(errno.EINVAL, "it is not a plain file, so it was left as it was", str(path))


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable, where the platform lets a folder be opened (not Windows)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems refuse to sync a folder; the rename has happened all the same
    finally:
        os.close(handle)


def keep_private(path: Path) -> None:
    """Take group and other access away from `path` (a file or a folder), if it has any.

    Quietly nothing where permissions don't work this way (Windows), when `path` is not there (yet),
    or when it is not this account's to change (the folder around it is private all the same).
    """
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & _OTHERS:
            path.chmod(mode & ~_OTHERS)
    except OSError:
        return


def create_private_file(path: Path) -> bool:
    """Create `path` empty, readable and writable by this account only whatever the umask; True if
    this call made it, False when something was already there. OSError when it can't be made."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    except FileExistsError:
        return False
    try:
        if os.name == "posix":
            os.fchmod(handle, FILE_MODE)  # the umask may have taken more away, never less: set it exactly
    finally:
        os.close(handle)
    return True
