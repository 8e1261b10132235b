"""Logging to a file in the data folder. Log lines describe events, never what the person wrote."""

from __future__ import annotations

import logging
from pathlib import Path

from app.paths import LOG_NAME, log_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: Path) -> Path | None:
    """Log to <data>/logs/trustbridge.log; fall back to stderr if the folder can't be written."""
    import logging.handlers  # pulls in socket and pickle: not on the start-up path

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
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.StreamHandler()
        path = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    setattr(handler, "_trustbridge", True)  # noqa: B010 - marks our handler for replacement
    root.addHandler(handler)
    return path
