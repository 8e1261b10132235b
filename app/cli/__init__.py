"""The command line: global options, and the headless subcommands for scripting, migration and backups.

`parse_args` decides between the app and a subcommand; `run` carries a subcommand out without
ever importing Qt. Every failure is one line on standard error, exit status 1, and no change:
exports are written to a temporary file that replaces the target only when complete, and an
import is checked in full, then added in one transaction.

An encrypted journal opens with the passphrase in $TRUSTBRIDGE_PASSPHRASE, or one typed at a
terminal prompt; a passphrase (or a recovery code) is never echoed, printed or logged. A forgotten
passphrase is replaced with `passwd --recovery-code`: a flag on `passwd` rather than a command of
its own, because the result is the same (a new passphrase, nothing else touched) and the person
who forgot looks for the command that sets one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from app import __version__
from app.cli.common import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_CODE,
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    KIND_NAMES,
    MOOD_NAMES,
    NOT_ENCRYPTED_WARNING,
    PROG,
    STAGE_NAMES,
    CommandError,
    _damaged_advice,
    _fail,
    _forgive_unprintable,
    _quiet_unconfigured_logging,
    _unexpected,
)
from app.store.preferences import LOCK_AFTER_CHOICES, MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT

__all__ = ["ENV_NEW_PASSPHRASE", "ENV_PASSPHRASE", "ENV_RECOVERY_CODE", "NOT_ENCRYPTED_WARNING", "PROG",
           "build_parser", "parse_args", "run"]


class _OneLineParser(argparse.ArgumentParser):
    """A mistake in the arguments is one line, like every other error (argparse prints the whole
    usage block first); the user's own text in it is shown with its control characters escaped."""

    def error(self, message: str) -> NoReturn:
        from app.domain.text import terminal_safe

        said = terminal_safe(message, one_line=True)
        self.exit(2, f"{self.prog}: error: {said}. For usage: {self.prog} --help\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog=PROG,
        description="A private, guided reflection journal. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the folder holding the journal (default: $TRUSTBRIDGE_DATA_DIR, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser("export", help="write the journal to a file or standard output")
    export.add_argument(
        "--format", choices=EXPORT_FORMATS, default="json",
        help="json (everything, can be imported again; the default), markdown (one file), markdown-folder "
        "(one file per entry, can be imported again), html (one page), pdf",
    )
    export.add_argument(
        "--out", metavar="PATH",
        help="the file, or the new folder for markdown-folder, to write (default: standard output; "
        "needed for pdf and markdown-folder)",
    )
    export.add_argument("--since", type=_day, metavar="YYYY-MM-DD",
                        help="only entries written on or after this day (not for json)")
    export.add_argument("--until", type=_day, metavar="YYYY-MM-DD",
                        help="only entries written on or before this day (not for json)")

    import_ = commands.add_parser(
        "import", help="add what an exported journal holds, skipping what is already here"
    )
    import_.add_argument("path", metavar="PATH", help="the file or folder to import")
    import_.add_argument("--format", choices=IMPORT_FORMATS, default="auto", help="default: auto")
    import_.add_argument(
        "--date-format", metavar="FMT",
        help="a jrnl journal's time format, as jrnl's timeformat setting (for example %%d.%%m.%%Y %%H:%%M; "
        "default: jrnl's own setting for the journal, else jrnl's usual formats)",
    )
    import_.add_argument(
        "--tag-symbols", metavar="CHARS",
        help="the characters a jrnl journal's tags start with, as jrnl's tagsymbols setting "
        "(default: jrnl's own setting for the journal, else #@)",
    )

    search = commands.add_parser(
        "search", help="find entries by the words in them, best matches first",
        # app.domain.search.ORDER_NOTE, spelled out so parsing loads nothing more (a test keeps them equal)
        description="Newest matches come first while a search is one or two letters, or its last word is "
        "still being typed and has three letters or fewer. Otherwise the closest matches come first; when "
        "each word is in more than 5,000 places, the closest of the newest 1,000.",
    )
    search.add_argument("query", metavar="QUERY", help='words to find; "quoted words" match as a phrase')
    search.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N results (default: 20)"
    )
    search.add_argument("--json", action="store_true", help="print the results as a JSON array")
    search.add_argument("--newest", action="store_true", help="newest first instead of best match first")
    search.add_argument("--stage", action="append", choices=STAGE_NAMES, metavar="STAGE",
                        help=f"only this stage ({', '.join(STAGE_NAMES)}); repeat for several")
    search.add_argument("--kind", action="append", choices=KIND_NAMES, metavar="KIND",
                        help=f"only this kind of entry ({', '.join(KIND_NAMES)}); repeat for several")
    search.add_argument("--tag", metavar="TAG", help="only entries with this tag")
    search.add_argument("--mood", action="append", choices=MOOD_NAMES, metavar="MOOD",
                        help="only entries from days whose last mood check-in was low (1-2), middling (3), "
                        "good (4-5) or the mood 1..5 given; repeat for several")
    search.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="written on or after this day")
    search.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="written on or before this day")

    backup = commands.add_parser(
        "backup", help="make a checked copy of the journal (by default among the automatic backups, "
        "keeping as many as the backups-kept setting says)"
    )
    backup.add_argument(
        "--out", metavar="PATH",
        help="a new file to write the copy to (default: a new backup in the data folder's backups/, "
        "counted among the automatic ones; the oldest beyond the backups-kept setting are removed)",
    )
    restore = commands.add_parser(
        "restore", help="replace the journal with a backup; the journal as it is now is backed up first"
    )
    restore.add_argument("path", metavar="PATH", help="the backup file to restore")
    commands.add_parser(
        "check", help="check the journal file and its search index (exit status 1 if they are not sound)"
    )
    commands.add_parser("backups", help="list the backups, newest first, with their entry counts")

    commands.add_parser(
        "encrypt",
        help=f"encrypt the journal and its backups with a new passphrase (from ${ENV_PASSPHRASE}, "
        "or asked twice); prints a recovery code once",
    )
    decrypt = commands.add_parser(
        "decrypt",
        help=f"turn encryption off: the journal and its backups become plain files (${ENV_PASSPHRASE})",
    )
    decrypt.add_argument("--yes", action="store_true", help="don't ask for confirmation")
    passwd = commands.add_parser(
        "passwd",
        help=f"change the passphrase (the current one from ${ENV_PASSPHRASE}, the new one from "
        f"${ENV_NEW_PASSPHRASE}, or asked); with --recovery-code when the passphrase is forgotten",
    )
    passwd.add_argument(
        "--recovery-code", action="store_true",
        help=f"set a new passphrase with the recovery code you wrote down instead of the current "
        f"passphrase (the code from ${ENV_RECOVERY_CODE}, or asked without showing it)",
    )

    settings = commands.add_parser(
        "settings", help="show the journal's settings, or change them with the options below"
    )
    settings.add_argument(
        "--backups-kept", type=_whole_number, metavar="N",
        help=f"how many automatic backups to keep, {MIN_BACKUPS_KEPT} to {MAX_BACKUPS_KEPT} "
        "(the oldest beyond this are removed after each new one checks out)",
    )
    settings.add_argument(
        "--lock-after", type=_whole_number, metavar="MINUTES",
        help="lock the app after this many idle minutes: "
        f"{', '.join(str(choice) for choice in LOCK_AFTER_CHOICES if choice)}, or 0 for never",
    )
    return parser


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, got {value!r}") from None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; `command` is None when the app itself should open."""
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Carry out the subcommand in `args` and return the exit status."""
    from app.cli import keys, lookup, transfer, upkeep  # a command's own code loads only to run it

    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "export": transfer._export, "import": transfer._import, "search": lookup._search,
        "backup": upkeep._backup, "restore": upkeep._restore, "check": upkeep._check,
        "backups": upkeep._list_backups, "settings": upkeep._settings,
        "encrypt": keys._encrypt, "decrypt": keys._decrypt, "passwd": keys._passwd,
    }
    if args.command not in handlers:
        raise ValueError(f"no headless command {args.command!r}; the caller should open the app")
    from app.store.errors import JournalDamaged, StoreError

    _forgive_unprintable(sys.stdout)
    _quiet_unconfigured_logging()
    try:
        return handlers[args.command](args)
    except JournalDamaged as error:
        return _fail(_damaged_advice(error))
    except (CommandError, StoreError) as error:
        return _fail(str(error))
    except Exception as error:
        # SQLCipher's errors are not sqlite3's, so the store's handlers miss them (say, a plain file
        # offered to an encrypted journal): still one line, and nothing was written by then.
        if type(error).__module__.startswith("sqlcipher3"):
            return _fail(f"the file can't be read with this journal's key ({error}); nothing was changed.")
        return _unexpected(args, error)
