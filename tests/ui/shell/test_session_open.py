"""Opening the journal runs on a worker thread, so it must load nothing that touches Qt: PySide
creates its types and enums lazily, and two threads doing that at once crash the process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

_OPEN_AND_LIST = """
import json, sys
from pathlib import Path
before = set(sys.modules)
from app.ui.shell.session_open import open_journal_and_catalogue
journal, _catalogue = open_journal_and_catalogue(Path(sys.argv[1]))
journal.close()
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_opening_the_journal_loads_no_qt_and_no_page(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_LIST, str(tmp_path / "data")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert "app.store.journal" in loaded  # it did open the journal
    qt = [name for name in loaded if name.startswith(("PySide6", "shiboken6"))]
    pages = [name for name in loaded if name.startswith("app.ui.") and not name.startswith("app.ui.shell")]
    assert qt == [] and pages == [], (qt, pages)
