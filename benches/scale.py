"""Speed at scale: search (plain and encrypted, and the `trustbridge search` process), the journal
list, autosave, export, import and memory at 100,000 entries.

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
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.domain.records import EntryDraft  # noqa: E402
from app.io.jrnl_format import read_jrnl  # noqa: E402
from app.io.json_format import export_json  # noqa: E402
from app.paths import database_path  # noqa: E402
from app.store import schema  # noqa: E402
from app.store.engine import create_journal_engine  # noqa: E402
from app.store.journal import Journal  # noqa: E402
from benches.corpus import COMMON_TERM, JRNL_FILE, build_corpus  # noqa: E402
from benches.scale_search import (  # noqa: E402
    BENCH_PASSPHRASE,
    Figure,
    cli_figure,
    encrypted_copy,
    percentile,
    read_path_figures,
    search_figures,
    timed_ms,
)

MEMORY_PROBE = "--memory-probe"


def migration_figure(data_dir: Path) -> Figure:
    """Open a copy of the journal as revision 0008 left it: backup plus remaking both FTS indexes (0009)."""
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
                command.downgrade(config, "0008")
        finally:
            engine.dispose()
        started = time.perf_counter()
        Journal.open(Path(folder)).close()
        seconds = time.perf_counter() - started
    return Figure("opening a 0008 journal (upgrade to 0009)", seconds, "s", None,
                  "backup, then both FTS tables remade with 1- and 2-letter prefixes; in the opening worker")


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
    return Figure("import of the jrnl file", seconds, "s", 15,
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
    encrypted = encrypted_copy(folder, progress)
    figures: list[Figure] = []
    journal = Journal.open(folder)
    try:
        progress("search, plain…")
        figures += search_figures(journal, runs, "plain")
        if not search_only:
            progress("journal list…")
            figures += list_figures(journal, runs)
            progress("autosave…")
            figures.append(autosave_figure(journal))
            progress("export…")
            figures.append(export_figure(journal))
    finally:
        journal.close()
    from app.store import encryption

    journal = Journal.open(encrypted, encryption.unlock(encrypted, BENCH_PASSPHRASE))
    try:
        progress("search, encrypted…")
        figures += search_figures(journal, runs, "encrypted")
    finally:
        journal.close()
    progress("search, encrypted, through the command line's read path…")
    figures += read_path_figures(encrypted, runs)
    progress("the search command, plain and encrypted…")
    figures.append(cli_figure(folder, max(5, runs // 3), encrypted=False))
    figures.append(cli_figure(encrypted, max(5, runs // 3), encrypted=True))
    if search_only:
        return figures
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
            f"  {figure.name:<50} {figure.value:>9.1f} {figure.unit:<3} {budget:<10} {figure.verdict:<14}"
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
