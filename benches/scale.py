"""Speed at scale: search, the journal list, autosave, export, import and memory at 100,000 entries.

Each figure is printed next to its budget in DESIGN.md ("Budgets"). Nothing here asserts: timings
depend on the machine, so the script reports and exits 0; CI guards the query shapes instead
(EXPLAIN QUERY PLAN tests). The corpus comes from benches/corpus.py and is cached under /tmp.

Memory is measured in a fresh child process that only opens the journal and shows its first page
and a search, so the generator's and the import's own allocations do not count against it.

    .venv/bin/python benches/scale.py [--count 100000] [--runs 30] [--data-dir DIR] [--json] [--search-only]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.domain.records import EntryDraft  # noqa: E402
from app.domain.search import SearchFilters, SearchOrder  # noqa: E402
from app.io.jrnl_format import read_jrnl  # noqa: E402
from app.io.json_format import export_json  # noqa: E402
from app.paths import database_path  # noqa: E402
from app.store import schema  # noqa: E402
from app.store.engine import create_journal_engine  # noqa: E402
from app.store.journal import Journal  # noqa: E402
from benches.corpus import COMMON_TERM, JRNL_FILE, RARE_TERM, build_corpus  # noqa: E402

MEMORY_PROBE = "--memory-probe"
# What people type while searching: a first letter, a word being typed (prefix), two words, a phrase.
ANY_QUERIES = ("m", "st", "feedback manager", '"told the"', f"{COMMON_TERM} goal", "worried about")
# The first keystroke: one letter still being typed, matched as a prefix (migration 0004).
ONE_LETTER_QUERIES = ("m", "s", "w", "t", "e")
LOW_DAYS = SearchFilters(moods=frozenset({1, 2}))


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    budget: float | None
    detail: str = ""

    @property
    def verdict(self) -> str:
        if self.budget is None:
            return "(no budget)"
        return "within budget" if self.value < self.budget else "OVER BUDGET"


def percentile(samples: list[float], share: float) -> float:
    """Nearest-rank percentile: with 30 runs, p95 is the second-slowest."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def timed_ms(action: Callable[[], object], runs: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        action()
    samples: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def search_figures(journal: Journal, runs: int) -> list[Figure]:
    figures: list[Figure] = []
    total = journal.count_entries()
    for label, term in (("rare", RARE_TERM), ("common", COMMON_TERM)):
        query = term + " "  # a finished word, not a prefix still being typed
        hits = len(journal.search.search(query, limit=total))
        share = f"term in {hits / total:.1%} of entries" if total else ""
        samples = timed_ms(partial(journal.search.search, query, limit=50), runs)
        name = f"ranked search top 50, {label} term"
        figures.append(Figure(f"{name}, p50", statistics.median(samples), "ms", None, share))
        figures.append(Figure(f"{name}, p95", percentile(samples, 0.95), "ms", 30, share))
    newest: list[float] = []
    per_term: list[str] = []
    for label, term in (("rare", RARE_TERM), ("common", COMMON_TERM)):
        samples = timed_ms(partial(journal.search.search, term + " ", order=SearchOrder.NEWEST), runs)
        newest += samples
        per_term.append(f"{label} {percentile(samples, 0.95):.1f} ms")
    p95 = percentile(newest, 0.95)
    figures.append(Figure("newest-first search, p95", p95, "ms", 10, "; ".join(per_term)))
    mixed: list[float] = []
    slowest = ("", 0.0)
    for query in ANY_QUERIES:
        samples = timed_ms(partial(journal.search.search, query), max(5, runs // 3), warmup=1)
        mixed += samples
        if max(samples) > slowest[1]:
            slowest = (query, max(samples))
    figures.append(
        Figure("any search query, p95", percentile(mixed, 0.95), "ms", 200,
               f"{len(ANY_QUERIES)} queries; slowest {slowest[0]!r} {slowest[1]:.0f} ms")
    )
    figures += prefix_figures(journal, runs)
    figures += mood_figures(journal, runs)
    return figures


def prefix_figures(journal: Journal, runs: int) -> list[Figure]:
    """One letter typed, ranked and newest first: the largest answers a search can have."""
    figures: list[Figure] = []
    orders = (("ranked", SearchOrder.RANKED, 200), ("newest-first", SearchOrder.NEWEST, 10))
    for label, order, budget in orders:
        samples: list[float] = []
        slowest = ("", 0.0)
        medians: list[str] = []
        for query in ONE_LETTER_QUERIES:
            timed = timed_ms(partial(journal.search.search, query, order=order), max(5, runs // 3), warmup=1)
            samples += timed
            medians.append(f"{query} {statistics.median(timed):.0f}")
            if max(timed) > slowest[1]:
                slowest = (query, max(timed))
        figures.append(
            Figure(f"one-letter prefix, {label}, p95", percentile(samples, 0.95), "ms", budget,
                   f"p50 {', '.join(medians)}; slowest {slowest[0]!r} {slowest[1]:.0f} ms")
        )
    return figures


def mood_figures(journal: Journal, runs: int) -> list[Figure]:
    """The common term on low days only (latest check-in of the day 1 or 2), ranked and newest first."""
    query = COMMON_TERM + " "
    hits = len(journal.search.search(query, LOW_DAYS, limit=journal.count_entries()))
    detail = f"{hits} entries on low days"
    ranked = timed_ms(partial(journal.search.search, query, LOW_DAYS), runs)
    newest = timed_ms(partial(journal.search.search, query, LOW_DAYS, SearchOrder.NEWEST), runs)
    return [
        Figure("ranked search, common term, low days, p95", percentile(ranked, 0.95), "ms", 30, detail),
        Figure("newest-first, common term, low days, p95", percentile(newest, 0.95), "ms", 10, detail),
    ]


def migration_figure(data_dir: Path) -> Figure:
    """Open a copy of the journal as revision 0003 left it: backup plus rebuilding the FTS index."""
    with tempfile.TemporaryDirectory(prefix="trustbridge-migrate-") as folder:
        copy = schema.backup_copy(database_path(data_dir), Path(folder) / "journal.sqlite3")
        engine = create_journal_engine(copy)
        try:
            from alembic import command
            from alembic.config import Config

            config = Config()
            config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.downgrade(config, "0003")
        finally:
            engine.dispose()
        started = time.perf_counter()
        Journal.open(Path(folder)).close()
        seconds = time.perf_counter() - started
    return Figure("opening a 0003 journal (upgrade to 0004)", seconds, "s", None,
                  "backup, then the FTS table remade with prefixes and rebuilt; in the opening worker")


def list_figures(journal: Journal, runs: int) -> list[Figure]:
    first_page = timed_ms(lambda: journal.list_entries(200), runs)
    counting = timed_ms(journal.count_entries, runs)
    return [
        Figure("journal list first page (200 rows), p95", percentile(first_page, 0.95), "ms", 100,
               "store side of first paint"),
        Figure("count_entries, p95", percentile(counting, 0.95), "ms", None, "the lazy model's row count"),
    ]


def autosave_figure(journal: Journal, runs: int = 50) -> Figure:
    """Update one entry's body again and again, as the editor's autosave does, then put it back."""
    original = journal.get_entry(journal.list_entries(1)[0].uuid)

    def draft(body: str) -> EntryDraft:
        return EntryDraft(uuid=original.uuid, kind=original.kind, body=body, stage=original.stage,
                          prompt_key=original.prompt_key, title=original.title, tags=original.tags)

    counter = iter(range(10_000))
    try:
        samples = timed_ms(lambda: journal.save_entry(draft(f"{original.body} edit {next(counter)}")), runs)
    finally:
        journal.save_entry(draft(original.body))
    return Figure("autosave commit incl. index, p95", percentile(samples, 0.95), "ms", 20, f"{runs} saves")


def export_figure(journal: Journal) -> Figure:
    with tempfile.TemporaryDirectory(prefix="trustbridge-export-") as folder:
        target = Path(folder) / "export.json"
        started = time.perf_counter()
        with target.open("w", encoding="utf-8") as stream:
            count = export_json(journal, stream)
        seconds = time.perf_counter() - started
        size = target.stat().st_size / 1e6
    return Figure("export to JSON", seconds, "s", 10, f"{count} entries, {size:.0f} MB")


def import_figure(jrnl_file: Path) -> Figure:
    with tempfile.TemporaryDirectory(prefix="trustbridge-import-") as folder:
        started = time.perf_counter()
        entries = read_jrnl(jrnl_file)
        parsed = time.perf_counter() - started
        journal = Journal.open(Path(folder))
        try:
            added = journal.add_entries(entries)
        finally:
            journal.close()
        seconds = time.perf_counter() - started
    return Figure("import of the jrnl file", seconds, "s", 30,
                  f"{added} entries; parsing {parsed:.1f} s, storing {seconds - parsed:.1f} s")


def resident_mb() -> float:
    """This process's resident set now (VmRSS), falling back to its peak (ru_maxrss)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_probe(data_dir: Path) -> None:
    """Child side: open the journal, show its first page and search once, print the resident MB."""
    journal = Journal.open(data_dir)
    journal.count_entries()
    journal.list_entries(200)
    journal.search.search(COMMON_TERM)
    print(f"{resident_mb():.1f}")
    journal.close()


def memory_figure(data_dir: Path) -> Figure:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), MEMORY_PROBE, str(data_dir)],
        capture_output=True, text=True, check=True, timeout=300,
    )
    return Figure("resident memory, journal open", float(result.stdout.strip().splitlines()[-1]), "MB", 300,
                  "fresh process: open, count, first page, one search")


def run(
    count: int, runs: int, data_dir: Path | None, progress: Callable[[str], None], search_only: bool = False
) -> list[Figure]:
    progress(f"corpus of {count} entries…")
    started = time.perf_counter()
    folder = build_corpus(data_dir, count)
    progress(f"  ready in {time.perf_counter() - started:.1f} s at {folder}")
    figures: list[Figure] = []
    journal = Journal.open(folder)
    try:
        progress("search…")
        figures += search_figures(journal, runs)
        if search_only:
            return figures
        progress("journal list…")
        figures += list_figures(journal, runs)
        progress("autosave…")
        figures.append(autosave_figure(journal))
        progress("export…")
        figures.append(export_figure(journal))
    finally:
        journal.close()
    progress("import…")
    figures.append(import_figure(folder / JRNL_FILE))
    progress("migration…")
    figures.append(migration_figure(folder))
    progress("memory…")
    figures.append(memory_figure(folder))
    return figures


def report(figures: list[Figure], count: int) -> str:
    lines = [f"Trustbridge at {count:,} entries (budgets from DESIGN.md; reported, never asserted)"]
    for figure in figures:
        budget = f"< {figure.budget:g} {figure.unit}" if figure.budget is not None else ""
        lines.append(
            f"  {figure.name:<42} {figure.value:>9.1f} {figure.unit:<3} {budget:<10} {figure.verdict:<14}"
            f" {figure.detail}".rstrip()
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == [MEMORY_PROBE]:
        memory_probe(Path(arguments[1]))
        return 0
    parser = argparse.ArgumentParser(description="Trustbridge's speed at 100,000 entries against DESIGN.md.")
    parser.add_argument("--count", type=int, default=100_000, help="entries (20000: a quick run)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per search and list figure")
    parser.add_argument("--data-dir", type=Path, default=None, help="where to build or find the corpus")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--search-only", action="store_true", help="only the search figures")
    args = parser.parse_args(arguments)
    quiet = args.json

    def progress(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    figures = run(args.count, args.runs, args.data_dir, progress, args.search_only)
    if args.json:
        payload: dict[str, Any] = {
            "count": args.count,
            "figures": [{**asdict(figure), "verdict": figure.verdict} for figure in figures],
        }
        print(json.dumps(payload, indent=2))
    else:
        print(report(figures, args.count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
