"""The journal's own settings: how many automatic backups to keep, when to lock on its own.

They live in `settings.json` beside the journal, not inside it, because the command line's
`backup` and the app's backup at close need them while the database is closed or locked, and
neither setting is private. Written whole or not at all (temporary file, fsync, rename), 0600.
A missing, unreadable or hand-mangled file gives the defaults: a setting must never be the
reason a journal does not open.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TypeGuard

from app.store.private_file import write_private_bytes

log = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "settings.json"
DEFAULT_BACKUPS_KEPT = 30
MIN_BACKUPS_KEPT = 1
MAX_BACKUPS_KEPT = 365
DEFAULT_LOCK_AFTER_MINUTES = 15
LOCK_AFTER_CHOICES = (0, 1, 5, 15, 30, 60)  # 0 = never on its own; Ctrl+L always works


@dataclass(frozen=True, slots=True)
class Preferences:
    backups_kept: int = DEFAULT_BACKUPS_KEPT
    lock_after_minutes: int = DEFAULT_LOCK_AFTER_MINUTES
    lock_when_session_locks: bool = True

    def with_changes(
        self,
        *,
        backups_kept: int | None = None,
        lock_after_minutes: int | None = None,
        lock_when_session_locks: bool | None = None,
    ) -> Preferences:
        """A copy with some settings changed; out-of-range values raise ValueError."""
        changed = replace(
            self,
            backups_kept=self.backups_kept if backups_kept is None else backups_kept,
            lock_after_minutes=self.lock_after_minutes if lock_after_minutes is None else lock_after_minutes,
            lock_when_session_locks=(
                self.lock_when_session_locks if lock_when_session_locks is None else lock_when_session_locks
            ),
        )
        problem = _problem(changed)
        if problem:
            raise ValueError(problem)
        return changed


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE_NAME


def load_preferences(data_dir: Path) -> Preferences:
    """The saved settings, each one falling back to its default when missing or unusable."""
    path = settings_path(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Preferences()
    except OSError:
        log.warning("the settings file could not be read; using the defaults", exc_info=True)
        return Preferences()
    try:
        document = json.loads(raw)
    except ValueError:
        log.warning("the settings file is not valid JSON; using the defaults")
        return Preferences()
    if not isinstance(document, dict):
        return Preferences()
    defaults = Preferences()
    kept = document.get("backups_kept")
    minutes = document.get("lock_after_minutes")
    session = document.get("lock_when_session_locks")
    return Preferences(
        backups_kept=kept if _is_int(kept) and MIN_BACKUPS_KEPT <= kept <= MAX_BACKUPS_KEPT
        else defaults.backups_kept,
        lock_after_minutes=minutes if _is_int(minutes) and minutes in LOCK_AFTER_CHOICES
        else defaults.lock_after_minutes,
        lock_when_session_locks=session if isinstance(session, bool) else defaults.lock_when_session_locks,
    )


def save_preferences(data_dir: Path, preferences: Preferences) -> None:
    """Write the settings atomically; raises ValueError for values out of range, OSError on disk trouble."""
    problem = _problem(preferences)
    if problem:
        raise ValueError(problem)
    data = (json.dumps(asdict(preferences), indent=2, sort_keys=True) + "\n").encode("utf-8")
    write_private_bytes(settings_path(data_dir), data)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _problem(preferences: Preferences) -> str:
    if not MIN_BACKUPS_KEPT <= preferences.backups_kept <= MAX_BACKUPS_KEPT:
        return f"keep between {MIN_BACKUPS_KEPT} and {MAX_BACKUPS_KEPT} backups"
    if preferences.lock_after_minutes not in LOCK_AFTER_CHOICES:
        return f"lock after one of {', '.join(map(str, LOCK_AFTER_CHOICES))} minutes"
    return ""
