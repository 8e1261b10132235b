"""Finding or building the PyInstaller bundle the smoke test runs (packaging/trustbridge.spec).

`make bundle` writes dist/Trustbridge/; when that build is newer than every file it is made from,
the test runs it as it is (so `make check-packaging` builds once). Otherwise the test builds its own
in a temporary folder, with the same spec and options as `make bundle`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "trustbridge.spec"
MADE_DIST = REPO / "dist"
BUILD_TIMEOUT = 540  # seconds; ~40 s on an idle 2-core machine, several times that beside a busy suite


def executable(dist: Path) -> Path:
    """The app's binary in a one-folder build under `dist` (the Linux name; see the spec)."""
    return dist / "Trustbridge" / "trustbridge"


def _sources() -> Iterator[Path]:
    """Every file the bundle is made from (the checkout's side; the installed libraries are not looked at)."""
    yield from (SPEC, REPO / "packaging" / "launcher.py", REPO / "pyproject.toml")
    for folder in (REPO / "app", REPO / "resources"):
        yield from (path for path in folder.rglob("*") if path.is_file() and "__pycache__" not in path.parts)


def fresh_made_bundle() -> Path | None:
    """dist/ from `make bundle` when it is newer than all its sources, else None."""
    binary = executable(MADE_DIST)
    if not binary.is_file():
        return None
    built = binary.stat().st_mtime
    return MADE_DIST if all(path.stat().st_mtime < built for path in _sources()) else None


def build(into: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Build with `make bundle`'s command, into `into`/dist (work files in `into`/build)."""
    dist = into / "dist"
    argv = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(into / "build"), str(SPEC),
    ]
    result = subprocess.run(
        argv, cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=BUILD_TIMEOUT, check=False
    )
    return dist, result


def size_in_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
