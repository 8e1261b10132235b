"""Loads the prompt catalogue shipped in resources/prompts (kept apart from the pure parser).

The catalogue is read in the language spoken (app.i18n): resources/<language>/prompts/ where a
file is there, else the English one in resources/prompts/, file by file. Prompt keys are the same
in every language, so what the journal stores by key reads the same whichever is spoken.
"""

from __future__ import annotations

from functools import cache

from app import i18n
from app.domain.prompts import Catalogue, parse_catalogue
from app.domain.stages import Stage
from app.resources import read_localized


def load_catalogue(language: str | None = None) -> Catalogue:
    """The catalogue in `language` (default: the one spoken now), read once per language."""
    return _load_catalogue(language or i18n.current())


@cache
def _load_catalogue(language: str) -> Catalogue:
    stage_texts = {stage: read_localized(language, "prompts", f"{stage.value}.toml") for stage in Stage}
    return parse_catalogue(stage_texts, read_localized(language, "prompts", "evening.toml"))
