"""What a process killed with the journal open leaves behind, for tests that plant damage in a
closed journal: its open marker (app/store/health.py), which nobody holds any more. The real kill
(a child process, SIGKILL) is tests/store/test_health.py's; this is its result, made by the same
code the store uses, so tests that need it don't each spawn and kill a process."""

from __future__ import annotations

import os
from pathlib import Path

from app.store.health import stale_markers, write_marker


def left_open_by_a_crash(data_dir: Path) -> Path:
    """The marker a process that died with the journal open leaves: written, then its holder gone."""
    marker = write_marker(data_dir)
    os.close(marker.handle)  # what the kernel does for a killed process: the flock goes, the file stays
    assert marker.path in stale_markers(data_dir)
    return marker.path
