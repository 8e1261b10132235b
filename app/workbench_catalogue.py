"""Loads the stage tools' data shipped in resources/ (kept apart from the pure parsers).

Each loader reads its file once per run; a malformed file raises CatalogueError, a packaging bug.
"""

from __future__ import annotations

from functools import cache

from app.domain.agenda import Question, parse_questions
from app.domain.emotions import EmotionCatalogue, parse_emotions
from app.domain.statement_checks import CheckLists, parse_check_lists
from app.resources import read_text


@cache
def load_emotions() -> EmotionCatalogue:
    return parse_emotions(read_text("emotions.toml"))


@cache
def load_check_lists() -> CheckLists:
    return parse_check_lists(read_text("statement_checks.toml"))


@cache
def load_questions() -> tuple[Question, ...]:
    return parse_questions(read_text("checkin_questions.toml"))
