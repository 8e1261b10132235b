"""Render every page offscreen to PNG, with a little sample writing, for review and the README.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py OUT_DIR [--dark]
       [--size=1024x700] [--text=2]
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QSize


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "shots")
    dark = "--dark" in argv
    size = QSize(1180, 780)
    for arg in argv:
        if arg.startswith("--size="):
            w, h = arg.removeprefix("--size=").split("x")
            size = QSize(int(w), int(h))
    out.mkdir(parents=True, exist_ok=True)
    from app.catalogue import load_catalogue
    from app.domain.records import EntryDraft, EntryKind
    from app.domain.stages import Stage
    from app.store.journal import Journal
    from app.ui.application import make_application
    from app.ui.journal_events import ObservedJournal
    from app.ui.main_window import MainWindow
    from app.ui.theme import apply_theme

    app = make_application(argv[:1])
    for arg in argv:
        if arg.startswith("--text="):  # e.g. --text=2 for 200 % text size
            font = app.font()
            font.setPointSizeF(font.pointSizeF() * float(arg.removeprefix("--text=")))
            app.setFont(font)
    apply_theme(app, dark=dark)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        journal = Journal.open(data_dir)
        catalogue = load_catalogue()
        guide = catalogue.guide(Stage.OWNERSHIP)
        samples = [
            "I heard that my status updates come too late and that two deadlines slipped.",
            "The deadlines did slip. I told myself the work was nearly done and **didn't say so early**.",
            "Keeping my manager in the loop *before* they have to ask.",
        ]
        for prompt, text in zip(guide.prompts, samples, strict=False):
            journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.REFLECTION, text, Stage.OWNERSHIP,
                                          prompt.key, prompt.text))
        journal.set_stage_position(Stage.OWNERSHIP, guide.prompts[3].key)
        evening = (
            "Long day. The 1:1 went better than I feared.\n\n"
            "- asked for clearer goals\n- wrote down what *good* looks like"
        )
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, evening))
        window = MainWindow(data_dir)
        window.resize(size)
        window.attach(ObservedJournal(journal), catalogue)
        window.show()
        for key in window.page_keys:
            window.show_page(key)
            app.processEvents()
            suffix = "-dark" if dark else ""
            window.grab().save(str(out / f"{key}{suffix}.png"))
        journal_page = window.pages["journal"]
        journal_page.list_view.setCurrentIndex(journal_page.model.index(0))  # type: ignore[attr-defined]
        app.processEvents()
        window.grab().save(str(out / f"journal-selected{'-dark' if dark else ''}.png"))
        window.close()
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
