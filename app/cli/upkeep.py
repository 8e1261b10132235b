"""backup, backups, restore, check and settings: keeping the journal file safe and set up."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from app.cli.common import (
    PROG,
    CommandError,
    _data_dir,
    _entries,
    _fail,
    _in_use,
    _minutes,
    _reason,
    _say,
    _size,
)
from app.cli.keys import _connect_for, _data_key, _refuse_without_its_key_file
from app.store.preferences import LOCK_AFTER_CHOICES, MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT, Preferences


def _journal_path(args: argparse.Namespace, purpose: str) -> tuple[Path, Path]:
    """The data folder and its journal file, which must exist for `purpose`."""
    from app.paths import database_path

    data_dir = _data_dir(args)
    path = database_path(data_dir)
    if not path.exists() and not path.is_symlink():  # a folder or a dangling link there is damage
        raise CommandError(f"there is no journal in {data_dir} to {purpose}.")
    return data_dir, path


def _backup(args: argparse.Namespace) -> int:
    from app.store.backups import backup_to, backups_dir, make_backup

    data_dir, path = _journal_path(args, "back up")
    connect = _connect_for(data_dir)
    if args.out is not None:
        info = backup_to(path, Path(args.out), connect=connect)
    else:
        from app.store.preferences import load_preferences

        kept = load_preferences(data_dir).backups_kept  # the same number the app keeps
        info = make_backup(path, backups_dir(data_dir), keep=kept, connect=connect)
    _say(info.path)
    print(f"Backed up the journal ({_entries(info.entries or 0)}); the copy was checked and opens cleanly.",
          file=sys.stderr)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.paths import database_path
    from app.store import encryption
    from app.store.backups import backups_dir, holding_data_dir, plain_connect, restore, restore_over_damaged
    from app.store.schema import find_damage

    data_dir = _data_dir(args)
    chosen = Path(args.path).expanduser()
    _refuse_without_its_key_file(data_dir)
    key = _data_key(data_dir)
    connect = plain_connect if key is None else encryption.keyed_connect(key)
    journal = database_path(data_dir)
    with holding_data_dir(data_dir, f"{PROG} restore"):  # refuses while the app or a command has it
        if journal.is_file() and find_damage(journal, key):
            # A damaged journal can't be backed up first: it is moved aside, never opened for writing.
            report = restore_over_damaged(data_dir, chosen, connect)
        else:
            report = restore(chosen, journal, backups_dir=backups_dir(data_dir), connect=connect)
    _say(f"Restored the journal from {report.restored_from} ({_entries(report.entries)}).")
    if report.safety_backup is not None:
        _say(f"The journal as it was just before is kept at {report.safety_backup.path}.")
    if report.damaged_kept_at is not None:
        _say(f"The damaged journal was not changed; it is kept at {report.damaged_kept_at}.")
    return 0


def _check(args: argparse.Namespace) -> int:
    """The full check, on demand: every table's pages (never FTS5's own full check at an open; here,
    asked for, the search index is checked against the entries too), the pages' authentication
    codes when encrypted. Reads only; a pass is recorded for the app's weekly check."""
    from app.store import encryption
    from app.store.backups import backups_dir, check, newest_good_backup, plain_connect
    from app.store.health import record_check_passed

    data_dir, path = _journal_path(args, "check")
    _refuse_without_its_key_file(data_dir)
    key = _data_key(data_dir)  # the passphrase from $TRUSTBRIDGE_PASSPHRASE, or asked
    connect = plain_connect if key is None else encryption.keyed_connect(key)
    report = check(path, connect)
    if report.ok:
        record_check_passed(data_dir)
        print("The journal passed its check.")
        _say(f"{path} holds {_entries(report.entries or 0)}; its pages and its search index are sound.")
        return 0
    for problem in report.problems:
        _say(f"problem: {problem}")
    backup = newest_good_backup(backups_dir(data_dir), connect) if backups_dir(data_dir).is_dir() else None
    if backup is None:
        return _fail(
            f"the journal at {path} did not pass its check, and no backup of it passes its check. "
            f"`{PROG} backups` lists the backups, and `{PROG} restore PATH` brings one back "
            "(the journal as it is now is kept first)."
        )
    from app.domain.timeline import local_time

    made = local_time(backup.made_at).strftime("%Y-%m-%d %H:%M")
    return _fail(
        f"the journal at {path} did not pass its check. The newest good backup is {backup.path} (made "
        f"{made}, {_entries(backup.entries or 0)}): `{PROG} restore {shlex.quote(str(backup.path))}` puts "
        "it back, keeping the journal as it is now."
    )


def _list_backups(args: argparse.Namespace) -> int:
    from app.domain.timeline import local_time
    from app.store.backups import BEFORE_RESTORE, BEFORE_UPGRADE, backups_dir, list_backups

    data_dir = _data_dir(args)
    folder = backups_dir(data_dir)
    listed = list_backups(folder, _connect_for(data_dir)) if folder.is_dir() else []
    if not listed:
        _say(f"No backups yet in {folder}.")
        return 0
    why = {BEFORE_RESTORE: "before a restore", BEFORE_UPGRADE: "before an upgrade"}
    for info in listed:
        when = local_time(info.made_at).strftime("%Y-%m-%d %H:%M")
        held = _entries(info.entries) if info.entries is not None else f"can't be read: {info.problem}"
        label = why.get(info.reason, "automatic")
        _say(f"{when}  {label:<17}  {held:<14}  {_size(info.size):>9}  {info.path}")
    return 0


def _settings(args: argparse.Namespace) -> int:
    """Show the settings, or change the ones given (all checked before anything is written)."""
    from app.store.backups import data_dir_in_use
    from app.store.preferences import load_preferences, save_preferences, settings_path

    data_dir = _data_dir(args)
    current = load_preferences(data_dir)
    if args.backups_kept is None and args.lock_after is None:
        _print_settings(current)
        return 0
    try:
        changed = current.with_changes(backups_kept=args.backups_kept, lock_after_minutes=args.lock_after)
    except ValueError as error:
        raise CommandError(f"{_setting_problem(args, str(error))} Nothing was changed.") from error
    if not data_dir.is_dir():
        raise CommandError(f"there is no journal folder at {data_dir}; nothing was changed.")
    if data_dir_in_use(data_dir):  # the open app keeps its own copy of the settings and would overwrite these
        raise CommandError(
            f"can't change the settings: {_in_use(data_dir)} If it is the app, change them there."
        )
    try:
        save_preferences(data_dir, changed)
    except OSError as error:
        path = settings_path(data_dir)
        raise CommandError(f"can't write {path}: {_reason(error)}. Nothing was changed.") from error
    print("Saved. The settings are now:")
    _print_settings(changed)
    return 0


def _setting_problem(args: argparse.Namespace, problem: str) -> str:
    """Which option was out of range, in the option's own words."""
    if args.backups_kept is not None and not MIN_BACKUPS_KEPT <= args.backups_kept <= MAX_BACKUPS_KEPT:
        return (f"--backups-kept must be between {MIN_BACKUPS_KEPT} and {MAX_BACKUPS_KEPT}, "
                f"not {args.backups_kept}.")
    if args.lock_after is not None and args.lock_after not in LOCK_AFTER_CHOICES:
        choices = ", ".join(str(choice) for choice in LOCK_AFTER_CHOICES if choice)
        return f"--lock-after must be one of {choices} minutes, or 0 for never; not {args.lock_after}."
    return f"{problem}."


def _print_settings(preferences: Preferences) -> None:
    minutes = preferences.lock_after_minutes
    lock = "never on its own (Ctrl+L still locks it)" if minutes == 0 else f"after {_minutes(minutes)} idle"
    locks = "yes" if preferences.lock_when_session_locks else "no"
    print(f"backups kept: {preferences.backups_kept} (change with --backups-kept)")
    print(f"lock the app: {lock} (change with --lock-after)")
    print(f"lock along with the computer's screen lock: {locks} (change it in the app)")
