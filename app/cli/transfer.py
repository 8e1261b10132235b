"""export and import: files in and out of the journal, each whole or not at all."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from app.cli.common import (
    NEEDS_OUT,
    NOT_ENCRYPTED_WARNING,
    PROG,
    CommandError,
    _data_dir,
    _entries,
    _in_use,
    _reason,
    _safe,
    _say,
)
from app.cli.keys import _open_journal

if TYPE_CHECKING:
    from app.io.export_range import DateRange
    from app.io.jrnl_options import JrnlOptions
    from app.store.journal import Journal


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
        from app.ui.journal.pdf_export import ensure_gui_application, journal_pdf  # QtGui only, no widgets

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


def _import(args: argparse.Namespace) -> int:
    from app.io.importers import read_import, skipped_sentence
    from app.io.json_format import NotTrustbridgeJson, report_summary
    from app.store.errors import InvalidImport

    path = Path(args.path).expanduser()
    if not path.exists():
        raise CommandError(f"can't read {path}: No such file or directory.")
    # Read and check the whole file before the journal is opened: a bad file changes nothing.
    try:
        chosen, options = _import_format(args, path)
        bundle = read_import(path, chosen, jrnl=options)
    except OSError as error:
        raise CommandError(f"can't read {path}: {_reason(error)}.") from error
    except NotTrustbridgeJson as error:
        known = " Trustbridge JSON, jrnl and Day One journals can be imported."
        hint = known if args.format == "auto" else ""
        raise CommandError(f"{path} is not a Trustbridge export: {error}{hint}") from error
    except InvalidImport as error:
        hint = _format_hint(error)
        raise CommandError(f"can't import {path}: {error}{hint} Nothing was imported.") from error

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
    summary = report_summary(report)
    skipped = skipped_sentence(bundle.skipped, chosen)
    _say(f"{summary.removesuffix('.')}; {skipped}." if skipped else summary)
    return 0


def _import_format(args: argparse.Namespace, path: Path) -> tuple[str, JrnlOptions]:
    """The format to read `path` as, and how a jrnl journal's dates and tags are written: the
    options given win, then jrnl's own settings for the journal (saying so), then jrnl's usual ones.

    Raises InvalidImport for an option that can't be used, or one given for a file that is not jrnl's.
    """
    from app.io.importers import AUTO, DESCRIPTIONS, JRNL, UnknownTimeFormat, detect_format
    from app.io.jrnl_config import options_for
    from app.io.jrnl_options import DEFAULT_OPTIONS, jrnl_options
    from app.store.errors import InvalidImport

    time_format: str | None = args.date_format
    tag_symbols: str | None = args.tag_symbols
    given = time_format is not None or tag_symbols is not None
    jrnl_options(time_format, tag_symbols)  # a value given that can't be used: said before anything else
    if args.format not in (AUTO, JRNL):
        if given:
            raise InvalidImport(f"--date-format and --tag-symbols are for jrnl journals, not {args.format}.")
        return args.format, DEFAULT_OPTIONS
    options, told = options_for(path, time_format, tag_symbols)
    try:
        chosen = detect_format(path, options) if args.format == AUTO else args.format
    except UnknownTimeFormat:
        for line in told:  # perhaps why: jrnl's settings were there, and could not be used
            _say(line, to_stderr=True)
        raise
    if chosen != JRNL:
        if given:
            what = DESCRIPTIONS.get(chosen, chosen)
            raise InvalidImport(f"--date-format and --tag-symbols are for jrnl journals; this is {what}.")
        return chosen, DEFAULT_OPTIONS
    for line in told:
        _say(line, to_stderr=line.startswith("jrnl's settings"))  # an ignored configuration is a warning
    return chosen, options


def _format_hint(error: Exception) -> str:
    from app.io.importers import UnknownTimeFormat

    return " Give it with --date-format FMT." if isinstance(error, UnknownTimeFormat) else ""
