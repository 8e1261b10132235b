"""The emotions list: what ships, how it is grouped, how bad files are refused, and the strongest."""

from __future__ import annotations

import pytest

from app.domain.emotions import EmotionCatalogue, EmotionFamily, parse_emotions, strongest
from app.domain.prompts import CatalogueError
from app.domain.workbench import EmotionRating
from app.workbench_catalogue import load_emotions


@pytest.fixture(scope="module")
def catalogue() -> EmotionCatalogue:
    return load_emotions()


def test_the_shipped_list_is_big_grouped_and_unique(catalogue: EmotionCatalogue) -> None:
    names = catalogue.all_names()
    assert len(names) >= 28
    assert len({name.casefold() for name in names}) == len(names)
    keys = {family.key for family in catalogue.families}
    assert {"anger", "fear", "sadness", "shame", "hope", "relief", "overwhelm", "determination"} <= keys
    for family in catalogue.families:
        assert family.name.strip()
        assert len(family.emotions) >= 3
        assert all(name == name.strip() and name for name in family.emotions)


def test_the_loader_is_cached(catalogue: EmotionCatalogue) -> None:
    assert load_emotions() is catalogue


def test_family_of_finds_names_ignoring_case(catalogue: EmotionCatalogue) -> None:
    anger = catalogue.family_of("Frustrated")
    assert anger is not None
    assert anger.key == "anger"
    assert catalogue.family_of("  frustrated ") == anger
    hope = catalogue.family_of("HOPEFUL")
    assert hope is not None
    assert hope.key == "hope"
    assert catalogue.family_of("Flabbergasted") is None
    assert catalogue.family_of("") is None


def test_all_names_follow_the_file_order() -> None:
    text = """
[[families]]
key = "b"
name = "Bee"
emotions = ["Zeta", "Alpha"]

[[families]]
key = "a"
name = "Ay"
emotions = ["Émue", "Ça va"]
"""
    catalogue = parse_emotions(text)
    assert catalogue.all_names() == ("Zeta", "Alpha", "Émue", "Ça va")
    assert catalogue.families[1] == EmotionFamily("a", "Ay", ("Émue", "Ça va"))
    assert catalogue.family_of("émue") == catalogue.families[1]


def test_names_and_keys_are_trimmed() -> None:
    catalogue = parse_emotions('[[families]]\nkey = " k "\nname = " Name "\nemotions = [" Calm "]\n')
    assert catalogue.families == (EmotionFamily("k", "Name", ("Calm",)),)


@pytest.mark.parametrize(
    "text",
    [
        "this is not toml [",
        "",
        "families = []",
        "families = 3",
        "families = [1]",
        '[[families]]\nname = "No key"\nemotions = ["Calm"]',
        '[[families]]\nkey = "k"\nemotions = ["Calm"]',
        '[[families]]\nkey = "k"\nname = "N"',
        '[[families]]\nkey = "k"\nname = "N"\nemotions = []',
        '[[families]]\nkey = "k"\nname = "N"\nemotions = ["Calm", " "]',
        '[[families]]\nkey = "k"\nname = "N"\nemotions = ["Calm", 3]',
        # the same name twice, even in different families and case
        '[[families]]\nkey = "a"\nname = "A"\nemotions = ["Calm"]\n'
        '[[families]]\nkey = "b"\nname = "B"\nemotions = ["calm"]',
        # the same family key twice
        '[[families]]\nkey = "a"\nname = "A"\nemotions = ["Calm"]\n'
        '[[families]]\nkey = "a"\nname = "B"\nemotions = ["Sad"]',
    ],
)
def test_bad_files_are_refused(text: str) -> None:
    with pytest.raises(CatalogueError):
        parse_emotions(text)


def test_strongest_picks_by_intensity_keeping_ties_in_order() -> None:
    ratings = [
        EmotionRating("Worried", 3),
        EmotionRating("Hopeful", 5),
        EmotionRating("Tired", 3),
        EmotionRating("Angry", 1),
        EmotionRating("Proud", 5),
    ]
    assert strongest(ratings) == [ratings[1], ratings[4], ratings[0]]
    assert strongest(ratings, n=4) == [ratings[1], ratings[4], ratings[0], ratings[2]]
    assert strongest(ratings, n=10) == [ratings[1], ratings[4], ratings[0], ratings[2], ratings[3]]
    assert strongest(ratings, n=1) == [ratings[1]]


def test_strongest_of_nothing_or_none_asked() -> None:
    assert strongest([]) == []
    assert strongest([EmotionRating("Calm", 2)], n=0) == []
    assert strongest([EmotionRating("Calm", 2)], n=-1) == []


def test_strongest_takes_any_sequence_and_leaves_it_alone() -> None:
    ratings = (EmotionRating("Calm", 2), EmotionRating("Sad", 4))
    assert strongest(ratings) == [ratings[1], ratings[0]]
    assert ratings == (EmotionRating("Calm", 2), EmotionRating("Sad", 4))
