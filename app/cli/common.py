"""What every command shares: its one-line errors, what it prints to a terminal, and opening the
journal. A failure the person can act on is a CommandError; anything else is caught at the edge
(`_unexpected`), told in one line and logged with its traceback, never shown as one."""

from __future__ import annotations

import argparse
import io
import sys
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.store.errors import JournalDamaged

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


def _ask(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:
        return ""


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _minutes(count: int) -> str:
    return "1 minute" if count == 1 else f"{count} minutes"
