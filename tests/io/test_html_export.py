"""The HTML export: one self-contained page, a heading per entry, everything escaped."""

from __future__ import annotations

import io
import re
import tempfile
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.workbench import Plan, PlanStatus
from app.io.atomic_file import write_text
from app.io.export_range import EVERYTHING, DateRange
from app.io.html_export import NOT_ENCRYPTED, export_html, print_parts
from app.store.journal import Journal
from tests.extreme_journal import ORDINARY, YEAR_9999, YEAR_ONE, ZONES, build_extreme_journal, local_zone

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
HOSTILE = (
    "<script>alert('x')</script>\n\n<img src=\"http://tracker.example/p.gif\">\n\n"
    "![photo](https://example.com/photo.jpg)\n\n[click](javascript:alert(1)) "
    "<iframe src=//evil></iframe> <link rel=stylesheet href=http://x/y.css>\n"
)


class Tags(HTMLParser):
    """Every real tag and its attributes: escaped text that merely looks like a tag is not one."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.attributes: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        self.attributes.append({key: value or "" for key, value in attrs})


def export(journal: Journal, span: DateRange = EVERYTHING) -> tuple[int, str]:
    stream = io.StringIO()
    count = export_html(journal, stream, span)
    return count, stream.getvalue()


def test_nothing_points_outside_the_file(journal: Journal, sample_entries: list[Entry]) -> None:
    journal.save_entry(EntryDraft(uuid="00000000-0000-4000-8000-0000000000aa", kind=EntryKind.FREE,
                                  body=HOSTILE, title="<b>Bold</b> & \"quoted\""))
    count, text = export(journal)
    assert count == len(sample_entries) + 1
    tags = Tags()
    tags.feed(text)
    assert not {"script", "iframe", "img", "link", "object", "embed", "base", "form"} & tags.names
    loading = [attrs for attrs in tags.attributes if "src" in attrs or any(k.startswith("on") for k in attrs)]
    assert not loading
    hrefs = [attrs["href"] for attrs in tags.attributes if "href" in attrs]
    assert all(href.startswith("#") for href in hrefs)  # a dropped javascript: link keeps no target
    style = text.split("<style>", 1)[1].split("</style>", 1)[0].lower()
    assert "@import" not in style and "url(" not in style and "http" not in style
    assert "&lt;script&gt;" in text and "&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;" in text
    assert "[image: photo]" in text


def test_a_heading_per_entry_and_contents_by_month(journal: Journal, sample_entries: list[Entry]) -> None:
    _count, text = export(journal)
    assert text.count('<div class="entry"') == len(sample_entries)
    assert len(re.findall(r'<div class="entry" [^>]*>\n<h3>', text)) == len(sample_entries)
    assert "<h3>The deadline</h3>" in text
    moments = [e.created_at.astimezone() for e in sample_entries]
    months = sorted({(moment.year, moment.month) for moment in moments})
    contents = text.split('<nav aria-label="Contents">', 1)[1].split("</nav>", 1)[0]
    for year, month in months:
        anchor = f"month-{year:04d}-{month:02d}"
        assert f'href="#{anchor}"' in contents
        assert f'<div class="month" id="{anchor}">' in text
    assert text.index("</nav>") < text.index('<div class="entry"')


def test_the_page_is_complete_and_warns(journal: Journal, sample_entries: list[Entry]) -> None:
    _count, text = export(journal)
    assert text.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<meta charset="utf-8">' in text and "<style>" in text
    assert text.rstrip().endswith("</html>")
    assert NOT_ENCRYPTED in text
    assert "שלום" in text and "🧭" in text  # written as UTF-8, not mangled


def test_a_range_keeps_only_its_days(journal: Journal, sample_entries: list[Entry]) -> None:
    first_day = min(e.created_at.astimezone().date() for e in sample_entries)
    count, text = export(journal, DateRange(until=first_day))
    expected = [e for e in sample_entries if e.created_at.astimezone().date() == first_day]
    assert count == len(expected)
    assert text.count('<div class="entry"') == len(expected)


def test_an_empty_journal_says_so(journal: Journal) -> None:
    count, text = export(journal)
    assert count == 0
    assert "No entries in these days." in text and "<nav" not in text


def test_the_stage_tools_follow_the_entries(journal: Journal) -> None:
    draft = EntryDraft(uuid="00000000-0000-4000-8000-0000000000bb", kind=EntryKind.FREE, body="hi")
    journal.save_entry(draft, when=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    journal.plans.save_plan(Plan(uuid="p1", start=date(2026, 3, 1), length_days=60, manager="Sam <boss>",
                                 stakeholders=(), status=PlanStatus.ACTIVE, created_at=NOW, updated_at=NOW))
    _count, text = export(journal)
    assert text.index('class="workbench"') > text.index('<div class="entry"')
    assert "Sam &lt;boss&gt;" in text


def test_a_range_leaves_the_stage_tools_out(journal: Journal) -> None:
    """A range is what someone takes along: it never carries every mood note ever written."""
    from app.domain.workbench import MoodCheck

    journal.save_entry(EntryDraft(uuid="00000000-0000-4000-8000-0000000000cc", kind=EntryKind.FREE,
                                  body="in range"), when=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    journal.feelings.save_mood_check(MoodCheck(uuid="m1", at=datetime(2026, 3, 1, 10, 0, tzinfo=UTC), mood=1,
                                               note="thinking of leaving"))
    _count, everything = export(journal)
    _count, ranged = export(journal, DateRange(date(2026, 2, 1), date(2026, 3, 31)))
    assert "thinking of leaving" in everything
    assert "in range" in ranged and "thinking of leaving" not in ranged and 'class="workbench"' not in ranged


def _many(journal: Journal, count: int) -> None:
    for n in range(count):
        journal.save_entry(EntryDraft(uuid=f"00000000-0000-4000-8000-{n:012d}", kind=EntryKind.FREE,
                                      body=f"Private words, day {n}"),
                           when=datetime(2026, 1 + n % 3, 1 + n % 28, 9, 0, tzinfo=UTC))


def _open_files_in(folder: Path) -> list[str]:
    """Files this process holds open in `folder`, including unnamed ones (O_TMPFILE) a listing misses."""
    descriptors = Path("/proc/self/fd")
    if not descriptors.is_dir():  # not Linux: the folder listing alone has to do
        return []
    found = []
    for descriptor in descriptors.iterdir():
        try:
            target = str(descriptor.readlink())
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def test_no_temporary_file_is_written_anywhere_but_the_chosen_folder(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plain text never lands in the system temp folder, not even for a moment during the export."""
    watched = tmp_path / "system-temp"
    watched.mkdir()
    monkeypatch.setenv("TMPDIR", str(watched))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    assert tempfile.gettempdir() == str(watched)
    _many(journal, 230)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    seen: list[list[str]] = []

    def progress(count: int) -> None:  # mid-export: the watched folder must stay empty
        seen.append(sorted(path.name for path in watched.iterdir()) + _open_files_in(watched))

    target = chosen / "journal.html"
    count = write_text(target, lambda stream: export_html(journal, stream, EVERYTHING, progress))
    assert count == 230 and seen == [[], []]
    assert list(watched.iterdir()) == []
    assert list(chosen.iterdir()) == [target]
    assert target.read_text(encoding="utf-8").count('<div class="entry"') == 230


def test_an_entry_saved_during_the_export_never_breaks_the_contents(journal: Journal) -> None:
    _many(journal, 120)

    def progress(count: int) -> None:  # while the entries are written, someone keeps writing
        journal.save_entry(EntryDraft(uuid="00000000-0000-4000-8000-00000000ffff", kind=EntryKind.FREE,
                                      body="Saved meanwhile"), when=datetime(2026, 3, 28, 23, 0, tzinfo=UTC))

    stream = io.StringIO()
    count = export_html(journal, stream, EVERYTHING, progress)
    text = stream.getvalue()
    assert count == 120 and text.count('<div class="entry"') == 120 and "Saved meanwhile" not in text
    listed = re.findall(r'href="#(month-[\d-]+)">[^<]+</a> <span class="count">\((\d+)\)', text)
    for anchor, counted in listed:
        month = text.split(f'<div class="month" id="{anchor}">', 1)[1].split('<div class="month"', 1)[0]
        assert month.count('<div class="entry"') == int(counted)
    assert sum(int(counted) for _anchor, counted in listed) == count
    _count, again = export(journal)
    assert "Saved meanwhile" in again  # the next export has it


# -- a journal holding values at the ends of the calendar ------------------------------------


@pytest.mark.parametrize("zone", ZONES)
def test_a_journal_at_the_ends_of_the_calendar_exports_whole_as_html(tmp_path: Path, zone: str) -> None:
    """Moments in years 1 and 9999 and a plan past the calendar's end: the page, its contents
    and the PDF's parts all come out, in every zone."""
    build_extreme_journal(tmp_path / "journal")
    journal = Journal.open(tmp_path / "journal")
    try:
        with local_zone(zone):
            stream = io.StringIO()
            assert export_html(journal, stream) == 3
            ranged = io.StringIO()
            assert export_html(journal, ranged, DateRange(date.min, date.max)) == 3
            parts = "".join(part for part, _ in print_parts(journal))
    finally:
        journal.close()
    for text in (stream.getvalue(), ranged.getvalue(), parts):
        for body in (ORDINARY, YEAR_ONE, YEAR_9999):
            assert body in text
    assert "December 9999" in stream.getvalue() and "1000000000000000000 days" in stream.getvalue()
