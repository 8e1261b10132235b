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


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# What each tool field is called in a where-line, by (kind, column).
FIELD_WORDS: dict[tuple[SourceKind, str], str] = {
    (SourceKind.CHECKIN, "agenda"): "agenda",
    (SourceKind.CHECKIN, "notes"): "notes",
    (SourceKind.CHECKIN, "thanks"): "thanks",
    (SourceKind.CHECKIN, "lessons"): "lessons learned",
    (SourceKind.CHECKIN, "follow_up"): "follow-up message",
    (SourceKind.CHECKIN, "own_questions"): "my questions",
    (SourceKind.FEEDBACK, "text"): "feedback",
    (SourceKind.ACTION, "text"): "what I agreed to do",
    (SourceKind.EVIDENCE, "text"): "what happened",
    (SourceKind.STAKEHOLDER, "expectations"): "what they expect",
    (SourceKind.GOAL, "title"): "title",
    (SourceKind.GOAL, "success"): "what success looks like",
    (SourceKind.GOAL, "measure"): "how it is measured",
    (SourceKind.GOAL, "notes"): "notes",
    (SourceKind.GOAL_MILESTONE, "success"): "what success looks like",
    (SourceKind.PLAN, "closing_reflection"): "closing reflection",
    (SourceKind.PLAN_MILESTONE, "success"): "what success looks like",
    (SourceKind.PLAN_MILESTONE, "met"): "what was met",
    (SourceKind.PLAN_MILESTONE, "to_raise"): "what to raise",
    (SourceKind.STATEMENT_DRAFT, "what_is_true"): "what is true",
    (SourceKind.STATEMENT_DRAFT, "what_i_own"): "what I own",
    (SourceKind.STATEMENT_DRAFT, "what_i_commit_to"): "what I commit to",
    (SourceKind.STATEMENT_DRAFT, "what_i_need"): "what I need",
    (SourceKind.STATEMENT_DRAFT, "text"): "the statement",
    (SourceKind.STATEMENT_VERSION, "what_is_true"): "what is true",
    (SourceKind.STATEMENT_VERSION, "what_i_own"): "what I own",
    (SourceKind.STATEMENT_VERSION, "what_i_commit_to"): "what I commit to",
    (SourceKind.STATEMENT_VERSION, "what_i_need"): "what I need",
    (SourceKind.STATEMENT_VERSION, "text"): "the statement",
    (SourceKind.FORGIVENESS, "whom"): "whom",
    (SourceKind.FORGIVENESS, "what_happened"): "what happened",
    (SourceKind.FORGIVENESS, "notes"): "notes",
    (SourceKind.DECISION, "reasons_to_stay"): "reasons to stay",
    (SourceKind.DECISION, "reasons_to_leave"): "reasons to leave",
    (SourceKind.DECISION, "conditions_to_stay"): "what would have to be true to stay",
    (SourceKind.DECISION, "reflection"): "in my own words",
    (SourceKind.MOOD, "note"): "note",
    (SourceKind.LEAVING_PLAN, "finish"): "what to finish",
    (SourceKind.LEAVING_PLAN, "notice"): "notice and references",
    (SourceKind.LEAVING_PLAN, "people"): "people to talk to",
    (SourceKind.LEAVING_PLAN, "job_search"): "job search",
}


def day_words(day: date, today: date | None = None) -> str:
    """"4 March", with the year when it is not this year's (or no today is known)."""
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return text if today is not None and day.year == today.year else f"{text} {day.year}"


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
    words = FIELD_WORDS.get((hit.source, hit.column), hit.column.replace("_", " "))
    kind, detail = hit.source, hit.title
    if kind is SourceKind.ENTRY:
        label = entry_label_words(hit)
        return f"{label}, {day}"
    if kind is SourceKind.CHECKIN:
        return f"Check-in, {day}: {words}"
    if kind is SourceKind.FEEDBACK:
        return f"Feedback, {day}"
    if kind is SourceKind.ACTION:
        return f"Action, {day}"
    if kind is SourceKind.EVIDENCE:
        return f"Evidence, {day}"
    if kind is SourceKind.MOOD:
        return f"Mood check-in, {day}: {words}"
    if kind is SourceKind.GOAL:
        goal = f"Goal {_quoted(detail, '(untitled)')}"
        return goal if hit.column == "title" else f"{goal}: {words}"
    if kind is SourceKind.GOAL_MILESTONE:
        return f"Goal {_quoted(detail, '(untitled)')}, by {day}: {words}"
    if kind is SourceKind.PLAN:
        return f"Plan: {words}"
    if kind is SourceKind.STAKEHOLDER:
        name = " ".join(detail.split())
        return f"Plan: what {name} expects" if name else "Plan: what a stakeholder expects"
    if kind is SourceKind.PLAN_MILESTONE:
        return f"{hit.part}-day checkpoint, {day}: {words}"
    if kind is SourceKind.STATEMENT_DRAFT:
        return "Statement draft" if hit.column == "text" else f"Statement draft: {words}"
    if kind is SourceKind.STATEMENT_VERSION:
        version = f"Statement version {detail}".rstrip()
        return version if hit.column == "text" else f"{version}: {words}"
    if kind is SourceKind.FORGIVENESS:
        return f"Forgiveness, {day}: {words}"
    if kind is SourceKind.DECISION:
        return f"Stay or go, {day}: {words}"
    return f"Leaving plan: {words}"


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
