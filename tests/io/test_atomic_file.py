"""Every file the app writes goes through app/io/atomic_file.py: what is at the target decides.

A symlink is written through (the link stays, its target is replaced in its own folder); a folder,
a device, a named pipe or a socket is refused before anything is written; a failure leaves the old
file; a new file is 0600 and a replaced one keeps its permissions.
"""

from __future__ import annotations

import errno
import os
import socket
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.io.atomic_file import NotAFile, replacing, write_text

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks, FIFOs and modes as on POSIX")


def write(path: Path, text: str) -> int:
    return write_text(path, lambda stream: stream.write(text))


def leftovers(*folders: Path) -> list[str]:
    return [p.name for folder in folders for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "real.json"
    target.write_text("old")
    link = tmp_path / "export.json"
    link.symlink_to(target)
    write(link, "new")
    assert link.is_symlink() and link.readlink() == target
    assert target.read_text() == "new"
    assert leftovers(tmp_path, elsewhere) == []


def test_a_relative_chain_of_links_reaches_the_file_at_its_end(tmp_path: Path) -> None:
    (tmp_path / "real.md").write_text("old")
    (tmp_path / "middle.md").symlink_to("real.md")
    (tmp_path / "export.md").symlink_to("middle.md")
    write(tmp_path / "export.md", "new")
    assert (tmp_path / "real.md").read_text() == "new"
    assert (tmp_path / "export.md").readlink() == Path("middle.md")
    assert (tmp_path / "middle.md").readlink() == Path("real.md")


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "export.html"
    link.symlink_to(tmp_path / "not-yet.html")
    write(link, "<p>hi</p>")
    assert link.is_symlink() and (tmp_path / "not-yet.html").read_text() == "<p>hi</p>"


def test_a_symlink_loop_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(OSError) as raised:
        write(tmp_path / "a", "x")
    assert raised.value.errno == errno.ELOOP
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_a_missing_folder_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write(tmp_path / "missing" / "export.json", "x")
    assert list(tmp_path.iterdir()) == []


def _refused(path: Path, kind: str) -> None:
    with pytest.raises(NotAFile) as raised:
        write(path, "x")
    assert raised.value.strerror == f"it is {kind}, not a file, so it was left as it was"
    assert "\n" not in str(raised.value)
    assert leftovers(path.parent) == []


def test_a_fifo_is_refused_untouched(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    _refused(fifo, "a named pipe")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_folder_and_a_link_to_a_folder_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder)
    _refused(folder, "a folder")
    _refused(tmp_path / "link", "a folder")
    assert folder.is_dir() and (tmp_path / "link").is_symlink() and list(folder.iterdir()) == []


def test_a_socket_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s"
    if len(str(path)) > 100:
        pytest.skip("the temporary path is too long for a Unix socket")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        _refused(path, "a socket")
        assert stat.S_ISSOCK(path.lstat().st_mode)
    finally:
        server.close()


def make_device(path: Path) -> None:
    """A character device like /dev/full (1, 7), made here so no real device is ever at risk."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root (CAP_MKNOD)")


def test_a_device_and_a_link_to_one_are_refused_untouched(tmp_path: Path) -> None:
    device = tmp_path / "full"
    make_device(device)
    (tmp_path / "link").symlink_to(device)
    _refused(device, "a device")
    _refused(tmp_path / "link", "a device")
    assert stat.S_ISCHR(device.lstat().st_mode) and (tmp_path / "link").is_symlink()


def test_a_failed_block_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"old and good")
    with pytest.raises(OSError, match="disk full"), replacing(target) as temporary:
        temporary.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "disk full")
    assert target.read_bytes() == b"old and good"
    assert leftovers(tmp_path) == []


@pytest.mark.usefixtures("loose_umask")
def test_a_new_file_is_private(tmp_path: Path) -> None:
    write(tmp_path / "new.json", "x")
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o600


@pytest.mark.usefixtures("loose_umask")
@pytest.mark.parametrize(("before", "after"), [(0o644, 0o644), (0o640, 0o640), (0o600, 0o600),
                                               (0o4755, 0o755)])
def test_a_replaced_file_keeps_its_permissions_without_set_id_bits(
    tmp_path: Path, before: int, after: int
) -> None:
    target = tmp_path / "export.md"
    target.write_text("old")
    target.chmod(before)
    write(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == after


@pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="giving a file away needs root")
def test_root_replacing_someone_elses_file_keeps_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "export.md"
    target.write_text("old")
    os.chown(target, 4321, 4321)
    target.chmod(0o640)
    write(target, "new")
    info = target.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (4321, 4321, 0o640)


@contextmanager
def as_a_plain_account(*owned: Path) -> Iterator[None]:
    """Run the block with a plain account's rights (root: as `nobody`, owning `owned`)."""
    if os.geteuid() != 0:
        yield
        return
    nobody = 65534
    for path in owned:
        os.chown(path, nobody, nobody)
    os.seteuid(nobody)
    try:
        yield
    finally:
        os.seteuid(0)


def test_a_read_only_file_is_left_as_it_was() -> None:
    """Made read-only by its owner, a file is not replaced (`cp` or `>` would refuse too); root,
    whom nothing is read-only to, is the one exception, as for every other program."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:  # pytest's own folders are closed to other accounts
        folder = Path(scratch)
        folder.chmod(0o755)
        target = folder / "export.md"
        target.write_text("old")
        target.chmod(0o444)
        with as_a_plain_account(folder, target), pytest.raises(PermissionError, match="read-only"):
            write(target, "new")
        assert target.read_text() == "old" and leftovers(folder) == []


@pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="only root writes a read-only file")
def test_root_still_replaces_a_read_only_file_keeping_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "export.md"
    target.write_text("old")
    target.chmod(0o444)
    write(target, "new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o444
