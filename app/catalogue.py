"""Loads the prompt catalogue shipped in resources/prompts (kept apart from the pure parser)."""

from __future__ import annotations

from functools import cache

from app.domain.prompts import Catalogue, parse_catalogue
from app.domain.stages import Stage
from app.resources import read_text


@cache
def load_catalogue() -> Catalogue:
    stage_texts = {stage: read_text("prompts", f"{stage.value}.toml") for stage in Stage}
    return parse_catalogue(stage_texts, read_text("prompts", "evening.toml"))
