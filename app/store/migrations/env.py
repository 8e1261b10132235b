"""Alembic environment: runs on the connection Trustbridge hands it (see app.store.schema)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """The FTS5 index and its shadow tables are managed by hand in the revisions."""
    return not (type_ == "table" and name is not None and name.startswith("entries_fts"))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, for developers writing revisions
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        # Every pending step in the one transaction app.store.schema.upgrade_to_head opens, so a
        # step that fails undoes the steps before it too and the file is left as it was.
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
