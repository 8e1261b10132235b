"""Small files of the journal (its key file, its settings) written whole or not at all, 0600.

A temporary file beside the target, flushed to disk, renamed over it, then the folder synced so
the rename itself survives a power cut. A crash at any point leaves the old file or the new one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

FILE_MODE = 0o600


def write_private_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; OSError (nothing changed) when the disk refuses."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(FILE_MODE)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


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
