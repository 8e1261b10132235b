"""The journal's own settings: how many automatic backups to keep, when to lock on its own, and
whether the first-start welcome is still to be shown.

They live in `settings.json` beside the journal, not inside it, because the command line's
`backup` and the app's backup at close need them while the database is closed or locked, and
neither setting is private. Written whole or not at all (temporary file, fsync, rename), 0600.
A missing, unreadable or hand-mangled file gives the defaults: a setting must never be the
reason a journal does not open. That holds for any content (nesting deep enough to exhaust
Python's recursion, numbers of thousands of digits, NaN, binary junk) and for anything else by
that name: a folder, a FIFO (never waited on), a device, a file too large to be settings.
"""

from __future__ import annotations

import json
import logging
import os
import stat
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
MAX_SETTINGS_BYTES = 64 * 1024  # the real file is under 100 bytes; anything this big is not it


@dataclass(frozen=True, slots=True)
class Preferences:
    backups_kept: int = DEFAULT_BACKUPS_KEPT
    lock_after_minutes: int = DEFAULT_LOCK_AFTER_MINUTES
    lock_when_session_locks: bool = True
    # Set when a brand-new journal is made; cleared once the person has left the welcome, so it
    # never comes back. A journal from before the welcome existed (or imported) never has it.
    welcome_pending: bool = False

    def with_changes(
        self,
        *,
        backups_kept: int | None = None,
        lock_after_minutes: int | None = None,
        lock_when_session_locks: bool | None = None,
        welcome_pending: bool | None = None,
    ) -> Preferences:
        """A copy with some settings changed; out-of-range values raise ValueError."""
        changed = replace(
            self,
            backups_kept=self.backups_kept if backups_kept is None else backups_kept,
            lock_after_minutes=self.lock_after_minutes if lock_after_minutes is None else lock_after_minutes,
            lock_when_session_locks=(
                self.lock_when_session_locks if lock_when_session_locks is None else lock_when_session_locks
            ),
            welcome_pending=self.welcome_pending if welcome_pending is None else welcome_pending,
        )
        problem = _problem(changed)
        if problem:
            raise ValueError(problem)
        return changed


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE_NAME


def load_preferences(data_dir: Path) -> Preferences:
    """The saved settings, each one falling back to its default when missing or unusable."""
    raw = _read_settings(settings_path(data_dir))
    if raw is None:
        return Preferences()
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError):  # UnicodeDecodeError and the 4,300-digit limit are ValueErrors
        log.warning("the settings file is not valid JSON; using the defaults")
        return Preferences()
    if not isinstance(document, dict):
        log.warning("the settings file does not hold settings; using the defaults")
        return Preferences()
    return _from_document(document)


def _read_settings(path: Path) -> bytes | None:
    """The settings file's bytes; None (defaults) when it is missing or not a small regular file.

    Opened without blocking and checked before reading: a FIFO by that name would otherwise
    wait for a writer forever, and a device or a huge file would be read without end.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError:
        log.warning("the settings file could not be read; using the defaults", exc_info=True)
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            log.warning("the settings file is not a regular file; using the defaults")
            return None
        data = _read_at_most(descriptor, MAX_SETTINGS_BYTES + 1)
        if len(data) > MAX_SETTINGS_BYTES:  # also a file that grew after fstat
            log.warning("the settings file is too large to be settings; using the defaults")
            return None
        return data
    except OSError:
        log.warning("the settings file could not be read; using the defaults", exc_info=True)
        return None
    finally:
        os.close(descriptor)


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(descriptor, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _from_document(document: dict[object, object]) -> Preferences:
    """Each setting from the parsed file, or its default when missing, of the wrong type or out of range."""
    defaults = Preferences()
    kept = document.get("backups_kept")
    minutes = document.get("lock_after_minutes")
    session = document.get("lock_when_session_locks")
    welcome = document.get("welcome_pending")
    return Preferences(
        backups_kept=kept if _is_int(kept) and MIN_BACKUPS_KEPT <= kept <= MAX_BACKUPS_KEPT
        else defaults.backups_kept,
        lock_after_minutes=minutes if _is_int(minutes) and minutes in LOCK_AFTER_CHOICES
        else defaults.lock_after_minutes,
        lock_when_session_locks=session if isinstance(session, bool) else defaults.lock_when_session_locks,
        welcome_pending=welcome if isinstance(welcome, bool) else defaults.welcome_pending,
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
