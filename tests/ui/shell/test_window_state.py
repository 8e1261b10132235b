"""window-state.ini sits in the private data folder and is 0600 like everything else there."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui.shell.main_window import WINDOW_STATE_FILE
from tests.ui.conftest import WindowFactory

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes as on POSIX")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("loose_umask")
@pytest.mark.parametrize("before", [None, 0o644])
def test_the_window_state_file_is_private(
    open_window: WindowFactory, data_dir: Path, before: int | None
) -> None:
    path = data_dir / WINDOW_STATE_FILE
    if before is not None:  # left readable to others by an older version
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text("[General]\n")
        path.chmod(before)
    window = open_window()
    window.close()  # saves the geometry: QSettings rewrites the file
    assert "geometry" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
