"""The person's own dictionary: words the spelling check takes as right, kept in the journal.

It lives in the journal file, so an encrypted journal keeps it encrypted, and a backup or a
restore carries it with everything else. A word is kept exactly as it was added, once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select

from app.domain.limits import checked_personal_word  # the rule: the JSON import checks it too
from app.store.models import PersonalWordRow
from app.store.unit import SessionFactory, unit_of_work, utc_now


class PersonalWords:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def words(self) -> list[str]:
        """Every word, in the order SQLite sorts text (byte order)."""
        with unit_of_work(self._sessions) as session:
            return list(session.scalars(select(PersonalWordRow.word).order_by(PersonalWordRow.word)))

    def add(self, word: str, *, at: datetime | None = None) -> str:
        """Keep `word`; a word already kept stays as it is. Returns the word."""
        with unit_of_work(self._sessions) as session:
            if session.get(PersonalWordRow, checked_personal_word(word)) is None:
                session.add(PersonalWordRow(word=word, added_at=at or utc_now()))
        return word

    def add_many(self, words: list[str]) -> int:
        """Keep each word not kept yet (an import); returns how many were new."""
        wanted = list(dict.fromkeys(checked_personal_word(word) for word in words))
        with unit_of_work(self._sessions) as session:
            kept = set(session.scalars(select(PersonalWordRow.word)))
            new = [word for word in wanted if word not in kept]
            now = utc_now()
            session.add_all(PersonalWordRow(word=word, added_at=now) for word in new)
        return len(new)

    def remove(self, word: str) -> None:
        with unit_of_work(self._sessions) as session:
            session.execute(delete(PersonalWordRow).where(PersonalWordRow.word == word))
