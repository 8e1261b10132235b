"""jrnl's plain-text journals: one file, or a folder journal of `YYYY/MM/DD.txt` files.

An entry starts with a header line `[2013-06-09 15:39] Title...` (older files may leave out the
brackets); everything up to the next header is its body. We split title and body, find `@tags`
and `#tags`, and read a trailing ` *` as "starred" the way jrnl's own parser does, so an import
shows what the person saw in jrnl. jrnl stores local wall-clock times without a zone: we take
them as this machine's local time and keep them in UTC, like every moment in the journal.

Each entry's uuid is derived from where it came from and what it says, so importing the same
journal twice adds nothing the second time. Anything that is not a jrnl journal raises
InvalidImport naming the file and line, before a single entry is handed to the store.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.limits import moment_problem, tags_problem
from app.domain.records import Entry, EntryKind
from app.io.import_files import DEFAULT_LIMITS, ReadLimits, is_entry_file, read_file, read_folder_file
from app.store.errors import InvalidImport

# A fixed namespace: changing it would make a re-import add every entry again.
UUID_NAMESPACE = uuid.UUID("6f1c1a52-3d43-5b8e-9a49-6a7e0f2b1c35")
STARRED_TAG = "starred"
TAG_SYMBOLS = "#@"

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
# jrnl's tag pattern, (?<!\S)([#@][-+*#/\w]+), with the symbol first (found about twice as fast:
# the engine only stops at a symbol), and one rule more: a tag holds at least one letter or digit
# after its symbol, so a Markdown heading's "##" is never a tag.
_TAG = re.compile(rf"[{TAG_SYMBOLS}](?<!\S[{TAG_SYMBOLS}])(?=[-+*#/\w]*[^\W_])[-+*#/\w]+")
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


@dataclass(frozen=True, slots=True)
class _Header:
    start: int  # where the header line begins
    end: int  # where the entry's text begins
    moment: datetime


def read_jrnl(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[Entry]:
    """Every entry of a jrnl journal (a file or a folder journal), oldest first, not yet stored.

    Raises InvalidImport naming the file and line if anything in it is not jrnl's format, or is
    beyond `limits` (a day file reached through a link out of the folder included).
    """
    if path.is_dir():
        files = folder_journal_files(path)
        if not files:
            raise InvalidImport(f"{path} holds no jrnl day files (YYYY/MM/DD.txt).")
        entries: list[Entry] = []
        for file in files:
            data = read_folder_file(file, path, limits)
            entries.extend(_read_file(file, file.relative_to(path).as_posix(), data))
    else:
        entries = _read_file(path, path.name, read_file(path, limits))
    entries.sort(key=lambda entry: entry.created_at)
    return entries


def folder_journal_files(folder: Path) -> list[Path]:
    """The day files of a folder journal, in date order; any other file is not jrnl's and is skipped.

    A day file that is not a regular file (a pipe, a broken link) refuses the import, naming it.
    """
    found: list[Path] = []
    for year in sorted(folder.iterdir()):
        if not (year.is_dir() and _FOLDER_PARTS[0].fullmatch(year.name)):
            continue
        for month in sorted(year.iterdir()):
            if not (month.is_dir() and _FOLDER_PARTS[1].fullmatch(month.name)):
                continue
            found.extend(
                day
                for day in sorted(month.iterdir())
                if _FOLDER_PARTS[2].fullmatch(day.name) and is_entry_file(day)
            )
    return found


def is_jrnl_header(line: str) -> bool:
    """Whether a line starts a jrnl entry (bracketed or bare date and time)."""
    match = _BRACKETED.match(line)
    if match is not None:
        return _parse_moment(match.group(1)) is not None
    match = _BARE.match(line)
    return match is not None and _parse_moment(match.group(1)) is not None


def _read_file(path: Path, source_name: str, data: bytes) -> list[Entry]:
    text = _decode(path, data)
    headers = _find_headers(text)
    if not headers:
        raise InvalidImport(
            f"{path}, line 1: this is not a jrnl journal; no line starts with a date and time "
            "like [2024-05-31 09:30]."
        )
    leading = text[: headers[0].start]
    if leading.strip():
        line = _line_of(text, len(leading) - len(leading.lstrip()))
        raise InvalidImport(f"{path}, line {line}: there is text before the first entry's date and time.")

    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for header, following in zip(headers, [*headers[1:], None], strict=True):
        # Like jrnl, the newline before the next header is not part of this entry: a one-line
        # entry is then split at its first sentence end.
        raw = text[header.end : following.start - 1 if following else len(text)]
        title, body, starred = _split_entry(raw)
        tags = _tags(raw)
        if starred:
            tags.append(STARRED_TAG)
        problem = moment_problem(header.moment)  # before converting: year 1 would overflow
        if problem:
            raise InvalidImport(f"{path}, line {_line_of(text, header.start)}: {problem}.")
        problem = tags_problem(tags)
        if problem:
            raise InvalidImport(f"{path}, line {_line_of(text, header.start)}: the entry here {problem}.")
        moment = header.moment.astimezone().astimezone(UTC)
        key = f"{source_name}\n{header.moment.isoformat()}\n{title}\n{body}"
        # The same entry twice in one file is still two entries: number the repeats.
        repeat = seen.get(key, 0)
        seen[key] = repeat + 1
        if repeat:
            key = f"{key}\n{repeat}"
        entries.append(
            Entry(
                id=0,
                uuid=str(uuid.uuid5(UUID_NAMESPACE, key)),
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


def _decode(path: Path, data: bytes) -> str:
    try:
        # utf-8-sig: tolerate a byte-order mark an editor may have added.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InvalidImport(
            f"{path}, line {line}: this is not UTF-8 text, so it is not a jrnl journal."
        ) from error
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _find_headers(text: str) -> list[_Header]:
    """The entry headers, as jrnl finds them: a bracket that does not hold a date is just text.

    A file's style is set by its first header: once bracketed, a bare date in a body stays text.
    """
    headers = _headers_matching(_BRACKETED, text)
    # Bare headers matter only if one comes first, so look before the first bracketed one.
    before = text if not headers else text[: headers[0].start]
    if not _headers_matching(_BARE, before, first_only=True):
        return headers
    return _headers_matching(_BARE, text)


def _headers_matching(pattern: re.Pattern[str], text: str, first_only: bool = False) -> list[_Header]:
    found: list[_Header] = []
    for match in pattern.finditer(text):
        moment = _parse_moment(match.group(1))
        if moment is not None:
            found.append(_Header(match.start(), match.end(), moment))
            if first_only:
                break
    return found


def _parse_moment(blob: str) -> datetime | None:
    blob = blob.strip()
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
    lines = raw.splitlines()
    starred = bool(lines) and lines[0].strip().endswith("*")
    if starred:
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


def _tags(raw: str) -> list[str]:
    """The entry's tags, lower-cased as jrnl does, in order of first appearance.

    A dict keeps the order and finds repeats at once: a list search took minutes for 200,000 tags.
    """
    return list(dict.fromkeys(tag.lower() for tag in _TAG.findall(raw)))


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
