"""The journal as a folder of Markdown files, one per entry, that other tools can read and we can read back.

```
journal/
  README.md                        what the folder is, and that it is not encrypted
  workbench.md                     the statement, feelings, plan and check-ins (for reading)
  2026/03/2026-03-02-0915-the-deadline.md
```

Each entry file starts with YAML front matter: uuid, kind, stage, prompt, title, tags, created,
updated, and the time zone it was written in (time_zone: a tz database name or an offset, null
where unknown; a file without the line, from before zones were kept, reads as null). Times are
written as the person saw them, in that zone, with their offset; the file name's date and time
too. Every value is written as JSON, which is also valid YAML, so any front-matter reader
understands it and ours reads it back exactly (NUL, RTL marks and emoji included); the body
follows the closing `---` verbatim. Re-importing the folder restores the entries with their
uuids and dates, so importing it twice adds nothing. `workbench.md` is for reading only: the
lossless home of the stage tools' records is the JSON export.

The folder is written beside the target under a temporary name and renamed into place when
complete, so the target never holds half an export. A target that exists and holds anything
is refused: we never mix an export into someone's files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.limits import moment_problem, uuid_problem
from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.domain.text import terminal_safe
from app.domain.timeline import written_time, zone_problem
from app.io.atomic_file import FILE_MODE, FOLDER_MODE
from app.io.export_range import EVERYTHING, DateRange, entries_in, long_day, workbench_markdown
from app.io.import_files import (
    DEFAULT_LIMITS,
    ReadLimits,
    SkippedFile,
    is_entry_file,
    is_regular,
    read_each,
    read_file,
    read_folder_file,
    read_head,
)
from app.store.errors import InvalidImport

if TYPE_CHECKING:
    from app.store.journal import Journal

WORKBENCH_FILE = "workbench.md"
README_FILE = "README.md"
FRONT_MATTER = "---"
FIELDS = ("uuid", "kind", "stage", "prompt", "title", "tags", "created", "updated")
OPTIONAL_FIELDS = ("time_zone",)  # added after 0.1; absent in older exports
SLUG_CHARS = 48

_FILES_LOOKED_AT = 20  # to recognise the folder
_ENTRY_NAME = re.compile(r"\d{4}-\d{2}-\d{2}-\d{4}-[a-z0-9-]+\.md")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class FolderNotEmpty(Exception):
    """The chosen folder already holds files; the message says what to do instead."""


# -- export --------------------------------------------------------------------------------


def export_markdown_folder(
    journal: Journal,
    target: Path,
    span: DateRange = EVERYTHING,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the entries in `span` (and workbench.md) as the folder `target`; return the entry count.

    Raises FolderNotEmpty when `target` exists with anything in it, OSError when the disk refuses.
    `progress` is called with the number of entries written so far, every hundred entries.
    """
    target = target.expanduser()
    _check_target(target)
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.", suffix=".part"))
    try:
        count = _write_folder(journal, staging, span, progress)
        _check_target(target)  # something may have appeared there while we wrote
        if target.is_dir():
            target.rmdir()  # empty, as just checked: the rename needs it gone
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return count


def _check_target(target: Path) -> None:
    if target.is_dir():
        if any(target.iterdir()):
            raise FolderNotEmpty(
                f"{target} already holds files. Choose a new folder name, or an empty folder, "
                "so nothing of yours is mixed with the export."
            )
    elif target.exists():
        raise FolderNotEmpty(f"{target} is a file, not a folder. Choose a new folder name for the export.")


def _write_folder(
    journal: Journal, folder: Path, span: DateRange, progress: Callable[[int], None] | None
) -> int:
    taken: set[str] = set()
    count = 0
    for entry in entries_in(journal, span):
        relative = entry_path(entry, taken)
        path = folder / relative
        for level in reversed(Path(relative).parents[:-1]):  # YYYY, then YYYY/MM: each one private
            (folder / level).mkdir(mode=FOLDER_MODE, exist_ok=True)
        _write_text(path, entry_markdown(entry))
        count += 1
        if progress is not None and count % 100 == 0:
            progress(count)
    workbench = workbench_markdown(journal) if span.is_everything else ""  # see workbench_markdown
    if workbench:
        _write_text(folder / WORKBENCH_FILE, f"# Your stage tools\n{workbench}")
    _write_text(folder / README_FILE, _readme(count, span))
    _sync_folder(folder)
    return count


def _write_text(path: Path, text: str) -> None:
    """A private file (0600), like every other export: copied out of the folder, it stays private."""
    binary = getattr(os, "O_BINARY", 0)  # Windows: no newline translation under newline=""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | binary, FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)


def _sync_folder(folder: Path) -> None:
    """Flush every file to disk before the rename makes the export visible."""
    for path in folder.rglob("*.md"):
        with path.open("r+b") as stream:  # Windows syncs only handles that may write
            os.fsync(stream.fileno())


def _readme(count: int, span: DateRange) -> str:
    noun = "entry" if count == 1 else "entries"
    now = datetime.now().astimezone()
    return (
        "# Trustbridge journal\n\n"
        f"Exported on {long_day(now.date())} at {now:%H:%M}: {count} {noun}, {span.describe()}.\n\n"
        "Each entry is a Markdown file in a folder for its year and month, with its details at the top. "
        "Trustbridge can import this folder again. "
        f"{WORKBENCH_FILE}, if present, holds your statement, feelings, plan and check-ins for reading.\n\n"
        "These files are not encrypted: anyone who can open this folder can read them.\n"
    )


def entry_path(entry: Entry, taken: set[str]) -> str:
    """`YYYY/MM/YYYY-MM-DD-HHMM-slug.md`, unique within `taken` (compared case-blind), which it joins.

    The slug keeps only a-z, 0-9 and hyphens, so the name is safe on every file system.
    """
    local = written_time(entry)  # as written; UTC where that would leave years 1 to 9999
    # Digits spelled out: strftime writes year 1 as "1", a name the import would not recognise.
    day = f"{local.year:04d}-{local.month:02d}-{local.day:02d}"
    stem = f"{day[:4]}/{day[5:7]}/{day}-{local.hour:02d}{local.minute:02d}-{slug(entry)}"
    name = f"{stem}.md"
    number = 2
    while name.casefold() in taken:
        name = f"{stem}-{number}.md"
        number += 1
    taken.add(name.casefold())
    return name


def slug(entry: Entry) -> str:
    """A few words naming the entry: its title, else the start of its text, else its kind."""
    for source in (entry.title, entry.body):
        words = _slug_words(source)
        if words:
            return words
    return entry.stage.value if entry.stage is not None else entry.kind.value


def _slug_words(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = _NOT_SLUG.sub("-", folded).strip("-")
    if len(words) > SLUG_CHARS:
        words = words[:SLUG_CHARS].rsplit("-", 1)[0] or words[:SLUG_CHARS]
    return words.strip("-")


def entry_markdown(entry: Entry) -> str:
    """One entry file: front matter (values as JSON, valid YAML), then the body exactly as written."""
    values: dict[str, Any] = {
        "uuid": entry.uuid,
        "kind": entry.kind.value,
        "stage": entry.stage.value if entry.stage is not None else None,
        "prompt": entry.prompt_key,
        "title": entry.title,
        "tags": list(entry.tags),
        "created": written_time(entry.created_at, entry.time_zone).isoformat(),
        "updated": written_time(entry.updated_at, entry.time_zone).isoformat(),
        "time_zone": entry.time_zone,
    }
    keys = (*FIELDS, *OPTIONAL_FIELDS)
    lines = [FRONT_MATTER, *(f"{key}: {json.dumps(values[key], ensure_ascii=False)}" for key in keys)]
    return "\n".join(lines) + f"\n{FRONT_MATTER}\n" + entry.body


# -- import --------------------------------------------------------------------------------


def is_markdown_folder(folder: Path) -> bool:
    """True when `folder` looks like our export: YYYY/MM/*.md entry files with our front matter.

    One of the first few files that can be looked at is enough (a pipe is never opened), so a
    damaged first file does not hide the rest, which the import reads while naming that one.
    """
    looked = 0
    for path in _entry_files(folder):
        if looked == _FILES_LOOKED_AT:
            break
        if is_regular(path):
            looked += 1
            if read_head(path, len(FRONT_MATTER) + 12).startswith(b"---\nuuid: "):
                return True
    return False


def _entry_files(folder: Path) -> list[Path]:
    """The entry files, by name; one so named that is not a regular file is listed too, and
    reading it names it (is_entry_file) without opening it."""
    return sorted(
        path
        for path in folder.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*.md")
        if _ENTRY_NAME.fullmatch(path.name)
    )


def read_markdown_folder(
    folder: Path, limits: ReadLimits = DEFAULT_LIMITS, skipped: list[SkippedFile] | None = None
) -> list[Entry]:
    """Every entry file in an exported folder, oldest first; InvalidImport names the file and line.

    Files are read in full and checked before anything is returned, so a damaged file means
    nothing is imported, unless `skipped` is given: then it is noted there and the rest are
    read (read_each). A file that a link leads out of the folder is refused, never read.
    """
    files = _entry_files(folder)
    if not files:
        raise InvalidImport(f"{folder} holds no Trustbridge entry files (YYYY/MM/YYYY-MM-DD-HHMM-….md).")
    seen: dict[str, Path] = {}

    def reader(path: Path) -> Callable[[], list[Entry]]:
        def read() -> list[Entry]:
            is_entry_file(path)  # a pipe is named, never opened
            entry = read_entry_file(path, folder, limits)
            if entry.uuid in seen:
                raise InvalidImport(f"{path} repeats the uuid of {seen[entry.uuid]} ({entry.uuid}).")
            seen[entry.uuid] = path
            return [entry]

        return read

    items = [(path.relative_to(folder).as_posix(), str(path), reader(path)) for path in files]
    entries = read_each(items, skipped, str(folder))
    entries.sort(key=lambda entry: entry.created_at)
    return entries


def read_entry_file(path: Path, folder: Path | None = None, limits: ReadLimits = DEFAULT_LIMITS) -> Entry:
    """One entry file back into an Entry (id 0: not stored yet); inside `folder`, if given."""
    data = read_file(path, limits) if folder is None else read_folder_file(path, folder, limits)
    try:
        text = data.decode("utf-8")  # no newline translation: the body comes back byte for byte
    except UnicodeDecodeError as error:
        raise InvalidImport(f"{path} is not UTF-8 text (byte {error.start}).") from error
    if not text.startswith(FRONT_MATTER + "\n"):
        raise InvalidImport(f"{path}, line 1: expected the front matter to start with ---.")
    values: dict[str, Any] = {}
    position = len(FRONT_MATTER) + 1
    line_number = 1
    while True:
        line_number += 1
        end = text.find("\n", position)
        if end < 0:
            raise InvalidImport(f"{path}: the front matter never ends (no closing --- line).")
        line = text[position:end]
        position = end + 1
        if line == FRONT_MATTER:
            break
        key, colon, raw = line.partition(": ")
        if not colon or key not in (*FIELDS, *OPTIONAL_FIELDS):
            raise InvalidImport(
                f"{path}, line {line_number}: expected one of {', '.join((*FIELDS, *OPTIONAL_FIELDS))}."
            )
        try:
            values[key] = json.loads(raw)
        except (ValueError, RecursionError) as error:  # not JSON, 4,300+ digits, nested too deep
            raise InvalidImport(f"{path}, line {line_number}: the value of {key} is damaged.") from error
    return _entry_from(values, text[position:], f"{path}")


def _entry_from(values: dict[str, Any], body: str, where: str) -> Entry:
    missing = [key for key in FIELDS if key not in values]
    if missing:
        raise InvalidImport(f"{where}: the front matter lacks {', '.join(missing)}.")
    try:
        kind = EntryKind(values["kind"])
        stage = Stage(values["stage"]) if values["stage"] is not None else None
        created = datetime.fromisoformat(values["created"])
        updated = datetime.fromisoformat(values["updated"])
    except (ValueError, TypeError) as error:
        raise InvalidImport(f"{where}: {error}.") from error
    texts = (values["uuid"], values["title"])
    tags = values["tags"]
    prompt = values["prompt"]
    if not all(isinstance(value, str) for value in texts) or not values["uuid"].strip():
        raise InvalidImport(f"{where}: uuid and title must be text, and the uuid not empty.")
    problem = uuid_problem(values["uuid"])
    if problem:
        raise InvalidImport(f"{where} {problem}.")
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise InvalidImport(f"{where}: tags must be a list of words.")
    if prompt is not None and not isinstance(prompt, str):
        raise InvalidImport(f"{where}: prompt must be text.")
    if created.tzinfo is None or updated.tzinfo is None:
        raise InvalidImport(f"{where}: created and updated need a time zone offset.")
    for key, moment in (("created", created), ("updated", updated)):
        problem = moment_problem(moment)
        if problem:
            raise InvalidImport(f"{where}: {key}: {problem}.")
    zone = values.get("time_zone")
    problem = None if zone is None else zone_problem(zone)
    if problem:
        raise InvalidImport(f"{where}: time_zone {terminal_safe(problem, one_line=True)}.")
    return Entry(
        id=0,
        uuid=values["uuid"],
        kind=kind,
        stage=stage,
        prompt_key=prompt,
        title=values["title"],
        body=body,
        tags=tuple(tags),
        created_at=created,
        updated_at=updated,
        time_zone=zone,
    )
