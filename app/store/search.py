"""Full-text search over everything written, entries and the words in every tool, for the app.

The statement and what "best match" means live in `app/store/search_sql.py` (plain SQL text,
shared with the command line's read path in `app/store/search_read.py`); this service runs it
through SQLAlchemy, one session per call like every store service.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError

from app.domain.search import RANK_ALL, RANK_WINDOW, SearchFilters, SearchHit, SearchOrder
from app.store.search_hits import search_with
from app.store.search_sql import ANY, Statement, is_refusal
from app.store.unit import SessionFactory, describe, unit_of_work

log = logging.getLogger(__name__)


class SearchService:
    """Searches the journal; like every store service, one session per call."""

    def __init__(self, sessions: SessionFactory, window: int = RANK_WINDOW, rank_all: int = RANK_ALL) -> None:
        self._sessions = sessions
        # How many matches are ranked whole, and how many of the newest otherwise (tests: fewer).
        self._window, self._rank_all = window, rank_all

    def search(
        self,
        text: str,
        filters: SearchFilters = ANY,
        order: SearchOrder = SearchOrder.RANKED,
        limit: int = 50,
    ) -> list[SearchHit]:
        """What matches what the person typed, entries and tools in one list, best or newest first
        (newest first for a search of one or two letters: `effective_order`); [] if nothing to match.

        Never raises on odd input: `fts_query` only builds expressions FTS5 accepts, and should
        SQLite still refuse one, the search finds nothing rather than failing while they type.
        """
        with unit_of_work(self._sessions) as session:

            def run(statement: Statement) -> list[Any]:
                result = session.execute(sql_text(statement.sql), statement.params)
                return list(result.all()) if statement.rows else []

            try:
                return search_with(run, text, filters, order, limit, self._window, self._rank_all)
            except DBAPIError as error:
                if not is_refusal(describe(error)):
                    raise
                log.warning("FTS5 refused a search expression: %s", describe(error))
                session.rollback()
                return []
