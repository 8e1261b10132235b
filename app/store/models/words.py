"""The person's own dictionary: words the spelling check should take as right (revision 0011)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base


class PersonalWordRow(Base):
    """One word, exactly as it was added (case-sensitive: SQLite compares text byte for byte)."""

    __tablename__ = "personal_words"

    word: Mapped[str] = mapped_column(String(64), primary_key=True)
    added_at: Mapped[datetime]
