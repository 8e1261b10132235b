"""The journal as one self-contained HTML file to read in any browser, or to print.

Nothing in the file points outside it: the stylesheet is inline, there is no script, no font or
image to fetch, and every entry goes through the safe Markdown renderer (raw HTML escaped,
images shown as their alt text, only http/https/mailto and in-page links kept). A table of
contents by month comes first; the stage tools follow the entries. The same HTML feeds the PDF
export, so the stylesheet keeps to what Qt's rich text understands as well as browsers do.

The contents list comes first but needs every month's count, so the entries are read twice: once
to count the months (nothing rendered), then again to render each one straight into the stream.
No temporary file holds the plain text anywhere (the system temp folder is often shared, rarely
wiped, and outside what the person chose to export), and 100,000 entries never sit in memory at
once. The second pass writes no more per month than the first counted, so an entry saved while
the export runs waits for the next export instead of appearing where the contents don't list it.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, TextIO

from app.domain.records import Entry, entry_label
from app.domain.timeline import local_time, marked, written_time, zone_mark
from app.i18n import translate
from app.i18n_dates import date_words
from app.io.export_range import EVERYTHING, DateRange, entries_in, long_day, workbench_markdown
from app.io.markdown_render import render_markdown

if TYPE_CHECKING:
    from app.store.journal import Journal

DOCUMENT_TITLE = "Trustbridge journal"
NOT_ENCRYPTED = "This file is not encrypted: anyone who can open it can read what you wrote."

# The app's light palette (app/ui/widgets/theme.py), set for reading: a narrow column, generous lines.
STYLESHEET = """
body { background: #f6f4f0; color: #24272b; margin: 0; padding: 0;
  font-family: "Segoe UI", "Helvetica Neue", "Noto Sans", Arial, sans-serif; font-size: 12pt;
  line-height: 1.55; }
.page { max-width: 44em; margin: 0 auto; padding: 2em 1.5em 4em 1.5em; }
h1 { font-size: 22pt; font-weight: 600; margin: 0.6em 0 0.2em 0; }
h2 { font-size: 16pt; font-weight: 600; color: #24506c; margin: 1.8em 0 0.6em 0;
  border-bottom: 1px solid #e2ddd5; padding-bottom: 0.2em; }
h3 { font-size: 13pt; font-weight: 600; margin: 0 0 0.2em 0; }
h4, h5, h6 { font-size: 12pt; font-weight: 600; margin: 1em 0 0.3em 0; }
p { margin: 0 0 0.7em 0; }
a { color: #3b6e8f; }
.meta { color: #6a6f76; font-size: 10pt; margin: 0 0 0.8em 0; }
.notice { background: #fbf6e9; border: 1px solid #e2ddd5; padding: 0.6em 0.9em; font-size: 10.5pt; }
.entry { background: #ffffff; border: 1px solid #e2ddd5; border-radius: 8px; padding: 1em 1.2em;
  margin: 0 0 1em 0; }
.tags { color: #24506c; }
nav ul { list-style: none; padding: 0; margin: 0; }
nav li { margin: 0.15em 0; }
.count { color: #6a6f76; }
blockquote { border-left: 3px solid #cbc5bb; margin: 0.5em 0; padding: 0 0 0 1em; color: #3d4248; }
pre, code { font-family: "Cascadia Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: 10.5pt; }
pre { background: #efece6; padding: 0.6em; white-space: pre-wrap; }
table { border-collapse: collapse; }
td, th { border: 1px solid #e2ddd5; padding: 0.3em 0.6em; }
.image { color: #6a6f76; font-style: italic; }
.workbench { margin-top: 2.5em; }
@media print { body { background: #ffffff; } .entry { border: none; padding: 0; } }
"""

# For Qt's PDF writer, which paints backgrounds block by block and knows no @media: plain paper.
PRINT_STYLESHEET = """
body { color: #24272b; font-family: "Segoe UI", "Helvetica Neue", "Noto Sans", Arial, sans-serif;
  font-size: 11pt; }
h1 { font-size: 20pt; font-weight: 600; margin-top: 0; margin-bottom: 4pt; }
h2 { font-size: 15pt; font-weight: 600; color: #24506c; margin-top: 20pt; margin-bottom: 8pt; }
h3 { font-size: 12pt; font-weight: 600; margin-top: 16pt; margin-bottom: 2pt; }
h4, h5, h6 { font-size: 11pt; font-weight: 600; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 7pt; line-height: 140%; }
li { line-height: 140%; }
a { color: #3b6e8f; }
.meta, .count, .image { color: #6a6f76; font-size: 9.5pt; }
.notice { color: #3d4248; font-size: 9.5pt; font-style: italic; margin-bottom: 12pt; }
.tags { color: #24506c; }
pre, code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 9.5pt; }
"""


def export_html(
    journal: Journal,
    stream: TextIO,
    span: DateRange = EVERYTHING,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the entries in `span`, then the stage tools, as one HTML document; return the entry count.

    The PDF is laid out from `print_parts` instead, a part at a time.
    """
    months: Counter[tuple[int, int]] = Counter()
    for entry in entries_in(journal, span):  # first pass: only the months, for the contents
        local = local_time(entry.created_at)
        months[(local.year, local.month)] += 1
    total = months.total()
    stream.write(_head(span, total, STYLESHEET))
    stream.write(_contents(months))
    if not total:
        stream.write('<p class="meta">No entries in these days.</p>\n')
    left = Counter(months)  # what the contents promised, month by month
    count = 0
    current: tuple[int, int] | None = None
    for entry in entries_in(journal, span):
        local = local_time(entry.created_at)
        month = (local.year, local.month)
        if left[month] <= 0:  # saved after the first pass: not in the contents, so not on the page
            continue
        if month != current:
            if current is not None:
                stream.write("</div>\n")
            current = month
            stream.write(f'<div class="month" id="{_month_id(month)}">\n<h2>{_month_name(month)}</h2>\n')
        stream.write(entry_html(entry))
        left[month] -= 1
        count += 1
        if progress is not None and count % 100 == 0:
            progress(count)
    if current is not None:
        stream.write("</div>\n")
    workbench = workbench_markdown(journal) if span.is_everything else ""  # see workbench_markdown
    if workbench:
        stream.write(f'<div class="workbench">\n{render_markdown(workbench)}\n</div>\n')
    stream.write("</div>\n</body>\n</html>\n")
    return count


PRINT_PART_ENTRIES = 15  # entries laid out at a time for a PDF: bounded memory, short UI-thread turns


def print_parts(journal: Journal, span: DateRange = EVERYTHING) -> Iterator[tuple[str, int]]:
    """The PDF's content as HTML fragments, each with how many entries it holds.

    A PDF is laid out a part at a time (app/ui/journal/pdf_export.py), so neither the HTML nor Qt's layout
    of the whole range is ever held at once; a month heading opens each month. No contents list:
    a PDF reader shows pages, not anchors.
    """
    now = datetime.now().astimezone()
    scope = "everything you have written" if span.is_everything else span.describe()
    yield (
        f"<h1>{DOCUMENT_TITLE}</h1>\n"
        f'<p class="meta">Exported on {long_day(now.date())} at {now:%H:%M}: {html.escape(scope)}.</p>\n'
        f'<p class="notice">{NOT_ENCRYPTED}</p>\n',
        0,
    )
    part: list[str] = []
    in_part = 0
    current: tuple[int, int] | None = None
    any_entry = False
    for entry in entries_in(journal, span):
        local = local_time(entry.created_at)
        month = (local.year, local.month)
        if month != current:
            current = month
            part.append(f"<h2>{_month_name(month)}</h2>\n")
        part.append(entry_html(entry))
        in_part += 1
        any_entry = True
        if in_part == PRINT_PART_ENTRIES:
            yield "".join(part), in_part
            part, in_part = [], 0
    if part:
        yield "".join(part), in_part
    if not any_entry:
        yield '<p class="meta">No entries in these days.</p>\n', 0
    workbench = workbench_markdown(journal) if span.is_everything else ""  # see workbench_markdown
    if workbench:
        yield f'<div class="workbench">\n{render_markdown(workbench)}\n</div>\n', 0


def entry_html(entry: Entry) -> str:
    """One entry: a heading (its title, else when and what it was), the details, the rendered text.

    Its day and time are as written, in the zone it was written in, marked where that differs
    from the computer's ("Tuesday 2 March 2026 at 22:40 (Berlin)"); months group by the day here.
    """
    label = entry_label(entry.kind, entry.stage)
    title = " ".join(entry.title.split())
    written = written_time(entry)
    clock = marked(f"{written:%H:%M}", zone_mark(entry))
    heading = title or f"{label}, {clock}"
    details = [f"{_weekday(written.date())} at {clock}", label]
    tags = ""
    if entry.tags:
        tags = ' · <span class="tags">' + ", ".join(f"#{html.escape(tag)}" for tag in entry.tags) + "</span>"
    body = render_markdown(entry.body) if entry.body.strip() else '<p class="meta">(Nothing written.)</p>'
    return (
        f'<div class="entry" id="entry-{html.escape(entry.uuid, quote=True)}">\n'
        f"<h3>{html.escape(heading)}</h3>\n"
        f'<p class="meta">{html.escape(" · ".join(details))}{tags}</p>\n'
        f"{body}\n</div>\n"
    )


def _head(span: DateRange, count: int, stylesheet: str) -> str:
    now = datetime.now().astimezone()
    noun = "entry" if count == 1 else "entries"
    scope = "" if span.is_everything else f", {span.describe()}"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{DOCUMENT_TITLE}</title>\n<style>{stylesheet}</style>\n</head>\n<body>\n"
        f'<div class="page">\n<h1>{DOCUMENT_TITLE}</h1>\n'
        f'<p class="meta">Exported on {long_day(now.date())} at {now:%H:%M}: {count} {noun}{scope}.</p>\n'
        f'<p class="notice">{NOT_ENCRYPTED}</p>\n'
    )


def _contents(months: Counter[tuple[int, int]]) -> str:
    if not months:
        return ""
    items = "".join(
        f'<li><a href="#{_month_id(month)}">{_month_name(month)}</a> '
        f'<span class="count">({months[month]})</span></li>\n'
        for month in sorted(months)
    )
    return f'<nav aria-label="Contents">\n<h2>Contents</h2>\n<ul>\n{items}</ul>\n</nav>\n'


def _month_id(month: tuple[int, int]) -> str:
    return f"month-{month[0]:04d}-{month[1]:02d}"


def _month_name(month: tuple[int, int]) -> str:
    return date_words(date(month[0], month[1], 1), translate("Dates", "%B %Y"))


def _weekday(day: date) -> str:
    return date_words(day, translate("Dates", "%A %-d %B %Y"))
