"""The log folder and its files are private like the rest of the data folder, whatever the umask."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logs import setup_logging
from app.paths import LOG_NAME, log_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes as on POSIX")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def ours() -> logging.handlers.RotatingFileHandler:

    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_trustbridge", False))
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    return handler


@pytest.mark.usefixtures("_root_logging", "loose_umask")
def test_the_log_folder_and_every_log_file_are_private(data_dir: Path) -> None:
    path = setup_logging(data_dir)
    assert path is not None
    logging.getLogger("test").info("an event")
    assert mode(log_dir(data_dir)) == 0o700
    assert mode(path) == 0o600
    ours().doRollover()  # the file it starts after rotating is created private too
    logging.getLogger("test").info("another event")
    assert mode(path) == 0o600 and mode(path.with_name(f"{LOG_NAME}.1")) == 0o600


@pytest.mark.usefixtures("_root_logging", "loose_umask")
def test_an_older_open_log_folder_is_tightened(data_dir: Path) -> None:
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    for name in (LOG_NAME, f"{LOG_NAME}.2"):
        (folder / name).write_text("old line\n")
        (folder / name).chmod(0o644)
    setup_logging(data_dir)
    assert mode(folder) == 0o700
    assert mode(folder / LOG_NAME) == 0o600 and mode(folder / f"{LOG_NAME}.2") == 0o600
