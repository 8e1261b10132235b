"""The backups on hand: listed (with what each holds), whether today's is due, which old ones
rotate out, and the newest one good enough to offer in place of a damaged journal."""

from __future__ import annotations

import logging
from contextlib import closing
from datetime import datetime
from pathlib import Path

from app.store.backup_checks import inspect_file
from app.store.backup_files import (
    DB_OR_OS_ERRORS,
    Connect,
    count_entries,
    describe_error,
    named_backups,
    open_read_only,
    os_reason,
    plain_connect,
    rows_held,
)
from app.store.backup_info import AUTOMATIC, BackupInfo

log = logging.getLogger(__name__)


def list_backups(backups_dir: Path, connect: Connect = plain_connect) -> list[BackupInfo]:
    """Every backup, newest first, with its entry count read from the file.

    A file that can't be read is still listed, with `entries` None and the `problem`. Only a
    count is read (through the index of live entries), not a full check: listing stays quick.
    """
    listed: list[BackupInfo] = []
    for info in named_backups(backups_dir):
        try:
            with closing(open_read_only(info.path, connect)) as connection:
                entries = count_entries(connection)
        except DB_OR_OS_ERRORS as error:
            problem = describe_error(error)
            listed.append(BackupInfo(info.path, info.made_at, info.size, None, info.reason, problem))
            continue
        listed.append(BackupInfo(info.path, info.made_at, info.size, entries, info.reason))
    return listed


def backup_due(backups_dir: Path, now: datetime) -> bool:
    """True unless an automatic backup was already made on `now`'s local day."""
    from app.domain.timeline import local_date

    today = local_date(now)
    return not any(
        info.reason == AUTOMATIC and local_date(info.made_at) == today for info in named_backups(backups_dir)
    )


def rotate(folder: Path, keep: int, newest: Path, connect: Connect) -> None:
    """Drop automatic backups beyond the newest `keep` good ones; called only after `newest` checked out.

    Good means it opens and its entries can be counted (each was fully checked when made); one
    that can't be read is not counted, and is dropped only once `keep` good ones are newer.
    The newest backup that holds anything at all is never dropped while every kept one holds an
    empty journal: a journal emptied by mistake must not rotate the last real copy away.
    """
    automatic = [info for info in named_backups(folder) if info.reason == AUTOMATIC]
    kept: list[Path] = []
    kept_holds_something = False
    doomed: list[BackupInfo] = []
    for info in automatic:
        if len(kept) >= keep and info.path != newest:
            doomed.append(info)
            continue
        held = rows_held(info.path, connect)
        if held is None and info.path != newest:
            continue  # unreadable: kept for now, not counted
        kept.append(info.path)
        kept_holds_something = kept_holds_something or bool(held)
    if not kept_holds_something:
        spared = next((info for info in doomed if rows_held(info.path, connect)), None)
        if spared is not None:
            log.info("kept backup %s: the newest one that holds more than an empty journal", spared.path.name)
            doomed.remove(spared)
    for info in doomed:
        try:
            info.path.unlink()
            log.info("rotated out backup %s", info.path.name)
        except OSError as error:
            log.warning("could not remove old backup %s: %s", info.path.name, os_reason(error))


def newest_good_backup(backups_dir: Path, connect: Connect = plain_connect) -> BackupInfo | None:
    """The newest backup that passes its check (quick_check, readable entries) and holds anything;
    failing that, the newest that passes; or None.

    Looked at newest first, stopping at the first good one that holds something, so a damaged
    newer copy is passed over without opening every older file, and backups made of an empty
    journal are never offered in place of an older one that holds what the person wrote.
    """
    empty: BackupInfo | None = None
    for info in named_backups(backups_dir):
        problems, entries = inspect_file(info.path, connect, fts=False)
        if not problems and entries is not None:
            good = BackupInfo(info.path, info.made_at, info.size, entries, info.reason)
            if rows_held(info.path, connect):
                return good
            empty = empty or good
            continue
        log.info("backup %s did not pass its check: %s", info.path.name, "; ".join(problems))
    return empty
