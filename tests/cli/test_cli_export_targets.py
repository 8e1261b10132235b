"""`export --out` onto what is already there: a symlink is written through, anything that is not a
plain file (a named pipe, a device, a socket, a folder) is refused with one line, left as it was.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.cli import parse_args, run
from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal
from tests.io.test_atomic_file import make_device

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="symlinks, FIFOs and devices as on POSIX"),
    pytest.mark.usefixtures("qapp"),  # the PDF export would start a bare QGuiApplication in this process
]


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        journal.save_entry(EntryDraft(uuid="cccccccc-0000-4000-8000-000000000001", kind=EntryKind.FREE,
                                      body="Written through the link."))
    finally:
        journal.close()
    return folder


def export(journal_dir: Path, format_name: str, out: Path) -> int:
    return run(parse_args(["--data-dir", str(journal_dir), "export", "--format", format_name,
                           "--out", str(out)]))


@pytest.mark.parametrize("format_name", ["json", "markdown", "html", "pdf"])
def test_export_onto_a_symlink_writes_its_target_and_keeps_the_link(
    journal_dir: Path, tmp_path: Path, format_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "latest"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "out"
    link.symlink_to(target)
    assert export(journal_dir, format_name, link) == 0, capsys.readouterr().err
    assert link.is_symlink() and link.readlink() == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF") if format_name == "pdf" else b"Written through the link." in data
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the person's own choice of who may read it
    assert [p.name for p in (*tmp_path.iterdir(), *shared.iterdir()) if p.name.endswith(".part")] == []


def _refused(journal_dir: Path, out: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    for format_name in ("json", "pdf"):
        assert export(journal_dir, format_name, out) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("trustbridge")
        assert err.endswith(f"can't write {out}: it is {kind}, not a file, so it was left as it was.\n")


def test_export_onto_a_named_pipe_is_refused_without_blocking(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # opening it to write would wait for a reader forever
    _refused(journal_dir, fifo, "a named pipe", capsys)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal", "pipe"]


def test_export_onto_a_device_or_a_link_to_one_is_refused(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = tmp_path / "full"
    make_device(device)  # the same device as /dev/full, made here so no real one is at risk
    link = tmp_path / "link"
    link.symlink_to(device)
    _refused(journal_dir, device, "a device", capsys)
    _refused(journal_dir, link, "a device", capsys)
    assert stat.S_ISCHR(device.lstat().st_mode) and link.is_symlink()


def test_export_onto_a_folder_is_refused(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    _refused(journal_dir, folder, "a folder", capsys)
    assert list(folder.iterdir()) == []


def test_export_into_the_journal_s_own_folder_is_refused(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export over the key file, the journal or a backup would make the journal unreadable."""
    from app.paths import database_path
    from app.store.backups import backups_dir, make_backup
    from tests.files import snapshot

    made = make_backup(database_path(journal_dir), backups_dir(journal_dir))
    (journal_dir / "journal.key").write_text("{}")  # as an encrypted journal would have it
    link = tmp_path / "innocent.json"
    link.symlink_to(database_path(journal_dir))
    before = snapshot(journal_dir)
    targets = [journal_dir / "journal.key", database_path(journal_dir), made.path, link,
               journal_dir / "new-export.json", journal_dir / "logs" / ".." / "x.md"]
    for out in targets:
        for format_name in ("json", "markdown", "pdf", "markdown-folder"):
            assert export(journal_dir, format_name, out) == 1, (out, format_name)
            err = capsys.readouterr().err
            assert err.count("\n") == 1, err
            assert "inside the folder where Trustbridge keeps the journal" in err, err
    assert snapshot(journal_dir) == before and link.is_symlink()
