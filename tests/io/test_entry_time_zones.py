"""Each entry keeps the zone it was written in through every import and export: Day One's own
("timeZone", "Time Zone"), our JSON (a new optional "time_zone" that a 0.1 reader ignores), the
Markdown folder's front matter; the Markdown and HTML exports show the time as written. jrnl
text has no zone: its entries stay without one, shown in the computer's zone as before.

The zone here is set by each test (TZ and tzset), never the machine's."""

from __future__ import annotations

import io
import json
import logging
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.records import Entry, EntryDraft, EntryKind
from app.io.html_export import export_html
from app.io.importers import read_import
from app.io.json_format import export_json, read_json
from app.io.markdown_export import export_markdown
from app.io.markdown_folder import export_markdown_folder, read_entry_file, read_markdown_folder
from app.store.errors import InvalidImport
from app.store.journal import Journal

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
LATE = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # Berlin: 00:30 on Monday 2 March; New York: 18:30 on 1 March
Zone = Callable[[str], None]


def imported(uuid: str, zone: str | None, moment: datetime = LATE, body: str = "") -> Entry:
    return Entry(id=0, uuid=uuid, kind=EntryKind.IMPORTED, stage=None, prompt_key=None, title="",
                 body=body or f"written in {zone}", tags=(), created_at=moment, updated_at=moment,
                 time_zone=zone)


def zones_of(journal: Journal) -> dict[str, str | None]:
    return {entry.uuid: entry.time_zone for entry in journal.iter_entries()}


@pytest.fixture
def three_zones(journal: Journal) -> dict[str, str | None]:
    """A named zone, a fixed offset, and an entry from before zones were kept."""
    journal.add_entries([imported("berlin", "Europe/Berlin"), imported("offset", "+05:30"),
                         imported("unknown", None)])
    return zones_of(journal)


# -- Day One ------------------------------------------------------------------------------------


def test_day_one_classic_entries_keep_their_time_zone() -> None:
    entries = read_import(FIXTURES / "dayone" / "dayone.dayone").entries
    zones = sorted((entry.created_at.isoformat(), entry.time_zone) for entry in entries)
    assert zones == [
        ("2013-01-17T18:37:50+00:00", None),  # this one has no "Time Zone"
        ("2013-05-17T18:39:20+00:00", "America/Los_Angeles"),
        ("2013-06-17T18:38:29+00:00", "Europe/Berlin"),
        ("2013-07-17T18:38:08+00:00", "America/Los_Angeles"),
    ]


def test_day_one_json_entries_keep_their_time_zone(local_timezone: Zone) -> None:
    local_timezone("Asia/Tokyo")
    entries = sorted(read_import(FIXTURES / "dayone" / "Journal.json").entries, key=lambda e: e.created_at)
    assert [entry.time_zone for entry in entries] == ["America/New_York", "Europe/Berlin"]
    from app.domain.timeline import written_clock

    # 21:30:45 UTC on 1 March was 16:30 in New York; 08:15 UTC on 4 March was 09:15 in Berlin.
    assert [written_clock(entry) for entry in entries] == ["16:30 (New York)", "09:15 (Berlin)"]


def _dayone_json(tmp_path: Path, zone: object) -> Path:
    path = tmp_path / "Journal.json"
    raw = {"uuid": "A1B2C3D4E5F60718293A4B5C6D7E8F90", "creationDate": "2024-03-01T21:30:45Z",
           "text": "words", "timeZone": zone}
    path.write_text(json.dumps({"metadata": {"version": "1.0"}, "entries": [raw]}), encoding="utf-8")
    return path


def test_day_one_offsets_spelt_gmt_become_offsets(tmp_path: Path) -> None:
    assert read_import(_dayone_json(tmp_path, "GMT+0200")).entries[0].time_zone == "+02:00"
    assert read_import(_dayone_json(tmp_path, "UTC-05:30")).entries[0].time_zone == "-05:30"


@pytest.mark.parametrize("zone", ["../../etc/passwd", "x" * 500, 42, ["Europe/Berlin"], "\x1b[2JBerlin"])
def test_a_day_one_zone_that_is_not_one_is_left_out_and_the_words_kept(
    tmp_path: Path, zone: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="app.io.dayone_format"):
        entries = read_import(_dayone_json(tmp_path, zone)).entries
    assert [(entry.body, entry.time_zone) for entry in entries] == [("words", None)]
    assert "a time zone that is not one was left out" in caplog.text
    assert "\x1b" not in caplog.text


# -- our JSON -----------------------------------------------------------------------------------


def test_json_round_trip_keeps_every_zone(
    journal: Journal, other_journal: Journal, three_zones: dict[str, str | None], tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as stream:
        export_json(journal, stream)
    written = {entry["uuid"]: entry["time_zone"] for entry in json.loads(path.read_text("utf-8"))["entries"]}
    assert written == three_zones == {"berlin": "Europe/Berlin", "offset": "+05:30", "unknown": None}
    other_journal.import_bundle(read_json(path))
    assert zones_of(other_journal) == three_zones


def test_day_one_zones_go_through_our_json_and_back(
    journal: Journal, other_journal: Journal, tmp_path: Path
) -> None:
    journal.import_bundle(read_import(FIXTURES / "dayone" / "Journal.json"))
    stream = io.StringIO()
    export_json(journal, stream)
    other_journal.import_bundle(read_json(io.StringIO(stream.getvalue())))
    assert sorted(filter(None, zones_of(other_journal).values())) == ["America/New_York", "Europe/Berlin"]


def _our_json(zone: object, *, with_key: bool = True) -> io.StringIO:
    entry = {"uuid": "00000000-0000-4000-8000-00000000000a", "kind": "free", "stage": None, "prompt": None,
             "title": "", "body": "b", "tags": [], "created_at": LATE.isoformat(),
             "updated_at": LATE.isoformat()}
    if with_key:
        entry["time_zone"] = zone
    return io.StringIO(json.dumps({"format": "trustbridge", "version": 1, "entries": [entry]}))


def test_a_json_export_from_0_1_has_no_zone_and_reads_as_before() -> None:
    assert read_json(_our_json(None, with_key=False)).entries[0].time_zone is None
    assert read_json(_our_json(None)).entries[0].time_zone is None


@pytest.mark.parametrize(("zone", "words"), [
    ("../../etc/passwd", "is not a time zone name"),
    ("A" * 65, "longer than 64 characters"),
    ("+25:00", "is not an offset a clock can have"),
    (2, "is not text"),
    ("Berlin\x1b[2J", "is not a time zone name"),
])
def test_a_json_zone_that_is_not_one_refuses_the_import_and_says_which(zone: object, words: str) -> None:
    with pytest.raises(InvalidImport) as refused:
        read_json(_our_json(zone))
    message = str(refused.value)
    assert message.startswith("Entry 1 of 1 (00000000-0000-4000-8000-00000000000a)")
    assert '"time_zone"' in message and words in message
    assert "\x1b" not in message


def test_the_first_json_reader_reads_an_export_with_zones(
    journal: Journal, three_zones: dict[str, str | None], tmp_path: Path
) -> None:
    """The JSON reader as first released (the commit that added app/io/json_format.py) reads a new
    export: it ignores the new key and gets every entry, its words and instants, as before."""
    git = shutil.which("git")
    if git is None or not (REPO / ".git").exists():
        pytest.skip("needs the project's git history to take the first reader from")
    first = subprocess.run(
        [git, "-C", str(REPO), "log", "--diff-filter=A", "--format=%H", "--", "app/io/json_format.py"],
        capture_output=True, text=True, check=True,
    ).stdout.split()[-1]
    old = tmp_path / "first"
    old.mkdir()
    archive = subprocess.run([git, "-C", str(REPO), "archive", first, "app"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
    export = tmp_path / "export.json"
    with export.open("w", encoding="utf-8") as stream:
        export_json(journal, stream)
    script = (
        "import json, sys\n"
        "from app.io.json_format import read_json\n"
        "read = read_json(sys.argv[1])\n"
        "entries = read.entries if hasattr(read, 'entries') else read\n"
        "print(json.dumps(sorted([e.uuid, e.body, e.created_at.isoformat()] for e in entries)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(export)], cwd=old, capture_output=True,
                            text=True, env={"PYTHONPATH": str(old), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == sorted(
        [entry.uuid, entry.body, entry.created_at.isoformat()] for entry in journal.iter_entries()
    )


# -- the Markdown folder ------------------------------------------------------------------------


def test_the_markdown_folder_round_trips_every_zone(
    journal: Journal, three_zones: dict[str, str | None], tmp_path: Path, local_timezone: Zone
) -> None:
    local_timezone("America/New_York")
    export_markdown_folder(journal, tmp_path / "folder")
    entries = {entry.uuid: entry for entry in read_markdown_folder(tmp_path / "folder")}
    assert {uuid: entry.time_zone for uuid, entry in entries.items()} == three_zones
    assert all(entry.created_at == LATE for entry in entries.values())
    berlin = next((tmp_path / "folder").glob("2026/03/2026-03-02-0030-*.md"))  # named as written, there
    text = berlin.read_text(encoding="utf-8")
    assert 'created: "2026-03-02T00:30:00+01:00"' in text and 'time_zone: "Europe/Berlin"' in text
    assert next((tmp_path / "folder").glob("2026/03/2026-03-01-1830-*.md"))  # no zone: as seen here


def test_a_markdown_file_from_before_zones_reads_without_one(tmp_path: Path) -> None:
    path = tmp_path / "2026-03-01-2330-old.md"
    path.write_text('---\nuuid: "old"\nkind: "free"\nstage: null\nprompt: null\ntitle: ""\ntags: []\n'
                    'created: "2026-03-01T23:30:00+00:00"\nupdated: "2026-03-01T23:30:00+00:00"\n---\nwords',
                    encoding="utf-8")
    assert read_entry_file(path).time_zone is None


def test_a_markdown_zone_that_is_not_one_refuses_the_file_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "2026-03-01-2330-bad.md"
    path.write_text('---\nuuid: "bad"\nkind: "free"\nstage: null\nprompt: null\ntitle: ""\ntags: []\n'
                    'created: "2026-03-01T23:30:00+00:00"\nupdated: "2026-03-01T23:30:00+00:00"\n'
                    'time_zone: "../../etc/passwd"\n---\nwords', encoding="utf-8")
    refusal = re.escape("time_zone '../../etc/passwd' is not a time zone name")
    with pytest.raises(InvalidImport, match=refusal):
        read_entry_file(path)


# -- shown as written ---------------------------------------------------------------------------


def test_the_markdown_export_shows_each_time_as_written(
    journal: Journal, three_zones: dict[str, str | None], local_timezone: Zone
) -> None:
    local_timezone("America/New_York")
    stream = io.StringIO()
    export_markdown(journal, stream)
    text = stream.getvalue()
    day = text.index("## Sunday 1 March 2026\n")  # the day as seen here groups them
    assert text.index("### Mon 00:30 (Berlin) · Imported") > day
    assert "### Mon 05:00 (UTC+5:30) · Imported" in text
    assert "### 18:30 · Imported" in text  # no zone kept: the computer's, unmarked


def test_the_html_export_shows_each_time_as_written(
    journal: Journal, three_zones: dict[str, str | None], local_timezone: Zone
) -> None:
    local_timezone("America/New_York")
    stream = io.StringIO()
    export_html(journal, stream)
    page = stream.getvalue()
    assert "Monday 2 March 2026 at 00:30 (Berlin) · Imported" in page
    assert "Monday 2 March 2026 at 05:00 (UTC+5:30) · Imported" in page
    assert "Sunday 1 March 2026 at 18:30 · Imported" in page


def test_an_entry_written_here_shows_no_mark(journal: Journal, local_timezone: Zone) -> None:
    local_timezone("Europe/Berlin")
    journal.save_entry(EntryDraft("here", EntryKind.FREE, "at home"), when=LATE)
    stream = io.StringIO()
    export_markdown(journal, stream)
    assert "## Monday 2 March 2026\n\n### 00:30 · Free writing\n" in stream.getvalue()
    local_timezone("America/New_York")  # the same entry, read after a flight
    stream = io.StringIO()
    export_markdown(journal, stream)
    assert "## Sunday 1 March 2026\n\n### Mon 00:30 (Berlin) · Free writing\n" in stream.getvalue()


# -- jrnl ---------------------------------------------------------------------------------------


def test_jrnl_entries_have_no_zone_and_are_read_on_this_computers_clock() -> None:
    """jrnl writes the wall clock of the machine it ran on and no zone: the entries keep none and
    are shown in the computer's zone, as before."""
    entries = read_import(FIXTURES / "jrnl" / "simple.journal").entries
    assert entries and all(entry.time_zone is None for entry in entries)
