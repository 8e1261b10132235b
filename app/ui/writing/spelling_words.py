"""Which words the spelling check looks at, the dictionary it looks them up in, and suggestions.

No Qt here. The dictionaries are pyspellchecker's (English and German word-frequency lists it
ships): a maintained, pure-Python package, so nothing needs a system library (pyenchant and
hunspell do) and a PyInstaller bundle carries it as it is.

pyspellchecker reads a whole list in a few long calls that hold Python's lock (German: over
300 ms in one piece), which would stop the window even from a worker thread. `load_checker`
reads the same list in small pieces instead, so the window keeps taking keys while it loads.
"""

from __future__ import annotations

import gzip
import io
import json
import pkgutil
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from app.domain.limits import MAX_PERSONAL_WORD_CHARS

if TYPE_CHECKING:
    from spellchecker import SpellChecker

LANGUAGES = ("en", "de")
MAX_WORD_CHARS = MAX_PERSONAL_WORD_CHARS  # the personal dictionary's cap too
MAX_SUGGESTION_CHARS = 30  # longer words get no suggestions: working them out would take too long
MAX_SUGGESTIONS = 5
_LINES_PER_PIECE = 2000  # about 1 ms of parsing: the window's thread gets its turn in between

# What is never checked: code (fenced blocks are told by the highlighter), links and addresses.
_SKIPPED = re.compile(
    r"`+[^`]*`+"  # a code span
    r"|\]\([^)\s]*(?:\s[^)]*)?\)"  # a link's target: [words](target "title")
    r"|^\s{0,3}\[[^\]]+\]:\s*\S+"  # a reference definition: [name]: target
    r"|<[^<>\s]+>"  # an autolink or a tag
    r"|\b(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+"  # a URL
    r"|[^\s@<>()]+@[^\s@<>()]+\.\w+"  # an e-mail address
    r"|[^\s()\[\]<>]*[/\\][^\s()\[\]<>]*",  # a path, a file name with folders
    re.IGNORECASE,
)
# A word: letters (digits too, to tell words with digits apart), apostrophes only inside.
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = ". "  # no word reaches across it
_BY_SENTENCE_FROM = 2000  # characters: shorter lines are taken whole
_SENTENCES_KEPT = 20_000  # sentences whose answer the speller remembers, then it starts afresh


def checkable_words(text: str) -> Iterator[tuple[int, str]]:
    """(start, word) for every word of one line the spelling check should look at.

    Skipped: Markdown syntax (it has no letters), code spans, links' targets, URLs, e-mail
    addresses and paths, numbers and words with digits, words in capitals (NDA, HR) and words of
    one or two letters.
    """
    skipped = _skipped_spans(text)
    for match in _WORD.finditer(text):
        word = match.group()
        if _checkable(word) and not _inside(skipped, match.start(), match.end()):
            yield match.start(), word


def misspelled_spans(text: str, speller: Speller) -> list[tuple[int, int]]:
    """(start, length) of each misspelled word of one line, as `checkable_words` finds them.

    Made for a keystroke. A long line (a whole entry written as one paragraph) is taken sentence
    by sentence, and the speller remembers each sentence's answer, so a key costs the sentence it
    changed; a line with code or a reference definition, which may reach across sentences, is taken
    whole.
    """
    if len(text) < _BY_SENTENCE_FROM or "`" in text or "]:" in text:
        return _line_spans(text, speller)
    spans: list[tuple[int, int]] = []
    offset = 0
    for sentence in text.split(_SENTENCE_END):
        found = speller.sentence_spans(sentence)
        if found is None:
            found = speller.remember_sentence(sentence, _line_spans(sentence, speller))
        spans.extend((offset + start, length) for start, length in found)
        offset += len(sentence) + len(_SENTENCE_END)
    return spans


def _line_spans(text: str, speller: Speller) -> list[tuple[int, int]]:
    """The line's words looked up once each (a line of 5,000 words holds perhaps 1,500 different
    ones); positions are found only when one of them is misspelled."""
    words = _WORD.findall(text)
    misspelled = {word for word in set(words) if _checkable(word) and speller.is_misspelled(word)}
    if not misspelled:
        return []
    skipped = _skipped_spans(text)
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        if match.group() in misspelled and not _inside(skipped, match.start(), match.end()):
            spans.append((match.start(), match.end() - match.start()))
    return spans


def _checkable(word: str) -> bool:
    return 2 < len(word) <= MAX_WORD_CHARS and not word.isupper() and _DIGIT.search(word) is None


def _skipped_spans(text: str) -> list[tuple[int, int]]:
    if not _may_skip(text):
        return []
    return [(match.start(), match.end()) for match in _SKIPPED.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(span_start < end and start < span_end for span_start, span_end in spans)


def _may_skip(text: str) -> bool:
    """Most lines have nothing to skip: one quick look spares the long pattern."""
    return any(mark in text for mark in "`]<@/\\:") or "www." in text


# Each language's dictionary once per process: it is only ever read, and a journal locked and
# opened again (or a second window) need not wait for it again.
_LOADED: dict[str, SpellChecker] = {}


def loaded_checker(language: str) -> SpellChecker | None:
    """The language's dictionary if this process has loaded it already."""
    return _LOADED.get(language)


def shared_checker(language: str) -> SpellChecker:
    """The language's dictionary, loaded now (in small pieces) if this process has not yet."""
    checker = _LOADED.get(language)
    if checker is None:
        checker = _LOADED[language] = load_checker(language)
    return checker


def load_checker(language: str) -> SpellChecker:
    """pyspellchecker's dictionary for `language`, loaded in small pieces (see the module's note).

    The result equals `SpellChecker(language=language, distance=1)` (tests/ui/writing checks it).
    """
    if language not in LANGUAGES:
        raise ValueError(f"no dictionary for {language!r}")
    packed = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    if packed is None:
        raise FileNotFoundError(f"pyspellchecker's {language} dictionary")
    counts: Counter[str] = Counter()
    letters: set[str] = set()
    longest = 0
    for piece in _pieces(packed):
        for word, count in piece.items():
            counts[word.lower()] += count
    for word in counts:
        letters.update(word)
        longest = max(longest, len(word))
    from spellchecker import SpellChecker  # here: the app starts without it

    checker = SpellChecker(language=None, distance=1)
    frequency: Any = checker.word_frequency
    # What WordFrequency._update_dictionary works out, worked out here piece by piece.
    frequency._dictionary = counts
    frequency._total_words = sum(counts.values())
    frequency._unique_words = len(counts)
    frequency._letters = letters
    frequency._longest_word_length = longest
    return checker


def _pieces(packed: bytes) -> Iterator[dict[str, int]]:
    """The list's entries (one `"word": count,` a line) as small dicts."""
    unpacker = gzip.GzipFile(fileobj=io.BytesIO(packed))  # read a little at a time
    rest = b""
    while True:
        chunk = unpacker.read(256 * 1024)
        if not chunk:
            break
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        for start in range(0, len(lines), _LINES_PER_PIECE):
            yield _parse(lines[start:start + _LINES_PER_PIECE])
    yield _parse([rest])


def _parse(lines: list[bytes]) -> dict[str, int]:
    body = b"\n".join(line for line in lines if line.strip() not in (b"{", b"}", b"")).strip()
    if not body:
        return {}
    parsed: dict[str, int] = json.loads(b"{" + body.rstrip(b",") + b"}")
    return parsed


def _plain(word: str) -> str:
    return word.replace("\u2019", "'")


class Speller:
    """One language's dictionary plus the person's own words, with what it has already decided."""

    def __init__(self, checker: SpellChecker, language: str, personal: Iterable[str] = ()) -> None:
        self.checker = checker
        self.language = language
        self._known = checker.word_frequency.dictionary
        self._personal: set[str] = set()
        self._decided: dict[str, bool] = {}
        self._sentences: dict[str, list[tuple[int, int]]] = {}
        self.set_personal(personal)

    def set_personal(self, words: Iterable[str]) -> None:
        """The person's own words; what was decided before is forgotten (also the typed words
        remembered, when the journal closes)."""
        self._personal = {_plain(word) for word in words}
        self._decided.clear()
        self._sentences.clear()

    def sentence_spans(self, sentence: str) -> list[tuple[int, int]] | None:
        return self._sentences.get(sentence)

    def remember_sentence(self, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if len(self._sentences) >= _SENTENCES_KEPT:
            self._sentences.clear()
        self._sentences[sentence] = spans
        return spans

    def is_misspelled(self, word: str) -> bool:
        decided = self._decided.get(word)
        if decided is None:
            decided = self._decided[word] = not self._accepts(_plain(word))
        return decided

    def _accepts(self, word: str) -> bool:
        if word in self._personal or word[:1].lower() + word[1:] in self._personal:
            return True
        lowered = word.lower()
        if lowered in self._known:
            return True
        for ending in ("'s", "'"):  # Dana's, the Smiths'
            if lowered.endswith(ending) and len(word) - len(ending) > 2:
                stem = word[: -len(ending)]
                return stem.lower() in self._known or stem in self._personal
        return False

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to `limit` known words one edit away, the most common first, cased like `word`.

        Only one edit: pyspellchecker's second edit takes 0.2 to 3 s a word (benches/spelling.py).
        """
        if len(word) > MAX_SUGGESTION_CHARS:
            return []
        plain = _plain(word)
        known = self.checker.known(self.checker.edit_distance_1(plain))
        frequency = self.checker.word_frequency.dictionary
        ranked = sorted(known, key=lambda candidate: (-frequency[candidate], candidate))[:limit]
        return [_cased_like(word, candidate) for candidate in ranked]


def _cased_like(word: str, candidate: str) -> str:
    if "\u2019" in word:
        candidate = candidate.replace("'", "\u2019")
    if word[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
