"""The journal's settings file: defaults, round trip, range checks, and damage that falls back safely."""

from __future__ import annotations

import json
import os
import stat
import threading
from contextlib import suppress
from datetime import time
from pathlib import Path

import pytest

from app.domain.reminders import EVENING_AT, MORNING_AT, ReminderSettings
from app.store.preferences import (
    DEFAULT_BACKUPS_KEPT,
    DEFAULT_LOCK_AFTER_MINUTES,
    MAX_SETTINGS_BYTES,
    Preferences,
    load_preferences,
    save_preferences,
    settings_path,
    wall_time,
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


# -- any content, any kind of file: the defaults, never an error or a wait --------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="nested-deeper-than-python-recurses"),
        pytest.param(b'{"backups_kept": ' + b"[" * 50_000, id="nested-and-cut-off"),
        pytest.param(b'{"backups_kept": ' + b"9" * 5_000 + b"}", id="more-digits-than-python-converts"),
        pytest.param(b'{"backups_kept": 1e999, "lock_after_minutes": -1e999}', id="infinite"),
        pytest.param(b'{"backups_kept": NaN, "lock_after_minutes": NaN}', id="nan"),
        pytest.param(b'{"backups_kept": 12.0, "lock_after_minutes": 15.0}', id="floats"),
        pytest.param(b'{"backups_kept": 99999999999999999999999, "lock_after_minutes": -15}', id="huge-ints"),
        pytest.param(b'{"backups_kept": [12], "lock_after_minutes": {"a": 1}, '
                     b'"lock_when_session_locks": "yes"}', id="wrong-types"),
        pytest.param(b"\x00\xff\xfe\x80binary\x1b[2J junk\xc0\xaf", id="binary"),
        pytest.param(b"\xef\xbb\xbf\xff\xfe", id="bad-utf8-after-a-bom"),
        pytest.param(b'"\\ud800"', id="a-lone-surrogate-string"),
        pytest.param(b"null", id="null"),
    ],
)
def test_any_content_falls_back_to_defaults(tmp_path: Path, content: bytes) -> None:
    settings_path(tmp_path).write_bytes(content)
    assert load_preferences(tmp_path) == Preferences()


def test_a_folder_named_settings_json_gives_the_defaults(tmp_path: Path) -> None:
    settings_path(tmp_path).mkdir()
    assert load_preferences(tmp_path) == Preferences()


def test_a_fifo_named_settings_json_is_not_waited_on(tmp_path: Path) -> None:
    """A writer stands ready to feed the FIFO real settings: reading it would wait for that writer
    and return them; the FIFO is refused before it is read. No timing: the test frees the writer
    itself afterwards, however the load went."""
    fifo = settings_path(tmp_path)
    os.mkfifo(fifo)

    def feed() -> None:
        with suppress(OSError), fifo.open("wb") as writer:  # blocks until some reader opens
            writer.write(b'{"backups_kept": 12}')

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        assert load_preferences(tmp_path) == Preferences()
    finally:
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # lets a writer still waiting go on
        feeder.join()
        os.close(reader)


def test_a_device_named_settings_json_is_not_read(tmp_path: Path) -> None:
    settings_path(tmp_path).symlink_to("/dev/zero")  # endless: reading it would never finish
    assert load_preferences(tmp_path) == Preferences()


def test_a_file_too_large_to_be_settings_gives_the_defaults(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    path.write_bytes(b'{"backups_kept": 12}' + b" " * (MAX_SETTINGS_BYTES + 1))  # valid JSON all the same
    assert load_preferences(tmp_path) == Preferences()
    with path.open("r+b") as sparse:  # 64 GiB on paper, nothing on disk: never read into memory
        sparse.truncate(64 * 1024**3)
    assert load_preferences(tmp_path) == Preferences()


def test_settings_just_under_the_size_limit_still_load(tmp_path: Path) -> None:
    text = b'{"backups_kept": 12}'
    settings_path(tmp_path).write_bytes(text + b" " * (MAX_SETTINGS_BYTES - len(text)))
    assert load_preferences(tmp_path) == Preferences(backups_kept=12)


def test_a_symlink_to_real_settings_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere.json"
    real.write_text('{"backups_kept": 12}', encoding="utf-8")
    settings_path(tmp_path).symlink_to(real)
    assert load_preferences(tmp_path) == Preferences(backups_kept=12)


def test_the_welcome_is_not_pending_unless_a_new_journal_said_so(tmp_path: Path) -> None:
    assert not Preferences().welcome_pending  # a journal from before the welcome never sees it
    pending = Preferences().with_changes(welcome_pending=True, backups_kept=12)
    save_preferences(tmp_path, pending)
    assert load_preferences(tmp_path) == pending
    seen = load_preferences(tmp_path).with_changes(welcome_pending=False)
    assert seen.backups_kept == 12  # clearing it keeps every other setting
    save_preferences(tmp_path, seen)
    assert not load_preferences(tmp_path).welcome_pending


@pytest.mark.parametrize("value", ['"yes"', "1", "null", "[true]"])
def test_a_mangled_welcome_flag_means_no_welcome(tmp_path: Path, value: str) -> None:
    text = f'{{"backups_kept": 12, "welcome_pending": {value}}}'
    settings_path(tmp_path).write_text(text, encoding="utf-8")
    assert load_preferences(tmp_path) == Preferences(backups_kept=12)


def test_every_new_setting_round_trips(tmp_path: Path) -> None:
    changed = Preferences().with_changes(
        theme="dark", editor_font="DejaVu Serif", editor_font_size=14, preview=False, language="de",
        spelling=False, reminder_evening=True, reminder_checkin_eve=True, reminder_statement_morning=True,
        reminder_evening_at="22:30", reminder_morning_at="07:05", reminders_offered=True,
        keep_in_tray=True, start_at_login=True, sync_noted=True)
    save_preferences(tmp_path, changed)
    assert load_preferences(tmp_path) == changed


@pytest.mark.parametrize("change", [
    {"theme": "purple"}, {"language": "xx"}, {"editor_font_size": 7}, {"editor_font_size": 37},
    {"editor_font": " padded"}, {"editor_font": "x" * 101}, {"editor_font": "bad\nname"},
    {"reminder_evening_at": "24:00"}, {"reminder_evening_at": "9:00"}, {"reminder_morning_at": "09:60"},
])
def test_new_settings_out_of_range_are_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Preferences().with_changes(**change)


def test_mangled_new_settings_fall_back_one_by_one(tmp_path: Path) -> None:
    settings_path(tmp_path).write_text(json.dumps({
        "theme": "dark", "language": 3, "editor_font_size": True, "reminder_evening": "yes",
        "reminder_evening_at": "23:15", "reminder_morning_at": "25:00", "keep_in_tray": True}))
    loaded = load_preferences(tmp_path)
    assert (loaded.theme, loaded.language, loaded.editor_font_size) == ("dark", "system", 0)
    assert (loaded.reminder_evening, loaded.reminder_evening_at, loaded.reminder_morning_at) == (
        False, "23:15", "09:00")
    assert loaded.keep_in_tray is True


def test_reminder_settings_for_the_domain() -> None:
    reminders = Preferences().with_changes(reminder_evening=True, reminder_evening_at="20:45").reminders()
    assert reminders == ReminderSettings(evening=True, evening_at=time(20, 45), morning_at=time(9, 0))
    assert not Preferences().reminders().any_on


def test_the_default_reminder_times_are_the_domains() -> None:
    assert wall_time(Preferences().reminder_evening_at) == EVENING_AT
    assert wall_time(Preferences().reminder_morning_at) == MORNING_AT
