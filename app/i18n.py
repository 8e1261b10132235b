"""Which language Trustbridge speaks, chosen once at start.

No Qt here: the prompt catalogues, the statement checks and the command line ask it too. The app
sets it from the person's choice in Settings (or the computer's languages when they chose
"follow the system"), before the first window is built; a change in Settings applies at the
next start, as the window's own texts are made once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import TypeVar

# Each language by its own name, as the Settings list shows it.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
FALLBACK = "en"

_current = FALLBACK
K = TypeVar("K", bound=Hashable)


def resolve(preference: str, system: Iterable[str]) -> str:
    """The language to speak: the one chosen, else the first of the computer's we have."""
    if preference in LANGUAGE_NAMES:
        return preference
    for name in system:  # "de-DE", "de_AT.UTF-8", "en", "C"
        code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return FALLBACK


def environment_languages(environ: Mapping[str, str]) -> list[str]:
    """The computer's languages as the environment names them, most wanted first (POSIX order)."""
    names: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            names += [part for part in value.split(":") if part]
            if variable != "LANGUAGE":
                break
    return names


def current() -> str:
    return _current


def use(language: str) -> None:
    """Speak `language` from now on (an unknown one means the fallback)."""
    global _current
    _current = language if language in LANGUAGE_NAMES else FALLBACK


# Words that live outside Qt classes (the domain's stage names and messages, the store's errors
# shown to people, the exports' dates) are found by `pyside6-lupdate` by the names of these two
# functions, as it finds Qt's own: `translate("Context", "Text")` where the words are used, and
# `QT_TRANSLATE_NOOP("Context", "Text")` where they are only named (a table), translated where they
# are shown with translate(context, text). Without the app (the command line, the tests of the
# domain) translate() gives the English words back; the app hands it Qt's own (app/ui/translation.py).
Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language spoken; "%n" becomes `n` (and the form for `n`, where translated)."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:  # noqa: N802 - lupdate's name
    """Marks `text` for the translators and gives it back unchanged: translate it where it is shown."""
    return text


def use_translator(translator: Translator | None) -> None:
    """The app's translator for translate() (None: the English words, as without the app)."""
    global _translator
    _translator = translator


class Plural:
    """Words that change with a number: `Plural.tr("%n days ago", "", days)`.

    pyside6-lupdate sees a plural ("numerus") only in a `Name.tr(text, disambiguation, n)` call
    (it reads translate()'s count only when it is a literal number), and takes `Name` as the
    context: so every plural is written this way and lives in the context "Plural". A number
    whose English words differ for one ("1 day" / "2 days") has its "1" case written on its own,
    so English (the source, shown without any translation) stays right.
    """

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Plural", text, disambiguation or None, n)


class Words(Mapping[K, str]):
    """A table of words, each named with QT_TRANSLATE_NOOP(context, ...), read in the language
    spoken at the moment it is read: `MOOD_WORDS = Words("Mood", {1: QT_TRANSLATE_NOOP("Mood", "Low")})`."""

    def __init__(self, context: str, words: Mapping[K, str]) -> None:
        self._context = context
        self._words = dict(words)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._words[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)
