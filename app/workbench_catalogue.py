"""Loads the stage tools' data shipped in resources/ (kept apart from the pure parsers).

Each loader reads its file once per run and language: the language spoken (app.i18n) unless one
is asked for, from resources/<language>/ where the file is there, else the English one. A
malformed file raises CatalogueError, a packaging bug.
"""

from __future__ import annotations

from functools import cache

from app import i18n
from app.domain.agenda import Question, parse_questions
from app.domain.emotions import EmotionCatalogue, parse_emotions
from app.domain.statement_checks import CheckLists, parse_check_lists
from app.domain.statement_starters import Starter, parse_starters
from app.resources import read_localized


def load_emotions(language: str | None = None) -> EmotionCatalogue:
    """The emotions in `language`; a name saved under another language keeps its family."""
    return _load_emotions(language or i18n.current())


def load_check_lists(language: str | None = None) -> CheckLists:
    return _load_check_lists(language or i18n.current())


def load_questions(language: str | None = None) -> tuple[Question, ...]:
    return _load_questions(language or i18n.current())


def load_starters(language: str | None = None) -> tuple[Starter, ...]:
    return _load_starters(language or i18n.current())


@cache
def _parsed_emotions(language: str) -> EmotionCatalogue:
    return parse_emotions(read_localized(language, "emotions.toml"))


@cache
def _load_emotions(language: str) -> EmotionCatalogue:
    others = [_parsed_emotions(other) for other in i18n.LANGUAGE_NAMES if other != language]
    return _parsed_emotions(language).knowing(others)


@cache
def _load_check_lists(language: str) -> CheckLists:
    return parse_check_lists(read_localized(language, "statement_checks.toml"))


@cache
def _load_questions(language: str) -> tuple[Question, ...]:
    return parse_questions(read_localized(language, "checkin_questions.toml"))


@cache
def _load_starters(language: str) -> tuple[Starter, ...]:
    return parse_starters(read_localized(language, "statement_starters.toml"))
