"""Trustbridge JSON: the lossless export that is also the backup and migration format.

```
{"format": "trustbridge", "version": 1, "exported_at": "2026-11-26T09:14:03+01:00",
 "entries": [{"uuid", "kind", "stage", "prompt", "title", "body", "tags", "created_at",
              "updated_at"}, ...],
 "statement": {"draft": {"parts": {...}, "text", "updated_at"} | null, "versions": [...]},
 "mood_checks": [...], "forgiveness": [...], "decisions": [...], "plans": [...], "goals": [...],
 "alignments": [...], "evidence": [...], "checkins": [...], "actions": [...], "feedback": [...]}
```

The stage tools' records carry every field of their `app.domain.workbench` class under the
field's own name: references as uuids, calendar days as "YYYY-MM-DD", moments as ISO 8601 with
an offset, enums by value. The draft is null until one has been saved. Every reference must
resolve inside the file, except evidence's `entry_uuid`: the entry may be in the trash, which is
not exported. These sections were added after 0.1 without a version bump: a reader that does not
know them ignores them, and a file without them (a 0.1 export) imports as before.

Export streams one record per line, so 100,000 entries never sit in memory as one string.
Import checks the whole file, references included, before touching the journal: one bad record
and nothing is imported. Unknown keys are ignored, so a file from a newer release with extra
sections still imports.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import types
import typing
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from app.domain.limits import (
    MAX_PLAN_DAYS,
    MIN_PLAN_DAYS,
    day_problem,
    integer_problem,
    moment_problem,
    text_problem,
    uuid_problem,
)
from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import (
    Action,
    Alignment,
    BundleReport,
    CheckIn,
    Feedback,
    ForgivenessItem,
    Goal,
    ImportBundle,
    MoodCheck,
    Plan,
    StatementDraft,
    StatementVersion,
    StayOrGo,
)
from app.domain.workbench import Evidence as EvidenceRecord
from app.io.import_files import DEFAULT_LIMITS, ReadLimits, read_file_or_fail
from app.store.errors import InvalidImport

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from app.store.journal import Journal

FORMAT_NAME = "trustbridge"
FORMAT_VERSION = 1

_KINDS = ", ".join(kind.value for kind in EntryKind)
_STAGES = ", ".join(stage.value for stage in Stage)


class NotTrustbridgeJson(InvalidImport):
    """The file is not a Trustbridge export at all (as opposed to a damaged one)."""


@dataclasses.dataclass(frozen=True, slots=True)
class _Section:
    """One top-level list of stage-tool records; `key` is also the ImportBundle field."""

    key: str
    noun: str  # what one record is called in an error message
    record: type[Any]


_SECTIONS: tuple[_Section, ...] = (
    _Section("mood_checks", "Mood check-in", MoodCheck),
    _Section("forgiveness", "Forgiveness item", ForgivenessItem),
    _Section("decisions", "Stay-or-go decision", StayOrGo),
    _Section("plans", "Plan", Plan),
    _Section("goals", "Goal", Goal),
    _Section("alignments", "Alignment", Alignment),
    _Section("evidence", "Evidence", EvidenceRecord),
    _Section("checkins", "Check-in", CheckIn),
    _Section("actions", "Action", Action),
    _Section("feedback", "Feedback", Feedback),
)

# What one record of each ImportBundle field is called in an error message.
SECTION_NOUNS: dict[str, str] = {
    "statement_draft": "The statement draft",
    "statement_versions": "Statement version",
    **{section.key: section.noun for section in _SECTIONS},
}

# (section, field, section it points into, what the target is called): a reference that does
# not resolve inside the file means the file is damaged, since an export always holds it all.
_REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("goals", "plan_uuid", "plans", "plan"),
    ("alignments", "plan_uuid", "plans", "plan"),
    ("evidence", "goal_uuid", "goals", "goal"),
    ("actions", "goal_uuid", "goals", "goal"),
    ("actions", "checkin_uuid", "checkins", "check-in"),
    ("feedback", "checkin_uuid", "checkins", "check-in"),
    ("feedback", "goal_uuid", "goals", "goal"),
    ("feedback", "action_uuid", "actions", "action"),
)

# Whole numbers with a meaning, by field name: (lowest, highest or None).
_RANGES: dict[str, tuple[int, int | None]] = {
    "mood": (1, 5),
    "intensity": (1, 5),
    "rating": (1, 5),
    "number": (1, None),
    "length_days": (MIN_PLAN_DAYS, MAX_PLAN_DAYS),  # what the plan form offers
}

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

# What the person reads in "Imported 12 entries, 3 goals and 1 plan": (one, many) per report key.
_NOUNS: dict[str, tuple[str, str]] = {
    "entries": ("entry", "entries"),
    "statement_draft": ("statement draft", "statement drafts"),
    "statement_versions": ("statement version", "statement versions"),
    "mood_checks": ("mood check-in", "mood check-ins"),
    "forgiveness": ("forgiveness note", "forgiveness notes"),
    "decisions": ("stay-or-go decision", "stay-or-go decisions"),
    "plans": ("plan", "plans"),
    "goals": ("goal", "goals"),
    "alignments": ("alignment record", "alignment records"),
    "evidence": ("piece of evidence", "pieces of evidence"),
    "checkins": ("check-in", "check-ins"),
    "actions": ("action", "actions"),
    "feedback": ("piece of feedback", "pieces of feedback"),
}


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


def record_to_json(record: Any) -> Any:
    """A stage-tool record (or any value in one) as JSON values, every field under its own name."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        fields = dataclasses.fields(record)
        return {field.name: record_to_json(getattr(record, field.name)) for field in fields}
    if isinstance(record, datetime | date):  # a datetime is a date too: both spell ISO 8601
        return record.isoformat()
    if isinstance(record, Enum):
        return record.value
    if isinstance(record, tuple | list):
        return [record_to_json(item) for item in record]
    return record


def export_json(journal: Journal, stream: TextIO) -> int:
    """Write the whole journal to `stream` as Trustbridge JSON and return how many entries it holds."""
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
    stream.write("\n]" if count else "]")

    draft = journal.statements.draft()
    saved_draft = record_to_json(draft) if draft.updated_at is not None else None
    versions = sorted(journal.statements.versions(), key=lambda version: version.number)
    stream.write(f',\n"statement": {{"draft": {_dumps(saved_draft)}, "versions": ')
    _write_records(stream, versions)
    stream.write("}")
    records = _section_records(journal)
    for section in _SECTIONS:
        stream.write(f',\n"{section.key}": ')
        _write_records(stream, records[section.key])
    stream.write("}\n")
    return count


def _section_records(journal: Journal) -> dict[str, Sequence[Any]]:
    """Every record of every section, as the services hand them out."""
    plans = journal.plans.plans()
    return {
        "mood_checks": journal.feelings.mood_checks(),
        "forgiveness": journal.feelings.forgiveness(),
        "decisions": journal.feelings.decisions(),
        "plans": plans,
        "goals": [goal for plan in plans for goal in journal.plans.goals(plan.uuid)],
        "alignments": [alignment for plan in plans for alignment in journal.plans.alignments(plan.uuid)],
        "evidence": journal.plans.evidence(),
        "checkins": journal.checkins.checkins(),
        "actions": journal.checkins.actions(),
        "feedback": journal.checkins.feedback(),
    }


def _write_records(stream: TextIO, records: Iterable[Any]) -> None:
    stream.write("[")
    count = 0
    for record in records:
        stream.write(",\n" if count else "\n")
        stream.write(_dumps(record_to_json(record)))
        count += 1
    stream.write("\n]" if count else "]")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# -- import --------------------------------------------------------------------------------


def read_json(source: TextIO | str | os.PathLike[str], limits: ReadLimits = DEFAULT_LIMITS) -> ImportBundle:
    """Parse and check a Trustbridge JSON export; raise InvalidImport naming the first problem.

    The returned entries have `id` 0: they are not stored yet. Moments of the stage tools'
    records come back in UTC, as the store hands them out. A file is read only up to `limits`.
    """
    document = _load(source, limits)
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

    draft, versions = _parse_statement(document.get("statement"))
    sections = {
        section.key: tuple(_parse_section(document.get(section.key), section)) for section in _SECTIONS
    }
    _check_references(sections)
    return ImportBundle(
        entries=tuple(entries),
        statement_draft=draft,
        statement_versions=versions,
        mood_checks=sections["mood_checks"],
        forgiveness=sections["forgiveness"],
        decisions=sections["decisions"],
        plans=sections["plans"],
        goals=sections["goals"],
        alignments=sections["alignments"],
        evidence=sections["evidence"],
        checkins=sections["checkins"],
        actions=sections["actions"],
        feedback=sections["feedback"],
    )


def import_json(journal: Journal, path: str | os.PathLike[str]) -> BundleReport:
    """Add the file's records in one transaction; records already present (by uuid) are skipped."""
    return journal.import_bundle(read_json(path))


def report_summary(report: BundleReport) -> str:
    """One sentence for the person: what was added, naming every kind, and how much was there already.

    "Imported 12 entries, 3 goals and 1 plan (5 already present)." Entries are always named,
    so an import of a plain journal reads as it always has.
    """
    order = list(_NOUNS)
    kinds = sorted(report.added, key=lambda key: order.index(key) if key in order else len(order))
    counts = {"entries": report.added.get("entries", 0)}
    counts.update((key, report.added[key]) for key in kinds if report.added[key] and key != "entries")
    parts = [_counted(key, count) for key, count in counts.items()]
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    already = f" ({report.total_skipped} already present)" if report.total_skipped else ""
    return f"Imported {listed}{already}."


def _counted(key: str, count: int) -> str:
    one, many = _NOUNS.get(key, (key.replace("_", " "), key.replace("_", " ")))
    return f"{count} {one if count == 1 else many}"


def _load(source: TextIO | str | os.PathLike[str], limits: ReadLimits) -> Any:
    try:
        if isinstance(source, str | os.PathLike):
            # utf-8-sig: tolerate a byte-order mark added by an editor on the way.
            return json.loads(read_file_or_fail(Path(source), limits).decode("utf-8-sig"))
        return json.load(source)
    except UnicodeDecodeError as error:
        raise NotTrustbridgeJson(f"The file is not UTF-8 text (byte {error.start}).") from error
    except json.JSONDecodeError as error:
        raise NotTrustbridgeJson(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from error
    except ValueError as error:  # Python reads no integer of more than 4,300 digits
        raise InvalidImport("The file holds a number too long to be a Trustbridge export.") from error
    except RecursionError as error:
        raise InvalidImport("The file is nested too deeply to be a Trustbridge export.") from error


def _parse_entry(raw: object, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise InvalidImport(f"{where} is not a JSON object.")
    fields = _Fields(raw, where)
    uuid = fields.text("uuid")
    _check_uuid(uuid, where, "uuid")
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
        return _parse_moment(self.text(key), self.where, key)


# -- the stage tools' records --------------------------------------------------------------

_Record = TypeVar("_Record", bound="DataclassInstance")


def _parse_statement(raw: object) -> tuple[StatementDraft | None, tuple[StatementVersion, ...]]:
    if raw is None:  # a 0.1 export
        return None, ()
    if not isinstance(raw, dict):
        raise InvalidImport('"statement" must be a JSON object with "draft" and "versions".')
    raw_draft = raw.get("draft")
    draft = None if raw_draft is None else _parse_record(StatementDraft, raw_draft, 'The statement "draft"')
    section = _Section("statement.versions", "Statement version", StatementVersion)
    versions = tuple(_parse_section(raw.get("versions"), section))
    numbers: dict[int, int] = {}
    finals = 0
    for index, version in enumerate(versions, start=1):
        earlier = numbers.setdefault(version.number, index)
        if earlier != index:
            raise InvalidImport(
                f"Statement version {index} of {len(versions)} ({version.uuid}) repeats the number "
                f"{version.number} of statement version {earlier}."
            )
        finals += version.is_final
    if finals > 1:
        raise InvalidImport(f"{finals} statement versions are marked final; at most one can be.")
    return draft, versions


def _parse_section(raw: object, section: _Section) -> list[Any]:
    if raw is None:  # a 0.1 export, or a file that has none of these
        return []
    if not isinstance(raw, list):
        raise InvalidImport(f'"{section.key}" must be a list.')
    records: list[Any] = []
    first_seen: dict[str, int] = {}
    total = len(raw)
    for index, item in enumerate(raw, start=1):
        where = f'{section.noun} {index} of {total} in "{section.key}"'
        record = _parse_record(section.record, item, where)
        earlier = first_seen.setdefault(record.uuid, index)
        if earlier != index:
            raise InvalidImport(
                f"{where} repeats the uuid of {section.noun.lower()} {earlier} ({record.uuid})."
            )
        records.append(record)
    return records


def _parse_record(cls: type[_Record], raw: object, where: str, path: str = "") -> _Record:
    """Build `cls` from a JSON object, driven by the class's own field types.

    A key may be missing only where the field has a default (fields added after a release).
    """
    if not isinstance(raw, dict):
        if path:
            raise InvalidImport(f'{where}: "{path}" must be a JSON object.')
        raise InvalidImport(f"{where} is not a JSON object.")
    hints = _field_types(cls)
    if not path and "uuid" in hints:  # name the record by its uuid from here on
        if "uuid" not in raw:
            raise InvalidImport(f'{where} is missing "uuid".')
        where = f"{where} ({_parse_value(str, raw['uuid'], where, 'uuid', 'uuid')})"
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        key = f"{path}.{field.name}" if path else field.name
        if field.name not in raw:
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                raise InvalidImport(f'{where} is missing "{key}".')
            continue
        values[field.name] = _parse_value(hints[field.name], raw[field.name], where, key, field.name)
    return cls(**values)


@functools.cache
def _field_types(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _parse_value(hint: Any, value: Any, where: str, key: str, name: str) -> Any:
    """Check one JSON value against a field's type; `name` is the field, `key` the path to it."""
    origin = typing.get_origin(hint)
    if origin is types.UnionType:  # `X | None`: the only unions the records use
        if value is None:
            return None
        (inner,) = (arg for arg in typing.get_args(hint) if arg is not type(None))
        return _parse_value(inner, value, where, key, name)
    if origin is tuple:
        if not isinstance(value, list):
            raise InvalidImport(f'{where}: "{key}" must be a list.')
        item_type = typing.get_args(hint)[0]
        return tuple(
            _parse_value(item_type, item, where, f"{key}[{index}]", name) for index, item in enumerate(value)
        )
    if value is None:
        raise InvalidImport(f'{where}: "{key}" must not be null.')
    if hint is str:
        if not isinstance(value, str):
            raise InvalidImport(f'{where}: "{key}" must be a string.')
        _check_encodable(value, where, key)
        if name == "uuid" or name.endswith("_uuid"):
            _check_uuid(value, where, key)
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise InvalidImport(f'{where}: "{key}" must be true or false.')
        return value
    if hint is int:
        return _parse_whole_number(value, where, key, name)
    if hint is datetime:
        if not isinstance(value, str):
            raise InvalidImport(f'{where}: "{key}" must be a string.')
        return _parse_moment(value, where, key).astimezone(UTC)
    if hint is date:
        return _parse_day(value, where, key)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _parse_enum(hint, value, where, key)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _parse_record(hint, value, where, key)
    raise TypeError(f"no JSON reading for {hint!r} ({key})")


def _parse_whole_number(value: Any, where: str, key: str, name: str) -> int:
    if type(value) is not int:  # not bool, not 2.0
        raise InvalidImport(f'{where}: "{key}" must be a whole number.')
    lowest, highest = _RANGES.get(name, (None, None))
    problem = integer_problem(value, lowest, highest)
    if problem:
        raise InvalidImport(f'{where}: "{key}" {problem}.')
    return value


def _parse_day(value: Any, where: str, key: str) -> date:
    if not isinstance(value, str):
        raise InvalidImport(f'{where}: "{key}" must be a string.')
    try:
        if not _DAY.fullmatch(value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise InvalidImport(f'{where}: "{key}" is not a date (YYYY-MM-DD): {value!r}.') from None
    problem = day_problem(day)
    if problem:
        raise InvalidImport(f'{where}: "{key}": {problem}.')
    return day


def _parse_enum(enum: type[Enum], value: Any, where: str, key: str) -> Enum:
    expected = ", ".join(str(member.value) for member in enum)
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return enum(value)
    except ValueError:
        raise InvalidImport(f'{where}: "{key}" is {value!r}; expected one of {expected}.') from None


def _parse_moment(value: str, where: str, key: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidImport(f'{where}: "{key}" is not an ISO 8601 date and time: {value!r}.') from None
    if moment.utcoffset() is None:
        raise InvalidImport(f'{where}: "{key}" has no UTC offset ({value!r}); it could be any time zone.')
    problem = moment_problem(moment)
    if problem:
        raise InvalidImport(f'{where}: "{key}": {problem}.')
    return moment


def _check_references(sections: dict[str, tuple[Any, ...]]) -> None:
    """Every uuid a record points to must be a record of the file."""
    known = {key: {record.uuid for record in records} for key, records in sections.items()}
    section_nouns = {section.key: section.noun for section in _SECTIONS}
    for key, field_name, target, target_noun in _REFERENCES:
        records = sections[key]
        for index, record in enumerate(records, start=1):
            pointer = getattr(record, field_name)
            if pointer is not None and pointer not in known[target]:
                raise InvalidImport(
                    f'{section_nouns[key]} {index} of {len(records)} in "{key}" ({record.uuid}) points to '
                    f'a {target_noun} that is not in the file ("{field_name}": "{pointer}").'
                )


def _check_uuid(value: str, where: str, key: str) -> None:
    if uuid_problem(value):
        label = "uuid" if key == "uuid" else f'"{key}"'
        raise InvalidImport(f"{where} has an invalid {label} {value!r}.")


def _check_encodable(value: str, where: str, key: str) -> None:
    """JSON can spell lone surrogates (\\ud800) that no database or file can store."""
    problem = text_problem(value)
    if problem:
        raise InvalidImport(f'{where}: "{key}" {problem}.')
