"""The zone an entry was written in: the system's zone as a name, the wall clock as written, the
quiet mark where it differs from the computer's, and a zone string that is hostile never crashing.

Every test sets the process's zone itself (TZ and tzset); none depends on the machine's."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.domain import timeline
from app.domain.records import Entry, EntryKind
from app.domain.timeline import (
    clean_zone,
    offset_zone,
    system_zone,
    written_clock,
    written_date,
    written_time,
    zone_info,
    zone_label,
    zone_mark,
    zone_problem,
)

Zone = Callable[[str | None], None]
LATE = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 March in Berlin, 18:30 on 1 March in New York


def entry(zone: str | None, moment: datetime = LATE) -> Entry:
    return Entry(id=1, uuid="u", kind=EntryKind.FREE, stage=None, prompt_key=None, title="", body="",
                 tags=(), created_at=moment, updated_at=moment, time_zone=zone)


# -- the system's zone ------------------------------------------------------------------------


def test_the_system_zone_is_the_name_in_tz(local_timezone: Zone) -> None:
    local_timezone("Europe/Berlin")
    assert system_zone(LATE) == "Europe/Berlin"
    local_timezone(":America/New_York")  # the glibc spelling with a colon
    assert system_zone(LATE) == "America/New_York"
    local_timezone("/usr/share/zoneinfo/Asia/Kolkata")
    assert system_zone(LATE) == "Asia/Kolkata"


def test_a_posix_rule_in_tz_gives_the_offset_it_has_now(local_timezone: Zone) -> None:
    local_timezone("CET-1CEST,M3.5.0,M10.5.0/3")  # no name: Berlin's rule spelt out
    assert system_zone(datetime(2026, 1, 10, tzinfo=UTC)) == "+01:00"
    assert system_zone(datetime(2026, 7, 10, tzinfo=UTC)) == "+02:00"
    local_timezone("UTC0")
    assert system_zone(LATE) == "+00:00"
    local_timezone("IST-5:30")
    assert system_zone(LATE) == "+05:30"


def test_without_tz_the_zone_is_where_etc_localtime_links(
    local_timezone: Zone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local_timezone("Europe/Berlin")  # the clock Python keeps; then TZ goes and the files are read
    link = tmp_path / "localtime"
    link.symlink_to("/usr/share/zoneinfo/Europe/Berlin")
    monkeypatch.setattr(timeline, "_LOCALTIME", link)
    monkeypatch.setattr(timeline, "_TIMEZONE_FILE", tmp_path / "no-such-file")
    # Not tzset again: the clock stays Berlin's, as when TZ came from the files. Not monkeypatch.delenv
    # either: its undo runs after `local_timezone` put TZ back, and would leave "Europe/Berlin" behind.
    os.environ.pop("TZ")
    assert system_zone(LATE) == "Europe/Berlin"

    monkeypatch.setattr(timeline, "_LOCALTIME", tmp_path / "not-a-link")  # a copy, or Windows
    (tmp_path / "timezone").write_text("Europe/Berlin\n", encoding="utf-8")
    monkeypatch.setattr(timeline, "_TIMEZONE_FILE", tmp_path / "timezone")
    assert system_zone(LATE) == "Europe/Berlin"

    (tmp_path / "timezone").write_text("Asia/Tokyo\n", encoding="utf-8")  # disagrees with the clock
    assert system_zone(LATE) == "+01:00"


def test_the_macos_link_names_its_zone_too() -> None:
    assert timeline._after_zoneinfo("/var/db/timezone/zoneinfo/Europe/Berlin") == "Europe/Berlin"
    assert timeline._after_zoneinfo("/usr/share/zoneinfo/America/Argentina/Buenos_Aires") == \
        "America/Argentina/Buenos_Aires"


def test_offsets_are_written_to_the_minute() -> None:
    assert offset_zone(timedelta(hours=2)) == "+02:00"
    assert offset_zone(timedelta(hours=-3, minutes=-30)) == "-03:30"
    assert offset_zone(None) == "+00:00"


# -- the time as written ----------------------------------------------------------------------


def test_written_time_is_the_wall_clock_where_it_was_written(local_timezone: Zone) -> None:
    local_timezone("America/New_York")
    assert written_time(LATE, "Europe/Berlin").replace(tzinfo=None) == datetime(2026, 3, 2, 0, 30)
    assert written_time(entry("Europe/Berlin")) == written_time(LATE, "Europe/Berlin")
    assert written_time(LATE, "+05:30").replace(tzinfo=None) == datetime(2026, 3, 2, 5, 0)
    assert written_date(entry("Europe/Berlin")) == date(2026, 3, 2)
    assert written_date(entry("America/New_York")) == date(2026, 3, 1)


def test_no_zone_or_an_unknown_one_is_shown_here(local_timezone: Zone) -> None:
    local_timezone("America/New_York")
    here = datetime(2026, 3, 1, 18, 30)
    for zone in (None, "Mars/Olympus_Mons", "x" * 65, "../../etc/passwd", "Europe/Berlin\x00", "", "Europe"):
        assert written_time(LATE, zone).replace(tzinfo=None) == here, zone
        assert zone_mark(LATE, zone) == "", zone


def test_a_hostile_zone_string_never_raises() -> None:
    for zone in ("/etc/passwd", "..", "Europe/../../x", "\x1b[2J", "é/ü", "a" * 10_000, "+99:99", "-00:00:00",
                 "Europe//Berlin", "Europe/Berlin/", " Europe/Berlin"):
        assert zone_info(zone) is None, zone
        assert clean_zone(zone) is None, zone
        assert zone_problem(zone), zone
        written_time(LATE, zone)  # shown here: no exception


def test_a_zone_is_a_name_or_an_offset_of_at_most_64_characters() -> None:
    assert zone_problem("Europe/Berlin") is None
    assert zone_problem("America/Argentina/Buenos_Aires") is None
    assert zone_problem("Etc/GMT-2") is None
    assert zone_problem("+02:00") is None and zone_problem("-11:30") is None
    assert zone_problem("Mars/Olympus_Mons") is None  # well formed: kept, though unknown here
    assert zone_problem(7) == "is not text"
    assert "longer than 64" in (zone_problem("A" * 65) or "")
    assert "not an offset" in (zone_problem("+24:00") or "")
    assert "Europe/Berlin" in (zone_problem("Europe/Berlin;rm") or "")


def test_the_ends_of_the_calendar_stay_in_utc() -> None:
    last = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    assert written_time(last, "Asia/Tokyo") == last
    first = datetime(1, 1, 1, 0, 30, tzinfo=UTC)
    assert written_time(first, "America/New_York") == first


# -- the mark -----------------------------------------------------------------------------------


def test_the_mark_names_the_zone_only_where_the_clocks_differ(local_timezone: Zone) -> None:
    local_timezone("Europe/Paris")
    assert zone_mark(LATE, "Europe/Berlin") == ""  # the same clock: nothing to say
    assert zone_mark(LATE, "Europe/Paris") == ""
    assert zone_mark(LATE, "America/New_York") == "New York"
    assert zone_mark(LATE, "+05:30") == "UTC+5:30"
    assert zone_mark(LATE, "-03:00") == "UTC-3"
    assert zone_mark(LATE, "Etc/UTC") == "UTC"
    assert zone_mark(LATE, "Etc/GMT-2") == "UTC+2"  # the tz database's sign is the other way round


def test_labels_read_as_places_or_offsets() -> None:
    assert zone_label("America/Argentina/Buenos_Aires", None) == "Buenos Aires"
    assert zone_label("UTC", None) == "UTC"
    assert zone_label("+00:00", timedelta()) == "UTC"
    assert zone_label("CET", timedelta(hours=1)) == "UTC+1"
    assert zone_label("-09:30", timezone(timedelta(hours=-9, minutes=-30)).utcoffset(None)) == "UTC-9:30"


def test_the_clock_as_written_says_the_day_when_it_was_another_there(local_timezone: Zone) -> None:
    local_timezone("America/New_York")
    day_here = date(2026, 3, 1)
    assert written_clock(entry("Europe/Berlin")) == "00:30 (Berlin)"
    assert written_clock(entry("Europe/Berlin"), shown_day=day_here) == "Mon 00:30 (Berlin)"
    assert written_clock(entry("America/New_York"), shown_day=day_here) == "18:30"
    assert written_clock(entry(None), shown_day=day_here) == "18:30"
