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
import io
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, cast

from app import __version__
from app.store.preferences import LOCK_AFTER_CHOICES, MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT, Preferences

if TYPE_CHECKING:
    import sqlite3

    from app.domain.search import SearchHit
    from app.io.export_range import DateRange
    from app.store.errors import JournalDamaged
    from app.store.journal import Journal

PROG = "trustbridge"
EXPORT_FORMATS = ("json", "markdown", "markdown-folder", "html", "pdf")
IMPORT_FORMATS = ("auto", "trustbridge", "jrnl", "dayone", "markdown-folder")
# Whole files or folders only: binary, or more than one file.
NEEDS_OUT = ("markdown-folder", "pdf")
NOT_ENCRYPTED_WARNING = (
    "Keep this export somewhere private: it is not encrypted, so anyone who can open it can read it."
)
# Spelled out rather than imported, so parsing arguments never loads more than it needs.
STAGE_NAMES = ("ownership", "feelings", "expectations", "checkins")
KIND_NAMES = ("reflection", "evening", "free", "imported")
MOOD_NAMES = ("low", "middling", "good", "1", "2", "3", "4", "5")  # app.domain.search.MOOD_GROUPS
ENV_PASSPHRASE = "TRUSTBRIDGE_PASSPHRASE"
ENV_NEW_PASSPHRASE = "TRUSTBRIDGE_NEW_PASSPHRASE"
ENV_RECOVERY_CODE = "TRUSTBRIDGE_RECOVERY_CODE"


class CommandError(Exception):
    """A failure the person can act on; its text is the whole message."""


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

    search = commands.add_parser("search", help="find entries by the words in them, best matches first")
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
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "export": _export, "import": _import, "search": _search,
        "backup": _backup, "restore": _restore, "check": _check, "backups": _list_backups,
        "encrypt": _encrypt, "decrypt": _decrypt, "passwd": _passwd,
        "settings": _settings,
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


def _refuse_without_its_key_file(data_dir: Path) -> None:
    """An encrypted journal whose key file is gone looks, to a command, like a plain one that is
    damaged: say what is really missing before a command advises a restore or calls it unencrypted."""
    from app.paths import database_path
    from app.store.backups import missing_key_problem
    from app.store.keys import KEY_FILE_NAME

    missing = missing_key_problem(data_dir, database_path(data_dir), data_dir / KEY_FILE_NAME)
    if missing is not None:
        raise CommandError(missing)


def _is_text(value: str) -> bool:
    """False for an argument the terminal passed as bytes that aren't UTF-8 (Python keeps them as
    lone surrogates, which no journal text can hold)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _in_use(data_dir: Path) -> str:
    """Who holds the journal (the app, or which command), from its lock file."""
    from app.store.backups import in_use_message

    return in_use_message(data_dir)


def _damaged_advice(error: JournalDamaged) -> str:
    """The store's account of the damage, and the one command that puts the newest good backup back."""
    import shlex

    backup = error.newest_good_backup
    if backup is None:
        return f"{error} Opening the app offers to set it aside (renamed, kept) and start a new journal."
    command = f"{PROG} restore {shlex.quote(str(backup.path))}"
    return f"{error} `{command}` puts it back, keeping the damaged file aside."


def _quiet_unconfigured_logging() -> None:
    """A command sets up no log of its own: without this, Python prints the store's warnings to
    standard error as bare extra lines beside the one-line message the command gives."""
    import logging

    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _fail(message: str) -> int:
    print(f"{PROG}: error: {_safe(message, one_line=True)}", file=sys.stderr)
    return 1


def _say(text: object, *, to_stderr: bool = False) -> None:
    """Print a line that quotes what the person wrote or named (an entry, a file name): the
    terminal shows its control characters as escapes instead of acting on them."""
    print(_safe(str(text)), file=sys.stderr if to_stderr else sys.stdout)


def _safe(text: str, *, one_line: bool = False) -> str:
    from app.domain.text import terminal_safe

    return terminal_safe(text, one_line=one_line)


def _forgive_unprintable(stream: TextIO) -> None:
    """A console that can't show a character gets an escape, not a crash halfway through."""
    if isinstance(stream, io.TextIOWrapper):
        with suppress(OSError, ValueError):
            stream.reconfigure(errors="backslashreplace")


# Commands that change nothing, or all in one step, when they stop part-way.
_ALL_OR_NOTHING = frozenset({"export", "import", "search", "check", "backups", "backup", "settings"})


def _unexpected(args: argparse.Namespace, error: Exception) -> int:
    """An error no handler foresaw: one line for the person, the traceback in the log file."""
    logged = _log_traceback(args, error)
    if args.command in _ALL_OR_NOTHING:
        after = "Nothing was changed"
    else:
        after = f"`{PROG} check` tells whether the journal is sound"
    details = f"; the details are in {logged}" if logged is not None else ""
    return _fail(f"{args.command} stopped: {_what_went_wrong(error)}. {after}{details}.")


def _what_went_wrong(error: Exception) -> str:
    """The kind of trouble in words; never the error's own text, which may quote the journal."""
    if isinstance(error, RecursionError):
        return "something is nested too deeply to read"
    if isinstance(error, MemoryError):
        return "there is not enough memory free"
    if isinstance(error, OverflowError):
        return "a date or a number is beyond what Trustbridge can handle"
    if isinstance(error, UnicodeEncodeError):
        return "some text can't be written in this terminal's character encoding (try PYTHONIOENCODING=utf-8)"
    if isinstance(error, UnicodeDecodeError):
        return "some text is not readable"
    if isinstance(error, ValueError) and "digits" in str(error):
        return "a number has too many digits to read"
    if isinstance(error, ValueError):
        return "a value is not one Trustbridge can use"
    return f"something unexpected went wrong ({type(error).__name__})"


def _log_traceback(args: argparse.Namespace, error: Exception) -> Path | None:
    """Where the traceback was logged: the data folder's log, if that folder exists already.

    Only the frames and the error's kind are logged: its message may quote what the person wrote.
    """
    import logging
    import traceback

    try:
        data_dir = _data_dir(args)
        if not data_dir.is_dir():
            return None
        from app.logs import setup_logging

        root = logging.getLogger()
        before = list(root.handlers)
        path: Path | None = None
        raising, logging.raiseExceptions = logging.raiseExceptions, False  # an unwritable log stays quiet
        try:
            path = setup_logging(data_dir)  # None: it fell back to standard error, where no traceback may go
            if path is not None:
                frames = "".join(traceback.format_tb(error.__traceback__))
                kind = type(error).__name__
                logging.getLogger(__name__).error("%s stopped with %s:\n%s", args.command, kind, frames)
        finally:
            logging.raiseExceptions = raising
            for handler in [h for h in root.handlers if h not in before]:  # run() may be called again
                root.removeHandler(handler)
                handler.close()
            for handler in before:  # one the app had set up (in-process), replaced by setup_logging
                if handler not in root.handlers:
                    root.addHandler(handler)
        return path if path is not None and path.is_file() else None
    except Exception:  # the log is a courtesy: the one line still goes out
        return None


def _data_dir(args: argparse.Namespace) -> Path:
    from app.paths import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def _open_journal(data_dir: Path) -> Journal:
    from app.store.journal import Journal

    return Journal.open(data_dir, _data_key(data_dir))


# -- passphrases ---------------------------------------------------------------------------


def _is_terminal() -> bool:
    """Whether a person is there to be asked (standard input is a terminal)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def _ask_secret(prompt: str) -> str:
    import getpass

    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise CommandError("no passphrase was given; nothing was changed.") from None


def _passphrase(env_name: str, prompt: str) -> str:
    """The passphrase from `env_name`, else typed at a terminal; never echoed."""
    given = os.environ.get(env_name)
    if given:
        return given
    if not _is_terminal():
        raise CommandError(
            f"this journal is encrypted: set {env_name} or run this in a terminal to be asked "
            "for the passphrase. Nothing was changed."
        )
    return _ask_secret(prompt)


def _new_passphrase(env_name: str, what: str) -> str:
    """A new passphrase from `env_name`, else typed twice at a terminal; held to the app's own rule."""
    from app.domain.passphrase import new_passphrase_problem

    given = os.environ.get(env_name)
    if given:
        problem = new_passphrase_problem(given, given)
        if problem:
            raise CommandError(f"the passphrase in {env_name} won't do. {problem} Nothing was changed.")
        return given
    if not _is_terminal():
        raise CommandError(
            f"set {env_name} to the {what}, or run this in a terminal to be asked for it. "
            "Nothing was changed."
        )
    first = _ask_secret(f"Choose the {what}: ")
    problem = new_passphrase_problem(first, first)  # say a short one is too short before asking again
    if problem:
        raise CommandError(f"{problem} Nothing was changed.")
    problem = new_passphrase_problem(first, _ask_secret("Type it once more: "))
    if problem:
        raise CommandError(f"{problem} Nothing was changed.")
    return first


def _data_key(data_dir: Path) -> bytes | None:
    """The data key of an encrypted journal (None for a plain one), from its passphrase."""
    from app.store import encryption
    from app.store.errors import WrongPassphrase

    if not encryption.is_encrypted(data_dir):
        return None
    try:
        return encryption.unlock(data_dir, _passphrase(ENV_PASSPHRASE, "Passphrase for your journal: "))
    except WrongPassphrase as error:
        raise CommandError(
            f"{error} Nothing was changed. Forgot it? `{PROG} passwd --recovery-code` sets a new one "
            "with your recovery code."
        ) from error


def _recovered_key(data_dir: Path) -> bytes:
    """The data key from the recovery code in $TRUSTBRIDGE_RECOVERY_CODE, else typed (not shown)."""
    from app.store import encryption
    from app.store.errors import WrongRecoveryCode

    code = os.environ.get(ENV_RECOVERY_CODE)
    if not code:
        if not _is_terminal():
            raise CommandError(
                f"set {ENV_RECOVERY_CODE} to your recovery code, or run this in a terminal to be asked "
                "for it. Nothing was changed."
            )
        code = _ask_secret("Your recovery code (dashes and spaces don't matter): ")
    try:
        return encryption.unlock_with_recovery(data_dir, code)
    except WrongRecoveryCode as error:
        raise CommandError(f"{error} Nothing was changed.") from error


def _connect_for(data_dir: Path) -> Callable[[Path], sqlite3.Connection]:
    """How the backup commands open files: with the key when the journal is encrypted."""
    from app.store import encryption
    from app.store.backups import plain_connect

    key = _data_key(data_dir)
    return plain_connect if key is None else encryption.keyed_connect(key)


# -- export --------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from app.paths import INSIDE_DATA_DIR, database_path, inside_data_dir

    data_dir = _data_dir(args)
    if not database_path(data_dir).exists():
        raise CommandError(f"there is no journal in {data_dir} to export.")
    span = _export_range(args)
    if args.out is None and args.format in NEEDS_OUT:
        raise CommandError(f"a {args.format} export needs --out PATH: it can't go to standard output.")
    if args.out is not None and inside_data_dir(Path(args.out).expanduser(), data_dir):
        raise CommandError(f"can't write {args.out}: {INSIDE_DATA_DIR}. Nothing was exported.")
    journal = _open_journal(data_dir)
    try:
        if args.out is None:
            writer = _export_writer(args.format, span)
            status = _export_to_stdout(journal, writer, as_json=args.format == "json")
            if status == 0:
                print(NOT_ENCRYPTED_WARNING, file=sys.stderr)
            return status
        out = Path(args.out).expanduser()
        count = _export_to_path(journal, args.format, span, out)
    finally:
        journal.close()
    what = "the journal" if args.format == "json" else "a readable copy of the journal"
    if args.format == "markdown-folder":
        what = "the journal as a folder of Markdown files"
    scope = "" if span.is_everything else f", {span.describe()}"
    _say(f"Exported {what} ({_entries(count)}{scope}, with everything the stage tools hold) to {out}.",
         to_stderr=True)
    print(NOT_ENCRYPTED_WARNING, file=sys.stderr)
    return 0


def _export_range(args: argparse.Namespace) -> DateRange:
    from app.io.export_range import DateRange, EmptyRange

    if args.format == "json" and (args.since is not None or args.until is not None):
        raise CommandError(
            "a json export always holds everything, so it can be imported without loss; "
            "--since and --until are for markdown, markdown-folder, html and pdf."
        )
    try:
        return DateRange(args.since, args.until)
    except EmptyRange:
        raise CommandError("--since is after --until, so nothing could be exported.") from None


def _export_to_path(journal: Journal, format_name: str, span: DateRange, out: Path) -> int:
    if format_name == "markdown-folder":
        from app.io.markdown_folder import FolderNotEmpty, export_markdown_folder

        try:
            return export_markdown_folder(journal, out, span)
        except FolderNotEmpty as error:
            raise CommandError(f"{error} Nothing was exported.") from error
        except OSError as error:
            raise CommandError(f"can't write {out}: {_reason(error)}.") from error
    if format_name == "pdf":
        from app.ui.pdf_export import ensure_gui_application, journal_pdf  # QtGui only, no widgets

        ensure_gui_application()
        try:
            return journal_pdf(journal, out, span)
        except OSError as error:
            raise CommandError(f"can't write {out}: {_reason(error)}.") from error
    writer = _export_writer(format_name, span)
    return _write_atomically(out, lambda stream: writer(journal, stream))


def _export_writer(format_name: str, span: DateRange) -> Callable[[Journal, TextIO], int]:
    if format_name == "markdown":
        from app.io.export_range import export_markdown_range

        return lambda journal, stream: export_markdown_range(journal, stream, span)
    if format_name == "html":
        from app.io.html_export import export_html

        return lambda journal, stream: export_html(journal, stream, span)
    from app.io.json_format import export_json

    return export_json


def _export_to_stdout(journal: Journal, writer: Callable[[Journal, TextIO], int], *, as_json: bool) -> int:
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        # The journal is Unicode whatever the console's code page; no newline translation.
        stream.reconfigure(encoding="utf-8", newline="")
    try:
        writer(journal, cast(TextIO, _TerminalText(stream, as_json)) if _on_terminal(stream) else stream)
        stream.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python's exit flush from failing.
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        return 1
    return 0


def _on_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


class _TerminalText(io.TextIOBase):
    """An export read straight off a terminal: the journal's words, its control characters escaped
    (as JSON escapes in JSON, so it stays the same data); piped or written to a file, it is verbatim."""

    def __init__(self, stream: TextIO, as_json: bool) -> None:
        super().__init__()
        self._stream = stream
        self._as_json = as_json

    def write(self, text: str, /) -> int:
        from app.domain.text import json_terminal_safe

        self._stream.write(json_terminal_safe(text) if self._as_json else _safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()


def _write_atomically(path: Path, write: Callable[[TextIO], int]) -> int:
    """Write through a private temporary file beside `path`, so a failure never leaves half a file."""
    from app.io.atomic_file import write_text

    try:
        return write_text(path, write)
    except OSError as error:
        raise CommandError(f"can't write {path}: {_reason(error)}.") from error


# -- import --------------------------------------------------------------------------------


def _import(args: argparse.Namespace) -> int:
    from app.io.importers import read_import
    from app.io.json_format import NotTrustbridgeJson, report_summary
    from app.store.errors import InvalidImport

    path = Path(args.path).expanduser()
    if not path.exists():
        raise CommandError(f"can't read {path}: No such file or directory.")
    # Read and check the whole file before the journal is opened: a bad file changes nothing.
    try:
        bundle = read_import(path, args.format)
    except OSError as error:
        raise CommandError(f"can't read {path}: {_reason(error)}.") from error
    except NotTrustbridgeJson as error:
        known = " Trustbridge JSON, jrnl and Day One journals can be imported."
        hint = known if args.format == "auto" else ""
        raise CommandError(f"{path} is not a Trustbridge export: {error}{hint}") from error
    except InvalidImport as error:
        raise CommandError(f"can't import {path}: {error} Nothing was imported.") from error

    from app.store.backups import JournalInUse, data_dir_in_use, holding_data_dir

    data_dir = _data_dir(args)
    if data_dir_in_use(data_dir):  # one writer: never beside the open app (checked before any write)
        raise CommandError(f"can't import {path}: {_in_use(data_dir)}")
    journal = _open_journal(data_dir)  # its own clear errors for a folder that can't be used
    try:
        with holding_data_dir(data_dir, f"{PROG} import"):  # and the app can't start while the import runs
            report = journal.import_bundle(bundle)  # one transaction: all of it, or nothing
    except InvalidImport as error:  # its message already says that nothing was imported
        raise CommandError(f"can't import {path}: {error}") from error
    except JournalInUse as error:
        raise CommandError(f"can't import {path}: {error}") from error
    except OSError as error:
        raise CommandError(f"can't import {path}: {_reason(error)}. Nothing was imported.") from error
    finally:
        journal.close()
    _say(report_summary(report))
    return 0


# -- search --------------------------------------------------------------------------------


def _search(args: argparse.Namespace) -> int:
    from app.domain.records import EntryKind
    from app.domain.search import MOOD_GROUPS, SearchFilters, SearchOrder
    from app.domain.stages import Stage
    from app.paths import database_path

    data_dir = _data_dir(args)
    if not database_path(data_dir).exists():
        raise CommandError(f"there is no journal in {data_dir} to search.")
    if args.since is not None and args.until is not None and args.since > args.until:
        raise CommandError("--since is after --until, so nothing could match.")
    for name, value in (("the query", args.query), ("--tag", args.tag)):
        if value is not None and not _is_text(value):
            raise CommandError(f"{name} holds bytes that are not UTF-8 text, so nothing could match.")
    filters = SearchFilters(
        stages=frozenset(Stage(name) for name in args.stage or ()),
        kinds=frozenset(EntryKind(name) for name in args.kind or ()),
        tag=args.tag,
        since=args.since,
        until=args.until,
        moods=frozenset().union(*(MOOD_GROUPS.get(name) or {int(name)} for name in args.mood or ())),
    )
    order = SearchOrder.NEWEST if args.newest else SearchOrder.RANKED
    journal = _open_journal(data_dir)
    try:
        hits = journal.search.search(args.query, filters, order, args.limit)
    finally:
        journal.close()
    text = _hits_json(hits) if args.json else _safe(_hits_text(hits))
    stream = sys.stdout
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        return 1
    return 0


# -- backups -------------------------------------------------------------------------------


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
    from app.store.backups import check

    data_dir, path = _journal_path(args, "check")
    _refuse_without_its_key_file(data_dir)
    report = check(path, _connect_for(data_dir))
    if report.ok:
        held = _entries(report.entries or 0)
        _say(f"ok: {path} is sound ({held}; the file and its search index check out).")
        return 0
    for problem in report.problems:
        _say(f"problem: {problem}")
    return _fail(
        f"the journal at {path} did not pass its check. `{PROG} backups` lists the backups, and "
        f"`{PROG} restore PATH` brings one back (the journal as it is now is kept first)."
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


# -- encryption ----------------------------------------------------------------------------


def _encrypt(args: argparse.Namespace) -> int:
    from app.store import encryption
    from app.store.backups import JournalInUse, data_dir_in_use, holding_data_dir

    data_dir = _data_dir(args)
    if data_dir_in_use(data_dir):
        raise CommandError(f"can't encrypt the journal: {_in_use(data_dir)}")
    if encryption.is_encrypted(data_dir):
        raise CommandError(
            f"the journal in {data_dir} is already encrypted; `{PROG} passwd` changes its passphrase."
        )
    passphrase = _new_passphrase(ENV_PASSPHRASE, "new passphrase")
    try:
        with holding_data_dir(data_dir, f"{PROG} encrypt"):
            _open_journal(data_dir).close()  # creates an empty journal, or brings an old one up to date
            code = encryption.encrypt_journal(data_dir, passphrase)
    except JournalInUse as error:
        raise CommandError(f"can't encrypt the journal: {error}") from error
    print("Your journal and its backups are now encrypted.")
    print()
    print("Your recovery code (shown this one time only):")
    print()
    print(f"    {code}")
    print()
    print("Write it down on paper now and keep it somewhere safe. If you ever forget your passphrase,")
    print("this code is the only way back into your journal.")
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    from app.store import encryption
    from app.store.backups import JournalInUse, data_dir_in_use, holding_data_dir

    data_dir = _data_dir(args)
    _refuse_without_its_key_file(data_dir)
    if not encryption.is_encrypted(data_dir):
        raise CommandError(f"the journal in {data_dir} is not encrypted; there is nothing to turn off.")
    if data_dir_in_use(data_dir):
        raise CommandError(f"can't decrypt the journal: {_in_use(data_dir)}")
    if not args.yes:
        if not _is_terminal():
            raise CommandError("decrypting leaves your journal readable by anyone with the file; "
                               "add --yes to go ahead. Nothing was changed.")
        print("Your journal and its backups will be stored as plain files that anyone with access to")
        print("this computer's files could read.")
        answer = _ask("Type yes to turn encryption off: ")
        if answer.strip().lower() != "yes":
            print("Nothing was changed; your journal is still encrypted.")
            return 1
    key = _data_key(data_dir)
    assert key is not None  # is_encrypted was checked above
    try:
        with holding_data_dir(data_dir, f"{PROG} decrypt"):
            encryption.decrypt_journal(data_dir, key)
    except JournalInUse as error:
        raise CommandError(f"can't decrypt the journal: {error}") from error
    print("Encryption is off: your journal and its backups are plain files again.")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from app.store import encryption
    from app.store.backups import JournalInUse, data_dir_in_use, holding_data_dir

    data_dir = _data_dir(args)
    _refuse_without_its_key_file(data_dir)
    if not encryption.is_encrypted(data_dir):
        raise CommandError(f"the journal in {data_dir} is not encrypted; `{PROG} encrypt` turns it on.")
    if data_dir_in_use(data_dir):
        raise CommandError(f"can't change the passphrase: {_in_use(data_dir)}")
    # The code is checked before the new passphrase is asked for: nobody types it twice for nothing.
    key = _recovered_key(data_dir) if args.recovery_code else _data_key(data_dir)
    assert key is not None  # is_encrypted was checked above
    new = _new_passphrase(ENV_NEW_PASSPHRASE, "new passphrase")
    try:
        with holding_data_dir(data_dir, f"{PROG} passwd"):
            encryption.change_passphrase(data_dir, key, new)
    except JournalInUse as error:
        raise CommandError(f"can't change the passphrase: {error}") from error
    if args.recovery_code:
        print("Your journal has a new passphrase; use it from now on. Your recovery code still works,")
        print("so keep it somewhere safe.")
    else:
        print("Your passphrase is changed. Your recovery code still works as before.")
    return 0


# -- settings ------------------------------------------------------------------------------


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


def _minutes(count: int) -> str:
    return "1 minute" if count == 1 else f"{count} minutes"


def _ask(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:
        return ""


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _marked(snippet: str, start: str, end: str) -> str:
    """A snippet on one line, with the highlight markers swapped for visible ones."""
    from app.domain.search import HIGHLIGHT_END, HIGHLIGHT_START

    return " ".join(snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end).split())


def _hits_text(hits: Sequence[SearchHit]) -> str:
    from app.domain.records import entry_label
    from app.domain.timeline import local_date

    if not hits:
        return "No entries match.\n"
    blocks = []
    for hit in hits:
        snippet = _marked(hit.snippet, "[", "]")
        heading = " ".join(hit.title.split()) or _marked(hit.snippet, "", "")
        day = local_date(hit.created_at).isoformat()
        blocks.append(f"{day}  {entry_label(hit.kind, hit.stage)}  {heading}\n    {snippet}\n")
    return "\n".join(blocks)


def _hits_json(hits: Sequence[SearchHit]) -> str:
    import json

    from app.domain.text import json_terminal_safe

    records = [
        {
            "uuid": hit.uuid,
            "created_at": hit.created_at.isoformat(),
            "kind": hit.kind.value,
            "stage": hit.stage.value if hit.stage else None,
            "title": hit.title,
            "snippet": _marked(hit.snippet, "**", "**"),
        }
        for hit in hits
    ]
    return json_terminal_safe(json.dumps(records, ensure_ascii=False, indent=2)) + "\n"


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
