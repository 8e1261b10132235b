"""Browsing by date: which days hold entries, mood check-ins and meetings; the list by ids."""

from __future__ import annotations

from app.store.unit import SessionFactory


class TimelineStore:
    """Read-only queries for the calendar and the journal list; one session per call."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
