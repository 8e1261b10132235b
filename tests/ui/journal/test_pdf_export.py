"""The journal PDF, laid out a part at a time: nothing lost, nothing overlapping, nothing half-written.

Pages are counted from the PDF's own page objects: a part drawn over another, or a part dropped,
changes the count against the same entries laid out in one piece.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.io.html_export import PRINT_PART_ENTRIES, PRINT_STYLESHEET, print_parts
from app.store.journal import Journal
from app.ui.journal.pdf_export import PdfComposer, PdfExportJob, journal_pdf

PARAGRAPH = ("Today I wrote the weekly update before lunch and asked for feedback on the plan. " * 9).strip()


def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"  # beside the test's data folder, so what is written can be listed alone
    folder.mkdir()
    return folder


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def fill(journal: Journal, count: int) -> None:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for n in range(count):
        journal.save_entry(EntryDraft(f"00000000-0000-4000-8000-{n:012d}", EntryKind.FREE,
                                      f"{PARAGRAPH}\n\n{PARAGRAPH}", title=f"Entry {n}"),
                           when=start + timedelta(hours=7 * n))


def test_parts_flow_on_like_one_document(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    fill(journal, PRINT_PART_ENTRIES * 3 + 4)  # four parts and a heading part
    tmp_path = out_folder(tmp_path)
    parted = tmp_path / "parted.pdf"
    assert journal_pdf(journal, parted) == PRINT_PART_ENTRIES * 3 + 4
    whole = tmp_path / "whole.pdf"
    composer = PdfComposer(whole, "whole", PRINT_STYLESHEET)
    composer.add("".join(part for part, _ in print_parts(journal)))  # the same, laid out in one piece
    composer.finish()
    assert pages(whole) >= 5
    assert abs(pages(parted) - pages(whole)) <= 1  # each part continues where the last one ended
    assert parted.stat().st_mode & 0o077 == 0


def test_the_job_reports_progress_and_puts_the_file_in_place(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, PRINT_PART_ENTRIES + 3)
    tmp_path = out_folder(tmp_path)
    target = tmp_path / "journal.pdf"
    job = PdfExportJob(journal, target)
    seen: list[int] = []
    job.progressed.connect(seen.append)
    with qtbot.waitSignal(job.done, timeout=20_000) as blocker:
        job.start()
    assert blocker.args == [PRINT_PART_ENTRIES + 3]
    assert seen == [PRINT_PART_ENTRIES, PRINT_PART_ENTRIES + 3]
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir()] == ["journal.pdf"]  # no temporary file left


def test_cancel_leaves_nothing_behind(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    fill(journal, PRINT_PART_ENTRIES * 2)
    tmp_path = out_folder(tmp_path)
    target = tmp_path / "journal.pdf"
    job = PdfExportJob(journal, target)
    with qtbot.waitSignal(job.progressed, timeout=20_000):
        job.start()
    job.cancel()
    assert not job.running
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_gone_fails_cleanly(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    tmp_path = out_folder(tmp_path)
    job = PdfExportJob(journal, tmp_path / "missing" / "journal.pdf")
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert isinstance(blocker.args[0], OSError)
    assert list(tmp_path.iterdir()) == []


SPACER_CHECK = """
import sys
from pathlib import Path
from PySide6.QtGui import QTextDocument
from app.io.html_export import PRINT_STYLESHEET
from app.ui.journal.pdf_export import PdfComposer, _spacer, ensure_gui_application
ensure_gui_application()
composer = PdfComposer(Path(sys.argv[1]), "t", PRINT_STYLESHEET)
document = QTextDocument()
document.documentLayout().setPaintDevice(composer._writer)
document.setDocumentMargin(0)
document.setPageSize(composer._page)
per_px, fixed = composer._px_scale
document.setHtml(_spacer((1000 - fixed) / per_px) + '<p style="margin: 0">Hello</p>')
print(document.documentLayout().blockBoundingRect(document.firstBlock().next()).top())
composer.finish()
"""


@pytest.mark.parametrize("screen", [{}, {"QT_FONT_DPI": "72"},
                                    {"QT_ENABLE_HIGHDPI_SCALING": "0", "QT_FONT_DPI": "144"}])
def test_a_part_continues_exactly_where_the_last_ended_whatever_the_screen(
    tmp_path: Path, screen: dict[str, str]
) -> None:
    """The spacer is measured, not assumed: Qt scales CSS pixels by the screen's logical DPI."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **screen}
    done = subprocess.run([sys.executable, "-c", SPACER_CHECK, str(tmp_path / "probe.pdf")],
                          capture_output=True, text=True, env=env, cwd=Path(__file__).parents[3], check=True)
    assert abs(float(done.stdout.strip()) - 1000) <= 2
