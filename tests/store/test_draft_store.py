"""Drafts: a form's words kept as typed, under the key of where they were typed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.store.journal import Journal


def test_a_draft_is_kept_replaced_and_cleared(journal: Journal, journal_dir: Path) -> None:
    assert journal.drafts.get("mood-note") == ""
    journal.drafts.put("mood-note", "Tired, but the call went")
    journal.drafts.put("mood-note", "Tired, but the call went well", at=datetime(2026, 3, 1, tzinfo=UTC))
    journal.drafts.put("checkin-feedback:abc", "Dana said")
    reopened = Journal.open(journal_dir)
    try:
        assert reopened.drafts.get("mood-note") == "Tired, but the call went well"
        assert reopened.drafts.get("checkin-feedback:abc") == "Dana said"
    finally:
        reopened.close()
    journal.drafts.clear("mood-note")
    assert journal.drafts.get("mood-note") == ""
    assert journal.drafts.get("checkin-feedback:abc") == "Dana said"


@pytest.mark.parametrize("blank", ["", "   ", "\n\t"])
def test_blank_words_clear_a_draft_rather_than_keep_it(journal: Journal, blank: str) -> None:
    journal.drafts.put("k", "words")
    journal.drafts.put("k", blank)
    assert journal.drafts.get("k") == ""
    journal.drafts.clear("never-there")  # clearing nothing is fine


@pytest.mark.parametrize("key", ["", "k" * 121])
def test_a_key_must_name_a_place(journal: Journal, key: str) -> None:
    with pytest.raises(ValueError):
        journal.drafts.put(key, "words")


def test_drafts_join_an_operation(journal: Journal) -> None:
    with pytest.raises(RuntimeError), journal.operation():
        journal.drafts.put("k", "words")
        raise RuntimeError("the action failed after")
    assert journal.drafts.get("k") == ""
