"""Writing Trustbridge JSON: one record per line, so 100,000 entries never sit in memory as one
string. Every field of a stage tool's record goes under its own name (app/io/json_format.py)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from app.domain.prompt_links import ToolField
from app.domain.records import Entry
from app.io.json_sections import FORMAT_NAME, FORMAT_VERSION, SECTIONS

if TYPE_CHECKING:
    from app.store.journal import Journal


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
        "time_zone": entry.time_zone,  # after 0.1: a reader that does not know it ignores it
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
    for section in SECTIONS:
        stream.write(f',\n"{section.key}": ')
        _write_records(stream, records[section.key])
    leaving = journal.feelings.leaving_plan()
    saved_leaving = record_to_json(leaving) if leaving.updated_at is not None else None
    stream.write(f',\n"leaving_plan": {_dumps(saved_leaving)}')
    stream.write(f',\n"waiting_answers": {_dumps(_waiting_answers(journal))}')
    stream.write(f',\n"personal_words": {_dumps(journal.personal_words.words())}')  # the spelling check's
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
        "plan_milestones": journal.milestones.written_milestones(),
        "alignments": [alignment for plan in plans for alignment in journal.plans.alignments(plan.uuid)],
        "evidence": journal.plans.evidence(),
        "checkins": journal.checkins.checkins(),
        "actions": journal.checkins.actions(),
        "feedback": journal.checkins.feedback(),
    }


def _waiting_answers(journal: Journal) -> list[dict[str, str]]:
    """Answers to prompts that write a tool whose record does not exist yet (no plan set up, no
    check-in ahead): they wait as drafts, and the import puts them where they belong."""
    waiting = ((field, journal.drafts.get(field.draft_key)) for field in ToolField)
    return [{"field": field.value, "text": text} for field, text in waiting if text.strip()]


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
