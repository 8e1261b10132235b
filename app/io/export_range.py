"""Which entries an export holds: all of them, or those written between two days (inclusive).

Days are the person's own calendar days (local time), the way they remember when they wrote.
Range exports are for reading and printing; the lossless JSON export always holds everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, TextIO

from app.domain.records import Entry
from app.domain.timeline import local_day_end, local_day_start, local_time
from app.i18n import translate
from app.i18n_dates import date_words

if TYPE_CHECKING:
    from app.store.journal import Journal


class EmptyRange(ValueError):
    """The first day comes after the last, so nothing could be in the export."""


@dataclass(frozen=True, slots=True)
class DateRange:
    """From `since` to `until`, both included; None on either side means no limit there."""

    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise EmptyRange("The first day is after the last day, so nothing could be exported.")

    @property
    def is_everything(self) -> bool:
        return self.since is None and self.until is None

    def holds(self, moment: datetime) -> bool:
        day = local_time(moment).date()
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def describe(self) -> str:
        """A short phrase for an export's heading: "from 2 March 2026 to 9 March 2026"."""
        if self.since is not None and self.until is not None:
            return f"from {long_day(self.since)} to {long_day(self.until)}"
        if self.since is not None:
            return f"from {long_day(self.since)} on"
        if self.until is not None:
            return f"up to {long_day(self.until)}"
        return "all entries"


EVERYTHING = DateRange()


def entries_in(journal: Journal, span: DateRange = EVERYTHING) -> Iterator[Entry]:
    """The journal's live entries in `span`, oldest first, streamed a page at a time."""
    since = local_day_start(span.since) if span.since is not None else None
    # Up to the calendar's last day is no limit at all: its end is past any instant datetime holds.
    until = local_day_end(span.until) if span.until is not None and span.until < date.max else None
    yield from journal.iter_entries(since=since, until=until)


def export_markdown_range(journal: Journal, stream: TextIO, span: DateRange = EVERYTHING) -> int:
    """The one-file Markdown export, holding only the entries in `span` (the stage tools in full).

    Everything else is exactly `export_markdown`; an unlimited range simply calls it.
    """
    from app.io import markdown_export as md
    from app.io.markdown_pieces import long_date

    if span.is_everything:
        return md.export_markdown(journal, stream)
    now = datetime.now().astimezone()
    stream.write(f"# {md.DOCUMENT_TITLE}\n\n")
    stream.write(f"Exported {long_day(now.date())} at {now:%H:%M}: entries {span.describe()}.\n")
    count = 0
    current_day: date | None = None
    for entry in entries_in(journal, span):
        local = local_time(entry.created_at)
        if local.date() != current_day:
            current_day = local.date()
            stream.write(f"\n## {long_date(current_day)}\n")
        stream.write(md._entry_section(entry, local))
        count += 1
    if not count:
        stream.write("\nNo entries in these days.\n")
    if span.is_everything:  # see workbench_markdown
        stream.write(workbench_markdown(journal))
    return count


def workbench_markdown(journal: Journal) -> str:
    """The stage tools' records as Markdown parts (statement, feelings, plan, check-ins), or "".

    Only whole-journal exports carry them: they are not dated like entries, and a range is what
    someone exports to show or take along, which must not bring every mood note and stay-or-go
    sitting ever written with it.
    """
    from app.io import markdown_export as md

    parts = (md._statement_part, md._feelings_part, md._plan_part, md._checkins_part)
    return "".join(part(journal) for part in parts)


def long_day(day: date) -> str:
    """"2 March 2026": no leading zero, the same in every locale."""
    return date_words(day, translate("Dates", "%-d %B %Y"))
