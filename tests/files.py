"""What the tests compare files by: every file under a folder, by its relative path, with a digest."""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from pathlib import Path


def snapshot(folder: Path, skip: Collection[str] = ()) -> dict[str, str]:
    """Every file under `folder` (names in `skip` aside) and a SHA-256 of its bytes, to show that
    nothing was created, changed or removed."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file() and path.name not in skip}
