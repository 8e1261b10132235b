"""The command line's quick search: the app's own statement, read with the standard sqlite3 module.

`trustbridge search` is a whole process per search, and most of what `Journal.open` costs
(SQLAlchemy, the models, the stores, the schema check) buys nothing for one read. This path opens
the file read-only with `sqlite3` (SQLCipher's module when encrypted), runs the statements from
`app/store/search_sql.py` (the same text the app runs through SQLAlchemy) and closes it. It writes
nothing: no WAL switch, no marker, no upgrade, no log of its own.

It only answers for a journal in the settled state (app/store/quick_read.py, which the first
page's quick read at start-up shares); for anything else it returns None and the caller opens the
journal the normal way, which knows how to settle, upgrade, refuse or explain: no journal file
yet, an encryption or decryption cut short (files beside the journal), a key file without a key
(or a key that is not this journal's), another process that died with the journal open (its full
check is due), a schema other than this version's head, or any error the driver raises (damage, a
file that is not a database, a locked or unreadable file).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from app.domain.search import RANK_ALL, RANK_WINDOW, SearchFilters, SearchHit, SearchOrder
from app.store.quick_read import open_settled, reading_errors
from app.store.search_hits import search_with
from app.store.search_sql import ANY, Statement
from app.store.search_terms import VOCABULARY_SQL

log = logging.getLogger(__name__)


def quick_search(
    data_dir: Path, key: bytes | None, text: str, filters: SearchFilters = ANY,
    order: SearchOrder = SearchOrder.RANKED, limit: int = 50, window: int = RANK_WINDOW,
    rank_all: int = RANK_ALL,
) -> list[SearchHit] | None:
    """The hits `Journal.search.search` would give, or None: then open the journal the normal way."""
    # The word list's temporary tables are this connection's own: made before it turns read-only.
    connection = open_settled(data_dir, key, prepare=VOCABULARY_SQL)
    if connection is None:
        return None
    with closing(connection):
        try:
            def run(statement: Statement) -> Sequence[Sequence[Any]]:
                return connection.execute(statement.sql, statement.params).fetchall()  # type: ignore[no-any-return]

            return search_with(run, text, filters, order, limit, window, rank_all)
        except reading_errors(key) as error:  # even FTS5 refusing an expression: the app's path decides
            log.info("the quick search read path gave way to the normal open: %s", error)
            return None
