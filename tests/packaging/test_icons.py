"""The packaged icons are the app's SVG as Qt draws it, at every size the packages install.

packaging/render_icons.py renders them; these tests render again and compare, so an edited SVG with
icons left behind fails here (and in `make check-packaging`) until the script is run and its output
committed.
"""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons", REPO / "packaging" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render_icons", module)
    spec.loader.exec_module(module)
    return module


def test_every_size_is_there_at_its_size(icons: ModuleType) -> None:
    assert icons.SIZES == (16, 22, 24, 32, 48, 64, 128, 256, 512)
    for size in icons.SIZES:
        path = icons.png_path(size)
        assert path.is_file(), f"missing: {path.relative_to(REPO)}"
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size), path
        assert image.hasAlphaChannel(), path  # the rounded corners are transparent
        assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(size // 2, size // 2).alpha() == 255
    assert icons.svg_path().read_bytes() == icons.SOURCE.read_bytes()


def test_icons_match_a_fresh_rendering_of_the_svg(qapp: object, icons: ModuleType) -> None:
    assert icons.stale(icons.expected_files()) == []


def test_windows_and_macos_icons_hold_every_size(icons: ModuleType) -> None:
    ico = icons.ICO_PATH.read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(icons.ICO_SIZES))
    assert [QImage.fromData(png).width() for png in icons.entries(ico)] == list(icons.ICO_SIZES)

    icns = icons.ICNS_PATH.read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    sizes = [QImage.fromData(png).width() for png in icons.entries(icns)]
    assert sizes == [size for _, size in icons.ICNS_TYPES]


def test_check_mode_finds_a_changed_icon(icons: ModuleType, tmp_path: Path) -> None:
    files = icons.expected_files()
    path = icons.png_path(32)
    moved = {tmp_path / "32.png" if p == path else p: data for p, data in files.items()}
    blank = QImage(32, 32, QImage.Format.Format_ARGB32)
    blank.fill(0)
    blank.save(str(tmp_path / "32.png"))
    assert icons.stale(moved) == [tmp_path / "32.png"]
