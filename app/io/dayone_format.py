"""Day One journals: Classic `.doentry` property lists and the current JSON export.

Day One Classic keeps one XML plist per entry in a `.dayone` folder's `entries/`; the current
app exports a `Journal.json` (one JSON file per journal), usually zipped with its photos. We
read the words, dates, tags and starred flags; photos stay behind, and where the text pointed
at one we leave a plain note instead of a link that would lead nowhere.

Each entry's uuid is derived from Day One's own UUID, so importing the same export twice adds
nothing the second time. The time zone Day One records is only how the moment was shown there:
we keep every moment in UTC. Anything malformed raises InvalidImport naming the file (and the
entry, for JSON) before a single entry is handed to the store. Zips are read in memory, never
unpacked to disk, within the limits of app.io.import_files (no bomb expands past them); a link
inside a Day One folder that leads out of it is refused.

Each entry keeps the time zone Day One wrote it in ("timeZone" in JSON, "Time Zone" in a
`.doentry`), so it is shown at the wall-clock time the person saw. A zone that is not a time
zone name or offset is left out (the entry is then shown in the computer's zone), never a reason
to refuse the words; it is logged.
"""

from __future__ import annotations

import json
import logging
import plistlib
import re
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from app.domain.limits import moment_problem, tags_problem, text_problem
from app.domain.records import Entry, EntryKind
from app.domain.text import terminal_safe
from app.domain.timeline import clean_zone, offset_zone
from app.io.import_files import (
    DEFAULT_LIMITS,
    ReadLimits,
    SkippedFile,
    is_entry_file,
    open_zip,
    read_each,
    read_file,
    read_folder_file,
    read_zip_member,
    refuse_empty,
)
from app.store.errors import InvalidImport

log = logging.getLogger(__name__)

# A fixed namespace: changing it would make a re-import add every entry again.
UUID_NAMESPACE = uuid.UUID("2b0f8f7e-6c1d-5a0e-8d7b-4e3f9c1a7d52")
STARRED_TAG = "starred"
DOENTRY_SUFFIX = ".doentry"
JSON_EXPORT_NAME = "Journal.json"

# `![](dayone-moment://IDENT)`, and the `dayone-moment:/video/IDENT` spelling for other media.
_MOMENT = re.compile(r"!?\[[^\]\n]*\]\(dayone-moment:/{1,2}(?:(video|audio|pdfAttachment)/)?[^)\s]*\)")
_MEDIA_NOTES = {
    None: "[photo not imported]",
    "video": "[video not imported]",
    "audio": "[audio recording not imported]",
    "pdfAttachment": "[PDF not imported]",
}
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Escapes that still mean something to a Markdown reader: unescaping them would turn the
# person's literal characters into emphasis, code, links or HTML.
_ALWAYS_KEPT = frozenset("*_`\\[]<")
# These only start a block (heading, quote, list) at the beginning of a line.
_KEPT_AT_LINE_START = frozenset("#>-+")
_ORDERED_LIST_NUMBER = re.compile(r"[ \t]*\d+$")
# An offset as older exports may spell it: "GMT+0200", "UTC-05:00", "+0530".
_GMT_OFFSET = re.compile(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", re.ASCII)


def read_dayone(
    path: Path, limits: ReadLimits = DEFAULT_LIMITS, skipped: list[SkippedFile] | None = None
) -> list[Entry]:
    """Every entry of a Day One journal at `path`, oldest first, not yet stored.

    `path` may be a `.dayone` folder, its `entries/` folder, one `.doentry` file, a JSON export
    file, a folder holding one, or the export's `.zip`. Raises InvalidImport naming the file (and
    entry) if anything in it is not Day One's format, or is beyond `limits`. With `skipped`, a
    file of a folder or a zip that fails is noted there instead, as jrnl skips a damaged entry
    (read_each); a single file is always read whole or refused.
    """
    if path.is_dir():
        doentries = doentry_files(path)
        if doentries:
            items = [(_shown(file, path), str(file), _folder_reader(file, path, limits, _doentry))
                     for file in doentries]
        else:
            exports = sorted(child for child in path.iterdir() if _is_json_name(child.name))
            if not exports:
                raise InvalidImport(
                    f"{path} holds no Day One entries (entries/*.doentry) and no JSON export (Journal.json)."
                )
            items = [(_shown(file, path), str(file), _folder_reader(file, path, limits, _json_file))
                     for file in exports]
        entries = read_each(items, skipped, str(path))
    elif path.suffix.lower() == DOENTRY_SUFFIX:
        entries = _doentry(path, read_file(path, limits))
    elif path.suffix.lower() == ".zip":
        entries = _read_zip(path, limits, skipped)
    else:
        entries = _read_json_document(read_file(path, limits), str(path))
    return _unique_oldest_first(entries)


def doentry_files(folder: Path) -> list[Path]:
    """The Classic entry files in a `.dayone` folder (under entries/) or in an entries folder itself,
    by name: one that is not a regular file (a folder, a pipe, a broken link) is still listed, and
    reading it names it (is_entry_file) without opening it."""
    entries_folder = folder / "entries"
    where = entries_folder if entries_folder.is_dir() else folder
    return sorted(child for child in where.iterdir() if child.suffix.lower() == DOENTRY_SUFFIX)


def _shown(file: Path, folder: Path) -> str:
    return file.relative_to(folder).as_posix()


def _folder_reader(
    file: Path, folder: Path, limits: ReadLimits, parse: Callable[[Path, bytes], list[Entry]]
) -> Callable[[], list[Entry]]:
    def read() -> list[Entry]:
        is_entry_file(file)  # a pipe is named, never opened
        return parse(file, refuse_empty(read_folder_file(file, folder, limits), str(file)))

    return read


def _doentry(path: Path, data: bytes) -> list[Entry]:
    """One Classic entry. Day One wrote them as XML property lists, and jrnl reads only those."""
    if data.startswith(b"bplist"):
        raise InvalidImport(
            f"{path} is a binary property list; Day One Classic entries are XML, so it is not one of them."
        )
    return [_read_doentry(path, data)]


def _json_file(path: Path, data: bytes) -> list[Entry]:
    return _read_json_document(data, str(path))


def zip_json_members(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """The JSON exports inside a Day One zip (top level, or one folder down); macOS litter skipped."""
    with open_zip(path, limits) as archive:
        names = archive.namelist()
    found = []
    for name in names:
        parts = PurePosixPath(name).parts
        if not parts or parts[0] == "__MACOSX" or len(parts) > 2:
            continue
        if _is_json_name(parts[-1]):
            found.append(name)
    return sorted(found)


def looks_like_dayone_json(head: str) -> bool:
    """Whether the start of a JSON file is a Day One export: an "entries" list with Day One's fields."""
    return '"entries"' in head and '"creationDate"' in head


def unescape_markdown(text: str) -> str:
    """Drop the backslashes Day One puts before ordinary punctuation (`\\.`, `\\-`, `\\!`, `\\(`).

    An escape stays where removing it would change what the text means in Markdown: emphasis,
    code, links and HTML characters, a `#`, `>`, `-` or `+` starting a line, and the dot of a
    number starting a line (which would otherwise become a numbered list).
    """

    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        if char in _ALWAYS_KEPT:
            return match.group(0)
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()]
        if char in _KEPT_AT_LINE_START and not before.strip():
            return match.group(0)
        if char in ".)" and _ORDERED_LIST_NUMBER.fullmatch(before):
            return match.group(0)
        return char

    return _ESCAPE.sub(replace, text)


def note_media(text: str) -> str:
    """Replace Day One's photo (and other media) links with a plain note: the files are not imported."""
    return _MOMENT.sub(lambda match: _MEDIA_NOTES.get(match.group(1), _MEDIA_NOTES[None]), text)


# -- Classic .doentry ------------------------------------------------------------------------


def _read_doentry(path: Path, data: bytes) -> Entry:
    try:
        document = plistlib.loads(data)
    except Exception as error:  # plistlib raises ExpatError, ValueError, InvalidFileException...
        raise InvalidImport(f"{path} is not a readable Day One entry (a property list): {error}.") from error
    if not isinstance(document, dict):
        raise InvalidImport(f"{path} is not a Day One entry: it holds no dictionary of fields.")
    created = document.get("Creation Date")
    if not isinstance(created, datetime):
        raise InvalidImport(f'{path} is not a Day One entry: it has no "Creation Date".')
    text = document.get("Entry Text", "")
    if not isinstance(text, str):
        raise InvalidImport(f'{path}: "Entry Text" is not text.')
    tags = _tag_list(document.get("Tags", []), str(path), "Tags")
    starred = document.get("Starred", False)
    if not isinstance(starred, bool):
        raise InvalidImport(f'{path}: "Starred" is not true or false.')
    day_one_uuid = document.get("UUID")
    if not isinstance(day_one_uuid, str) or not day_one_uuid.strip():
        day_one_uuid = path.stem
    # plistlib gives naive datetimes for <date>, which plists always store in UTC.
    aware = created.replace(tzinfo=UTC) if created.tzinfo is None else created
    problem = moment_problem(aware)
    if problem:
        raise InvalidImport(f'{path}: "Creation Date": {problem}.')
    moment = aware.astimezone(UTC)
    zone = _zone(document.get("Time Zone"), str(path))
    return _entry(day_one_uuid, note_media(text), tags, starred, moment, moment, zone)


# -- JSON export -----------------------------------------------------------------------------


def _read_zip(path: Path, limits: ReadLimits, skipped: list[SkippedFile] | None = None) -> list[Entry]:
    members = zip_json_members(path, limits)
    if not members:
        raise InvalidImport(f"{path} holds no Day One JSON export (Journal.json).")
    budget = [limits.max_file_bytes]  # for all the JSON members together

    def reader(archive: zipfile.ZipFile, name: str) -> Callable[[], list[Entry]]:
        def read() -> list[Entry]:
            source = f"{path}:{name}"
            data = read_zip_member(archive, name, source, budget[0], limits)
            budget[0] -= len(data)
            return _read_json_document(refuse_empty(data, source), source)

        return read

    with open_zip(path, limits) as archive:
        items = [(name, f"{path}:{name}", reader(archive, name)) for name in members]
        return read_each(items, skipped, str(path))


def _read_json_document(data: bytes, source: str) -> list[Entry]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InvalidImport(f"{source} is not UTF-8 text, so it is not a Day One export.") from error
    except json.JSONDecodeError as error:
        raise InvalidImport(
            f"{source}, line {error.lineno}: this is not valid JSON ({error.msg})."
        ) from error
    except ValueError as error:  # a number of more than 4,300 digits
        raise InvalidImport(f"{source} holds a number too long to be a Day One export.") from error
    except RecursionError as error:
        raise InvalidImport(f"{source} is nested too deeply to be a Day One export.") from error
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise InvalidImport(f'{source} is not a Day One export: it has no "entries" list.')
    entries: list[Entry] = []
    for number, raw in enumerate(document["entries"], start=1):
        entries.append(_json_entry(raw, f"{source}, entry {number}"))
    return entries


def _json_entry(raw: object, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise InvalidImport(f"{where}: an entry must be a JSON object.")
    created = _json_moment(raw.get("creationDate"), f'{where}: "creationDate"')
    modified_raw = raw.get("modifiedDate")
    modified = created if modified_raw is None else _json_moment(modified_raw, f'{where}: "modifiedDate"')
    text = raw.get("text", "")
    if not isinstance(text, str):
        raise InvalidImport(f'{where}: "text" is not text.')
    tags = _tag_list(raw.get("tags", []), where, "tags")
    starred = raw.get("starred", False)
    if not isinstance(starred, bool):
        raise InvalidImport(f'{where}: "starred" is not true or false.')
    day_one_uuid = raw.get("uuid")
    if not isinstance(day_one_uuid, str) or not day_one_uuid.strip():
        raise InvalidImport(f'{where}: the entry has no "uuid".')
    for key, value in (("text", text), ("uuid", day_one_uuid), *(("tags", tag) for tag in tags)):
        problem = text_problem(value)
        if problem:
            raise InvalidImport(f'{where}: "{key}" {problem}.')
    body = unescape_markdown(note_media(text))
    zone = _zone(raw.get("timeZone"), where)
    return _entry(day_one_uuid, body, tags, starred, created, max(created, modified), zone)


def _json_moment(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise InvalidImport(f"{where} is missing or not a date.")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise InvalidImport(f"{where} is not a date Trustbridge can read: {value!r}.") from error
    if moment.tzinfo is None:  # Day One writes UTC with a trailing Z; a bare time is taken as UTC too
        moment = moment.replace(tzinfo=UTC)
    problem = moment_problem(moment)
    if problem:
        raise InvalidImport(f"{where}: {problem}.")
    return moment.astimezone(UTC)


# -- shared ----------------------------------------------------------------------------------


def _zone(value: object, where: str) -> str | None:
    """The zone Day One wrote an entry in: a tz database name ("Europe/Berlin") as it is, a
    "GMT+0200"-style offset as "+02:00"; None if there is none or it is neither (logged)."""
    if value is None:
        return None
    offset = _GMT_OFFSET.fullmatch(value) if isinstance(value, str) else None
    if offset is not None and int(offset.group(2)) <= 23 and int(offset.group(3) or 0) <= 59:
        sign = -1 if offset.group(1) == "-" else 1
        return offset_zone(sign * timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0)))
    kept = clean_zone(value)
    if kept is not None:
        return kept
    log.info("%s: a time zone that is not one was left out; the entry is shown in the computer's zone",
             terminal_safe(where, one_line=True))
    return None


def _entry(
    day_one_uuid: str,
    text: str,
    tags: Sequence[str],
    starred: bool,
    created: datetime,
    updated: datetime,
    zone: str | None = None,
) -> Entry:
    all_tags = [*tags, STARRED_TAG] if starred and STARRED_TAG not in tags else list(tags)
    return Entry(
        id=0,
        uuid=str(uuid.uuid5(UUID_NAMESPACE, day_one_uuid.strip().upper().replace("-", ""))),
        kind=EntryKind.IMPORTED,
        stage=None,
        prompt_key=None,
        title="",  # Day One has no titles; the journal list shows the first line
        body=text.strip(),
        tags=tuple(all_tags),
        created_at=created,
        updated_at=updated,
        time_zone=zone,
    )


def _tag_list(value: Any, where: str, key: str) -> list[str]:
    """The entry's tags, repeats and blanks dropped, in order; `where` names the entry, `key` the field.

    A dict keeps the order and finds repeats at once: a list search took 14 s for 40,000 tags.
    """
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise InvalidImport(f'{where}: "{key}" is not a list of words.')
    tags = list(dict.fromkeys(tag for tag in value if tag.strip()))
    problem = tags_problem(tags)
    if problem:
        raise InvalidImport(f"{where} {problem}.")
    return tags


def _unique_oldest_first(entries: Iterable[Entry]) -> list[Entry]:
    """One entry per Day One UUID (an export can name an entry twice), oldest first."""
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if entry.uuid not in seen:
            seen.add(entry.uuid)
            unique.append(entry)
    unique.sort(key=lambda entry: entry.created_at)
    return unique


def _is_json_name(name: str) -> bool:
    return name.lower().endswith(".json") and not name.startswith(".")
