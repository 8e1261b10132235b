"""How store faults are worded: the machine's faults plainly, anything else as the driver said it."""

from __future__ import annotations

import sqlite3

import pytest

from app.store.unit import describe


@pytest.mark.parametrize(
    ("driver", "said"),
    [
        ("database or disk is full", "the disk is full"),
        ("disk I/O error", "the disk refused the write"),
        ("attempt to write a readonly database", "read-only"),
        ("database is locked", "another program"),
        ("no such table: entries", "no such table: entries"),
    ],
)
def test_faults_are_put_plainly(driver: str, said: str) -> None:
    assert said in describe(sqlite3.OperationalError(driver))


def test_an_empty_message_names_the_error() -> None:
    assert describe(sqlite3.OperationalError("")) == "OperationalError"
