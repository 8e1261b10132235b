"""Files that appear whole or not at all, readable only by the person who wrote them.

Every export, brief and statement leaves the app through here: written to a private temporary
file beside the target (mkstemp makes it 0600), flushed to disk, then moved over the target in one
step. A full disk or a crash midway never leaves half a file where a good one was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A private temporary path beside `path`; moved over it only if the block succeeds."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        temporary.chmod(FILE_MODE)  # in case a writer recreated the file with its own mode
        with temporary.open("r+b") as written:  # Windows syncs only handles that may write
            os.fsync(written.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text(path: Path, write: Callable[[TextIO], int]) -> int:
    """Let `write` fill a UTF-8 text stream that becomes `path`; return what `write` returned."""
    with replacing(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as stream:
        count = write(stream)
    return count
