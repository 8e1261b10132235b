"""The statistics SQLite's query planner reads (`sqlite_stat1`), kept current for the entries table,
so Today's queries take their indexes at any size.

Without statistics the planner reads every reflection to answer "which prompts have an answer"
(~90-150 ms at 100,000 entries); with them it skips along `ix_entries_stage_prompt_key`, a few
hundred rows (under 1 ms on SQLite 3.53, ~6-13 ms on 3.40).

Why `ANALYZE entries` and not `PRAGMA optimize` (measured at 100k, 2 shared cores):
- `PRAGMA optimize` on SQLite >= 3.46 (SQLCipher's 3.53) analyzes with a sampling limit of 2000
  rows; the sampled numbers say ~1334 rows per prompt instead of ~4000, and the planner goes back
  to reading every reflection (78 ms). With no statistics yet, `PRAGMA optimize=0x10002` analyzes
  every table, FTS5's shadow tables included: 258 ms. On 3.40 (the standard library's) the 0x10000
  bit is unknown and a new connection's `PRAGMA optimize` analyzes nothing.
- A full `ANALYZE` takes 240-330 ms; `ANALYZE entries` 90-105 ms, and exact.
- Analyzing the partial index `ix_entries_live_created_at_id` (live entries only) makes the planner
  count entries with a whole-table scan (180 ms instead of 10-20 ms). So each of the entries'
  other indexes is analyzed by name and that one is left out: the planner keeps treating it as
  the partial index it is.

When: only the process that holds the data folder (the app) writes statistics. At open, when the
entries table holds some writing and has never been analyzed (a journal made before this version,
or filled by a command-line import): once, ~100 ms at 100k. At close, when the table has grown to
more than twice what the statistics say (an import): the estimate is `max(id)`, free; the exact
count (~10 ms) only when that estimate says so. Either is best effort: a failure is logged and
never stops an open or a close.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine

log = logging.getLogger(__name__)

PLANNED_INDEX = "ix_entries_stage_prompt_key"  # whose statistics tell whether the table was analyzed
FEWEST_ROWS = 200  # below this every plan is fast: nothing to analyze


def keep_statistics(engine: Engine, *, at_open: bool) -> None:
    """Analyze the entries table if it needs it (see the module's account); never raises."""
    try:
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            if needs_analysis(driver, at_open=at_open):
                analyze_entries(driver)
    except Exception:  # statistics only make reads faster: an open or a close goes on without them
        log.warning("could not bring the journal's query statistics up to date", exc_info=True)


def analyzed_rows(driver: Any) -> int | None:
    """How many entries the statistics were taken over; None when never analyzed."""
    if driver.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is None:
        return None
    row = driver.execute(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'entries' AND idx = ?", (PLANNED_INDEX,)
    ).fetchone()
    if row is None:
        return None
    try:
        return int(str(row[0]).split()[0])
    except (ValueError, IndexError):
        return None


def needs_analysis(driver: Any, *, at_open: bool) -> bool:
    highest = driver.execute("SELECT max(id) FROM entries").fetchone()[0] or 0
    if highest < FEWEST_ROWS:
        return False
    known = analyzed_rows(driver)
    if known is None:
        return True
    if at_open or highest <= 2 * known + FEWEST_ROWS:
        return False
    count = driver.execute("SELECT count(*) FROM entries").fetchone()[0]
    return bool(count > 2 * known + FEWEST_ROWS)


def analyze_entries(driver: Any) -> None:
    """ANALYZE each of the entries' indexes but the partial one, in one transaction."""
    names = [str(row[0]) for row in driver.execute(
        "SELECT name FROM pragma_index_list('entries') WHERE partial = 0 ORDER BY name"
    )]
    managed = driver.isolation_level
    driver.isolation_level = None  # BEGIN by hand: ANALYZE alone would commit on its own
    try:
        driver.execute("BEGIN IMMEDIATE")
        try:
            for name in names:
                quoted = name.replace('"', '""')
                driver.execute(f'ANALYZE "{quoted}"')
            driver.execute("COMMIT")
        except BaseException:
            driver.execute("ROLLBACK")
            raise
    finally:
        driver.isolation_level = managed
