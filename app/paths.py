"""Where the journal lives: --data-dir, else TRUSTBRIDGE_DATA_DIR, else the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "TRUSTBRIDGE_DATA_DIR"
DATABASE_NAME = "journal.sqlite3"
LOG_NAME = "trustbridge.log"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data folder without creating it; creating is the caller's (fallible) step."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs  # only when no override: keeps the test and CLI paths lean

    return Path(platformdirs.user_data_dir("Trustbridge", appauthor=False, roaming=True))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


# An encrypted journal's key file, beside the database (app/store/keys.py). Named here, in the one
# module everything may import, so code that only asks "is this journal encrypted?" loads no
# store, crypto or sqlite3 to know.
KEY_FILE_NAME = "journal.key"


def key_file_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE_NAME


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def inside_data_dir(path: Path, data_dir: Path) -> bool:
    """Whether writing `path` would land in the journal's own folder (links followed): an export
    there could replace the journal, its key file, a backup or the settings."""
    try:
        real, folder = Path(os.path.realpath(path)), Path(os.path.realpath(data_dir))
    except (OSError, ValueError):
        return False
    return real == folder or folder in real.parents


INSIDE_DATA_DIR = ("that is inside the folder where Trustbridge keeps the journal itself, its key and its "
                   "backups; choose a place outside it so none of them can be overwritten")
