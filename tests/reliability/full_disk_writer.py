"""A process that types into the app's real editor and autosave while its disk refuses to write.

Run as `python -m tests.reliability.full_disk_writer DATA_DIR FAULT [--seed N]`, FAULT one of:

    fsize         a soft RLIMIT_FSIZE just above the journal's write-ahead log, the file every save
                  appends to (SIGXFSZ ignored, so a write past it fails with EFBIG instead of killing
                  us): a full disk, for real
    immutable     `chattr +i` on the journal and its WAL: the file turns read-only under the open
                  connection, even for root (needs CAP_LINUX_IMMUTABLE)
    readonly-dir  chmod 0500 on the data folder and 0400 on the journal files after the journal opened
                  (run without CAP_DAC_OVERRIDE: root ignores file modes)

It opens the journal in DATA_DIR, builds a real WritingCard (MarkdownEditor + Autosaver) on an
ObservedJournal, offscreen, types a first sentence and waits for it to be saved, then turns the
fault on and types through Qt key events until a save fails. It reports what the person sees, then
lifts the fault and waits, without another keystroke or flush, for the Autosaver to save by itself.
Standard output is JSON lines, each with an "event":

    ready     {uuid, files}                  the first sentence is saved; the fault goes on next
    fault     {fault, limit?}                the fault is on
    failed    {message, status, state, typed, editor_holds_all, stored_intact}
    lifted    {}                             the fault is off; nothing is typed from here on
    retried   {after_s, status, state, saved_chars, complete, editor_holds_all, how}
    kept      {status, state, typed, complete, reopen}   (readonly-dir: saving went on regardless)
    gave_up   {reason}                       a phase did not finish in time (exit status 3)

The process exits by itself (status 0) once the last event is out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.reliability.typing_writer import typed_text

FAULTS = ("fsize", "immutable", "readonly-dir")
FIRST_CHARS = 40  # typed and saved before the fault: the entry's saved version must survive it
MAX_CHARS = 20_000  # typing stops here if no save has failed by then
CHUNK = 40  # characters per tick, one key event each: a fast typist, or a paste typed out
TICK_MS = 20
MARGIN = 16 * 1024  # the size limit sits this far above the write-ahead log
KEEP_TYPING_CHARS = 300  # readonly-dir: how much is typed into the read-only folder
GIVE_UP_MS = 25_000


def emit(event: str, **fields: Any) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


def journal_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.iterdir() if p.is_file() and p.name.startswith("journal.sqlite3"))


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("fault", choices=FAULTS)
    parser.add_argument("--seed", type=int, default=11)
    return parser.parse_args(argv)


class _Fault:
    """Turns one fault on and off; `limit` is the file size cap for "fsize"."""

    def __init__(self, kind: str, data_dir: Path) -> None:
        self.kind = kind
        self.data_dir = data_dir
        self.limit: int | None = None
        self._files: list[Path] = []

    def on(self) -> None:
        self._files = [p for p in journal_files(self.data_dir) if not p.name.endswith("-shm")]
        if self.kind == "fsize":
            _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            # Every save appends to the write-ahead log: capping the offset it may reach just above
            # its current size leaves the journal MARGIN bytes to grow, like a nearly full disk.
            wal = self.data_dir / "journal.sqlite3-wal"
            self.limit = wal.stat().st_size + MARGIN
            resource.setrlimit(resource.RLIMIT_FSIZE, (self.limit, hard))
        elif self.kind == "immutable":
            subprocess.run(["chattr", "+i", *map(str, self._files)], check=True, capture_output=True)
        else:
            for path in self._files:
                path.chmod(stat.S_IRUSR)
            self.data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)

    def off(self) -> None:
        if self.kind == "fsize":
            _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        elif self.kind == "immutable":
            subprocess.run(["chattr", "-i", *map(str, self._files)], check=True, capture_output=True)
        else:
            self.data_dir.chmod(stat.S_IRWXU)
            for path in self._files:
                path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead

    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.domain.records import Entry, EntryKind
    from app.store.errors import StoreError
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.writing.autosave import DraftTarget
    from app.ui.writing.writing_card import WritingCard

    app = QApplication(["full-disk-writer"])
    journal = Journal.open(args.data_dir)
    observed = ObservedJournal(journal)
    card = WritingCard(observed, "Your words", "Write here")
    card.resize(800, 500)
    card.show()
    autosaver = card.autosaver
    autosaver.bind(DraftTarget(kind=EntryKind.FREE), None)
    editor = card.editor.text_edit
    editor.setFocus()
    text = typed_text(args.seed, MAX_CHARS)
    fault = _Fault(args.fault, args.data_dir)
    state: dict[str, Any] = {"phase": "first", "typed": 0, "last_saved": "", "lifted_at": 0.0, "code": 0}

    def press(char: str) -> None:
        if char == "\n":
            QTest.keyClick(editor, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClicks(editor, char)
        else:  # QTest maps only ASCII to keys; a text-carrying key event is what an input method sends
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def typed() -> str:
        return str(text[: state["typed"]])

    def status() -> dict[str, Any]:
        return {"status": card.status.text(), "state": card.status.property("state")}

    def finish(code: int = 0) -> None:
        state["phase"] = "finished"
        typing.stop()
        state["code"] = code
        journal.close()
        app.quit()

    def stored_body() -> str | None:
        try:
            return journal.get_entry(autosaver._uuid).body
        except StoreError as error:
            return f"<unreadable: {error}>"

    def type_chunk() -> None:
        limit = {"first": FIRST_CHARS, "fault": MAX_CHARS, "keep": FIRST_CHARS + KEEP_TYPING_CHARS}
        end = min(state["typed"] + CHUNK, limit.get(state["phase"], 0))
        while state["typed"] < end:
            press(text[state["typed"]])
            state["typed"] += 1
        if state["typed"] >= MAX_CHARS and state["phase"] == "fault":
            emit("gave_up", reason=f"no save failed after {MAX_CHARS} characters")
            finish(3)

    def on_saved(entry: Entry) -> None:
        state["last_saved"] = entry.body
        phase = state["phase"]
        if phase == "first" and entry.body == text[:FIRST_CHARS]:
            sizes = {p.name: p.stat().st_size for p in journal_files(args.data_dir)}
            emit("ready", uuid=entry.uuid, files=sizes)
            fault.on()
            emit("fault", fault=args.fault, limit=fault.limit)
            state["phase"] = "keep" if args.fault == "readonly-dir" else "fault"
        elif phase == "keep" and entry.body == text[: FIRST_CHARS + KEEP_TYPING_CHARS]:
            state["phase"] = "finished"
            QTimer.singleShot(0, report_kept)  # after the card has shown the save
        elif phase == "lifted":
            state["phase"] = "finished"
            after_s = round(time.monotonic() - state["lifted_at"], 3)
            QTimer.singleShot(0, lambda: report_retry(entry, after_s))

    def report_kept() -> None:
        report: dict[str, Any] = {"typed": state["typed"], "complete": stored_body() == typed(), **status()}
        journal.close()
        try:
            Journal.open(args.data_dir).close()
            report["reopen"] = "opened"
        except StoreError as error:
            report["reopen"] = str(error)
        fault.off()
        emit("kept", **report)
        typing.stop()
        app.quit()

    def report_retry(entry: Entry, after_s: float) -> None:
        emit(
            "retried",
            after_s=after_s,
            saved_chars=len(entry.body),
            complete=stored_body() == typed(),
            editor_holds_all=card.editor.text() == typed(),
            how="the autosaver's own retry timer (no keystroke, no flush)",
            **status(),
        )
        finish()

    def on_failed(message: str) -> None:
        if state["phase"] != "fault":
            return
        state["phase"] = "failed"
        typing.stop()
        QTimer.singleShot(0, lambda: report_failure(message))  # after the card has shown it

    def report_failure(message: str) -> None:
        emit(
            "failed",
            message=message,
            typed=state["typed"],
            editor_holds_all=card.editor.text() == typed(),
            stored_intact=stored_body() == state["last_saved"],
            **status(),
        )
        fault.off()
        state["phase"] = "lifted"
        state["lifted_at"] = time.monotonic()
        emit("lifted")

    def give_up() -> None:
        if state["phase"] == "finished":
            return
        emit("gave_up", reason=f"still in phase {state['phase']} after {GIVE_UP_MS} ms")
        fault.off()
        finish(3)

    autosaver.saved.connect(on_saved)
    autosaver.failed.connect(on_failed)
    typing = QTimer(interval=TICK_MS)
    typing.timeout.connect(type_chunk)
    QTimer.singleShot(GIVE_UP_MS, give_up)
    typing.start()
    app.exec()
    return int(state["code"])


if __name__ == "__main__":
    sys.exit(main())
