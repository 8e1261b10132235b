"""A process that types into the app's real editor and autosave, for the kill harness to SIGKILL.

Run as `python -m tests.reliability.typing_writer DATA_DIR SEED [--tool NAME] [--interval-ms N]
[--chars N] [--text TEXT] [--passphrase-env NAME] [--close-when-done [--hold]] [--log]`.
It opens the journal in DATA_DIR (an encrypted one with the passphrase in the environment variable
NAME, unlocked through app.store.encryption.unlock, as the app does), builds a real WritingCard
(MarkdownEditor + Autosaver) on an ObservedJournal, offscreen — or, with `--tool`, the real main
window opened on one tool's text field (tests/reliability/tool_targets.py: today, statement, prompt,
feelings, plan, checkin) — and types `typed_text(SEED, chars)` (or TEXT) one key event at a time,
every `interval` milliseconds, through Qt's event system. The save timing is the app's own.
`--log` logs to the data folder as the app does, so a scan for leaked text covers the log too.
Standard output, flushed line by line:

    ready <entry uuid, or the tool's name> <monotonic seconds>
    key <monotonic seconds> <characters typed so far>     (after each key event was handled)
    done <monotonic seconds>                             (everything typed; then it idles)
    saved <monotonic seconds>                            (with --close-when-done: all of it saved)

The monotonic clock is the system-wide one, so the parent can compare it with its own kill time.
The process never exits by itself (the harness ends it with SIGKILL) unless `--close-when-done` is
given: then, once everything is typed, it saves, closes the journal as the app does and exits 0.
With `--hold` as well it waits, the journal still open, for a line on standard input before closing,
so the parent can look at the files (the -wal and -shm among them) while they are in use.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import threading
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
    parser.add_argument("--tool", help="type into this tool in the main window (see tool_targets.py)")
    parser.add_argument("--interval-ms", type=int, default=DEFAULT_INTERVAL_MS)
    parser.add_argument("--chars", type=int, default=DEFAULT_CHARS)
    parser.add_argument("--text", help="type exactly this instead of the seeded words")
    parser.add_argument("--passphrase-env", metavar="NAME", help="unlock with the passphrase in $NAME")
    parser.add_argument("--close-when-done", action="store_true", help="save, close and exit once typed")
    parser.add_argument("--hold", action="store_true", help="before closing, wait for a line on stdin")
    parser.add_argument("--log", action="store_true", help="log to the data folder as the app does")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.domain.records import EntryKind
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.writing.autosave import DraftTarget
    from app.ui.writing.writing_card import WritingCard

    app = QApplication(["typing-writer"])
    if args.log:
        from app.logs import setup_logging

        setup_logging(args.data_dir)
    key: bytes | None = None
    if args.passphrase_env:
        from app.store.encryption import unlock

        key = unlock(args.data_dir, os.environ[args.passphrase_env])
    journal = Journal.open(args.data_dir, key)
    observed = ObservedJournal(journal)
    if args.tool:
        from app.catalogue import load_catalogue
        from app.ui.shell.main_window import MainWindow
        from tests.reliability.tool_targets import TARGETS

        target = TARGETS[args.tool]
        target.seed(journal)
        shown: QWidget = MainWindow(args.data_dir)
        shown.resize(1200, 860)
        shown.attach(observed, load_catalogue())  # type: ignore[attr-defined]
        shown.show()
        editor = target.open(shown, journal)
        ident = args.tool

        def save_all() -> bool:
            return observed.flush_all()
    else:
        card = WritingCard(observed, "Your words", "Write here")
        card.resize(800, 500)
        card.show()
        shown = card
        autosaver = card.autosaver
        autosaver.bind(DraftTarget(kind=EntryKind.FREE), None)
        editor = card.editor.text_edit
        editor.setFocus()
        # The uuid the autosaver will store the text under: the entry does not exist before the first save.
        ident = autosaver._uuid

        def save_all() -> bool:
            return autosaver.flush()
    text = args.text if args.text is not None else typed_text(args.seed, args.chars)
    position = 0

    def type_next() -> None:
        nonlocal position
        if position >= len(text):
            timer.stop()
            print(f"done {time.monotonic():.6f}", flush=True)
            if args.close_when_done:
                finish()
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

    def finish() -> None:
        """Save everything typed, then close now, or once the parent says so (`--hold`)."""
        if not save_all():
            app.exit(1)
            return
        print(f"saved {time.monotonic():.6f}", flush=True)
        if not args.hold:
            close()
            return
        released = threading.Event()

        def wait_for_a_line() -> None:
            sys.stdin.readline()
            released.set()

        threading.Thread(target=wait_for_a_line, daemon=True).start()
        poll.timeout.connect(lambda: close() if released.is_set() else None)
        poll.start()

    def close() -> None:
        """What closing the app does to the writing: save what is left, then close the journal."""
        poll.stop()
        saved = save_all()
        shown.close()
        journal.close()
        app.exit(0 if saved else 1)

    poll = QTimer(interval=20)  # Qt objects belong to this thread: the stdin reader only sets an event

    timer = QTimer(interval=args.interval_ms)
    timer.timeout.connect(type_next)
    print(f"ready {ident} {time.monotonic():.6f}", flush=True)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
