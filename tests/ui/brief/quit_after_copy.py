"""The real app, started as a person starts it, that copies a check-in brief and quits.

Run as `python -m tests.ui.brief.quit_after_copy DATA_DIR`. It starts the app (run_gui, the window
and a new journal in DATA_DIR), opens the brief from the window, waits until it is gathered, presses
Copy (rich text and Markdown on the clipboard through put_on_clipboard), closes any dialog still open
and closes the window, as a person quits. Standard output, line by line:

    copied                 the brief is on the clipboard
    clipboard taken back   after the app's event loop ended, the app had taken its data back
    clipboard still ours   …or had not (the interpreter's exit hook is then the last safety net)

The exit code is the app's own; a crash on the way out shows as 139 (SIGSEGV).
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.brief.brief_dialog import BriefDialog
from app.ui.shell.application import make_application, run_gui
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.clipboard import holds_our_data

POLL_MS = 50


def main(data_dir: str) -> int:
    app = make_application(["trustbridge"])
    QTimer.singleShot(0, lambda: _step(app))
    code = run_gui(data_dir, ["trustbridge"])
    print("clipboard still ours" if holds_our_data() else "clipboard taken back", flush=True)
    return code


def _step(app: QApplication) -> None:
    try:
        if not _copy_and_quit(app):
            QTimer.singleShot(POLL_MS, lambda: _step(app))
    except Exception:  # said on stderr, and the app is told to stop with an error
        traceback.print_exc()
        app.exit(3)


def _copy_and_quit(app: QApplication) -> bool:
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or window.journal is None:
        return False  # the journal is still opening
    briefs = [d for d in window.open_dialogs if isinstance(d, BriefDialog)]
    if not briefs:
        window.open_brief()
        return False
    brief = briefs[0]
    if brief.material is None:
        return False  # still gathering
    brief.copy_brief()
    print("copied", flush=True)
    for widget in app.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()  # the brief, and the first start's encryption offer
    window.close()  # the last window: the app quits as it does when a person closes it
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
