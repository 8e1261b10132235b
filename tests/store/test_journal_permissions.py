"""The journal's file, its -wal and -shm, and its folder are private (0600, 0700) whatever the umask:
made so for a new journal, and put right at open for one made before. The tests run as root here,
so they look at the modes, not at who can read."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.domain.records import EntryDraft, EntryKind
from app.paths import database_path
from app.store import opening
from app.store.journal import Journal
from app.store.private_file import keep_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The umask most desktops start with: new files 0644, new folders 0755."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def _write(journal: Journal, body: str) -> None:
    journal.save_entry(EntryDraft(uuid=body, kind=EntryKind.FREE, body=body))


@pytest.mark.usefixtures("loose_umask")
def test_a_new_journal_is_private_from_its_first_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "journal"
    path = database_path(data_dir)
    seen: list[int] = []
    real_engine = opening.create_journal_engine

    def engine_noting_the_mode(at: Path, key: bytes | None = None) -> Engine:
        seen.append(mode(at))  # what the file is before SQLite writes the schema into it
        return real_engine(at, key)

    monkeypatch.setattr(opening, "create_journal_engine", engine_noting_the_mode)
    journal = Journal.open(data_dir)
    try:
        _write(journal, "a first private line")
        assert seen == [0o600]
        assert mode(data_dir) == 0o700
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600 and mode(Path(f"{path}-shm")) == 0o600
    finally:
        journal.close()


@pytest.mark.usefixtures("loose_umask")
def test_a_folder_made_beforehand_with_the_umask_is_made_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    data_dir.mkdir()  # as the app's start-up and the command line used to make it: 0755
    assert mode(data_dir) == 0o755
    Journal.open(data_dir).close()
    assert mode(data_dir) == 0o700 and mode(database_path(data_dir)) == 0o600


def test_an_existing_journal_left_open_to_others_is_fixed_at_open(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    journal = Journal.open(data_dir)
    _write(journal, "written before the fix")
    journal.close()
    path = database_path(data_dir)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    wal.write_bytes(b"")  # what a crash can leave beside it, made with a loose umask
    shm.write_bytes(b"")
    for file in (path, wal, shm):
        file.chmod(0o644)
    data_dir.chmod(0o755)

    reopened = Journal.open(data_dir)
    try:
        assert mode(data_dir) == 0o700
        assert [mode(f) for f in (path, wal, shm)] == [0o600, 0o600, 0o600]
        assert [e.preview for e in reopened.list_entries()] == ["written before the fix"]
    finally:
        reopened.close()


def test_a_read_only_journal_is_not_made_writable(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    Journal.open(data_dir).close()
    path = database_path(data_dir)
    path.chmod(0o444)
    keep_private(path)
    assert mode(path) == 0o400  # others lose their access; the owner gains none
    path.chmod(0o600)


def test_a_new_journal_that_could_not_start_leaves_no_empty_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "journal"

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(opening, "ensure_schema", refuse)
    with pytest.raises(opening.StorageUnavailable):
        Journal.open(data_dir)
    assert not database_path(data_dir).exists()  # missing, so the next open starts a new journal
    monkeypatch.undo()
    Journal.open(data_dir).close()
    assert mode(database_path(data_dir)) == 0o600
