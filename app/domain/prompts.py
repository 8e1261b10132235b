"""The prompt catalogue: stage introductions, guided prompts and the evening pool.

Loaded from TOML text so that writers can change the words without touching code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.stages import Stage


class CatalogueError(ValueError):
    """A prompt file is malformed; a packaging bug, never the user's doing."""


@dataclass(frozen=True, slots=True)
class Prompt:
    key: str
    text: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class StageGuide:
    stage: Stage
    summary: str
    introduction: str
    prompts: tuple[Prompt, ...]

    def index_of(self, key: str | None) -> int:
        """Position of a prompt by key; unknown or missing keys start at the beginning."""
        for index, prompt in enumerate(self.prompts):
            if prompt.key == key:
                return index
        return 0


@dataclass(frozen=True, slots=True)
class Catalogue:
    guides: Mapping[Stage, StageGuide]
    evening: tuple[Prompt, ...]

    def guide(self, stage: Stage) -> StageGuide:
        return self.guides[stage]

    def evening_prompt(self, key: str) -> Prompt | None:
        return next((p for p in self.evening if p.key == key), None)

    def prompt_of_the_day(self, day: date, offset: int = 0) -> Prompt:
        """Rotate through the pool by day number, so no prompt comes back within a week.

        `offset` lets the person ask for another prompt on the same evening. The alternatives
        are taken from at least a week away on either side, so they are not the prompts of the
        days around this one either (where the pool is big enough for that).
        """
        pool = self.evening
        today = day.toordinal()
        if offset == 0:
            return pool[today % len(pool)]
        spare = len(pool) - 13  # prompts more than six days away from today, both ways
        if spare <= 0:
            return pool[(today + offset) % len(pool)]
        return pool[(today + 7 + (offset - 1) % spare) % len(pool)]


def _load(text: str, where: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{where}: {error}") from error


def _prompts(raw: object, where: str) -> tuple[Prompt, ...]:
    if not isinstance(raw, list) or not raw:
        raise CatalogueError(f"{where}: expected a non-empty [[prompts]] list")
    prompts: list[Prompt] = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("key") or not item.get("text"):
            raise CatalogueError(f"{where}: every prompt needs a key and a text")
        prompts.append(Prompt(str(item["key"]), str(item["text"]).strip(), str(item.get("hint", "")).strip()))
    keys = [p.key for p in prompts]
    if len(set(keys)) != len(keys):
        raise CatalogueError(f"{where}: prompt keys must be unique")
    return tuple(prompts)


def parse_stage(text: str, stage: Stage) -> StageGuide:
    data = _load(text, f"{stage.value}.toml")
    if data.get("key") != stage.value:
        raise CatalogueError(f"{stage.value}.toml declares key {data.get('key')!r}")
    return StageGuide(
        stage=stage,
        summary=str(data.get("summary", "")).strip(),
        introduction=" ".join(str(data.get("introduction", "")).split()),
        prompts=_prompts(data.get("prompts"), f"{stage.value}.toml"),
    )


def parse_catalogue(stage_texts: Mapping[Stage, str], evening_text: str) -> Catalogue:
    guides = {stage: parse_stage(stage_texts[stage], stage) for stage in Stage}
    evening: Sequence[Prompt] = _prompts(_load(evening_text, "evening.toml").get("prompts"), "evening.toml")
    if len(evening) < 7:
        raise CatalogueError("evening.toml needs at least 7 prompts so a week never repeats")
    return Catalogue(guides=guides, evening=tuple(evening))
