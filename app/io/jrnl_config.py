"""jrnl's own settings for the journal being imported, read from the person's jrnl configuration.

Where jrnl keeps them (jrnl/path.py and jrnl/install.py): `$XDG_CONFIG_HOME/jrnl/jrnl.yaml`, with
`~/.config` when XDG_CONFIG_HOME is unset; `~/jrnl.yaml` when that jrnl folder is a file; and,
when neither exists, the legacy JSON file `~/.jrnl_config`. Only one of them is jrnl's. Its
`journals` maps a name to a journal's path, or to a table of that journal's own settings (with
its path under `journal`), which override the top-level ones (jrnl/config.py, `scope_config`).
A path may hold `~` and `$VARIABLES`; a relative one is taken from the current folder, as jrnl does.

Of all that, an import needs two values: `timeformat` and `tagsymbols`. A file that can't be
read, isn't YAML, is hostile or names values Trustbridge can't use is ignored with one sentence
saying so; nothing here ever raises, writes or reaches the network. YAML is read with
`yaml.safe_load` only: no tags that build objects.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.io.import_files import ReadLimits, read_file
from app.io.jrnl_options import JrnlOptions, jrnl_options, tag_symbols_problem, time_format_problem
from app.store.errors import InvalidImport

MAX_CONFIG_BYTES = 1024 * 1024  # a jrnl configuration is a few hundred bytes
CONFIG_NAME = "jrnl.yaml"
LEGACY_NAME = ".jrnl_config"
# What jrnl writes into a configuration that lacks them (jrnl/config.py, get_default_config).
JRNL_DEFAULT_TIME_FORMAT = "%F %r"
JRNL_DEFAULT_TAG_SYMBOLS = "#@"
_CONFIG_LIMITS = ReadLimits(max_file_bytes=MAX_CONFIG_BYTES)
_VARIABLE = re.compile(r"\$(?:(\w+)|\{([^}]*)\})")


@dataclass(frozen=True, slots=True)
class JrnlSettings:
    """What jrnl's configuration says about one journal."""

    config: Path  # the configuration file they were read from
    journal: str  # the journal's name there ("default", "work", …)
    time_format: str
    tag_symbols: str

    def told(self) -> str:
        """"Read jrnl's settings for this journal from ~/.config/jrnl/jrnl.yaml: time format …"."""
        options = JrnlOptions(self.time_format, self.tag_symbols)
        return f"Read jrnl's settings for this journal from {shown_path(self.config)}: {options.describe()}."


@dataclass(frozen=True, slots=True)
class Lookup:
    """The settings for the journal at a path (None: it is not a journal jrnl's settings name),
    and a sentence when jrnl's configuration was there but had to be ignored."""

    settings: JrnlSettings | None = None
    ignored: str | None = None


def config_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """jrnl's configuration file, as jrnl finds it, or None when there is none."""
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    config_home = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    folder = config_home / "jrnl"
    current = home / CONFIG_NAME if folder.is_file() else folder / CONFIG_NAME
    for candidate in (current, home / LEGACY_NAME):
        if candidate.exists() or candidate.is_symlink():
            return candidate
    return None


def lookup(journal: Path, environ: Mapping[str, str] | None = None) -> Lookup:
    """jrnl's settings for the journal at `journal`, if jrnl's configuration names it."""
    env = os.environ if environ is None else environ
    path = config_path(env)
    if path is None:
        return Lookup()
    try:
        document = _load(path)
        return Lookup(settings=_settings_for(journal, document, path, env))
    except (InvalidImport, OSError, ValueError, RecursionError, RuntimeError, TypeError) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        if len(reason) > 160:
            reason = reason[:157] + "…"
        return Lookup(ignored=f"jrnl's settings in {shown_path(path)} were not used: {reason}")


def options_for(
    journal: Path,
    time_format: str | None = None,
    tag_symbols: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> tuple[JrnlOptions, list[str]]:
    """How to read the jrnl journal at `journal`: the values given win, jrnl's settings fill the rest.

    Returns the options and what to tell the person about jrnl's settings (read, or ignored).
    Raises InvalidImport, with the reason, when a value given can't be used.
    """
    given = jrnl_options(time_format, tag_symbols)  # the person's own values are checked first
    if time_format is not None and tag_symbols is not None:
        return given, []
    found = lookup(journal, environ)
    if found.settings is None:
        return given, [found.ignored] if found.ignored else []
    settings = found.settings
    used = JrnlSettings(
        settings.config,
        settings.journal,
        settings.time_format if time_format is None else time_format,
        settings.tag_symbols if tag_symbols is None else tag_symbols,
    )
    return jrnl_options(used.time_format, used.tag_symbols), [used.told()]


def shown_path(path: Path) -> str:
    """The path with the home folder as ~, as a person would write it."""
    try:
        return f"~/{path.relative_to(Path.home()).as_posix()}"
    except ValueError:
        return str(path)


def _load(path: Path) -> Any:
    data = read_file(path, _CONFIG_LIMITS)  # a regular file only, never past the cap, never a pipe
    text = data.decode("utf-8-sig")
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text)  # the legacy configuration, and any JSON one
        except json.JSONDecodeError:
            pass  # YAML's flow style starts with { too
    import yaml  # type: ignore[import-untyped]  # only when there is a configuration to read

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"it is not YAML jrnl could read ({type(error).__name__})") from error


def _settings_for(journal: Path, document: Any, config: Path, env: Mapping[str, str]) -> JrnlSettings | None:
    if not isinstance(document, dict):
        raise ValueError("it holds no table of settings")
    journals = document.get("journals")
    if not isinstance(journals, dict):
        raise ValueError('it has no "journals" table')
    target = _resolved(str(journal), env)
    for name, entry in journals.items():
        scoped = dict(document)
        if isinstance(entry, dict):
            scoped.update(entry)  # the journal's own settings win, as in jrnl
            where = entry.get("journal")
        else:
            where = entry
        if not isinstance(where, str) or not where.strip() or _resolved(where, env) != target:
            continue
        time_format = scoped.get("timeformat", JRNL_DEFAULT_TIME_FORMAT)
        tag_symbols = scoped.get("tagsymbols", JRNL_DEFAULT_TAG_SYMBOLS)
        if not isinstance(time_format, str) or not isinstance(tag_symbols, str):
            raise ValueError(f'the journal "{name}" has a timeformat or tagsymbols that is not text')
        problem = time_format_problem(time_format) or tag_symbols_problem(tag_symbols)
        if problem:
            raise ValueError(problem.removesuffix("."))
        return JrnlSettings(config, str(name), time_format, tag_symbols)
    return None


def _resolved(where: str, env: Mapping[str, str]) -> Path:
    """A journal path as jrnl opens it: variables and ~ expanded, from the current folder, links followed."""
    expanded = _VARIABLE.sub(lambda match: env.get(match.group(1) or match.group(2), match.group(0)), where)
    if expanded == "~" or expanded.startswith("~/"):
        expanded = (env.get("HOME") or str(Path.home())) + expanded[1:]
    path = Path(expanded).absolute()
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a link loop
        return path
