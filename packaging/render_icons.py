"""Render the app icon (resources/icons/trustbridge.svg) for the packages, with Qt's own SVG renderer.

    python packaging/render_icons.py           # write them (commit the result)
    python packaging/render_icons.py --check   # exit 1 if a committed file is missing or out of date

Writes, under packaging/icons/:
- hicolor/<n>x<n>/apps/<APP_ID>.png for every size in SIZES, and hicolor/scalable/apps/<APP_ID>.svg
  (the SVG itself): the freedesktop icon theme layout, installed as it is by the Flatpak manifest;
- trustbridge.ico (Windows: 16 to 256 px) and trustbridge.icns (macOS: 16 to 1024 px), both made of the
  same PNG renderings (PNG-compressed entries, Windows Vista and later, macOS 10.7 and later), which the
  PyInstaller spec uses. No Pillow or iconutil needed, so every platform renders the same files.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_ID = "io.github.trustbridge.Trustbridge"
SOURCE = REPO / "resources" / "icons" / "trustbridge.svg"
ICONS = REPO / "packaging" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-bearing icns types: (type, pixels). The @2x types hold the doubled rendering.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512), (b"ic10", 1024),
)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    return ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


ICO_PATH = ICONS / "trustbridge.ico"
ICNS_PATH = ICONS / "trustbridge.icns"


def _application() -> object:
    """Qt wants an application object before it paints; a headless one when run as a script."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render_png(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn at size × size on transparency, antialiased, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"Qt could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico of PNG entries (0 in the width/height bytes means 256)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    directory, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG entries: 'icns', the total length, then (type, length, PNG) blocks."""
    blocks = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def expected_files() -> dict[Path, bytes]:
    """Every file this script owns, with the bytes it would write now."""
    pngs = {size: render_png(size) for size in sorted({*SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})}
    files = {png_path(size): pngs[size] for size in SIZES}
    files[svg_path()] = SOURCE.read_bytes()
    files[ICO_PATH] = ico_bytes(pngs)
    files[ICNS_PATH] = icns_bytes(pngs)
    return files


def write(files: dict[Path, bytes]) -> Iterable[Path]:
    for path, data in files.items():
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            yield path


def stale(files: dict[Path, bytes]) -> list[Path]:
    """The files missing or different from a fresh rendering. Images are compared as pixels, not
    bytes (another Qt may compress the same pixels differently), within TOLERANCE per channel
    (another Qt may antialias an edge a shade differently)."""
    return [path for path, data in files.items() if not path.is_file() or not _same(path, data)]


TOLERANCE = 8  # of 255, per colour channel and pixel


def entries(data: bytes) -> list[bytes]:
    """The PNG images inside an .ico or .icns made by this script (its order), or [data] for a PNG."""
    if data[:4] == b"icns":
        found, offset = [], 8
        while offset < len(data):
            length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
            found.append(data[offset + 8 : offset + length])
            offset += length
        return found
    if data[:4] == b"\0\0\1\0":
        count = struct.unpack("<H", data[4:6])[0]
        found = []
        for index in range(count):
            length, offset = struct.unpack("<II", data[6 + 16 * index + 8 : 6 + 16 * index + 16])
            found.append(data[offset : offset + length])
        return found
    return [data]


def _same(path: Path, data: bytes) -> bool:
    if path.suffix == ".svg":
        return path.read_bytes() == data
    ours, fresh = entries(path.read_bytes()), entries(data)
    return len(ours) == len(fresh) and all(map(same_pixels, ours, fresh))


def same_pixels(first: bytes, second: bytes) -> bool:
    """Two PNGs of one size whose pixels differ by at most TOLERANCE in any channel."""
    if first == second:
        return True
    from PySide6.QtGui import QImage

    a = QImage.fromData(first).convertToFormat(QImage.Format.Format_ARGB32)
    b = QImage.fromData(second).convertToFormat(QImage.Format.Format_ARGB32)
    if a.isNull() or b.isNull() or a.size() != b.size():
        return False
    pixels = zip(bytes(a.constBits()), bytes(b.constBits()), strict=True)
    return all(abs(x - y) <= TOLERANCE for x, y in pixels)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only check the committed icons; write nothing")
    args = parser.parse_args(argv)
    files = expected_files()
    if args.check:
        out_of_date = stale(files)
        for path in out_of_date:
            print(f"out of date or missing: {path.relative_to(REPO)}", file=sys.stderr)
        if out_of_date:
            print("run: python packaging/render_icons.py", file=sys.stderr)
            return 1
        print(f"icons: {len(files)} files match {SOURCE.relative_to(REPO)}")
        return 0
    for path in write(files):
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
