"""Reading Trustbridge JSON: the whole file is checked, references included, before the journal
is touched, so one bad record means nothing is imported. Unknown keys are ignored, so a file
from a newer release with extra sections still imports (app/io/json_format.py)."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from uuid import UUID, uuid5

from app.domain.limits import MAX_PERSONAL_WORD_CHARS, checked_personal_word
from app.domain.prompt_links import LINKS, ToolField, linked_field
from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.domain.text import terminal_safe
from app.domain.timeline import zone_problem
from app.domain.workbench import (
    BundleReport,
    ImportBundle,
    LeavingPlan,
    StatementDraft,
    StatementVersion,
)
from app.io.import_files import DEFAULT_LIMITS, ReadLimits, read_file_or_fail
from app.io.json_sections import (
    FORMAT_NAME,
    FORMAT_VERSION,
    REFERENCES,
    SECTIONS,
    NotTrustbridgeJson,
    Section,
)
from app.io.json_values import check_encodable, check_uuid, parse_moment, parse_record, shown
from app.store.errors import InvalidImport

if TYPE_CHECKING:
    from app.store.journal import Journal

_KINDS = ", ".join(kind.value for kind in EntryKind)
_WAITING = UUID("7b1d2c4e-5a0f-4c36-9d1e-2f8a6b3c0e11")  # names the waiting answers' uuids (uuid5)
_STAGES = ", ".join(stage.value for stage in Stage)

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
    "plan_milestones": ("plan checkpoint", "plan checkpoints"),
    "leaving_plan": ("leaving plan", "leaving plans"),
    "personal_words": ("dictionary word", "dictionary words"),
}
# Not a record of its own: the words of an older export's answers, put into their tools.
_MOVED = ("answer to a guided prompt went into its tool", "answers to guided prompts went into their tools")


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
        section.key: tuple(_parse_section(document.get(section.key), section)) for section in SECTIONS
    }
    _check_references(sections)
    raw_leaving = document.get("leaving_plan")
    leaving = None if raw_leaving is None else parse_record(LeavingPlan, raw_leaving, 'The "leaving_plan"')
    waiting = _waiting_answers(document.get("waiting_answers"), document.get("exported_at"))
    kept: list[Entry] = []
    linked: list[Entry] = []
    for entry in entries:
        (linked if is_linked_answer(entry) else kept).append(entry)
    return ImportBundle(
        entries=tuple(kept),
        linked_answers=(*linked, *waiting),
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
        plan_milestones=sections["plan_milestones"],
        leaving_plan=leaving,
        personal_words=_personal_words(document.get("personal_words")),
    )


def _personal_words(raw: object) -> tuple[str, ...]:
    """The words of the person's own dictionary (none in an export made before it existed)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise InvalidImport('"personal_words" must be a list.')
    for index, word in enumerate(raw, start=1):
        try:
            checked_personal_word(word if isinstance(word, str) else "")
        except ValueError:
            raise InvalidImport(
                f'Word {index} of {len(raw)} in "personal_words" is not one word of at most '
                f"{MAX_PERSONAL_WORD_CHARS} characters."
            ) from None
    return tuple(raw)


def _waiting_answers(raw: object, exported_at: object) -> tuple[Entry, ...]:
    """The answers that waited for their tool's record, as the answers to their prompts they are.

    Each is told apart by its field (one uuid per field, never stored), so importing the file again
    finds its words already there. It was written before the file was exported.
    """
    if raw is None:  # written before this section was
        return ()
    if not isinstance(raw, list):
        raise InvalidImport('"waiting_answers" must be a list.')
    when = datetime.now(UTC)
    if isinstance(exported_at, str):
        when = parse_moment(exported_at, "The file", "exported_at").astimezone(UTC)
    fields = {field.value: field for field in ToolField}
    prompts = {field: place for place, field in LINKS.items()}
    answers: dict[ToolField, Entry] = {}
    for index, item in enumerate(raw, start=1):
        where = f'Waiting answer {index} of {len(raw)} in "waiting_answers"'
        if not isinstance(item, dict):
            raise InvalidImport(f"{where} is not a JSON object.")
        values = _Fields(item, where)
        name, text = values.text("field"), values.text("text")
        if name not in fields:
            raise InvalidImport(f'{where}: "field" is {name!r}; expected one of {", ".join(fields)}.')
        field = fields[name]
        if field in answers:
            raise InvalidImport(f'{where} repeats the field {name!r}.')
        stage, prompt = prompts[field]
        answers[field] = Entry(
            id=0, uuid=str(uuid5(_WAITING, field.draft_key)), kind=EntryKind.REFLECTION, stage=stage,
            prompt_key=prompt, title="", body=text, tags=(), created_at=when, updated_at=when,
        )
    return tuple(answer for answer in answers.values() if is_linked_answer(answer))


def is_linked_answer(entry: Entry) -> bool:
    """An entry that answers a prompt whose answer is a tool's text (app/domain/prompt_links.py).

    Only exports made before revision 0006 hold such entries: since then the answer is written in
    the tool. As the upgrade did, live, untagged answers with words move into the tools; a tagged
    one stays an entry (the tag was the person's own choice to keep it as one).
    """
    return (
        entry.kind is EntryKind.REFLECTION
        and entry.stage is not None
        and entry.prompt_key is not None
        and linked_field(entry.stage, entry.prompt_key) is not None
        and not any(tag.strip() for tag in entry.tags)  # a blank tag is not kept: not a tag
        and bool(entry.body.strip())
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
    listed_apart = ("entries", "linked_answers")
    counts.update((key, report.added[key]) for key in kinds if report.added[key] and key not in listed_apart)
    parts = [_counted(key, count) for key, count in counts.items()]
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    moved = report.added.get("linked_answers", 0)
    into_tools = f"; {moved} {_MOVED[0] if moved == 1 else _MOVED[1]}" if moved else ""
    already = f" ({report.total_skipped} already present)" if report.total_skipped else ""
    return f"Imported {listed}{into_tools}{already}."


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
    check_uuid(uuid, where, "uuid")
    where = f"{where} ({shown(uuid)})"  # one line, whatever the uuid holds
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
        check_encodable(tag, where, "tags")

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
        time_zone=_zone(raw.get("time_zone"), where),
    )


def _zone(value: object, where: str) -> str | None:
    """The zone an entry was written in ("time_zone", added after 0.1: absent or null, none)."""
    if value is None:
        return None
    problem = zone_problem(value)
    if problem is not None:
        raise InvalidImport(f'{where}: "time_zone" {terminal_safe(problem, one_line=True)}.')
    assert isinstance(value, str)  # zone_problem says so
    return value


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
        check_encodable(value, self.where, key)
        return value

    def optional_text(self, key: str) -> str | None:
        if self.get(key) is None:
            return None
        return self.text(key)

    def moment(self, key: str) -> datetime:
        return parse_moment(self.text(key), self.where, key)


# -- the stage tools' records --------------------------------------------------------------
def _parse_statement(raw: object) -> tuple[StatementDraft | None, tuple[StatementVersion, ...]]:
    if raw is None:  # a 0.1 export
        return None, ()
    if not isinstance(raw, dict):
        raise InvalidImport('"statement" must be a JSON object with "draft" and "versions".')
    raw_draft = raw.get("draft")
    draft = None if raw_draft is None else parse_record(StatementDraft, raw_draft, 'The statement "draft"')
    section = Section("statement.versions", "Statement version", StatementVersion)
    versions = tuple(_parse_section(raw.get("versions"), section))
    numbers: dict[int, int] = {}
    finals = 0
    for index, version in enumerate(versions, start=1):
        earlier = numbers.setdefault(version.number, index)
        if earlier != index:
            raise InvalidImport(
                f"Statement version {index} of {len(versions)} ({shown(version.uuid)}) repeats the number "
                f"{version.number} of statement version {earlier}."
            )
        finals += version.is_final
    if finals > 1:
        raise InvalidImport(f"{finals} statement versions are marked final; at most one can be.")
    return draft, versions


def _parse_section(raw: object, section: Section) -> list[Any]:
    if raw is None:  # a 0.1 export, or a file that has none of these
        return []
    if not isinstance(raw, list):
        raise InvalidImport(f'"{section.key}" must be a list.')
    records: list[Any] = []
    first_seen: dict[tuple[Any, ...], int] = {}
    total = len(raw)
    for index, item in enumerate(raw, start=1):
        where = f'{section.noun} {index} of {total} in "{section.key}"'
        record = parse_record(section.record, item, where)
        earlier = first_seen.setdefault(section.identify(record), index)
        if earlier != index:
            raise InvalidImport(
                f"{where} repeats {section.identity_words} of {section.noun.lower()} {earlier} "
                f"({_named(section, record)})."
            )
        records.append(record)
    return records


def _named(section: Section, record: Any) -> str:
    """How a message names a record: its uuid, or what tells it apart ("plan-1, 30")."""
    return ", ".join(shown(str(value)) for value in section.identify(record))


def _check_references(sections: dict[str, tuple[Any, ...]]) -> None:
    """Every uuid a record points to must be a record of the file."""
    by_key = {section.key: section for section in SECTIONS}
    known = {
        key: {record.uuid for record in records}
        for key, records in sections.items()
        if by_key[key].identity == ("uuid",)
    }
    for key, field_name, target, target_noun in REFERENCES:
        records = sections[key]
        section = by_key[key]
        for index, record in enumerate(records, start=1):
            pointer = getattr(record, field_name)
            if pointer is not None and pointer not in known[target]:
                raise InvalidImport(
                    f'{section.noun} {index} of {len(records)} in "{key}" ({_named(section, record)}) '
                    "points to "
                    f'a {target_noun} that is not in the file ("{field_name}": "{pointer}").'
                )
