"""jrnl's configuration: found where jrnl finds it, a journal's own settings over the global ones,
the values given winning, and any file that can't be used ignored with one sentence (issue 13)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from app.io.jrnl_config import config_path, lookup, options_for
from app.io.jrnl_options import (
    JrnlOptions,
    jrnl_options,
    spelt_out,
    tag_symbols_problem,
    time_format_problem,
)
from app.store.errors import InvalidImport


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {"HOME": str(home)}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def journal(tmp_path: Path, name: str = "work.txt") -> Path:
    return write(tmp_path / "journals" / name, "[09.06.2013 15:39] Hello.\n")


def test_where_jrnl_keeps_its_configuration(env: dict[str, str], tmp_path: Path) -> None:
    home = Path(env["HOME"])
    assert config_path(env) is None
    legacy = write(home / ".jrnl_config", "{}")
    assert config_path(env) == legacy
    current = write(home / ".config" / "jrnl" / "jrnl.yaml", "{}")
    assert config_path(env) == current
    xdg = write(tmp_path / "xdg" / "jrnl" / "jrnl.yaml", "{}")
    assert config_path({**env, "XDG_CONFIG_HOME": str(tmp_path / "xdg")}) == xdg
    # jrnl's config folder taken by a file: jrnl keeps jrnl.yaml in the home folder instead.
    (tmp_path / "xdg" / "jrnl" / "jrnl.yaml").unlink()
    (tmp_path / "xdg" / "jrnl").rmdir()
    write(tmp_path / "xdg" / "jrnl", "a file")
    in_home = write(home / "jrnl.yaml", "{}")
    assert config_path({**env, "XDG_CONFIG_HOME": str(tmp_path / "xdg")}) == in_home


def test_a_journals_own_settings_win_over_the_global_ones(env: dict[str, str], tmp_path: Path) -> None:
    work, diary = journal(tmp_path, "work.txt"), journal(tmp_path, "diary.txt")
    write(Path(env["HOME"]) / ".config" / "jrnl" / "jrnl.yaml", (
        'timeformat: "%Y-%m-%d %H:%M"\ntagsymbols: "@"\njournals:\n'
        f"  default: {diary}\n"
        "  work:\n"
        f"    journal: {work}\n"
        '    timeformat: "%d.%m.%Y %H:%M"\n'
    ))
    found = lookup(work, env).settings
    assert found is not None
    assert (found.journal, found.time_format, found.tag_symbols) == ("work", "%d.%m.%Y %H:%M", "@")
    found = lookup(diary, env).settings
    assert found is not None and found.time_format == "%Y-%m-%d %H:%M"
    assert lookup(tmp_path / "elsewhere.txt", env).settings is None


def test_journal_paths_as_jrnl_expands_them(env: dict[str, str], tmp_path: Path) -> None:
    home = Path(env["HOME"])
    in_home = write(home / "notes" / "journal.txt", "[2024-05-01 09:00] Hi.\n")
    linked = home / "link.txt"
    linked.symlink_to(in_home)
    write(home / ".config" / "jrnl" / "jrnl.yaml", (
        "journals:\n  default: ~/notes/journal.txt\n  other: ${NOTES}/journal.txt\n"
    ))
    found = lookup(in_home, env).settings
    assert found is not None and found.journal == "default"
    assert lookup(linked, env).settings == found  # the same file, through a link
    # jrnl's defaults for what the configuration leaves out (jrnl writes them into it).
    assert (found.time_format, found.tag_symbols) == ("%F %r", "#@")
    other = lookup(in_home, {**env, "NOTES": str(home / "notes")}).settings
    assert other is not None and other.journal == "default"


def test_the_values_given_win_and_what_was_read_is_said(env: dict[str, str], tmp_path: Path) -> None:
    work = journal(tmp_path)
    write(Path(env["HOME"]) / ".config" / "jrnl" / "jrnl.yaml", (
        f'journals:\n  default: {work}\ntimeformat: "%d.%m.%Y %H:%M"\ntagsymbols: "@"\n'
    ))
    options, told = options_for(work, environ=env)
    assert options == JrnlOptions("%d.%m.%Y %H:%M", "@")
    config = Path(env["HOME"]) / ".config/jrnl/jrnl.yaml"
    assert told == [f"Read jrnl's settings for this journal from {config}: "
                    "time format %d.%m.%Y %H:%M, tags start with @."]
    options, told = options_for(work, tag_symbols="+", environ=env)
    assert options == JrnlOptions("%d.%m.%Y %H:%M", "+")
    options, told = options_for(work, time_format="%Y-%m-%d %H:%M", tag_symbols="#@", environ=env)
    assert (options, told) == (JrnlOptions("%Y-%m-%d %H:%M", "#@"), [])
    with pytest.raises(InvalidImport, match="Tag symbols can't be empty"):
        options_for(work, tag_symbols="", environ=env)


HOSTILE_CONFIGS = {
    "not YAML": ("journals: [unclosed\n", "it is not YAML jrnl could read"),
    "a list": ("- a\n- b\n", "it holds no table of settings"),
    "no journals": ("timeformat: x\n", 'it has no "journals" table'),
    "an object tag": ("!!python/object/apply:os.system ['echo hi']\n", "it is not YAML jrnl could read"),
    "a bad time format": ('journals:\n  default: JOURNAL\ntimeformat: "%H:%M"\n', "format %H:%M has no"),
    "letters as tags": ('journals:\n  default: JOURNAL\ntagsymbols: "ab"\n', "Tag symbols can't be letters"),
    "a number as format": ("journals:\n  default: JOURNAL\ntimeformat: 12\n", "not text"),
    "not UTF-8": ("journals: \udcff\n", "codec can't decode"),
    "nested deeply": ("journals: " + "[" * 20000 + "]" * 20000 + "\n", "not"),
    "many aliases": ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{new}: &{new} [*{old}, *{old}, *{old}]\n" for old, new in zip("abcdefgh", "bcdefghi", strict=True)
    ) + "journals: *i\n", 'no "journals" table'),
}


@pytest.mark.parametrize("kind", list(HOSTILE_CONFIGS))
def test_a_configuration_that_cant_be_used_is_ignored_with_one_sentence(
    env: dict[str, str], tmp_path: Path, kind: str
) -> None:
    work = journal(tmp_path)
    text, said = HOSTILE_CONFIGS[kind]
    config = Path(env["HOME"]) / ".config" / "jrnl" / "jrnl.yaml"
    config.parent.mkdir(parents=True)
    config.write_bytes(text.replace("JOURNAL", str(work)).encode("utf-8", "surrogateescape"))
    options, told = options_for(work, environ=env)
    assert options == JrnlOptions()
    (line,) = told
    assert line.startswith(f"jrnl's settings in {config} were not used: ")
    assert said in line and "\n" not in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX")
@pytest.mark.parametrize("kind", ["fifo", "folder", "huge", "unreadable"])
def test_a_configuration_file_that_is_not_a_small_readable_file_is_ignored(
    env: dict[str, str], tmp_path: Path, kind: str
) -> None:
    config = Path(env["HOME"]) / ".config" / "jrnl" / "jrnl.yaml"
    config.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(config)  # never opened for reading in a way that waits
    elif kind == "folder":
        config.mkdir()
    elif kind == "huge":
        config.write_bytes(b"#" * (2 * 1024 * 1024))
    else:
        config.write_text("journals: {}\n", encoding="utf-8")
        config.chmod(0)
        if os.access(config, os.R_OK):
            pytest.skip("running as a user who reads any file")
    options, told = options_for(journal(tmp_path), environ=env)
    assert options == JrnlOptions()
    assert len(told) == 1 and "were not used" in told[0]


@pytest.mark.parametrize(
    ("time_format", "problem"),
    [
        ("%d.%m.%Y %H:%M", None),
        ("%F %r", None),
        ("%d/%m/%y", None),
        ("%b %d, %Y %I:%M %p", None),
        ("%Y-%m %H:%M", r"has no day \(%d\)"),
        ("%d.%m %H:%M", r"has no year \(%Y\)"),
        ("%Y %d %H:%M", r"has no month"),
        ("%Q", r"can't read dates in the time format %Q \('Q' is a bad directive"),
        ("hello", r"has no year"),
        ("%d %d %m %Y", r"can't read dates"),
        ("", r"is empty"),
        ("[%Y-%m-%d]", r"holds a \] or a line break"),
        ("%Y" * 60, r"longer than 100"),
    ],
)
def test_time_formats_that_cant_date_an_entry(time_format: str, problem: str | None) -> None:
    said = time_format_problem(time_format)
    if problem is None:
        assert said is None
    else:
        assert said is not None and re.search(problem, said), said


@pytest.mark.parametrize(
    ("symbols", "problem"),
    [("@", None), ("#@+", None), ("]^-\\", None), ("", "empty"), ("  ", "empty"), ("a", "letters"),
     ("@1", "letters"), ("_", "letters"), ("@ ", "spaces"), ("!\"$%&'()*+,./:;<=>?[", "at most 16")],
)
def test_tag_symbols_that_cant_start_a_tag(symbols: str, problem: str | None) -> None:
    said = tag_symbols_problem(symbols)
    assert (said is None) if problem is None else (said is not None and problem in said)


def test_shorthands_are_spelt_out_and_symbols_kept_once() -> None:
    assert spelt_out("%F %r") == "%Y-%m-%d %I:%M:%S %p"
    assert spelt_out("%%F %T") == "%%F %H:%M:%S"
    assert jrnl_options(None, "@@#").tag_symbols == "@#"
