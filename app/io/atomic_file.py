"""Files that appear whole or not at all, readable only by the person who wrote them.

Every export, brief and statement leaves the app through here: written to a private temporary
file beside the target (mkstemp makes it 0600), flushed to disk, then moved over the target in one
step. A full disk or a crash midway never leaves half a file where a good one was.

The target is looked at first. A symbolic link is written through: the file it points to is
replaced in its own folder and the link stays a link. A folder, a device, a named pipe or a socket
is refused before anything is written, so `--out /dev/full` never turns a device into a PDF.
Replacing a file the person already has keeps its permissions (and, where allowed, its owner and
group): who could read that file before can read it after, no more and no fewer.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from app.store.private_file import NotAFile, sync_folder, writable_target

__all__ = ["NotAFile", "replacing", "write_text"]

FILE_MODE = 0o600
FOLDER_MODE = 0o700


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A private temporary path beside `path`'s real target; moved over it only if the block succeeds."""
    target, existing = _export_target(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        temporary.chmod(FILE_MODE)  # a writer may have recreated it with a mode of its own
        with temporary.open("r+b") as written:  # Windows syncs only handles that may write
            os.fsync(written.fileno())
        _settle(temporary, existing)  # after the sync: the old mode may not let us open it to write
        _export_target(path)  # a folder or a pipe put there meanwhile is still never replaced
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def _export_target(path: Path) -> tuple[Path, os.stat_result | None]:
    """writable_target, and never over a file its owner made read-only (`cp` or `>` would refuse)."""
    target, existing = writable_target(path)
    effective = os.access in os.supports_effective_ids  # the ids an open() would be checked against
    if existing is not None and not os.access(target, os.W_OK, effective_ids=effective):
        raise PermissionError(errno.EACCES, "it is read-only, so it was left as it was", str(path))
    return target, existing


def _settle(temporary: Path, existing: os.stat_result | None) -> None:
    """0600 for a new file; the old file's permissions, owner and group for a replaced one."""
    if existing is None:
        return
    mode = stat.S_IMODE(existing.st_mode) & 0o777  # never set-id bits
    if not _keep_owner(temporary, existing):
        mode &= ~0o070  # its group couldn't be kept: no other group gains what that one had
    temporary.chmod(mode)


def _keep_owner(temporary: Path, existing: os.stat_result) -> bool:
    """Give the new file the old one's owner and group where allowed; False if the group differs."""
    chown = getattr(os, "chown", None)
    if chown is None:  # Windows: no owners to keep
        return True
    now = temporary.stat()
    if (now.st_uid, now.st_gid) == (existing.st_uid, existing.st_gid):
        return True
    for uid in (existing.st_uid, -1):  # only root may give a file away; anyone may pick their group
        try:
            chown(temporary, uid, existing.st_gid)
            return True
        except OSError:
            continue
    return temporary.stat().st_gid == existing.st_gid


def write_text(path: Path, write: Callable[[TextIO], int]) -> int:
    """Let `write` fill a UTF-8 text stream that becomes `path`; return what `write` returned."""
    with replacing(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as stream:
        count = write(stream)
    return count
