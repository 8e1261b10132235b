"""`trustbridge search` reads a settled journal without loading SQLAlchemy, gives the same results
either way, goes the normal way when the journal needs an upgrade, and says what "best match" means."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import build_parser
from app.domain.records import EntryDraft, EntryKind
from app.domain.search import ORDER_NOTE
from app.paths import database_path
from app.store import encryption
from app.store.journal import Journal
from app.store.schema import HEAD_REVISION

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "a calm evening walk home"
# Runs the command in a fresh interpreter, then says which heavy modules it loaded.
_CHILD = """
import json, sys
from app.__main__ import main
status = main(sys.argv[1:])
loaded = sorted(name for name in ("sqlalchemy", "alembic", "app.store.journal", "app.store.models")
                if name in sys.modules)
print("\\n--loaded--" + json.dumps({"status": status, "loaded": loaded}))
"""


def _journal(folder: Path) -> Path:
    journal = Journal.open(folder)
    try:
        bodies = ("The review, the review, the review went badly.", "A calmer review today.",
                  "Mangoes at lunch.")
        for index, body in enumerate(bodies):
            journal.save_entry(EntryDraft(f"e{index}", EntryKind.FREE, body),
                               when=datetime(2026, 3, 1, 12, tzinfo=UTC) + timedelta(days=index))
    finally:
        journal.close()
    return folder


def _run(folder: Path, *argv: str, passphrase: str | None = None) -> tuple[str, dict[str, object]]:
    env = {key: value for key, value in os.environ.items() if key != "TRUSTBRIDGE_PASSPHRASE"}
    env["PYTHONPATH"] = str(REPO)
    if passphrase is not None:
        env["TRUSTBRIDGE_PASSPHRASE"] = passphrase
    done = subprocess.run([sys.executable, "-c", _CHILD, "--data-dir", str(folder), "search", *argv],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False)
    output, _, report = done.stdout.rpartition("\n--loaded--")
    assert report, done.stderr
    return output, json.loads(report)


def test_a_settled_journal_is_searched_without_sqlalchemy(tmp_path: Path) -> None:
    folder = _journal(tmp_path / "journal")
    output, report = _run(folder, "review", "--json")
    assert report == {"status": 0, "loaded": []}
    journal = Journal.open(folder)
    try:
        expected = [hit.uuid for hit in journal.search.search("review", limit=20)]
    finally:
        journal.close()
    assert sorted(expected) == ["e0", "e1"]
    assert [hit["uuid"] for hit in json.loads(output)] == expected


def test_a_short_search_prints_the_newest_first(tmp_path: Path) -> None:
    folder = _journal(tmp_path / "journal")
    output, report = _run(folder, "m", "--json")
    assert report["status"] == 0 and report["loaded"] == []
    assert [hit["uuid"] for hit in json.loads(output)] == ["e2"]
    output, _ = _run(folder, "re", "--json")  # two letters of "review": newest first, not best first
    assert [hit["uuid"] for hit in json.loads(output)] == ["e1", "e0"]


def test_a_journal_that_needs_an_upgrade_is_opened_the_normal_way(tmp_path: Path) -> None:
    folder = _journal(tmp_path / "journal")
    plain, _ = _run(folder, "review")
    with closing(sqlite3.connect(database_path(folder))) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0008'")  # as the last version left it
        connection.execute("DROP TRIGGER entries_fts_ai")  # which 0009 makes again
        connection.execute("DROP INDEX ix_entries_deleted_at")  # which 0010 makes
        connection.execute("DROP TABLE personal_words")  # which 0011 makes
        connection.commit()
    output, report = _run(folder, "review")
    assert report["status"] == 0 and "sqlalchemy" in report["loaded"]
    assert output == plain
    with closing(sqlite3.connect(database_path(folder))) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    again, report = _run(folder, "review")
    assert (again, report["loaded"]) == (plain, [])


@pytest.mark.slow
def test_an_encrypted_journal_is_searched_without_sqlalchemy(tmp_path: Path) -> None:
    folder = _journal(tmp_path / "journal")
    plain, _ = _run(folder, "review", "--json")
    encryption.encrypt_journal(folder, PASSPHRASE)
    output, report = _run(folder, "review", "--json", passphrase=PASSPHRASE)
    assert report == {"status": 0, "loaded": []}
    assert output == plain


def test_help_says_what_best_match_means() -> None:
    parser = build_parser()
    search = next(action for action in parser._subparsers._group_actions  # type: ignore[union-attr]
                  ).choices["search"]
    assert search.description == ORDER_NOTE
    assert " ".join(ORDER_NOTE.split()[:6]) in " ".join(search.format_help().split())
