"""What the window's first page needs, read before SQLAlchemy has loaded.

At start-up the store's modules take most of a second to load. Today's writing field needs only
tonight's entry (and whether a plan exists, for where the stages go), so the window reads those
here with the standard sqlite3 module, shows Today at once, and opens the journal meanwhile. Only
a plain journal in the settled state is read this way (quick_read.py); for anything else this
returns None and the window waits for the normal open, as before.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.records import Entry, EntryKind
from app.store.day_entry_sql import day_entry, has_plan
from app.store.errors import StorageUnavailable
from app.store.quick_read import open_settled

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FirstPage:
    """Tonight's entry of the kind Today opens on, and whether the person has a plan yet."""

    day: date
    entry: Entry | None
    has_plan: bool


def read_first_page(data_dir: Path, kind: EntryKind, day: date) -> FirstPage | None:
    """Tonight's entry as `Journal.entry_for_day` would give it, or None: then wait for the open
    (which also says so when another process is converting the journal just now)."""
    try:
        connection = open_settled(data_dir, None)
    except StorageUnavailable:
        return None
    if connection is None:
        return None
    with closing(connection):
        def run(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
            return connection.execute(sql, dict(params)).fetchall()  # type: ignore[no-any-return]

        try:
            return FirstPage(day, day_entry(run, kind, day), has_plan(run))
        except (sqlite3.Error, ValueError) as error:  # ValueError: a value no entry holds
            log.info("the first page waits for the normal open: %s", error)
            return None
