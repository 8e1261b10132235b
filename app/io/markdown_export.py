"""The journal as one readable Markdown document, oldest first like a book.

For reading, printing or sharing, not for re-import (Trustbridge JSON is the lossless format).
Times are shown in the computer's local time zone; bodies are copied verbatim.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, TextIO

from app.domain.records import Entry, entry_label

if TYPE_CHECKING:
    from app.store.journal import Journal

DOCUMENT_TITLE = "Trustbridge journal"

def export_markdown(journal: Journal, stream: TextIO) -> int:
    """Write the whole journal to `stream` as Markdown and return how many entries it holds."""
    now = datetime.now().astimezone()
    stream.write(f"# {DOCUMENT_TITLE}\n\n")
    stream.write(f"Exported {_long_date(now.date())} at {now:%H:%M} ({_offset(now)}).\n")
    count = 0
    current_day: date | None = None
    for entry in journal.iter_entries():
        local = entry.created_at.astimezone()
        if local.date() != current_day:
            current_day = local.date()
            stream.write(f"\n## {_long_date(current_day)}\n")
        stream.write(_entry_section(entry, local))
        count += 1
    if not count:
        stream.write("\nNo entries yet.\n")
    return count


def _entry_section(entry: Entry, local: datetime) -> str:
    parts = [f"{local:%H:%M}", entry_label(entry.kind, entry.stage)]
    title = " ".join(entry.title.split())  # a heading is one line
    if title:
        parts.append(title)
    lines = [f"\n### {' · '.join(parts)}\n"]
    if entry.tags:
        lines.append(f"\nTags: {', '.join(entry.tags)}\n")
    if entry.body:
        lines.append(f"\n{entry.body}" if entry.body.endswith("\n") else f"\n{entry.body}\n")
    return "".join(lines)


def _long_date(day: date) -> str:
    # Built by hand: "%-d" is not portable and "%x" varies with the locale.
    return f"{day:%A} {day.day} {day:%B %Y}"


def _offset(moment: datetime) -> str:
    text = moment.strftime("%z")  # "+0100"
    return f"UTC{text[:3]}:{text[3:]}" if text else "local time"
