"""jrnl's plain-text journals: one file, or a folder journal of `YYYY/MM/DD.txt` files.

An entry starts with a header line `[2013-06-09 15:39] Title...` (older files may leave out the
brackets); everything up to the next header is its body. We split title and body, find `@tags`
and `#tags`, and read a trailing ` *` as "starred" the way jrnl's own parser does, so an import
shows what the person saw in jrnl. jrnl stores local wall-clock times without a zone: we take
them as this machine's local time and keep them in UTC, like every moment in the journal. A
journal written with another `timeformat` or `tagsymbols` is read with the same settings
(app.io.jrnl_options), as jrnl itself reads it.

Each entry's uuid is derived from where it came from and what it says, so importing the same
journal twice adds nothing the second time. Anything that is not a jrnl journal raises
InvalidImport naming the file and line, before a single entry is handed to the store; in a
folder journal, a day file that can't be read is skipped and named instead, when the caller
asks for that (app.io.import_files.read_each).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.limits import MAX_YEAR, MIN_YEAR, moment_problem, tags_problem
from app.domain.records import Entry, EntryKind
from app.io.import_files import (
    DEFAULT_LIMITS,
    ReadLimits,
    SkippedFile,
    is_entry_file,
    read_each,
    read_file,
    read_folder_file,
    refuse_empty,
)
from app.io.jrnl_options import DEFAULT_OPTIONS, DEFAULT_TAG_SYMBOLS, JrnlOptions, bare_header, tag_pattern
from app.store.errors import InvalidImport

# A fixed namespace: changing it would make a re-import add every entry again.
UUID_NAMESPACE = uuid.UUID("6f1c1a52-3d43-5b8e-9a49-6a7e0f2b1c35")
_NAMESPACE_HASH = hashlib.sha1(UUID_NAMESPACE.bytes, usedforsecurity=False)  # uuid5's hash, namespace in
STARRED_TAG = "starred"
TAG_SYMBOLS = DEFAULT_TAG_SYMBOLS

# jrnl's default is "%Y-%m-%d %H:%M"; people also configure seconds or a 12-hour clock.
TIME_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d %I:%M:%S %p",
    # A partial date starts an entry as jrnl reads it: the first of the month, or of the year.
    "%Y-%m %H:%M",
    "%Y %H:%M",
)

_BRACKETED = re.compile(r"^\[([^\]\n]+)\] ?", re.MULTILINE)
# Without brackets the time has no end marker: try the longest spelling first.
_BARE = re.compile(
    r"^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)(?: |$)",
    re.MULTILINE,
)
# jrnl's sentence splitter (after segtok), used when the entry is a single line.
_SENTENCE_END = re.compile(
    r"""
    (
    [.!?\u2026\u203C\u203D\u2047\u2048\u2049\u22EF\uFE52\uFE57]
    [\'\u2019\"\u201D]?
    [\]\)]*
    \s+
    )
    |[\uFF01\uFF0E\uFF1F\uFF61\u3002]
    """,
    re.VERBOSE,
)
# TIME_FORMATS[0] with two-digit fields, the spelling jrnl writes unless configured otherwise.
_DEFAULT_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}")
_FOLDER_PARTS = (re.compile(r"\d{4}"), re.compile(r"\d{2}"), re.compile(r"\d{2}\.txt"))
# Where str.splitlines ends a line (a carriage return is gone by now): the title's line.
_LINE_END = re.compile("[\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class _Header:
    start: int  # where the header line begins
    end: int  # where the entry's text begins
    moment: datetime


def read_jrnl(
    path: Path,
    limits: ReadLimits = DEFAULT_LIMITS,
    options: JrnlOptions = DEFAULT_OPTIONS,
    skipped: list[SkippedFile] | None = None,
) -> list[Entry]:
    """Every entry of a jrnl journal (a file or a folder journal), oldest first, not yet stored.

    Raises InvalidImport naming the file and line if anything in it is not jrnl's format, or is
    beyond `limits` (a day file reached through a link out of the folder included). With
    `skipped`, a folder journal's day file that fails is noted there instead (see read_each).
    """
    if path.is_dir():
        files = folder_journal_files(path)
        if not files:
            raise InvalidImport(f"{path} holds no jrnl day files (YYYY/MM/DD.txt).")
        items = [(file.relative_to(path).as_posix(), str(file), _day_reader(file, path, limits, options))
                 for file in files]
        entries = read_each(items, skipped, str(path))
    else:
        entries = _read_file(path, path.name, read_file(path, limits), options)
    entries.sort(key=lambda entry: entry.created_at)
    return entries


def _day_reader(
    file: Path, folder: Path, limits: ReadLimits, options: JrnlOptions
) -> Callable[[], list[Entry]]:
    def read() -> list[Entry]:
        is_entry_file(file)  # a pipe is named, never opened
        data = refuse_empty(read_folder_file(file, folder, limits), str(file))
        return _read_file(file, file.relative_to(folder).as_posix(), data, options)

    return read


def folder_journal_files(folder: Path) -> list[Path]:
    """The day files of a folder journal, in date order, by name; any other file is not jrnl's.

    A day file that is not a regular file (a pipe, a broken link) is still listed: reading it
    names it (is_entry_file), never opens it.
    """
    found: list[Path] = []
    for year in sorted(folder.iterdir()):
        if not (year.is_dir() and _FOLDER_PARTS[0].fullmatch(year.name)):
            continue
        for month in sorted(year.iterdir()):
            if not (month.is_dir() and _FOLDER_PARTS[1].fullmatch(month.name)):
                continue
            found.extend(day for day in sorted(month.iterdir()) if _FOLDER_PARTS[2].fullmatch(day.name))
    return found


def is_jrnl_header(line: str, options: JrnlOptions = DEFAULT_OPTIONS) -> bool:
    """Whether a line starts a jrnl entry (bracketed or bare date and time)."""
    match = _BRACKETED.match(line)
    if match is not None:
        return _parse_moment(match.group(1), options) is not None
    match = _bare(options).match(line)
    return match is not None and _parse_moment(match.group(1), options) is not None


def looks_bracketed(line: str) -> bool:
    """Whether a line starts like a jrnl entry, "[...] ", whatever is between the brackets."""
    return _BRACKETED.match(line) is not None


def example_header(options: JrnlOptions = DEFAULT_OPTIONS) -> str:
    """'[2024-05-31 09:30]', or the same moment in the journal's own time format."""
    moment = datetime(2024, 5, 31, 9, 30)
    readable = options.readable_format
    return f"[{moment.strftime(readable) if readable else '2024-05-31 09:30'}]"


def first_entries(text: str, options: JrnlOptions = DEFAULT_OPTIONS) -> tuple[int, datetime | None]:
    """How many entries `text` starts with in these options, and the first one's date and time:
    a quick look for whoever chooses a time format (a day and a month swapped shows at once)."""
    headers = _find_headers(text.replace("\r\n", "\n").replace("\r", "\n"), options)
    return len(headers), headers[0].moment if headers else None


def _read_file(
    path: Path, source_name: str, data: bytes, options: JrnlOptions = DEFAULT_OPTIONS
) -> list[Entry]:
    text = _decode(path, data)
    headers = _find_headers(text, options)
    if not headers:
        raise InvalidImport(
            f"{path}, line 1: this is not a jrnl journal; no line starts with a date and time "
            f"like {example_header(options)}."
        )
    leading = text[: headers[0].start]
    if leading.strip():
        line = _line_of(text, len(leading) - len(leading.lstrip()))
        raise InvalidImport(f"{path}, line {line}: there is text before the first entry's date and time.")

    entries: list[Entry] = []
    seen: dict[bytes, int] = {}  # by the key's SHA-1, the uuid's own hash: keys hold whole bodies
    for header, following in zip(headers, [*headers[1:], None], strict=True):
        # Like jrnl, the newline before the next header is not part of this entry: a one-line
        # entry is then split at its first sentence end.
        raw = text[header.end : following.start - 1 if following else len(text)]
        title, body, starred = _split_entry(raw)
        tags = _tags(raw, options.tag_symbols)
        if starred:
            tags.append(STARRED_TAG)
        wall = header.moment
        # Converted only within a year of the bounds (year 1 would overflow), once: a naive
        # moment's astimezone(UTC) reads it as local time, as astimezone().astimezone(UTC) did.
        moment = wall.astimezone(UTC) if MIN_YEAR - 1 <= wall.year <= MAX_YEAR + 1 else None
        if moment is None or not MIN_YEAR <= moment.year <= MAX_YEAR:
            raise InvalidImport(f"{path}, line {_line_of(text, header.start)}: {moment_problem(wall)}.")
        problem = tags_problem(tags)
        if problem:
            raise InvalidImport(f"{path}, line {_line_of(text, header.start)}: the entry here {problem}.")
        key = f"{source_name}\n{wall.isoformat()}\n{title}\n{body}"
        digest = _name_hash(key)
        # The same entry twice in one file is still two entries: number the repeats.
        repeat = seen.get(digest, 0)
        seen[digest] = repeat + 1
        if repeat:
            digest = _name_hash(f"{key}\n{repeat}")
        entries.append(
            Entry(
                id=0,
                uuid=_uuid5_text(digest),
                kind=EntryKind.IMPORTED,
                stage=None,
                prompt_key=None,
                title=title,
                body=body,
                tags=tuple(tags),
                created_at=moment,
                updated_at=moment,
            )
        )
    return entries


def _name_hash(name: str) -> bytes:
    """The SHA-1 a version 5 uuid of `name` in UUID_NAMESPACE is made from."""
    digest = _NAMESPACE_HASH.copy()
    digest.update(name.encode("utf-8"))
    return digest.digest()


def _uuid5_text(digest: bytes) -> str:
    """str(uuid.uuid5(UUID_NAMESPACE, name)) from `_name_hash(name)`: the same text (a re-import
    must find every entry again), without a UUID object per entry."""
    value = int.from_bytes(digest[:16], "big")
    value = (value & ~(0xF000 << 64) | (5 << 76)) & ~(0xC000 << 48) | (0x8000 << 48)  # version 5, RFC 4122
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _decode(path: Path, data: bytes) -> str:
    try:
        # utf-8-sig: tolerate a byte-order mark an editor may have added.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InvalidImport(
            f"{path}, line {line}: this is not UTF-8 text, so it is not a jrnl journal."
        ) from error
    if "\r" not in text:  # a quick look first: each replace reads all of a large file again
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _bare(options: JrnlOptions) -> re.Pattern[str]:
    readable = options.readable_format
    return _BARE if readable is None else bare_header(readable)


def _find_headers(text: str, options: JrnlOptions = DEFAULT_OPTIONS) -> list[_Header]:
    """The entry headers, as jrnl finds them: a bracket that does not hold a date is just text.

    A file's style is set by its first header: once bracketed, a bare date in a body stays text.
    """
    headers = _headers_matching(_BRACKETED, text, options)
    # Bare headers matter only if one comes first, so look before the first bracketed one.
    before = text if not headers else text[: headers[0].start]
    bare = _bare(options)
    if not _headers_matching(bare, before, options, first_only=True):
        return headers
    return _headers_matching(bare, text, options)


def _headers_matching(
    pattern: re.Pattern[str], text: str, options: JrnlOptions, first_only: bool = False
) -> list[_Header]:
    found: list[_Header] = []
    matches = _bracketed_lines(text) if pattern is _BRACKETED else pattern.finditer(text)
    for match in matches:
        moment = _parse_moment(match.group(1), options)
        if moment is not None:
            found.append(_Header(match.start(), match.end(), moment))
            if first_only:
                break
    return found


def _bracketed_lines(text: str) -> Iterator[re.Match[str]]:
    """What `_BRACKETED.finditer(text)` finds, without trying the pattern at every character: a
    line starts at 0 or after a newline, so only where a newline is followed by "[" (a fifth of
    the time it took at 100,000 entries)."""
    match = _BRACKETED.match(text)
    if match is not None:
        yield match
    find = text.find
    position = find("\n[")
    while position >= 0:
        match = _BRACKETED.match(text, position + 1)
        if match is not None:
            yield match
        position = find("\n[", position + 1)


def _parse_moment(blob: str, options: JrnlOptions = DEFAULT_OPTIONS) -> datetime | None:
    """The moment a header names: in the journal's own time format first, as jrnl reads it, then
    in the spellings jrnl writes by default (jrnl falls back to a loose reading there too)."""
    blob = blob.strip()
    readable = options.readable_format
    if readable is not None:
        try:
            return datetime.strptime(blob, readable)
        except ValueError:
            pass
    if _DEFAULT_MOMENT.fullmatch(blob):
        # jrnl's default spelling, read directly: strptime took a fifth of a 100,000-entry parse.
        try:
            year, month, day = int(blob[:4]), int(blob[5:7]), int(blob[8:10])
            return datetime(year, month, day, int(blob[11:13]), int(blob[14:16]))
        except ValueError:
            return None  # no day 31 in April: strptime refuses it in every format too
    for time_format in TIME_FORMATS:
        try:
            return datetime.strptime(blob, time_format)
        except ValueError:
            continue
    return None


def _split_entry(raw: str) -> tuple[str, str, bool]:
    """Title, body and starred flag, as jrnl 4 splits them: the first line is the title.

    Text without a line break is split at its first sentence end instead.
    """
    line_end = _LINE_END.search(raw)  # the first of raw.splitlines(), without splitting the rest
    starred = (raw[: line_end.start()] if line_end else raw).strip().endswith("*")
    if starred:
        lines = raw.splitlines()
        raw = lines[0].strip("\n *") + "\n" + "\n".join(lines[1:])
    raw = raw.lstrip()
    newline = raw.find("\n")
    if newline >= 0:
        end = newline + 1
    else:
        sentence = _SENTENCE_END.search(raw)
        if sentence is None:
            return raw.strip(), "", starred
        end = sentence.end()
    return raw[:end].strip(), raw[end:].strip(), starred


def _tags(raw: str, symbols: str = TAG_SYMBOLS) -> list[str]:
    """The entry's tags, lower-cased as jrnl does, in order of first appearance.

    A dict keeps the order and finds repeats at once: a list search took minutes for 200,000 tags.
    The pattern is tried only where a symbol is (str.find), in order, each after the last tag's
    end: what findall finds, since a tag starts with a symbol, in a tenth of the time.
    """
    starts: list[int] = []
    for symbol in set(symbols):
        position = raw.find(symbol)
        while position >= 0:
            starts.append(position)
            position = raw.find(symbol, position + 1)
    if not starts:
        return []
    starts.sort()
    match_at = tag_pattern(symbols).match
    tags: dict[str, None] = {}
    end = 0
    for start in starts:
        if start < end:
            continue
        match = match_at(raw, start)  # its look-behind still sees the text before `start`
        if match is not None:
            tags[match.group().lower()] = None
            end = match.end()
    return list(tags)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
