"""What the start-up path loads before the window shows and before Today takes typing.

Each check runs a fresh interpreter (the test process has everything loaded already) and asks
which modules a step pulled in. They guard the start-up figures in benches/startup.py: the window
once waited for sqlite3, SQLCipher and the form widgets, and Today for the stage and search pages.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.store import keys
from app.ui.shell import session_open

ROOT = Path(__file__).resolve().parents[3]


def _loaded_after(code: str, *modules: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {modules!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                          check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    return set(done.stdout.split())


def test_the_key_file_is_named_as_the_store_names_it() -> None:
    assert session_open.KEY_FILE_NAME == keys.KEY_FILE_NAME


def test_an_encrypted_journal_is_told_by_its_key_file_and_an_interrupted_one_is_left_to_the_store(
    tmp_path: Path,
) -> None:
    assert not session_open.journal_is_encrypted(tmp_path)
    assert not session_open.journal_is_encrypted(tmp_path / "missing")
    keys.key_file_path(tmp_path).write_text("{}", encoding="utf-8")
    assert session_open.journal_is_encrypted(tmp_path)
    (tmp_path / f"{keys.KEY_FILE_NAME}.new").write_text("{}", encoding="utf-8")
    assert not session_open.journal_is_encrypted(tmp_path)


def test_the_window_shows_without_the_store_sqlite_or_the_form_widgets(tmp_path: Path) -> None:
    code = (
        "from pathlib import Path\n"
        "from app.ui.shell import application, session_open\n"
        "from app.ui.shell.main_window import MainWindow\n"
        f"session_open.journal_is_encrypted(Path({str(tmp_path)!r}))\n"
    )
    assert _loaded_after(code, "sqlite3", "sqlcipher3", "app.store.backup_files",
                         "app.ui.widgets.form_fields", "app.domain.workbench", "sqlalchemy") == set()


def test_today_loads_neither_the_stage_page_nor_the_checkpoint_review() -> None:
    code = "import app.ui.today.today_page\nimport app.ui.shell.window_routes\n"
    assert _loaded_after(code, "app.ui.stages.stage_page", "app.ui.plan.milestone_review",
                         "app.ui.search.search_page") == set()
