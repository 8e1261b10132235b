"""Which language is spoken: the choice, else the computer's first language we have, else English."""

from __future__ import annotations

import pytest

from app import i18n


@pytest.mark.parametrize(("preference", "system", "expected"), [
    ("de", ["en-GB"], "de"),
    ("en", ["de-DE"], "en"),
    ("system", ["de-DE", "en-US"], "de"),
    ("system", ["fr-FR", "de_AT.UTF-8"], "de"),
    ("system", ["fr-FR", "C"], "en"),
    ("system", [], "en"),
    ("xx", ["DE"], "de"),
])
def test_resolve(preference: str, system: list[str], expected: str) -> None:
    assert i18n.resolve(preference, system) == expected


def test_environment_languages_follow_posix_order() -> None:
    both = {"LANGUAGE": "de:en", "LANG": "fr_FR.UTF-8"}
    assert i18n.environment_languages(both) == ["de", "en", "fr_FR.UTF-8"]
    assert i18n.environment_languages({"LC_ALL": "de_DE.UTF-8", "LANG": "en_US"}) == ["de_DE.UTF-8"]
    assert i18n.environment_languages({}) == []


def test_use_keeps_to_languages_we_have() -> None:
    before = i18n.current()
    try:
        i18n.use("de")
        assert i18n.current() == "de"
        i18n.use("klingon")
        assert i18n.current() == "en"
    finally:
        i18n.use(before)
