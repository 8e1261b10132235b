"""Search at scale, plain and encrypted: every keystroke's statement and the `trustbridge search` process.

Used by benches/scale.py, which prints each figure beside its DESIGN.md budget. What "best match"
means for short and common searches (newest first for one or two letters or a short word being
typed; bm25 over the newest RANK_WINDOW matches when each word is in more than RANK_ALL places)
is `app.domain.search.effective_order` and
`app/store/search_sql.py`; these figures are what a person typing sees.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from app.domain.search import SearchFilters, SearchOrder
from app.paths import database_path
from app.store.journal import Journal
from benches.corpus import COMMON_TERM, RARE_TERM

REPO = Path(__file__).resolve().parent.parent
# What people type while searching: a first letter, two letters, a word being typed (prefix), two
# words, a phrase, a common word with another.
ANY_QUERIES = ("m", "st", "wor", "feedback manager", '"told the"', f"{COMMON_TERM} goal", "worried about",
               "the m")
ONE_LETTER_QUERIES = ("m", "s", "w", "t", "e")
LOW_DAYS = SearchFilters(moods=frozenset({1, 2}))
BENCH_PASSPHRASE = "bench passphrase for the encrypted corpus"  # a throwaway corpus, never a person's


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


def search_figures(journal: Journal, runs: int, label: str) -> list[Figure]:
    """Every per-keystroke search budget, for a journal opened plain or encrypted (`label`)."""
    encrypted = label == "encrypted"
    keystroke = 60.0 if encrypted else 30.0
    search = journal.search.search
    figures: list[Figure] = []
    total = journal.count_entries()
    for name, term in (("rare", RARE_TERM), ("common", COMMON_TERM)):
        query = term + " "  # a finished word, not a prefix still being typed
        hits = len(search(query, order=SearchOrder.NEWEST, limit=total))
        share = f"term in {hits / total:.1%} of entries" if total else ""
        samples = timed_ms(partial(search, query, limit=50), runs)
        figures.append(Figure(f"{label}: ranked top 50, {name} term, p95", percentile(samples, 0.95), "ms",
                              keystroke, f"p50 {statistics.median(samples):.1f} ms; {share}"))
    newest: list[float] = []
    per_term: list[str] = []
    for name, term in (("rare", RARE_TERM), ("common", COMMON_TERM)):
        samples = timed_ms(partial(search, term + " ", order=SearchOrder.NEWEST), runs)
        newest += samples
        per_term.append(f"{name} {percentile(samples, 0.95):.1f} ms")
    # DESIGN's newest-first budget is 10 ms; encrypted, every keystroke's is 60 ms.
    figures.append(Figure(f"{label}: newest-first, p95", percentile(newest, 0.95), "ms",
                          keystroke if encrypted else 10.0, "; ".join(per_term)))
    ranked = SearchOrder.RANKED
    figures.append(_mixed(f"{label}: any query, p95", search, ANY_QUERIES, runs, keystroke, ranked))
    figures.append(_mixed(f"{label}: one letter, best match, p95", search, ONE_LETTER_QUERIES, runs,
                          keystroke, ranked))
    query = COMMON_TERM + " "
    ranked = timed_ms(partial(search, query, LOW_DAYS), runs)
    figures.append(Figure(f"{label}: common term, low days, p95", percentile(ranked, 0.95), "ms", keystroke))
    return figures


def _mixed(name: str, search: Callable[..., object], queries: tuple[str, ...], runs: int, budget: float,
           order: SearchOrder) -> Figure:
    samples: list[float] = []
    slowest = ("", 0.0)
    medians: list[str] = []
    for query in queries:
        timed = timed_ms(partial(search, query, order=order), max(5, runs // 3), warmup=1)
        samples += timed
        medians.append(f"{query} {statistics.median(timed):.0f}")
        if max(timed) > slowest[1]:
            slowest = (query, max(timed))
    return Figure(name, percentile(samples, 0.95), "ms", budget,
                  f"p50 {', '.join(medians)}; slowest {slowest[0]!r} {slowest[1]:.0f} ms")


READ_PATH_PROBE = "--read-path-probe"


def read_path_figures(folder: Path, runs: int) -> list[Figure]:
    """The same searches through `trustbridge search`'s read path (app/store/search_read.py), in a
    fresh process, each on a fresh connection as one `trustbridge search` makes it (a cold page
    cache, every page decrypted anew). Reported without a budget of their own: the per-keystroke
    budgets are the app's, where one connection serves every keystroke; the command's budget is
    its whole process against a sqlite3 process (`cli_figure`)."""
    command = [sys.executable, str(Path(__file__).resolve()), READ_PATH_PROBE, str(folder), str(runs)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    samples: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return [Figure(f"encrypted, read path: {name}, p95", percentile(values, 0.95), "ms", None,
                   f"p50 {statistics.median(values):.1f} ms; each a fresh connection (cold page cache), "
                   "as one `trustbridge search` (budget: the process line)")
            for name, values in samples.items()]


def _read_path_probe(folder: Path, runs: int) -> None:
    from app.store import encryption
    from app.store.search_read import quick_search

    key = encryption.unlock(folder, BENCH_PASSPHRASE)
    groups = {"one letter, best match": ONE_LETTER_QUERIES, "any query": ANY_QUERIES,
              "ranked top 50, common term": (COMMON_TERM + " ",),
              "newest-first": (RARE_TERM + " ", COMMON_TERM + " ")}
    samples: dict[str, list[float]] = {}
    for name, queries in groups.items():
        order = SearchOrder.NEWEST if name == "newest-first" else SearchOrder.RANKED
        for query in queries:
            samples.setdefault(name, []).extend(
                timed_ms(partial(quick_search, folder, key, query, order=order), max(5, runs // 3), warmup=1))
    print(json.dumps(samples))


def encrypted_copy(folder: Path, progress: Callable[[str], None]) -> Path:
    """An encrypted copy of the corpus beside it (cached; made once, about a minute at 100k)."""
    target = folder.with_name(folder.name + "-encrypted")
    done = target / ".complete"
    if done.exists() and database_path(target).exists():
        return target
    from app.store import encryption
    from app.store.schema import backup_copy

    progress(f"  making an encrypted copy at {target}…")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(mode=0o700, parents=True)
    backup_copy(database_path(folder), database_path(target))
    Journal.open(target).close()  # at head before encrypting, so no later open upgrades it
    encryption.encrypt_journal(target, BENCH_PASSPHRASE)
    shutil.rmtree(target / "backups", ignore_errors=True)  # the plain copy's before-upgrade backup
    done.write_text("made by benches/scale_search.py\n")
    return target


_SQLITE_PROCESS = """
import sqlite3, sys
c = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
c.execute("SELECT rowid, snippet(entries_fts, -1, '[', ']', '…', 16) FROM entries_fts "
          "WHERE entries_fts MATCH ? ORDER BY rank LIMIT 20", (sys.argv[2],)).fetchall()
"""
_SQLCIPHER_PROCESS = """
import sys
from pathlib import Path
import sqlcipher3
from app.store import encryption, keys
key = encryption.unlock(Path(sys.argv[3]), sys.argv[4])
c = sqlcipher3.dbapi2.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
c.execute('PRAGMA key = "' + keys.sqlcipher_key(key) + '"')
c.execute("SELECT rowid, snippet(entries_fts, -1, '[', ']', '…', 16) FROM entries_fts "
          "WHERE entries_fts MATCH ? ORDER BY rank LIMIT 20", (sys.argv[2],)).fetchall()
"""


def cli_figure(folder: Path, runs: int, encrypted: bool) -> Figure:
    """`python -m app search` against a `python -c` process that opens the file with the standard
    sqlite3 module (SQLCipher's, unlocking the key the same way, when encrypted) and runs one
    search; spawned alternately, medians compared."""
    path = str(database_path(folder))
    env = {**os.environ, "TRUSTBRIDGE_PASSPHRASE": BENCH_PASSPHRASE, "PYTHONPATH": str(REPO)}
    app = [sys.executable, "-m", "app", "--data-dir", str(folder), "search", COMMON_TERM]
    if encrypted:
        base = [sys.executable, "-c", _SQLCIPHER_PROCESS, path, f'"{COMMON_TERM}"', str(folder),
                BENCH_PASSPHRASE]
    else:
        base = [sys.executable, "-c", _SQLITE_PROCESS, path, f'"{COMMON_TERM}"']
    spawned: dict[str, list[float]] = {"app": [], "base": []}
    for run in range(runs + 1):
        for name, command in (("app", app), ("base", base)):
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env, cwd=REPO, timeout=120)
            if run:  # the first pair warms the page cache
                spawned[name].append((time.perf_counter() - started) * 1000)
    app_ms, base_ms = statistics.median(spawned["app"]), statistics.median(spawned["base"])
    label = "encrypted" if encrypted else "plain"
    return Figure(f"{label}: `trustbridge search` / sqlite3 process", app_ms / base_ms, "x", 6.0,
                  f"median {app_ms:.0f} ms vs {base_ms:.0f} ms over {runs} alternate spawns"
                  + ("; both derive the key from the passphrase" if encrypted else ""))


if __name__ == "__main__" and sys.argv[1:2] == [READ_PATH_PROBE]:
    _read_path_probe(Path(sys.argv[2]), int(sys.argv[3]))
