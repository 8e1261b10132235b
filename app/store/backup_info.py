"""What a backup is, as the rest of the app sees it: its reason, its listing, a check's and a
restore's report. Plain values with no imports from the store, so errors.py can name them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# Why a backup was made; only AUTOMATIC backups are rotated.
AUTOMATIC = "automatic"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"

# What each kind of backup is called in a sentence, with its article ("made an automatic backup").
_KIND_WORDS = {
    AUTOMATIC: "an automatic backup",
    BEFORE_RESTORE: "a backup before a restore",
    BEFORE_UPGRADE: "a backup before an upgrade",
}


def backup_kind(reason: str) -> str:
    """The kind of backup in words, with the right article: "an automatic backup"."""
    return _KIND_WORDS.get(reason, f"a backup ({reason})")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed: `entries` is None (with a `problem`) when it can't be read."""

    path: Path
    made_at: datetime  # UTC, from the file name
    size: int
    entries: int | None
    reason: str  # AUTOMATIC, BEFORE_RESTORE or BEFORE_UPGRADE
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class CheckReport:
    """What `check` found: no problems means the file is sound."""

    path: Path
    problems: tuple[str, ...]
    entries: int | None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the copy of the journal taken first (None if there was no journal)."""

    restored_from: Path
    safety_backup: BackupInfo | None
    entries: int
    damaged_kept_at: Path | None = None  # where restore_over_damaged moved the damaged file
