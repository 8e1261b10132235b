"""Small private files (settings.json, journal.key): links written through, non-files refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.store.preferences import Preferences, load_preferences, save_preferences, settings_path
from app.store.private_file import write_private_bytes
from tests.files import snapshot


def test_a_symlinked_settings_file_stays_a_link_and_its_target_is_written(tmp_path: Path) -> None:
    """The attack review: `settings --backups-kept 5` replaced the link with a file, the target unchanged."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "trustbridge.json"
    real.write_text('{"backups_kept": 12}', encoding="utf-8")
    link = settings_path(data_dir)
    link.symlink_to(real)

    save_preferences(data_dir, Preferences(backups_kept=5))

    assert link.is_symlink() and link.readlink() == real
    assert load_preferences(data_dir) == Preferences(backups_kept=5)
    assert '"backups_kept": 5' in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(p.name for p in dotfiles.iterdir()) == ["trustbridge.json"]  # no temporary left
    assert sorted(p.name for p in data_dir.iterdir()) == ["settings.json"]


def test_a_relative_link_to_nothing_yet_makes_the_file_where_it_points(tmp_path: Path) -> None:
    (tmp_path / "kept").mkdir()
    link = tmp_path / "journal.key"
    link.symlink_to(Path("kept") / "journal.key")
    write_private_bytes(link, b"key bytes")
    assert link.is_symlink() and (tmp_path / "kept" / "journal.key").read_bytes() == b"key bytes"


def test_a_chain_of_links_is_followed_to_the_file(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.write_bytes(b"old")
    (tmp_path / "middle").symlink_to(real)
    (tmp_path / "first").symlink_to(tmp_path / "middle")
    write_private_bytes(tmp_path / "first", b"new")
    assert real.read_bytes() == b"new"
    assert (tmp_path / "first").is_symlink() and (tmp_path / "middle").is_symlink()


def special(tmp_path: Path, kind: str) -> Path:
    place = tmp_path / "elsewhere"
    if kind == "folder":
        place.mkdir()
        (place / "inside").write_text("kept")
    elif kind == "pipe":
        os.mkfifo(place)
    else:
        return Path("/dev/null")
    return place


CASES = [("folder", False), ("pipe", False), ("folder", True), ("pipe", True), ("device", True)]


@pytest.mark.parametrize(("kind", "linked"), CASES,
                         ids=[f"{kind}-{'linked' if linked else 'in-place'}" for kind, linked in CASES])
def test_a_non_file_is_refused_and_left_as_it_was(tmp_path: Path, kind: str, linked: bool) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    place = special(tmp_path, kind)
    path = settings_path(data_dir)
    if linked:
        path.symlink_to(place)
    else:
        place.rename(path)
        place = path
    before = snapshot(tmp_path)
    kind_before = stat.S_IFMT(place.stat().st_mode)

    with pytest.raises(OSError, match="left as it was"):
        save_preferences(data_dir, Preferences(backups_kept=5))

    assert stat.S_IFMT(place.stat().st_mode) == kind_before
    assert path.is_symlink() == linked
    assert snapshot(tmp_path) == before  # no temporary file left anywhere


def test_a_link_loop_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(OSError):
        write_private_bytes(tmp_path / "a", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
    assert (tmp_path / "a").is_symlink() and (tmp_path / "b").is_symlink()
