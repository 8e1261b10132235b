"""A process that types into the app's real editor and autosave, for the kill harness to SIGKILL.

Run as `python -m tests.reliability.typing_writer DATA_DIR SEED [--interval-ms N] [--chars N]`.
It opens the journal in DATA_DIR, builds a real WritingCard (MarkdownEditor + Autosaver) on an
ObservedJournal, offscreen, and types `typed_text(SEED, chars)` one key event at a time, every
`interval` milliseconds, through Qt's event system. Standard output, flushed line by line:

    ready <entry uuid> <monotonic seconds>
    key <monotonic seconds> <characters typed so far>     (after each key event was handled)
    done <monotonic seconds>                             (everything typed; then it idles)

The monotonic clock is the system-wide one, so the parent can compare it with its own kill time.
The process never exits by itself: the harness ends it with SIGKILL.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

WORDS = (
    "today", "I", "felt", "calmer", "about", "the", "plan", "and", "my", "manager", "asked", "for",
    "weekly", "updates", "which", "is", "fair", "café", "naïve", "Grüße", "señal", "progress", "goal",
    "owned", "late", "report", "Friday", "check-in", "steady", "small", "win", "proud", "tired",
)
DEFAULT_INTERVAL_MS = 40
DEFAULT_CHARS = 200


def typed_text(seed: int, chars: int = DEFAULT_CHARS) -> str:
    """The exact text the writer types for `seed`: words, punctuation, new lines, some non-ASCII."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < chars:
        word = rng.choice(WORDS)
        ending = rng.choices((" ", ". ", ", ", "\n"), weights=(12, 2, 2, 1))[0]
        parts.append(word + ending)
        length += len(word) + len(ending)
    return "".join(parts)[:chars]


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("seed", type=int)
    parser.add_argument("--interval-ms", type=int, default=DEFAULT_INTERVAL_MS)
    parser.add_argument("--chars", type=int, default=DEFAULT_CHARS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.domain.records import EntryKind
    from app.store.journal import Journal
    from app.ui.autosave import DraftTarget
    from app.ui.journal_events import ObservedJournal
    from app.ui.writing_card import WritingCard

    app = QApplication(["typing-writer"])
    journal = Journal.open(args.data_dir)
    observed = ObservedJournal(journal)
    card = WritingCard(observed, "Your words", "Write here")
    card.resize(800, 500)
    card.show()
    autosaver = card.autosaver
    autosaver.bind(DraftTarget(kind=EntryKind.FREE), None)
    editor = card.editor.text_edit
    editor.setFocus()
    text = typed_text(args.seed, args.chars)
    position = 0

    def type_next() -> None:
        nonlocal position
        if position >= len(text):
            timer.stop()
            print(f"done {time.monotonic():.6f}", flush=True)
            return
        char = text[position]
        if char == "\n":
            QTest.keyClick(editor, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClicks(editor, char)
        else:  # QTest maps only ASCII to keys; a text-carrying key event is what an input method sends
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        position += 1
        print(f"key {time.monotonic():.6f} {position}", flush=True)

    timer = QTimer(interval=args.interval_ms)
    timer.timeout.connect(type_next)
    # The uuid the autosaver will store the text under: the entry does not exist before the first save.
    print(f"ready {autosaver._uuid} {time.monotonic():.6f}", flush=True)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
