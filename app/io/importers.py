"""One door for every import: recognise what a path holds and read it into an ImportBundle.

The command line and the import dialog both call `read_import`; the store then adds the bundle
in one transaction, so a file that fails to read changes nothing. Whatever the format, the
bundle then passes one check (`check_bundle`) against the bounds of app.domain.limits, so no
import path can let in a value that a later export, search or start would trip over.

A folder or a zip is read file by file: one that can't be read is left out and named in the
bundle's `skipped` (jrnl, too, imports the rest of a Day One folder with a damaged entry), and
the import is refused only if nothing in it could be read. A single file is read whole or refused.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from app.domain.limits import (
    MAX_PLAN_DAYS,
    MIN_PLAN_DAYS,
    day_problem,
    integer_problem,
    moment_problem,
    tags_problem,
    text_problem,
    uuid_problem,
)
from app.domain.records import Entry
from app.domain.workbench import ImportBundle
from app.io.dayone_format import (
    DOENTRY_SUFFIX,
    JSON_EXPORT_NAME,
    doentry_files,
    looks_like_dayone_json,
    read_dayone,
    zip_json_members,
)
from app.io.import_files import (
    DEFAULT_LIMITS,
    ReadLimits,
    SkippedFile,
    check_regular,
    is_regular,
    read_head,
    skipped_list,
)
from app.io.jrnl_format import (
    example_header,
    folder_journal_files,
    is_jrnl_header,
    looks_bracketed,
    read_jrnl,
)
from app.io.jrnl_options import DEFAULT_OPTIONS, JrnlOptions
from app.io.json_format import FORMAT_NAME, SECTION_NOUNS, read_json
from app.io.markdown_folder import is_markdown_folder, read_markdown_folder
from app.store.errors import InvalidImport

JRNL = "jrnl"
DAYONE = "dayone"
TRUSTBRIDGE = FORMAT_NAME
MARKDOWN_FOLDER = "markdown-folder"
AUTO = "auto"
FORMATS = (TRUSTBRIDGE, JRNL, DAYONE, MARKDOWN_FOLDER)
DESCRIPTIONS = {
    TRUSTBRIDGE: "a Trustbridge export",
    JRNL: "a jrnl journal",
    DAYONE: "a Day One export",
    MARKDOWN_FOLDER: "a Trustbridge Markdown folder",
}

_SNIFF_BYTES = 64 * 1024  # enough to find the first line of any real journal
# Our own export writes its format first; a Day One export never has this key.
_TRUSTBRIDGE_HEAD = re.compile(rf'^\s*\{{\s*"format"\s*:\s*"{re.escape(FORMAT_NAME)}"')
# Whole numbers with a meaning beyond SQLite's range, by field name: (lowest, highest).
_FIELD_RANGES = {"length_days": (MIN_PLAN_DAYS, MAX_PLAN_DAYS)}
# What a parser can raise on hostile input that no check foresaw: the last line of defence.
_UNFORESEEN = (ValueError, OverflowError, RecursionError, UnicodeError)


class UnknownTimeFormat(InvalidImport):
    """A file that starts like a jrnl journal, "[...] ", with a date in no time format known yet."""


def detect_format(path: Path, jrnl: JrnlOptions = DEFAULT_OPTIONS) -> str:
    """The format a path holds, judged from its contents, not just its name.

    Day One: a `.dayone` folder or one holding entries/*.doentry, a `.doentry` file, a zip or
    folder holding a JSON export, or a JSON file whose "entries" carry Day One's "creationDate".
    Any other .json file, or a file starting with "{", is taken as our JSON (reading it then says
    exactly what is wrong); a file whose first non-empty line is a jrnl entry header, or a folder
    of YYYY/MM/DD.txt files, is jrnl; a folder of YYYY/MM/*.md files with our front matter is
    Trustbridge's Markdown folder export. A device, pipe or socket is refused without reading it.
    `jrnl` is how a jrnl journal's dates are written, when not in jrnl's usual spellings.
    """
    check_regular(path)
    if path.is_dir():
        return _detect_folder(path)
    suffix = path.suffix.lower()
    if suffix == DOENTRY_SUFFIX:
        return DAYONE
    if suffix == ".zip":
        if zip_json_members(path):
            return DAYONE
        raise InvalidImport(
            f"{path} is a zip archive Trustbridge can't import: it holds no Day One JSON export."
        )
    text = _head(path)
    stripped = text.lstrip()
    if suffix == ".json" or stripped.startswith("{"):
        return _json_flavour(text)
    first_line = stripped.split("\n", 1)[0].rstrip("\r")
    if first_line and is_jrnl_header(first_line, jrnl):
        return JRNL
    if looks_bracketed(first_line):
        raise UnknownTimeFormat(
            f"{path} starts like a jrnl journal, but its first date is not in a time format Trustbridge "
            f"knows (like {example_header(jrnl)}). If jrnl wrote it with another timeformat, Trustbridge "
            "needs that time format to read it (for example %d.%m.%Y %H:%M)."
        )
    raise InvalidImport(
        f"{path} is not a format Trustbridge can import: expected a Trustbridge JSON export, "
        "a jrnl journal or a Day One export."
    )


def _detect_folder(path: Path) -> str:
    if path.suffix.lower() == ".dayone" or doentry_files(path):
        return DAYONE
    if folder_journal_files(path):
        return JRNL
    if is_markdown_folder(path):
        return MARKDOWN_FOLDER
    exports = [child for child in path.iterdir() if _is_export_name(child.name) and is_regular(child)]
    if any(child.name == JSON_EXPORT_NAME or _json_flavour(_head(child)) == DAYONE for child in exports):
        return DAYONE
    raise InvalidImport(
        f"{path} is a folder Trustbridge can't import: it holds no jrnl day files (YYYY/MM/DD.txt), "
        "no Day One entries and no Trustbridge Markdown files."
    )


def _is_export_name(name: str) -> bool:
    """A JSON file a Day One folder may hold; hidden files (macOS litter) are not exports."""
    return name.lower().endswith(".json") and not name.startswith(".")


def _json_flavour(head: str) -> str:
    """Day One's JSON export or ours, from the start of the file."""
    if not _TRUSTBRIDGE_HEAD.match(head) and looks_like_dayone_json(head):
        return DAYONE
    return TRUSTBRIDGE


def _head(path: Path) -> str:
    return read_head(path, _SNIFF_BYTES).decode("utf-8-sig", errors="replace")


def read_import(
    path: Path, format: str = AUTO, limits: ReadLimits = DEFAULT_LIMITS, jrnl: JrnlOptions = DEFAULT_OPTIONS
) -> ImportBundle:
    """Read everything at `path` into a bundle for Journal.import_bundle; `format` overrides detection.

    Raises InvalidImport, naming the file and line or entry, if the contents can't be read, hold
    a value the journal can't keep, or go beyond `limits`. The files of a folder or zip that
    can't be read are left out and named in the bundle's `skipped`. `jrnl` says how a jrnl
    journal was written (its time format and tag symbols).
    """
    try:
        bundle = _read(path, format, limits, jrnl)
    except _UNFORESEEN as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise InvalidImport(f"{path} holds something Trustbridge can't read ({reason}).") from error
    check_bundle(bundle)
    return bundle


def _read(path: Path, format: str, limits: ReadLimits, jrnl: JrnlOptions) -> ImportBundle:
    if format not in (AUTO, *FORMATS):
        known = ", ".join((AUTO, *FORMATS))
        raise InvalidImport(f"Unknown import format {format!r} (expected one of: {known}).")
    chosen = detect_format(path, jrnl) if format == AUTO else format
    check_regular(path)
    if chosen == TRUSTBRIDGE:
        if path.is_dir():
            raise InvalidImport(f"{path} is a folder, not a Trustbridge JSON export.")
        return read_json(path, limits)
    skipped: list[SkippedFile] = []
    if chosen == JRNL:
        entries = read_jrnl(path, limits, jrnl, skipped)
    elif chosen == DAYONE:
        entries = read_dayone(path, limits, skipped)
    elif not path.is_dir():
        raise InvalidImport(f"{path} is a file, not a Trustbridge Markdown folder export.")
    else:
        entries = read_markdown_folder(path, limits, skipped)
    return ImportBundle(entries=tuple(entries), skipped=tuple(skipped))


# What each format's files are, for "skipped 2 files that are not Day One entries".
_FILE_NOUNS = {
    JRNL: ("a jrnl day file", "jrnl day files"),
    DAYONE: ("a Day One entry", "Day One entries"),
    MARKDOWN_FOLDER: ("a Trustbridge entry file", "Trustbridge entry files"),
}
_DAYONE_EXPORT = ("a Day One export", "Day One exports")


def skipped_sentence(skipped: tuple[SkippedFile, ...] | list[SkippedFile], format: str) -> str:
    """'skipped 1 file that is not a Day One entry: entries/ABC.doentry (it is empty)'; '' if none.

    The first few are named with their reasons; the rest are counted ("and 4 more").
    """
    if not skipped:
        return ""
    one, many = _FILE_NOUNS.get(format, ("readable", "readable"))
    if format == DAYONE and not all(name.lower().endswith(DOENTRY_SUFFIX) for name, _ in skipped):
        one, many = _DAYONE_EXPORT
    count = len(skipped)
    what = f"1 file that is not {one}" if count == 1 else f"{count:,} files that are not {many}"
    return f"skipped {what}: {skipped_list(skipped)}"


# -- one check for every format ------------------------------------------------------------


def check_bundle(bundle: ImportBundle) -> None:
    """Refuse the whole bundle if any value in it is outside the journal's bounds (app.domain.limits).

    The formats check as they parse, naming the line or key; this is the one rule they all
    share, so a value one format lets through can't reach the store. Raises InvalidImport
    naming the record.
    """
    _check_records("Entry", bundle.entries, _entry_problem)
    for field in dataclasses.fields(bundle):
        if field.name in ("entries", "skipped"):  # skipped: names of files left out, not records
            continue
        value = getattr(bundle, field.name)
        records = value if isinstance(value, tuple) else () if value is None else (value,)
        noun = SECTION_NOUNS.get(field.name, f'Record in "{field.name}"')
        _check_records(noun, records, _record_problem)


def _check_records(noun: str, records: Iterable[Any], problem_of: Callable[[Any], str | None]) -> None:
    records = tuple(records)
    for index, record in enumerate(records, start=1):
        problem = problem_of(record)
        if problem:
            name = getattr(record, "uuid", None)
            label = f" ({name})" if isinstance(name, str) and not uuid_problem(name) else ""
            raise InvalidImport(f"{noun} {index} of {len(records)}{label}: {problem}.")


def _entry_problem(entry: Entry) -> str | None:
    """The first value of an entry the journal can't keep, said as "its KEY …"."""
    too_many = tags_problem(entry.tags)
    if too_many:
        return f"the entry {too_many}"
    checks: list[tuple[str, str | None]] = [
        ("uuid", uuid_problem(entry.uuid)),
        ("title", text_problem(entry.title)),
        ("body", text_problem(entry.body)),
        ("prompt", text_problem(entry.prompt_key) if entry.prompt_key is not None else None),
        *(("tags", text_problem(tag)) for tag in entry.tags),
        ("created", moment_problem(entry.created_at)),
        ("updated", moment_problem(entry.updated_at)),
    ]
    return next((_about(key, problem) for key, problem in checks if problem), None)


def _record_problem(record: Any) -> str | None:
    """The first field of a stage-tool record the journal can't keep, walking its nested values."""
    for field in dataclasses.fields(record):
        problem = _value_problem(field.name, getattr(record, field.name))
        if problem:
            return _about(field.name, problem)
    return None


def _about(key: str, problem: str) -> str:
    """'"length_days" is 0; …', or '"start": the date … is outside …'."""
    return f'"{key}": {problem}' if problem.startswith("the ") else f'"{key}" {problem}'


def _value_problem(name: str, value: Any) -> str | None:
    if isinstance(value, str):
        if name == "uuid" or name.endswith("_uuid"):
            return uuid_problem(value)
        return text_problem(value)
    if isinstance(value, bool | Enum) or value is None:
        return None
    if isinstance(value, int):
        return integer_problem(value, *_FIELD_RANGES.get(name, (None, None)))
    if isinstance(value, datetime):
        return moment_problem(value)
    if isinstance(value, date):
        return day_problem(value)
    if isinstance(value, tuple):
        return next((problem for item in value if (problem := _value_problem(name, item))), None)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _record_problem(value)
    return None
