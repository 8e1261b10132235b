"""Trustbridge JSON: the lossless export that is also the backup and migration format.

```
{"format": "trustbridge", "version": 1, "exported_at": "2026-11-26T09:14:03+01:00",
 "entries": [{"uuid", "kind", "stage", "prompt", "title", "body", "tags", "created_at",
              "updated_at"}, ...]}
```

Export streams one entry per line, so 100,000 entries never sit in memory as one string.
Import checks the whole file before touching the journal: one bad entry and nothing is imported.
Unknown keys are ignored, so a file from a newer release with extra sections still imports.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.domain.records import Entry, EntryKind, ImportReport
from app.domain.stages import Stage
from app.store.errors import InvalidImport

if TYPE_CHECKING:
    from app.store.journal import Journal

FORMAT_NAME = "trustbridge"
FORMAT_VERSION = 1
MAX_UUID_CHARS = 36  # the width of the uuid column

_KINDS = ", ".join(kind.value for kind in EntryKind)
_STAGES = ", ".join(stage.value for stage in Stage)


class NotTrustbridgeJson(InvalidImport):
    """The file is not a Trustbridge export at all (as opposed to a damaged one)."""


# -- export --------------------------------------------------------------------------------


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "uuid": entry.uuid,
        "kind": entry.kind.value,
        "stage": entry.stage.value if entry.stage else None,
        "prompt": entry.prompt_key,
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
    }


def export_json(journal: Journal, stream: TextIO) -> int:
    """Write every entry to `stream` as Trustbridge JSON and return how many were written."""
    exported_at = datetime.now().astimezone().isoformat(timespec="seconds")
    stream.write(
        f'{{"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION}, '
        f'"exported_at": "{exported_at}", "entries": ['
    )
    count = 0
    for entry in journal.iter_entries():
        stream.write(",\n" if count else "\n")
        stream.write(json.dumps(entry_to_json(entry), ensure_ascii=False))
        count += 1
    stream.write("\n]}\n" if count else "]}\n")
    return count


# -- import --------------------------------------------------------------------------------


def read_json(source: TextIO | str | os.PathLike[str]) -> list[Entry]:
    """Parse and check a Trustbridge JSON export; raise InvalidImport naming the first problem.

    The returned entries have `id` 0: they are not stored yet.
    """
    document = _load(source)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise NotTrustbridgeJson('The file is JSON but has no "format": "trustbridge".')
    version = document.get("version")
    if type(version) is not int:
        raise InvalidImport("The file has no valid format version.")
    if version > FORMAT_VERSION:
        raise InvalidImport(
            f"The file was written by a newer Trustbridge (format version {version}); "
            "update Trustbridge to import it."
        )
    if version != FORMAT_VERSION:
        raise InvalidImport(f"Unknown format version {version}.")
    raw_entries = document.get("entries")
    if not isinstance(raw_entries, list):
        raise InvalidImport('The file has no "entries" list.')

    entries: list[Entry] = []
    first_seen: dict[str, int] = {}
    total = len(raw_entries)
    for index, raw in enumerate(raw_entries, start=1):
        where = f"Entry {index} of {total}"
        entry = _parse_entry(raw, where)
        earlier = first_seen.setdefault(entry.uuid, index)
        if earlier != index:
            raise InvalidImport(f"{where} repeats the uuid of entry {earlier} ({entry.uuid}).")
        entries.append(entry)
    return entries


def import_json(journal: Journal, path: str | os.PathLike[str]) -> ImportReport:
    """Add the file's entries in one transaction; entries already present (by uuid) are skipped."""
    entries = read_json(path)
    added = journal.add_entries(entries)
    return ImportReport(added=added, skipped=len(entries) - added)


def _load(source: TextIO | str | os.PathLike[str]) -> Any:
    try:
        if isinstance(source, str | os.PathLike):
            # utf-8-sig: tolerate a byte-order mark added by an editor on the way.
            with Path(source).open(encoding="utf-8-sig") as stream:
                return json.load(stream)
        return json.load(source)
    except UnicodeDecodeError as error:
        raise NotTrustbridgeJson(f"The file is not UTF-8 text (byte {error.start}).") from error
    except json.JSONDecodeError as error:
        raise NotTrustbridgeJson(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from error
    except RecursionError as error:
        raise InvalidImport("The file is nested too deeply to be a Trustbridge export.") from error


def _parse_entry(raw: object, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise InvalidImport(f"{where} is not a JSON object.")
    fields = _Fields(raw, where)
    uuid = fields.text("uuid")
    if not uuid or len(uuid) > MAX_UUID_CHARS or uuid != uuid.strip():
        raise InvalidImport(f"{where} has an invalid uuid {uuid!r}.")
    where = f"{where} ({uuid})"
    fields.where = where

    kind_value = fields.text("kind")
    try:
        kind = EntryKind(kind_value)
    except ValueError:
        raise InvalidImport(f"{where} has an unknown kind {kind_value!r} (expected {_KINDS}).") from None
    stage_value = fields.optional_text("stage")
    try:
        stage = Stage(stage_value) if stage_value is not None else None
    except ValueError:
        raise InvalidImport(f"{where} has an unknown stage {stage_value!r} (expected {_STAGES}).") from None

    tags = fields.get("tags")
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise InvalidImport(f'{where}: "tags" must be a list of strings.')
    for tag in tags:
        _check_encodable(tag, where, "tags")

    return Entry(
        id=0,
        uuid=uuid,
        kind=kind,
        stage=stage,
        prompt_key=fields.optional_text("prompt"),
        title=fields.text("title"),
        body=fields.text("body"),
        tags=tuple(tags),
        created_at=fields.moment("created_at"),
        updated_at=fields.moment("updated_at"),
    )


class _Fields:
    """Typed access to one entry's keys, with errors that say which entry and which key."""

    def __init__(self, raw: dict[str, Any], where: str) -> None:
        self._raw = raw
        self.where = where

    def get(self, key: str) -> Any:
        if key not in self._raw:
            raise InvalidImport(f'{self.where} is missing "{key}".')
        return self._raw[key]

    def text(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str):
            raise InvalidImport(f'{self.where}: "{key}" must be a string.')
        _check_encodable(value, self.where, key)
        return value

    def optional_text(self, key: str) -> str | None:
        if self.get(key) is None:
            return None
        return self.text(key)

    def moment(self, key: str) -> datetime:
        value = self.text(key)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise InvalidImport(
                f'{self.where}: "{key}" is not an ISO 8601 date and time: {value!r}.'
            ) from None
        if moment.utcoffset() is None:
            raise InvalidImport(
                f'{self.where}: "{key}" has no UTC offset ({value!r}); it could be any time zone.'
            )
        return moment


def _check_encodable(value: str, where: str, key: str) -> None:
    """JSON can spell lone surrogates (\\ud800) that no database or file can store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidImport(f'{where}: "{key}" contains an invalid character (a lone surrogate).') from None
