"""Logging to a file in the data folder. Log lines describe events, never what the person wrote.

The folder is 0700 and every log file 0600 whatever the umask, like everything else in the data
folder: a log names entries' ids and times, which is nobody else's business.
"""

from __future__ import annotations

import logging
import os
from contextlib import suppress
from io import TextIOWrapper
from pathlib import Path

from app.paths import LOG_NAME, log_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def setup_logging(data_dir: Path) -> Path | None:
    """Log to <data>/logs/trustbridge.log; fall back to stderr if the folder can't be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in list(root.handlers):
        if getattr(old, "_trustbridge", False):
            root.removeHandler(old)
            old.close()
    folder = log_dir(data_dir)
    handler: logging.Handler
    path: Path | None
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        folder.chmod(FOLDER_MODE)  # a folder made by an older version, or under a loose umask
        _tighten(folder)
        path = folder / LOG_NAME
        handler = _private_handler(path)
    except OSError:
        handler = logging.StreamHandler()
        path = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    setattr(handler, "_trustbridge", True)  # noqa: B010 - marks our handler for replacement
    root.addHandler(handler)
    return path


def _tighten(folder: Path) -> None:
    """Make log files an older version left readable to others 0600."""
    for old in folder.glob(f"{LOG_NAME}*"):
        with suppress(OSError):
            if old.is_file() and not old.is_symlink():
                old.chmod(FILE_MODE)


def _private_handler(path: Path) -> logging.Handler:
    """A rotating file handler whose files (the current one and each new one) are created 0600."""
    import logging.handlers  # pulls in socket and pickle: not on the start-up path

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self) -> TextIOWrapper:
            descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
            return open(descriptor, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123

    return PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
