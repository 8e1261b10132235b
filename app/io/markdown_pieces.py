"""The small pieces the Markdown export is built from: parts, labels, lists, dates and the
person's own writing copied verbatim with its headings kept below the document's own."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from app.domain.timeline import local_time
from app.i18n import translate
from app.i18n_dates import date_words

_ATX_HEADING = re.compile(r"( {0,3})(#{1,6})(?=[ \t]|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def part(title: str, lines: Iterable[str]) -> str:
    """A top-level part of the document, or nothing at all when it would be empty."""
    body = "".join(lines)
    return f"\n## {title}\n{body}" if body.strip() else ""


def labelled(label: str, text: str, under: int) -> str:
    """A bold label over a piece of the person's own writing; nothing when they wrote nothing.

    `under` is the level of the heading the writing sits under: its own headings go below it.
    """
    return f"\n**{label}**\n{block(nested(text, under))}" if text.strip() else ""


def block(text: str) -> str:
    """Verbatim text as a paragraph of its own, ending in exactly the newline the file needs."""
    return f"\n{text}" if text.endswith("\n") else f"\n{text}\n"


def detail(label: str, text: str) -> str:
    """One labelled line of a list; longer writing goes on indented lines below its label."""
    text = text.strip()
    if not text:
        return ""
    return f"- {label}: {text}\n" if "\n" not in text else f"- {label}:\n{indented(text)}"


def item_text(text: str, label: str = "") -> str:
    """A note under a list item, indented so it stays part of that item."""
    if not text.strip():
        return ""
    return indented(f"{label}: {text.strip()}" if label else text.strip())


def indented(text: str) -> str:
    """The person's writing inside a list item (where any heading of theirs becomes the smallest)."""
    lines = nested(text.strip("\n"), 5).splitlines()
    return "".join(f"  {line}\n" if line.strip() else "\n" for line in lines)


def nested(text: str, under: int) -> str:
    """The person's Markdown with its headings moved below level `under` (at most to level 6).

    An agenda starts with "# Check-in on ..."; copied as it is, it would end the document's own
    part and start another. The headings keep their order relative to each other; code blocks
    are left alone.
    """
    lines = text.split("\n")
    headings: dict[int, tuple[str, int]] = {}
    fence = ""
    for index, line in enumerate(lines):
        marker = _FENCE.match(line)
        if marker and (not fence or marker.group(1).startswith(fence)):
            fence = "" if fence else marker.group(1)[0] * 3
            continue
        heading = _ATX_HEADING.match(line)
        if heading and not fence:
            headings[index] = (heading.group(1), len(heading.group(2)))
    if not headings:
        return text
    shift = max(0, under + 1 - min(level for _, level in headings.values()))
    for index, (indent, level) in headings.items():
        lines[index] = indent + "#" * min(6, level + shift) + lines[index][len(indent) + level :]
    return "\n".join(lines)


def one_line(text: str) -> str:
    return " ".join(text.split())


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def moment_words(moment: datetime) -> str:
    local = local_time(moment)
    return f"{long_date(local.date())} at {local:%H:%M}"


def long_date(day: date) -> str:
    # Built by hand: "%-d" is not portable and "%x" varies with the locale.
    return date_words(day, translate("Dates", "%A %-d %B %Y"))


def offset_words(moment: datetime) -> str:
    text = moment.strftime("%z")  # "+0100"
    return f"UTC{text[:3]}:{text[3:]}" if text else "local time"

def sub_item(heading: str, text: str) -> str:
    """An item of a list inside a list item, with the person's writing indented under it."""
    under = "".join(f"  {line}" if line.strip() else line for line in indented(text).splitlines(True))
    return f"  - {heading}\n{under}"
