"""One door for every import: recognise what a path holds and read it into an ImportBundle.

The command line and the import dialog both call `read_import`; the store then adds the bundle
in one transaction, so a file that fails to read changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.workbench import ImportBundle
from app.io.jrnl_format import folder_journal_files, is_jrnl_header, read_jrnl
from app.io.json_format import FORMAT_NAME, read_json
from app.store.errors import InvalidImport

JRNL = "jrnl"
TRUSTBRIDGE = FORMAT_NAME
AUTO = "auto"
FORMATS = (TRUSTBRIDGE, JRNL)

_SNIFF_BYTES = 64 * 1024  # enough to find the first line of any real journal


def detect_format(path: Path) -> str:
    """The format a path holds, judged from its contents, not just its name.

    A .json file, or a file starting with "{", is taken as our JSON (reading it then says exactly
    what is wrong);
    a file whose first non-empty line is a jrnl entry header, or a folder of YYYY/MM/DD.txt
    files, is jrnl.
    """
    if path.suffix.lower() == ".json":
        return TRUSTBRIDGE  # reading it then says exactly what is wrong with it
    if path.is_dir():
        if folder_journal_files(path):
            return JRNL
        raise InvalidImport(
            f"{path} is a folder Trustbridge can't import: it holds no jrnl day files (YYYY/MM/DD.txt)."
        )
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError as error:
        raise InvalidImport(f"{path} could not be read ({error.strerror or error}).") from error
    text = head.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return TRUSTBRIDGE
    first_line = stripped.split("\n", 1)[0].rstrip("\r")
    if first_line and is_jrnl_header(first_line):
        return JRNL
    raise InvalidImport(
        f"{path} is not a format Trustbridge can import: expected a Trustbridge JSON export "
        "or a jrnl journal."
    )


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
    known = ", ".join((AUTO, *FORMATS))
    raise InvalidImport(f"Unknown import format {format!r} (expected one of: {known}).")
