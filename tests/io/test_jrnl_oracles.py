"""jrnl's own test journals, read with jrnl's own configs, against jrnl 4.6's own reading of them.

Each journal is imported the way a person's would be: a copy of it named in a jrnl configuration
in a temporary home (the fixture's own config, its journal path pointed at the copy), so the
time format and tag symbols come from jrnl's settings, read by app.io.jrnl_config. How the
oracles were made: tests/io/fixtures/jrnl/README.md.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.records import Entry
from app.io.importers import UnknownTimeFormat, read_import
from app.io.jrnl_config import options_for
from app.io.jrnl_format import STARRED_TAG
from app.io.jrnl_options import JrnlOptions
from app.store.errors import InvalidImport

FIXTURES = Path(__file__).parent / "fixtures" / "jrnl"
CONFIGS = FIXTURES / "configs"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty home folder in a zone that is not UTC, so local times really are converted."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield folder
    monkeypatch.undo()
    time.tzset()


def configured(home: Path, journal: str, config: str, where: str = ".config/jrnl/jrnl.yaml") -> Path:
    """A copy of the fixture journal, named in jrnl's configuration at `where` in `home`."""
    copy = home / "journals" / journal
    copy.parent.mkdir(exist_ok=True)
    source = FIXTURES / journal
    if source.is_dir():
        shutil.copytree(source, copy)
    else:
        shutil.copy(source, copy)
    text = (CONFIGS / config).read_text(encoding="utf-8")
    text = re.sub(r"features/journals/[^\"',\n]+", str(copy), text)
    target = home / where
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return copy


def oracle(name: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))["entries"]
    return entries


def assert_matches(entries: list[Entry], expected: list[dict[str, Any]]) -> None:
    assert len(entries) == len(expected)
    for entry, wanted in zip(entries, expected, strict=True):
        assert (entry.title, entry.body) == (wanted["title"], wanted["body"])
        assert set(entry.tags) - {STARRED_TAG} == set(wanted["tags"])
        assert (STARRED_TAG in entry.tags) is wanted["starred"]
        local = entry.created_at.astimezone()
        assert (local.strftime("%Y-%m-%d"), local.strftime("%H:%M")) == (wanted["date"], wanted["time"])


def read_configured(copy: Path) -> tuple[list[Entry], list[str]]:
    options, told = options_for(copy)
    return list(read_import(copy, jrnl=options).entries), told


@pytest.mark.parametrize(
    "name",
    ["little_endian_dates", "mostlyreadabledates", "tags-216", "tags-237", "multiline-tags",
     "markdown-headings-335", "brackets"],
)
def test_each_journal_reads_as_jrnl_reads_it_with_its_own_config(home: Path, name: str) -> None:
    copy = configured(home, f"{name}.journal", f"{name}.yaml")
    entries, told = read_configured(copy)
    assert_matches(entries, oracle(f"{name}.jrnl-export.json"))
    assert told and told[0].startswith("Read jrnl's settings for this journal from ~/.config/jrnl/jrnl.yaml:")


def test_a_little_endian_journal_is_read_with_its_format_and_only_with_it(home: Path) -> None:
    """Issue 13: a journal written with timeformat %d.%m.%Y %H:%M could not be imported at all."""
    copy = configured(home, "little_endian_dates.journal", "little_endian_dates.yaml")
    _, told = read_configured(copy)
    assert told == ["Read jrnl's settings for this journal from ~/.config/jrnl/jrnl.yaml: "
                    "time format %d.%m.%Y %H:%M, tags start with @."]
    with pytest.raises(UnknownTimeFormat, match=r"starts like a jrnl journal.*\(like \[2024-05-31 09:30\]\)"):
        read_import(copy)
    given = read_import(copy, jrnl=JrnlOptions("%d.%m.%Y %H:%M", "@")).entries
    assert_matches(list(given), oracle("little_endian_dates.jrnl-export.json"))


def test_markdown_headings_are_no_tags_even_where_jrnl_takes_them(home: Path) -> None:
    """With jrnl's default tag symbols, jrnl 4.6 makes "##" … "######" tags; a tag needs a letter
    or digit here (issue 13). Everything else matches."""
    expected = oracle("markdown-headings-335.default-tagsymbols.jrnl-export.json")
    assert set(expected[0]["tags"]) == {"#" * count for count in range(2, 7)}
    entries = list(read_import(FIXTURES / "markdown-headings-335.journal").entries)
    assert entries[0].tags == ()
    assert_matches(entries, [{**expected[0], "tags": []}])


def test_a_jrnl_1_journal_with_its_legacy_json_config(home: Path) -> None:
    """~/.jrnl_config (JSON) names a jrnl 1.x journal with bare little-endian dates; jrnl 4.6's
    upgrade reads the same two entries (and escapes a bracketed body line with a space)."""
    copy = configured(home, "simple_jrnl-1-9-5_little_endian_dates.journal",
                      "upgrade_from_195_little_endian_dates.json", where=".jrnl_config")
    entries, told = read_configured(copy)
    assert told == ["Read jrnl's settings for this journal from ~/.jrnl_config: "
                    "time format %d.%m.%Y %H:%M, tags start with @."]
    expected = oracle("simple_jrnl-1-9-5_little_endian_dates.jrnl-export.json")
    unescaped = [{**wanted, "body": wanted["body"].replace("\n [", "\n[")} for wanted in expected]
    assert_matches(entries, unescaped)


def test_a_journal_without_a_date_is_refused_where_jrnl_dates_it_now(home: Path) -> None:
    assert len(oracle("unreadabledates.jrnl-export.json")) == 1  # jrnl: one entry, written "now"
    copy = configured(home, "unreadabledates.journal", "unreadabledates.yaml")
    with pytest.raises(InvalidImport, match=r"starts like a jrnl journal, but its first date is not in"):
        read_configured(copy)


def dayone_words(entry: Entry) -> tuple[str, set[str], bool]:
    tags = {f"@{tag.lower()}" for tag in entry.tags if tag != STARRED_TAG}
    return " ".join(entry.body.split()), tags, STARRED_TAG in entry.tags


def jrnl_words(wanted: dict[str, Any]) -> tuple[str, set[str], bool]:
    return " ".join(f"{wanted['title']} {wanted['body']}".split()), set(wanted["tags"]), wanted["starred"]


@pytest.mark.parametrize("name", ["bug153", "bug780", "basic_dayone", "damaged"])
def test_day_one_folders_hold_what_jrnl_reads_in_them(name: str) -> None:
    """Words, tags (jrnl shows them with its first tag symbol) and stars; the times are the time
    zone work's own tests. The damaged folder's three bad entries are skipped, as jrnl skips them;
    so is bug153's second entry, a property list without its <plist> element, which jrnl skips too."""
    bundle = read_import(FIXTURES / f"{name}.dayone")
    expected = oracle(f"{name}.dayone.jrnl-export.json")
    assert sorted(map(dayone_words, bundle.entries), key=str) == sorted(map(jrnl_words, expected), key=str)
    skipped = dict(bundle.skipped)
    if name == "bug153":
        assert skipped == {"entries/B40EE704E15846DE8D45C44118A4D512.doentry":
                           "it is not a readable Day One entry (a property list): Invalid file"}
    if name != "damaged":
        assert name == "bug153" or skipped == {}
        return
    assert sorted(skipped) == ["entries/ABC.doentry", "entries/BINARY.doentry", "entries/EMPTY.doentry"]
    assert skipped["entries/EMPTY.doentry"] == "it is empty"
    assert skipped["entries/BINARY.doentry"].startswith("it is a binary property list")


def test_an_empty_day_one_folder_is_refused() -> None:
    with pytest.raises(InvalidImport, match="holds no Day One entries"):
        read_import(FIXTURES / "dayone_empty.dayone")
