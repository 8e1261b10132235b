"""Full-text search values, and turning what the person types into a safe FTS5 query.

Plain Python: the store runs the query, the UI and command line show the hits. The person's text
never reaches FTS5's own syntax: every word is quoted, so stray quotes, brackets and operator
words (AND, OR, NOT, NEAR) are searched for as words instead of failing as syntax.

A hit comes from a journal entry or from a tool's field (`SourceKind`); `where_written` says in
plain words where a tool's words were written ("Check-in, 4 March: notes").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.records import EntryKind, entry_label
from app.domain.stages import Stage
from app.domain.timeline import local_date
from app.i18n import QT_TRANSLATE_NOOP, Words, translate
from app.i18n_dates import date_words

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

MAX_TERMS = 64  # a pasted page should still search, not build a query SQLite takes seconds over
# A snippet is a glimpse: FTS5 cuts it to a few words, but one "word" can be megabytes long (a
# pasted blob without spaces), and the title is whatever was imported. Both are held to this.
MAX_SNIPPET_CHARS = 300
MAX_TITLE_CHARS = 200
# The shortest word still being typed that matches as a prefix. The FTS table keeps ready-made
# lists for one- and two-letter prefixes (migration 0009), so even the first keystroke
# answers within budget at 100,000 entries instead of expanding most of the vocabulary.
MIN_PREFIX = 1
# What "best match" means, so that every keystroke stays cheap (app/store/search_sql.py): a search
# whose words hold SHORT_LETTERS letters or fewer, or whose last word is still being typed and has
# TYPING_LETTERS letters or fewer ("the m", "wor"), shows the newest matches first (such a prefix
# matches thousands of words, and ranking them says nothing while the word is unfinished). A longer
# one ranks by bm25 over every match when some word of it is in at most RANK_ALL places, else over
# its newest RANK_WINDOW matches (scoring tens of thousands of rows on every keystroke is what made
# common words slow).
SHORT_LETTERS = 2
TYPING_LETTERS = 3
RANK_ALL = 5000
RANK_WINDOW = 1000
# Under the search box: the rule in a line; ORDER_NOTE, in full, is its tooltip and `search --help`.
ORDER_HINT = "While a word is short and still being typed, the newest matches come first; then the closest."
ORDER_NOTE = ("Newest matches come first while a search is one or two letters, or its last word is "
              "still being typed and has three letters or fewer. Otherwise the closest matches come "
              f"first; when each word is in more than {RANK_ALL:,} places, the closest of the newest "
              f"{RANK_WINDOW:,}.")

# A word is a run of letters, digits and combining marks: what FTS5's unicode61 tokenizer keeps.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")


class SearchOrder(StrEnum):
    RANKED = "ranked"
    NEWEST = "newest"


MOODS = range(1, 6)  # the overall mood of a check-in: 1 (very low) .. 5 (very good)
# Named kinds of day for SearchFilters.moods, shared by the search page and the command line.
MOOD_GROUPS: dict[str, frozenset[int]] = {
    "low": frozenset({1, 2}),
    "middling": frozenset({3}),
    "good": frozenset({4, 5}),
}


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Narrowing a search; every empty field means 'any'. Days are local and inclusive.

    `moods` keeps entries written on a local calendar day whose *latest* mood check-in (the last
    by time that day, as `latest_mood_check` picks it) has one of these overall moods, 1 to 5.
    The latest rather than any check-in, so every day has exactly one mood and "low days" and
    "good days" never share an entry; a day without a check-in matches no mood. Values outside
    1 to 5 match nothing.
    """

    stages: frozenset[Stage] = frozenset()
    kinds: frozenset[EntryKind] = frozenset()
    tag: str | None = None
    since: date | None = None
    until: date | None = None
    moods: frozenset[int] = frozenset()


class SourceKind(StrEnum):
    """Where a hit's words were written: an entry, or a tool's record (its own uuid, or for a row in
    a list the parent's: a goal's milestone and the goal, a stakeholder or checkpoint and the plan;
    '' for the one statement draft and the one leaving plan)."""

    ENTRY = "entry"
    CHECKIN = "checkin"
    FEEDBACK = "feedback"
    ACTION = "action"
    GOAL = "goal"
    GOAL_MILESTONE = "goal_milestone"
    PLAN = "plan"
    STAKEHOLDER = "stakeholder"
    PLAN_MILESTONE = "plan_milestone"
    EVIDENCE = "evidence"
    STATEMENT_DRAFT = "statement_draft"
    STATEMENT_VERSION = "statement_version"
    FORGIVENESS = "forgiveness"
    DECISION = "decision"
    MOOD = "mood"
    LEAVING_PLAN = "leaving_plan"


TOOL_KINDS = tuple(kind for kind in SourceKind if kind is not SourceKind.ENTRY)

# The stage whose tool holds each kind of record: a stage filter keeps that stage's tools too.
TOOL_STAGES: dict[SourceKind, Stage] = {
    SourceKind.STATEMENT_DRAFT: Stage.OWNERSHIP,
    SourceKind.STATEMENT_VERSION: Stage.OWNERSHIP,
    SourceKind.MOOD: Stage.FEELINGS,
    SourceKind.FORGIVENESS: Stage.FEELINGS,
    SourceKind.DECISION: Stage.FEELINGS,
    SourceKind.LEAVING_PLAN: Stage.FEELINGS,
    SourceKind.PLAN: Stage.EXPECTATIONS,
    SourceKind.STAKEHOLDER: Stage.EXPECTATIONS,
    SourceKind.PLAN_MILESTONE: Stage.EXPECTATIONS,
    SourceKind.GOAL: Stage.EXPECTATIONS,
    SourceKind.GOAL_MILESTONE: Stage.EXPECTATIONS,
    SourceKind.EVIDENCE: Stage.EXPECTATIONS,
    SourceKind.CHECKIN: Stage.CHECKINS,
    SourceKind.FEEDBACK: Stage.CHECKINS,
    SourceKind.ACTION: Stage.CHECKINS,
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place the words were found, best or newest first.

    `field` is "" for an entry, the column for a tool's field ("notes"), and for a row in a list
    the column and the row's position or mark ("success:1", "expectations:0", "met:30"): together
    with `source` and `uuid` it says where to open. `title` is an entry's title, or what names a
    tool's record in its where-line (a goal's title, a stakeholder's name, a version's number).
    `when` is an aware UTC datetime, or a date for what only has a day (evidence, milestones).
    `entry_id`, `kind` and `stage` describe entries; for tool hits they are None.
    """

    source: SourceKind
    uuid: str
    field: str
    title: str
    snippet: str  # plain text with HIGHLIGHT_START/END around the matched terms
    when: datetime | date
    entry_id: int | None = None
    kind: EntryKind | None = None
    stage: Stage | None = None

    @property
    def is_entry(self) -> bool:
        return self.source is SourceKind.ENTRY

    @property
    def column(self) -> str:
        """The field without a list row's position: "success" for "success:1"."""
        return self.field.partition(":")[0]

    @property
    def part(self) -> str:
        """A list row's position or checkpoint mark ("1", "30"); "" when not in a list."""
        return self.field.partition(":")[2]


def hit_day(hit: SearchHit) -> date:
    """The person's calendar day for a hit (a datetime in local time; a date as it is)."""
    return local_date(hit.when) if isinstance(hit.when, datetime) else hit.when



# What each tool field is called in a where-line, by (kind, column).
FIELD_WORDS: Words[tuple[SourceKind, str]] = Words("SearchWords", {
    (SourceKind.CHECKIN, "agenda"): QT_TRANSLATE_NOOP("SearchWords", "agenda"),
    (SourceKind.CHECKIN, "notes"): QT_TRANSLATE_NOOP("SearchWords", "notes"),
    (SourceKind.CHECKIN, "thanks"): QT_TRANSLATE_NOOP("SearchWords", "thanks"),
    (SourceKind.CHECKIN, "lessons"): QT_TRANSLATE_NOOP("SearchWords", "lessons learned"),
    (SourceKind.CHECKIN, "follow_up"): QT_TRANSLATE_NOOP("SearchWords", "follow-up message"),
    (SourceKind.CHECKIN, "own_questions"): QT_TRANSLATE_NOOP("SearchWords", "my questions"),
    (SourceKind.FEEDBACK, "text"): QT_TRANSLATE_NOOP("SearchWords", "feedback"),
    (SourceKind.ACTION, "text"): QT_TRANSLATE_NOOP("SearchWords", "what I agreed to do"),
    (SourceKind.EVIDENCE, "text"): QT_TRANSLATE_NOOP("SearchWords", "what happened"),
    (SourceKind.STAKEHOLDER, "expectations"): QT_TRANSLATE_NOOP("SearchWords", "what they expect"),
    (SourceKind.GOAL, "title"): QT_TRANSLATE_NOOP("SearchWords", "title"),
    (SourceKind.GOAL, "success"): QT_TRANSLATE_NOOP("SearchWords", "what success looks like"),
    (SourceKind.GOAL, "measure"): QT_TRANSLATE_NOOP("SearchWords", "how it is measured"),
    (SourceKind.GOAL, "notes"): QT_TRANSLATE_NOOP("SearchWords", "notes"),
    (SourceKind.GOAL_MILESTONE, "success"): QT_TRANSLATE_NOOP("SearchWords", "what success looks like"),
    (SourceKind.PLAN, "closing_reflection"): QT_TRANSLATE_NOOP("SearchWords", "closing reflection"),
    (SourceKind.PLAN_MILESTONE, "success"): QT_TRANSLATE_NOOP("SearchWords", "what success looks like"),
    (SourceKind.PLAN_MILESTONE, "met"): QT_TRANSLATE_NOOP("SearchWords", "what was met"),
    (SourceKind.PLAN_MILESTONE, "to_raise"): QT_TRANSLATE_NOOP("SearchWords", "what to raise"),
    (SourceKind.STATEMENT_DRAFT, "what_is_true"): QT_TRANSLATE_NOOP("SearchWords", "what is true"),
    (SourceKind.STATEMENT_DRAFT, "what_i_own"): QT_TRANSLATE_NOOP("SearchWords", "what I own"),
    (SourceKind.STATEMENT_DRAFT, "what_i_commit_to"): QT_TRANSLATE_NOOP("SearchWords", "what I commit to"),
    (SourceKind.STATEMENT_DRAFT, "what_i_need"): QT_TRANSLATE_NOOP("SearchWords", "what I need"),
    (SourceKind.STATEMENT_DRAFT, "text"): QT_TRANSLATE_NOOP("SearchWords", "the statement"),
    (SourceKind.STATEMENT_VERSION, "what_is_true"): QT_TRANSLATE_NOOP("SearchWords", "what is true"),
    (SourceKind.STATEMENT_VERSION, "what_i_own"): QT_TRANSLATE_NOOP("SearchWords", "what I own"),
    (SourceKind.STATEMENT_VERSION, "what_i_commit_to"): QT_TRANSLATE_NOOP("SearchWords", "what I commit to"),
    (SourceKind.STATEMENT_VERSION, "what_i_need"): QT_TRANSLATE_NOOP("SearchWords", "what I need"),
    (SourceKind.STATEMENT_VERSION, "text"): QT_TRANSLATE_NOOP("SearchWords", "the statement"),
    (SourceKind.FORGIVENESS, "whom"): QT_TRANSLATE_NOOP("SearchWords", "whom"),
    (SourceKind.FORGIVENESS, "what_happened"): QT_TRANSLATE_NOOP("SearchWords", "what happened"),
    (SourceKind.FORGIVENESS, "notes"): QT_TRANSLATE_NOOP("SearchWords", "notes"),
    (SourceKind.DECISION, "reasons_to_stay"): QT_TRANSLATE_NOOP("SearchWords", "reasons to stay"),
    (SourceKind.DECISION, "reasons_to_leave"): QT_TRANSLATE_NOOP("SearchWords", "reasons to leave"),
    (SourceKind.DECISION, "conditions_to_stay"): QT_TRANSLATE_NOOP("SearchWords",
                                                                   "what would have to be true to stay"),
    (SourceKind.DECISION, "reflection"): QT_TRANSLATE_NOOP("SearchWords", "in my own words"),
    (SourceKind.MOOD, "note"): QT_TRANSLATE_NOOP("SearchWords", "note"),
    (SourceKind.LEAVING_PLAN, "finish"): QT_TRANSLATE_NOOP("SearchWords", "what to finish"),
    (SourceKind.LEAVING_PLAN, "notice"): QT_TRANSLATE_NOOP("SearchWords", "notice and references"),
    (SourceKind.LEAVING_PLAN, "people"): QT_TRANSLATE_NOOP("SearchWords", "people to talk to"),
    (SourceKind.LEAVING_PLAN, "job_search"): QT_TRANSLATE_NOOP("SearchWords", "job search"),
})


def day_words(day: date, today: date | None = None) -> str:
    """"4 March", with the year when it is not this year's (or no today is known)."""
    if today is not None and day.year == today.year:
        return date_words(day, translate("Dates", "%-d %B"))
    return date_words(day, translate("Dates", "%-d %B %Y"))


def _quoted(words: str, fallback: str) -> str:
    words = " ".join(words.split())
    if len(words) > 40:
        words = words[:39].rstrip() + "…"
    return f"“{words}”" if words else fallback


def where_written(hit: SearchHit, today: date | None = None) -> str:
    """Where a tool hit's words were written, in plain words: "Check-in, 4 March: notes".

    For an entry this is its label and day ("Ownership, 4 March"); the search page and the
    command line show entries in their own way and use it for tool hits.
    """
    day = day_words(hit_day(hit), today)
    key = (hit.source, hit.column)
    words = FIELD_WORDS[key] if key in FIELD_WORDS else hit.column.replace("_", " ")
    untitled = translate("SearchWords", "(untitled)")
    kind, detail = hit.source, hit.title
    if kind is SourceKind.ENTRY:
        label = entry_label_words(hit)
        return translate("SearchWords", "{label}, {day}").format(label=label, day=day)
    if kind is SourceKind.CHECKIN:
        return translate("SearchWords", "Check-in, {day}: {words}").format(day=day, words=words)
    if kind is SourceKind.FEEDBACK:
        return translate("SearchWords", "Feedback, {day}").format(day=day)
    if kind is SourceKind.ACTION:
        return translate("SearchWords", "Action, {day}").format(day=day)
    if kind is SourceKind.EVIDENCE:
        return translate("SearchWords", "Evidence, {day}").format(day=day)
    if kind is SourceKind.MOOD:
        return translate("SearchWords", "Mood check-in, {day}: {words}").format(day=day, words=words)
    if kind is SourceKind.GOAL:
        goal = translate("SearchWords", "Goal {title}").format(title=_quoted(detail, untitled))
        return goal if hit.column == "title" else translate("SearchWords",
                                                            "{goal}: {words}").format(goal=goal,
                                                                                                     words=words)
    if kind is SourceKind.GOAL_MILESTONE:
        return translate("SearchWords", "Goal {title}, by {day}: {words}").format(
            title=_quoted(detail, untitled), day=day, words=words)
    if kind is SourceKind.PLAN:
        return translate("SearchWords", "Plan: {words}").format(words=words)
    if kind is SourceKind.STAKEHOLDER:
        name = " ".join(detail.split())
        if name:
            return translate("SearchWords", "Plan: what {name} expects").format(name=name)
        return translate("SearchWords", "Plan: what a stakeholder expects")
    if kind is SourceKind.PLAN_MILESTONE:
        return translate("SearchWords",
                         "{part}-day checkpoint, {day}: {words}").format(part=hit.part, day=day,
                                                                                          words=words)
    if kind is SourceKind.STATEMENT_DRAFT:
        if hit.column == "text":
            return translate("SearchWords", "Statement draft")
        return translate("SearchWords", "Statement draft: {words}").format(words=words)
    if kind is SourceKind.STATEMENT_VERSION:
        version = translate("SearchWords", "Statement version {number}").format(number=detail).rstrip()
        return version if hit.column == "text" else translate("SearchWords", "{version}: {words}").format(
            version=version, words=words)
    if kind is SourceKind.FORGIVENESS:
        return translate("SearchWords", "Forgiveness, {day}: {words}").format(day=day, words=words)
    if kind is SourceKind.DECISION:
        return translate("SearchWords", "Stay or go, {day}: {words}").format(day=day, words=words)
    return translate("SearchWords", "Leaving plan: {words}").format(words=words)


def entry_label_words(hit: SearchHit) -> str:
    """An entry hit's label: its stage if it has one, else its kind ("Ownership", "Evening")."""
    return entry_label(hit.kind or EntryKind.FREE, hit.stage)


@dataclass(frozen=True, slots=True)
class _Chunk:
    words: tuple[str, ...]
    phrase: bool  # typed inside closed quotes


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _chunks(text: str) -> list[_Chunk]:
    """Quoted phrases and bare words, in order; an unmatched quote is just a separator."""
    text = unicodedata.normalize("NFC", text)
    parts = text.split('"')
    closed = len(parts) if len(parts) % 2 == 1 else len(parts) - 1  # the last quote may be stray
    chunks: list[_Chunk] = []
    for index, part in enumerate(parts):
        inside = index % 2 == 1 and index < closed
        if inside:
            words = tuple(_words(part))
            if words:
                chunks.append(_Chunk(words, phrase=True))
            continue
        for piece in part.split():
            words = tuple(_words(piece))
            if words:
                chunks.append(_Chunk(words, phrase=False))
    return chunks[:MAX_TERMS]


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for what the person typed, or None if it holds no words.

    Words are quoted terms joined with AND; a word still being typed (the text ends inside it)
    matches as a prefix once it has MIN_PREFIX letters, so results follow the keyboard. "Quoted
    phrases" stay phrases, and a hyphenated or dotted word ("follow-up") is a phrase of its
    parts, as FTS5 indexes it.
    """
    chunks = _chunks(text)
    if not chunks:
        return None
    stripped = unicodedata.normalize("NFC", text)
    typing = bool(stripped) and _WORD.fullmatch(stripped[-1]) is not None
    terms = [f'"{" ".join(chunk.words)}"' for chunk in chunks]
    if typing and not chunks[-1].phrase and len(chunks[-1].words[-1]) >= MIN_PREFIX:
        terms[-1] += "*"
    return " AND ".join(terms)


def fts_words(text: str) -> list[str]:
    """Each word of `fts_query(text)` as an expression of its own ('"the"', '"m"*'): every match of
    the whole expression matches each of them, so the fewest any of them match bounds its count."""
    match = fts_query(text)
    if match is None:
        return []
    prefix = match.endswith("*")
    words = [f'"{word}"' for chunk in _chunks(text) for word in chunk.words]
    if prefix:
        words[-1] += "*"
    return list(dict.fromkeys(words))


def is_being_typed_short(text: str) -> bool:
    """Whether the last word is still being typed (it matches as a prefix) and has TYPING_LETTERS
    letters or fewer: "the m", "wor"."""
    match = fts_query(text)
    if match is None or not match.endswith("*"):
        return False
    return len(_chunks(text)[-1].words[-1]) <= TYPING_LETTERS


def is_short(text: str) -> bool:
    """Whether the words typed hold SHORT_LETTERS letters or fewer in all (and at least one)."""
    letters = sum(len(word) for chunk in _chunks(text) for word in chunk.words)
    return 0 < letters <= SHORT_LETTERS


def effective_order(text: str, order: SearchOrder) -> SearchOrder:
    """The order a search is shown in: newest first for a short search or a short word being typed,
    else the one asked for."""
    return SearchOrder.NEWEST if is_short(text) or is_being_typed_short(text) else order


def capped(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with "…" after; a highlight cut open is closed again."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if cut.count(HIGHLIGHT_START) > cut.count(HIGHLIGHT_END):
        cut += HIGHLIGHT_END
    return cut + "…"


def terms(text: str) -> list[str]:
    """The words to highlight in a full entry view, lower-cased, each once, in typed order."""
    seen: dict[str, None] = {}
    for chunk in _chunks(text):
        for word in chunk.words:
            seen.setdefault(word.casefold(), None)
    return list(seen)
