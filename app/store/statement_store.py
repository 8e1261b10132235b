"""The ownership statement: one working draft, and the versions saved from it.

At most one version is final; the file itself guarantees it (a partial unique index), so the
service clears the old final before it marks a new one.
"""

from __future__ import annotations

from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.workbench import StatementDraft, StatementParts, StatementVersion
from app.store.errors import NotFound
from app.store.models import StatementDraftRow, StatementVersionRow
from app.store.unit import SessionFactory, as_utc, unit_of_work, utc_now

DRAFT_ID = 1
EMPTY_DRAFT = StatementDraft(parts=StatementParts(), text="", updated_at=None)


def _parts(row: StatementDraftRow | StatementVersionRow) -> StatementParts:
    return StatementParts(
        what_is_true=row.what_is_true,
        what_i_own=row.what_i_own,
        what_i_commit_to=row.what_i_commit_to,
        what_i_need=row.what_i_need,
    )


def _set_parts(row: StatementDraftRow | StatementVersionRow, parts: StatementParts, text: str) -> None:
    row.what_is_true = parts.what_is_true
    row.what_i_own = parts.what_i_own
    row.what_i_commit_to = parts.what_i_commit_to
    row.what_i_need = parts.what_i_need
    row.text = text


def to_draft(row: StatementDraftRow | None) -> StatementDraft:
    if row is None:
        return EMPTY_DRAFT
    return StatementDraft(
        parts=_parts(row), text=row.text, updated_at=as_utc(row.updated_at), say_on=row.say_on,
        said_on=row.said_on,
    )


def to_version(row: StatementVersionRow) -> StatementVersion:
    return StatementVersion(
        uuid=row.uuid,
        number=row.number,
        parts=_parts(row),
        text=row.text,
        is_final=row.is_final,
        created_at=as_utc(row.created_at),
    )


def version_row(version: StatementVersion) -> StatementVersionRow:
    row = StatementVersionRow(
        uuid=version.uuid, number=version.number, is_final=version.is_final, created_at=version.created_at
    )
    _set_parts(row, version.parts, version.text)
    return row


def is_blank(draft: StatementDraft) -> bool:
    """Nothing written in any part nor in the text: an import may fill it."""
    parts = draft.parts
    texts = (parts.what_is_true, parts.what_i_own, parts.what_i_commit_to, parts.what_i_need, draft.text)
    return all(not value.strip() for value in texts)


def write_draft(
    session: Session, parts: StatementParts, text: str, updated_at: datetime | None = None
) -> StatementDraft:
    """Replace the single draft row (creating it the first time); stamped now unless told."""
    row = session.get(StatementDraftRow, DRAFT_ID)
    if row is None:
        row = StatementDraftRow(id=DRAFT_ID)
        session.add(row)
    _set_parts(row, parts, text)
    row.updated_at = updated_at or utc_now()
    session.flush()
    return to_draft(row)


def load_draft(session: Session) -> StatementDraft:
    return to_draft(session.get(StatementDraftRow, DRAFT_ID))


def has_final(session: Session) -> bool:
    query = select(StatementVersionRow.id).where(StatementVersionRow.is_final).limit(1)
    return session.scalar(query) is not None


def clear_final(session: Session) -> None:
    session.execute(
        update(StatementVersionRow).where(StatementVersionRow.is_final).values(is_final=False)
    )


class StatementStore:
    """The ownership statement workshop's storage."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def draft(self) -> StatementDraft:
        with unit_of_work(self._sessions) as session:
            return load_draft(session)

    def save_draft(
        self, parts: StatementParts, text: str, *, at: datetime | None = None
    ) -> StatementDraft:
        """Replace the working draft, stamped `at` (the caller's clock) or now."""
        with unit_of_work(self._sessions) as session:
            return write_draft(session, parts, text, at)

    def set_say_on(self, day: date | None) -> StatementDraft:
        """When the person means to say the statement (None: not chosen yet)."""
        with unit_of_work(self._sessions) as session:
            row = session.get(StatementDraftRow, DRAFT_ID)
            if row is None:
                write_draft(session, StatementParts(), "")
                row = session.get(StatementDraftRow, DRAFT_ID)
                assert row is not None
            row.say_on = day
            session.flush()
            return to_draft(row)

    def said_on(self) -> date | None:
        """The day the person marked the statement as said, or None (not said yet)."""
        return self.draft().said_on

    def mark_said(self, day: date | None, *, at: datetime | None = None) -> None:
        """Remember that the statement was said on `day` (None: not said after all)."""
        with unit_of_work(self._sessions) as session:
            row = session.get(StatementDraftRow, DRAFT_ID)
            if row is None:
                write_draft(session, StatementParts(), "", at)
                row = session.get(StatementDraftRow, DRAFT_ID)
                assert row is not None
            row.said_on = day
            session.flush()

    def versions(self) -> list[StatementVersion]:
        """Newest first."""
        with unit_of_work(self._sessions) as session:
            rows = session.scalars(
                select(StatementVersionRow).order_by(
                    StatementVersionRow.number.desc(), StatementVersionRow.id.desc()
                )
            ).all()
            return [to_version(row) for row in rows]

    def save_version(
        self, parts: StatementParts, text: str, *, at: datetime | None = None
    ) -> StatementVersion:
        """Keep what is written now as the next numbered version (never final at first), made
        `at` (the caller's clock) or now."""
        with unit_of_work(self._sessions) as session:
            highest = session.scalar(select(func.max(StatementVersionRow.number))) or 0
            row = StatementVersionRow(
                uuid=str(uuid4()), number=highest + 1, is_final=False, created_at=at or utc_now()
            )
            _set_parts(row, parts, text)
            session.add(row)
            session.flush()
            return to_version(row)

    def restore_version(self, uuid: str, *, at: datetime | None = None) -> StatementDraft:
        """Put a version's parts and text back into the working draft, stamped `at` or now."""
        with unit_of_work(self._sessions) as session:
            row = _version(session, uuid)
            return write_draft(session, _parts(row), row.text, at)

    def mark_final(self, uuid: str | None) -> None:
        """Make this version the one final version; None leaves no version final."""
        with unit_of_work(self._sessions) as session:
            row = _version(session, uuid) if uuid is not None else None
            clear_final(session)  # runs at once, so the new final never meets the old one
            if row is not None:
                row.is_final = True

    def final(self) -> StatementVersion | None:
        with unit_of_work(self._sessions) as session:
            row = session.scalars(select(StatementVersionRow).where(StatementVersionRow.is_final)).first()
            return to_version(row) if row else None

    def delete_version(self, uuid: str) -> None:
        with unit_of_work(self._sessions) as session:
            session.delete(_version(session, uuid))

    def put_version(self, version: StatementVersion) -> None:
        """Store a version exactly as given (undo of a delete). A final one becomes the final."""
        with unit_of_work(self._sessions) as session:
            if version.is_final:
                clear_final(session)
            existing = session.scalars(
                select(StatementVersionRow).where(StatementVersionRow.uuid == version.uuid)
            ).first()
            if existing is not None:
                session.delete(existing)
                session.flush()
            session.add(version_row(version))


def _version(session: Session, uuid: str) -> StatementVersionRow:
    row = session.scalars(select(StatementVersionRow).where(StatementVersionRow.uuid == uuid)).first()
    if row is None:
        raise NotFound(f"No statement version {uuid}")
    return row
