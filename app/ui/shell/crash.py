"""The last line of defence: log the error, save what can be saved, tell the person calmly."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from app.ui.widgets import messages

log = logging.getLogger("trustbridge.crash")


def _scrubbed(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The traceback's frames and the exception type, but not its message: it might quote text."""
    frames = "".join(traceback.format_tb(tb))
    return f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__}"


def install_excepthook(window: QWidget, save_all: Callable[[], bool], log_path: Path | None) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error\n%s", _scrubbed(kind, tb))
        try:
            saved = save_all()
        except Exception as failure:  # the hook must never raise
            log.error("saving after the error failed\n%s", _scrubbed(type(failure), failure.__traceback__))
            saved = False
        where = f" Details were written to {log_path}." if log_path else ""
        state = (
            "Your writing has been saved." if saved else
            "Your writing could not be saved just now, but it is still in the window."
        )
        keep = messages.ask_keep_writing(
            window,
            "Something went wrong",
            f"Trustbridge hit an unexpected problem. {state}",
            f"You can keep writing, or quit and reopen Trustbridge.{where}",
        )
        if not keep:
            app = QApplication.instance()
            if app is not None:
                window.close()

    sys.excepthook = hook
