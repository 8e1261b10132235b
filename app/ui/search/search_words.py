"""The search page in words: its filters' choices, its empty states, and how results are ordered."""

from __future__ import annotations

from app.domain.records import EntryKind
from app.domain.search import MOOD_GROUPS, RANK_ALL, RANK_WINDOW
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n_dates import number

KIND_CHOICES: list[tuple[str, EntryKind | None]] = [
    (QT_TRANSLATE_NOOP("SearchPage", "Any kind"), None),
    (QT_TRANSLATE_NOOP("SearchPage", "Reflections"), EntryKind.REFLECTION),
    (QT_TRANSLATE_NOOP("SearchPage", "Evening entries"), EntryKind.EVENING),
    (QT_TRANSLATE_NOOP("SearchPage", "Free writing"), EntryKind.FREE),
    (QT_TRANSLATE_NOOP("SearchPage", "Imported"), EntryKind.IMPORTED),
]

# The day's mood is its latest check-in's overall mood (see SearchFilters.moods).
MOOD_CHOICES: list[tuple[str, frozenset[int]]] = [
    (QT_TRANSLATE_NOOP("SearchPage", "Any mood"), frozenset()),
    (QT_TRANSLATE_NOOP("SearchPage", "Low days (1–2)"), MOOD_GROUPS["low"]),
    (QT_TRANSLATE_NOOP("SearchPage", "Middling days (3)"), MOOD_GROUPS["middling"]),
    (QT_TRANSLATE_NOOP("SearchPage", "Good days (4–5)"), MOOD_GROUPS["good"]),
]

BEFORE_TYPING = QT_TRANSLATE_NOOP(
    "SearchPage", "Search everything you have written… Type a few words above; results appear as you type.")
PICK_ONE = QT_TRANSLATE_NOOP("SearchPage", "Pick a result to read it.")


def nothing_matches(query: str, filtered: bool) -> str:
    shown = " ".join(query.split())
    if len(shown) > 60:
        shown = shown[:59].rstrip() + "…"
    if filtered:
        return translate("SearchPage",
                         "Nothing matches “{words}” with these filters. Try fewer words, or loosen "
                         "a filter.").format(words=shown)
    return translate("SearchPage",
                     "Nothing matches “{words}”. Try fewer words, or the start of a word.").format(
        words=shown)


def order_hint() -> str:
    """Under the search box: the rule in a line (app.domain.search's ORDER_HINT)."""
    return translate("SearchPage", "While a word is short and still being typed, the newest matches come "
                                   "first; then the closest.")


def order_note() -> str:
    """The rule in full, its tooltip (app.domain.search's ORDER_NOTE)."""
    note = translate("SearchPage", "Newest matches come first while a search is one or two letters, or its "
                                   "last word is still being typed and has three letters or fewer. "
                                   "Otherwise the closest matches come first; when each word is in more "
                                   "than {all} places, the closest of the newest {window}.")
    return note.format(all=number(RANK_ALL, 0), window=number(RANK_WINDOW, 0))
