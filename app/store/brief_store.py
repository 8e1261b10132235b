"""Gathering what a check-in brief is made of, in one read."""

from __future__ import annotations

from app.store.unit import SessionFactory


class BriefStore:
    """Read-only: everything since the previous check-in, for app/domain/brief.py to arrange."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
