"""The prompt catalogue: what ships, how the evening prompt rotates, and how bad files are refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.catalogue import load_catalogue
from app.domain.prompts import Catalogue, CatalogueError, Prompt, StageGuide, parse_catalogue, parse_stage
from app.domain.stages import Stage

# -- the shipped catalogue ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_every_stage_has_a_guide(catalogue: Catalogue) -> None:
    assert set(catalogue.guides) == set(Stage)
    for stage in Stage:
        assert catalogue.guide(stage).stage is stage


@pytest.mark.parametrize("stage", list(Stage))
def test_each_stage_guide_is_complete(catalogue: Catalogue, stage: Stage) -> None:
    guide = catalogue.guide(stage)
    assert guide.introduction.strip()
    assert "\n" not in guide.introduction  # reflowed into one paragraph
    assert guide.summary.strip()
    assert len(guide.prompts) >= 6
    keys = [prompt.key for prompt in guide.prompts]
    assert len(set(keys)) == len(keys)
    for prompt in guide.prompts:
        assert prompt.key.strip()
        assert prompt.text.strip()
        assert prompt.text == prompt.text.strip()


def test_the_evening_pool_is_big_and_unique(catalogue: Catalogue) -> None:
    assert len(catalogue.evening) >= 20
    keys = [prompt.key for prompt in catalogue.evening]
    assert len(set(keys)) == len(keys)
    texts = [prompt.text for prompt in catalogue.evening]
    assert all(text.strip() for text in texts)
    assert len(set(texts)) == len(texts)


def test_evening_prompt_lookup(catalogue: Catalogue) -> None:
    first = catalogue.evening[0]
    assert catalogue.evening_prompt(first.key) == first
    assert catalogue.evening_prompt("no-such-prompt") is None


def test_prompt_of_the_day_never_repeats_within_a_week(catalogue: Catalogue) -> None:
    start = date(2026, 1, 1)
    days = [start + timedelta(days=n) for n in range(2 * 366)]
    keys = [catalogue.prompt_of_the_day(day).key for day in days]
    for index in range(len(keys) - 6):
        window = keys[index : index + 7]
        assert len(set(window)) == 7, f"repeat in the week starting {days[index]}"


def test_prompt_of_the_day_is_stable_for_a_day(catalogue: Catalogue) -> None:
    day = date(2026, 11, 26)
    assert catalogue.prompt_of_the_day(day) == catalogue.prompt_of_the_day(day)
    assert catalogue.prompt_of_the_day(day) in catalogue.evening


def test_an_offset_gives_a_different_prompt(catalogue: Catalogue) -> None:
    start = date(2026, 1, 1)
    for n in range(400):
        day = start + timedelta(days=n)
        today = catalogue.prompt_of_the_day(day)
        other = catalogue.prompt_of_the_day(day, offset=1)
        assert other != today
        assert other in catalogue.evening
    # Asking again and again walks through every prompt that is more than six days away on
    # either side before coming back, and never offers one from the surrounding fortnight.
    day = date(2026, 6, 1)
    near = {catalogue.prompt_of_the_day(day + timedelta(days=d)).key for d in range(-6, 7)}
    spare = len(catalogue.evening) - len(near)
    asked = [catalogue.prompt_of_the_day(day, offset=k).key for k in range(1, 2 * spare + 1)]
    assert not set(asked) & near
    assert len(set(asked[:spare])) == spare
    assert asked[spare:] == asked[:spare]


def test_index_of(catalogue: Catalogue) -> None:
    guide = catalogue.guide(Stage.FEELINGS)
    for index, prompt in enumerate(guide.prompts):
        assert guide.index_of(prompt.key) == index
    assert guide.index_of("no-such-key") == 0
    assert guide.index_of(None) == 0
    assert guide.index_of("") == 0


def test_index_of_on_a_hand_made_guide() -> None:
    guide = StageGuide(
        stage=Stage.OWNERSHIP,
        summary="s",
        introduction="i",
        prompts=(Prompt("a", "A?"), Prompt("b", "B?"), Prompt("c", "C?")),
    )
    assert guide.index_of("c") == 2
    assert guide.index_of("z") == 0


# -- parsing --------------------------------------------------------------------------------------


def prompt_block(key: str, text: str | None = "A question?", hint: str | None = None) -> str:
    lines = ["[[prompts]]", f'key = "{key}"']
    if text is not None:
        lines.append(f'text = "{text}"')
    if hint is not None:
        lines.append(f'hint = "{hint}"')
    return "\n".join(lines) + "\n"


def stage_toml(stage: Stage, keys: tuple[str, ...] = ("one", "two"), declared: str | None = None) -> str:
    head = (
        f'key = "{declared if declared is not None else stage.value}"\n'
        'summary = "  A summary.  "\n'
        'introduction = """\nFirst line\n   second   line.\n"""\n\n'
    )
    return head + "\n".join(prompt_block(key) for key in keys)


def evening_toml(count: int = 7) -> str:
    return "\n".join(prompt_block(f"evening-{n}", f"Evening question {n}?") for n in range(count))


def stage_texts() -> dict[Stage, str]:
    return {stage: stage_toml(stage) for stage in Stage}


def test_a_minimal_catalogue_parses() -> None:
    parsed = parse_catalogue(stage_texts(), evening_toml())
    guide = parsed.guide(Stage.CHECKINS)
    assert guide.summary == "A summary."
    assert guide.introduction == "First line second line."
    assert [p.key for p in guide.prompts] == ["one", "two"]
    assert len(parsed.evening) == 7


def test_prompt_text_and_hint_are_stripped() -> None:
    text = 'key = "feelings"\n' + prompt_block("k", "  padded?  ", "  a hint  ")
    guide = parse_stage(text, Stage.FEELINGS)
    assert guide.prompts == (Prompt("k", "padded?", "a hint"),)
    assert guide.summary == ""
    assert guide.introduction == ""


def test_a_missing_hint_is_empty() -> None:
    guide = parse_stage(stage_toml(Stage.FEELINGS), Stage.FEELINGS)
    assert all(prompt.hint == "" for prompt in guide.prompts)


def test_a_file_declaring_the_wrong_stage_is_refused() -> None:
    with pytest.raises(CatalogueError, match="declares key"):
        parse_stage(stage_toml(Stage.OWNERSHIP, declared="feelings"), Stage.OWNERSHIP)
    texts = stage_texts()
    texts[Stage.EXPECTATIONS] = stage_toml(Stage.EXPECTATIONS, declared="")
    with pytest.raises(CatalogueError):
        parse_catalogue(texts, evening_toml())


def test_a_missing_stage_key_is_refused() -> None:
    with pytest.raises(CatalogueError):
        parse_stage(prompt_block("one"), Stage.OWNERSHIP)


def test_a_prompt_without_text_is_refused() -> None:
    text = 'key = "ownership"\n' + prompt_block("one") + prompt_block("two", text=None)
    with pytest.raises(CatalogueError, match="key and a text"):
        parse_stage(text, Stage.OWNERSHIP)


def test_a_prompt_with_empty_text_or_key_is_refused() -> None:
    with pytest.raises(CatalogueError):
        parse_stage('key = "ownership"\n' + prompt_block("one", text=""), Stage.OWNERSHIP)
    with pytest.raises(CatalogueError):
        parse_stage('key = "ownership"\n' + prompt_block(""), Stage.OWNERSHIP)


def test_a_stage_without_prompts_is_refused() -> None:
    with pytest.raises(CatalogueError, match="non-empty"):
        parse_stage('key = "ownership"\nsummary = "s"\n', Stage.OWNERSHIP)
    with pytest.raises(CatalogueError):
        parse_stage('key = "ownership"\nprompts = "not a list"\n', Stage.OWNERSHIP)


def test_duplicate_prompt_keys_are_refused() -> None:
    with pytest.raises(CatalogueError, match="unique"):
        parse_stage(stage_toml(Stage.FEELINGS, keys=("same", "other", "same")), Stage.FEELINGS)
    evening = evening_toml(7) + prompt_block("evening-3", "A different question?")
    with pytest.raises(CatalogueError, match="unique"):
        parse_catalogue(stage_texts(), evening)


def test_too_few_evening_prompts_are_refused() -> None:
    with pytest.raises(CatalogueError, match="at least 7"):
        parse_catalogue(stage_texts(), evening_toml(6))
    with pytest.raises(CatalogueError):
        parse_catalogue(stage_texts(), "")


def test_a_toml_syntax_error_is_a_catalogue_error() -> None:
    with pytest.raises(CatalogueError):
        parse_stage('key = "ownership"\n[[prompts]\nkey = ', Stage.OWNERSHIP)
    with pytest.raises(CatalogueError):
        parse_catalogue(stage_texts(), "[[prompts]]\nkey = = 'x'\n")


def test_catalogue_error_is_a_value_error() -> None:
    assert issubclass(CatalogueError, ValueError)
