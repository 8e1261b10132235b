"""One door for every import: recognise what a path holds and read it into an ImportBundle.

The command line and the import dialog both call `read_import`; the store then adds the bundle
in one transaction, so a file that fails to read changes nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.domain.workbench import ImportBundle
from app.io.dayone_format import (
    DOENTRY_SUFFIX,
    JSON_EXPORT_NAME,
    doentry_files,
    looks_like_dayone_json,
    read_dayone,
    zip_json_members,
)
from app.io.jrnl_format import folder_journal_files, is_jrnl_header, read_jrnl
from app.io.json_format import FORMAT_NAME, read_json
from app.io.markdown_folder import is_markdown_folder, read_markdown_folder
from app.store.errors import InvalidImport

JRNL = "jrnl"
DAYONE = "dayone"
TRUSTBRIDGE = FORMAT_NAME
MARKDOWN_FOLDER = "markdown-folder"
AUTO = "auto"
FORMATS = (TRUSTBRIDGE, JRNL, DAYONE, MARKDOWN_FOLDER)

_SNIFF_BYTES = 64 * 1024  # enough to find the first line of any real journal
# Our own export writes its format first; a Day One export never has this key.
_TRUSTBRIDGE_HEAD = re.compile(rf'^\s*\{{\s*"format"\s*:\s*"{re.escape(FORMAT_NAME)}"')


def detect_format(path: Path) -> str:
    """The format a path holds, judged from its contents, not just its name.

    Day One: a `.dayone` folder or one holding entries/*.doentry, a `.doentry` file, a zip or
    folder holding a JSON export, or a JSON file whose "entries" carry Day One's "creationDate".
    Any other .json file, or a file starting with "{", is taken as our JSON (reading it then says
    exactly what is wrong); a file whose first non-empty line is a jrnl entry header, or a folder
    of YYYY/MM/DD.txt files, is jrnl; a folder of YYYY/MM/*.md files with our front matter is
    Trustbridge's Markdown folder export.
    """
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
    if first_line and is_jrnl_header(first_line):
        return JRNL
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
    exports = [child for child in path.iterdir() if child.suffix.lower() == ".json" and child.is_file()]
    if (path / JSON_EXPORT_NAME).is_file() or any(_json_flavour(_head(child)) == DAYONE for child in exports):
        return DAYONE
    raise InvalidImport(
        f"{path} is a folder Trustbridge can't import: it holds no jrnl day files (YYYY/MM/DD.txt), "
        "no Day One entries and no Trustbridge Markdown files."
    )


def _json_flavour(head: str) -> str:
    """Day One's JSON export or ours, from the start of the file."""
    if not _TRUSTBRIDGE_HEAD.match(head) and looks_like_dayone_json(head):
        return DAYONE
    return TRUSTBRIDGE


def _head(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError as error:
        raise InvalidImport(f"{path} could not be read ({error.strerror or error}).") from error
    return head.decode("utf-8-sig", errors="replace")


def read_import(path: Path, format: str = AUTO) -> ImportBundle:
    """Read everything at `path` into a bundle for Journal.import_bundle; `format` overrides detection.

    Raises InvalidImport, naming the file and line or entry, if the contents can't be read.
    """
    chosen = detect_format(path) if format == AUTO else format
    if chosen == TRUSTBRIDGE:
        if path.is_dir():
            raise InvalidImport(f"{path} is a folder, not a Trustbridge JSON export.")
        return read_json(path)
    if chosen == JRNL:
        return ImportBundle(entries=tuple(read_jrnl(path)))
    if chosen == DAYONE:
        return ImportBundle(entries=tuple(read_dayone(path)))
    if chosen == MARKDOWN_FOLDER:
        if not path.is_dir():
            raise InvalidImport(f"{path} is a file, not a Trustbridge Markdown folder export.")
        return ImportBundle(entries=tuple(read_markdown_folder(path)))
    known = ", ".join((AUTO, *FORMATS))
    raise InvalidImport(f"Unknown import format {format!r} (expected one of: {known}).")
