"""One way to find bundled resources from a checkout, an installed wheel or a frozen bundle.

English content lives in resources/ itself; another language's in resources/<language>/, with the
same file names, each file on its own falling back to the English one (read_localized).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from app.i18n import FALLBACK

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = [
        _PACKAGE_DIR / "resources",  # a wheel: force-included as app/resources
        _PACKAGE_DIR.parent / "resources",  # a source checkout or an editable install
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "resources")
    for candidate in candidates:
        if (candidate / "prompts").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Trustbridge's resources folder is missing (looked in {searched})")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")


def read_localized(language: str, *parts: str) -> str:
    """The resource in `language` (resources/<language>/...), else the English one."""
    if language != FALLBACK:
        path = resource_path(language, *parts)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return read_text(*parts)
