"""The person's own dictionary travels in the JSON export (the backup format) and comes back."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from app.io.json_format import export_json, read_json, report_summary
from app.store.errors import InvalidImport
from app.store.journal import Journal

WORDS = ["Anja", "Kündigungsgespräch", "gaslighting"]


def document_of(journal: Journal) -> dict[str, Any]:
    stream = io.StringIO()
    export_json(journal, stream)
    document: dict[str, Any] = json.loads(stream.getvalue())
    return document


def test_the_words_are_exported_and_imported_back_once(journal: Journal, tmp_path: Path) -> None:
    for word in WORDS:
        journal.personal_words.add(word)
    document = document_of(journal)
    assert document["personal_words"] == WORDS

    other = Journal.open(tmp_path / "other")
    try:
        other.personal_words.add("Anja")
        report = other.import_bundle(read_json(io.StringIO(json.dumps(document))))
        assert other.personal_words.words() == WORDS
        assert report.added["personal_words"] == 2 and report.skipped["personal_words"] == 1
        assert report_summary(report) == "Imported 0 entries and 2 dictionary words (1 already present)."
        again = other.import_bundle(read_json(io.StringIO(json.dumps(document))))
        assert again.added["personal_words"] == 0 and other.personal_words.words() == WORDS
        assert document_of(other)["personal_words"] == WORDS
    finally:
        other.close()


def test_an_export_from_before_the_dictionary_imports_with_no_words(journal: Journal) -> None:
    document = document_of(journal)
    del document["personal_words"]
    assert read_json(io.StringIO(json.dumps(document))).personal_words == ()


@pytest.mark.parametrize("words", ["Anja", ["two words"], [""], [7], ["x" * 65]])
def test_words_the_journal_could_not_keep_are_refused(journal: Journal, words: object) -> None:
    document = document_of(journal)
    document["personal_words"] = words
    with pytest.raises(InvalidImport, match="personal_words"):
        read_json(io.StringIO(json.dumps(document)))
