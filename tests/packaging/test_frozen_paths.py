"""In a PyInstaller bundle, resources are found under sys._MEIPASS first (the spec puts them there).

The bundle's smoke test (test_bundle.py) checks the whole of it in the built app; this checks the
rule itself, quickly, in this process.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import resources


@pytest.fixture
def fresh_lookup() -> Iterator[None]:
    resources.resources_dir.cache_clear()
    yield
    resources.resources_dir.cache_clear()  # the next test finds the checkout's folder again


def test_a_frozen_app_reads_its_own_resources(
    fresh_lookup: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "prompts").mkdir(parents=True)
    (tmp_path / "resources" / "emotions.toml").write_text("# the bundle's copy\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.read_text("emotions.toml") == "# the bundle's copy\n"


def test_a_bundle_without_resources_falls_back_to_the_checkout(
    fresh_lookup: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == Path(resources.__file__).resolve().parent.parent / "resources"
