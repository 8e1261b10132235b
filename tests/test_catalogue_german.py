"""The German content: every catalogue in resources/de matches the English one key for key, holds
no English left over, is what the loaders give while German is spoken, and the statement checks
find what German speakers actually say."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import i18n
from app.catalogue import load_catalogue
from app.domain.prompts import CatalogueError
from app.domain.stages import Stage
from app.domain.statement_checks import check_statement, parse_check_lists
from app.domain.statement_starters import BLANK
from app.resources import read_localized, read_text, resources_dir
from app.workbench_catalogue import load_check_lists, load_emotions, load_questions, load_starters

CONTENT = [
    "prompts/ownership.toml",
    "prompts/feelings.toml",
    "prompts/expectations.toml",
    "prompts/checkins.toml",
    "prompts/evening.toml",
    "emotions.toml",
    "checkin_questions.toml",
    "statement_checks.toml",
    "statement_starters.toml",
]
# Values that are the same word in both languages (names, and words German took from English).
SAME_IN_BOTH = {"Feedback"}
# Plain English words that never appear in a German sentence.
_ENGLISH = re.compile(r"\b(the|you|your|and|with|what|this|that|of|to|is|are|it)\b", re.IGNORECASE)


def _toml(*parts: str) -> dict[str, Any]:
    return tomllib.loads(read_text(*parts))


@pytest.fixture
def german() -> Iterator[None]:
    """German spoken for one test, and whatever was spoken before again after it."""
    before = i18n.current()
    i18n.use("de")
    try:
        yield
    finally:
        i18n.use(before)


# -- the files match the English ones ------------------------------------------------------------


def test_every_english_catalogue_has_a_german_one_and_no_more() -> None:
    folder = resources_dir() / "de"
    assert {path.relative_to(folder).as_posix() for path in folder.rglob("*.toml")} == set(CONTENT)


def _shape(value: Any, lists_by_length: bool = True) -> Any:
    """A value with its texts blanked: what must be the same in every language."""
    if isinstance(value, dict):
        return {key: _same_key(key, item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(item) for item in value] if lists_by_length else "list"
    if isinstance(value, str):
        return "text"
    return value


def _same_key(key: str, item: Any) -> Any:
    if key in ("key", "group"):
        return item  # stored and referred to by code: identical in every language
    if key == "phrases":
        return _shape(item, lists_by_length=False)  # German phrases are German's own, any number
    if key == "words_per_minute":
        return "pace"  # German words are longer: a slower count of words
    return _shape(item)


@pytest.mark.parametrize("name", CONTENT)
def test_a_german_file_has_the_english_keys_and_structure(name: str) -> None:
    parts = name.split("/")
    assert _shape(_toml("de", *parts)) == _shape(_toml(*parts))


def _texts(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in ("key", "group", "phrases"):
                yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value


@pytest.mark.parametrize("name", CONTENT)
def test_no_english_is_left_in_a_german_file(name: str) -> None:
    parts = name.split("/")
    english, german = dict(_texts(_toml(*parts))), dict(_texts(_toml("de", *parts)))
    assert german.keys() == english.keys()
    for path, text in german.items():
        assert text.strip(), path
        if text not in SAME_IN_BOTH:
            assert text != english[path], path
        assert not _ENGLISH.search(text), (path, text)


def test_the_german_catalogues_parse_with_the_english_ids(german: None) -> None:
    english, catalogue = load_catalogue("en"), load_catalogue()
    for stage in Stage:
        ours, theirs = catalogue.guide(stage), english.guide(stage)
        assert [p.key for p in ours.prompts] == [p.key for p in theirs.prompts]
        assert [bool(p.hint) for p in ours.prompts] == [bool(p.hint) for p in theirs.prompts]
        assert ours.summary and ours.introduction
    assert [p.key for p in catalogue.evening] == [p.key for p in english.evening]
    assert [(q.key, q.group) for q in load_questions()] == [(q.key, q.group) for q in load_questions("en")]
    assert [s.key for s in load_starters()] == [s.key for s in load_starters("en")]
    assert all(starter.first_blank() >= 0 and BLANK in starter.text for starter in load_starters())
    def sizes(language: str | None) -> list[tuple[str, int]]:
        return [(family.key, len(family.emotions)) for family in load_emotions(language).families]

    assert sizes(None) == sizes("en")


# -- the loaders follow the language spoken ------------------------------------------------------


def test_the_loaders_switch_with_the_language_and_back() -> None:
    before = i18n.current()
    try:
        i18n.use("de")
        feelings = load_catalogue().guide(Stage.FEELINGS)
        assert feelings.summary == _toml("de", "prompts", "feelings.toml")["summary"]
        assert load_catalogue() is load_catalogue("de")  # read once per language
        assert load_emotions().families[0].name == "Wut"
        assert load_check_lists().words_per_minute == 120
        assert load_questions()[0].text.startswith("Wenn Sie")
        assert load_starters()[0].title.startswith("Ich wusste nicht")
        i18n.use("en")
        assert load_catalogue().guide(Stage.FEELINGS).summary == _toml("prompts", "feelings.toml")["summary"]
        assert load_catalogue() is load_catalogue("en")
        assert load_catalogue("de") is not load_catalogue("en")
        assert load_emotions().families[0].name == "Anger"
        assert load_check_lists().words_per_minute == 140
        assert load_starters()[0].title == "I didn't know what was expected"
    finally:
        i18n.use(before)


def test_a_missing_german_file_falls_back_to_the_english_one_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "prompts").mkdir()
    (tmp_path / "de" / "prompts").mkdir(parents=True)
    (tmp_path / "prompts" / "feelings.toml").write_text("english feelings", encoding="utf-8")
    (tmp_path / "prompts" / "evening.toml").write_text("english evening", encoding="utf-8")
    (tmp_path / "de" / "prompts" / "feelings.toml").write_text("deutsche Gefühle", encoding="utf-8")
    monkeypatch.setattr("app.resources.resources_dir", lambda: tmp_path)
    assert read_localized("de", "prompts", "feelings.toml") == "deutsche Gefühle"
    assert read_localized("de", "prompts", "evening.toml") == "english evening"
    assert read_localized("en", "prompts", "feelings.toml") == "english feelings"


def test_an_emotion_saved_in_the_other_language_keeps_its_family() -> None:
    german, english = load_emotions("de"), load_emotions("en")
    frustrated = german.family_of("Frustrated")
    assert frustrated is not None and frustrated.key == "anger"
    assert frustrated.name == "Wut"  # the family as German names it
    angry = english.family_of("wütend")
    assert angry is not None and angry.key == "anger"
    assert "Frustrated" not in german.all_names()  # recognised, never offered
    assert "Wütend" not in english.all_names()
    assert german.family_of("Fassungslos") is None


# -- the German statement checks -----------------------------------------------------------------


@pytest.fixture(scope="module")
def lists() -> Any:
    return load_check_lists("de")


@pytest.mark.parametrize(("kind", "text", "phrase"), [
    ("blame", "Ja, aber die Vorgaben waren unklar.", "aber"),
    ("blame", "Das lag nicht an mir.", "nicht an mir"),
    ("blame", "Mir hat das vorher keiner gesagt.", "Mir hat das vorher keiner"),
    ("blame", "Niemand hat mir erklärt, wie das geht.", "Niemand hat mir"),
    ("blame", "Sie haben mir nie Bescheid gegeben.", "haben mir nie"),
    ("blame", "Das hat mir nie jemand gezeigt.", "hat mir nie"),
    ("blame", "Ich hatte keine andere Wahl.", "keine andere Wahl"),
    ("blame", "Die Kollegen sind schuld, dass es zu spät war.", "sind schuld"),
    ("blame", "Das finde ich unfair.", "unfair"),
    ("blame", "Das ist eine unfaire Bewertung.", "unfaire"),
    ("hedge", "Ich versuche, pünktlicher zu sein.", "versuche"),
    ("hedge", "Ich werde mich bemühen.", "bemühen"),
    ("hedge", "Das war eigentlich klar.", "eigentlich"),
    ("hedge", "Irgendwie ist das untergegangen.", "Irgendwie"),
    ("hedge", "Ich schicke den Bericht evtl. morgen.", "evtl."),
    ("hedge", "Ich glaube, ich habe das unterschätzt.", "Ich glaube"),
    ("hedge", "Das ist ein Stück weit meine Verantwortung.", "ein Stück weit"),
    ("hedge", "Das liegt gewissermaßen bei mir.", "gewissermaßen"),
    ("hedge", "Das liegt gewissermassen bei mir.", "gewissermassen"),  # Swiss: no ß
    ("hedge", "Das liegt GEWISSERMASSEN bei mir.", "GEWISSERMASSEN"),
    ("absolute", "Das passiert immer wieder.", "immer"),
    ("absolute", "Niemandem ist das aufgefallen.", "Niemandem"),
    ("absolute", "Das war eine unmögliche Aufgabe.", "unmögliche"),
    ("absolute", "Die ständigen Änderungen haben mich gebremst.", "ständigen"),
    ("absolute", "Jedes Mal kam etwas dazwischen.", "Jedes Mal"),
    ("absolute", "Ich habe ÜBERHAUPT NICHT verstanden, was gemeint war.", "ÜBERHAUPT NICHT"),
    ("absolute", "Das ist völlig falsch gelaufen.", "völlig"),
])
def test_a_german_phrase_is_found(lists: Any, kind: str, text: str, phrase: str) -> None:
    assert phrase in [hint.phrase for hint in check_statement(text, lists) if hint.kind == kind]


@pytest.mark.parametrize(("kind", "text"), [
    ("blame", "Ich habe die Berichte zu spät geschickt, und das liegt bei mir."),
    ("blame", "Wir hätten die Zahlen früher prüfen sollen."),
    ("blame", "Ich bin schuld daran, dass es liegen blieb."),
    ("blame", "Mir hat das Gespräch geholfen. Keiner der Termine ist ausgefallen."),  # not across "."
    ("blame", "Das Aberglaube-Thema kam nicht auf."),
    ("hedge", "Ich schicke Ihnen jeden Freitag bis zwölf Uhr einen Stand."),
    ("hedge", "Die Versuchung war groß, alles selbst zu machen."),
    ("hedge", "Mein Wohlbefinden hat gelitten."),
    ("absolute", "Im Zimmer nebenan wurde gebaut."),
    ("absolute", "Immerhin habe ich den zweiten Termin gehalten."),
    ("absolute", "Der Bericht lag im Niemandsland zwischen zwei Teams."),
    ("absolute", "Die Totalansicht und ein totalitärer Ton halfen nicht."),
    ("absolute", "Die Nierenwerte waren ein Nebenthema."),
    ("absolute", "Ich melde mich jeden Montag mit dem Stand der Dinge."),
])
def test_what_is_not_a_german_phrase_stays_quiet(lists: Any, kind: str, text: str) -> None:
    assert [hint.phrase for hint in check_statement(text, lists) if hint.kind == kind] == []


def test_an_owning_german_statement_gets_no_wording_hint(lists: Any) -> None:
    statement = (
        "Ich habe verstanden, dass meine Berichte im Mai dreimal zu spät kamen und das Team "
        "dadurch warten musste. Dieser Teil liegt bei mir: Ich habe die Verzögerungen nicht früh "
        "genug angesprochen. Ab dieser Woche schicke ich Ihnen jeden Freitag bis zwölf Uhr einen "
        "kurzen Stand, mit dem, was fertig ist, was fehlt und wo ich Hilfe brauche. Wenn sich "
        "Prioritäten widersprechen, frage ich Sie am selben Tag, was zuerst kommt. Helfen würde "
        "mir eine feste Reihenfolge für die Anfragen aus den anderen Abteilungen, damit ich "
        "planen kann. Ich möchte, dass Sie sich darauf verlassen können, und ich melde mich "
        "in zwei Wochen mit einem ersten Ergebnis bei Ihnen."
    )
    hints = check_statement(statement, lists)
    assert [hint.kind for hint in hints] == []  # about 95 words: within the spoken length at 120 a minute


def test_a_german_length_hint_reads_in_german(lists: Any) -> None:
    hints = check_statement("Ich übernehme meinen Teil.", lists)
    assert [hint.kind for hint in hints] == ["length"]
    assert hints[0].message.startswith("Laut gelesen dauert das etwa 2 Sekunden.")


@pytest.mark.parametrize("phrase", ["… hat mir", "hat mir …", "hat … … mir"])
def test_a_gap_must_stand_between_two_words(phrase: str) -> None:
    text = read_text("de", "statement_checks.toml").replace('"aber",', f'"aber",\n    "{phrase}",')
    with pytest.raises(CatalogueError, match="between two words"):
        parse_check_lists(text)


# -- the Expectations introduction after a decision ----------------------------------------------


def test_the_german_expectations_intro_drops_its_if_after_a_decision_to_stay() -> None:
    from app.domain.stage_intros import expectations_intro
    from app.domain.workbench import Decision

    base = load_catalogue("de").guide(Stage.EXPECTATIONS).introduction
    assert base.startswith("Wenn du dich entschieden hast zu bleiben: ")
    stayed = expectations_intro(Decision.STAY, base)
    assert "Wenn du dich entschieden hast" not in stayed
    assert stayed.endswith(base.removeprefix("Wenn du dich entschieden hast zu bleiben: "))
    assert "Als Nächstes geht es darum" in stayed  # capitalised after the opening went
    assert expectations_intro(None, base) == base


def test_the_german_starters_pass_the_german_checks_quietly(lists: Any) -> None:
    """Our own starting sentences must not trip the hints the person then sees."""
    for starter in load_starters("de"):
        hints = check_statement(starter.text, lists)
        assert [hint.phrase for hint in hints if hint.kind != "length"] == [], starter.key
