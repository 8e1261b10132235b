"""Drafts: the words of a form that is not a record yet, kept as they are typed.

A mood check-in is made by its Save button and a piece of feedback by Add; until then what the
person typed lives here, under the key of the place it was typed, so nothing is lost to a crash
and no list, count, brief or export shows half a record.
"""

from __future__ import annotations

from datetime import datetime

from app.store.models import DraftRow
from app.store.unit import SessionFactory, unit_of_work, utc_now

MAX_KEY_CHARS = 120


def _checked(key: str) -> str:
    if not key or len(key) > MAX_KEY_CHARS:
        raise ValueError(f"a draft's key is 1 to {MAX_KEY_CHARS} characters: {key!r}")
    return key


class DraftStore:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def get(self, key: str) -> str:
        """The words kept under `key`, or "" when there are none."""
        with unit_of_work(self._sessions) as session:
            row = session.get(DraftRow, _checked(key))
            return row.body if row is not None else ""

    def put(self, key: str, body: str, *, at: datetime | None = None) -> None:
        """Keep `body` under `key`; text that is only whitespace clears it instead."""
        with unit_of_work(self._sessions) as session:
            row = session.get(DraftRow, _checked(key))
            if not body.strip():
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                session.add(DraftRow(key=key, body=body, updated_at=at or utc_now()))
                return
            row.body = body
            row.updated_at = at or utc_now()

    def clear(self, key: str) -> None:
        """The form became a record, or was emptied: its draft goes."""
        self.put(key, "")
