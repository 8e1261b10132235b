"""The journal's settings file: defaults, round trip, range checks, and damage that falls back safely."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.store.preferences import (
    DEFAULT_BACKUPS_KEPT,
    DEFAULT_LOCK_AFTER_MINUTES,
    Preferences,
    load_preferences,
    save_preferences,
    settings_path,
)


def test_defaults_without_a_file(tmp_path: Path) -> None:
    loaded = load_preferences(tmp_path)
    assert loaded == Preferences()
    assert loaded.backups_kept == DEFAULT_BACKUPS_KEPT == 30
    assert loaded.lock_after_minutes == DEFAULT_LOCK_AFTER_MINUTES


def test_round_trip_is_private(tmp_path: Path) -> None:
    chosen = Preferences().with_changes(backups_kept=7, lock_after_minutes=5, lock_when_session_locks=False)
    save_preferences(tmp_path, chosen)
    assert load_preferences(tmp_path) == chosen
    assert stat.S_IMODE(settings_path(tmp_path).stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary file left


@pytest.mark.parametrize("change", [{"backups_kept": 0}, {"backups_kept": 366}, {"lock_after_minutes": 7}])
def test_out_of_range_values_are_refused(tmp_path: Path, change: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        Preferences().with_changes(**change)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        save_preferences(tmp_path, Preferences(**change))  # type: ignore[arg-type]
    assert not settings_path(tmp_path).exists()


@pytest.mark.parametrize(
    "text",
    ["not json", "[1, 2]", '{"backups_kept": "many", "lock_after_minutes": 7, "lock_when_session_locks": 1}',
     '{"backups_kept": true}', ""],
)
def test_damaged_settings_fall_back_to_defaults(tmp_path: Path, text: str) -> None:
    settings_path(tmp_path).write_text(text, encoding="utf-8")
    assert load_preferences(tmp_path) == Preferences()


def test_one_bad_value_keeps_the_good_ones(tmp_path: Path) -> None:
    settings_path(tmp_path).write_text('{"backups_kept": 12, "lock_after_minutes": 9999}', encoding="utf-8")
    assert load_preferences(tmp_path) == Preferences(backups_kept=12)
