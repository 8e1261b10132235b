"""The reference corpus for the scale benches: a multi-year journal built from a seed, no downloads.

DESIGN.md's budgets are set against 100,000 entries of about 250 words. Real journals repeat a
few hundred words constantly and use thousands rarely, and FTS5's cost follows those posting-list
lengths, so the words are drawn with a Zipf-like frequency from a vocabulary of a few thousand:
common English words first, then syllable-built words for the long tail. Two marker terms are
planted so searches can aim at known selectivity: RARE_TERM in about 0.5 % of entries and
COMMON_TERM in about 8 % (both inside DESIGN.md's "term in at most 10 % of entries").

Mood check-ins (one most evenings, sometimes one at midday too) give the mood-filtered searches
days to match; a cached corpus from before they existed gets them added on its next use.

The tools hold words too (searched since revision 0007): a plan of 90 days every quarter with five
goals and their milestones, a meeting written up every working day (agenda, notes, thanks,
lessons, questions, a follow-up; three pieces of feedback and two actions each), five pieces of
evidence a day, statement versions, forgiveness items and stay-or-go sittings (`generate_tools`):
about 14,000 text fields holding some 3 % of the corpus's words at 100,000 entries (scaled with
`count`), a heavy share for a person but the one the index must carry, with the marker terms
planted at the same shares as in the entries. A cached corpus without them gets them on its next use.

The journal is cached (under /tmp by default) and reused when it already holds `count` entries,
so the bench measures queries, not generation. A jrnl-format text file of the same entries is
written next to it for the import timing.

    .venv/bin/python benches/corpus.py [--count 100000] [--seed 7] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.domain.records import Entry, EntryKind  # noqa: E402
from app.domain.stages import Stage  # noqa: E402
from app.domain.workbench import (  # noqa: E402
    Action,
    CheckIn,
    Decision,
    Evidence,
    Feedback,
    ForgivenessItem,
    ForgivenessStatus,
    Goal,
    GoalMilestone,
    GoalStatus,
    ImportBundle,
    MoodCheck,
    Plan,
    PlanStatus,
    Stakeholder,
    StatementParts,
    StatementVersion,
    StayOrGo,
)
from app.paths import database_path  # noqa: E402
from app.store.journal import Journal  # noqa: E402

RARE_TERM = "kintsugi"
COMMON_TERM = "standup"
RARE_SHARE = 0.005
COMMON_SHARE = 0.08
WORDS_PER_ENTRY = 250
BATCH = 5_000
JRNL_FILE = "journal.txt"
CORPUS_END = datetime(2026, 11, 1, tzinfo=UTC)
CORPUS_SPAN = timedelta(days=3 * 365)
VOCABULARY_SIZE = 4_000

# The head of the distribution: the words a workplace journal leans on, most frequent first.
_COMMON_WORDS = """
the i to and a of it that was in my me is for with on but this what not be about so have at
he she they we you do had felt said meeting manager work today feel like just more time how
think would from up there their them all if when out one team again need did want know because
goal week plan feedback review project better told asked next get going got can could really
why still then than after before call email lead deadline task progress performance improvement
expectations check-in write writing day morning evening afternoon notes point said ask own
ownership mistake learned learn fix help helped worry worried angry calm tired proud honest clear
unclear fair unfair listen listened understand understood change changed try tried small step
steps evidence example examples priority priorities focus finish finished started start late
early code report slides customer ticket bug release test tests document draft meeting's boss
colleague colleagues peer peers mentor support hard easy good bad right wrong first last every
some any many much less most other another same different new old long short big little week's
month months weeks days hours minutes quiet loud tense relief hope hopeful anxious nervous
confident unsure doubt trust respect blame defensive open closed careful careless missed met
deliver delivered commit committed promise promised update updated status share shared show
showed follow followed through plan's written spoken agreed disagree agreed-upon measurable
specific outcome outcomes result results score scores rating ratings process schedule calendar
friday monday tuesday wednesday thursday weekend home walk sleep slept coffee lunch dinner
"""

_ONSETS = ["b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m",
           "n", "p", "pl", "pr", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "y", "z"]
_NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "io", "ou", "oa", "ie"]
_CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck", "ng", "rt", "sh", "x"]
_SUFFIXES = ["", "", "", "ing", "ed", "er", "ly", "ness", "ment", "ful", "ous", "ive"]

_TAGS = ["work", "feedback", "manager", "goal", "win", "worry", "meeting", "learning", "health",
         "team", "deadline", "evidence", "prep", "starred", "idea"]
_TITLE_OPENERS = ["Notes on", "Thinking about", "After the", "Before the", "About the", "Today:",
                  "Small win:", "Still stuck on", "What I learned from", "Looking back at"]
_KINDS = [
    (EntryKind.REFLECTION, 0.40),
    (EntryKind.EVENING, 0.25),
    (EntryKind.FREE, 0.30),
    (EntryKind.IMPORTED, 0.05),
]


def default_data_dir(count: int, seed: int) -> Path:
    """Where the corpus of this size and seed is cached between runs."""
    return Path(tempfile.gettempdir()) / "trustbridge-bench" / f"corpus-{count}-seed{seed}"


def build_vocabulary(seed: int, size: int = VOCABULARY_SIZE) -> list[str]:
    """`size` distinct words, most frequent first; the marker terms are kept out of it."""
    rng = random.Random(seed * 7919 + 1)
    words: list[str] = []
    seen: set[str] = {RARE_TERM, COMMON_TERM}
    for word in _COMMON_WORDS.split():
        if word not in seen:
            seen.add(word)
            words.append(word)
    while len(words) < size:
        syllables = rng.choice((1, 2, 2, 2, 3, 3, 4))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) for _ in range(syllables))
        word += rng.choice(_CODAS) + rng.choice(_SUFFIXES)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class _WordSource:
    """Draws words with weight 1 / rank^1.07 (Zipf-like), deterministic for a seed."""

    def __init__(self, vocabulary: list[str], rng: random.Random) -> None:
        self._vocabulary = vocabulary
        self._rng = rng
        weights = (1.0 / rank**1.07 for rank in range(1, len(vocabulary) + 1))
        self._cumulative = list(itertools.accumulate(weights))

    def words(self, count: int) -> list[str]:
        return self._rng.choices(self._vocabulary, cum_weights=self._cumulative, k=count)


def _sentences(words: list[str], rng: random.Random) -> str:
    """Words into capitalised sentences and a few paragraphs, so snippets look like prose."""
    paragraphs: list[str] = []
    sentences: list[str] = []
    position = 0
    while position < len(words):
        length = rng.randint(6, 22)
        chunk = words[position : position + length]
        position += length
        sentence = " ".join(chunk)
        sentences.append(sentence[:1].upper() + sentence[1:] + rng.choice(".....?!"))
        if len(sentences) >= rng.randint(3, 6):
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def generate_entries(count: int, seed: int) -> Iterator[Entry]:
    """The corpus entries, oldest first, with deterministic uuids, dates, kinds, stages and tags."""
    rng = random.Random(seed)
    source = _WordSource(build_vocabulary(seed), rng)
    start = CORPUS_END - CORPUS_SPAN
    step = CORPUS_SPAN / max(count, 1)
    stages = list(Stage)
    kinds = [kind for kind, _ in _KINDS]
    kind_weights = [weight for _, weight in _KINDS]
    for index in range(count):
        words = source.words(rng.randint(WORDS_PER_ENTRY - 40, WORDS_PER_ENTRY + 40))
        if rng.random() < RARE_SHARE:
            words[rng.randrange(len(words))] = RARE_TERM
        if rng.random() < COMMON_SHARE:
            words[rng.randrange(len(words))] = COMMON_TERM
        kind = rng.choices(kinds, weights=kind_weights)[0]
        stage = rng.choice(stages) if kind is EntryKind.REFLECTION else None
        tags: tuple[str, ...] = ()
        if rng.random() < 0.3:
            tags = tuple(sorted(set(rng.sample(_TAGS, rng.randint(1, 3)))))
        moment = start + step * index + timedelta(seconds=rng.randint(0, 3_000))
        moment = moment.replace(microsecond=0, second=0)
        title = f"{rng.choice(_TITLE_OPENERS)} {' '.join(source.words(rng.randint(1, 4)))}"
        yield Entry(
            id=0,
            uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            kind=kind,
            stage=stage,
            prompt_key=f"{stage.value}-{rng.randint(1, 6)}" if stage is not None else None,
            title=title,
            body=_sentences(words, rng),
            tags=tags,
            created_at=moment,
            updated_at=moment,
        )


# Overall moods 1..5 and how often each is the day's mood; most days get one check-in, some two.
_MOOD_WEIGHTS = (0.10, 0.20, 0.30, 0.25, 0.15)
MOOD_DAY_SHARE = 0.8
SECOND_CHECK_SHARE = 0.15


def generate_mood_checks(seed: int) -> list[MoodCheck]:
    """Evening mood check-ins over the corpus's years, for the mood-filtered searches."""
    rng = random.Random(seed * 104_729 + 3)
    checks: list[MoodCheck] = []
    day = (CORPUS_END - CORPUS_SPAN).replace(hour=0, minute=0, second=0, microsecond=0)
    while day < CORPUS_END:
        if rng.random() < MOOD_DAY_SHARE:
            count = 2 if rng.random() < SECOND_CHECK_SHARE else 1
            for hour in (13, 21)[-count:]:
                moment = day + timedelta(hours=hour, minutes=rng.randint(0, 59))
                mood = rng.choices(range(1, 6), weights=_MOOD_WEIGHTS)[0]
                checks.append(MoodCheck(uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)), at=moment,
                                        mood=mood))
        day += timedelta(days=1)
    return checks


def _ensure_mood_checks(journal: Journal, seed: int) -> None:
    """Corpora cached before mood search existed get their check-ins added, once."""
    if journal.feelings.latest_mood_check() is None:
        journal.import_bundle(ImportBundle(mood_checks=tuple(generate_mood_checks(seed))))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generate_tools(count: int, seed: int) -> ImportBundle:
    """The tools' records for a corpus of `count` entries: their share of its three years of words."""
    rng = random.Random(seed * 15_485_863 + 11)
    source = _WordSource(build_vocabulary(seed), rng)
    scale = max(count, 1) / 100_000

    def text(low: int, high: int) -> str:
        words = source.words(rng.randint(low, high))
        if rng.random() < RARE_SHARE:
            words[rng.randrange(len(words))] = RARE_TERM
        if rng.random() < COMMON_SHARE:
            words[rng.randrange(len(words))] = COMMON_TERM
        return _sentences(words, rng)

    start = CORPUS_END - CORPUS_SPAN
    plans, goals, evidence, checkins, feedback, actions = [], [], [], [], [], []
    for quarter in range(12):
        began = start + timedelta(days=91 * quarter)
        plan = Plan(_uuid(rng), began.date(), 90, "Dana Reyes", (Stakeholder("Lee", text(10, 40)),),
                    PlanStatus.COMPLETED, began, began, closing_reflection=text(40, 120))
        plans.append(plan)
        for position in range(5):
            goals.append(Goal(
                _uuid(rng), plan.uuid, " ".join(source.words(rng.randint(2, 6))).capitalize(), text(15, 60),
                text(10, 40), tuple(GoalMilestone(began.date() + timedelta(days=days), text(8, 30))
                                    for days in (30, 60, 90)),
                GoalStatus.ON_TRACK, text(20, 80), position, began, began))
    span = int(CORPUS_SPAN.days * scale)
    workdays = [day for day in range(span) if (start + timedelta(days=day)).weekday() < 5]
    for day in workdays:
        held = start + timedelta(days=day, hours=15)
        checkin = CheckIn(_uuid(rng), held, text(40, 120), text(80, 250), 3, True, text(40, 120), held, held,
                          thanks=text(10, 40), lessons=text(20, 80), own_questions=text(10, 40))
        checkins.append(checkin)
        for _ in range(3):
            feedback.append(Feedback(_uuid(rng), checkin.uuid, text(15, 60), None, None, held))
        for _ in range(2):
            actions.append(Action(_uuid(rng), text(8, 25), None, None, checkin.uuid, None, held))
    for number in range(int(5_000 * scale)):
        day = start + CORPUS_SPAN * (number / max(int(5_000 * scale), 1))
        evidence.append(Evidence(_uuid(rng), None, day.date(), text(15, 60), None, day))
    versions = tuple(
        StatementVersion(_uuid(rng), number + 1, StatementParts(text(15, 50), text(15, 50), text(15, 50),
                                                              text(10, 40)), text(80, 200), False,
                         start + timedelta(days=50 * number))
        for number in range(20)
    )
    forgiveness = tuple(
        ForgivenessItem(_uuid(rng), " ".join(source.words(2)), text(20, 80), ForgivenessStatus.WORKING_ON_IT,
                        text(10, 50), start + timedelta(days=20 * n), start + timedelta(days=20 * n))
        for n in range(int(50 * min(scale, 1.0)) or 1)
    )
    decisions = tuple(
        StayOrGo(_uuid(rng), text(30, 100), text(30, 100), text(20, 60), Decision.UNDECIDED, None,
                 start + timedelta(days=50 * n), reflection=text(20, 80))
        for n in range(20)
    )
    return ImportBundle(statement_versions=versions, forgiveness=forgiveness, decisions=decisions,
                        plans=tuple(plans), goals=tuple(goals), evidence=tuple(evidence),
                        checkins=tuple(checkins), actions=tuple(actions), feedback=tuple(feedback))


def _ensure_tools(journal: Journal, count: int, seed: int) -> None:
    """Corpora cached before the tools' words were searched get them added, once."""
    if not journal.checkins.checkins():
        journal.import_bundle(generate_tools(count, seed))


def jrnl_text(entry: Entry) -> str:
    """One entry as jrnl writes it: `[YYYY-MM-DD HH:MM] Title`, the body, its @tags, a blank line."""
    local = entry.created_at.astimezone()
    starred = " *" if "starred" in entry.tags else ""
    tags = " ".join(f"@{tag}" for tag in entry.tags if tag != "starred")
    body = entry.body + (f"\n{tags}" if tags else "")
    return f"[{local:%Y-%m-%d %H:%M}] {entry.title}{starred}\n{body}\n\n"


def _holds(data_dir: Path, count: int) -> bool:
    if not ((data_dir / JRNL_FILE).is_file() and database_path(data_dir).is_file()):
        return False
    journal = Journal.open(data_dir)
    try:
        return journal.count_entries() == count
    finally:
        journal.close()


def build_corpus(data_dir: Path | None = None, count: int = 100_000, seed: int = 7) -> Path:
    """The folder of a journal holding the corpus, built unless a finished one is already there.

    The jrnl file (`JRNL_FILE` in the same folder) is written last, so a folder that has it and
    the right entry count is complete; anything else there is thrown away and rebuilt.
    """
    folder = data_dir if data_dir is not None else default_data_dir(count, seed)
    if folder.exists() and _holds(folder, count):
        journal = Journal.open(folder)
        try:
            _ensure_mood_checks(journal, seed)
            _ensure_tools(journal, count, seed)
        finally:
            journal.close()
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    partial = folder / (JRNL_FILE + ".partial")
    journal = Journal.open(folder)
    try:
        with partial.open("w", encoding="utf-8") as jrnl:
            batch: list[Entry] = []
            for entry in generate_entries(count, seed):
                batch.append(entry)
                jrnl.write(jrnl_text(entry))
                if len(batch) >= BATCH:
                    journal.add_entries(batch)
                    batch = []
            if batch:
                journal.add_entries(batch)
        _ensure_mood_checks(journal, seed)
        _ensure_tools(journal, count, seed)
    finally:
        journal.close()
    partial.rename(folder / JRNL_FILE)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = build_corpus(args.data_dir, args.count, args.seed)
    print(f"{args.count} entries in {folder} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
