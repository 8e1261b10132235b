"""The ownership statement: a first draft from its four parts, and gentle checks on the wording.

The checks are hints, not grades: they point at phrases that often make a statement harder to
hear (shifting blame, hedging, absolutes) and at a length that is hard to say in about a minute.
The person may ignore every one of them. The phrase lists are data (resources/statement_checks.toml).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from app.domain.prompts import CatalogueError
from app.domain.text import speaking_seconds, word_count
from app.domain.workbench import StatementParts

_WHERE = "statement_checks.toml"
KINDS = ("blame", "hedge", "absolute", "length")

# Used only when a CheckLists is built in code without messages; the shipped file has its own.
_FALLBACK_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "blame": "This phrase can sound like the weight is being shifted elsewhere.",
        "hedge": "This phrase can make a commitment sound unsure.",
        "absolute": "A word like this leaves little room; a specific example may be easier to hear.",
        "too_short": "Read aloud, this takes about {seconds} seconds; a little more could help it land.",
        "too_long": "Read aloud, this takes about {seconds} seconds; a shorter version is easier to say.",
    }
)
_MESSAGE_KEYS = tuple(_FALLBACK_MESSAGES)


@dataclass(frozen=True, slots=True)
class CheckLists:
    """The phrases to look for, the speaking pace and the comfortable length of a statement."""

    blame: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    absolutes: tuple[str, ...] = ()
    words_per_minute: int = 140
    min_seconds: int = 45
    max_seconds: int = 75
    messages: Mapping[str, str] = field(default_factory=lambda: _FALLBACK_MESSAGES)

    def message(self, key: str) -> str:
        """The hint text for a kind ("blame", "hedge", "absolute", "too_short", "too_long")."""
        return self.messages.get(key) or _FALLBACK_MESSAGES[key]


@dataclass(frozen=True, slots=True)
class Hint:
    kind: str  # "blame" | "hedge" | "absolute" | "length"
    message: str
    start: int  # character offsets into the checked text; a length hint covers nothing (0, 0)
    end: int
    phrase: str  # the text as written (its own case and spacing); "" for a length hint


# -- composing -----------------------------------------------------------------------------------

_LEAD_INS = (
    "",  # what is true opens the statement in the person's own words
    "I own my part in this.",
    "From here on, this is what I commit to:",
    "To do that well, I would value your help:",
)
_APOSTROPHE = re.compile(r"['’]")
_SENTENCE_END = re.compile(r"[.!?…:;)\]\"'”’]$")


def compose_statement(parts: StatementParts) -> str:
    """A first draft joining the parts into short first-person paragraphs, empty parts skipped.

    Each part's words are kept exactly as written (only the outer whitespace is trimmed, and a full
    stop added where a part ends without punctuation); the person edits the draft freely after.
    """
    texts = (parts.what_is_true, parts.what_i_own, parts.what_i_commit_to, parts.what_i_need)
    paragraphs: list[str] = []
    for lead_in, raw in zip(_LEAD_INS, texts, strict=True):
        text = raw.strip()
        if not text:
            continue
        if not _SENTENCE_END.search(text):
            text += "."
        paragraphs.append(f"{lead_in} {text}" if lead_in else text)
    return "\n\n".join(paragraphs)


# -- parsing the lists ---------------------------------------------------------------------------


def _phrases(data: dict[str, object], section: str) -> tuple[tuple[str, ...], str]:
    table = data.get(section)
    if not isinstance(table, dict):
        raise CatalogueError(f"{_WHERE}: missing the [{section}] table")
    phrases, message = table.get("phrases"), table.get("message")
    if not isinstance(phrases, list) or not phrases:
        raise CatalogueError(f"{_WHERE}: [{section}] needs a non-empty list of phrases")
    if not all(isinstance(p, str) and p.strip() for p in phrases):
        raise CatalogueError(f"{_WHERE}: [{section}] has an empty or non-text phrase")
    if not isinstance(message, str) or not message.strip():
        raise CatalogueError(f"{_WHERE}: [{section}] needs a message")
    cleaned = tuple(" ".join(p.split()) for p in phrases)
    for phrase in cleaned:
        words = phrase.split()
        if GAP in (words[0], words[-1]) or f"{GAP} {GAP}" in phrase:
            raise CatalogueError(f"{_WHERE}: [{section}] {phrase!r}: a {GAP} goes between two words")
    if len({p.casefold() for p in cleaned}) != len(cleaned):
        raise CatalogueError(f"{_WHERE}: [{section}] lists a phrase twice")
    return cleaned, " ".join(message.split())


def _positive_int(table: dict[str, object], key: str) -> int:
    value = table.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise CatalogueError(f"{_WHERE}: [pace] {key} must be a positive whole number")
    return value


def parse_check_lists(text: str) -> CheckLists:
    """Read the check lists; a malformed file is a packaging bug, reported as CatalogueError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{_WHERE}: {error}") from error
    blame, blame_message = _phrases(data, "blame")
    hedges, hedge_message = _phrases(data, "hedge")
    absolutes, absolute_message = _phrases(data, "absolute")
    pace, length = data.get("pace"), data.get("length")
    if not isinstance(pace, dict) or not isinstance(length, dict):
        raise CatalogueError(f"{_WHERE}: needs the [pace] and [length] tables")
    words_per_minute = _positive_int(pace, "words_per_minute")
    min_seconds, max_seconds = _positive_int(pace, "min_seconds"), _positive_int(pace, "max_seconds")
    if min_seconds >= max_seconds:
        raise CatalogueError(f"{_WHERE}: [pace] min_seconds must be below max_seconds")
    messages = {"blame": blame_message, "hedge": hedge_message, "absolute": absolute_message}
    for key in ("too_short", "too_long"):
        message = length.get(key)
        if not isinstance(message, str) or not message.strip():
            raise CatalogueError(f"{_WHERE}: [length] needs a {key} message")
        try:
            message.format(seconds=0, min_seconds=0, max_seconds=0)
        except (KeyError, IndexError, ValueError) as error:
            raise CatalogueError(f"{_WHERE}: [length] {key} has a bad placeholder: {error}") from error
        messages[key] = " ".join(message.split())
    return CheckLists(
        blame=blame,
        hedges=hedges,
        absolutes=absolutes,
        words_per_minute=words_per_minute,
        min_seconds=min_seconds,
        max_seconds=max_seconds,
        messages=MappingProxyType(messages),
    )


# -- checking ------------------------------------------------------------------------------------



# A phrase's word ending in "*" also matches its inflected forms: the endings German adjectives
# and pronouns take ("niemand*": niemand, niemandem, niemanden; "unmöglich*": unmögliche ...).
# Only these endings, so "total*" never reaches "totalitär", nor "nie*" "Niere".
INFLECTED = "*"
_ENDINGS = "(?:e|em|en|er|es)?"
# A "…" between two words of a phrase stands for up to two other words, for languages whose word
# order puts words between the ones that belong together ("mir hat … keiner" finds "mir hat
# keiner" and "mir hat das keiner"). Only words: never across punctuation, so never across a
# sentence's end.
GAP = "…"
_GAP_WORDS = r"(?:\s+[\w'’-]+){0,2}"


def _word_pattern(word: str) -> str:
    stem, inflected = (word[:-1], True) if word.endswith(INFLECTED) and len(word) > 1 else (word, False)
    body = _APOSTROPHE.sub("['’]", re.escape(stem)).replace("ß", "(?:ß|ss)")  # Swiss German: ss
    return body + _ENDINGS if inflected else body


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Whole words, any case, any spacing between words; a straight apostrophe matches a curly one.

    A word is not matched inside a longer one ("but" in "button", "immer" in "Zimmer", "Schuld"
    in "Schuldgefühl") nor before a contraction's tail ("don" in "don't"), but quote marks and
    punctuation around it are fine. Letters are Unicode letters: Umlaute and ß are word letters,
    and an ß in a phrase also matches "ss" (Swiss German writes no ß).
    A word written with a trailing "*" matches its inflected forms too (INFLECTED), and a "…"
    between two words lets up to two others stand between them (GAP).
    """
    body, gap = "", ""
    for word in phrase.split():
        if word == GAP:
            gap = _GAP_WORDS
        else:
            body += (gap + r"\s+" if body else "") + _word_pattern(word)
            gap = ""
    return re.compile(rf"(?<!\w)(?<!\w['’]){body}(?!\w)(?!['’]\w)", re.IGNORECASE)


def _find(text: str, phrases: Sequence[str]) -> list[tuple[int, int]]:
    """Every match of any phrase; where two overlap the earlier, then the longer, is kept."""
    found = [(m.start(), m.end()) for phrase in phrases for m in _phrase_pattern(phrase).finditer(text)]
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def check_statement(text: str, lists: CheckLists) -> list[Hint]:
    """Hints for the draft, in reading order, each with its position for highlighting.

    Kinds may overlap one another ("nobody told me" is a blame phrase, "nobody" an absolute), but
    within one kind a phrase is never reported twice over the same words. The length hint, when
    the spoken length falls outside the comfortable range, comes last; an empty text gets none.
    """
    hints: list[Hint] = []
    order = {kind: index for index, kind in enumerate(KINDS)}
    for kind, phrases in (("blame", lists.blame), ("hedge", lists.hedges), ("absolute", lists.absolutes)):
        message = lists.message(kind)
        hints.extend(Hint(kind, message, start, end, text[start:end]) for start, end in _find(text, phrases))
    hints.sort(key=lambda hint: (hint.start, order[hint.kind]))
    if word_count(text):
        seconds = speaking_seconds(text, lists.words_per_minute)
        key = ""
        if seconds < lists.min_seconds:
            key = "too_short"
        elif seconds > lists.max_seconds:
            key = "too_long"
        if key:
            message = lists.message(key).format(
                seconds=seconds, min_seconds=lists.min_seconds, max_seconds=lists.max_seconds
            )
            hints.append(Hint("length", message, 0, 0, ""))
    return hints
