"""The journal's own settings: backups kept, when to lock on its own, whether the first-start
welcome is still to be shown, appearance and language, spelling, reminders and the tray.

They live in `settings.json` beside the journal, not inside it, because the command line's
`backup` and the app's backup at close need them while the database is closed or locked, and
no setting is private. Written whole or not at all (temporary file, fsync, rename), 0600.
A missing, unreadable or hand-mangled file gives the defaults: a setting must never be the
reason a journal does not open. That holds for any content (nesting deep enough to exhaust
Python's recursion, numbers of thousands of digits, NaN, binary junk) and for anything else by
that name: a folder, a FIFO (never waited on), a device, a file too large to be settings.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from app.i18n import LANGUAGE_NAMES
from app.store.private_file import write_private_bytes

if TYPE_CHECKING:  # the window reads the settings before it paints; the reminders' timing waits
    from datetime import time

    from app.domain.reminders import ReminderSettings

log = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "settings.json"
DEFAULT_BACKUPS_KEPT = 30
MIN_BACKUPS_KEPT = 1
MAX_BACKUPS_KEPT = 365
DEFAULT_LOCK_AFTER_MINUTES = 15
LOCK_AFTER_CHOICES = (0, 1, 5, 15, 30, 60)  # 0 = never on its own; Ctrl+L always works
MAX_SETTINGS_BYTES = 64 * 1024  # the real file is under 1 KB; anything this big is not it
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", *LANGUAGE_NAMES)  # "system" follows the computer's language where we have it
EDITOR_FONT_SIZES = range(8, 37)  # points; 0 means the app's own size
MAX_FONT_NAME = 100
_WALL_TIME = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")


@dataclass(frozen=True, slots=True)
class Preferences:
    backups_kept: int = DEFAULT_BACKUPS_KEPT
    lock_after_minutes: int = DEFAULT_LOCK_AFTER_MINUTES
    lock_when_session_locks: bool = True
    # Set when a brand-new journal is made; cleared once the person has left the welcome, so it
    # never comes back. A journal from before the welcome existed (or imported) never has it.
    welcome_pending: bool = False
    # Appearance: applied at once when changed, and at start.
    theme: str = "system"
    editor_font: str = ""  # a font family; "" is the app's own
    editor_font_size: int = 0  # points; 0 is the app's own
    preview: bool = True  # the editors offer their rendered preview
    language: str = "system"
    spelling: bool = True
    # Reminders, all off until the person turns them on (offered once, after the third evening).
    reminder_evening: bool = False
    reminder_checkin_eve: bool = False
    reminder_statement_morning: bool = False
    reminder_evening_at: str = "21:00"  # the domain's EVENING_AT and MORNING_AT (a test keeps them in step)
    reminder_morning_at: str = "09:00"
    reminders_offered: bool = False
    keep_in_tray: bool = False  # closing the window leaves Trustbridge in the tray
    start_at_login: bool = False
    # The journal's folder is uploaded by a sync client: said once, then never again.
    sync_noted: bool = False

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with some settings changed; out-of-range values raise ValueError (an unknown
        name raises TypeError)."""
        changed = replace(self, **{name: value for name, value in changes.items() if value is not None})
        problem = _problem(changed)
        if problem:
            raise ValueError(problem)
        return changed

    def reminders(self) -> ReminderSettings:
        """The reminder settings as the domain's timing works them out."""
        from app.domain.reminders import ReminderSettings

        return ReminderSettings(
            evening=self.reminder_evening,
            checkin_eve=self.reminder_checkin_eve,
            statement_morning=self.reminder_statement_morning,
            evening_at=wall_time(self.reminder_evening_at),
            morning_at=wall_time(self.reminder_morning_at),
        )


def wall_time(text: str) -> time:
    """A checked "HH:MM" as a time."""
    from datetime import time

    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


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
    values: dict[str, Any] = {}
    for field in fields(Preferences):
        value = document.get(field.name)
        if _VALID[field.name](value):
            values[field.name] = value
        elif value is not None:
            log.warning("the setting %s is not usable; using its default", field.name)
    return replace(defaults, **values)


def _is_bool(value: object) -> TypeGuard[bool]:
    return isinstance(value, bool)


def _is_wall_time(value: object) -> bool:
    return isinstance(value, str) and _WALL_TIME.fullmatch(value) is not None


def _is_font_name(value: object) -> bool:
    return (isinstance(value, str) and len(value) <= MAX_FONT_NAME
            and all(character.isprintable() for character in value) and value == value.strip())


def _is_font_size(value: object) -> bool:
    return _is_int(value) and (value == 0 or value in EDITOR_FONT_SIZES)


_VALID: dict[str, Callable[[object], bool]] = {
    "backups_kept": lambda value: _is_int(value) and MIN_BACKUPS_KEPT <= value <= MAX_BACKUPS_KEPT,
    "lock_after_minutes": lambda value: _is_int(value) and value in LOCK_AFTER_CHOICES,
    "theme": lambda value: isinstance(value, str) and value in THEMES,
    "editor_font": _is_font_name,
    "editor_font_size": _is_font_size,
    "language": lambda value: isinstance(value, str) and value in LANGUAGES,
    "reminder_evening_at": _is_wall_time,
    "reminder_morning_at": _is_wall_time,
}
for _field in fields(Preferences):
    _VALID.setdefault(_field.name, _is_bool)


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
    for field in fields(Preferences):
        if not _VALID[field.name](getattr(preferences, field.name)):
            return f"{field.name.replace('_', ' ')} can't be {getattr(preferences, field.name)!r}"
    return ""
