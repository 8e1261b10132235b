"""A SIGKILL in the middle of autosaving loses nothing that was committed and never corrupts."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.journal import Journal

WRITER = r"""
import sys, uuid
from pathlib import Path
from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal

journal = Journal.open(Path(sys.argv[1]))
key = str(uuid.uuid4())
n = 0
while True:
    n += 1
    body = "autosaved text " * (n % 50 + 1) + str(n)
    journal.save_entry(EntryDraft(key if n % 3 else str(uuid.uuid4()), EntryKind.FREE, body))
    print(n, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("kill_after", [1, 25, 120])
def test_sigkill_while_saving_keeps_every_committed_save(tmp_path: Path, kill_after: int) -> None:
    data_dir = tmp_path / "journal"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert writer.stdout is not None
    committed = 0
    for line in writer.stdout:
        committed = int(line)
        if committed >= kill_after:
            os.kill(writer.pid, signal.SIGKILL)
            break
    writer.wait(timeout=30)
    writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL

    database = data_dir / "journal.sqlite3"
    check = sqlite3.connect(database)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        check.close()
    journal = Journal.open(data_dir)
    try:
        bodies = [entry.body for entry in journal.iter_entries()]
    finally:
        journal.close()
    def body(n: int) -> str:
        return "autosaved text " * (n % 50 + 1) + str(n)

    for n in range(3, committed + 1, 3):  # every third save made a new entry, never touched again
        assert body(n) in bodies
    last_update = max(n for n in range(1, committed + 1) if n % 3)
    updated = [b for b in bodies if int(b.rsplit("text ", 1)[-1]) % 3]
    assert len(updated) == 1
    assert int(updated[0].rsplit("text ", 1)[-1]) >= last_update
