"""PDFs on a full disk, and text no real person writes.

Qt's PDF writer ignores failed writes: on a full disk it left a truncated PDF in place of the old
file and reported success. A child process with a soft RLIMIT_FSIZE (SIGXFSZ ignored, so a write
past it fails with EFBIG: a full disk, for real) writes every PDF and text file the app writes
from its windows over an existing file; each must fail, say so, and leave the old file whole.

A one-word body of 50 MB took more than 11 minutes to lay out (Qt's time grows with the square of
an unbroken run or a paragraph); here a smaller but still pathological one must simply finish,
well inside the test timeout, and the stored text must stay as it was.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal
from app.ui.journal.pdf_export import LONG_RUN, ZERO_WIDTH_SPACE, breakable, journal_pdf, printable
from app.ui.ownership import statement_export

ROOT = Path(__file__).resolve().parents[3]
LIMIT = 128 * 1024
OLD = b"%PDF-1.4\n% last week's file, whole and good\n%%EOF\n"
PARAGRAPH = ("Today I wrote the weekly update before lunch and asked for feedback on the plan. " * 9).strip()

CHILD = """
import json, resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QTextDocument
from app.store.journal import Journal
from app.ui.brief import brief_output
from app.ui.ownership import statement_export
from app.ui.journal.pdf_export import PdfExportJob, ensure_gui_application

app = ensure_gui_application()
data_dir, folder, limit, old = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4].encode()
_soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
journal = Journal.open(data_dir)
text = "\\n\\n".join(f"Paragraph {n}: " + " ".join(f"w{n * 61 + k}" for k in range(60)) for n in range(500))
document = QTextDocument()
document.setHtml(statement_export.statement_html("Brief", text))

def journal_job(path):
    job, loop, outcome = PdfExportJob(journal, path), QEventLoop(), {}
    job.done.connect(lambda count: (outcome.update(done=count), loop.quit()))
    job.failed.connect(lambda error: (outcome.update(error=error), loop.quit()))
    QTimer.singleShot(0, job.start)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]

writers = {
    "journal-pdf": journal_job,
    "statement-pdf": lambda path: statement_export.write_pdf(path, "My statement", text),
    "brief-pdf": lambda path: brief_output.write_pdf(path, document, "Brief"),
    "brief-markdown": lambda path: brief_output.write_text(path, text),
}
for name, write in writers.items():
    whole = folder / f"whole-{name}"
    write(whole)
    out = folder / f"existing-{name}"
    out.write_bytes(old)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    error = None
    try:
        write(out)
    except OSError as raised:
        error = f"{type(raised).__name__}: {raised.strerror}"
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    print(json.dumps({"name": name, "whole": whole.stat().st_size, "error": error,
                      "old_kept": out.read_bytes() == old}), flush=True)
journal.close()
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX resource limits")
def test_every_pdf_and_text_file_from_the_windows_fails_cleanly_on_a_full_disk(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    journal = Journal.open(data_dir)
    try:
        for n in range(150):
            body = f"{PARAGRAPH} {n}\n\n{PARAGRAPH}"
            journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, body, title=f"Entry {n}"))
    finally:
        journal.close()
    folder = tmp_path / "out"
    folder.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TRUSTBRIDGE_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), str(folder), str(LIMIT), OLD.decode()],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=50, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    reports: dict[str, dict[str, Any]] = {}
    for line in result.stdout.splitlines():
        report = json.loads(line)
        reports[report["name"]] = report
    assert set(reports) == {"journal-pdf", "statement-pdf", "brief-pdf", "brief-markdown"}
    for name, report in reports.items():
        assert report["whole"] > LIMIT * 1.2, f"{name}: too small for the limit to bite"
        assert report["error"] == "OSError: File too large", name
        assert report["old_kept"], f"{name}: the old file was replaced by a broken one"
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_a_pathologically_long_word_is_laid_out_and_stays_stored_whole(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    """1.5 million letters without a space: more than a minute before (and 50 MB took hours)."""
    word = "ab" * 750_000
    journal.save_entry(EntryDraft("dddddddd-0000-4000-8000-000000000001", EntryKind.FREE, word, title="Long"))
    target = tmp_path / "long.pdf"
    assert journal_pdf(journal, target) == 1
    assert pages(target) > len(word) // 8_000  # every letter laid out, none dropped (about 4,000 a page)
    assert journal.get_entry("dddddddd-0000-4000-8000-000000000001").body == word


def test_a_pathologically_long_paragraph_of_words_is_laid_out(journal: Journal, tmp_path: Path) -> None:
    """Two million characters in one paragraph took 40 s before, one a little more than 6 s."""
    body = " ".join(f"w{n:07d}" for n in range(250_000))
    journal.save_entry(EntryDraft("dddddddd-0000-4000-8000-000000000002", EntryKind.FREE, body))
    target = tmp_path / "paragraph.pdf"
    assert journal_pdf(journal, target) == 1
    assert pages(target) > len(body) // 8_000
    assert journal.get_entry("dddddddd-0000-4000-8000-000000000002").body == body


def test_a_statement_pdf_of_one_long_word_finishes_and_leaves_the_text(qtbot: QtBot, tmp_path: Path) -> None:
    word = "x" * 1_000_000
    target = tmp_path / "statement.pdf"
    statement_export.write_pdf(target, "My statement", word)
    assert pages(target) > len(word) // 8_000
    document = QTextDocument()
    document.setPlainText(word)
    copy = printable(document)
    assert copy is not document and document.toPlainText() == word  # the shown document is untouched
    assert copy.toPlainText().replace(ZERO_WIDTH_SPACE, "").replace("\n", "") == word


def test_breakable_cuts_only_long_runs_never_tags_or_entities() -> None:
    assert breakable("<p>short words stay as they are</p>") == "<p>short words stay as they are</p>"
    ordinary = f'<p><a href="https://example.org/{"p" * 2000}">a link</a> {"y" * LONG_RUN}</p>'
    assert breakable(ordinary) == ordinary  # a long attribute is not text; a run of LONG_RUN is fine
    html_text = "<p>" + "&amp;" * (LONG_RUN + 5) + "<b>" + "z" * (2 * LONG_RUN) + "</b></p>"
    broken = breakable(html_text)
    assert broken.replace(ZERO_WIDTH_SPACE, "") == html_text
    assert re.sub("<[^>]*>", "", broken).count(ZERO_WIDTH_SPACE) == 3  # one run of 1,505, through the tag
    for piece in broken.split(ZERO_WIDTH_SPACE):
        assert len(re.sub("<[^>]*>|&amp;", "e", piece)) <= LONG_RUN + len("<p>")
    assert "&am" + ZERO_WIDTH_SPACE not in broken and "<" + ZERO_WIDTH_SPACE not in broken
