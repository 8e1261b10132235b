"""Small files of the journal (its key file, its settings) written whole or not at all, 0600.

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


def write_private_bytes(path: Path, data: bytes) -> None:
    """Replace `path` (or the file its link points to) with `data` atomically; OSError, nothing
    changed, when the disk refuses or something other than a file is there."""
    target = real_target(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(FILE_MODE)
        real_target(path)  # a folder or a pipe put there meanwhile is still never replaced
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def real_target(path: Path) -> Path:
    """Where writing `path` really goes, links followed; OSError if a non-file is there (or a loop)."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target  # nothing there yet (or a link to nothing yet): it is made there
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a plain file (a device, a pipe or a socket)"
        raise OSError(errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL,
                      f"it is {kind}, so it was left as it was", str(path))
    return target


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
