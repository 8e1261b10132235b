"""Trustbridge JSON: the lossless export that is also the backup and migration format.

```
{"format": "trustbridge", "version": 1, "exported_at": "2026-11-26T09:14:03+01:00",
 "entries": [{"uuid", "kind", "stage", "prompt", "title", "body", "tags", "created_at",
              "updated_at", "time_zone"}, ...],
 "statement": {"draft": {"parts": {...}, "text", "updated_at"} | null, "versions": [...]},
 "mood_checks": [...], "forgiveness": [...], "decisions": [...], "plans": [...], "goals": [...],
 "plan_milestones": [...], "alignments": [...], "evidence": [...], "checkins": [...],
 "actions": [...], "feedback": [...], "leaving_plan": {...} | null,
 "waiting_answers": [{"field", "text"}, ...]}
```

The stage tools' records carry every field of their `app.domain.workbench` class under the
field's own name: references as uuids, calendar days as "YYYY-MM-DD", moments as ISO 8601 with
an offset, enums by value. The draft and the leaving plan are null until one has been saved;
"plan_milestones" holds only the checkpoints something was written for, each told apart by its
plan's uuid and its mark ("30", "60", "90"). Every reference must resolve inside the file, except
evidence's `entry_uuid`: the entry may be in the trash, which is not exported. These sections
and fields were added after 0.1 without a version bump: a reader that does not know them ignores
them, and a file without them (an older export) imports as before, missing fields taking their
defaults. An older export's answers to the prompts that now write a tool (app/domain/prompt_links.py)
are entries; the import puts their words into the tools, as the upgrade to revision 0006 did.
An entry's "time_zone" (after 0.1) is the zone it was written in, a tz database name
("Europe/Berlin") or an offset ("+02:00"), null where unknown; "created_at" stays the instant, so a
0.1 reader, which ignores the key, reads the entry exactly as before.
"waiting_answers" holds such answers written before their record existed (no plan set up, no
check-in ahead), by the `ToolField` they fill; the import puts them in the same way.

Export streams one record per line, so 100,000 entries never sit in memory as one string.
Import checks the whole file, references included, before touching the journal: one bad record
and nothing is imported. Unknown keys are ignored, so a file from a newer release with extra
sections still imports.

This module is the name callers import from: app/io/json_sections.py says what the file holds,
json_export.py writes it, json_import.py reads and checks it (json_values.py, one field's value).
"""

from __future__ import annotations

from app.io.json_export import entry_to_json, export_json, record_to_json
from app.io.json_import import import_json, read_json, report_summary
from app.io.json_sections import FORMAT_NAME, FORMAT_VERSION, SECTION_NOUNS, NotTrustbridgeJson

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "SECTION_NOUNS",
    "NotTrustbridgeJson",
    "entry_to_json",
    "export_json",
    "import_json",
    "read_json",
    "record_to_json",
    "report_summary",
]
